"""Reports over 100,000 testimonies (`make bench`), against ceilings measured in the same run.

- statistics by violation type (testimonies, witnesses, victims, incidents, events, each distinct, consent
  checked, small cells suppressed) against the plain SQL GROUP BY that counts the same distinct things on
  the vault's own tables: at most 2x;
- the UPR submission draft (ten themes, statistics, charts, .docx): under 10 s;
- the longest stall of the event loop while the Reports page previews: under 100 ms.

The testimonies are the demo generator's, copied with new ids onto a pool of fictional witnesses (written
the way RecordStore.save writes them, schema check skipped: every envelope has the shape of one that passes).
"""

from __future__ import annotations

import json
import os
import random
import time
import uuid

import pytest

from intake_app.demo_data import generate_demo_records
from intake_app.domain import models
from intake_app.domain.models import Case, utc_now
from intake_app.reports.dataset import Period
from intake_app.reports.stats import StatsQuery, compute
from intake_app.reports.upr import build_upr
from intake_app.vault.indexing import index_entry
from intake_app.vault.records import canonical_json
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE
from tests.ui.heartbeat import Heartbeat

# Filling the vault alone takes minutes on a busy machine: more than the suite's per-test limit.
pytestmark = pytest.mark.timeout(1800)

N_TESTIMONIES = int(os.environ.get("BENCH_REPORT_TESTIMONIES", "100000"))
N_WITNESSES = max(10, N_TESTIMONIES // 4)
PERIOD = Period("1950-01-01", "2030-12-31")

GROUP_BY = """
SELECT v.value, count(DISTINCT r.id), count(DISTINCT json_extract(r.body, '$.data.witness_case_id')),
       count(DISTINCT json_extract(i.value, '$.id'))
  FROM records r JOIN record_facets f ON f.rid = r.rid AND f.facet = 'consent' AND f.value = 'anonymised_stats',
       json_each(r.body, '$.data.incidents') i, json_each(i.value, '$.violation_types') v
 WHERE r.type = 'testimony' AND r.deleted = 0
 GROUP BY v.value
"""


def fill(vault: Vault) -> None:
    """Rows and facet rows exactly as RecordStore.write_envelope makes them, in bulk; the full-text index
    and lineage rows, which statistics never read, are left out so that filling takes seconds, not minutes."""
    rng = random.Random(12)
    sample = [r for r in generate_demo_records(rng, 600) if isinstance(r, models.Testimony)]
    device, now = vault.info.device_id, utc_now()
    rows, facets = [], []
    rid = 0

    def add(env: dict) -> None:
        nonlocal rid
        rid += 1
        env.update(version={"device": device, "counter": rid}, parent=None, created_at=now, updated_at=now,
                   origin_device=device)
        entry = index_entry(env)
        rows.append((rid, env["id"], env["type"], canonical_json(env), device, rid, device, now, now, entry.label,
                     entry.event_date, rid))
        facets.extend((facet, value, rid) for facet, value in entry.facets)

    witnesses = []
    for i in range(N_WITNESSES):
        case = Case(alias=f"Witness {i:06d}", sex=rng.choice(["female", "male"]),
                    birth_year=rng.randint(1950, 2000), province_of_origin="north_hamgyong")
        witnesses.append(case.id)
        add(case.to_envelope())
    for i in range(N_TESTIMONIES):
        env = json.loads(json.dumps(sample[i % len(sample)].to_envelope()))
        env["data"]["witness_case_id"] = rng.choice(witnesses)
        for incident in env["data"]["incidents"]:
            incident["id"] = str(uuid.uuid4())
            incident["victim_case_id"] = None
        env["id"] = str(uuid.uuid4())
        add(env)
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO records (rid, id, type, body, version_device, version_counter, origin_device, created_at,"
            " updated_at, label, event_date, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO record_facets (facet, value, rid) VALUES (?, ?, ?)", facets)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'change_seq'", (str(rid),))


@pytest.fixture
def big(tmp_path):
    vault, _recovery = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    start = time.perf_counter()
    fill(vault)
    print(f"\nwrote {N_TESTIMONIES} testimonies and {N_WITNESSES} cases in {time.perf_counter() - start:.1f} s")
    yield vault
    vault.close()


def best_of(n: int, fn):
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def test_reports_over_100000_testimonies(qtbot, big):
    vault = big

    def plain_sql() -> None:
        with vault.reading() as conn:
            conn.execute(GROUP_BY).fetchall()

    sql_s = best_of(2, plain_sql)
    stats_s = best_of(2, lambda: compute(vault, StatsQuery(PERIOD, ("violation",))))
    ratio = stats_s / sql_s
    print(f"statistics by violation: {stats_s:.2f} s; plain GROUP BY: {sql_s:.2f} s; ratio {ratio:.2f} (ceiling 2)")

    start = time.perf_counter()
    draft = build_upr(vault, PERIOD)
    upr_s = time.perf_counter() - start
    print(f"UPR draft: {upr_s:.2f} s, {len(draft.data) // 1024} KiB, about {draft.pages} pages (ceiling 10 s)")

    from intake_app.ui.hq.reports import ReportsPage

    page = ReportsPage(vault)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    with Heartbeat() as beat:
        qtbot.wait(50)
        page.preview()
        qtbot.waitUntil(lambda: page.task is None, timeout=120_000)
        qtbot.wait(50)
    stall_ms = beat.longest * 1000
    print(f"longest event-loop stall while the Reports page counts: {stall_ms:.0f} ms (ceiling 100 ms)")
    assert page.table.rowCount() == 11
    assert ratio <= 2.0
    assert upr_s < 10.0
    assert stall_ms < 100
