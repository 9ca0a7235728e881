"""The shared base of results and refusals: stable keys, translated text."""

from __future__ import annotations

import pytest

from intake_app import i18n
from intake_app.i18n import N_
from intake_app.outcomes import Outcome


class Sample(Outcome):
    DONE = "done", N_("Done: {n} items.")
    PLAIN = "plain", N_("Nothing to do.")


def test_value_is_the_stable_key_and_text_fills_fields():
    assert Sample.DONE.value == "done"
    assert Sample.from_key("plain") is Sample.PLAIN
    assert Sample.DONE.text(n=3) == "Done: 3 items."
    assert Sample.PLAIN.text() == "Nothing to do."


def test_unknown_key_is_refused():
    with pytest.raises(ValueError):
        Sample.from_key("Done: {n} items.")


def test_text_is_translated(monkeypatch):
    monkeypatch.setattr(i18n, "translate_for", lambda lang, text: "번역: " + text)
    assert Sample.PLAIN.text() == "번역: Nothing to do."
