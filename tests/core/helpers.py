"""Small builders shared by the core tests."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from intake_app.domain.models import (
    AidDistribution,
    AidItem,
    Case,
    Consent,
    Incident,
    IncidentDate,
    IncidentPlace,
    Testimony,
)
from intake_app.vault.records import RecordStore


def make_case(store: RecordStore, alias: str = "Mrs Plum", **kw: object) -> Case:
    fields: dict[str, object] = {"sex": "female", "situation": "in_hiding_china",
                                 "province_of_origin": "north_hamgyong"}
    fields.update(kw)
    saved = store.save(Case(alias=alias, **fields))  # type: ignore[arg-type]
    assert isinstance(saved, Case)
    return saved


def make_aid(store: RecordStore, case_id: str, **kw: object) -> AidDistribution:
    fields: dict[str, object] = {"date": "2026-03-01", "category": "food",
                                 "items": [AidItem("rice", 10, "kg"), AidItem("cooking oil", 2, "litre")]}
    fields.update(kw)
    saved = store.save(AidDistribution(case_id=case_id, **fields))  # type: ignore[arg-type]
    assert isinstance(saved, AidDistribution)
    return saved


def make_testimony(store: RecordStore, case_id: str, narrative: str = "She was beaten in the holding centre.",
                   **kw: object) -> Testimony:
    fields: dict[str, object] = {
        "interview_date": "2026-03-02", "interviewer": "Field worker J", "language": "ko",
        "source_type": "direct",
        "consents": [Consent("store", True, "2026-03-02", "oral"), Consent("share_hq", True, "2026-03-02", "oral")],
        "incidents": [Incident(["torture"], date=IncidentDate("2009-05", "month"),
                               place=IncidentPlace("facility", facility_type="jipkyulso", name="Onsong"),
                               perpetrator="state_security")],
    }
    fields.update(kw)
    saved = store.save(Testimony(witness_case_id=case_id, narrative=narrative, **fields))  # type: ignore[arg-type]
    assert isinstance(saved, Testimony)
    return saved


def tree_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder`, by relative path."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def files_containing(roots: list[Path], needles: list[bytes]) -> list[Path]:
    hits = []
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            try:
                if not path.is_file():
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles):
                hits.append(path)
    return hits



def write_envelope_one_column_index(conn: Any, env: dict[str, Any], change_seq: int) -> None:
    """Store a record the way releases before the two-column search index did: its own words in the
    one `text` column (no taxonomy labels, no `names`). For vaults made at those schema versions."""
    from intake_app.vault.indexing import fts_text, index_entry
    from intake_app.vault.records import canonical_json

    entry, data = index_entry(env), env["data"]
    if env["type"] == "case":
        old_text = "\n".join([data["alias"], data["code"], data.get("notes", "")])
    elif env["type"] == "testimony":
        old_text = "\n".join([data.get("narrative", ""), data.get("notes", ""),
                              *(i.get("description", "") for i in data.get("incidents", []))])
    else:
        old_text = "\n".join([*(i["name"] for i in data.get("items", [])), data.get("place", ""),
                              data.get("notes", "")])
    version, parent = env["version"], env["parent"] or {}
    cur = conn.execute(
        "INSERT INTO records (type, body, version_device, version_counter, parent_device, parent_counter,"
        " origin_device, created_at, updated_at, deleted, label, event_date, change_seq, id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (env["type"], canonical_json(env), version["device"], version["counter"], parent.get("device"),
         parent.get("counter"), env["origin_device"], env["created_at"], env["updated_at"],
         int(env["deleted"]), entry.label, entry.event_date, change_seq, env["id"]))
    rid = int(cur.lastrowid)
    conn.executemany("INSERT INTO record_facets (facet, value, rid) VALUES (?, ?, ?)",
                     [(facet, value, rid) for facet, value in sorted(entry.facets)])
    if old_text.strip():
        conn.execute("INSERT INTO records_fts (rowid, text) VALUES (?, ?)", (rid, fts_text(old_text)))
    conn.execute("INSERT OR IGNORE INTO version_lineage (record_id, device, counter, parent_device,"
                 " parent_counter) VALUES (?, ?, ?, ?, ?)",
                 (env["id"], version["device"], version["counter"], parent.get("device"), parent.get("counter")))
