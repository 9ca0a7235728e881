"""What a bundle import tells its caller (CLI, GUI, quarantine release): results, not exceptions.

The importer and the quarantine both return these; neither needs the other's internals for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_app.i18n import N_, P_, _
from intake_app.outcomes import Outcome
from intake_app.sync.device_names import DeviceNames
from intake_app.sync.refusal import Reason


class ImportOutcome(Outcome):
    IMPORTED = "imported", N_("imported")
    ALREADY_IMPORTED = "already_imported", N_("already imported")
    QUARANTINED = "quarantined", N_("quarantined")
    REFUSED = "refused", N_("refused")


@dataclass(frozen=True)
class ImportResult:
    outcome: ImportOutcome
    source: str
    reason: Reason | None = None
    detail: str = ""  # the translated reason of a refusal
    bundle_id: str | None = None
    device_id: str | None = None
    sequence: int | None = None
    records: int = 0
    new: int = 0
    updated: int = 0
    conflicts: int = 0
    attachments: int = 0
    gap: bool = False
    chain_broken: bool = False
    audit_broken: bool = False
    late: bool = False  # an older bundle of the device, arriving after a newer one

    @property
    def message(self) -> str:
        """One line naming devices by their ids (see `text` for names)."""
        return self.text()

    def text(self, names: DeviceNames | None = None) -> str:
        """One line for the CLI and the GUI's list; `names` turns device ids into the names people know."""
        names = names or DeviceNames(full_ids=True)
        device = names.name(self.device_id)
        if self.outcome is ImportOutcome.REFUSED:
            return _("{file}: refused: {reason}").format(file=self.source, reason=names.relabel(self.detail))
        if self.outcome is ImportOutcome.QUARANTINED:
            return _("{file}: quarantined: device {device} is not approved yet; the bundle will be imported "
                     "when it is.").format(file=self.source, device=device)
        if self.outcome is ImportOutcome.ALREADY_IMPORTED:
            return _("{file}: already imported (bundle {sequence} of device {device}); nothing changed.").format(
                file=self.source, sequence=self.sequence, device=device)
        line = _("{file}: imported bundle {sequence} of device {device}: {records} ({changes}), {attachments}.").format(
            file=self.source, sequence=self.sequence, device=device, records=counted_records(self.records),
            changes=self.changes(), attachments=counted_attachments(self.attachments))
        if self.gap:
            line += " " + _("Flagged: an earlier bundle of this device never arrived.")
        if self.chain_broken:
            line += " " + _("Flagged: it does not follow the bundle imported before it (a restored or copied "
                            "device?).")
        if self.late:
            line += " " + _("It arrived after a later bundle of this device; its versions were added to the "
                            "history, and no record went back to them.")
        if self.audit_broken:
            line += " " + _("Flagged: the device's activity log was cut short or rewritten since its previous "
                            "bundle.")
        return line

    def changes(self) -> str:
        """"2 new, 1 updated, 1 conflict": what the import did to the records, each count in its plural form."""
        return ", ".join((P_("{n} new", "{n} new", self.new).format(n=self.new),
                          P_("{n} updated", "{n} updated", self.updated).format(n=self.updated),
                          P_("{n} conflict", "{n} conflicts", self.conflicts).format(n=self.conflicts)))


def counted_records(n: int) -> str:
    return P_("{n} record", "{n} records", n).format(n=n)


def counted_attachments(n: int) -> str:
    return P_("{n} attachment", "{n} attachments", n).format(n=n)


@dataclass
class Source:
    """Where the ciphertext comes from: a file, or a quarantined copy inside the vault."""

    label: str
    size: int
    path: Path | None = None
    quarantine_id: int | None = None


def refused(source: str, reason: Reason, detail: str, **known: object) -> ImportResult:
    return ImportResult(ImportOutcome.REFUSED, source, reason, detail, **known)  # type: ignore[arg-type]
