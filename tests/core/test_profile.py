"""The signed deployment profile: issue at HQ, trust on first use in the field, then only genuine updates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app.crypto.signed_json import DocumentError, sign_document
from intake_app.crypto.signing import SignatureError, SigningKey
from intake_app.errors import IntakeError, ValidationFailed
from intake_app.sync import keystore
from intake_app.sync.profile import (
    MAX_PROFILE_SIZE,
    DeploymentProfile,
    ExportPolicy,
    ProfileImportOutcome,
    ProfileRefusal,
    ProfileRefusedError,
    create_profile,
    current_profile,
    import_profile,
    keys_fingerprint,
    read_profile,
)
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE


def _state(vault: Vault) -> list[tuple[object, ...]]:
    with vault.reading() as conn:
        return [tuple(r) for r in conn.execute("SELECT * FROM deployment_profiles ORDER BY profile_version")]


def test_issue_and_trust_on_first_use(hq: Vault, field: Vault) -> None:
    policy = ExportPolicy.from_specs(["case:legal_name"], purge_delay_days=14)
    data = create_profile(hq, "  Seoul   Relief Office ", policy)
    body = json.loads(data)["profile"]
    assert body["organisation"] == "Seoul Relief Office"
    assert body["profile_version"] == 1 and body["format"] == 1
    assert body["hq_recipients"] == keystore.hq_recipients(hq)
    assert body["hq_signing_key"] == keystore.hq_signing_key(hq).public.b64()
    assert body["export_policy"] == {"identifying_fields": {"case": ["legal_name"]},
                                     "include_identifying_attachments": False, "purge_delay_days": 14}

    seen: list[list[str]] = []
    result = import_profile(field, data, lambda _p, words: seen.append(words) or True)
    assert result.outcome is ProfileImportOutcome.TRUSTED_FIRST_TIME
    expected = keys_fingerprint(keystore.hq_signing_key(hq).public, keystore.hq_recipients(hq))
    assert result.fingerprint == expected == seen[0] and len(expected) == 8
    profile = current_profile(field)
    assert profile is not None and profile == result.profile
    assert profile.export_policy.allowed_identifying("case") == {"legal_name"}
    assert profile.export_policy.allowed_identifying("testimony") == set()
    assert current_profile(hq) == profile  # HQ's newest issued profile is the same one


def test_declined_fingerprint_stores_nothing(hq: Vault, field: Vault) -> None:
    data = create_profile(hq, "NGO", ExportPolicy())
    result = import_profile(field, data, lambda _p, _w: False)
    assert result.outcome is ProfileImportOutcome.DECLINED
    assert current_profile(field) is None and _state(field) == []


def test_update_by_same_key_accepted(hq: Vault, field: Vault) -> None:
    import_profile(field, create_profile(hq, "NGO", ExportPolicy()))
    new_recipient = keystore.rotate_hq_recipient(hq)
    second = create_profile(hq, "NGO", ExportPolicy(purge_delay_days=7))
    asked: list[int] = []
    result = import_profile(field, second, lambda _p, _w: asked.append(1) or False)
    assert result.outcome is ProfileImportOutcome.UPDATED and asked == []  # no TOFU question for updates
    profile = current_profile(field)
    assert profile is not None and profile.profile_version == 2
    assert profile.hq_recipients == (new_recipient,) and profile.export_policy.purge_delay_days == 7
    assert import_profile(field, second).outcome is ProfileImportOutcome.ALREADY_CURRENT
    assert len(_state(field)) == 2


def test_rollback_refused(hq: Vault, field: Vault) -> None:
    first = create_profile(hq, "NGO", ExportPolicy())
    second = create_profile(hq, "NGO", ExportPolicy())
    import_profile(field, second)
    before = _state(field)
    with pytest.raises(ProfileRefusedError) as info:
        import_profile(field, first)
    assert info.value.reason is ProfileRefusal.ROLLBACK and "version 1" in info.value.message
    assert _state(field) == before


def test_other_key_refused(hq: Vault, field: Vault, tmp_path: Path) -> None:
    import_profile(field, create_profile(hq, "NGO", ExportPolicy()))
    before = _state(field)
    with Vault.create(tmp_path / "impostor", PASSPHRASE, Role.HQ)[0] as impostor:
        for _ in range(3):  # a higher version does not help
            forged = create_profile(impostor, "NGO", ExportPolicy())
    with pytest.raises(ProfileRefusedError) as info:
        import_profile(field, forged)
    assert info.value.reason is ProfileRefusal.OTHER_KEY
    assert _state(field) == before


def test_same_version_other_content_refused(hq: Vault, field: Vault) -> None:
    data = create_profile(hq, "NGO", ExportPolicy())
    import_profile(field, data)
    body = json.loads(data)["profile"]
    body["export_policy"]["purge_delay_days"] = 1
    twin = sign_document(keystore.hq_signing_key(hq), "profile", body, "field-intake deployment-profile 1")
    with pytest.raises(ProfileRefusedError) as info:
        import_profile(field, twin)
    assert info.value.reason is ProfileRefusal.EQUIVOCATION


def test_tampered_profile_refused(hq: Vault, field: Vault) -> None:
    data = create_profile(hq, "NGO", ExportPolicy())
    doc = json.loads(data)
    for change in (lambda d: d["profile"].__setitem__("organisation", "Other"),
                   lambda d: d["profile"]["export_policy"]["identifying_fields"].__setitem__("case", ["phone"]),
                   lambda d: d["profile"]["hq_recipients"].reverse() if len(d["profile"]["hq_recipients"]) > 1
                   else d["profile"].__setitem__("profile_version", 9)):
        tampered = json.loads(data)
        change(tampered)
        with pytest.raises(SignatureError):
            import_profile(field, json.dumps(tampered).encode())
    # A recipient swapped for the attacker's own: still a signature failure.
    from intake_app.crypto.age_keys import generate_identity

    doc["profile"]["hq_recipients"] = [generate_identity()[1]]
    with pytest.raises(SignatureError):
        import_profile(field, json.dumps(doc).encode())
    # The key swapped too: self-consistent, but a first import only trusts what the user confirmed, and
    # an update must come from the key already trusted.
    import_profile(field, data)
    attacker = SigningKey.generate()
    body = json.loads(data)["profile"]
    body.update(hq_signing_key=attacker.public.b64(), profile_version=2)
    forged = sign_document(attacker, "profile", body, "field-intake deployment-profile 2")
    with pytest.raises(ProfileRefusedError):
        import_profile(field, forged)
    assert len(_state(field)) == 1


def test_every_byte_flip_refused_and_nothing_stored(hq: Vault, field: Vault) -> None:
    data = create_profile(hq, "NGO", ExportPolicy())
    accepted = 0
    for i in range(0, len(data)):
        flipped = bytearray(data)
        flipped[i] ^= 0x04
        try:
            read_profile(bytes(flipped))
        except IntakeError:
            continue
        # Only flips that leave the signed content intact may pass: whitespace or the untrusted comment.
        accepted += 1
        assert json.loads(bytes(flipped))["profile"] == json.loads(data)["profile"]
    assert accepted < len(data) // 4
    assert _state(field) == []


def test_signature_for_another_purpose_refused(hq: Vault, field: Vault) -> None:
    body = json.loads(create_profile(hq, "NGO", ExportPolicy()))["profile"]
    other = sign_document(keystore.hq_signing_key(hq), "profile", body, "field-intake receipt x")
    with pytest.raises(SignatureError, match="another purpose"):
        import_profile(field, other)


@pytest.mark.parametrize("data", [
    b"", b"not json", b"\xff\xfe{}", b"[]", b'{"profile": {}, "signature": "x"}',
    b'{"profile": 1, "profile": 2, "signature": "x"}', b"[" * 5000 + b"]" * 5000,
    b'{"profile": NaN, "signature": "x"}', b" " * (MAX_PROFILE_SIZE + 1),
])
def test_malformed_files_refused(field: Vault, data: bytes) -> None:
    with pytest.raises(DocumentError) as info:
        import_profile(field, data)
    assert info.value.exit_code == 2
    assert _state(field) == []


def test_schema_is_enforced_even_when_signed(hq: Vault, field: Vault) -> None:
    body = json.loads(create_profile(hq, "NGO", ExportPolicy()))["profile"]
    body["extra"] = "field"
    data = sign_document(keystore.hq_signing_key(hq), "profile", body, "field-intake deployment-profile 1")
    with pytest.raises(DocumentError):
        import_profile(field, data)


def test_wrong_roles(hq: Vault, field: Vault) -> None:
    with pytest.raises(keystore.WrongRoleError):
        create_profile(field, "NGO", ExportPolicy())
    data = create_profile(hq, "NGO", ExportPolicy())
    with pytest.raises(keystore.WrongRoleError):
        import_profile(hq, data)


def test_policy_checks() -> None:
    assert ExportPolicy().allowed_identifying("case") == set()
    policy = ExportPolicy.from_specs(["case:legal_name,phone", "case:address"])
    assert policy.allowed_identifying("case") == {"legal_name", "phone", "address"}
    for specs in (["case:alias"], ["nothing:legal_name"], ["case"], ["case:"]):
        with pytest.raises(ValidationFailed):
            ExportPolicy.from_specs(specs)
    with pytest.raises(ValidationFailed):
        ExportPolicy.from_specs([], purge_delay_days=-1)
    assert ExportPolicy.from_json(policy.to_json()) == policy


def test_profile_json_round_trip(hq: Vault) -> None:
    profile, _doc = read_profile(create_profile(hq, "NGO", ExportPolicy.from_specs(["case:phone"])))
    assert DeploymentProfile.from_json(profile.to_json()) == profile
