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


def _converted() -> list[type[Outcome]]:
    from intake_app.crypto.passphrase_policy import PassphraseProblem
    from intake_app.hq.devices import ApprovalOutcome, DeviceRefusal, RevocationOutcome
    from intake_app.hq.key_backup import RestoreOutcome
    from intake_app.sync.profile import ProfileImportOutcome, ProfileRefusal

    return [PassphraseProblem, ProfileImportOutcome, ProfileRefusal, ApprovalOutcome, RevocationOutcome,
            DeviceRefusal, RestoreOutcome]


@pytest.mark.parametrize("kind", _converted(), ids=lambda k: k.__name__)
def test_results_have_stable_keys_and_a_message(kind):
    assert issubclass(kind, Outcome)
    for member in kind:
        assert member.value.replace("_", "").isalpha() and member.value.islower(), member
        assert member.text(n=10, device="d", fingerprint="f", since="s", found=2, current=3,
                           added="a", words="w").strip()


def test_device_status_keeps_its_stored_values_and_is_translated(monkeypatch):
    from intake_app.hq.devices import DeviceStatus

    assert [s.value for s in DeviceStatus] == ["pending", "approved", "revoked"]
    assert DeviceStatus("revoked") is DeviceStatus.REVOKED and DeviceStatus.APPROVED == "approved"
    assert DeviceStatus.PENDING.text() == "pending"
    monkeypatch.setattr(i18n, "translate_for", lambda lang, text: "번역: " + text)
    assert DeviceStatus.PENDING.text() == "번역: pending"
