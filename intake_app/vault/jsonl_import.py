"""Bring existing records (e.g. a spreadsheet exported line by line) into the vault: all or nothing.

One JSON object per line, `"type"` first: `case`, `aid` or `testimony`, then the fields of that type's
schema (see `docs/examples/records.jsonl`). Records of the same file refer to each other by a `ref`
of your choosing: a case line carries `"ref": "A12"`, an aid line `"case_ref": "A12"`, a testimony
`"witness_ref": "A12"`, a household link `{"ref": "A13", "relation": "child"}`. A case already in the
vault is named by its code: `"case_code": "K7F-3QXM"` / `"witness_code"`.
Ids, versions and dates of entry are assigned here; a bad line stops the import with its number and
reason, and nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from intake_app.domain.models import RECORD_TYPES, Record
from intake_app.errors import IntakeError, ValidationFailed
from intake_app.i18n import _
from intake_app.jsonsafe import json_depth, no_duplicate_keys, refuse_constant
from intake_app.vault.attachments import Cancelled
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault

MAX_LINE_BYTES = 4 << 20
MAX_DEPTH = 12
IMPORTABLE = ("case", "aid", "testimony")


class ImportLineError(ValidationFailed):
    def __init__(self, line_no: int, reason: str) -> None:
        super().__init__(_("Line {n}: {reason}").format(n=line_no, reason=reason))
        self.line_no = line_no
        self.reason = reason




def _parse(lines: Iterable[bytes | str]) -> list[tuple[int, dict[str, Any]]]:
    parsed = []
    for line_no, raw in enumerate(lines, start=1):
        text = raw.decode("utf-8", errors="strict") if isinstance(raw, bytes) else raw
        if len(text) > MAX_LINE_BYTES:
            raise ImportLineError(line_no, _("the line is too long"))
        if not text.strip():
            continue
        try:
            obj = json.loads(text, object_pairs_hook=no_duplicate_keys, parse_constant=refuse_constant)
        except (ValueError, RecursionError) as exc:
            raise ImportLineError(line_no, _("not valid JSON ({detail})").format(detail=exc)) from exc
        if not isinstance(obj, dict):
            raise ImportLineError(line_no, _("each line must be a JSON object"))
        if json_depth(obj) > MAX_DEPTH:
            raise ImportLineError(line_no, _("nested too deeply"))
        if obj.get("type") not in IMPORTABLE:
            raise ImportLineError(line_no, _("\u201ctype\u201d must be case, aid or testimony"))
        parsed.append((line_no, obj))
    return parsed


def _resolve(obj: dict[str, Any], refs: dict[str, str], store: RecordStore, line_no: int) -> dict[str, Any]:
    """Replace `*_ref` and `*_code` links by record ids."""
    data = {k: v for k, v in obj.items() if k not in ("type", "ref")}
    reserved = sorted(set(data) & (set(Record.META_FIELDS) - {"id"}))
    if reserved:
        raise ImportLineError(line_no, _("{fields}: set by the vault, not by an import").format(
            fields=", ".join(reserved)))

    def by_ref(ref: Any) -> str:
        if not isinstance(ref, str) or ref not in refs:
            raise ImportLineError(line_no, _("unknown reference {ref!r}: define the case on an earlier line")
                                  .format(ref=ref))
        return refs[ref]

    def by_code(code: Any) -> str:
        case = store.find_case_by_code(str(code))
        if case is None:
            raise ImportLineError(line_no, _("no case with code {code} in the vault").format(code=code))
        return case.id

    for field_name, target in (("case_ref", "case_id"), ("witness_ref", "witness_case_id")):
        if field_name in data:
            data[target] = by_ref(data.pop(field_name))
    for field_name, target in (("case_code", "case_id"), ("witness_code", "witness_case_id")):
        if field_name in data:
            data[target] = by_code(data.pop(field_name))
    if isinstance(data.get("household"), list):
        links = []
        for link in data["household"]:
            if isinstance(link, dict) and "ref" in link:
                link = {"case_id": by_ref(link["ref"]), "relation": link.get("relation")}
            links.append(link)
        data["household"] = links
    return data


def import_jsonl(vault: Vault, lines: Iterable[bytes | str], *,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> dict[str, int]:
    """Validate and save every line in one transaction; returns how many of each type were added."""
    parsed = _parse(lines)
    store = RecordStore(vault)
    refs: dict[str, str] = {}
    added = dict.fromkeys(IMPORTABLE, 0)
    with vault.transaction():
        for done, (line_no, obj) in enumerate(parsed, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled(_("Cancelled: nothing was imported."))
            data = _resolve(obj, refs, store, line_no)
            cls = RECORD_TYPES[obj["type"]]
            try:
                record: Record = cls.from_data(data)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                raise ImportLineError(line_no, _("a field is missing or unknown ({detail})").format(
                    detail=exc)) from exc
            try:
                saved = store.save(record)
            except IntakeError as exc:
                raise ImportLineError(line_no, exc.message) from exc
            if "ref" in obj:
                if obj["ref"] in refs:
                    raise ImportLineError(line_no, _("the reference {ref!r} is used twice").format(ref=obj["ref"]))
                refs[str(obj["ref"])] = saved.id
            added[obj["type"]] += 1
            if progress:
                progress(done, len(parsed))
    return added
