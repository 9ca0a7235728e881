"""Credibility: the interviewer's grading of a testimony, and headquarters' own, kept apart.

Two separate scales, as the OHCHR Manual on Human Rights Monitoring (chapter on assessing information) asks:
how reliable the source is, and how credible the information is, judged independently. The grades are the
common "Admiralty" scale (NATO AJP-2.1; also used by OSINT and human-rights investigators): source reliability
A (completely reliable) to E (unreliable), F (cannot be judged); information credibility 1 (confirmed by
other sources) to 5 (improbable), 6 (cannot be judged). Keys in `schemas/taxonomy.json` (`source_reliability`
a-f, `information_credibility` c1-c6), labelled in every language.

The interviewer's grading is part of the testimony. HQ's is an `assessment` record (one per testimony, HQ
origin), so a changed assessment is a new version and the interviewer's is never overwritten. Statistics use
`effective_grades`: HQ's assessment where there is one, else the interviewer's.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from intake_app.domain.models import Assessment, Testimony
from intake_app.domain.taxonomy import load_taxonomy
from intake_app.errors import IntakeError
from intake_app.i18n import _
from intake_app.sync import keystore
from intake_app.vault.connection import Connection
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault

_NAMESPACE = uuid.UUID("0d6f3f0e-2f0a-4b8e-93f1-5d3c8a1c7b42")


class AssessmentError(IntakeError):
    exit_code = 2


@dataclass(frozen=True)
class Grades:
    source_reliability: str | None
    information_credibility: str | None
    by: str  # "hq" or "field"


def assessment_id(testimony_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"assessment\n{testimony_id}"))


def _check(list_name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    value = value.strip().lower()
    if list_name == "information_credibility" and value.isdigit():
        value = "c" + value  # "2" means c2
    if value not in load_taxonomy().keys(list_name):
        raise AssessmentError(_("“{value}” is not a grade of this scale (allowed: {allowed}).").format(
            value=value, allowed=", ".join(sorted(load_taxonomy().keys(list_name)))))
    return value


def assess(vault: Vault, testimony_id: str, *, reliability: str | None, credibility: str | None,
           note: str = "", reason: str | None = None) -> Assessment:
    """HQ's grading of a testimony, as a new version of its assessment record."""
    keystore.require_role(vault, Role.HQ)
    store = RecordStore(vault)
    if not isinstance(store.get(testimony_id), Testimony):
        raise AssessmentError(_("No testimony with the id {id}.").format(id=testimony_id))
    existing = store.get(assessment_id(testimony_id))
    record = Assessment(id=assessment_id(testimony_id), testimony_id=testimony_id,
                        source_reliability=_check("source_reliability", reliability),
                        information_credibility=_check("information_credibility", credibility), note=note,
                        version=existing.version if existing is not None else None)
    saved = store.save(record, reason=reason)
    assert isinstance(saved, Assessment)  # noqa: S101 - save returns the type it was given
    return saved


def effective_grades(conn: Connection) -> dict[str, Grades]:
    """Testimony id -> the grades that count: HQ's own assessment where there is one, else the interviewer's."""
    out: dict[str, Grades] = {}
    for (body,) in conn.execute("SELECT body FROM records WHERE type = 'testimony' AND deleted = 0"):
        env = json.loads(body)
        data = env["data"]
        out[env["id"]] = Grades(data.get("source_reliability"), data.get("information_credibility"), "field")
    hq_device = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    for (body,) in conn.execute("SELECT body FROM records WHERE type = 'assessment' AND deleted = 0"
                                " AND origin_device = ?", (hq_device[0] if hq_device else "",)):
        data = json.loads(body)["data"]
        if data["testimony_id"] in out:
            out[data["testimony_id"]] = Grades(data.get("source_reliability"), data.get("information_credibility"),
                                               "hq")
    return out
