"""Logging: warnings to stderr, notes to a private log file. Log lines never carry record content
(only ids, counts and outcomes), so the log folder holds no secret."""

from __future__ import annotations

import logging
import logging.handlers

from intake_app import paths

_handlers: list[logging.Handler] = []


def configure_logging(*, verbose: bool = False) -> None:
    """(Re)configure for the current data folder; safe to call again after `--data-dir` changes."""
    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    _handlers.append(console)
    try:
        folder = paths.ensure_private_dir(paths.log_dir())
        file_handler = logging.handlers.RotatingFileHandler(
            folder / "intake.log", maxBytes=512_000, backupCount=2, encoding="utf-8")
        file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        _handlers.append(file_handler)
    except OSError:
        console.setLevel(logging.INFO)
    for handler in _handlers:
        root.addHandler(handler)
