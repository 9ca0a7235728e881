"""Locate bundled files (schemas, translations, icons) from source and from the frozen installer."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder that holds `schemas/` and `resources/`.

    From source it is the repository root; in a PyInstaller build it is the bundle folder
    (`sys._MEIPASS`), where the spec copies both folders.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def schema_path(name: str) -> Path:
    """Path of a file in `schemas/`, e.g. `schema_path("taxonomy.json")`."""
    return base_dir() / "schemas" / name


def resource_path(*parts: str) -> Path:
    """Path of a file in `resources/`, e.g. `resource_path("translations", "intake_ko.ts")`."""
    return base_dir().joinpath("resources", *parts)
