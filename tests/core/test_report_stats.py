"""Counting rules on a hand-made vault with known answers; consent decides; identifying fields never leave."""

from __future__ import annotations

import json

import pytest

from intake_app.domain import models
from intake_app.domain.models import Consent, Incident, IncidentDate
from intake_app.reports.dataset import Period
from intake_app.reports.errors import ReportError
from intake_app.reports.stats import StatsQuery, compute, parse_dimensions
from intake_app.reports.tabular import stats_csv, stats_json, stats_xlsx
from intake_app.vault.records import RecordStore
from tests.core.helpers import make_case, make_testimony

CANARY = "CANARY-7f3a"
STATS = Consent("anonymised_stats", True, "2026-03-02", "oral")
PERIOD = Period("1990-01-01", "2026-12-31")


def incident(violations: list[str], when: str | None, **kw: object) -> Incident:
    precision = {4: "year", 7: "month"}.get(len(when or ""), "day")
    return Incident(violations, date=IncidentDate(when, precision) if when else None, **kw)  # type: ignore[arg-type]


def record_testimony(store: RecordStore, case_id: str, incidents: list[Incident], consents: list[Consent] | None = None,
            **kw: object) -> models.Testimony:
    return make_testimony(store, case_id, narrative=f"narrative {CANARY}", incidents=incidents,
                          consents=[STATS] if consents is None else consents, **kw)


@pytest.fixture
def store(vault: object) -> RecordStore:
    return RecordStore(vault)  # type: ignore[arg-type]


def cases(store: RecordStore, n: int, **kw: object) -> list[str]:
    return [make_case(store, f"Alias {i}", legal_name=f"{CANARY} name {i}", phone=f"{CANARY}-phone",
                      address=f"{CANARY} street", birth_date="1980-02-03", birth_year=1980, **kw).id
            for i in range(n)]


def cell(report: object, measure: str, row: str) -> float:
    table = next(t for t in report.tables if t.measure == measure)  # type: ignore[attr-defined]
    return table.values.get((table.row_keys.index(row), 0), 0)


def test_a_person_counts_once_per_cell_and_once_in_the_total(vault: object, store: RecordStore) -> None:
    (a,) = cases(store, 1)
    # Two testimonies of one person: torture twice (same theme) and a forced abortion (another theme).
    record_testimony(store, a, [incident(["torture"], "2009-05-01"),
                                incident(["torture", "arbitrary_detention"], "2010")])
    record_testimony(store, a, [incident(["forced_labour"], "2011-02")])
    report = compute(vault, StatsQuery(PERIOD, ("violation",), k=3))  # type: ignore[arg-type]
    assert cell(report, "victims", "torture") == 1
    assert cell(report, "incidents", "torture") == 2
    assert cell(report, "testimonies", "torture") == 1
    victims = next(t for t in report.tables if t.measure == "victims")
    assert victims.values[(victims.layout.rows, 0)] == 1      # the total counts the person once
    assert report.included == 2


def test_year_respects_date_precision_and_unknown(vault: object, store: RecordStore) -> None:
    ids = cases(store, 3)
    record_testimony(store, ids[0], [incident(["torture"], "2009")])
    record_testimony(store, ids[1], [incident(["torture"], "2009-11-30")])
    record_testimony(store, ids[2], [incident(["torture"], None)])
    report = compute(vault, StatsQuery(PERIOD, ("year",), k=3))  # type: ignore[arg-type]
    assert cell(report, "incidents", "2009") == 2
    assert cell(report, "incidents", "unknown") == 1


def test_consent_decides_and_withdrawal_applies_to_the_next_report(vault: object, store: RecordStore) -> None:
    ids = cases(store, 4)
    kept = record_testimony(store, ids[0], [incident(["torture"], "2009-05-01")])
    record_testimony(store, ids[1], [incident(["torture"], "2009-05-01")])
    record_testimony(store, ids[2], [incident(["torture"], "2009-05-01")], consents=[])
    record_testimony(store, ids[3], [incident(["torture"], "2009-05-01")],
            consents=[Consent("anonymised_stats", True, "2026-01-01", "oral", withdrawn_on="2026-02-01")])
    report = compute(vault, StatsQuery(PERIOD, ("theme",), k=3))  # type: ignore[arg-type]
    assert report.included == 2
    assert (report.exclusions.no_consent, report.exclusions.withdrawn) == (1, 1)
    assert any("1" in note and "withdrawn" in note for note in report.notes())
    kept.consents = [Consent("anonymised_stats", True, "2026-01-01", "oral", withdrawn_on="2026-04-01")]
    store.save(kept)
    again = compute(vault, StatsQuery(PERIOD, ("theme",), k=3))  # type: ignore[arg-type]
    assert again.included == 1 and again.exclusions.withdrawn == 2


def test_age_band_and_sex_of_the_victim(vault: object, store: RecordStore) -> None:
    (a,) = cases(store, 1)
    record_testimony(store, a, [incident(["torture"], "1995-01-01"), incident(["torture"], "2000-06-01")])
    report = compute(vault, StatsQuery(PERIOD, ("age_band", "sex"), k=3))  # type: ignore[arg-type]
    victims = next(t for t in report.tables if t.measure == "victims")
    assert victims.row_keys == ["14-17", "18-29"]
    assert victims.col_keys == [("female",)]


def test_small_cells_are_hidden_in_every_output(vault: object, store: RecordStore) -> None:
    ids = cases(store, 7)
    for case_id in ids[:6]:
        record_testimony(store, case_id, [incident(["torture"], "2009-05-01")])
    record_testimony(store, ids[6], [incident(["forced_labour"], "2009-05-01")])
    report = compute(vault, StatsQuery(PERIOD, ("violation",)))  # type: ignore[arg-type]
    doc = json.loads(stats_json(report))
    victims = next(t for t in doc["tables"] if t["measure"] == "victims")
    shown = {c["violation"]: c["value"] for c in victims["cells"]}
    assert shown["forced_labour"] == "<5"
    assert shown["torture"] == "x"   # else the total 7 minus 6 gives the hidden 1 away
    assert ",<5" in stats_csv(report).decode("utf-8-sig")


def test_no_identifying_field_or_narrative_reaches_any_statistic(vault: object, store: RecordStore) -> None:
    ids = cases(store, 6)
    for case_id in ids:
        record_testimony(store, case_id, [incident(["torture"], "2009-05-01")])
    for by in ("theme", "year,sex", "province,age_band", "perpetrator,place_kind,situation"):
        report = compute(vault, StatsQuery(PERIOD, parse_dimensions(by), k=3))  # type: ignore[arg-type]
        for data in (stats_csv(report), stats_json(report)):
            assert CANARY.encode() not in data
        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(stats_xlsx(report))) as z:
            for name in z.namelist():
                assert CANARY.encode() not in z.read(name)


@pytest.mark.parametrize("spec", ["colour", "theme,theme", "theme,category", ""])
def test_bad_dimensions_are_refused(spec: str) -> None:
    with pytest.raises(ReportError):
        parse_dimensions(spec)


def test_an_empty_period_is_refused() -> None:
    from intake_app.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        Period.parse("2020-01-02", "2020-01-01")
    with pytest.raises(ValidationFailed):
        Period.parse("2020-13-01", "2021-01-01")


def test_every_theme_has_a_labelled_row_even_when_empty(vault: object, store: RecordStore) -> None:
    from intake_app.domain.taxonomy import THEMES, load_taxonomy

    (a,) = cases(store, 1)
    record_testimony(store, a, [incident(["torture"], "2009-05-01")])
    report = compute(vault, StatsQuery(PERIOD, ("theme",), k=3))  # type: ignore[arg-type]
    taxonomy = load_taxonomy()
    assert [report.label("theme", key) for key in report.tables[0].row_keys] == [
        taxonomy.label(THEMES, t.key, "en") for t in taxonomy.themes]


def test_a_body_of_unexpected_shape_is_read_leniently_or_refused_clearly() -> None:
    from intake_app.reports.dataset import _testimony_data

    lenient = _testimony_data("t1", '{"data": {"consents": [{"scope": "anonymised_stats", "given": "true"}],'
                                    ' "incidents": [{"violation_types": ["x"]}], "narrative": "skipped"}}')
    assert lenient.consents[0].given is True and lenient.incidents[0].violation_types == ["x"]
    for body in ('{"data": {"incidents": 5}}', "not json"):
        with pytest.raises(ReportError, match="t9"):
            _testimony_data("t9", body)


def _replace_body(vault: object, record_id: str, body: str) -> None:
    with vault.transaction() as conn:  # type: ignore[attr-defined]
        conn.execute("UPDATE records SET body = ? WHERE id = ?", (body, record_id))


def test_an_odd_body_among_a_thousand_is_read_leniently_and_the_rest_still_count(
        vault: object, store: RecordStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from intake_app.reports import dataset

    monkeypatch.setattr(dataset, "_BATCH", 3)  # several batches, the odd body inside the second
    (a,) = cases(store, 1)
    made = [record_testimony(store, a, [incident(["torture"], "2009-05-01")]) for _ in range(7)]
    with vault.reading() as conn:  # type: ignore[attr-defined]
        body = json.loads(conn.execute("SELECT body FROM records WHERE id = ?", (made[4].id,)).fetchone()[0])
    body["data"]["consents"][0]["given"] = "true"   # a yes/no written as text
    _replace_body(vault, made[4].id, json.dumps(body))
    report = compute(vault, StatsQuery(PERIOD, ("violation",), k=3))  # type: ignore[arg-type]
    assert cell(report, "testimonies", "torture") == 7 and report.included == 7


def test_a_body_that_is_not_json_is_named_and_nothing_is_counted(
        vault: object, store: RecordStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from intake_app.reports import dataset

    monkeypatch.setattr(dataset, "_BATCH", 3)
    (a,) = cases(store, 1)
    made = [record_testimony(store, a, [incident(["torture"], "2009-05-01")]) for _ in range(7)]
    _replace_body(vault, made[5].id, '{"data": broken')
    with pytest.raises(ReportError, match=made[5].id):
        compute(vault, StatsQuery(PERIOD, ("violation",), k=3))  # type: ignore[arg-type]


def test_the_count_by_theme_made_from_the_violation_sets_is_the_one_counted_directly(
        vault: object, store: RecordStore) -> None:
    """The UPR draft counts by violation type, then by theme from those sets: over random testimonies (people
    with several violations of one theme, hearsay, relatives without a case), both ways give the
    same numbers and hide the same cells."""
    import random

    from intake_app.reports.stats import load

    rng = random.Random(7)
    people = cases(store, 9)
    kinds = ["public_execution", "extrajudicial_killing", "enforced_disappearance", "forced_labour",
             "forced_job_assignment", "denial_of_food", "refoulement", "arrest_in_china"]
    for _ in range(60):
        incidents = [incident(rng.sample(kinds, rng.randint(1, 3)), rng.choice(["2009-05-01", "2011", None]),
                              victim_relation=rng.choice(["self", "self", "child"]))
                     for _ in range(rng.randint(1, 3))]
        record_testimony(store, rng.choice(people), incidents, source_type=rng.choice(["direct", "hearsay"]))
    for k in (3, 5):
        direct = compute(vault, StatsQuery(PERIOD, ("theme",), k=k))  # type: ignore[arg-type]
        loaded = load(vault, "testimony", PERIOD)  # type: ignore[arg-type]
        compute(vault, StatsQuery(PERIOD, ("violation",), k=k), loaded=loaded)  # type: ignore[arg-type]
        assert loaded.by_violation  # the sets were kept, so the next count really is made from them
        derived = compute(vault, StatsQuery(PERIOD, ("theme",), k=k), loaded=loaded)  # type: ignore[arg-type]
        for mine, theirs in zip(direct.tables, derived.tables, strict=True):
            assert (mine.measure, mine.row_keys, mine.values) == (theirs.measure, theirs.row_keys, theirs.values)
            assert mine.protection == theirs.protection
