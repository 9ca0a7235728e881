"""Errors of the reports: bad requests (nothing is computed or written) and a cancelled run."""

from __future__ import annotations

from intake_app.errors import IntakeError, ValidationFailed


class ReportError(ValidationFailed):
    """A report cannot be made as asked (unknown dimension, too small a cell limit…); nothing was written."""


class ReportCancelled(IntakeError):
    """The user cancelled a report; nothing was written."""
