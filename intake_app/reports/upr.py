"""The draft of a Universal Periodic Review submission as .docx bytes (python-docx, built in memory).

OHCHR asks for a Word document with numbered paragraphs. The draft has the submitting organisations (from
the deployment profile), the period, what is counted, then one section per UPR theme in the order of the
submission the taxonomy grew from: its statistics and chart, the treaty articles concerned, the excerpts
the coordinator chose (only from testimonies whose "UN mechanisms" or "named publication" consent is in
force), and an empty recommendations section for the authors.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from intake_app.domain.taxonomy import THEMES, VIOLATION_TYPES, load_taxonomy
from intake_app.i18n import _
from intake_app.reports import chart_worker
from intake_app.reports.chart_worker import ChartSpec, draw_all
from intake_app.reports.dataset import Period
from intake_app.reports.errors import ReportCancelled, ReportError
from intake_app.reports.stats import StatsQuery, StatsReport, compute, load, release
from intake_app.vault.vault import Vault

EXCERPT_CONSENTS = ("un_mechanisms", "named_publication")
EXCERPT_CHARS = 600
WORDS_PER_PAGE = 450          # 12-point text on A4 with the margins OHCHR asks for
CHART_PAGES = 0.35


@dataclass(frozen=True)
class Excerpt:
    testimony_id: str
    text: str
    theme: str


@dataclass(frozen=True)
class UprDraft:
    data: bytes
    pages: int     # estimate, shown to the authors: submissions have a page limit


def excerpt_candidates(vault: Vault, period: Period) -> list[tuple[str, str, str, str]]:
    """(testimony id, interview date, theme, opening of the narrative) for every testimony that may be quoted."""
    taxonomy = load_taxonomy()
    theme_of = {v.key: v.theme for v in taxonomy.violation_types}
    out = []
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT r.id, r.body FROM records r JOIN record_facets f ON f.rid = r.rid"
            " WHERE r.type = 'testimony' AND r.deleted = 0 AND f.facet = 'consent' AND f.value IN (?, ?)"
            " GROUP BY r.id ORDER BY r.event_date", EXCERPT_CONSENTS).fetchall()
    for tid, body in rows:
        data = json.loads(body)["data"]
        if not period.contains_day(data.get("interview_date")):
            continue
        themes = [theme_of.get(v, "") for i in data.get("incidents", []) for v in i["violation_types"]]
        out.append((tid, data["interview_date"], themes[0] if themes else "", _opening(data.get("narrative", ""))))
    return out


def _opening(narrative: str) -> str:
    text = " ".join(narrative.split())
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"


def check_excerpts(vault: Vault, chosen: Sequence[str]) -> list[Excerpt]:
    """The excerpts of the chosen testimonies; refused if one is missing or may not be quoted."""
    taxonomy = load_taxonomy()
    theme_of = {v.key: v.theme for v in taxonomy.violation_types}
    out = []
    with vault.reading() as conn:
        for tid in dict.fromkeys(chosen):
            row = conn.execute("SELECT body FROM records WHERE id = ? AND type = 'testimony' AND deleted = 0",
                               (tid,)).fetchone()
            if row is None:
                raise ReportError(_("There is no testimony {id}.").format(id=tid))
            data = json.loads(row[0])["data"]
            if not any(c["scope"] in EXCERPT_CONSENTS and c["given"] and not c.get("withdrawn_on")
                       for c in data.get("consents", [])):
                raise ReportError(_("Testimony {id} may not be quoted: neither its \"UN mechanisms\" nor its "
                                    "\"named publication\" consent is in force.").format(id=tid))
            themes = [theme_of.get(v, "") for i in data.get("incidents", []) for v in i["violation_types"]]
            out.append(Excerpt(tid, _opening(data.get("narrative", "")), themes[0] if themes else ""))
    return out


def build_upr(vault: Vault, period: Period, *, excerpts: Sequence[str] = (), k: int = 5, lang: str = "en",
              organisations: Sequence[str] = (), progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> UprDraft:
    from docx import Document
    from docx.shared import Inches, Pt

    from intake_app.sync.profile import current_profile

    taxonomy = load_taxonomy()
    chosen = check_excerpts(vault, excerpts)
    chart_worker.warm_up()  # matplotlib starts in the helper while the vault is read
    total_steps = len(taxonomy.themes) + 2

    def step(n: int) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled(_("Cancelled; nothing was written."))
        if progress is not None:
            progress(n, total_steps)

    step(0)
    loaded = load(vault, "testimony", period, cancelled)
    # By violation type first: the count by theme is then made from its sets, without reading the units again.
    by_violation = compute(vault, StatsQuery(period, ("violation",), k), lang=lang, loaded=loaded)
    by_theme = compute(vault, StatsQuery(period, ("theme",), k), lang=lang, loaded=loaded)
    release(loaded)
    step(1)
    if not organisations:
        profile = current_profile(vault)
        organisations = [o.strip() for o in (profile.organisation if profile else "").split(";") if o.strip()]

    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(11)
    words = 0

    def numbered(text: str) -> None:
        nonlocal words
        doc.add_paragraph(text, style="List Number")
        words += len(text.split())

    doc.add_heading(_("Universal Periodic Review: submission (draft)"), level=0)
    doc.add_heading(_("Submitting organisations"), level=1)
    for org in organisations or [_("(name the submitting organisations)")]:
        doc.add_paragraph(org, style="List Bullet")
    numbered(_("This submission covers {start} to {end}.").format(start=period.start, end=period.end))
    for note in by_theme.notes()[1:]:
        numbered(note)
    sections = []
    for theme in taxonomy.themes:
        rows = _violation_rows(by_violation, theme.key, lang)
        values = [r[4] for r in rows]
        chart = (ChartSpec([r[0] for r in rows], values, _("Victims by violation type"),
                           _("hidden (<{k})").format(k=k), height=max(1.6, 0.35 * len(rows) + 0.9))
                 if any(v for v in values) else None)
        sections.append((theme, rows, chart))
    pictures = iter(draw_all([chart for _theme, _rows, chart in sections if chart is not None]))
    charts = 0
    for n, (theme, rows, chart) in enumerate(sections, 1):
        step(n + 1)
        doc.add_heading(f"{n}. {taxonomy.label(THEMES, theme.key, lang)}", level=1)
        theme_row = by_theme.tables[0].row_keys.index(theme.key) if theme.key in by_theme.tables[0].row_keys else None
        numbered(_theme_sentence(by_theme, theme_row))
        if rows:
            table = doc.add_table(rows=1, cols=4)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, (_("Violation"), _("Victims"), _("Incidents"),
                                                        _("Treaty articles")), strict=True):
                cell.text = text
            for row in rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row[:4], strict=True):
                    cell.text = str(text)
            words += 8 * len(rows)
            if chart is not None:
                doc.add_picture(io.BytesIO(next(pictures)), width=Inches(6))
                charts += 1
            articles = sorted({a for v in taxonomy.violation_types if v.theme == theme.key for a in v.article_refs()})
            numbered(_("Treaty articles concerned: {articles}.").format(articles="; ".join(articles)))
        for excerpt in [e for e in chosen if e.theme == theme.key]:
            numbered(_("A witness said (testimony {code}):").format(code=excerpt.testimony_id[:8]))
            quote = doc.add_paragraph(excerpt.text, style="Quote")
            words += len(quote.text.split())
        doc.add_heading(_("Recommendations"), level=2)
        numbered(_("(to be written by the authors)"))
    step(total_steps)
    pages = max(1, round(words / WORDS_PER_PAGE + charts * CHART_PAGES + 0.5))
    doc.core_properties.title = _("Universal Periodic Review: submission (draft)")
    doc.core_properties.author = ", ".join(organisations)
    buffer = io.BytesIO()
    doc.save(buffer)
    return UprDraft(buffer.getvalue(), pages)


def _theme_sentence(report: StatsReport, row: int | None) -> str:
    tables = {t.measure: t for t in report.tables}
    if row is None:
        return _("No testimony counted in this period concerns this theme.")
    k = report.query.k
    victims, incidents, testimonies = (tables[m].shown((row, 0), k) for m in ("victims", "incidents", "testimonies"))
    return _("Under this theme in this period: testimonies {testimonies}; incidents {incidents}; victims "
             "{victims} (each person counted once).").format(
        testimonies=testimonies, incidents=incidents, victims=victims)


def _violation_rows(report: StatsReport, theme: str, lang: str) -> list[tuple[Any, ...]]:
    taxonomy = load_taxonomy()
    tables = {t.measure: t for t in report.tables}
    victims, incidents = tables["victims"], tables["incidents"]
    k = report.query.k
    rows = []
    for r, key in enumerate(victims.row_keys):
        if key not in taxonomy.keys(VIOLATION_TYPES) or taxonomy.violation(key).theme != theme:
            continue
        rows.append((taxonomy.label(VIOLATION_TYPES, key, lang), victims.shown((r, 0), k),
                     incidents.shown((r, 0), k), taxonomy.articles_text(key), victims.published((r, 0))))
    return rows
