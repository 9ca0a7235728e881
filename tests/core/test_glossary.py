"""The catalogues speak the glossary's plain words (README, "Words in Korean, Japanese and Chinese"), never the
engineering terms a non-technical reader does not understand."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from intake_app.i18n import catalogue_path

# Words that must not appear in a finished translation, per language. (A bare 프로필 may be a person's profile;
# the deployment profile's own words are checked below, with the glossary's.)
OLD_WORDS = {
    "ko": ["번들", "배포 프로필", "본부 프로필", "프로필 파일", "지문"],
    "ja": ["バンドル", "プロファイル", "フィンガープリント", "指紋"],
    "zh_CN": ["数据包", "配置文件", "指纹", "注册申请"],
}

# English term (a regular expression on the source) -> the glossary word its translation must contain.
GLOSSARY = {
    "ko": {r"\bbundles?\b": "기록 꾸러미", r"\b(deployment|headquarters'|HQ) profile\b": "본부 설정 파일",
           r"\bfingerprint words\b": "확인 단어"},
    "ja": {r"\bbundles?\b": "記録ファイル", r"\b(deployment|headquarters'|HQ) profile\b": "設定ファイル",
           r"\bfingerprint words\b": "確認の言葉"},
    "zh_CN": {r"\bbundles?\b": "记录包", r"\b(deployment|headquarters'|HQ) profile\b": "设置文件",
              r"\bfingerprint words\b": "核对词语"},
}

_NOT_IN_USE = {"unfinished", "obsolete", "vanished"}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # `{bundles}` is a field name, not the word


def finished_translations(lang: str) -> list[tuple[str, str]]:
    """(source, translation) of every message shown to users; plural forms joined by a space."""
    root = ET.parse(catalogue_path(lang)).getroot()  # noqa: S314 - our own shipped catalogue
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in _NOT_IN_USE:
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        text = " ".join(forms) if forms else (translation.text or "")
        if text:
            found.append((message.findtext("source") or "", text))
    return found


@pytest.mark.parametrize("lang", sorted(OLD_WORDS))
def test_no_finished_translation_uses_an_old_word(lang: str) -> None:
    stragglers = [(word, source) for source, text in finished_translations(lang) for word in OLD_WORDS[lang]
                  if word in text]
    assert stragglers == [], f"{lang}: old words left (word, English source): {stragglers[:10]}"


@pytest.mark.parametrize("lang", sorted(GLOSSARY))
def test_glossary_terms_are_translated_with_the_glossary_words(lang: str) -> None:
    missing = [(source, text) for source, text in finished_translations(lang)
               for term, word in GLOSSARY[lang].items()
               if re.search(term, _PLACEHOLDER.sub("", source), re.IGNORECASE) and word not in text]
    assert missing == [], f"{lang}: glossary word missing (source, translation): {missing[:10]}"


def test_the_check_sees_an_old_word(tmp_path, monkeypatch) -> None:
    """The test above reads the catalogues it claims to read: a catalogue with an old word is caught."""
    catalogue = tmp_path / "intake_ko.ts"
    catalogue.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ko_KR"><context><name>intake</name>'
        "<message><source>Bundle written.</source><translation>번들을 저장했습니다.</translation></message>"
        '<message><source>Old</source><translation type="vanished">번들</translation></message>'
        "</context></TS>", encoding="utf-8")
    monkeypatch.setattr("tests.core.test_glossary.catalogue_path", lambda _lang: catalogue)
    assert finished_translations("ko") == [("Bundle written.", "번들을 저장했습니다.")]
    with pytest.raises(AssertionError):
        test_no_finished_translation_uses_an_old_word("ko")
    with pytest.raises(AssertionError):
        test_glossary_terms_are_translated_with_the_glossary_words("ko")
