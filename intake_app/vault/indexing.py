"""What the vault derives from a record to list, filter and search it without reading every body.

Identifying fields (legal name, exact birth date, phone, address) are deliberately left out of the
search index: finding a person by name should need the record opened, not a search box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from intake_app.domain.models import scopes_in_force

# Chinese and Japanese are written without spaces; the unicode61 tokenizer would make a whole
# sentence one token. Spacing out each Han/Kana character lets a phrase query of single characters
# match any word of any length (Korean separates words with spaces and needs no help).
_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f])")


def fts_text(text: str) -> str:
    return _CJK.sub(r" \1 ", text)


def fts_query(user_query: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match (prefix match for words).

    Each word is quoted, so FTS5 syntax in the input (AND, NEAR, column filters, quotes) is inert.
    """
    terms: list[str] = []
    # Control characters (NUL above all) end an FTS5 string early; they never belong in a search.
    cleaned = "".join(ch if ch.isprintable() else " " for ch in user_query)
    for word in cleaned.split():
        spaced = fts_text(word).split()
        tokens = [t.replace('"', '""') for t in spaced if t.strip()]
        if not tokens:
            continue
        if len(tokens) == 1 and not _CJK.fullmatch(tokens[0]):
            terms.append(f'"{tokens[0]}"*')
        else:
            terms.append('"' + " ".join(tokens) + '"')
    return " AND ".join(terms) if terms else None


@dataclass
class IndexEntry:
    label: str = ""
    event_date: str | None = None
    facets: set[tuple[str, str]] = field(default_factory=set)
    text: str = ""


def index_entry(envelope: dict[str, Any]) -> IndexEntry:
    if envelope["deleted"]:
        return IndexEntry()
    data = envelope["data"]
    kind = envelope["type"]
    builder = _BUILDERS[kind]
    return builder(data)


def _case(data: dict[str, Any]) -> IndexEntry:
    entry = IndexEntry(label=data["alias"])
    entry.facets.add(("situation", data["situation"]))
    entry.facets.add(("sex", data["sex"]))
    if data.get("province_of_origin"):
        entry.facets.add(("province", data["province_of_origin"]))
    for v in data.get("vulnerabilities", []):
        entry.facets.add(("vulnerability", v))
    # The other side of a household link: the members' pages find this case by an index lookup.
    for link in data.get("household", []):
        entry.facets.add(("household", link["case_id"]))
    # Blind match tokens: HQ finds cases sharing one by an index lookup (hq/identity.py).
    for kind, token in sorted(((data.get("match_tokens") or {}).get("tokens") or {}).items()):
        entry.facets.add(("match_token", f"{kind}:{token}"))
    entry.text = "\n".join([data["alias"], data["code"], data.get("notes", "")])
    return entry


def _aid(data: dict[str, Any]) -> IndexEntry:
    entry = IndexEntry(label=data["date"], event_date=data["date"])
    entry.facets.add(("aid_category", data["category"]))
    entry.facets.add(("case", data["case_id"]))
    if data.get("province"):
        entry.facets.add(("province", data["province"]))
    names = [item["name"] for item in data.get("items", [])]
    entry.text = "\n".join([*names, data.get("place", ""), data.get("notes", "")])
    return entry


def _testimony(data: dict[str, Any]) -> IndexEntry:
    entry = IndexEntry(label=data["interview_date"], event_date=data["interview_date"])
    entry.facets.add(("case", data["witness_case_id"]))
    entry.facets.add(("source_type", data["source_type"]))
    for facet in ("source_reliability", "information_credibility"):
        if data.get(facet):
            entry.facets.add((facet, data[facet]))
    for scope in scopes_in_force(data.get("consents", [])):
        entry.facets.add(("consent", scope))
    texts = [data.get("narrative", ""), data.get("notes", "")]
    for incident in data.get("incidents", []):
        for v in incident["violation_types"]:
            entry.facets.add(("violation", v))
        place = incident.get("place") or {}
        if place.get("province"):
            entry.facets.add(("province", place["province"]))
        if incident.get("perpetrator"):
            entry.facets.add(("perpetrator", incident["perpetrator"]))
        texts.append(incident.get("description", ""))
    entry.text = "\n".join(texts)
    return entry


def _attachment(data: dict[str, Any]) -> IndexEntry:
    entry = IndexEntry(label=data["filename"])
    entry.facets.add(("owner", data["owner_id"]))
    entry.facets.add(("sha256", data["sha256"]))
    entry.text = "\n".join([data["filename"], data.get("caption", "")])
    return entry


def _person_link(data: dict[str, Any]) -> IndexEntry:
    entry = IndexEntry(label=" = ".join(data["case_ids"]))
    entry.facets.update(("case", case_id) for case_id in data["case_ids"])
    entry.facets.add(("decision", data["decision"]))
    return entry


def _event(data: dict[str, Any]) -> IndexEntry:
    entry = IndexEntry(label=data.get("title") or "")
    entry.facets.update(("incident", ref["incident_id"]) for ref in data["incidents"])
    entry.text = "\n".join([data.get("title", ""), data.get("note", "")])
    return entry


def _assessment(data: dict[str, Any]) -> IndexEntry:
    entry = IndexEntry(label=data["testimony_id"])
    entry.facets.add(("testimony", data["testimony_id"]))
    for facet in ("source_reliability", "information_credibility"):
        if data.get(facet):
            entry.facets.add((facet, data[facet]))
    return entry


_BUILDERS = {"case": _case, "aid": _aid, "testimony": _testimony, "attachment": _attachment,
             "person_link": _person_link, "event": _event, "assessment": _assessment}
