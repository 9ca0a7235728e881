"""The keys a vault holds (table `vault_keys`, inside the encrypted vault).

Field: one Ed25519 signing key (kind `device_signing`), made on first use, that signs every bundle and the
enrollment request, and one age X25519 identity (kind `device_age`), also made on first use, that receipts
from headquarters are encrypted to (so a stick holding a receipt shows nothing). HQ: age X25519
identities (kind `hq_age`; every one decrypts, the active ones are the recipients announced in the
deployment profile) and one Ed25519 signing key (kind `hq_signing`) for
profiles and receipts.
"""

from __future__ import annotations

import json
import logging
import secrets
import uuid

from intake_app.crypto.age_keys import generate_identity, identity_file_text, recipient_of
from intake_app.crypto.signing import PublicKey, SigningKey
from intake_app.domain.models import utc_now
from intake_app.errors import IntakeError
from intake_app.i18n import _
from intake_app.identity.tokens import MatchKey, default_params
from intake_app.vault import audit
from intake_app.vault.connection import Connection
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

DEVICE_SIGNING = "device_signing"
HQ_SIGNING = "hq_signing"
HQ_AGE = "hq_age"
HQ_MATCH = "hq_match"  # the secret of the blind match tokens, announced in every deployment profile
DEVICE_AGE = "device_age"


class WrongRoleError(IntakeError):
    """A command meant for the other kind of vault (field vs headquarters)."""

    exit_code = 2


class KeystoreError(IntakeError):
    """A key in the vault is missing or does not match its public half."""


def require_role(vault: Vault, role: Role) -> None:
    """Raise WrongRoleError unless the vault has `role`."""
    if vault.info.role == role:
        return
    if role is Role.HQ:
        raise WrongRoleError(_("This is a field vault; this command is for headquarters (a vault made with "
                               "`init --role hq`)."))
    raise WrongRoleError(_("This is a headquarters vault; this command is for a field device."))


def _insert(conn: Connection, kind: str, secret: bytes, public: str) -> None:
    conn.execute("INSERT INTO vault_keys (id, kind, secret, public, created_at, active)"
                 " VALUES (?, ?, ?, ?, ?, 1)", (str(uuid.uuid4()), kind, secret, public, utc_now()))


def _new_signing_key(conn: Connection, kind: str) -> SigningKey:
    key = SigningKey.generate()
    _insert(conn, kind, key.seed, key.public.b64())
    audit.append(conn, "key_created", detail=f"{kind} {key.public.key_id_hex()}")
    log.info("created %s key %s", kind, key.public.key_id_hex())
    return key


def _new_age_identity(conn: Connection, kind: str = HQ_AGE) -> str:
    identity, recipient = generate_identity()
    _insert(conn, kind, identity.encode("ascii"), recipient)
    audit.append(conn, "key_created", detail=f"{kind} {recipient}")
    log.info("created age identity %s", recipient)
    return recipient


def _load_signing(conn: Connection, kind: str) -> SigningKey | None:
    row = conn.execute("SELECT secret, public FROM vault_keys WHERE kind = ? AND active = 1"
                       " ORDER BY seq DESC LIMIT 1", (kind,)).fetchone()
    if row is None:
        return None
    public = PublicKey.from_b64(row[1])
    key = SigningKey.from_secret(bytes(row[0]), public.key_id)
    if key.public != public:
        raise KeystoreError(
            _("A signing key in the vault does not match its public key; the vault is damaged."))
    return key


def signing_key_in(conn: Connection, kind: str = DEVICE_SIGNING) -> SigningKey | None:
    """The active signing key of `kind` inside an open transaction or read, or None."""
    return _load_signing(conn, kind)


def device_signing_key(vault: Vault) -> SigningKey:
    """This device's signing key, made (and stored) on first use."""
    with vault.reading() as conn:
        key = _load_signing(conn, DEVICE_SIGNING)
    if key is not None:
        return key
    with vault.transaction() as conn:
        key = _load_signing(conn, DEVICE_SIGNING)  # another thread may have made it meanwhile
        return key if key is not None else _new_signing_key(conn, DEVICE_SIGNING)


def _device_age_row(conn: Connection) -> tuple[str, str] | None:
    row = conn.execute("SELECT secret, public FROM vault_keys WHERE kind = ? AND active = 1"
                       " ORDER BY seq DESC LIMIT 1", (DEVICE_AGE,)).fetchone()
    if row is None:
        return None
    identity = bytes(row[0]).decode("ascii")
    if recipient_of(identity) != row[1]:
        raise KeystoreError(_("An age key in the vault does not match its recipient; the vault is damaged."))
    return identity, str(row[1])


def device_age_identity(vault: Vault) -> tuple[str, str]:
    """Field: this device's age identity and recipient ("AGE-SECRET-KEY-1…", "age1…"), made on first use."""
    require_role(vault, Role.FIELD)
    with vault.reading() as conn:
        found = _device_age_row(conn)
    if found is not None:
        return found
    with vault.transaction() as conn:
        found = _device_age_row(conn)
        if found is None:
            _new_age_identity(conn, DEVICE_AGE)
            found = _device_age_row(conn)
    assert found is not None  # noqa: S101 - just written in this transaction
    return found


def device_age_recipient(vault: Vault) -> str:
    return device_age_identity(vault)[1]


def ensure_hq_keys(vault: Vault) -> None:
    """HQ: make the age identity and the signing key if the vault has none yet."""
    require_role(vault, Role.HQ)
    with vault.transaction() as conn:
        found = conn.execute("SELECT 1 FROM vault_keys WHERE kind = ? AND active = 1", (HQ_AGE,)).fetchone()
        if found is None:
            _new_age_identity(conn)
        if _load_signing(conn, HQ_SIGNING) is None:
            _new_signing_key(conn, HQ_SIGNING)


_ALL_AGE = "SELECT secret, public, created_at FROM vault_keys WHERE kind = ? ORDER BY seq DESC"


def _hq_rows(vault: Vault, sql: str) -> list[tuple[bytes, str, str]]:
    ensure_hq_keys(vault)
    with vault.reading() as conn:
        return [(bytes(s), p, c) for s, p, c in conn.execute(sql, (HQ_AGE,))]


def hq_identities(vault: Vault) -> list[str]:
    """Every HQ age identity, newest first: all of them are tried to decrypt."""
    rows = _hq_rows(vault, _ALL_AGE)
    identities = [secret.decode("ascii") for secret, _public, _created in rows]
    for identity, (_secret, public, _created) in zip(identities, rows, strict=True):
        if recipient_of(identity) != public:
            raise KeystoreError(
                _("An age key in the vault does not match its recipient; the vault is damaged."))
    return identities


def hq_recipients(vault: Vault) -> list[str]:
    """The active HQ recipients ("age1…"), newest first: bundles are encrypted to these."""
    rows = _hq_rows(vault, "SELECT secret, public, created_at FROM vault_keys WHERE kind = ? AND active = 1"
                           " ORDER BY seq DESC")
    return [public for _secret, public, _created in rows]


def hq_signing_key(vault: Vault) -> SigningKey:
    """HQ's signing key (profiles, receipts)."""
    ensure_hq_keys(vault)
    with vault.reading() as conn:
        key = _load_signing(conn, HQ_SIGNING)
    if key is None:  # pragma: no cover - ensure_hq_keys just made it
        raise KeystoreError(_("This vault has no headquarters signing key."))
    return key


def hq_match_key(vault: Vault) -> MatchKey:
    """HQ's match-token key, made on first use and the same in every profile after (tokens made under one
    key never meet tokens made under another). Kept in the vault's `meta` table (encrypted like all of it)."""
    require_role(vault, Role.HQ)
    with vault.transaction() as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (HQ_MATCH,)).fetchone()
        if row is not None:
            return MatchKey.from_json(json.loads(row[0]))
        key = MatchKey(secrets.token_bytes(32), default_params())
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (HQ_MATCH, json.dumps(key.to_json())))
        audit.append(conn, "key_created", detail=f"{HQ_MATCH} {key.key_id}")
        return key


def rotate_hq_recipient(vault: Vault) -> str:
    """Add a new HQ age identity; the older ones stop being announced but keep decrypting. Returns the new
    recipient (a new deployment profile must be issued for field devices to use it)."""
    ensure_hq_keys(vault)
    with vault.transaction() as conn:
        conn.execute("UPDATE vault_keys SET active = 0 WHERE kind = ? AND active = 1", (HQ_AGE,))
        recipient = _new_age_identity(conn)
        audit.append(conn, "key_rotated", detail=f"{HQ_AGE} {recipient}")
    return recipient


def backup_identity_file(vault: Vault) -> str:
    """All HQ age identities as an age identity file (for `age -d -i FILE`). Handle with extreme care."""
    rows = _hq_rows(vault, _ALL_AGE)
    identities = [secret.decode("ascii") for secret, _public, _created in rows]
    text = identity_file_text(
        identities,
        "Field Intake headquarters age identities (newest first).\n"
        "Whoever holds this file can decrypt every bundle sent to headquarters. Keep it offline.",
        created_at=[created for _secret, _public, created in rows])
    with vault.transaction() as conn:
        audit.append(conn, "keys_backed_up", detail=f"{HQ_AGE} x{len(identities)}")
    return text
