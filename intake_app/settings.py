"""Per-installation preferences that hold no secret (language, auto-lock delay), in the data folder.

Never put record content or anything derived from it here: this file is not encrypted.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from intake_app import paths
from intake_app.fileutil import atomic_write
from intake_app.i18n import SUPPORTED_LANGUAGES

AUTOLOCK_CHOICES_MIN = (1, 2, 5, 10, 15, 30)


@dataclass
class Settings:
    language: str = ""          # empty: follow the system
    autolock_minutes: int = 5

    @classmethod
    def load(cls, base: Path | None = None) -> Settings:
        path = paths.settings_path(base)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        settings = cls()
        if isinstance(raw.get("language"), str) and raw["language"] in ("", *SUPPORTED_LANGUAGES):
            settings.language = raw["language"]
        if isinstance(raw.get("autolock_minutes"), int) and 1 <= raw["autolock_minutes"] <= 240:
            settings.autolock_minutes = raw["autolock_minutes"]
        return settings

    def save(self, base: Path | None = None) -> None:
        folder = paths.ensure_private_dir(base or paths.data_dir())
        atomic_write(paths.settings_path(folder), json.dumps(asdict(self), indent=1).encode("utf-8"))
