"""The base of every error a user may see: it carries a translated, human message."""

from __future__ import annotations


class IntakeError(Exception):
    """An expected failure with a message fit to show a user (already translated)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(IntakeError):
    """Input that does not fit its schema or the rules; nothing was written."""

    exit_code = 2
