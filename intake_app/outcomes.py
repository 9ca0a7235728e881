"""One base for every result or refusal that crosses a boundary (core -> CLI, core -> GUI, child -> parent).

Each member has a stable key as its value (what code compares, stores and sends: never shown, never
translated) and a message template marked with `N_()`; `.text(**fields)` gives the message in the current
language with its fields filled in. Nobody matches a result by its text, and a reworded message changes no
stored or transmitted value.

    class ExportOutcome(Outcome):
        WRITTEN = "written", N_("{n} records were written to {path}.")

    ExportOutcome.WRITTEN.value          # "written"
    ExportOutcome.WRITTEN.text(n=3, path="/media/usb")
"""

from __future__ import annotations

import enum
from typing import Any

from intake_app.i18n import _


class Outcome(enum.Enum):
    """An enum whose members are `KEY = "stable_key", N_("message template")`."""

    template: str

    def __new__(cls, key: str, template: str) -> Outcome:
        member = object.__new__(cls)
        member._value_ = key
        member.template = template
        return member

    def text(self, **fields: Any) -> str:
        """The message in the current language; `fields` fill its `{placeholders}`."""
        translated = _(self.template)
        return translated.format(**fields) if fields else translated

    @classmethod
    def from_key(cls, key: str) -> Outcome:
        """The member with stable key `key` (ValueError if none): for values read back from storage or a pipe."""
        return cls(key)
