"""The records a field worker keeps, as typed dataclasses.

A record travels as a plain dict ("envelope"): common metadata plus a type-specific `data` object.
`to_envelope()` / `record_from_envelope()` convert; the JSON Schemas in `schemas/` are the contract and are
checked on every save (see `domain.validation`).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any, ClassVar

RECORD_FORMAT = 1

# No 0/O, 1/I/L: codes are read aloud over bad phone lines and written by hand.
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_id() -> str:
    return str(uuid.uuid4())


def new_case_code() -> str:
    """A random, human-friendly case code such as `K7F-3QXM` (about 40 bits: no two cases share one)."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(7))
    return f"{chars[:3]}-{chars[3:]}"


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, order=True)
class Version:
    """One edit of one record: the device that made it and that device's change counter."""

    device: str
    counter: int

    def to_dict(self) -> dict[str, Any]:
        return {"device": self.device, "counter": self.counter}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Version | None:
        if data is None:
            return None
        return cls(device=str(data["device"]), counter=int(data["counter"]))

    def __str__(self) -> str:
        return f"{self.device}:{self.counter}"


@dataclass(kw_only=True)
class Record:
    """Common metadata of every record; subclasses add their data fields."""

    TYPE: ClassVar[str] = ""
    META_FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "created_at", "updated_at", "origin_device", "version", "parent", "deleted", "reason",
    )

    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    origin_device: str = ""
    version: Version | None = None
    parent: Version | None = None
    deleted: bool = False
    # Why this version was made (optional, kept with this version only): set by the editor for each save.
    reason: str | None = None

    def data_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in self.META_FIELDS:
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out

    def to_envelope(self) -> dict[str, Any]:
        env: dict[str, Any] = {
            "format": RECORD_FORMAT,
            "type": self.TYPE,
            "id": self.id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "origin_device": self.origin_device,
            "version": self.version.to_dict() if self.version else None,
            "parent": self.parent.to_dict() if self.parent else None,
            "deleted": self.deleted,
            "data": {} if self.deleted else self.data_dict(),
        }
        if self.reason:
            env["reason"] = self.reason
        return env

    @classmethod
    def from_data(cls, data: dict[str, Any], **meta: Any) -> Record:
        raise NotImplementedError


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@dataclass
class HouseholdLink:
    case_id: str
    relation: str

    def to_dict(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "relation": self.relation}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> HouseholdLink:
        return cls(case_id=d["case_id"], relation=d["relation"])


@dataclass(kw_only=True)
class Case(Record):
    """A person assisted. Identifying fields are kept apart from the working alias."""

    TYPE: ClassVar[str] = "case"
    IDENTIFYING: ClassVar[tuple[str, ...]] = ("legal_name", "birth_date", "phone", "address")

    code: str = field(default_factory=new_case_code)
    alias: str = ""
    sex: str = "unknown"
    birth_year: int | None = None
    province_of_origin: str | None = None
    situation: str = "unknown"
    household: list[HouseholdLink] = field(default_factory=list)
    vulnerabilities: list[str] = field(default_factory=list)
    notes: str = ""
    legal_name: str | None = None
    birth_date: str | None = None
    phone: str | None = None
    address: str | None = None
    # Blind, keyed tokens of the identifying details (see intake_app/identity): not identifying themselves.
    match_tokens: dict[str, Any] | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any], **meta: Any) -> Case:
        d = dict(data)
        d["household"] = [HouseholdLink.from_dict(h) for h in d.get("household", [])]
        d["vulnerabilities"] = list(d.get("vulnerabilities", []))
        return cls(**d, **meta)


@dataclass
class AidItem:
    name: str
    quantity: float
    unit: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "quantity": self.quantity, "unit": self.unit}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AidItem:
        return cls(name=d["name"], quantity=d["quantity"], unit=d["unit"])


@dataclass(kw_only=True)
class AidDistribution(Record):
    TYPE: ClassVar[str] = "aid"
    IDENTIFYING: ClassVar[tuple[str, ...]] = ()

    date: str = ""
    case_id: str = ""
    category: str = "other"
    items: list[AidItem] = field(default_factory=list)
    value: float | None = None
    currency: str | None = None
    province: str | None = None
    place: str = ""
    notes: str = ""

    @classmethod
    def from_data(cls, data: dict[str, Any], **meta: Any) -> AidDistribution:
        d = dict(data)
        d["items"] = [AidItem.from_dict(i) for i in d.get("items", [])]
        return cls(**d, **meta)


def consent_in_force(consent: Mapping[str, Any]) -> bool:
    """The one rule for a consent (as stored: a record's `consents` item): it counts when it was given
    and has not been withdrawn. Lists, search facets and reports all ask this function."""
    return bool(consent.get("given")) and not consent.get("withdrawn_on")


def scopes_in_force(consents: Iterable[Mapping[str, Any]]) -> list[str]:
    """The scopes with a consent in force, each once, in the order the record lists them."""
    return list(dict.fromkeys(c["scope"] for c in consents if consent_in_force(c)))


@dataclass
class Consent:
    """One scope of consent, when and how it was given, and its withdrawal if any."""

    scope: str
    given: bool
    date: str
    method: str
    withdrawn_on: str | None = None
    withdrawal_method: str | None = None
    notes: str = ""

    @property
    def in_force(self) -> bool:
        return consent_in_force(self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        return {
            "scope": self.scope, "given": self.given, "date": self.date, "method": self.method,
            "withdrawn_on": self.withdrawn_on, "withdrawal_method": self.withdrawal_method,
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Consent:
        return cls(**d)


@dataclass
class IncidentDate:
    """A date known to a precision: `2009`, `2009-03` or `2009-03-14`; `approximate` means about then."""

    value: str
    precision: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> IncidentDate | None:
        return cls(**d) if d else None


@dataclass
class IncidentPlace:
    kind: str
    province: str | None = None
    facility_type: str | None = None
    name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "province": self.province, "facility_type": self.facility_type,
                "name": self.name}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> IncidentPlace | None:
        return cls(**d) if d else None


@dataclass
class Incident:
    violation_types: list[str]
    id: str = field(default_factory=new_id)
    date: IncidentDate | None = None
    place: IncidentPlace | None = None
    perpetrator: str | None = None
    victim_relation: str = "self"
    victim_case_id: str | None = None
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "violation_types": list(self.violation_types),
            "date": self.date.to_dict() if self.date else None,
            "place": self.place.to_dict() if self.place else None,
            "perpetrator": self.perpetrator, "victim_relation": self.victim_relation,
            "victim_case_id": self.victim_case_id, "description": self.description,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Incident:
        d = dict(d)
        d["date"] = IncidentDate.from_dict(d.get("date"))
        d["place"] = IncidentPlace.from_dict(d.get("place"))
        return cls(**d)


@dataclass(kw_only=True)
class Testimony(Record):
    TYPE: ClassVar[str] = "testimony"
    IDENTIFYING: ClassVar[tuple[str, ...]] = ()

    witness_case_id: str = ""
    interview_date: str = ""
    interviewer: str = ""
    language: str = "ko"
    interpreter: str | None = None
    source_type: str = "direct"
    narrative: str = ""
    consents: list[Consent] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    notes: str = ""
    # The interviewer's grading (Admiralty scale: A-F for the source, 1-6 for the information), or None.
    source_reliability: str | None = None
    information_credibility: str | None = None

    def consent_in_force(self, scope: str) -> bool:
        return scope in scopes_in_force(c.to_dict() for c in self.consents)

    @classmethod
    def from_data(cls, data: dict[str, Any], **meta: Any) -> Testimony:
        d = dict(data)
        d["consents"] = [Consent.from_dict(c) for c in d.get("consents", [])]
        d["incidents"] = [Incident.from_dict(i) for i in d.get("incidents", [])]
        return cls(**d, **meta)


@dataclass(kw_only=True)
class Attachment(Record):
    """A photo, scan or recording attached to a record; the bytes live in the vault, by SHA-256."""

    TYPE: ClassVar[str] = "attachment"
    IDENTIFYING: ClassVar[tuple[str, ...]] = ()

    owner_id: str = ""
    filename: str = ""
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    identifying: bool = False
    caption: str = ""
    # Provenance of the file as picked: its hash, what was removed, whether it held a GPS position.
    original_sha256: str | None = None
    metadata: dict[str, Any] | None = None
    kind: str = "working"            # "original": the unaltered file kept as evidence
    derived_from: str | None = None  # the kept original this working copy was made from

    @classmethod
    def from_data(cls, data: dict[str, Any], **meta: Any) -> Attachment:
        return cls(**data, **meta)


@dataclass(kw_only=True)
class PersonLink(Record):
    """HQ's decision on two cases: the same person (`same`) or not (`different`). One record per pair."""

    TYPE: ClassVar[str] = "person_link"
    IDENTIFYING: ClassVar[tuple[str, ...]] = ()

    case_ids: list[str] = field(default_factory=list)
    decision: str = "same"
    note: str = ""

    @classmethod
    def from_data(cls, data: dict[str, Any], **meta: Any) -> PersonLink:
        return cls(**data, **meta)


@dataclass(kw_only=True)
class Event(Record):
    """HQ: incidents told in several testimonies that are one and the same event."""

    TYPE: ClassVar[str] = "event"
    IDENTIFYING: ClassVar[tuple[str, ...]] = ()

    incidents: list[dict[str, str]] = field(default_factory=list)  # {"testimony_id", "incident_id"}
    title: str = ""
    note: str = ""

    @classmethod
    def from_data(cls, data: dict[str, Any], **meta: Any) -> Event:
        return cls(**data, **meta)


@dataclass(kw_only=True)
class Assessment(Record):
    """HQ's own grading of a testimony, beside the interviewer's. One record per testimony."""

    TYPE: ClassVar[str] = "assessment"
    IDENTIFYING: ClassVar[tuple[str, ...]] = ()

    testimony_id: str = ""
    source_reliability: str | None = None
    information_credibility: str | None = None
    note: str = ""

    @classmethod
    def from_data(cls, data: dict[str, Any], **meta: Any) -> Assessment:
        return cls(**data, **meta)


RECORD_TYPES: dict[str, type[Record]] = {
    cls.TYPE: cls for cls in (Case, AidDistribution, Testimony, Attachment, PersonLink, Event, Assessment)
}
# Records only headquarters makes: a device's bundle may carry them, but nothing at HQ acts on those.
HQ_RECORD_TYPES = frozenset({"person_link", "event", "assessment"})


def record_from_envelope(env: dict[str, Any]) -> Record:
    """Build the dataclass for a validated envelope (tombstones keep only their metadata)."""
    cls = RECORD_TYPES[env["type"]]
    meta = {
        "id": env["id"], "created_at": env["created_at"], "updated_at": env["updated_at"],
        "origin_device": env["origin_device"], "version": Version.from_dict(env.get("version")),
        "parent": Version.from_dict(env.get("parent")), "deleted": bool(env.get("deleted")),
        "reason": env.get("reason"),
    }
    data = {} if meta["deleted"] else env.get("data", {})
    return cls.from_data(data, **meta)
