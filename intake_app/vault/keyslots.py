"""The key-slot file: the vault's 32-byte data key wrapped under each secret in fixed-size slots.

Layout (big-endian), 280 bytes in total:

    header (40) = magic b"FIKSLOT1" (8) | version u16 (=1) | slot count u16 (=4)
                  | KDF memory_kib u32 | iterations u32 | lanes u32 | salt (16)
    slot i (60) = nonce (12) | AES-256-GCM(data key) with tag (48),   for i in 0..3

Unused slots are 60 random bytes, and every file has the same size, so the file does not reveal
whether a recovery key or a duress passphrase exists.

Per unlock attempt there is ONE Argon2id run, `master = Argon2id(secret, salt, params)`, and per
slot `slot_key_i = HKDF-SHA256(master, info=b"field-intake keyslot v1" + bytes([i]))`. The
associated data of slot i is the whole header plus bytes([i]), so tampering with the KDF
parameters or the salt, or moving a slot to another index, makes decryption fail.

Zeroising: the master key and the slot keys live in bytearrays that are cleared after use. Python
cannot guarantee that no other copy exists (the crypto library, the secret's own str/bytes, the
decrypted data key as immutable bytes), so this only narrows the window; it is not a guarantee.
"""

from __future__ import annotations

import enum
import secrets
import struct
import unicodedata
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake_app.crypto import kdf
from intake_app.crypto.kdf import KdfParams, KdfParamsError
from intake_app.crypto.recovery import KEY_BYTES as RECOVERY_KEY_BYTES
from intake_app.errors import IntakeError
from intake_app.i18n import _

MAGIC = b"FIKSLOT1"
FORMAT_VERSION = 1
SLOT_COUNT = 4
SALT_BYTES = 16
DATA_KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16

_HEADER_STRUCT = struct.Struct(">8sHHIII16s")
HEADER_SIZE = _HEADER_STRUCT.size  # 40
SLOT_SIZE = NONCE_BYTES + DATA_KEY_BYTES + TAG_BYTES  # 60
FILE_SIZE = HEADER_SIZE + SLOT_COUNT * SLOT_SIZE  # 280

_SLOT_INFO = b"field-intake keyslot v1"
# Domain separation: a recovery key's secret can never equal a passphrase's unless the passphrase
# is literally "recovery:" followed by that key's 16 bytes, i.e. it is the recovery key.
_RECOVERY_PREFIX = b"recovery:"


class SlotRole(enum.IntEnum):
    """What each slot holds; the value is the slot index."""

    PASSPHRASE = 0
    RECOVERY = 1
    DURESS = 2
    # A duress passphrase that also destroys the real slots when it is used. Which of the two duress
    # slots holds it is the only record of that choice: both look random to anyone without it.
    DURESS_DESTROY = 3


DURESS_SLOTS = (SlotRole.DURESS, SlotRole.DURESS_DESTROY)


class KeySlotFileError(IntakeError):
    """The key-slot file is not ours, is truncated, or its header is damaged."""


class WrongSecretError(IntakeError):
    """No slot opens with the given passphrase or recovery key."""


class SecretInUseError(IntakeError):
    """The new secret already opens another slot, which would make the slots ambiguous."""


@dataclass(frozen=True)
class KeySlotHeader:
    """The parsed header; `raw` is the exact header bytes (used as associated data)."""

    version: int
    slot_count: int
    params: KdfParams
    salt: bytes
    raw: bytes


@dataclass(frozen=True)
class UnlockedKey:
    """The data key and the role of the slot that opened; the key is kept out of repr()."""

    data_key: bytes = field(repr=False)
    role: SlotRole


def _damaged() -> KeySlotFileError:
    return KeySlotFileError(_("The key file is not a Field Intake key file, or it is damaged."))


# --- secrets -------------------------------------------------------------------------------------


def _passphrase_secret(passphrase: str) -> bytes:
    # NFC so the same passphrase typed on different systems/input methods (e.g. Hangul as
    # precomposed syllables or as jamo) gives the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _recovery_secret(raw_key: bytes) -> bytes:
    if len(raw_key) != RECOVERY_KEY_BYTES:
        raise ValueError("a recovery key is 16 bytes")
    return _RECOVERY_PREFIX + bytes(raw_key)


def _secret_for(role: SlotRole, secret: str | bytes) -> bytes:
    """Encode a new slot secret; the type must fit the role so a slot cannot be mislabelled."""
    if isinstance(secret, str):
        if role == SlotRole.RECOVERY:
            raise TypeError("the recovery slot takes a raw recovery key (bytes)")
        if not secret:
            raise ValueError("empty passphrase")
        return _passphrase_secret(secret)
    if role in (SlotRole.PASSPHRASE, *DURESS_SLOTS):
        raise TypeError("passphrase slots take a passphrase (str)")
    return _recovery_secret(secret)


# --- file structure ------------------------------------------------------------------------------


def _pack_header(params: KdfParams, salt: bytes) -> bytes:
    return _HEADER_STRUCT.pack(
        MAGIC, FORMAT_VERSION, SLOT_COUNT, params.memory_kib, params.iterations, params.lanes, salt
    )


def parse_header(blob: bytes) -> KeySlotHeader:
    """Parse and sanity-check the header of a key-slot file image."""
    if len(blob) != FILE_SIZE:
        raise _damaged()
    magic, version, slot_count, memory_kib, iterations, lanes, salt = _HEADER_STRUCT.unpack_from(blob)
    if magic != MAGIC or version != FORMAT_VERSION or slot_count != SLOT_COUNT:
        raise _damaged()
    params = KdfParams(memory_kib=memory_kib, iterations=iterations, lanes=lanes)
    try:
        # Bounds only (creating=False): an older vault below today's floor must still open, but
        # a tampered file must not make us allocate gigabytes.
        kdf.check_params(params, creating=False)
    except KdfParamsError as exc:
        raise _damaged() from exc
    return KeySlotHeader(
        version=version, slot_count=slot_count, params=params, salt=salt, raw=bytes(blob[:HEADER_SIZE])
    )


def _slot_range(index: int) -> slice:
    start = HEADER_SIZE + index * SLOT_SIZE
    return slice(start, start + SLOT_SIZE)


def _associated_data(header: KeySlotHeader, index: int) -> bytes:
    return header.raw + bytes([index])


# --- key derivation and slot crypto --------------------------------------------------------------


def _derive_master(secret: bytes, header: KeySlotHeader) -> bytearray:
    """The one Argon2id run of an unlock attempt; the caller must wipe the result."""
    master = bytearray(kdf.KEY_LENGTH)
    kdf.derive_key_into(secret, header.salt, header.params, master)
    return master


def _slot_key(master: bytearray, index: int) -> bytearray:
    """HKDF-expand the master key for slot `index`; the caller must wipe the result."""
    out = bytearray(DATA_KEY_BYTES)
    hkdf = HKDF(algorithm=hashes.SHA256(), length=DATA_KEY_BYTES, salt=None, info=_SLOT_INFO + bytes([index]))
    hkdf.derive_into(master, out)
    return out


def _wipe(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))


def _wrap(master: bytearray, header: KeySlotHeader, index: int, data_key: bytes) -> bytes:
    """Encrypt `data_key` into a 60-byte slot for `index`."""
    key = _slot_key(master, index)
    try:
        nonce = secrets.token_bytes(NONCE_BYTES)  # fresh random nonce per wrap; keys are per slot
        return nonce + AESGCM(key).encrypt(nonce, data_key, _associated_data(header, index))
    finally:
        _wipe(key)


def _try_slots(master: bytearray, header: KeySlotHeader, blob: bytes) -> UnlockedKey | None:
    """Try every slot (always all of them, so timing does not hint at which slot opened)."""
    found: UnlockedKey | None = None
    for index in range(SLOT_COUNT):
        slot = bytes(blob[_slot_range(index)])
        key = _slot_key(master, index)
        try:
            data_key = AESGCM(key).decrypt(
                slot[:NONCE_BYTES], slot[NONCE_BYTES:], _associated_data(header, index)
            )
        except InvalidTag:
            continue
        finally:
            _wipe(key)
        if found is None and len(data_key) == DATA_KEY_BYTES:
            found = UnlockedKey(data_key=data_key, role=SlotRole(index))
    return found


def _unlock(blob: bytes, secret: bytes, wrong: str) -> UnlockedKey:
    header = parse_header(blob)
    master = _derive_master(secret, header)
    try:
        result = _try_slots(master, header, blob)
    finally:
        _wipe(master)
    if result is None:
        raise WrongSecretError(wrong)
    return result


# --- public API ----------------------------------------------------------------------------------


def build_keyslot_file(
    data_key: bytes,
    passphrase: str,
    recovery_key: bytes | None,
    params: KdfParams | None = None,
) -> bytes:
    """Create a new key-slot file image with a passphrase slot and optionally a recovery slot.

    `params` defaults to `kdf.creation_params()`; parameters below the floor are refused unless the
    explicit test setting is on. Slots not given are filled with random bytes.
    """
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key is 32 bytes")
    params = kdf.creation_params() if params is None else params
    kdf.check_params(params, creating=True)
    salt = secrets.token_bytes(SALT_BYTES)  # new salt per file: no precomputation across vaults
    header = KeySlotHeader(
        version=FORMAT_VERSION,
        slot_count=SLOT_COUNT,
        params=params,
        salt=salt,
        raw=_pack_header(params, salt),
    )

    slots = [secrets.token_bytes(SLOT_SIZE) for _ in range(SLOT_COUNT)]
    secrets_by_role: list[tuple[SlotRole, bytes]] = [
        (SlotRole.PASSPHRASE, _secret_for(SlotRole.PASSPHRASE, passphrase))
    ]
    if recovery_key is not None:
        secrets_by_role.append((SlotRole.RECOVERY, _secret_for(SlotRole.RECOVERY, recovery_key)))
    for role, secret in secrets_by_role:
        master = _derive_master(secret, header)
        try:
            slots[role] = _wrap(master, header, role, data_key)
        finally:
            _wipe(master)
    return header.raw + b"".join(slots)


def unlock_with_passphrase(blob: bytes, passphrase: str) -> UnlockedKey:
    """Open the file with a passphrase; the role says whether the normal or the duress slot opened."""
    return _unlock(blob, _passphrase_secret(passphrase), _("The passphrase is not correct."))


def unlock_with_recovery_key(blob: bytes, raw_key: bytes) -> UnlockedKey:
    """Open the file with the 16 raw bytes of a recovery key (see `recovery.parse_recovery_key`)."""
    return _unlock(blob, _recovery_secret(raw_key), _("The recovery key is not correct."))


def rewrap_slot(blob: bytes, data_key: bytes, role: SlotRole, secret: str | bytes) -> bytes:
    """Return a new file image with only slot `role` re-wrapped under `secret`.

    `secret` is a passphrase (str) for PASSPHRASE/DURESS, a raw recovery key (bytes) for RECOVERY.
    Header and salt are unchanged, so the other slots keep working. `data_key` must be the key
    obtained by unlocking this file: the file cannot verify it, and a wrong key would make the new
    slot open to garbage. Raises `SecretInUseError` if `secret` already opens another slot.
    """
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key is 32 bytes")
    role = SlotRole(role)
    header = parse_header(blob)
    encoded = _secret_for(role, secret)
    master = _derive_master(encoded, header)
    try:
        # The master for the new secret is already derived, so checking the other slots costs only
        # HKDF + AES. A duress passphrase equal to the real one would make unlocking ambiguous.
        others = bytearray(blob)
        others[_slot_range(role)] = secrets.token_bytes(SLOT_SIZE)
        if _try_slots(master, header, bytes(others)) is not None:
            raise SecretInUseError(
                _("This secret is already used for another purpose in this vault. Choose a different one.")
            )
        new_slot = _wrap(master, header, role, data_key)
    finally:
        _wipe(master)
    image = bytearray(blob)
    image[_slot_range(role)] = new_slot
    return bytes(image)


def change_passphrase(blob: bytes, old_passphrase: str, new_passphrase: str) -> bytes:
    """Return a new file image where `new_passphrase` replaces `old_passphrase` in slot 0.

    The old passphrase must open the PASSPHRASE slot; a duress passphrase is treated as wrong.
    """
    unlocked = unlock_with_passphrase(blob, old_passphrase)
    if unlocked.role != SlotRole.PASSPHRASE:
        raise WrongSecretError(_("The passphrase is not correct."))
    return rewrap_slot(blob, unlocked.data_key, SlotRole.PASSPHRASE, new_passphrase)


def set_recovery_key(blob: bytes, data_key: bytes, raw: bytes) -> bytes:
    """Return a new file image with the recovery slot wrapped under the 16-byte key `raw`."""
    return rewrap_slot(blob, data_key, SlotRole.RECOVERY, bytes(raw))


def clear_slot(blob: bytes, role: SlotRole) -> bytes:
    """Return a new file image with slot `role` overwritten by random bytes.

    The passphrase slot cannot be cleared (that would lock the user out); re-wrap it instead, or use
    `destroy_real_slots`.
    """
    role = SlotRole(role)
    if role == SlotRole.PASSPHRASE:
        raise ValueError("the passphrase slot cannot be cleared; use rewrap_slot")
    parse_header(blob)
    image = bytearray(blob)
    image[_slot_range(role)] = secrets.token_bytes(SLOT_SIZE)
    return bytes(image)


def destroy_real_slots(blob: bytes) -> bytes:
    """Return a new file image in which the passphrase and recovery slots are random bytes: the real
    database can then never be opened again, by anyone. The duress slots are kept."""
    parse_header(blob)
    image = bytearray(blob)
    for role in (SlotRole.PASSPHRASE, SlotRole.RECOVERY):
        image[_slot_range(role)] = secrets.token_bytes(SLOT_SIZE)
    return bytes(image)
