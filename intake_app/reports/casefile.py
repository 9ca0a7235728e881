"""The case file for a UN mechanism (special rapporteur, working group) as PDF bytes, built in memory.

fpdf2 writes the PDF: it embeds a subset of Noto Sans CJK (the CFF-outline OpenType collection Debian's
fonts-noto-cjk ships, which some PDF libraries cannot embed), so Korean, Japanese and Chinese print right.
Only testimonies whose "UN mechanisms" consent is in force go in; identifying details only for the records
the coordinator confirmed one by one, on a page marked confidential.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake_app.domain.models import Case, Testimony, record_from_envelope, utc_now
from intake_app.domain.taxonomy import VIOLATION_TYPES, load_taxonomy
from intake_app.i18n import P_, _
from intake_app.reports.errors import ReportCancelled, ReportError
from intake_app.reports.provenance import Provenance, provenance
from intake_app.vault.vault import Vault

UN_CONSENT = "un_mechanisms"
_FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)


def cjk_font() -> Path:
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    raise ReportError(_("No Korean, Japanese and Chinese font was found, so the case file cannot be printed. "
                        "Install the Noto CJK fonts (Debian: fonts-noto-cjk)."))


@dataclass(frozen=True)
class CaseEntry:
    testimony: Testimony
    witness: Case | None
    identify: bool
    provenance: Provenance


def gather(vault: Vault, testimony_ids: Sequence[str], identify: Collection[str] = ()) -> list[CaseEntry]:
    """The testimonies asked for, refused as a whole if one is missing or lacks UN-mechanisms consent."""
    if not testimony_ids:
        raise ReportError(_("Choose at least one testimony for the case file."))
    entries = []
    with vault.reading() as conn:
        for tid in dict.fromkeys(testimony_ids):
            row = conn.execute("SELECT body FROM records WHERE id = ? AND type = 'testimony' AND deleted = 0",
                               (tid,)).fetchone()
            if row is None:
                raise ReportError(_("There is no testimony {id}.").format(id=tid))
            testimony = record_from_envelope(json.loads(row[0]))
            if not isinstance(testimony, Testimony) or not testimony.consent_in_force(UN_CONSENT):
                raise ReportError(_("Testimony {id} has no \"UN mechanisms\" consent in force: it cannot go in a "
                                    "case file.").format(id=tid))
            case_row = conn.execute("SELECT body FROM records WHERE id = ? AND deleted = 0",
                                    (testimony.witness_case_id,)).fetchone()
            witness = record_from_envelope(json.loads(case_row[0])) if case_row else None
            entries.append(CaseEntry(testimony, witness if isinstance(witness, Case) else None, tid in identify,
                                     provenance(conn, tid)))
    return entries


class _Writer:
    """A4 pages in Noto Sans CJK (bold where the collection's bold face is installed), page numbers below."""

    def __init__(self, confidential: bool) -> None:
        from fpdf import FPDF

        footer_mark = _("CONFIDENTIAL") if confidential else ""
        page_text = _("Page {n} of {total}")

        class _Pdf(FPDF):  # type: ignore[misc]
            def footer(self) -> None:
                self.set_y(-12)
                self.set_font("cjk", size=8)
                text = page_text.format(n=self.page_no(), total="{nb}")
                self.cell(0, 5, f"{footer_mark}    {text}" if footer_mark else text, align="C")

        pdf = _Pdf(format="A4")
        pdf.set_auto_page_break(auto=True, margin=18)
        pdf.set_margins(18, 16, 18)
        regular = cjk_font()
        bold = regular.with_name(regular.name.replace("Regular", "Bold"))
        pdf.add_font("cjk", fname=str(regular))
        pdf.add_font("cjk", style="B", fname=str(bold if bold != regular and bold.is_file() else regular))
        pdf.set_creator("Field Intake")
        self.pdf = pdf

    def heading(self, text: str, size: int = 14) -> None:
        self.pdf.set_font("cjk", style="B", size=size)
        self.pdf.multi_cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.pdf.ln(1.5)

    def subheading(self, text: str) -> None:
        self.pdf.ln(1)
        self.heading(text, 11)

    def line(self, text: str, size: int = 10, bold: bool = False) -> None:
        self.pdf.set_font("cjk", style="B" if bold else "", size=size)
        self.pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")

    def pair(self, label: str, value: Any, size: int = 10) -> None:
        """The label in bold, the value after it; a long value wraps under itself, not under the label."""
        pdf = self.pdf
        shown = str(value) if value not in (None, "") else "-"
        pdf.set_font("cjk", style="B", size=size)
        label_text = f"{label}: "
        width = min(pdf.get_string_width(label_text) + 0.5, pdf.epw * 0.45)
        pdf.cell(width, size * 0.5, label_text)
        pdf.set_font("cjk", size=size)
        pdf.multi_cell(0, size * 0.5, shown, new_x="LMARGIN", new_y="NEXT", align="L")

    def rule(self) -> None:
        pdf = self.pdf
        pdf.ln(2)
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(4)

    def gap(self) -> None:
        self.pdf.ln(3)


def build_casefile(vault: Vault, testimony_ids: Sequence[str], *, identify: Collection[str] = (),
                   lang: str = "en", organisation: str | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> bytes:
    """The PDF's bytes. `identify`: ids of testimonies whose identifying details the coordinator confirmed;
    `organisation`: who prepared it (by default the organisation of the deployment profile)."""
    entries = gather(vault, testimony_ids, identify)
    taxonomy = load_taxonomy()
    w = _Writer(confidential=any(e.identify for e in entries))
    pdf = w.pdf
    pdf.add_page()
    if organisation is None:
        from intake_app.sync.profile import current_profile

        profile = current_profile(vault)
        organisation = profile.organisation if profile else ""
    _cover(w, organisation, entries)
    for n, entry in enumerate(entries, 1):
        if cancelled is not None and cancelled():
            raise ReportCancelled(_("Cancelled; nothing was written."))
        t = entry.testimony
        if n > 1:
            pdf.add_page()  # each later testimony on a page of its own, so it can be passed on alone
        w.heading(_("Testimony {n} of {total}").format(n=n, total=len(entries)))
        if entry.witness is not None:
            w.pair(_("Witness (alias)"), entry.witness.alias)
            w.pair(_("Case code"), entry.witness.code)
        w.pair(_("Interview date"), t.interview_date)
        w.pair(_("Language"), taxonomy.label("interview_languages", t.language, lang) if t.language else "")
        w.pair(_("Source"), taxonomy.label("source_types", t.source_type, lang))
        if entry.identify and entry.witness is not None:
            w.gap()
            w.subheading(_("CONFIDENTIAL - identifying details"))
            for key in Case.IDENTIFYING:
                w.pair(key.replace("_", " "), getattr(entry.witness, key))
        for i, incident in enumerate(t.incidents, 1):
            w.subheading(_("Incident {n}").format(n=i))
            when = incident.date
            w.pair(_("Date"), f"{when.value} ({taxonomy.label('date_precisions', when.precision, lang)})"
                   if when else _("unknown"))
            place = incident.place
            if place is not None:
                parts = [taxonomy.label("place_kinds", place.kind, lang)]
                if place.province:
                    parts.append(_province_label(taxonomy, place.province, lang))
                if place.facility_type:
                    parts.append(taxonomy.label("facility_types", place.facility_type, lang))
                if place.name:
                    parts.append(place.name)
                w.pair(_("Place"), ", ".join(parts))
            if incident.perpetrator:
                w.pair(_("Perpetrator"), taxonomy.label("perpetrators", incident.perpetrator, lang))
            for v in incident.violation_types:
                articles = taxonomy.articles_text(v) if v in taxonomy.keys(VIOLATION_TYPES) else ""
                w.pair(_("Violation"), f"{taxonomy.label(VIOLATION_TYPES, v, lang)} ({articles})")
            if incident.description:
                w.line(incident.description)
        w.subheading(_("Narrative"))
        w.line(t.narrative or "-")
        _provenance(w, entry.provenance)
        if progress is not None:
            progress(n, len(entries))
    return bytes(pdf.output())


def _cover(w: _Writer, organisation: str, entries: Sequence[CaseEntry]) -> None:
    """The first page's top: what the file is, who prepared it and when, what it holds; the first testimony
    follows on the same page."""
    w.heading(_("Case file for a United Nations human rights mechanism"), 17)
    w.pair(_("Prepared by"), organisation)
    w.pair(_("Prepared on"), utc_now()[:10])
    w.pair(_("Testimonies"), len(entries))
    days = sorted(e.testimony.interview_date for e in entries if e.testimony.interview_date)
    if days:
        w.pair(_("Interviews"), days[0] if days[0] == days[-1] else f"{days[0]} – {days[-1]}")
    w.line(P_("The testimony was given with consent to share it with UN mechanisms.",
              "Each testimony was given with consent to share it with UN mechanisms.", len(entries)))
    if any(e.identify for e in entries):
        w.gap()
        w.line(_("CONFIDENTIAL: this file holds identifying details of people at risk. Share it only with the "
                 "mechanism it is meant for."), 11, bold=True)
    w.subheading(_("Contents"))
    for n, entry in enumerate(entries, 1):
        code = entry.witness.code if entry.witness is not None else entry.testimony.id[:8]
        incidents = P_("{n} incident", "{n} incidents", len(entry.testimony.incidents)).format(
            n=len(entry.testimony.incidents))
        w.line(f"{n}.  {code}  ·  {entry.testimony.interview_date or '-'}  ·  {incidents}")
    w.rule()


def _provenance(w: _Writer, prov: Provenance) -> None:
    w.subheading(_("Provenance"))
    w.pair(_("Record id"), prov.record_id)
    w.pair(_("Origin device"), prov.origin_device)
    for v in prov.versions:
        w.pair(_("Version"), v.version + (" " + _("(current)") if v.is_head else ""))
        w.pair(_("Device key fingerprint"), v.device_fingerprint)
        w.pair(_("Bundle id"), v.bundle_id)
        w.pair(_("Bundle SHA-256"), v.bundle_sha256)
        w.pair(_("Imported at"), v.imported_at)
        w.pair(_("Audit chain position"), v.audit_seq)
    for a in prov.attachments:
        w.pair(_("Attachment SHA-256"), f"{a.sha256} ({a.filename}, {a.size} B)")
        if a.original_sha256 and a.original_sha256 != a.sha256:
            w.pair(_("SHA-256 of the original file"), a.original_sha256)


def _province_label(taxonomy: Any, key: str, lang: str) -> str:
    """A place's province is a key of the North Korean or of the Chinese list (the place's kind says which)."""
    for list_name in ("dprk_provinces", "china_provinces"):
        label = taxonomy.label(list_name, key, lang)
        if label != key:
            return label
    return key
