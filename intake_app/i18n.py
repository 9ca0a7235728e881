"""Translation of every user-visible string, core and UI alike.

`_("text")` marks a string for extraction (by `tools/i18n_update.py`) and returns its translation in
the current language. `N_("text")` only marks it, for tables of messages built at import time, when
the language is not chosen yet; translate such a string later with `_()` where it is shown. Fill in
placeholders after translating, so that translators see and can move them:
`_("Imported {n} records.").format(n=3)`.

A message with a count uses `P_(singular, plural, n)`, which picks the form the language needs for `n`
(English: one or other; Korean, Japanese and Chinese have a single form), still to be `.format()`-ed:
`P_("{n} record was imported.", "{n} records were imported.", n).format(n=n)`. In the catalogue such a
message is a Qt "numerus" message keyed by the singular, the English plural kept as a note for translators.

The catalogues are the Qt Linguist sources `resources/translations/intake_<lang>.ts` (context
`intake`), so translators work in the standard Qt Linguist tool. Core code must not import Qt (only
`intake_app.ui` may), so this module reads the `.ts` XML itself instead of loading compiled `.qm`
files through QTranslator.
"""

from __future__ import annotations

import logging
import os
import string
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from intake_app.resources import resource_path

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"

# Language code -> the language's own name, as a language picker must show it (a user who cannot read
# the current UI language must still find theirs).
SUPPORTED_LANGUAGES: dict[str, str] = {
    "en": "English",
    "ko": "한국어",
    "ja": "日本語",
    "zh_CN": "简体中文",
}

# The context every message of ours lives in; other contexts (if a .ts ever had any) are not ours.
CONTEXT = "intake"

# Translation states Qt Linguist uses for text that must not be shown: not yet reviewed, or kept only
# as a memory of a message the code no longer has.
_NOT_IN_USE = frozenset({"unfinished", "obsolete", "vanished"})

# Traditional Chinese scripts and regions. We ship only Simplified Chinese; like gettext and Qt we do
# not silently hand a Traditional-script locale the Simplified catalogue, it gets the default.
_TRADITIONAL_CHINESE = frozenset({"hant", "tw", "hk", "mo"})

_language = DEFAULT_LANGUAGE

# Plural messages share the catalogue dict with plain ones under a prefixed key, forms joined by a
# separator neither can contain (XML 1.0 cannot carry U+0001), so the cache stays one dict per language.
_PLURAL_KEY = "\x01plural\x01"
_FORM_SEPARATOR = "\x01"
_catalogues: dict[str, dict[str, str]] = {}
# Loading happens at most once per language, even when a worker thread and the GUI thread ask for the
# same catalogue at the same moment. Readers of an already loaded catalogue take no lock: the dict is
# fully built before it is published in `_catalogues` and is never modified afterwards.
_load_lock = threading.Lock()


def normalize_language(code: str | None) -> str:
    """Map a locale name (`ko_KR.UTF-8`, `ja-JP`, `zh-Hans`, `zh_SG`...) to one of SUPPORTED_LANGUAGES.

    Anything unknown, empty or None gives "en", so a strange environment never stops the app.
    """
    if not code:
        return DEFAULT_LANGUAGE
    # POSIX locale names look like language_TERRITORY.codeset@modifier; BCP 47 tags use hyphens.
    base = code.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = [p.lower() for p in base.split("_") if p]
    if not parts:
        return DEFAULT_LANGUAGE
    lang = parts[0]
    if lang == "zh":
        if any(p in _TRADITIONAL_CHINESE for p in parts[1:]):
            return DEFAULT_LANGUAGE
        return "zh_CN"
    if lang in SUPPORTED_LANGUAGES:
        return lang
    return DEFAULT_LANGUAGE


def detect_language() -> str:
    """The UI language from the environment: the first set of LC_ALL, LC_MESSAGES, LANG (POSIX order)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            # The first non-empty variable decides, even if it is "C": that is how POSIX resolves it.
            return normalize_language(value)
    return DEFAULT_LANGUAGE


def set_language(code: str | None) -> None:
    """Switch the language `_()` translates into; the catalogue is read on first use, then cached."""
    global _language
    _language = normalize_language(code)


def current_language() -> str:
    return _language


def _(text: str) -> str:
    """The translation of `text` in the current language, or `text` itself when there is none."""
    return translate_for(_language, text)


def P_(singular: str, plural: str, n: int) -> str:  # noqa: N802 - gettext-like marker name
    """The form of a counted message for `n` in the current language (see the module docstring)."""
    return plural_for(_language, singular, plural, n)


# Index of the plural form for a count, per language; the catalogues hold that many <numerusform>s.
# Korean, Japanese and Chinese do not inflect nouns for number: one form.
_PLURAL_RULES = {"en": lambda n: 0 if n == 1 else 1, "ko": lambda _n: 0, "ja": lambda _n: 0, "zh_CN": lambda _n: 0}


def plural_for(lang: str, singular: str, plural: str, n: int) -> str:
    code = normalize_language(lang)
    index = _PLURAL_RULES.get(code, _PLURAL_RULES["en"])(n)
    if code == DEFAULT_LANGUAGE:
        return singular if index == 0 else plural
    forms = _catalogue(code).get(_PLURAL_KEY + singular)
    if forms:
        chosen = forms.split(_FORM_SEPARATOR)
        if index < len(chosen) and chosen[index]:
            return chosen[index]
    # Untranslated: English, with the English rule (better than a wrong form).
    return singular if n == 1 else plural


def N_(text: str) -> str:  # noqa: N802 - conventional gettext name
    """Mark `text` for extraction without translating it yet (see the module docstring)."""
    return text


def translate_for(lang: str, text: str) -> str:
    """The translation of `text` in `lang` (any spelling normalize_language accepts), else `text`."""
    code = normalize_language(lang)
    if code == DEFAULT_LANGUAGE:
        return text
    return _catalogue(code).get(text, text)


def catalogue_path(lang: str) -> Path:
    """Where the catalogue of `lang` (one of SUPPORTED_LANGUAGES, not "en") is shipped."""
    return resource_path("translations", f"intake_{lang}.ts")


def clear_cache() -> None:
    """Forget loaded catalogues, so the next `_()` reads the files again (tests, translators' previews)."""
    with _load_lock:
        _catalogues.clear()


def _catalogue(lang: str) -> dict[str, str]:
    found = _catalogues.get(lang)
    if found is not None:
        return found
    with _load_lock:
        found = _catalogues.get(lang)
        if found is None:  # another thread may have loaded it while we waited for the lock
            found = _load(lang)
            _catalogues[lang] = found
        return found


def _load(lang: str) -> dict[str, str]:
    path = catalogue_path(lang)
    try:
        return _parse_ts(path)
    except (OSError, ET.ParseError) as exc:
        # A missing or damaged catalogue must not keep a field worker out of the app: show English.
        log.warning("Translation catalogue %s unusable (%s); using English", path, exc)
        return {}


def _parse_ts(path: Path) -> dict[str, str]:
    """Source text -> finished translation, for the messages of our context in a Qt Linguist file."""
    # ElementTree is not hardened against hostile XML (entity expansion), which is acceptable here: the
    # file is one of our own catalogues shipped inside the application, never data from outside.
    root = ET.parse(path).getroot()  # noqa: S314 - trusted, shipped resource (see above)
    result: dict[str, str] = {}
    for context in root.iter("context"):
        if (context.findtext("name") or "").strip() != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in _NOT_IN_USE:
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if forms and all(forms) and all(_same_placeholders(source, f) for f in forms):
                    result[_PLURAL_KEY + source] = _FORM_SEPARATOR.join(forms)
                # Also under the plain key, first form, for a caller that used `_()` on it.
                text = next((f for f in forms if f), "")
            else:
                text = translation.text or ""
            if not text:
                continue
            if not _same_placeholders(source, text):
                # `.format()` runs on the result: a translation with a missing or misspelt `{name}` would
                # raise KeyError in the middle of some action. English is better than a crash.
                log.warning("Translation of %r in %s has different placeholders; using English", source, path)
                continue
            result[source] = text
    return result


def placeholders(text: str) -> set[str] | None:
    """The `{name}` fields of a format string, or None if it is not a valid format string."""
    try:
        return {name for _text, name, _spec, _conv in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


def _same_placeholders(source: str, translation: str) -> bool:
    expected = placeholders(source)
    if expected is None:
        # The source is not a format string (e.g. a lone brace), so it is never `.format()`-ed.
        return True
    return placeholders(translation) == expected
