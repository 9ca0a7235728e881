"""Unlocking as the CLI and the GUI do it: throttled after repeated failures, with a clear outcome."""

from __future__ import annotations

import logging
from pathlib import Path

from intake_app.crypto.recovery import parse_recovery_key
from intake_app.errors import IntakeError
from intake_app.i18n import _
from intake_app.vault import keyslots
from intake_app.vault.throttle import throttle_for
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


class ThrottledError(IntakeError):
    def __init__(self, wait_s: float) -> None:
        super().__init__(_("Too many wrong attempts. Wait {s} seconds, then try again.").format(
            s=int(wait_s + 0.999)))
        self.wait_s = wait_s


class WrongSecretError(IntakeError):
    """Wrong passphrase or recovery key; `delay_s` is the wait the next attempt faces."""

    def __init__(self, message: str, delay_s: float) -> None:
        super().__init__(message)
        self.delay_s = delay_s


def unlock(base: Path, *, passphrase: str | None = None, recovery_text: str | None = None) -> Vault:
    """Open the vault in `base` with a passphrase or a recovery key (as typed)."""
    throttle = throttle_for(base)
    wait = throttle.wait_remaining()
    if wait > 0:
        raise ThrottledError(wait)
    # A typo in a recovery key is caught by its checksum before any slow KDF runs, and is no guess.
    raw = parse_recovery_key(recovery_text) if recovery_text is not None else None
    try:
        vault = Vault.open(base, passphrase=passphrase, recovery_key=raw)
    except keyslots.WrongSecretError as exc:
        delay = throttle.record_failure()
        log.info("unlock failed (%d failures)", throttle.failures)
        raise WrongSecretError(exc.message, delay) from exc
    throttle.record_success()
    return vault
