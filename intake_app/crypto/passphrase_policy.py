"""Passphrase strength policy, built on zxcvbn, with our own translatable explanations.

zxcvbn's own feedback is English-only, so we map its match patterns to `PassphraseProblem` members
and show their own translated messages instead (`problem.text(n=MIN_LENGTH)`).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from zxcvbn import zxcvbn
from zxcvbn.matching import spatial_match

from intake_app.i18n import N_
from intake_app.outcomes import Outcome

MIN_LENGTH = 10
MIN_SCORE = 3
ANALYSED_LENGTH = 100
"""zxcvbn is slow on long input; only this many leading characters are analysed. Extra characters
can only add strength, so the verdict on a longer passphrase is conservative."""

_MIN_USER_INPUT_LENGTH = 3
"""Shorter personal words (initials etc.) would match inside almost any passphrase."""

# zxcvbn stores the user inputs in a module-global dictionary during each call, so concurrent
# calls (e.g. a GUI worker thread) could see each other's inputs. Serialise them.
_zxcvbn_lock = threading.Lock()


class PassphraseProblem(Outcome):
    """Why a passphrase is not acceptable; `.text(n=MIN_LENGTH)` explains it in the current language."""

    TOO_SHORT = "too_short", N_(
        "Too short: use at least {n} characters. A few unrelated words make a strong passphrase."
    )
    TOO_GUESSABLE = "too_guessable", N_(
        "Too easy to guess. Add more unrelated words; a short sentence only you would think of works well."
    )
    COMMON_WORDS = "common_words", N_(
        "Made of common words or well-known passwords. Add more unrelated, less common words."
    )
    REPEATS = "repeats", N_(
        "Repeated characters or words are easy to guess. Use different, unrelated words."
    )
    SEQUENCE = "sequence", N_(
        "Sequences like \u201cabcd\u201d or \u201c1234\u201d are easy to guess. Use unrelated words instead."
    )
    DATE = "date", N_(
        "Dates and years are easy to guess. Leave them out or add several unrelated words."
    )
    KEYBOARD_PATTERN = "keyboard_pattern", N_(
        "Keyboard patterns like \u201cqwerty\u201d are easy to guess. Use unrelated words instead."
    )
    CONTAINS_PERSONAL = "contains_personal", N_(
        "Contains a name or word linked to you or your organisation. Do not use personal information."
    )


# When several weaknesses are present, the one covering most characters is reported; ties go to
# the earlier entry here (the more specific advice).
_PRIORITY: tuple[PassphraseProblem, ...] = (
    PassphraseProblem.KEYBOARD_PATTERN,
    PassphraseProblem.REPEATS,
    PassphraseProblem.SEQUENCE,
    PassphraseProblem.DATE,
    PassphraseProblem.COMMON_WORDS,
)


@dataclass(frozen=True)
class PassphraseVerdict:
    """The outcome of `assess_passphrase`; `message` is translated and empty when acceptable."""

    acceptable: bool
    score: int
    problem: PassphraseProblem | None
    message: str
    guesses_log10: float


def _expand_user_inputs(user_inputs: Sequence[str]) -> list[str]:
    """Personal inputs as given, word by word, and with the spaces removed.

    zxcvbn only matches whole dictionary entries, so "Sunrise Relief" alone would not be found in
    "sunriserelief99" or "relief-river-…".
    """
    words: list[str] = []
    for item in user_inputs:
        text = unicodedata.normalize("NFC", str(item)).strip().lower()
        parts = text.split()
        for candidate in (text, "".join(parts), *parts):
            if len(candidate) >= _MIN_USER_INPUT_LENGTH and candidate not in words:
                words.append(candidate)
    return words


def _classify(match: dict[str, Any]) -> PassphraseProblem | None:
    """Map one zxcvbn match to a problem, or None for random-looking (brute-force) parts."""
    pattern = match.get("pattern")
    if pattern == "dictionary":
        if match.get("dictionary_name") == "user_inputs":
            return PassphraseProblem.CONTAINS_PERSONAL
        token = str(match.get("token", ""))
        # Keyboard walks such as "qwertyuiop" are also in the leaked-password lists, and zxcvbn then
        # reports them as dictionary words; "keyboard pattern" is the more useful advice.
        if any(m["i"] == 0 and m["j"] == len(token) - 1 for m in spatial_match(token)):
            return PassphraseProblem.KEYBOARD_PATTERN
        return PassphraseProblem.COMMON_WORDS
    if pattern == "spatial":
        return PassphraseProblem.KEYBOARD_PATTERN
    if pattern == "repeat":
        return PassphraseProblem.REPEATS
    if pattern == "sequence":
        return PassphraseProblem.SEQUENCE
    if pattern == "date" or (pattern == "regex" and match.get("regex_name") == "recent_year"):
        return PassphraseProblem.DATE
    return None


def _main_problem(sequence: Sequence[dict[str, Any]]) -> PassphraseProblem:
    """Pick the weakness to explain for a passphrase that scored too low."""
    coverage: dict[PassphraseProblem, int] = {}
    for match in sequence:
        problem = _classify(match)
        if problem is not None:
            coverage[problem] = coverage.get(problem, 0) + len(str(match.get("token", "")))
    # Personal information is reported whenever it helped make the passphrase weak: it is the part
    # an adversary who knows the organisation will try first.
    if PassphraseProblem.CONTAINS_PERSONAL in coverage:
        return PassphraseProblem.CONTAINS_PERSONAL
    if not coverage:
        return PassphraseProblem.TOO_GUESSABLE
    return max(_PRIORITY, key=lambda p: (coverage.get(p, 0), -_PRIORITY.index(p)))


def assess_passphrase(passphrase: str, user_inputs: Sequence[str] = ()) -> PassphraseVerdict:
    """Judge a new passphrase: at least `MIN_LENGTH` characters and a zxcvbn score of `MIN_SCORE`.

    `user_inputs` are words an adversary may know (user name, organisation, place); passphrases
    built on them are refused. Length counts characters after NFC normalisation, so a Korean or
    Chinese passphrase is measured in syllables/characters, not bytes or decomposed jamo.
    """
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        # zxcvbn 4.5.0 raises IndexError on an empty string.
        return PassphraseVerdict(
            False, 0, PassphraseProblem.TOO_SHORT, PassphraseProblem.TOO_SHORT.text(n=MIN_LENGTH), 0.0
        )
    analysed = text[:ANALYSED_LENGTH]
    with _zxcvbn_lock:
        result = zxcvbn(analysed, user_inputs=_expand_user_inputs(user_inputs), max_length=ANALYSED_LENGTH)
    score = int(result["score"])
    guesses_log10 = float(result["guesses_log10"])

    problem: PassphraseProblem | None = None
    if len(text) < MIN_LENGTH:
        problem = PassphraseProblem.TOO_SHORT
    elif score < MIN_SCORE:
        problem = _main_problem(result["sequence"])

    if problem is None:
        return PassphraseVerdict(True, score, None, "", guesses_log10)
    return PassphraseVerdict(False, score, problem, problem.text(n=MIN_LENGTH), guesses_log10)
