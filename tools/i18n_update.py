#!/usr/bin/env python3
"""Extract `_()`/`N_()` strings from intake_app/ and update the Qt Linguist catalogues.

    python tools/i18n_update.py                   # update resources/translations/intake_*.ts
    python tools/i18n_update.py --check           # write nothing; exit 1 if an update would change a file
    python tools/i18n_update.py --report          # count unfinished messages per language (writes nothing)
    python tools/i18n_update.py --drop-obsolete   # also delete messages the code no longer has

This plays the part of Qt's lupdate, which cannot read our `_()` calls: it finds every call of the bare
names `_` and `N_` whose first argument is a string literal, and merges those messages into each .ts
the way lupdate does, in the same file format, so translators use Qt Linguist as usual:

- an existing translation is kept, with its state and translator comment;
- a new message gets an empty translation of type "unfinished";
- a message the code no longer has stays as a memory for translators: "vanished" if its translation
  was finished, "obsolete" if not (Qt's convention; both are ignored at run time), or is deleted
  with --drop-obsolete; one that had no translation at all is simply deleted;
- a vanished/obsolete message that comes back is revived as finished/unfinished respectively.

The output is deterministic (messages in order of first location, then source text), so --check can
compare files byte for byte; CI and tests/core/test_i18n.py use it to catch an out-of-date catalogue.
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = REPO_ROOT / "intake_app"
TRANSLATIONS_DIR = REPO_ROOT / "resources" / "translations"
CONTEXT = "intake"

# Catalogue file suffix (our language code) -> the Qt locale name written in <TS language="...">.
TS_LANGUAGES: dict[str, str] = {"ko": "ko_KR", "ja": "ja_JP", "zh_CN": "zh_CN"}

MARKERS = frozenset({"_", "N_", "P_"})
# `_(label)`, `_(self.value)`, `_(TABLE[key])` are how a string marked elsewhere with N_() gets
# translated (the project's rule), so `_()` of a plain reference is allowed; nothing that computes a
# string (f-string, + or %, a call such as .format()) is, because that text can never be in a catalogue.
_REFERENCE = (ast.Name, ast.Attribute, ast.Subscript)

# XML 1.0 cannot carry these characters at all; lupdate writes them as <byte/> elements, which the
# run-time reader does not support, so we refuse them in messages instead.
_FORBIDDEN_CHARS = {chr(c) for c in range(0x20) if chr(c) not in "\t\n"}


@dataclass
class Extraction:
    """What one or more source files hold: (text, file, line) per marked string, and the errors."""

    messages: list[tuple[str, str, int]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    plurals: dict[str, str] = field(default_factory=dict)  # singular -> English plural, for P_() messages


@dataclass
class Entry:
    """One <message> of a catalogue."""

    source: str
    translation: str = ""
    state: str = "unfinished"  # "finished", "unfinished", "vanished" or "obsolete"
    translator_comment: str = ""
    numerus_forms: list[str] | None = None  # set for a plural message (P_(), or written by Qt Linguist/lupdate)
    plural_source: str = ""  # the English plural of a P_() message, kept as <extracomment> for translators
    locations: list[tuple[str, int]] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------
# Extraction


def _describe(node: ast.expr) -> str:
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.BinOp):
        return "a computed string (+ or %)"
    if isinstance(node, ast.Call):
        return "a call (format after translating: _('... {x}').format(x=...))"
    if isinstance(node, ast.Constant):
        return f"a {type(node.value).__name__} constant"
    if isinstance(node, _REFERENCE):
        return "a variable (N_() marks literals only)"
    return f"an expression ({type(node).__name__})"


def extract_source(code: str, filename: str, location: str | None = None) -> Extraction:
    """Marked strings of one Python source.

    `filename` names the file in error messages, `location` (default: `filename`) in the messages'
    locations, which lupdate writes relative to the .ts file.
    """
    result = Extraction()
    where = location or filename
    try:
        tree = ast.parse(code, filename=filename)
    except SyntaxError as exc:
        result.errors.append(f"{filename}:{exc.lineno}: cannot parse: {exc.msg}")
        return result
    errors: list[tuple[int, str]] = []
    found: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS):
            continue
        name = node.func.id
        if name == "P_":
            _extract_plural(node, found, errors, result.plurals)
            continue
        if len(node.args) != 1 or node.keywords:
            errors.append((node.lineno, f"{name}() takes exactly one string literal"))
            continue
        arg = node.args[0]
        # Adjacent literals ("a" "b") are already one Constant here: the parser joins them.
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            text = arg.value
            if not text:
                errors.append((node.lineno, f"{name}() of an empty string"))
            elif _FORBIDDEN_CHARS.intersection(text):
                errors.append((node.lineno, "control character in a message"))
            else:
                found.append((arg.lineno, arg.col_offset, text))
            continue
        if name == "_" and isinstance(arg, _REFERENCE):
            continue  # a string marked elsewhere with N_(), translated where it is shown
        errors.append((node.lineno, f"{name}() needs a string literal, not {_describe(arg)}"))
    # ast.walk is breadth-first: sort so that the output follows the file.
    result.messages = [(text, where, line) for line, _col, text in sorted(found)]
    result.errors = [f"{filename}:{line}: {msg}" for line, msg in sorted(errors)]
    return result


def _extract_plural(node: ast.Call, found: list[tuple[int, int, str]], errors: list[tuple[int, str]],
                    plurals: dict[str, str]) -> None:
    """`P_("singular", "plural", n)`: two literals and a count."""
    args = node.args
    literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) and a.value for a in args[:2]]
    if len(args) != 3 or node.keywords or not all(literal):
        errors.append((node.lineno, "P_() takes two non-empty string literals and a count"))
        return
    singular, plural = str(literal[0]), str(literal[1])
    if _FORBIDDEN_CHARS.intersection(singular + plural):
        errors.append((node.lineno, "control character in a message"))
        return
    if plurals.get(singular, plural) != plural:
        errors.append((node.lineno, f"P_() of {singular!r} with two different plurals"))
        return
    plurals[singular] = plural
    found.append((args[0].lineno, args[0].col_offset, singular))


def extract_tree(package_dir: Path = PACKAGE_DIR, ts_dir: Path = TRANSLATIONS_DIR) -> Extraction:
    """Every marked string under `package_dir`, located relative to `ts_dir` as lupdate writes it."""
    result = Extraction()
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        location = Path(os.path.relpath(path, ts_dir)).as_posix()
        shown = path.relative_to(package_dir.parent).as_posix()
        found = extract_source(path.read_text(encoding="utf-8"), shown, location)
        result.messages.extend(found.messages)
        result.errors.extend(found.errors)
        for singular, plural in found.plurals.items():
            if result.plurals.get(singular, plural) != plural:
                result.errors.append(f"{shown}: P_() of {singular!r} with another plural than elsewhere")
            result.plurals[singular] = plural
    return result


# ---------------------------------------------------------------------------------------------------
# Catalogues


def read_ts(path: Path) -> dict[str, Entry]:
    """The messages of our context in an existing .ts, by source text."""
    # Our own files from the repository: the stdlib parser's lack of hardening does not matter here.
    root = ET.parse(path).getroot()  # noqa: S314
    entries: dict[str, Entry] = {}
    for context in root.iter("context"):
        name = (context.findtext("name") or "").strip()
        if name != CONTEXT:
            # Rewriting the file would lose it; a translator's work must never vanish silently.
            raise SystemExit(f"{path}: unexpected context {name!r}; this tool only manages {CONTEXT!r}")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None:
                continue
            entry = Entry(source=source, translator_comment=message.findtext("translatorcomment") or "",
                          plural_source=message.findtext("extracomment") or "")
            entry.locations = [
                (loc.get("filename", ""), int(loc.get("line", "0"))) for loc in message.iter("location")
            ]
            if translation is not None:
                entry.state = translation.get("type") or "finished"
                if message.get("numerus") == "yes":
                    entry.numerus_forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    entry.translation = translation.text or ""
            entries[source] = entry
    return entries


def merge(existing: dict[str, Entry], found: Extraction, drop_obsolete: bool = False) -> list[Entry]:
    """The catalogue an update writes: `existing` brought in line with the extracted messages."""
    locations: dict[str, list[tuple[str, int]]] = {}
    # Files only, no line numbers (like `lupdate -locations relative` without lines): an edit above a
    # string must not make the catalogue "out of date"; only new, changed or removed strings do.
    for text, filename, _line in found.messages:
        locations.setdefault(text, []).append((filename, 0))
    active: list[Entry] = []
    for text, locs in locations.items():
        old = existing.get(text)
        entry = Entry(source=text) if old is None else Entry(
            source=text,
            translation=old.translation,
            state=old.state,
            translator_comment=old.translator_comment,
            numerus_forms=old.numerus_forms,
        )
        if text in found.plurals:
            # Our languages have one plural form each (see intake_app.i18n._PLURAL_RULES).
            entry.plural_source = found.plurals[text]
            if entry.numerus_forms is None:
                entry.numerus_forms = [entry.translation] if entry.translation else [""]
                entry.translation = ""
        elif old is not None and old.plural_source:
            # A message that was plural and is now plain: keep the translated first form as its text.
            entry.translation = next((f for f in old.numerus_forms or [] if f), "")
            entry.numerus_forms = None
        # Qt's rule for a message that comes back: it keeps the state it had before it went away.
        entry.state = {"vanished": "finished", "obsolete": "unfinished"}.get(entry.state, entry.state)
        entry.locations = sorted(set(locs))
        active.append(entry)
    active.sort(key=lambda e: (e.locations[0], e.source))

    gone: list[Entry] = []
    if not drop_obsolete:
        for text, old in existing.items():
            if text in locations or not _has_text(old):
                continue
            state = old.state
            if state in ("finished", "unfinished"):
                state = "vanished" if state == "finished" else "obsolete"
            gone.append(Entry(text, old.translation, state, old.translator_comment, old.numerus_forms,
                              old.plural_source))
        gone.sort(key=lambda e: e.source)
    return active + gone


def _has_text(entry: Entry) -> bool:
    if entry.numerus_forms is not None:
        return any(entry.numerus_forms)
    return bool(entry.translation)


def _escape(text: str) -> str:
    # lupdate's escaping, so that a file saved by Qt Linguist and one written here stay identical.
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def render_ts(entries: list[Entry], ts_language: str) -> str:
    """The .ts file text, laid out exactly as lupdate and Qt Linguist write it."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n',
        f'<TS version="2.1" language="{ts_language}">\n',
    ]
    if entries:
        out.append(f"<context>\n    <name>{CONTEXT}</name>\n")
        for e in entries:
            out.append('    <message numerus="yes">\n' if e.numerus_forms is not None else "    <message>\n")
            for filename, line in e.locations:
                line_attr = f' line="{line}"' if line else ""
                out.append(f'        <location filename="{_escape(filename)}"{line_attr}/>\n')
            out.append(f"        <source>{_escape(e.source)}</source>\n")
            if e.plural_source:
                out.append(f"        <extracomment>{_escape(e.plural_source)}</extracomment>\n")
            if e.translator_comment:
                comment = _escape(e.translator_comment)
                out.append(f"        <translatorcomment>{comment}</translatorcomment>\n")
            type_attr = "" if e.state == "finished" else f' type="{e.state}"'
            if e.numerus_forms is not None:
                out.append(f"        <translation{type_attr}>\n")
                for form in e.numerus_forms or [""]:
                    out.append(f"            <numerusform>{_escape(form)}</numerusform>\n")
                out.append("        </translation>\n")
            else:
                out.append(f"        <translation{type_attr}>{_escape(e.translation)}</translation>\n")
            out.append("    </message>\n")
        out.append("</context>\n")
    out.append("</TS>\n")
    return "".join(out)


def ts_path(lang: str, ts_dir: Path = TRANSLATIONS_DIR) -> Path:
    return ts_dir / f"intake_{lang}.ts"


def _is_unfinished(entry: Entry) -> bool:
    return entry.state == "unfinished" or (entry.state == "finished" and not _has_text(entry))


def _differences(old: dict[str, Entry], new: list[Entry]) -> list[str]:
    """Human summary of what an update would change, for --check."""
    new_by_source = {e.source: e for e in new}
    lines: list[str] = []
    for e in new:
        before = old.get(e.source)
        if before is None:
            lines.append(f"  new message: {e.source!r}")
        elif before.state != e.state:
            lines.append(f"  {before.state} -> {e.state}: {e.source!r}")
        elif before.locations != e.locations:
            lines.append(f"  moved: {e.source!r}")
    lines.extend(f"  removed: {s!r}" for s in old if s not in new_by_source)
    return lines or ["  layout differs from what the tool writes"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a catalogue is out of date"
    )
    parser.add_argument(
        "--report", action="store_true", help="count unfinished messages per language (writes nothing)"
    )
    parser.add_argument(
        "--drop-obsolete",
        action="store_true",
        help="delete messages the code no longer has (default: keep them as vanished/obsolete)",
    )
    args = parser.parse_args(argv)

    found = extract_tree()
    if found.errors:
        print("Strings that cannot be extracted for translation:", file=sys.stderr)
        for error in found.errors:
            print(f"  {error}", file=sys.stderr)
        return 1

    out_of_date = False
    for lang, ts_language in TS_LANGUAGES.items():
        path = ts_path(lang)
        existing = read_ts(path) if path.exists() else {}
        entries = merge(existing, found, drop_obsolete=args.drop_obsolete)
        text = render_ts(entries, ts_language)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        rel = path.relative_to(REPO_ROOT).as_posix()

        if args.report:
            active = [e for e in entries if e.state in ("finished", "unfinished")]
            unfinished = sum(1 for e in active if _is_unfinished(e))
            gone = len(entries) - len(active)
            print(f"{lang}: {len(active)} messages, {unfinished} unfinished, {gone} vanished/obsolete")

        if current == text:
            continue
        if args.check:
            out_of_date = True
            if current is None:
                print(f"{rel}: missing")
            else:
                print(f"{rel}: out of date")
                print("\n".join(_differences(existing, entries)))
        elif not args.report:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"updated {rel}")

    if out_of_date:
        print("Run: python tools/i18n_update.py (then translate new messages in Qt Linguist)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
