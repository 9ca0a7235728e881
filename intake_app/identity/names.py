"""Normalised forms of a person's name and phone number, so that spellings of one name meet.

What is matched (and only this; README "Same person across workers" says it to users):

- Hangul: spaces ignored; the first syllable is the surname (two for the compound surnames listed below);
  the North Korean initial ㄹ/ㄴ is read as in the South (리 = 이, 류 = 유, 림 = 임, 로 = 노, 녀 = 여).
- Romanised spellings: case, spaces, hyphens, apostrophes and diacritics (McCune-Reischauer ŏ, ŭ) are
  ignored; the common surname spellings are mapped to their Hangul surname (Lee/Yi/Rhee/Ri = 이,
  Park/Pak/Bak = 박, Choi/Choe = 최 ...); the surname may come first or last. Given names are reduced to a
  skeleton that does not tell apart voiced and unvoiced or aspirated consonants (g/k/kh, d/t, b/p, j/ch),
  r and l, nor the vowels ㅓ/ㅗ/ㅜ/ㅡ (eo/o/u/eu/oo) and ㅐ/ㅔ (ae/e), so Chol-su = Cheol-soo = Ch'ŏl-su.
- Hangul and romanised spellings meet through the same skeleton (Hangul is romanised syllable by syllable,
  without the sound changes between syllables, so a spelling that follows them may miss).
- Hanja (and Chinese or Japanese characters) only meet the same characters (compatibility forms folded):
  金哲洙 matches 金哲洙, not 김철수 nor Kim Chol-su. Katakana renderings meet only themselves.
- A name of one part (no surname to tell) gives no token: too common to mean anything, and too cheap to
  guess.
"""

from __future__ import annotations

import re
import unicodedata

_HANGUL_BASE, _HANGUL_LAST = 0xAC00, 0xD7A3
_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
           "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
           "t", "ng", "t", "t", "k", "t", "p", "t"]
_COMPOUND_SURNAMES = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "을지", "어금",
                                "망절", "장곡"})

# Common surnames and the ways they are spelled in Latin letters (South and North Korean usage, passports,
# Chinese and UN documents). A spelling not listed falls back to the skeleton of the letters.
_SURNAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "김": ("kim", "gim", "ghim"), "이": ("lee", "yi", "rhee", "ri", "li", "i", "rhie", "yee", "lie"),
    "박": ("park", "pak", "bak", "bark", "pag"), "최": ("choi", "choe", "chey", "choy", "chae"),
    "정": ("jung", "jeong", "chung", "chong", "jeung", "joung"), "강": ("kang", "gang"),
    "조": ("cho", "jo", "joe", "tcho"), "윤": ("yoon", "yun", "youn"), "장": ("jang", "chang"),
    "임": ("lim", "im", "rim", "yim", "leem"), "한": ("han",), "오": ("oh", "o"), "서": ("seo", "suh", "so", "seoh"),
    "신": ("shin", "sin", "sheen"), "권": ("kwon", "gwon", "kwun"), "황": ("hwang", "whang"),
    "안": ("ahn", "an"), "송": ("song",), "유": ("yoo", "yu", "ryu", "ryoo", "rhyu", "you", "liu"),
    "홍": ("hong",), "전": ("jeon", "chun", "jun", "chon", "jon"), "고": ("ko", "go", "koh"),
    "문": ("moon", "mun"), "양": ("yang", "ryang"), "손": ("son", "sohn"), "배": ("bae", "pae", "bai"),
    "백": ("baek", "paek", "paik", "baik", "back"), "허": ("heo", "hur", "huh", "ho"), "남": ("nam",),
    "노": ("noh", "roh", "no", "ro", "rho"), "하": ("ha",), "곽": ("kwak", "gwak"), "성": ("sung", "seong"),
    "차": ("cha",), "주": ("joo", "ju", "chu", "choo"), "우": ("woo", "wu", "u"), "구": ("koo", "ku", "gu"),
    "민": ("min",), "진": ("jin", "chin"), "지": ("ji", "chi"), "엄": ("eom", "um", "uhm", "om"),
    "채": ("chae", "chai"), "원": ("won", "weon"), "천": ("cheon", "chun"), "방": ("bang", "pang"),
    "공": ("kong", "gong"), "현": ("hyun", "hyeon", "hyon"), "함": ("ham",), "염": ("yeom", "yum", "ryom"),
    "여": ("yeo", "yo", "ryo", "yuh"), "석": ("seok", "suk", "sok"), "명": ("myung", "myeong"),
    "남궁": ("namgung", "namkung"), "황보": ("hwangbo",), "제갈": ("jegal", "chegal"), "선우": ("sunwoo", "seonu"),
    "독고": ("dokgo", "tokko"),
}
_SPELLING_TO_SURNAME = {spelling: hangul for hangul, spellings in _SURNAME_SPELLINGS.items()
                        for spelling in spellings}

_SKELETON_STEPS: tuple[tuple[str, str], ...] = (
    ("ng", "N"), ("tch", "c"), ("ch", "c"), ("jj", "c"), ("j", "c"), ("sh", "s"), ("ph", "p"), ("th", "t"), ("kh", "k"),
    ("gh", "k"), ("q", "k"), ("g", "k"), ("d", "t"), ("b", "p"), ("f", "p"), ("z", "c"), ("r", "l"),
    ("wae", "we"), ("oe", "we"), ("ui", "i"), ("ee", "i"), ("eo", "o"), ("eu", "o"), ("oo", "o"), ("ou", "o"),
    ("u", "o"), ("ae", "e"), ("ai", "e"), ("ay", "e"),
)
_VOWEL_LETTERS = set("aeiouwyN")


def _fold(text: str) -> str:
    """Compatibility forms folded, case dropped, diacritics removed (ŏ -> o)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)  # Hangul syllables come back whole


def _is_hangul(ch: str) -> bool:
    return _HANGUL_BASE <= ord(ch) <= _HANGUL_LAST


def _initial_sound_rule(syllable: str) -> str:
    """The Southern spelling of a name's first syllable (리 -> 이, 로 -> 노, 녀 -> 여)."""
    code = ord(syllable) - _HANGUL_BASE
    initial, vowel, final = code // 588, (code % 588) // 28, code % 28
    # vowels i, ya, yae, yeo, ye, yo, yu (and ㅣ-glide ones) drop ㄹ/ㄴ; others turn ㄹ into ㄴ.
    i_like = _VOWELS[vowel] in ("i", "ya", "yae", "yeo", "ye", "yo", "yu")
    if initial == 5:      # ㄹ
        initial = 11 if i_like else 2
    elif initial == 2 and i_like:  # ㄴ
        initial = 11
    return chr(_HANGUL_BASE + initial * 588 + vowel * 28 + final)


def _romanise(hangul: str) -> str:
    out = []
    for ch in hangul:
        code = ord(ch) - _HANGUL_BASE
        out.append(_INITIALS[code // 588] + _VOWELS[(code % 588) // 28] + _FINALS[code % 28])
    return "".join(out)


def skeleton(latin: str) -> str:
    """The coarse sound skeleton of a romanised name part (see the module docstring for what it merges)."""
    text = re.sub(r"[^a-z]", "", latin)
    for old, new in _SKELETON_STEPS:
        text = text.replace(old, new)
    # A silent h after a vowel (Ahn, Oh, Cheolh): keep h only before a vowel.
    text = re.sub(r"h(?=[^aeiouwy]|$)", "", text)
    text = re.sub(r"(.)\1+", r"\1", text)
    # The initial sound rule on letters: Ryong = Yong, Ri = I, Ro = No.
    if text.startswith(("ly", "li", "ny", "ni")):
        text = text[1:]
    elif text.startswith("l") and len(text) > 1 and text[1] in _VOWEL_LETTERS:
        text = "n" + text[1:]
    return text


def _hangul_key(name: str) -> str | None:
    syllables = [ch for ch in name if _is_hangul(ch)]
    if len(syllables) < 2:
        return None
    split = 2 if "".join(syllables[:2]) in _COMPOUND_SURNAMES and len(syllables) > 2 else 1
    surname = "".join(syllables[:split])
    given = syllables[split:]
    surname = _initial_sound_rule(surname[0]) + surname[1:]
    given[0] = _initial_sound_rule(given[0])
    surname_key = surname if surname in _SURNAME_SPELLINGS else skeleton(_romanise(surname))
    return f"{surname_key}|{skeleton(_romanise(''.join(given)))}"


def _latin_key(name: str) -> str | None:
    if "," in name:  # "Kim, Chol-su": surname before the comma
        surname_text, _sep, given_text = name.partition(",")
        parts = [surname_text.split(), given_text.split()]
        surname, given = "".join(parts[0]), "".join(parts[1])
    else:
        words = name.replace("-", "").replace("'", "").replace("\u2019", "").split()
        if len(words) < 2:
            return None
        if words[0] in _SPELLING_TO_SURNAME or words[-1] not in _SPELLING_TO_SURNAME:
            surname, given = words[0], "".join(words[1:])
        else:
            surname, given = words[-1], "".join(words[:-1])
    surname = re.sub(r"[^a-z]", "", surname)
    given = re.sub(r"[^a-z]", "", given)
    if not surname or not given:
        return None
    surname_key = _SPELLING_TO_SURNAME.get(surname) or skeleton(surname)
    return f"{surname_key}|{skeleton(given)}"


def name_key(name: str | None) -> str | None:
    """The normalised form of a legal name, or None when it says too little to match on."""
    if not name or not name.strip():
        return None
    folded = _fold(name)
    if any(_is_hangul(ch) for ch in folded):
        return _hangul_key(folded)
    if re.search(r"[a-z]", folded) and not re.search(r"[^\x00-\x7f]", folded):
        return _latin_key(folded)
    # Han characters, kana, or a mix we cannot read: only the same characters meet.
    chars = "".join(ch for ch in folded if ch.isalnum())
    return f"chars|{chars}" if len(chars) >= 2 else None


# Country codes of the numbers field workers meet; a number written with or without one meets itself.
_COUNTRY_CODES = ("850", "86", "82", "66", "95", "856", "84", "976", "81", "1")


def phone_key(phone: str | None) -> str | None:
    """The national number (digits only, without international prefix, country code or trunk 0)."""
    if not phone:
        return None
    text = unicodedata.normalize("NFKC", phone).strip()
    digits = re.sub(r"\D", "", text)
    international = text.startswith("+") or digits.startswith("00")
    digits = digits.lstrip("0") if international else digits
    if international:
        for code in _COUNTRY_CODES:
            if digits.startswith(code) and len(digits) - len(code) >= 7:
                digits = digits[len(code):]
                break
    digits = digits.lstrip("0")
    return digits if len(digits) >= 7 else None
