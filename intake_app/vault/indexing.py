"""What the vault derives from a record to list, filter and search it without reading every body.

The full-text index has two columns:
- `text`: the record's own words (narratives, notes, item names, places) and the labels of every
  taxonomy value it uses in all four languages, so "torture", "고문", "拷問" and "酷刑" all find a
  testimony whose incident has the violation type `torture`;
- `names`: a case's alias and code only. A search word matching this column of a case also finds the
  records linked to that case (its aid and testimonies, see `vault.search`), joined when searching,
  so renaming a case never leaves its old alias behind in other records.

Identifying fields (legal name, exact birth date, phone, address) are deliberately left out of the
search index: finding a person by name should need the record opened, not a search box.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from intake_app.domain.models import scopes_in_force
from intake_app.domain.taxonomy import LANGUAGES, VIOLATION_TYPES, load_taxonomy

# Chinese and Japanese are written without spaces; the unicode61 tokenizer would make a whole
# sentence one token. Spacing out each Han/Kana character lets a phrase query of single characters
# match any word of any length (Korean separates words with spaces and needs no help).
_CJK_CHARS = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
_CJK = re.compile(f"({_CJK_CHARS})")
_CJK_RUN = re.compile(f"({_CJK_CHARS}+)")

# How a row of the full-text index is written; `fts_row` gives its values.
FTS_INSERT = "INSERT INTO records_fts (rowid, text, names) VALUES (?, ?, ?)"


def fts_text(text: str) -> str:
    # By runs of such characters, each spaced out by str.join in C: a substitution calling back into
    # Python for every character took most of the time of indexing Chinese and Japanese.
    pieces = _CJK_RUN.split(text)
    pieces[1::2] = [" " + " ".join(run) + " " for run in pieces[1::2]]
    return "".join(pieces)


def fts_terms(user_query: str) -> list[str]:
    """What a user typed as safe FTS5 terms, one per word (a prefix match for a word of letters, a
    phrase of single characters for Chinese and Japanese), each once.

    Each word is quoted, so FTS5 syntax in the input (AND, NEAR, column filters, quotes) is inert.
    """
    terms: list[str] = []
    # Control characters (NUL above all) end an FTS5 string early; they never belong in a search.
    cleaned = "".join(ch if ch.isprintable() else " " for ch in user_query)
    for word in cleaned.split():
        if not any(ch.isalnum() for ch in word):
            # Punctuation alone ("–", "/") holds no token for FTS5 to find: as a term it would match
            # nothing and so make the whole search find nothing.
            continue
        spaced = fts_text(word).split()
        tokens = [t.replace('"', '""') for t in spaced if t.strip()]
        if not tokens:
            continue
        prefix = len(tokens) == 1 and not _CJK.fullmatch(tokens[0])
        term = f'"{tokens[0]}"*' if prefix else '"' + " ".join(tokens) + '"'
        if term not in terms:
            terms.append(term)
    return terms


def fts_query(user_query: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match (prefix match for words)."""
    terms = fts_terms(user_query)
    return " AND ".join(terms) if terms else None


@dataclass
class IndexEntry:
    label: str = ""
    event_date: str | None = None
    facets: set[tuple[str, str]] = field(default_factory=set)
    text: str = ""
    names: str = ""  # a case's alias and code: they also find the records linked to the case


def fts_row(rid: int, entry: IndexEntry) -> tuple[int, str, str] | None:
    """The values of `FTS_INSERT` for a record's index entry, or None when it has nothing to find."""
    if not entry.text.strip() and not entry.names.strip():
        return None
    return rid, fts_text(entry.text), fts_text(entry.names)


def index_entry(envelope: dict[str, Any]) -> IndexEntry:
    if envelope["deleted"]:
        return IndexEntry()
    data = envelope["data"]
    kind = envelope["type"]
    builder = _BUILDERS[kind]
    return builder(data)


@lru_cache(maxsize=2048)
def _labels(list_name: str, key: str) -> str:
    """The labels of one taxonomy value in every language, each once (English first)."""
    taxonomy = load_taxonomy()
    try:
        labels = [taxonomy.label(list_name, key, lang) for lang in LANGUAGES]
    except KeyError:  # a list this version does not know: the key alone still finds something
        labels = [key]
    return "\n".join(dict.fromkeys(labels))


def label_text(values: Iterable[tuple[str, str | None]]) -> str:
    """The labels, in all four languages, of (taxonomy list, key) pairs; empty keys are skipped."""
    seen = dict.fromkeys((name, key) for name, key in values if key)
    return "\n".join(_labels(name, key) for name, key in seen)


@lru_cache(maxsize=256)
def _province_list(key: str) -> str:
    """An incident's province may be of the DPRK or of China; the key says which."""
    return "dprk_provinces" if key in load_taxonomy().keys("dprk_provinces") else "china_provinces"


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
    labels = label_text([("sexes", data["sex"]), ("dprk_provinces", data.get("province_of_origin")),
                         ("situations", data["situation"]),
                         *(("vulnerabilities", v) for v in data.get("vulnerabilities", []))])
    entry.names = "\n".join([data["alias"], data["code"]])
    # The alias and code are in `text` as well: a writer that fills only that column still finds the case.
    entry.text = "\n".join([data["alias"], data["code"], data.get("notes", ""), labels])
    return entry


def _aid(data: dict[str, Any]) -> IndexEntry:
    entry = IndexEntry(label=data["date"], event_date=data["date"])
    entry.facets.add(("aid_category", data["category"]))
    entry.facets.add(("case", data["case_id"]))
    if data.get("province"):
        entry.facets.add(("province", data["province"]))
    names = [item["name"] for item in data.get("items", [])]
    labels = label_text([("aid_categories", data["category"]), ("china_provinces", data.get("province"))])
    entry.text = "\n".join([*names, data.get("place", ""), data.get("notes", ""), labels])
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
    values: list[tuple[str, str | None]] = [("source_types", data["source_type"])]
    for incident in data.get("incidents", []):
        for v in incident["violation_types"]:
            entry.facets.add(("violation", v))
            values.append((VIOLATION_TYPES, v))
        place = incident.get("place") or {}
        if place.get("province"):
            entry.facets.add(("province", place["province"]))
            values.append((_province_list(place["province"]), place["province"]))
        if place:
            values += [("place_kinds", place.get("kind")), ("facility_types", place.get("facility_type"))]
            texts.append(place.get("name", ""))
        if incident.get("perpetrator"):
            entry.facets.add(("perpetrator", incident["perpetrator"]))
            values.append(("perpetrators", incident["perpetrator"]))
        # Who suffered it when it was not the witness ("child", "spouse"): "self" would find nearly all.
        if incident.get("victim_relation") not in (None, "self"):
            values.append(("relations", incident["victim_relation"]))
        texts.append(incident.get("description", ""))
    texts.append(label_text(values))
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
