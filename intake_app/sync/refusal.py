"""Why a bundle was refused: one enum of translatable reasons, shared by the reader and the importer."""

from __future__ import annotations

from typing import Any

from intake_app.errors import IntakeError
from intake_app.i18n import N_
from intake_app.outcomes import Outcome
from intake_app.sync.age_stream import AgeOutcome


class Refusal(Outcome):
    TOO_LARGE = "too_large", N_("The file is larger than a bundle may be ({size} bytes; at most {limit}).")
    NOT_A_FILE = "not_a_file", N_("This is not a regular file.")
    UNREADABLE = "unreadable", N_("The file cannot be read: {error}")
    HELPER_FAILED = "helper_failed", N_("The decryption helper failed; nothing was changed.")
    ARCHIVE_INVALID = "archive_invalid", N_("The bundle's archive is malformed.")
    ENTRY_NOT_ALLOWED = "entry_not_allowed", N_("The bundle contains an entry no bundle has (“{name}”).")
    ENTRY_TYPE = "entry_type", N_("The bundle contains a link, a device or another special entry (“{name}”).")
    DUPLICATE_ENTRY = "duplicate_entry", N_("The bundle contains “{name}” twice.")
    TOO_MANY_ENTRIES = "too_many_entries", N_("The bundle has more entries than allowed (at most {limit}).")
    ENTRY_TOO_LARGE = "entry_too_large", N_(
        "An entry of the bundle is larger than allowed (“{name}”: {size} bytes; at most {limit}).")
    EXPANSION = "expansion", N_("The bundle decrypts to more data than its size allows.")
    TRAILING_DATA = "trailing_data", N_("The bundle has data after the end of its archive.")
    MISSING_ENTRY = "missing_entry", N_("The bundle lacks “{name}”.")
    TOO_MANY_RECORDS = "too_many_records", N_("The bundle holds more records than allowed (at most {limit}).")
    BAD_SIGNATURE = "bad_signature", N_(
        "The bundle's signature does not verify with the key of device {device}: it was altered, or not made by "
        "that device.")
    KEY_MISMATCH = "key_mismatch", N_(
        "The bundle names device {device} but presents another signing key than the one headquarters approved.")
    MANIFEST_INVALID = "manifest_invalid", N_("The bundle's manifest is not valid (at {where}).")
    ENTRY_MISMATCH = "entry_mismatch", N_("The bundle's content does not match its manifest (“{name}”).")
    RECORD_INVALID = "record_invalid", N_("Record {line} of the bundle is not valid: {problems}")
    RECORD_TOO_DEEP = "record_too_deep", N_("Record {line} of the bundle is nested too deeply.")
    RECORD_TOO_LONG = "record_too_long", N_("Record {line} of the bundle is longer than allowed.")
    RECORD_FOREIGN = "record_foreign", N_("Record {line} of the bundle carries a version made by another device.")
    ATTACHMENT_MISSING = "attachment_missing", N_(
        "Record {line} of the bundle needs an attachment that neither the bundle nor headquarters has.")
    ATTACHMENT_INVALID = "attachment_invalid", N_("An attachment of the bundle does not match its name.")
    TYPE_CHANGED = "type_changed", N_("Record {id} arrives with another type than the one headquarters holds.")
    REPLAY = "replay", N_(
        "This bundle (number {sequence} of device {device}) is not newer than the last one imported (number "
        "{last}): refused as a replay.")
    REVOKED = "revoked", N_(
        "Device {device} was revoked (possibly compromised since {since}): its bundles are refused.")
    CANCELLED = "cancelled", N_("Cancelled; nothing was changed.")
    OLD_FORMAT = "old_format", N_(
        "This bundle was written by an older version of Field Intake, in a format headquarters no longer reads "
        "safely. Update Field Intake on the field laptop and export again.")
    NEWER_FORMAT = "newer_format", N_(
        "This bundle was written by a newer version of Field Intake; update Field Intake here to import it.")
    FOREIGN_ORIGIN = "foreign_origin", N_(
        "Record {line} of the bundle claims to come from another device or from headquarters: a device may only "
        "send records it created.")
    FOREIGN_ANCESTOR = "foreign_ancestor", N_(
        "Record {line} of the bundle lists a version made by another device or by headquarters among its earlier "
        "versions.")
    NOT_ITS_RECORD = "not_its_record", N_(
        "Record {line} of the bundle belongs to another device or to headquarters: a device may only change its "
        "own records.")
    OWN_DEVICE_ID = "own_device_id", N_("The bundle names headquarters' own device id as its sender.")
    QUARANTINE_FULL = "quarantine_full", N_(
        "Quarantine is full ({what}): this bundle of an unapproved device was refused. Approve or remove waiting "
        "devices, or raise the limits in Devices.")


Reason = Refusal | AgeOutcome


class BundleRefused(IntakeError):
    """A bundle that may not be imported; `reason` says why (an enum, never matched by its text)."""

    def __init__(self, reason: Reason, **fields: Any) -> None:
        message = reason.text(**fields)
        super().__init__(message)
        self.reason = reason
        self.fields = fields
