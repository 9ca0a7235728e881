"""The person page's summary in a big vault (`make bench`): figures are printed, nothing asserts a time.

`person_summary` reads one case, its aid and testimonies, their attachments and the cases that name it in
their household, each by an index lookup. The figure that matters is the ratio of its time in a vault of
20,000 cases (each with aid) to its time in a vault of 200 cases, measured in the same run: about 1
means the page costs the same however full the vault is.
"""

from __future__ import annotations

import time

from intake_app.domain.models import AidDistribution, AidItem, Case, HouseholdLink, utc_now
from intake_app.vault.person import person_summary
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE

BIG, SMALL, REPEAT = 20_000, 200, 50


def _fill(vault: Vault, n: int) -> str:
    """n cases, each with one aid distribution; the last case is named by the household of ten others."""
    store, device, now = RecordStore(vault), vault.info.device_id, utc_now()
    target = Case(alias="Bench person")
    with vault.transaction() as conn:
        records: list[Case | AidDistribution] = [target]
        for i in range(n):
            household = [HouseholdLink(target.id, "child")] if i < 10 else []
            case = Case(alias=f"Person {i:06d}", household=household)
            records += [case, AidDistribution(date="2026-01-01", case_id=case.id, category="food",
                                              items=[AidItem("rice", 5, "kg")])]
        records += [AidDistribution(date="2026-02-01", case_id=target.id, category="food",
                                    items=[AidItem("rice", 5, "kg")]) for _ in range(5)]
        for record in records:
            env = record.to_envelope()
            counter = vault.next_change_seq(conn)
            env.update(version={"device": device, "counter": counter}, parent=None, created_at=now,
                       updated_at=now, origin_device=device)
            store.write_envelope(conn, env, counter)
    return target.id


def _time(vault: Vault, case_id: str) -> float:
    """The best of three rounds (the machine is shared: the best round is the least disturbed)."""
    person_summary(vault, case_id)  # warm the page cache, as a second opening would
    rounds = []
    for _round in range(3):
        start = time.perf_counter()
        for _ in range(REPEAT):
            summary = person_summary(vault, case_id)
        rounds.append((time.perf_counter() - start) / REPEAT)
    assert len(summary.household) == 10 and summary.aid_distributions == 5
    return min(rounds)


def test_person_summary_does_not_grow_with_the_vault(tmp_path) -> None:
    figures = {}
    for n in (BIG, SMALL):  # the big vault first: the first vault of a process is the slower one
        vault, _recovery = Vault.create(tmp_path / f"v{n}", PASSPHRASE)
        try:
            figures[n] = _time(vault, _fill(vault, n))
        finally:
            vault.close()
    print(f"\nperson summary: {figures[SMALL] * 1000:.2f} ms with {SMALL:,} cases, "
          f"{figures[BIG] * 1000:.2f} ms with {BIG:,} cases (ratio {figures[BIG] / figures[SMALL]:.2f})")
