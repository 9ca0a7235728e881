#!/usr/bin/env python3
"""Compile resources/translations/*.ts to .qm files beside them (`make translations`).

    python tools/build_translations.py [--force]

The core reads the .ts files directly (intake_app/i18n.py); the .qm files are for the Qt GUI, which
loads them with QTranslator next to Qt's own translations. They are build output, not committed.
A .qm is rebuilt only when its .ts is newer. Without pyside6-lrelease (e.g. a core-only install) the
step is skipped with a note, because nothing outside the GUI needs it; a failing lrelease is an error.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = REPO_ROOT / "resources" / "translations"
TOOL = "pyside6-lrelease"


def find_lrelease() -> Path | None:
    """The lrelease of the running interpreter's environment first, so that the .qm format matches the
    Qt the app runs with, else one on PATH."""
    scripts = Path(sys.executable).parent
    for name in (TOOL, f"{TOOL}.exe"):
        candidate = scripts / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(TOOL)
    return Path(found) if found else None


def needs_build(ts: Path, qm: Path) -> bool:
    return not qm.exists() or ts.stat().st_mtime > qm.stat().st_mtime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compile the .ts catalogues to .qm")
    parser.add_argument("--force", action="store_true", help="rebuild every .qm even if it looks current")
    args = parser.parse_args(argv)

    sources = sorted(TRANSLATIONS_DIR.glob("*.ts"))
    if not sources:
        print(f"no .ts files in {TRANSLATIONS_DIR}")
        return 0
    lrelease = find_lrelease()
    if lrelease is None:
        print(f"note: {TOOL} not found; .qm translations not built (the GUI will show English Qt dialogs)")
        return 0

    failed = 0
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if not args.force and not needs_build(ts, qm):
            continue
        # -nounfinished: the same rule as intake_app/i18n.py, so that an unreviewed translation is never
        # shown by one half of the app and hidden by the other.
        proc = subprocess.run(
            [str(lrelease), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            failed += 1
            print(f"{TOOL} failed on {ts.name} (exit {proc.returncode}):", file=sys.stderr)
            print(proc.stdout + proc.stderr, file=sys.stderr)
            # Do not leave a half-written .qm that would look up to date next time.
            qm.unlink(missing_ok=True)
        else:
            print(f"built {qm.relative_to(REPO_ROOT).as_posix()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
