"""Passphrase strength policy."""

from __future__ import annotations

import time
import unicodedata

import pytest

from intake_app.crypto.passphrase_policy import (
    MIN_LENGTH,
    MIN_SCORE,
    PassphraseProblem,
    assess_passphrase,
)


def test_constants():
    assert MIN_LENGTH == 10
    assert MIN_SCORE == 3


def test_common_password_refused():
    verdict = assess_passphrase("password1234")
    assert not verdict.acceptable
    assert verdict.problem in (PassphraseProblem.COMMON_WORDS, PassphraseProblem.TOO_GUESSABLE)
    assert verdict.message
    assert verdict.score < MIN_SCORE


@pytest.mark.parametrize("text", ["abc", "", "Zq8#vL2!p", "가나다"])
def test_short_refused(text):
    verdict = assess_passphrase(text)
    assert not verdict.acceptable
    assert verdict.problem is PassphraseProblem.TOO_SHORT
    assert str(MIN_LENGTH) in verdict.message


def test_repeats():
    assert assess_passphrase("aaaaaaaaaaaaaa").problem is PassphraseProblem.REPEATS


def test_sequence():
    assert assess_passphrase("abcdefghijklmn").problem is PassphraseProblem.SEQUENCE


def test_keyboard_pattern():
    verdict = assess_passphrase("qwertyuiopasdf")
    assert not verdict.acceptable
    assert verdict.problem is PassphraseProblem.KEYBOARD_PATTERN


def test_random_words_accepted():
    verdict = assess_passphrase("marble tundra pilgrim lantern oxide")
    assert verdict.acceptable
    assert verdict.problem is None
    assert verdict.message == ""
    assert verdict.score >= MIN_SCORE
    assert verdict.guesses_log10 > 10


def test_organisation_name_refused():
    organisation = "Sunrise Relief"
    verdict = assess_passphrase("sunriserelief99", user_inputs=[organisation, "Kim"])
    assert not verdict.acceptable
    assert verdict.problem is PassphraseProblem.CONTAINS_PERSONAL
    # Without the personal inputs it is weak for another reason, not "personal".
    assert assess_passphrase("sunriserelief99").problem is not PassphraseProblem.CONTAINS_PERSONAL


def test_personal_word_in_a_strong_passphrase_is_not_the_weakness():
    verdict = assess_passphrase("sunrise marble tundra pilgrim lantern", user_inputs=["Sunrise Relief"])
    assert verdict.acceptable


def test_korean_passphrase_accepted():
    verdict = assess_passphrase("바람이 부는 날 우리는 강을 건넜다")
    assert verdict.acceptable, verdict


def test_length_counts_characters_not_bytes_or_jamo():
    # 9 Hangul syllables = 27 UTF-8 bytes; decomposed (NFD) they are 2-3 jamo each.
    text = "바람부는날강건넜다"
    assert len(text) == 9
    assert assess_passphrase(text).problem is PassphraseProblem.TOO_SHORT
    assert assess_passphrase(unicodedata.normalize("NFD", text)).problem is PassphraseProblem.TOO_SHORT


def test_long_input_is_fast_and_does_not_fail():
    start = time.monotonic()
    verdict = assess_passphrase("correct horse battery staple " * 40)
    assert time.monotonic() - start < 10
    assert verdict.score in range(5)


def test_every_problem_has_a_message():
    for problem in PassphraseProblem:
        message = problem.text(n=MIN_LENGTH)
        assert message.strip()
        assert "{" not in message
