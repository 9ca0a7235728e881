"""Filtered records as a spreadsheet (CSV, XLSX) or JSON Lines, in memory.

Identifying fields (a case's legal name, birth date, phone, address; attachments marked identifying) are
left out unless the coordinator asks for them after a warning. Testimonies become one row per incident, so
a spreadsheet can filter and count by violation, date or place.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from intake_app.domain.models import Case
from intake_app.i18n import _
from intake_app.reports.errors import ReportCancelled, ReportError
from intake_app.reports.tabular import csv_bytes, xlsx_bytes
from intake_app.vault.search import SearchQuery, count, search
from intake_app.vault.vault import Vault

FORMATS = ("csv", "xlsx", "jsonl")
EXPORT_TYPES = ("case", "aid", "testimony", "attachment")
_BATCH = 1000

_COLUMNS: dict[str, list[str]] = {
    "case": ["id", "code", "alias", "sex", "birth_year", "province_of_origin", "situation", "vulnerabilities",
             "household", "notes", "origin_device", "created_at", "updated_at"],
    "aid": ["id", "date", "case_id", "category", "items", "value", "currency", "province", "place", "notes",
            "origin_device", "created_at", "updated_at"],
    "testimony": ["id", "witness_case_id", "interview_date", "interviewer", "language", "interpreter",
                  "source_type", "consents_in_force", "incident_id", "violation_types", "incident_date",
                  "date_precision", "place_kind", "place_province", "facility_type", "place_name", "perpetrator",
                  "victim_relation", "victim_case_id", "incident_description", "narrative", "notes",
                  "origin_device", "created_at", "updated_at"],
    "attachment": ["id", "owner_id", "filename", "media_type", "size", "sha256", "caption", "origin_device",
                   "created_at", "updated_at"],
}
IDENTIFYING_COLUMNS = list(Case.IDENTIFYING)


@dataclass(frozen=True)
class ExportRequest:
    query: SearchQuery
    format: str
    identifying: bool = False


def check_request(request: ExportRequest) -> ExportRequest:
    if request.format not in FORMATS:
        raise ReportError(_("Unknown format {name}. Choose from: {choices}.").format(
            name=request.format, choices=", ".join(FORMATS)))
    types = request.query.types or EXPORT_TYPES
    if request.format == "csv" and len(types) != 1:
        raise ReportError(_("A CSV file holds one kind of record: choose it with --type (case, aid, testimony "
                            "or attachment)."))
    return replace(request, query=replace(request.query, types=tuple(types)))


def export_records(vault: Vault, request: ExportRequest, *, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> tuple[bytes, int]:
    """The file's bytes and how many records it holds."""
    request = check_request(request)
    envelopes = list(_matching(vault, request.query, progress, cancelled))
    if request.format == "jsonl":
        lines = [json.dumps(_strip(env, request.identifying), ensure_ascii=False, sort_keys=True)
                 for env in envelopes]
        return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8"), len(envelopes)
    sheets = []
    for record_type in request.query.types:
        of_type = [env for env in envelopes if env["type"] == record_type]
        sheets.append((record_type, record_rows(record_type, of_type, identifying=request.identifying)))
    if request.format == "csv":
        return csv_bytes(sheets[0][1]), len(envelopes)
    return xlsx_bytes(sheets), len(envelopes)


def _matching(vault: Vault, query: SearchQuery, progress: Callable[[int, int], None] | None,
              cancelled: Callable[[], bool] | None) -> Any:
    from intake_app.vault.records import RecordStore

    store = RecordStore(vault)
    total = count(vault, replace(query, limit=1, offset=0))
    done = 0
    offset = 0
    while True:
        rows = search(vault, replace(query, limit=_BATCH, offset=offset, order="created", descending=False))
        if not rows:
            return
        for row in rows:
            if cancelled is not None and cancelled():
                raise ReportCancelled(_("Cancelled; nothing was written."))
            env = store.get_envelope(row.id)
            if env is not None and not env["deleted"]:
                if env["type"] == "attachment" and env["data"].get("identifying"):
                    continue  # identifying pictures are never listed outside the vault by this export
                yield env
            done += 1
            if progress is not None:
                progress(done, total)
        offset += len(rows)


def _strip(env: dict[str, Any], identifying: bool) -> dict[str, Any]:
    if identifying or env["type"] != "case":
        return env
    data = {k: v for k, v in env["data"].items() if k not in IDENTIFYING_COLUMNS}
    return dict(env, data=data)


def columns_for(record_type: str, identifying: bool) -> list[str]:
    cols = list(_COLUMNS[record_type])
    if identifying and record_type == "case":
        cols[3:3] = IDENTIFYING_COLUMNS
    return cols


def record_rows(record_type: str, envelopes: Sequence[dict[str, Any]], *, identifying: bool) -> list[list[Any]]:
    cols = columns_for(record_type, identifying)
    rows: list[list[Any]] = [cols]
    for env in envelopes:
        for flat in _flatten(env):
            rows.append([flat.get(c) for c in cols])
    return rows


def _flatten(env: dict[str, Any]) -> list[dict[str, Any]]:
    data = env["data"]
    meta = {"id": env["id"], "origin_device": env["origin_device"], "created_at": env["created_at"],
            "updated_at": env["updated_at"]}
    kind = env["type"]
    if kind == "case":
        return [dict(data, **meta, vulnerabilities="; ".join(data.get("vulnerabilities", [])),
                     household="; ".join(f"{h['relation']}:{h['case_id']}" for h in data.get("household", [])))]
    if kind == "aid":
        items = "; ".join(f"{i['name']} {i['quantity']:g} {i['unit']}" for i in data.get("items", []))
        return [dict(data, **meta, items=items)]
    if kind == "attachment":
        return [dict(data, **meta)]
    base = dict(data, **meta, consents_in_force="; ".join(
        c["scope"] for c in data.get("consents", []) if c["given"] and not c.get("withdrawn_on")))
    base.pop("incidents", None)
    incidents = data.get("incidents", []) or [{}]
    out = []
    for incident in incidents:
        place = incident.get("place") or {}
        when = incident.get("date") or {}
        out.append(dict(base, incident_id=incident.get("id"),
                        violation_types="; ".join(incident.get("violation_types", [])),
                        incident_date=when.get("value"), date_precision=when.get("precision"),
                        place_kind=place.get("kind"), place_province=place.get("province"),
                        facility_type=place.get("facility_type"), place_name=place.get("name"),
                        perpetrator=incident.get("perpetrator"), victim_relation=incident.get("victim_relation"),
                        victim_case_id=incident.get("victim_case_id"),
                        incident_description=incident.get("description")))
    return out
