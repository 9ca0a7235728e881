"""The duress passphrase: a second passphrase that opens the decoy database instead of the real one.

Every vault has its decoy from creation (see `Vault.create`), so setting a duress passphrase only
rewraps a slot of the fixed-size key file: no file appears, disappears or changes size. Two slots can
hold it: `DURESS` opens the decoy; `DURESS_DESTROY` also overwrites the real slots when used. Which one
is in use is the only record of that choice, and both look random without the passphrase.

Opened as the decoy, a vault answers the same questions the same way (a duress passphrase can be
"set" and "removed" there too) but never touches the real slots; docs/threat-model.md says what that
can and cannot hide.
"""

from __future__ import annotations

import enum
import logging
import secrets

from intake_app import paths
from intake_app.errors import IntakeError
from intake_app.fileutil import atomic_write
from intake_app.i18n import _
from intake_app.vault import audit
from intake_app.vault import keyslots as ks
from intake_app.vault.vault import DECOY_KEY_META, Vault, check_new_passphrase

log = logging.getLogger(__name__)

DURESS_META = "duress"


class DuressMode(enum.StrEnum):
    OFF = "off"
    DECOY = "decoy"  # the duress passphrase opens the decoy
    DESTROY = "destroy"  # ... and destroys the real key slots when it is used


class DuressUnavailable(IntakeError):
    """The vault lacks what a duress passphrase needs (its decoy database)."""


def duress_mode(vault: Vault) -> DuressMode:
    value = vault.meta(DURESS_META, DuressMode.OFF.value)
    try:
        return DuressMode(value)
    except ValueError:
        return DuressMode.OFF


def _other(role: ks.SlotRole) -> ks.SlotRole:
    return ks.SlotRole.DURESS if role is ks.SlotRole.DURESS_DESTROY else ks.SlotRole.DURESS_DESTROY


def set_duress(vault: Vault, passphrase: str, *, destroy_real: bool = False) -> None:
    """Make `passphrase` open the decoy (and, with `destroy_real`, destroy the real slots when used).

    Refused when it is weak or already opens a slot (the real passphrase, say): `SecretInUseError`.
    Replaces a duress passphrase set before.
    """
    check_new_passphrase(passphrase)
    slots_path = paths.keyslots_path(vault.base)
    blob = slots_path.read_bytes()
    target = ks.SlotRole.DURESS_DESTROY if destroy_real else ks.SlotRole.DURESS
    if vault.is_decoy:
        # The slot that opened this decoy stays; the other duress slot is the only one we may write.
        # The same checks and the same key derivation run, so the answer and the time are the same,
        # but the passphrase opens nothing new.
        spare = _other(vault.slot_role)
        ks.rewrap_slot(ks.clear_slot(blob, spare), secrets.token_bytes(32), spare, passphrase)
        image = ks.clear_slot(blob, spare)
    else:
        decoy_hex = vault.meta(DECOY_KEY_META)
        if not decoy_hex:
            raise DuressUnavailable(_("This vault has no second database; nothing was changed."))
        image = ks.rewrap_slot(ks.clear_slot(blob, _other(target)), bytes.fromhex(decoy_hex), target, passphrase)
    atomic_write(slots_path, image)
    mode = DuressMode.DESTROY if destroy_real else DuressMode.DECOY
    with vault.transaction() as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (mode.value, DURESS_META))
        audit.append(conn, "duress_set")


def remove_duress(vault: Vault) -> None:
    """The duress passphrase stops working (the decoy database itself stays, as in every vault)."""
    slots_path = paths.keyslots_path(vault.base)
    image = slots_path.read_bytes()
    roles = (_other(vault.slot_role),) if vault.is_decoy else ks.DURESS_SLOTS
    for role in roles:
        image = ks.clear_slot(image, role)
    atomic_write(slots_path, image)
    with vault.transaction() as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (DuressMode.OFF.value, DURESS_META))
        audit.append(conn, "duress_removed")


def passphrase_in_use(vault: Vault, candidate: str) -> bool:
    """Whether `candidate` already opens a slot of this vault's key file (the real passphrase, say).

    One Argon2id run: call it off the GUI thread. The Settings window uses it to show, before the
    duress passphrase is set, that it differs from the real one.
    """
    if not candidate:
        return False
    blob = paths.keyslots_path(vault.base).read_bytes()
    try:
        ks.unlock_with_passphrase(blob, candidate)
    except ks.WrongSecretError:
        return False
    return True
