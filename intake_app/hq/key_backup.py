"""HQ: back up the headquarters keys as SLIP-39 shares (m of n), and restore them from m shares.

Without its age identities headquarters can never again read a bundle it received, and without its signing
key no field device will accept a new profile or receipt from it. The backup is split with Shamir's scheme
(the `shamir-mnemonic` package, SLIP-39 word lists): any m shares restore it, fewer reveal nothing, so the
shares can go to m or more trusted people or places.

The secret is a compact byte string, not the identity file: every byte costs words on paper.

    b"FIKB" | format (1) | identity count n (1) | signing key id (8) | signing seed (32)
    | n x (flags (1): bit 0 = announced in profiles | X25519 secret (32))  | a zero byte if the length is odd

(SLIP-39 needs an even length of at least 16 bytes.) The age identities are the standard bech32 text
`AGE-SECRET-KEY-1…` decoded to their 32 bytes.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import shamir_mnemonic
from shamir_mnemonic.share import Share

from intake_app.crypto.age_keys import recipient_of
from intake_app.crypto.signing import SigningKey
from intake_app.domain.models import utc_now
from intake_app.errors import IntakeError
from intake_app.i18n import N_, P_, _
from intake_app.outcomes import Outcome
from intake_app.sync import keystore
from intake_app.sync.profile import keys_fingerprint
from intake_app.vault import audit
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

MAGIC = b"FIKB"
FORMAT = 1
MAX_SHARES = 16
BACKED_UP_META = "hq_keys_backup_digest"
_SEED, _KEY_ID, _X25519 = 32, 8, 32
_ACTIVE = 1


class KeyBackupError(IntakeError):
    """Shares that cannot restore the keys (too few, mistyped, from different backups); nothing changed."""


@dataclass(frozen=True)
class HqKeys:
    signing_key_id: bytes
    signing_seed: bytes
    identities: tuple[tuple[str, bool], ...]  # ("AGE-SECRET-KEY-1…", announced), newest first

    @property
    def signing_key(self) -> SigningKey:
        return SigningKey.from_secret(self.signing_seed, self.signing_key_id)

    def recipients(self, *, active_only: bool = True) -> list[str]:
        return [recipient_of(i) for i, active in self.identities if active or not active_only]

    def fingerprint(self) -> list[str]:
        """The words HQ shows for its keys (the same as in the deployment profile)."""
        return keys_fingerprint(self.signing_key.public, self.recipients())

    def __repr__(self) -> str:  # never a secret in a traceback or a log line
        return f"HqKeys(signing={self.signing_key.public.key_id_hex()}, identities={len(self.identities)})"


# -- bech32, for the age identities' 32 bytes --------------------------------------------------------------

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_AGE_HRP = "age-secret-key-"


def _polymod(values: Iterable[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= generator[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: Iterable[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = bits = 0
    out: list[int] = []
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & ((1 << to_bits) - 1))
    if pad and bits:
        out.append((acc << (to_bits - bits)) & ((1 << to_bits) - 1))
    elif not pad and (bits >= from_bits or (acc << (to_bits - bits)) & ((1 << to_bits) - 1)):
        raise ValueError("invalid padding")
    return out


def identity_to_bytes(identity: str) -> bytes:
    """The 32 secret bytes of an `AGE-SECRET-KEY-1…` identity (checked against its bech32 checksum)."""
    text = identity.strip().lower()
    hrp, sep, data = text.rpartition("1")
    if hrp != _AGE_HRP or not sep or any(c not in _CHARSET for c in data) or len(data) < 7:
        raise ValueError("not an age identity")
    values = [_CHARSET.index(c) for c in data]
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise ValueError("bad checksum")
    raw = bytes(_convert_bits(values[:-6], 5, 8, pad=False))
    if len(raw) != _X25519:
        raise ValueError("wrong length")
    return raw


def identity_from_bytes(raw: bytes) -> str:
    values = _convert_bits(raw, 8, 5, pad=True)
    checksum = _polymod([*_hrp_expand(_AGE_HRP), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    values += [(checksum >> 5 * (5 - i)) & 31 for i in range(6)]
    return (_AGE_HRP + "1" + "".join(_CHARSET[v] for v in values)).upper()


# -- the secret ----------------------------------------------------------------------------------------------


def serialise(keys: HqKeys) -> bytes:
    if not 1 <= len(keys.identities) <= 255:
        raise ValueError("1 to 255 identities")
    out = bytearray(MAGIC + bytes([FORMAT, len(keys.identities)]) + keys.signing_key_id + keys.signing_seed)
    for identity, active in keys.identities:
        out += bytes([_ACTIVE if active else 0]) + identity_to_bytes(identity)
    if len(out) % 2:
        out.append(0)
    return bytes(out)


def deserialise(data: bytes) -> HqKeys:
    invalid = KeyBackupError(_("These shares do not hold a Field Intake key backup."))
    if len(data) < 6 or data[:4] != MAGIC or data[4] != FORMAT:
        raise invalid
    count = data[5]
    end = 6 + _KEY_ID + _SEED + count * (1 + _X25519)
    if count == 0 or len(data) not in (end, end + 1) or any(data[end:]):
        raise invalid
    key_id, seed = data[6:6 + _KEY_ID], data[6 + _KEY_ID:6 + _KEY_ID + _SEED]
    identities = []
    for at in range(6 + _KEY_ID + _SEED, end, 1 + _X25519):
        identities.append((identity_from_bytes(data[at + 1:at + 1 + _X25519]), bool(data[at] & _ACTIVE)))
    return HqKeys(signing_key_id=key_id, signing_seed=seed, identities=tuple(identities))


def split(secret: bytes, threshold: int, count: int) -> list[str]:
    """`count` SLIP-39 shares of `secret`, any `threshold` of which restore it."""
    if not 2 <= threshold <= count <= MAX_SHARES:
        raise KeyBackupError(_("Choose between 2 and {max} shares, and how many of them are needed (at least 2, "
                               "at most all of them).").format(max=MAX_SHARES))
    groups = shamir_mnemonic.generate_mnemonics(group_threshold=1, groups=[(threshold, count)],
                                                master_secret=secret, passphrase=b"")
    return list(groups[0])


def normalise_share(text: str) -> str:
    """A share as typed or pasted: words only, lower case, one space apart (numbers and punctuation go)."""
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def combine(shares: Sequence[str]) -> bytes:
    """The secret from enough shares; KeyBackupError with a clear reason otherwise."""
    cleaned = [normalise_share(s) for s in shares if normalise_share(s)]
    if not cleaned:
        raise KeyBackupError(_("Enter the shares first."))
    parsed: list[Share] = []
    for number, text in enumerate(cleaned, start=1):
        try:
            parsed.append(Share.from_mnemonic(text))
        except (shamir_mnemonic.MnemonicError, ValueError, KeyError):
            raise KeyBackupError(_("Share {n} is not valid: a word is misspelled, missing or in the wrong place. "
                                   "Check it against the paper.").format(n=number)) from None
    first = parsed[0]
    for number, share in enumerate(parsed[1:], start=2):
        if share.identifier != first.identifier or share.group_parameters() != first.group_parameters():
            raise KeyBackupError(_("Share {n} belongs to a different backup than share 1.").format(n=number))
    if len({s.index for s in parsed}) != len(parsed):
        raise KeyBackupError(_("The same share was entered twice."))
    needed = first.member_threshold
    if len(parsed) < needed:
        raise KeyBackupError(P_("This backup needs {needed} shares; only {n} was entered. Nothing was restored.",
                                "This backup needs {needed} shares; only {n} were entered. Nothing was restored.",
                                len(parsed)).format(needed=needed, n=len(parsed)))
    try:
        return shamir_mnemonic.combine_mnemonics(cleaned, passphrase=b"")
    except shamir_mnemonic.MnemonicError:
        raise KeyBackupError(_("These shares do not fit together; check each of them against the paper.")) from None


# -- the vault -----------------------------------------------------------------------------------------------


def has_hq_keys(vault: Vault) -> bool:
    """Whether the HQ vault has its keys yet (reading them elsewhere would create them silently)."""
    with vault.reading() as conn:
        return conn.execute("SELECT 1 FROM vault_keys WHERE kind = ? AND active = 1",
                            (keystore.HQ_AGE,)).fetchone() is not None


def read_keys(vault: Vault) -> HqKeys:
    """The vault's HQ keys (made first if missing)."""
    keystore.require_role(vault, Role.HQ)
    signing = keystore.hq_signing_key(vault)
    keystore.hq_identities(vault)  # checks every identity against its recipient
    with vault.reading() as conn:
        rows = conn.execute("SELECT secret, active FROM vault_keys WHERE kind = ? ORDER BY seq DESC",
                            (keystore.HQ_AGE,)).fetchall()
    return HqKeys(signing_key_id=signing.key_id, signing_seed=signing.seed,
                  identities=tuple((bytes(secret).decode("ascii"), bool(active)) for secret, active in rows))


def _digest(keys: HqKeys) -> str:
    return hashlib.sha256(b"field-intake key backup digest\n" + serialise(keys)).hexdigest()


@dataclass(frozen=True)
class Backup:
    shares: list[str]
    threshold: int
    fingerprint: list[str]
    digest: str


def make_backup(vault: Vault, threshold: int, count: int) -> Backup:
    """Split the vault's HQ keys into shares. Nothing is written: `mark_backed_up` once they are safe."""
    keys = read_keys(vault)
    shares = split(serialise(keys), threshold, count)
    return Backup(shares=shares, threshold=threshold, fingerprint=keys.fingerprint(), digest=_digest(keys))


def mark_backed_up(vault: Vault, backup: Backup) -> None:
    """The user says every share is safe: remember which keys that backup covers."""
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                     " SET value = excluded.value", (BACKED_UP_META, backup.digest))
        audit.append(conn, "keys_backed_up", detail=f"shares {len(backup.shares)} threshold {backup.threshold}")


def backup_is_current(vault: Vault) -> bool:
    """Whether the last share backup covers the keys the vault holds now (a rotation makes it stale)."""
    return has_hq_keys(vault) and vault.meta(BACKED_UP_META) == _digest(read_keys(vault))


class RestoreOutcome(Outcome):
    RESTORED = "restored", N_("Keys restored: {added} Key fingerprint: {words}.")


@dataclass(frozen=True)
class RestoreResult:
    identities_added: int
    signing_replaced: bool
    fingerprint: list[str]
    outcome: RestoreOutcome = RestoreOutcome.RESTORED

    @property
    def message(self) -> str:
        n = self.identities_added
        added = P_("{n} decryption key added.", "{n} decryption keys added.", n).format(n=n)
        return self.outcome.text(added=added, words=" ".join(self.fingerprint))


def restore(vault: Vault, shares: Sequence[str]) -> RestoreResult:
    """Put the keys of a share backup into this HQ vault: they become the keys in force; identities the
    vault already had keep decrypting but are no longer announced."""
    keystore.require_role(vault, Role.HQ)
    keys = deserialise(combine(shares))
    signing = keys.signing_key
    now = utc_now()
    with vault.transaction() as conn:
        known = {bytes(s).decode("ascii") for (s,) in conn.execute(
            "SELECT secret FROM vault_keys WHERE kind = ?", (keystore.HQ_AGE,))}
        if any(active for _i, active in keys.identities):
            conn.execute("UPDATE vault_keys SET active = 0 WHERE kind = ?", (keystore.HQ_AGE,))
        added = 0
        for identity, active in reversed(keys.identities):  # oldest first: newest gets the highest seq
            if identity in known:
                conn.execute("UPDATE vault_keys SET active = ? WHERE kind = ? AND secret = ?",
                             (int(active), keystore.HQ_AGE, identity.encode("ascii")))
                continue
            conn.execute("INSERT INTO vault_keys (id, kind, secret, public, created_at, active)"
                         " VALUES (?, ?, ?, ?, ?, ?)", (str(uuid.uuid4()), keystore.HQ_AGE, identity.encode("ascii"),
                                                        recipient_of(identity), now, int(active)))
            added += 1
        # This vault does not know which profile versions the lost one issued, and field devices refuse a
        # version lower than the one they hold: the next profile numbers from the current Unix time,
        # above any version a vault could have counted to.
        conn.execute("INSERT INTO meta (key, value) VALUES ('profile_version_floor', ?) ON CONFLICT(key)"
                     " DO UPDATE SET value = max(CAST(value AS INTEGER), excluded.value)", (str(int(time.time())),))
        current = keystore.signing_key_in(conn, keystore.HQ_SIGNING)
        replaced = current is None or current.public != signing.public
        if replaced:
            conn.execute("UPDATE vault_keys SET active = 0 WHERE kind = ?", (keystore.HQ_SIGNING,))
            conn.execute("INSERT INTO vault_keys (id, kind, secret, public, created_at, active)"
                         " VALUES (?, ?, ?, ?, ?, 1)", (str(uuid.uuid4()), keystore.HQ_SIGNING, signing.seed,
                                                        signing.public.b64(), now))
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                     " SET value = excluded.value", (BACKED_UP_META, _digest(keys)))
        audit.append(conn, "keys_restored", detail=f"identities {len(keys.identities)} added {added}")
    log.info("HQ keys restored from shares (%d identities)", len(keys.identities))
    return RestoreResult(identities_added=added, signing_replaced=replaced, fingerprint=keys.fingerprint())
