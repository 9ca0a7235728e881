"""Two versions of a record, field by field, for the conflict review (no Qt: plain data)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from intake_app.domain.validation import identifying_fields

HIDDEN = "••••••"


@dataclass(frozen=True)
class DiffRow:
    path: str
    a: str
    b: str
    identifying: bool

    @property
    def differs(self) -> bool:
        return self.a != self.b


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def flatten(value: Any, prefix: str = "") -> dict[str, str]:
    """Nested dicts and lists as `path: text` pairs (`household[0].relation`)."""
    out: dict[str, str] = {}
    if isinstance(value, dict) and value:
        for key in value:
            out.update(flatten(value[key], f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, list) and value:
        for index, item in enumerate(value):
            out.update(flatten(item, f"{prefix}[{index}]"))
    else:
        out[prefix] = _text(value)
    return out


def compare(a: dict[str, Any], b: dict[str, Any], *, show_identifying: bool = False) -> list[DiffRow]:
    """The rows of both envelopes' data (and their deletion state), in the order fields first appear."""
    secret = set(identifying_fields(a.get("type", "")))
    flat_a = flatten(a.get("data") or {})
    flat_b = flatten(b.get("data") or {})
    flat_a["deleted"], flat_b["deleted"] = _text(bool(a.get("deleted"))), _text(bool(b.get("deleted")))
    rows = []
    for path in dict.fromkeys([*flat_a, *flat_b]):
        top = path.split(".")[0].split("[")[0]
        hidden = top in secret and not show_identifying
        va, vb = flat_a.get(path, ""), flat_b.get(path, "")
        if hidden:  # still tell the coordinator whether they differ, without showing them
            va, vb = (HIDDEN if va else ""), (HIDDEN if vb else "")
            if flat_a.get(path, "") != flat_b.get(path, "") and va == vb:
                vb += " ≠"
        rows.append(DiffRow(path, va, vb, top in secret))
    return rows
