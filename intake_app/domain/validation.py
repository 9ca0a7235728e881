"""Check records against the JSON Schemas in `schemas/` and the taxonomy, with translated reasons.

The schemas are the contract shared by the vault, the JSONL import and the bundle reader: a record that
fails here is never written. `x-taxonomy: LIST` in a schema ties a string to a taxonomy list, and
`identifying: true` marks a field that names or locates a person.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema
import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from intake_app.domain.models import RECORD_TYPES
from intake_app.domain.taxonomy import load_taxonomy
from intake_app.errors import ValidationFailed
from intake_app.i18n import N_, _
from intake_app.resources import schema_path

RECORD_TYPE_NAMES = tuple(RECORD_TYPES)


def _taxonomy_keyword(validator: Any, list_name: str, instance: Any, schema: dict[str, Any]) -> Iterator[
        ValidationError]:
    if not isinstance(instance, str):
        return
    tax = load_taxonomy()
    known = {v.key for v in tax.violation_types} if list_name == "violation_types" else tax.keys(list_name)
    if instance not in known:
        yield ValidationError(f"{instance!r} is not a known {list_name} value", validator="x-taxonomy",
                              validator_value=list_name)


_IntakeValidator = jsonschema.validators.extend(Draft202012Validator, {"x-taxonomy": _taxonomy_keyword})


@cache
def load_schema(name: str) -> dict[str, Any]:
    with schema_path(f"{name}.schema.json").open(encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


def _inline_taxonomy(node: Any) -> Any:
    """A copy of a schema where each `x-taxonomy: LIST` also carries `enum: [its keys]`.

    Then the schema is plain JSON Schema, and the fast validator needs no custom keyword.
    """
    if isinstance(node, list):
        return [_inline_taxonomy(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _inline_taxonomy(v) for k, v in node.items()}
    list_name = node.get("x-taxonomy")
    if isinstance(list_name, str):
        tax = load_taxonomy()
        keys = {v.key for v in tax.violation_types} if list_name == "violation_types" else tax.keys(list_name)
        allowed: list[Any] = sorted(keys)
        if "null" in (node.get("type") or []):
            allowed.append(None)
        out["enum"] = allowed
    return out


@cache
def _validator(name: str) -> Any:
    """The explaining validator: slow, but says what is wrong, field by field."""
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return _IntakeValidator(schema, format_checker=FormatChecker())


@cache
def _fast_validator(name: str) -> Any:
    """The same rules compiled by jsonschema-rs, far faster: valid records (nearly all) pass here,
    and only a failing one is run through the explaining validator."""
    return jsonschema_rs.validator_for(_inline_taxonomy(load_schema(name)), validate_formats=True)


def identifying_fields(record_type: str) -> tuple[str, ...]:
    """Top-level data fields marked `identifying: true` in the type's schema."""
    props = load_schema(record_type).get("properties", {})
    return tuple(k for k, v in props.items() if v.get("identifying"))


_PROBLEMS = {
    "required": N_("a required field is missing ({detail})"),
    "additionalProperties": N_("unknown field ({detail})"),
    "type": N_("wrong kind of value"),
    "enum": N_("not one of the allowed values"),
    "const": N_("not the allowed value"),
    "pattern": N_("wrong format"),
    "format": N_("not a valid date"),
    "minLength": N_("must not be empty"),
    "maxLength": N_("too long"),
    "minimum": N_("too small"),
    "maximum": N_("too large"),
    "exclusiveMinimum": N_("must be greater than zero"),
    "minItems": N_("needs at least one entry"),
    "maxItems": N_("too many entries"),
    "uniqueItems": N_("an entry is repeated"),
    "x-taxonomy": N_("not a value of the list \u201c{detail}\u201d"),
    "oneOf": N_("not a valid value"),
}


def _describe(error: ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or _("record")
    detail = ""
    if error.validator == "required":
        detail = str(error.message).split("'")[1] if "'" in error.message else ""
    elif error.validator == "additionalProperties":
        detail = ", ".join(sorted(set(error.instance) - set(error.schema.get("properties", {}))))
    elif error.validator == "x-taxonomy":
        detail = str(error.validator_value)
    template = _PROBLEMS.get(str(error.validator), N_("not valid"))
    return _("{field}: {problem}").format(field=where, problem=_(template).format(detail=detail))


def _first_errors(validator: Any, instance: Any, limit: int = 5) -> list[str]:
    errors = sorted(validator.iter_errors(instance), key=lambda e: (list(e.absolute_path), str(e.validator)))
    return [_describe(e) for e in errors[:limit]]


def record_problems(envelope: Any) -> list[str]:
    """Every reason (translated, at most a few) why `envelope` is not a valid record; empty when valid."""
    if not isinstance(envelope, dict):
        return [_("a record must be a JSON object")]
    if _passes_fast(envelope):
        return []
    return _explain(envelope)


def _explain(envelope: dict[str, Any]) -> list[str]:
    problems = _first_errors(_validator("record"), envelope)
    if problems:
        return problems
    if envelope["deleted"]:
        return [] if envelope["data"] == {} else [_("data: a deleted record keeps no content")]
    problems = _first_errors(_validator(envelope["type"]), envelope["data"])
    return problems or _semantic_problems(envelope["type"], envelope["data"])


def _passes_fast(envelope: dict[str, Any]) -> bool:
    if not _fast_validator("record").is_valid(envelope):
        return False
    if envelope["deleted"]:
        return envelope["data"] == {}
    return bool(_fast_validator(envelope["type"]).is_valid(envelope["data"])) and not _semantic_problems(
        envelope["type"], envelope["data"])


def validate_record(envelope: Any) -> None:
    """Raise ValidationFailed with the reasons when `envelope` is not a valid record."""
    problems = record_problems(envelope)
    if problems:
        raise ValidationFailed("; ".join(problems))


def _semantic_problems(record_type: str, data: dict[str, Any]) -> list[str]:
    """Rules a JSON Schema cannot say simply: dates in order, places that fit their kind."""
    problems: list[str] = []
    if record_type == "testimony":
        for i, consent in enumerate(data.get("consents", [])):
            if consent.get("withdrawn_on") and consent["withdrawn_on"] < consent["date"]:
                problems.append(_("consents/{i}: withdrawn before it was given").format(i=i))
        tax = load_taxonomy()
        for i, incident in enumerate(data.get("incidents", [])):
            date = incident.get("date")
            if date and not _precision_fits(date["value"], date["precision"]):
                problems.append(_("incidents/{i}/date: the date does not match its precision").format(i=i))
            place = incident.get("place") or {}
            province = place.get("province")
            if province:
                allowed = {"dprk_province": "dprk_provinces", "china_province": "china_provinces"}
                list_name = allowed.get(place.get("kind", ""))
                valid = tax.keys("dprk_provinces") | tax.keys("china_provinces")
                if list_name:
                    valid = tax.keys(list_name)
                if province not in valid:
                    problems.append(_("incidents/{i}/place: unknown province").format(i=i))
    return problems


def _precision_fits(value: str, precision: str) -> bool:
    parts = value.count("-") + 1
    if precision == "day":
        return parts == 3
    if precision == "month":
        return parts == 2
    if precision == "year":
        return parts == 1
    return True  # approximate: any of the three forms
