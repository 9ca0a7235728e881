"""The signed deployment profile: what HQ tells its field devices (recipients, signing key, export policy).

HQ issues it (`create_profile`), signed by the HQ signing key. A field device imports it: the first time on
trust (the user compares the fingerprint words with HQ by phone or in person), afterwards only a newer
profile signed by the HQ key it already trusts. Both sides keep every profile in `deployment_profiles`;
the newest is the one in force.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from intake_app.crypto.age_keys import parse_recipient
from intake_app.crypto.fingerprint import fingerprint_words
from intake_app.crypto.signed_json import (
    DocumentError,
    SignedDocument,
    read_document,
    sign_document,
    verify_document,
)
from intake_app.crypto.signing import PublicKey
from intake_app.domain.models import utc_now
from intake_app.domain.taxonomy import load_taxonomy
from intake_app.domain.validation import RECORD_TYPE_NAMES, identifying_fields
from intake_app.errors import IntakeError, ValidationFailed
from intake_app.i18n import N_, _
from intake_app.identity.tokens import MatchKey
from intake_app.outcomes import Outcome
from intake_app.sync import keystore
from intake_app.vault import audit
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

PROFILE_FORMAT = 1
MAX_PROFILE_SIZE = 64 * 1024
DEFAULT_PURGE_DELAY_DAYS = 30
_FINGERPRINT_DOMAIN = b"field-intake deployment profile fingerprint v1\n"


def _comment(version: int) -> str:
    return f"field-intake deployment-profile {version}"


def keys_fingerprint(signing_key: PublicKey, recipients: Sequence[str], count: int = 8) -> list[str]:
    """The words that identify HQ's keys: the same on HQ (`keys show`, `profile create`) and in the field."""
    data = (_FINGERPRINT_DOMAIN + signing_key.b64().encode("ascii") + b"\n"
            + "\n".join(recipients).encode("ascii"))
    return fingerprint_words(data, count)


@dataclass(frozen=True)
class ExportPolicy:
    """What may leave a field device: identifying fields per record type (none by default), identifying
    attachments, and how many days after delivery the field may purge records."""

    identifying_fields: Mapping[str, frozenset[str]] = field(default_factory=dict)
    include_identifying_attachments: bool = False
    purge_delay_days: int = DEFAULT_PURGE_DELAY_DAYS

    def allowed_identifying(self, record_type: str) -> set[str]:
        return set(self.identifying_fields.get(record_type, frozenset()))

    def check(self) -> None:
        """Raise ValidationFailed unless every allowed field is an identifying field of a known type."""
        if not 0 <= self.purge_delay_days <= 3650:
            raise ValidationFailed(_("The purge delay must be between 0 and 3650 days."))
        for record_type, names in self.identifying_fields.items():
            if record_type not in RECORD_TYPE_NAMES:
                raise ValidationFailed(_("“{type}” is not a record type.").format(type=record_type))
            known = set(identifying_fields(record_type))
            unknown = sorted(names - known)
            if unknown:
                raise ValidationFailed(
                    _("“{field}” is not an identifying field of {type} records (those are: {known}).").format(
                        field=unknown[0], type=record_type, known=", ".join(sorted(known)) or "-"))

    def to_json(self) -> dict[str, Any]:
        return {"identifying_fields": {t: sorted(v) for t, v in sorted(self.identifying_fields.items()) if v},
                "include_identifying_attachments": self.include_identifying_attachments,
                "purge_delay_days": self.purge_delay_days}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ExportPolicy:
        return cls(identifying_fields={t: frozenset(v) for t, v in data["identifying_fields"].items()},
                   include_identifying_attachments=bool(data["include_identifying_attachments"]),
                   purge_delay_days=int(data["purge_delay_days"]))

    @classmethod
    def from_specs(cls, specs: Sequence[str], *, include_identifying_attachments: bool = False,
                   purge_delay_days: int = DEFAULT_PURGE_DELAY_DAYS) -> ExportPolicy:
        """From command-line specs such as `case:legal_name,phone` (repeatable)."""
        allowed: dict[str, set[str]] = {}
        for spec in specs:
            record_type, sep, names = spec.partition(":")
            fields = {n.strip() for n in names.split(",") if n.strip()}
            if not sep or not fields:
                raise ValidationFailed(_("“{spec}” should look like TYPE:FIELD,FIELD (e.g. case:legal_name).")
                                       .format(spec=spec))
            allowed.setdefault(record_type.strip(), set()).update(fields)
        policy = cls({t: frozenset(v) for t, v in allowed.items()}, include_identifying_attachments,
                     purge_delay_days)
        policy.check()
        return policy


@dataclass(frozen=True)
class DeploymentProfile:
    organisation: str
    profile_version: int
    issued_at: str
    hq_recipients: tuple[str, ...]
    hq_signing_key: PublicKey
    export_policy: ExportPolicy
    taxonomy_version: str
    # The key of the blind match tokens (older profiles have none: no tokens are made).
    matching: MatchKey | None = None
    # Keep the unaltered original of each attachment whose metadata is removed.
    keep_originals: bool = False

    def to_json(self) -> dict[str, Any]:
        out = {"format": PROFILE_FORMAT, "organisation": self.organisation,
               "profile_version": self.profile_version, "issued_at": self.issued_at,
               "hq_recipients": list(self.hq_recipients), "hq_signing_key": self.hq_signing_key.b64(),
               "export_policy": self.export_policy.to_json(), "taxonomy_version": self.taxonomy_version,
               "media": {"keep_originals": self.keep_originals}}
        if self.matching is not None:
            out["matching"] = self.matching.to_json()
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DeploymentProfile:
        matching = data.get("matching")
        return cls(organisation=data["organisation"], profile_version=int(data["profile_version"]),
                   issued_at=data["issued_at"], hq_recipients=tuple(data["hq_recipients"]),
                   hq_signing_key=PublicKey.from_b64(data["hq_signing_key"]),
                   export_policy=ExportPolicy.from_json(data["export_policy"]),
                   taxonomy_version=data["taxonomy_version"],
                   matching=MatchKey.from_json(matching) if matching else None,
                   keep_originals=bool((data.get("media") or {}).get("keep_originals")))

    def fingerprint(self, count: int = 8) -> list[str]:
        return keys_fingerprint(self.hq_signing_key, self.hq_recipients, count)


class ProfileImportOutcome(Outcome):
    TRUSTED_FIRST_TIME = "trusted_first_time", N_("The deployment profile is now trusted (first import).")
    UPDATED = "updated", N_("The deployment profile was updated.")
    ALREADY_CURRENT = "already_current", N_("This deployment profile is already in force; nothing changed.")
    DECLINED = "declined", N_("The fingerprint was not confirmed; the profile was not imported.")


@dataclass(frozen=True)
class ProfileImportResult:
    outcome: ProfileImportOutcome
    profile: DeploymentProfile
    fingerprint: list[str]


class ProfileRefusal(Outcome):
    OTHER_KEY = "other_key", N_(
        "This profile is signed by a different headquarters key than the one this device trusts; it was "
        "refused. If headquarters really changed its key, ask it how to proceed.")
    ROLLBACK = "rollback", N_(
        "This profile (version {found}) is older than the one in force (version {current}); it was refused.")
    EQUIVOCATION = "equivocation", N_(
        "This profile has the same version ({found}) as the one in force but different content; it was "
        "refused.")
    NO_PROFILE = "no_profile", N_("No deployment profile is in force yet: import the one headquarters sent.")


class ProfileRefusedError(IntakeError):
    def __init__(self, reason: ProfileRefusal, **fields: object) -> None:
        super().__init__(reason.text(**fields))
        self.reason = reason


def _what() -> str:
    return _("The deployment profile")


def read_profile(data: bytes) -> tuple[DeploymentProfile, SignedDocument]:
    """Check a profile file on its own: size, form, and the signature by the key it carries (so the file is
    intact and internally consistent; whether that key is HQ's is for the caller to decide)."""
    doc = read_document(data, body_name="profile", schema_name="deployment-profile",
                        max_size=MAX_PROFILE_SIZE, what=_what())
    recipients = [parse_recipient(r) for r in doc.body["hq_recipients"]]
    if recipients != list(doc.body["hq_recipients"]):  # pragma: no cover - the schema pattern forbids it
        raise DocumentError(_("{what} does not have the expected form (at {where}).").format(
            what=_what(), where="hq_recipients"))
    profile = DeploymentProfile.from_json(doc.body)
    verify_document(doc, profile.hq_signing_key, _comment(profile.profile_version), what=_what())
    return profile, doc


def _store(conn: Any, profile: DeploymentProfile, doc: SignedDocument, *, issued_here: bool) -> None:
    conn.execute("INSERT INTO deployment_profiles (profile_version, organisation, hq_signing_key, body,"
                 " signature, fingerprint, stored_at, issued_here) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (profile.profile_version, profile.organisation, profile.hq_signing_key.b64(),
                  doc.canonical_body.decode("utf-8"), doc.signature, " ".join(profile.fingerprint()),
                  utc_now(), int(issued_here)))


def _current_row(conn: Any) -> tuple[int, str, str] | None:
    row = conn.execute("SELECT profile_version, body, hq_signing_key FROM deployment_profiles"
                       " ORDER BY profile_version DESC LIMIT 1").fetchone()
    return (int(row[0]), row[1], row[2]) if row else None


def create_profile(vault: Vault, organisation: str, policy: ExportPolicy, *, keep_originals: bool = False) -> bytes:
    """HQ: issue a new profile (version = previous + 1) with the current keys; returns the file's bytes."""
    keystore.require_role(vault, Role.HQ)
    organisation = " ".join(organisation.split())
    if not organisation or len(organisation) > 200:
        raise ValidationFailed(_("The organisation name must have 1 to 200 characters."))
    policy.check()
    key = keystore.hq_signing_key(vault)
    recipients = keystore.hq_recipients(vault)
    matching = keystore.hq_match_key(vault)
    with vault.transaction() as conn:
        current = _current_row(conn)
        floor_row = conn.execute("SELECT value FROM meta WHERE key = 'profile_version_floor'").fetchone()
        # After a restore from a key backup, numbering resumes above any version issued before (see
        # hq/key_backup.restore).
        version = max((current[0] if current else 0) + 1, int(floor_row[0]) if floor_row else 0)
        profile = DeploymentProfile(
            organisation=organisation, profile_version=version, issued_at=utc_now(),
            hq_recipients=tuple(recipients), hq_signing_key=key.public, export_policy=policy,
            taxonomy_version=load_taxonomy().version, matching=matching, keep_originals=keep_originals)
        data = sign_document(key, "profile", profile.to_json(), _comment(profile.profile_version))
        _profile, doc = read_profile(data)  # what we hand out must pass our own reader
        _store(conn, profile, doc, issued_here=True)
        audit.append(conn, "profile_issued", detail=f"v{profile.profile_version}")
    log.info("deployment profile version %d issued", profile.profile_version)
    return data


Confirm = Callable[[DeploymentProfile, list[str]], bool]


def import_profile(vault: Vault, data: bytes, confirm: Confirm | None = None) -> ProfileImportResult:
    """Field: verify and store a profile. On the first import `confirm(profile, words)` (if given) must
    return True after the user compared the fingerprint words; later imports need no confirmation but must
    be signed by the trusted HQ key, with a newer version."""
    keystore.require_role(vault, Role.FIELD)
    profile, doc = read_profile(data)
    words = profile.fingerprint()
    with vault.reading() as conn:
        first = _current_row(conn) is None
    if first and confirm is not None and not confirm(profile, words):
        return ProfileImportResult(ProfileImportOutcome.DECLINED, profile, words)
    with vault.transaction() as conn:
        current = _current_row(conn)
        if current is None:
            outcome = ProfileImportOutcome.TRUSTED_FIRST_TIME
        else:
            version, body, trusted_key = current
            if trusted_key != profile.hq_signing_key.b64():
                raise ProfileRefusedError(ProfileRefusal.OTHER_KEY)
            if profile.profile_version < version:
                raise ProfileRefusedError(ProfileRefusal.ROLLBACK, found=profile.profile_version,
                                          current=version)
            if profile.profile_version == version:
                if body.encode("utf-8") != doc.canonical_body:
                    raise ProfileRefusedError(ProfileRefusal.EQUIVOCATION, found=version)
                return ProfileImportResult(ProfileImportOutcome.ALREADY_CURRENT, profile, words)
            outcome = ProfileImportOutcome.UPDATED
        _store(conn, profile, doc, issued_here=False)
        audit.append(conn, "profile_imported", detail=f"v{profile.profile_version} {' '.join(words)}")
    log.info("deployment profile version %d imported (%s)", profile.profile_version, outcome.name)
    return ProfileImportResult(outcome, profile, words)


def current_profile(vault: Vault) -> DeploymentProfile | None:
    """The profile in force (field: the newest imported; HQ: the newest issued), or None."""
    with vault.reading() as conn:
        current = _current_row(conn)
    if current is None:
        return None
    return DeploymentProfile.from_json(json.loads(current[1]))


def require_profile(vault: Vault) -> DeploymentProfile:
    """The profile in force, or ProfileRefusedError(NO_PROFILE)."""
    profile = current_profile(vault)
    if profile is None:
        raise ProfileRefusedError(ProfileRefusal.NO_PROFILE)
    return profile


def originals_wanted(vault: Vault) -> bool:
    """Whether the deployment profile in force asks for unaltered originals of photos to be kept."""
    profile = current_profile(vault)
    return bool(profile and profile.keep_originals)
