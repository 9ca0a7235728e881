"""`duplicates`, `events` and `assessments` on the command line, as a coordinator would type them."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.domain.models import Incident, IncidentDate, IncidentPlace
from intake_app.hq import identity
from intake_app.vault.records import RecordStore
from intake_app.vault.search import SearchQuery, search
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import make_case, make_testimony
from tests.core.test_cli import pwfile, run

__all__ = ["pwfile"]


@pytest.fixture
def hq_dir(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    base = tmp_path / "hq"
    vault, _r = Vault.create(base, PASSPHRASE, Role.HQ)
    store = RecordStore(vault)
    a = make_case(store, "A", sex="female", birth_year=1990, province_of_origin="ryanggang")
    b = make_case(store, "B", sex="female", birth_year=1990, province_of_origin="ryanggang")
    incidents = [Incident(["torture"], date=IncidentDate("2010-03", "month"),
                          place=IncidentPlace("dprk_province", province="ryanggang"))]
    ta = make_testimony(store, a.id, incidents=incidents)
    tb = make_testimony(store, b.id, incidents=[Incident(["torture"], date=IncidentDate("2010", "year"),
                                                         place=IncidentPlace("dprk_province", province="ryanggang"))])
    vault.close()
    return base, {"a": a.id, "a_code": a.code, "b": b.id, "ta": ta.id, "ia": ta.incidents[0].id,
                  "ib": tb.incidents[0].id}


def test_duplicates_confirm_and_reject(capsys, hq_dir, pwfile) -> None:
    base, ids = hq_dir
    common = ("--data-dir", str(base), "--passphrase-file", str(pwfile))
    code, out, _err = run(capsys, *common, "duplicates", "confirm", ids["a_code"], ids["b"], "--reason", "same")
    assert code == 0 and "one person" in out
    vault = Vault.open(base, passphrase=PASSPHRASE)
    with vault.reading() as conn:
        assert len(set(identity.person_map(conn).values())) == 1
    vault.close()
    code, out, _err = run(capsys, *common, "duplicates", "reject", ids["a"], ids["b"])
    assert code == 0 and "different people" in out
    code, out, err = run(capsys, *common, "duplicates", "confirm", ids["a"], "ZZZ-ZZZZ")
    assert code == 2 and "ZZZ-ZZZZ" in err
    code, out, _err = run(capsys, *common, "duplicates", "list")
    assert code == 0 and "0 candidate pairs." in out  # decided pairs are not proposed again


def test_events_link_list_unlink(capsys, hq_dir, pwfile) -> None:
    base, ids = hq_dir
    common = ("--data-dir", str(base), "--passphrase-file", str(pwfile))
    code, out, _err = run(capsys, *common, "events", "list", "--suggestions")
    assert code == 0 and ids["ia"] in out and ids["ib"] in out and "1 suggestion." in out
    code, out, _err = run(capsys, *common, "events", "link", ids["ia"], ids["ib"], "--title", "Hyesan 2010")
    assert code == 0
    code, out, _err = run(capsys, *common, "events", "list")
    assert code == 0 and "Hyesan 2010" in out and "2 witnesses" in out and "corroborated" in out
    code, out, _err = run(capsys, *common, "events", "unlink", ids["ia"])
    assert code == 0 and "2 incidents left their events." in out
    code, _out, err = run(capsys, *common, "events", "link", ids["ia"])
    assert code == 2 and "two incidents" in err


def test_assessments_and_credibility_filters(capsys, hq_dir, pwfile) -> None:
    base, ids = hq_dir
    common = ("--data-dir", str(base), "--passphrase-file", str(pwfile))
    code, out, _err = run(capsys, *common, "assessments", "set", ids["ta"], "--reliability", "B",
                          "--credibility", "2", "--reason", "checked against a second account")
    assert code == 0 and "source B, information 2" in out
    code, _out, err = run(capsys, *common, "assessments", "set", ids["ta"], "--reliability", "Q")
    assert code == 2 and "q" in err
    vault = Vault.open(base, passphrase=PASSPHRASE)
    from intake_app.hq.credibility import effective_grades
    with vault.reading() as conn:
        grades = effective_grades(conn)
    assert grades[ids["ta"]].by == "hq" and grades[ids["ta"]].source_reliability == "b"
    rows = search(vault, SearchQuery(facets={"information_credibility": "c2"}))
    assert [r.type for r in rows] == ["assessment"]
    vault.close()
    code, out, _err = run(capsys, *common, "assessments", "show", ids["ta"])
    assert code == 0 and "Headquarters: source B, information 2" in out
