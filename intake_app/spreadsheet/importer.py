"""Check every row, then save all of them in one transaction, or nothing.

Cases come first (so that aid and testimonies may name them by the reference column), household links
are added once every case exists. Every failing row is reported with its row number, column and
reason; if there is any, or for a dry run, the transaction is rolled back and the vault is as before.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from intake_app.domain.models import RECORD_TYPES, Case, HouseholdLink, Record
from intake_app.errors import IntakeError, ValidationFailed
from intake_app.i18n import P_, _
from intake_app.spreadsheet.convert import Draft, preview, read_row, record_data
from intake_app.spreadsheet.fields import FIELDS, IMPORT_TYPES
from intake_app.spreadsheet.mapping import RECORD_TYPES_LIST, Mapping, match_type
from intake_app.spreadsheet.plan import ImportPlan, Problem, TablePlan
from intake_app.spreadsheet.reading import Row
from intake_app.vault.attachments import Cancelled
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

PREVIEW_ROWS = 50
_PROGRESS_EVERY = 200


class _RollBack(Exception):
    """Leaves the transaction without keeping anything (a dry run, or a failing row)."""


class SpreadsheetImportFailed(ValidationFailed):
    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0].text() if problems else ""
        super().__init__(P_("{n} problem stops the import; nothing was written. {first}",
                            "{n} problems stop the import; nothing was written. First: {first}",
                            len(problems)).format(n=len(problems), first=first))
        self.problems = problems


@dataclass
class PreviewRecord:
    row: int
    sheet: str
    record_type: str
    fields: list[tuple[str, str]]


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(IMPORT_TYPES, 0))
    problems: list[Problem] = field(default_factory=list)
    preview: list[PreviewRecord] = field(default_factory=list)
    dry_run: bool = False
    identifying_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def identifying_columns(plan: ImportPlan) -> list[str]:
    """Headers whose field names or locates a person: the wizard and the command line mark them."""
    found: list[str] = []
    for tplan in plan.tables:
        for rtype, columns in tplan.fields.items():
            specs = {s.key: s for s in FIELDS[rtype]}
            for index, key in columns.items():
                header = tplan.table.headers[index]
                if specs[key].identifying and header not in found:
                    found.append(header)
    return found


def _row_type(tplan: TablePlan, row: Row, mapping: Mapping) -> str | None:
    if tplan.type_column is None:
        return tplan.record_type
    cell = row.cells[tplan.type_column]
    if cell is None:
        return None
    return mapping.value_for(RECORD_TYPES_LIST, str(cell)) or match_type(cell)


def run_import(vault: Vault, plan: ImportPlan, *, dry_run: bool = False,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import the plan's rows (or, with `dry_run`, check them all and keep nothing).

    Returns a report; when rows fail it lists every one and nothing is written. Cancelling raises
    Cancelled, also with nothing written. Rows are read and saved one by one (cases first, so that the
    others may name them): no second copy of a large file is held in memory.
    """
    report = ImportReport(dry_run=dry_run, problems=list(plan.problems),
                          identifying_columns=identifying_columns(plan))
    if report.problems:
        return report
    total = plan.row_count
    step = 0

    def tick() -> None:
        nonlocal step
        step += 1
        # Let other threads take the interpreter between rows: run beside a window, a long import would
        # otherwise hold it for whole scheduler slices and the window would stutter.
        time.sleep(0)
        if cancelled is not None and cancelled():
            raise Cancelled(_("Cancelled: nothing was imported."))
        if progress is not None and (step % _PROGRESS_EVERY == 0 or step == total):
            progress(step, total)

    try:
        with vault.transaction():
            saver = _Saver(vault, report)
            for rtype in IMPORT_TYPES:
                for tplan in plan.tables:
                    if tplan.record_type not in (None, rtype):
                        continue
                    for row in tplan.table.rows:
                        row_type = _row_type(tplan, row, plan.mapping)
                        # A row without a known type is reported once, in the first pass.
                        if row_type != rtype and not (row_type is None and rtype == IMPORT_TYPES[0]):
                            continue
                        tick()
                        draft, problems = read_row(tplan, row, plan.mapping)
                        report.problems += problems
                        if draft is None:
                            continue
                        if len(report.preview) < PREVIEW_ROWS:
                            report.preview.append(PreviewRecord(draft.row, draft.sheet, draft.record_type,
                                                                preview(draft)))
                        saver.save(draft)
                if rtype == "case":
                    saver.link_households()
            if report.problems or dry_run:
                raise _RollBack
    except _RollBack:
        pass  # nothing kept: a dry run reports what would have been added
    if report.problems:
        report.added = dict.fromkeys(IMPORT_TYPES, 0)
        report.problems.sort(key=lambda p: (p.sheet, p.row))
    if progress is not None:
        progress(total, total)
    log.info("spreadsheet import: %d rows, %d problems, dry run %s", total, len(report.problems), dry_run)
    return report


class _Saver:
    """Saves drafts in the caller's transaction, resolving references to the cases saved before."""

    def __init__(self, vault: Vault, report: ImportReport) -> None:
        self.store = RecordStore(vault)
        self.report = report
        self.refs: dict[str, str] = {}
        self.ref_rows: dict[str, int] = {}
        self.households: list[tuple[Draft, str]] = []

    def case_id(self, ref: str) -> str:
        text = str(ref).strip()
        if text in self.refs:
            return self.refs[text]
        found = self.store.find_case_by_code(text)
        if found is None:
            raise _BadReference(text)
        return found.id

    def save(self, draft: Draft) -> None:
        report = self.report
        ref = draft.values.get("ref")
        key = None if ref is None else str(ref).strip()
        if draft.record_type == "case" and key is not None and key in self.ref_rows:
            report.problems.append(draft.problem("ref", _("the reference {ref} is already used on row {n}").format(
                ref=ref, n=self.ref_rows[key])))
            return
        try:
            data = record_data(draft, self.case_id)
        except _BadReference as exc:
            field_key = "case_ref" if draft.record_type == "aid" else "witness_ref"
            report.problems.append(draft.problem(field_key, _("no case has the reference or code {ref}").format(
                ref=exc.ref)))
            return
        record: Record = RECORD_TYPES[draft.record_type].from_data(data)
        saved = _save(self.store, record, draft, report)
        if saved is None:
            return
        report.added[draft.record_type] += 1
        if draft.record_type == "case":
            if key is not None:
                self.refs[key] = saved.id
                self.ref_rows[key] = draft.row
            if "household_ref" in draft.values:
                self.households.append((draft, saved.id))

    def link_households(self) -> None:
        """Household links, once every case of the file exists (they may point forwards, or both ways)."""
        for draft, record_id in self.households:
            member = str(draft.values["household_ref"]).strip()
            member_id = self.refs.get(member)
            if member_id is None:
                found = self.store.find_case_by_code(member)
                member_id = found.id if found else None
            if member_id is None:
                self.report.problems.append(draft.problem(
                    "household_ref", _("no case has the reference or code {ref}").format(ref=member)))
                continue
            case = self.store.get(record_id)
            if not isinstance(case, Case):
                continue
            case.household.append(HouseholdLink(member_id, draft.values.get("household_relation", "other_relative")))
            _save(self.store, case, draft, self.report)
        self.households.clear()


class _BadReference(Exception):
    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref


def _save(store: RecordStore, record: Record, draft: Draft, report: ImportReport) -> Record | None:
    try:
        return store.save(record)
    except IntakeError as exc:
        report.problems.append(_problem_from(draft, exc.message))
        return None
    except (TypeError, ValueError, KeyError) as exc:
        report.problems.append(Problem(draft.row, "", str(exc), draft.sheet))
        return None


def _problem_from(draft: Draft, message: str) -> Problem:
    """A schema message names a field ("birth_year: too large"): point at the column it came from."""
    field_key = message.split(":", 1)[0].split("/", 1)[0].strip()
    aliases = {"case_id": "case_ref", "witness_case_id": "witness_ref", "items": "item",
               "incidents": "violation_types", "consents": "consents"}
    key = aliases.get(field_key, field_key)
    return Problem(draft.row, draft.columns.get(key, ""), message, draft.sheet)


def describe_added(added: dict[str, int], *, dry_run: bool = False) -> str:
    counts = ", ".join((
        P_("{n} case", "{n} cases", added["case"]).format(n=added["case"]),
        P_("{n} aid distribution", "{n} aid distributions", added["aid"]).format(n=added["aid"]),
        P_("{n} testimony", "{n} testimonies", added["testimony"]).format(n=added["testimony"])))
    template = _("A real import would add: {counts}.") if dry_run else _("Imported: {counts}.")
    return template.format(counts=counts)
