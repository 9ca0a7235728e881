"""Why a bundle was refused: one enum of translatable reasons, shared by the reader and the importer."""

from __future__ import annotations

import enum
from typing import Any

from intake_app.errors import IntakeError
from intake_app.i18n import N_, _
from intake_app.sync.age_stream import AgeOutcome


class Refusal(enum.Enum):
    TOO_LARGE = N_("The file is larger than a bundle may be ({size} bytes; at most {limit}).")
    NOT_A_FILE = N_("This is not a regular file.")
    UNREADABLE = N_("The file cannot be read: {error}")
    HELPER_FAILED = N_("The decryption helper failed; nothing was changed.")
    ARCHIVE_INVALID = N_("The bundle's archive is malformed.")
    ENTRY_NOT_ALLOWED = N_("The bundle contains an entry no bundle has (“{name}”).")
    ENTRY_TYPE = N_("The bundle contains a link, a device or another special entry (“{name}”).")
    DUPLICATE_ENTRY = N_("The bundle contains “{name}” twice.")
    TOO_MANY_ENTRIES = N_("The bundle has more entries than allowed (at most {limit}).")
    ENTRY_TOO_LARGE = N_("An entry of the bundle is larger than allowed (“{name}”: {size} bytes; at most "
                         "{limit}).")
    EXPANSION = N_("The bundle decrypts to more data than its size allows.")
    TRAILING_DATA = N_("The bundle has data after the end of its archive.")
    MISSING_ENTRY = N_("The bundle lacks “{name}”.")
    TOO_MANY_RECORDS = N_("The bundle holds more records than allowed (at most {limit}).")
    BAD_SIGNATURE = N_("The bundle's signature does not verify with the key of device {device}: it was "
                       "altered, or not made by that device.")
    KEY_MISMATCH = N_("The bundle names device {device} but presents another signing key than the one "
                      "headquarters approved.")
    MANIFEST_INVALID = N_("The bundle's manifest is not valid (at {where}).")
    ENTRY_MISMATCH = N_("The bundle's content does not match its manifest (“{name}”).")
    RECORD_INVALID = N_("Record {line} of the bundle is not valid: {problems}")
    RECORD_TOO_DEEP = N_("Record {line} of the bundle is nested too deeply.")
    RECORD_TOO_LONG = N_("Record {line} of the bundle is longer than allowed.")
    RECORD_FOREIGN = N_("Record {line} of the bundle carries a version made by another device.")
    ATTACHMENT_MISSING = N_("Record {line} of the bundle needs an attachment that neither the bundle nor "
                            "headquarters has.")
    ATTACHMENT_INVALID = N_("An attachment of the bundle does not match its name.")
    TYPE_CHANGED = N_("Record {id} arrives with another type than the one headquarters holds.")
    REPLAY = N_("This bundle (number {sequence} of device {device}) is not newer than the last one imported "
                "(number {last}): refused as a replay.")
    REVOKED = N_("Device {device} was revoked (possibly compromised since {since}): its bundles are refused.")
    CANCELLED = N_("Cancelled; nothing was changed.")

    def text(self, **fields: Any) -> str:
        return _(self.value).format(**fields)


Reason = Refusal | AgeOutcome


class BundleRefused(IntakeError):
    """A bundle that may not be imported; `reason` says why (an enum, never matched by its text)."""

    def __init__(self, reason: Reason, **fields: Any) -> None:
        message = reason.message if isinstance(reason, AgeOutcome) else reason.text(**fields)
        super().__init__(message)
        self.reason = reason
        self.fields = fields
