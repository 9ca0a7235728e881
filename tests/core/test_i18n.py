"""Translation: locale names, the .ts reader, and that the shipped catalogues are current and complete."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from intake_app import i18n

REPO_ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("ko", "ja", "zh_CN")


def _load_tool(name: str) -> ModuleType:
    # tools/ is a folder of scripts, not a package: load the file itself.
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class is being created.
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def updater() -> ModuleType:
    return _load_tool("i18n_update")


@pytest.fixture(autouse=True)
def _restore_language():
    before = i18n.current_language()
    yield
    i18n.set_language(before)
    i18n.clear_cache()


# --- locale names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ko_KR.UTF-8", "ko"),
        ("ko-KR", "ko"),
        ("ko", "ko"),
        ("KO_kr.utf8", "ko"),
        ("ja_JP", "ja"),
        ("ja_JP.eucJP@euro", "ja"),
        ("ja", "ja"),
        ("zh", "zh_CN"),
        ("zh_CN", "zh_CN"),
        ("zh_CN.GB18030", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "en"),  # Traditional script: we ship no such catalogue
        ("zh-Hant", "en"),
        ("zh_HK.UTF-8", "en"),
        ("en_US.UTF-8", "en"),
        ("en", "en"),
        ("fr_FR", "en"),
        ("C", "en"),
        ("POSIX", "en"),
        ("C.UTF-8", "en"),
        ("", "en"),
        (None, "en"),
        ("_", "en"),
    ],
)
def test_normalize_language(code, expected):
    assert i18n.normalize_language(code) == expected


def test_supported_languages_are_named_in_their_own_script():
    assert i18n.SUPPORTED_LANGUAGES == {"en": "English", "ko": "한국어", "ja": "日本語", "zh_CN": "简体中文"}


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LC_ALL": "ja_JP.UTF-8", "LC_MESSAGES": "ko_KR", "LANG": "zh_CN"}, "ja"),
        ({"LC_ALL": "", "LC_MESSAGES": "ko_KR.UTF-8", "LANG": "zh_CN"}, "ko"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, "en"),  # POSIX: a set LC_ALL wins, even "C"
        ({}, "en"),
    ],
)
def test_detect_language(monkeypatch, env, expected):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert i18n.detect_language() == expected


# --- the .ts reader ---------------------------------------------------------------------------------

_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>intake</name>
    <message>
        <location filename="../../intake_app/x.py" line="3"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Imported {n} records.</source>
        <translation>기록 {n}건을 가져왔습니다.</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished">검토 전</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">사라짐</translation>
    </message>
    <message>
        <source>Gone unreviewed</source>
        <translation type="obsolete">사라짐</translation>
    </message>
    <message>
        <source>Bad {n} placeholder</source>
        <translation>잘못된 {count} 자리표시자</translation>
    </message>
    <message>
        <source>A &amp; &lt;b&gt; &quot;q&quot;</source>
        <translation>가 &amp; &lt;b&gt; &quot;q&quot;</translation>
    </message>
    <message numerus="yes">
        <source>{n} files</source>
        <translation>
            <numerusform>파일 {n}개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Qt 취소</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def fake_catalogue(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "intake_ko.ts"
    path.write_text(_TS, encoding="utf-8")
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path / parts[-1])
    i18n.clear_cache()
    return path


def test_finished_translations_are_used(fake_catalogue):
    assert i18n.translate_for("ko", "Save") == "저장"
    imported = i18n.translate_for("ko_KR.UTF-8", "Imported {n} records.")
    assert imported.format(n=3) == "기록 3건을 가져왔습니다."
    assert i18n.translate_for("ko", 'A & <b> "q"') == '가 & <b> "q"'
    assert i18n.translate_for("ko", "{n} files") == "파일 {n}개"


@pytest.mark.parametrize("text", ["Not reviewed", "Empty", "Gone", "Gone unreviewed", "Not in the file"])
def test_unfinished_missing_and_vanished_fall_back_to_english(fake_catalogue, text):
    assert i18n.translate_for("ko", text) == text


def test_translation_with_other_placeholders_is_not_used(fake_catalogue):
    # A wrong {name} would make the caller's .format() raise; English is shown instead.
    assert i18n.translate_for("ko", "Bad {n} placeholder") == "Bad {n} placeholder"


def test_other_contexts_are_ignored(fake_catalogue):
    assert i18n.translate_for("ko", "Cancel") == "Cancel"


def test_set_language_switches_underscore(fake_catalogue):
    i18n.set_language("ko-KR")
    assert i18n.current_language() == "ko"
    assert i18n._("Save") == "저장"
    i18n.set_language("en_GB")
    assert i18n.current_language() == "en"
    assert i18n._("Save") == "Save"
    assert i18n.N_("Save") == "Save"


def test_missing_or_damaged_catalogue_falls_back_to_english(fake_catalogue):
    fake_catalogue.write_text("<TS><context>", encoding="utf-8")
    i18n.clear_cache()
    assert i18n.translate_for("ko", "Save") == "Save"
    assert i18n.translate_for("ja", "Save") == "Save"  # no intake_ja.ts in tmp_path


def test_catalogue_is_cached(fake_catalogue):
    assert i18n.translate_for("ko", "Save") == "저장"
    fake_catalogue.unlink()
    assert i18n.translate_for("ko", "Save") == "저장"


# --- the extractor ----------------------------------------------------------------------------------

_SNIPPET = textwrap.dedent(
    '''
    from intake_app.i18n import N_, _

    TABLE = {"a": N_("Marked early")}
    name = "x"

    def f(key: str) -> str:
        ok = _("Plain") + _("Implicit " "concatenation")
        ok += _(TABLE[key]) + _(name)  # the N_ pattern: translate a marked string later
        bad = _(f"Hello {name}")
        bad += _("Hello " + name)
        bad += _("Hello {n}".format(n=name))
        bad += _("%s" % name)
        bad += N_(name)
        bad += _()
        return ok + bad
    '''
)


def test_extractor_collects_literals(updater):
    found = updater.extract_source(_SNIPPET, "snippet.py")
    texts = [text for text, _file, _line in found.messages]
    assert texts == ["Marked early", "Plain", "Implicit concatenation"]
    assert found.messages[0][1:] == ("snippet.py", 4)


def test_extractor_flags_f_string_and_computed_text(updater):
    found = updater.extract_source(_SNIPPET, "snippet.py")
    assert len(found.errors) == 6
    assert found.errors[0].startswith("snippet.py:10: _() needs a string literal, not an f-string")
    assert all(e.startswith("snippet.py:1") for e in found.errors)
    assert "N_() needs a string literal" in found.errors[4]
    assert "exactly one" in found.errors[5]


def test_update_merges_like_lupdate(updater, tmp_path):
    old = tmp_path / "old.ts"
    old.write_text(
        _TS.replace("<context>\n    <name>QDialog</name>", "<!--").replace("</context>\n</TS>", "-->\n</TS>"),
        encoding="utf-8",
    )
    existing = updater.read_ts(old)
    found = updater.Extraction(
        messages=[("Save", "../../a.py", 9), ("Gone", "../../a.py", 2), ("New", "../../b.py", 1)]
    )
    entries = {e.source: e for e in updater.merge(existing, found)}
    assert (entries["Save"].translation, entries["Save"].state) == ("저장", "finished")
    assert entries["Gone"].state == "finished"  # a vanished message that comes back
    assert (entries["New"].translation, entries["New"].state) == ("", "unfinished")
    assert entries["Imported {n} records."].state == "vanished"
    assert entries["Not reviewed"].state == "obsolete"
    assert "Empty" not in entries  # nothing worth keeping
    text = updater.render_ts(updater.merge(existing, found), "ko_KR")
    assert text.startswith(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ko_KR">\n'
    )
    assert text.index("<source>Gone</source>") < text.index("<source>Save</source>")  # by first location
    pruned = {e.source for e in updater.merge(existing, found, drop_obsolete=True)}
    assert pruned == {"Save", "Gone", "New"}


# --- the shipped catalogues -------------------------------------------------------------------------


def test_catalogues_are_up_to_date():
    """Fails when code added, changed or removed a `_()` string without `python tools/i18n_update.py`."""
    proc = subprocess.run(
        [sys.executable, "tools/i18n_update.py", "--check"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _messages(lang: str) -> list[ET.Element]:
    """The messages in use (not kept as vanished/obsolete memories) of a shipped catalogue."""
    path = REPO_ROOT / "resources" / "translations" / f"intake_{lang}.ts"
    root = ET.parse(path).getroot()  # noqa: S314 - our own file from the repository
    in_use = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("vanished", "obsolete"):
            in_use.append(message)
    return in_use


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_string_is_translated(lang):
    """Fails when a message has no finished translation: translate it in Qt Linguist."""
    missing = []
    for message in _messages(lang):
        translation = message.find("translation")
        text = "" if translation is None else "".join(translation.itertext()).strip()
        if translation is None or translation.get("type") == "unfinished" or not text:
            missing.append(message.findtext("source"))
    assert not missing, f"intake_{lang}.ts lacks {len(missing)} translation(s): {missing}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_translations_keep_placeholders(lang):
    wrong = []
    for message in _messages(lang):
        source = message.findtext("source") or ""
        text = "".join(message.find("translation").itertext()).strip()
        expected = i18n.placeholders(source)
        if text and expected is not None and i18n.placeholders(text) != expected:
            wrong.append((source, text))
    assert not wrong, f"intake_{lang}.ts: placeholders differ from the English: {wrong}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_shipped_catalogue_loads(lang):
    i18n.clear_cache()
    messages = _messages(lang)
    finished = [m for m in messages if not m.find("translation").get("type") and m.get("numerus") != "yes"]
    for message in finished:
        source = message.findtext("source")
        assert i18n.translate_for(lang, source) == message.findtext("translation")


# --- plurals ----------------------------------------------------------------------------------------


def test_plural_picks_the_english_form_by_count(fake_catalogue):
    i18n.set_language("en")
    assert i18n.P_("{n} file", "{n} files", 1) == "{n} file"
    assert i18n.P_("{n} file", "{n} files", 0) == "{n} files"
    assert i18n.P_("{n} file", "{n} files", 2).format(n=2) == "2 files"


def test_plural_uses_the_catalogue_form_and_falls_back_to_english(fake_catalogue):
    i18n.set_language("ko")
    try:
        assert i18n.P_("{n} files", "{n} filez", 1).format(n=1) == "파일 1개"
        assert i18n.P_("{n} files", "{n} filez", 7).format(n=7) == "파일 7개"
        # Not in the catalogue: English, by the English rule.
        assert i18n.P_("{n} tree", "{n} trees", 3) == "{n} trees"
    finally:
        i18n.set_language("en")


def test_extractor_collects_plurals_and_refuses_bad_ones(updater):
    code = textwrap.dedent(
        '''
        def f(n):
            a = P_("{n} record", "{n} records", n)
            b = P_("{n} record", "{n} recordz", n)
            c = P_(name, "{n} records", n)
            return a + b + c
        '''
    )
    found = updater.extract_source(code, "p.py")
    assert [t for t, _f, _l in found.messages] == ["{n} record"]
    assert found.plurals == {"{n} record": "{n} records"}
    assert len(found.errors) == 2 and "two different plurals" in found.errors[0]


def test_plural_message_is_written_as_numerus_with_the_english_plural(updater):
    found = updater.Extraction(messages=[("{n} record", "../../a.py", 1)], plurals={"{n} record": "{n} records"})
    existing = {"{n} record": updater.Entry(source="{n} record", translation="기록 {n}건", state="finished")}
    (entry,) = updater.merge(existing, found)
    assert entry.numerus_forms == ["기록 {n}건"] and entry.state == "finished"
    text = updater.render_ts([entry], "ko_KR")
    assert '<message numerus="yes">' in text and "<extracomment>{n} records</extracomment>" in text
    (fresh,) = updater.merge({}, found)
    assert fresh.numerus_forms == [""] and fresh.state == "unfinished"
