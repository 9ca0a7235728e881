"""Unlocking as the CLI and the GUI do it: throttled after repeated failures, with a clear outcome, and
the wipe after too many failures when the user has turned it on."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from intake_app.crypto.recovery import parse_recovery_key
from intake_app.errors import IntakeError
from intake_app.i18n import _
from intake_app.settings import Settings
from intake_app.vault import keyslots
from intake_app.vault.throttle import throttle_for
from intake_app.vault.vault import Vault
from intake_app.vault.wipe import destroy_vault

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


def unlock(base: Path, *, passphrase: str | None = None, recovery_text: str | None = None,
           wait: bool = False) -> Vault:
    """Open the vault in `base` with a passphrase or a recovery key (as typed).

    During the throttle's wait this raises `ThrottledError`, or with `wait` sleeps it out first (the
    command line, where each command is a new process that must count the delay from its own start).
    A wrong secret that reaches the user's wipe limit destroys the vault; the error is the same as for
    any other wrong secret (the next start is a fresh install).
    """
    throttle = throttle_for(base)
    remaining = throttle.wait_remaining()
    if remaining > 0:
        if not wait:
            raise ThrottledError(remaining)
        time.sleep(remaining)
    # A typo in a recovery key is caught by its checksum before any slow KDF runs, and is no guess.
    raw = parse_recovery_key(recovery_text) if recovery_text is not None else None
    try:
        vault = Vault.open(base, passphrase=passphrase, recovery_key=raw)
    except keyslots.WrongSecretError as exc:
        delay = throttle.record_failure()
        limit = Settings.load(base).wipe_after
        if limit and throttle.failures >= limit:
            destroy_vault(base)
        raise WrongSecretError(exc.message, delay) from exc
    throttle.record_success()
    return vault
