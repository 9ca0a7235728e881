"""Per-installation preferences that hold no secret, in the data folder: language, auto-lock delay, and
the two protections that must work while the vault is locked (wipe after failed unlocks, panic action).

Never put record content, or anything that says what the app did or whether a duress passphrase is
set, here: this file is not encrypted. It holds choices, not activity (docs/threat-model.md).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from intake_app import paths
from intake_app.fileutil import atomic_write
from intake_app.i18n import SUPPORTED_LANGUAGES

AUTOLOCK_CHOICES_MIN = (1, 2, 5, 10, 15, 30)
WIPE_AFTER_MIN = 5  # fewer would let a child's or a colleague's typing destroy the vault
WIPE_AFTER_MAX = 100
WIPE_AFTER_CHOICES = (5, 10, 20)
PANIC_LOCK = "lock"
PANIC_DESTROY = "destroy"
PANIC_ACTIONS = (PANIC_LOCK, PANIC_DESTROY)


def valid_wipe_after(value: object) -> bool:
    """0 (off) or a count from WIPE_AFTER_MIN to WIPE_AFTER_MAX."""
    return isinstance(value, int) and not isinstance(value, bool) and (
        value == 0 or WIPE_AFTER_MIN <= value <= WIPE_AFTER_MAX)


@dataclass
class Settings:
    language: str = ""          # empty: follow the system
    autolock_minutes: int = 5
    wipe_after: int = 0         # destroy the vault after this many wrong unlocks in a row; 0: never
    panic_action: str = PANIC_LOCK

    @classmethod
    def load(cls, base: Path | None = None) -> Settings:
        path = paths.settings_path(base)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        settings = cls()
        if not isinstance(raw, dict):
            return settings
        if isinstance(raw.get("language"), str) and raw["language"] in ("", *SUPPORTED_LANGUAGES):
            settings.language = raw["language"]
        if isinstance(raw.get("autolock_minutes"), int) and 1 <= raw["autolock_minutes"] <= 240:
            settings.autolock_minutes = raw["autolock_minutes"]
        if valid_wipe_after(raw.get("wipe_after")):
            settings.wipe_after = raw["wipe_after"]
        if raw.get("panic_action") in PANIC_ACTIONS:
            settings.panic_action = raw["panic_action"]
        return settings

    def save(self, base: Path | None = None) -> None:
        folder = paths.ensure_private_dir(base or paths.data_dir())
        atomic_write(paths.settings_path(folder), json.dumps(asdict(self), indent=1).encode("utf-8"))
