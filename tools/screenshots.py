#!/usr/bin/env python3
"""Render the app's main screens of a demo vault to PNG files (`make screenshots`).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--lang en ko] [--out build/screenshots]

Writes `<screen>-<lang>.png`: the first-run wizard's pages, the unlock dialog (also after a wrong
passphrase, with the throttle's countdown), the main window on each page (Home first), a person's page (top, and
scrolled to the household and history; `hq-person*` at headquarters), the settings
dialog, the passphrase change and a new recovery key, the Home page of a new field laptop
(`main-home-new`); then headquarters' screens (`hq-*`: first run, home, inbox with a report of each
outcome, devices, review of a conflict, search, profile & keys, a key backup share) and the field
laptop's profile check (see tools/screenshots_hq.py). The vault holds only the fictional demo records
(`intake_app.demo`), in a private temporary folder that is deleted at the end. Korean, Japanese and
Chinese need a CJK font (Debian: fonts-noto-cjk; `make screenshots` installs it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget, QWizard  # noqa: E402

from intake_app import paths  # noqa: E402
from intake_app.crypto.recovery import format_recovery_key, generate_recovery_key  # noqa: E402
from intake_app.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from intake_app.settings import Settings  # noqa: E402
from intake_app.ui import qt_fixes  # noqa: E402
from intake_app.ui.firstrun.wizard import FirstRunWizard  # noqa: E402
from intake_app.ui.language import apply_language  # noqa: E402
from intake_app.ui.main.window import MainWindow  # noqa: E402
from intake_app.ui.settings.dialog import SettingsDialog  # noqa: E402
from intake_app.ui.settings.recovery import RecoveryKeyDialog  # noqa: E402
from intake_app.ui.unlock.dialog import UnlockDialog  # noqa: E402
from intake_app.ui.workers import wait_for_tasks  # noqa: E402
from intake_app.vault.vault import Vault  # noqa: E402
from tools.screenshots_hq import HqDemo, hq_shots  # noqa: E402

WEAK_EXAMPLE = "sunshine2024"


def settle(app: QApplication, until: Callable[[], bool] | None = None, timeout_s: float = 30.0) -> None:
    """Process events (layouts, deferred deletes, worker results) until `until()` holds."""
    deadline = time.monotonic() + timeout_s
    while True:
        for _ in range(5):
            app.processEvents()
        if until is None or until() or time.monotonic() > deadline:
            return
        time.sleep(0.02)


class Shooter:
    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.written: list[Path] = []

    def settle_until(self, until: Callable[[], bool]) -> None:
        settle(self.app, until)

    def shot(self, widget: QWidget, screen: str, lang: str) -> None:
        widget.show()
        settle(self.app)
        path = self.out / f"{screen}-{lang}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        self.written.append(path)


def wizard_shots(s: Shooter, lang: str, scratch: Path) -> None:
    wizard = FirstRunWizard(scratch / "never-created")
    wizard.language_page.select_language(lang)
    s.shot(wizard, "firstrun-1-language", lang)
    wizard.next()
    fields = wizard.passphrase_page.fields
    fields.first.setText(WEAK_EXAMPLE)
    fields.assess_now()
    s.shot(wizard, "firstrun-2-passphrase-weak", lang)
    fields.first.setText(DEMO_PASSPHRASE)
    fields.repeat.setText(DEMO_PASSPHRASE)
    fields.assess_now()
    s.shot(wizard, "firstrun-3-passphrase-ok", lang)
    wizard.next()
    s.shot(wizard, "firstrun-4-recovery-key", lang)
    wizard.next()
    page = wizard.confirm_page
    page.inputs[0].setText("ABCD")
    wizard.button(QWizard.WizardButton.FinishButton).click()  # wrong group: refused, nothing written
    s.shot(wizard, "firstrun-5-confirm", lang)
    wizard.deleteLater()


def unlock_shots(s: Shooter, lang: str, base: Path) -> None:
    dialog = UnlockDialog(base, demo_passphrase=DEMO_PASSPHRASE)
    dialog.resize(600, 380)
    s.shot(dialog, "unlock", lang)
    dialog.passphrase.setText("not the passphrase")
    dialog.try_unlock()
    settle(s.app, lambda: not dialog.is_busy())
    dialog.start_countdown(8)  # what the throttle shows after repeated failures
    s.shot(dialog, "unlock-wrong", lang)
    dialog.deleteLater()
    wait_for_tasks()
    paths.throttle_path(base).unlink(missing_ok=True)
    recovery = UnlockDialog(base, demo_passphrase=DEMO_PASSPHRASE)
    recovery.resize(600, 380)
    recovery.use_recovery.setChecked(True)
    s.shot(recovery, "unlock-recovery", lang)
    recovery.deleteLater()


def busiest_person(vault: Vault) -> str:
    """The demo case with the most to show on its person page: aid, testimonies and a household if one
    has all three, the most household members, testimonies and aid first."""
    from intake_app.vault.person import person_summary
    from intake_app.vault.records import RecordStore

    def weight(case_id: str) -> tuple[int, int, int, int]:
        summary = person_summary(vault, case_id)
        parts = (len(summary.household), len(summary.testimonies), len(summary.aid))
        return (sum(1 for n in parts if n), *parts)

    return max((c.id for c in RecordStore(vault).list("case", limit=1000)), key=weight)


def person_shots(s: Shooter, lang: str, window: MainWindow, prefix: str) -> None:
    """The person page of the busiest demo case: its top (facts, aid), then scrolled to household and history."""
    index = next(i for i, spec in enumerate(window.specs) if spec.key == "cases")
    window.show_page(index)
    page = window.page(index)
    assert page is not None  # noqa: S101
    page.open_record(busiest_person(window.vault))  # type: ignore[attr-defined]
    settle(s.app)
    s.shot(window, f"{prefix}person", lang)
    editor = page.host.current_editor()  # type: ignore[attr-defined]
    view = editor.person
    view.scroll.verticalScrollBar().setValue(view.household.y())
    settle(s.app)
    s.shot(window, f"{prefix}person-household", lang)
    page.host.discard_changes()  # type: ignore[attr-defined]


def main_shots(s: Shooter, lang: str, vault: Vault) -> None:
    window = MainWindow(vault)
    window.show()
    for index, spec in enumerate(window.specs):
        window.show_page(index)
        settle(s.app)
        s.shot(window, f"main-{spec.key}", lang)
        page = window.page(index)
        view = getattr(page, "view", None)
        if callable(getattr(page, "open_record", None)) and view is not None and view.model().rowCount():
            page.open_record(view.model().row_id(0))  # a record open in the editor beside the list
            settle(s.app)
            s.shot(window, f"main-{spec.key}-record", lang)
            page.host.discard_changes()
    person_shots(s, lang, window, "main-")
    settings = SettingsDialog(vault, Settings(language=lang), lang, window)
    s.shot(settings, "settings", lang)
    change = settings.open_change_passphrase()
    change.fields.first.setText(WEAK_EXAMPLE)
    change.fields.assess_now()
    s.shot(change, "settings-passphrase", lang)
    change.hide()
    key = RecoveryKeyDialog(format_recovery_key(generate_recovery_key()), settings)
    s.shot(key, "settings-new-recovery-key", lang)
    window.hide()
    window.deleteLater()
    settle(s.app)


def first_home_shot(s: Shooter, lang: str, fresh: Vault) -> None:
    """The first main window of a new field laptop: Home, saying that importing the profile comes first."""
    window = MainWindow(fresh)
    s.shot(window, "main-home-new", lang)
    window.hide()
    window.deleteLater()
    settle(s.app)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--lang", nargs="+", default=["en", "ko"], help="languages to render (default: en ko)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "build" / "screenshots")
    parser.add_argument("--cases", type=int, default=60, help="fictional cases in the demo vault")
    args = parser.parse_args(argv)

    paths.harden_process()
    args.out.mkdir(parents=True, exist_ok=True)
    qt_fixes.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # noqa: S101
    shooter = Shooter(app, args.out)
    scratch = Path(tempfile.mkdtemp(prefix="field-intake-shots-"))
    base = scratch / "demo"
    hq_demo: HqDemo | None = None
    fresh: Vault | None = None
    try:
        # Fictional data only: the temporary folder is fine for it (see intake_app.demo).
        vault, _recovery = Vault.create(base, DEMO_PASSPHRASE)
        populate(vault, args.cases)
        # Headquarters receives the demo vault's records (and a conflict, a quarantined and a damaged bundle).
        hq_demo = HqDemo.build(scratch, vault)
        vault.close()
        fresh, _recovery = Vault.create(scratch / "field-new", DEMO_PASSPHRASE)
        for lang in args.lang:
            apply_language(lang)
            wizard_shots(shooter, lang, scratch)
            unlock_shots(shooter, lang, base)
            wait_for_tasks()
            paths.throttle_path(base).unlink(missing_ok=True)
            vault = Vault.open(base, passphrase=DEMO_PASSPHRASE)
            try:
                main_shots(shooter, lang, vault)
                first_home_shot(shooter, lang, fresh)
                if hq_demo is not None:
                    hq_shots(shooter, lang, hq_demo)
            finally:
                wait_for_tasks()
                vault.close()
        if (scratch / "never-created").exists():
            raise SystemExit("the wizard wrote to disk before it was finished")
    finally:
        if hq_demo is not None:
            hq_demo.close()
        if fresh is not None:
            fresh.close()
        shutil.rmtree(scratch, ignore_errors=True)
    for path in shooter.written:
        print(path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
