"""The columns each list shows, and how a page of records is described for them.

The index row (RecordRow: label, date, updated) gives some columns for free; the others need the
record's body, which is decoded one page at a time, only when the view first shows that page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from intake_app.domain.models import AidItem, scopes_in_force
from intake_app.domain.taxonomy import VIOLATION_TYPES
from intake_app.i18n import _
from intake_app.ui.records.aid_items import summarise_items
from intake_app.ui.records.cases import CaseDirectory, case_display
from intake_app.ui.records.widgets import taxonomy_label
from intake_app.vault.records import RecordRow

Details = dict[str, str]


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[RecordRow, Details], str]
    sort: str | None = None          # a key of RecordStore ORDERS, or None when not sortable
    needs_body: bool = False
    chars: int = 16                  # starting width, in average characters
    # Which columns a narrow list keeps: 1 always, then 2, 3… while they fit (see lists/page.py).
    priority: int = 1


def local_time(stamp: str) -> str:
    """A stored UTC time as local time, to the minute."""
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def type_name(record_type: str) -> str:
    return {"case": _("Case"), "aid": _("Aid"), "testimony": _("Testimony"),
            "attachment": _("Attachment")}.get(record_type, record_type)


def _detail(key: str) -> Callable[[RecordRow, Details], str]:
    return lambda _row, details: details.get(key, "")


def columns_for(record_type: str) -> list[Column]:
    """Every column of a list, most wanted first within each priority; a narrow list hides the higher
    priorities (the record's own editor still shows everything)."""
    def updated(priority: int) -> Column:
        return Column(_("Updated"), lambda row, _d: local_time(row.updated_at), sort="updated", chars=17,
                      priority=priority)

    if record_type == "case":
        return [
            Column(_("Code"), _detail("code"), needs_body=True, chars=10),
            Column(_("Alias"), lambda row, _d: row.label, sort="label", chars=18),
            Column(_("Situation"), _detail("situation"), needs_body=True, priority=2),
            Column(_("Province of origin"), _detail("province"), needs_body=True, chars=14, priority=4),
            Column(_("Added"), lambda row, _d: local_time(row.created_at)[:10], chars=11, priority=5),
            updated(3),
        ]
    if record_type == "aid":
        return [
            Column(_("Date"), lambda row, _d: row.event_date or "", sort="date", chars=11),
            Column(_("Case"), _detail("case"), needs_body=True, chars=22),
            Column(_("Category"), _detail("category"), needs_body=True, priority=2),
            Column(_("Items"), _detail("items"), needs_body=True, chars=20, priority=3),
            Column(_("Province"), _detail("province"), needs_body=True, chars=12, priority=5),
            updated(4),
        ]
    if record_type == "testimony":
        return [
            Column(_("Interview date"), lambda row, _d: row.event_date or "", sort="date", chars=12),
            Column(_("Witness"), _detail("witness"), needs_body=True, chars=20),
            Column(_("Violation types"), _detail("violations"), needs_body=True, chars=24, priority=2),
            Column(_("Consents"), _detail("consents"), needs_body=True, priority=3),
            Column(_("Incidents"), _detail("incidents"), needs_body=True, chars=6, priority=5),
            updated(4),
        ]
    raise ValueError(f"no list for record type {record_type!r}")


def search_columns() -> list[Column]:
    """The columns of search results, which mix every type."""
    return [
        Column(_("Type"), lambda row, _d: type_name(row.type), chars=10),
        Column(_("Record"), _detail("summary"), needs_body=True, chars=28),
        Column(_("Date"), lambda row, _d: row.event_date or "", sort="date", chars=11),
        Column(_("Updated"), lambda row, _d: local_time(row.updated_at), sort="updated", chars=17),
    ]


def describe(env: dict[str, Any] | None, cases: CaseDirectory) -> Details:
    """The body-dependent column texts of one record (never an identifying field)."""
    if env is None or env.get("deleted"):
        return {}
    data = env["data"]
    kind = env["type"]
    if kind == "case":
        name = case_display(data["alias"], data["code"])
        province = data.get("province_of_origin")
        return {"code": data["code"], "situation": taxonomy_label("situations", data["situation"]),
                "province": taxonomy_label("dprk_provinces", province) if province else "",
                "summary": name}
    if kind == "aid":
        case = cases.name(data["case_id"])
        category = taxonomy_label("aid_categories", data["category"])
        items = summarise_items([AidItem.from_dict(i) for i in data.get("items", [])])
        province = data.get("province")
        return {"case": case, "category": category, "items": items,
                "province": taxonomy_label("china_provinces", province) if province else "",
                "summary": _("{category} for {case}").format(category=category, case=case)}
    if kind == "testimony":
        witness = cases.name(data["witness_case_id"])
        kinds: list[str] = []
        for incident in data.get("incidents", []):
            kinds.extend(k for k in incident["violation_types"] if k not in kinds)
        violations = ", ".join(taxonomy_label(VIOLATION_TYPES, k) for k in kinds)
        consents = ", ".join(taxonomy_label("consent_scopes", s) for s in scopes_in_force(data.get("consents", [])))
        summary = _("Testimony of {witness}").format(witness=witness)
        if violations:
            summary += " — " + violations
        return {"witness": witness, "violations": violations, "consents": consents or _("none in force"),
                "incidents": str(len(data.get("incidents", []))),
                "summary": summary}
    return {"summary": str(data.get("filename", ""))}
