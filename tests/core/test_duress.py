"""The duress passphrase and its decoy; destroying the real keys; the wipe after failed unlocks."""

from __future__ import annotations

import math
import os
import random
import secrets
import stat
import time
from pathlib import Path

import pytest

from intake_app import paths
from intake_app.settings import Settings
from intake_app.vault import keyslots as ks
from intake_app.vault import unlock as unlock_mod
from intake_app.vault.duress import DuressMode, duress_mode, remove_duress, set_duress
from intake_app.vault.files import vault_exists, vault_files
from intake_app.vault.records import RecordStore
from intake_app.vault.search import SearchQuery, count
from intake_app.vault.throttle import UnlockThrottle
from intake_app.vault.vault import Vault, WeakPassphraseError
from tests.core.helpers import make_case

PW = "orchid lantern river demo 42"
DURESS = "kettle saffron meadow pencil 9"


def _listing(base: Path) -> dict[str, tuple[int, int]]:
    """Name -> (size, mode) of every file in the folder: what `ls -l` shows, without the times."""
    return {p.name: (p.stat().st_size, stat.S_IMODE(p.stat().st_mode)) for p in sorted(base.iterdir())}


def _vault_with_canary(base: Path) -> tuple[str, str]:
    canary = "CANARY-" + secrets.token_hex(8)
    vault, recovery = Vault.create(base, PW)
    with vault:
        store = RecordStore(vault)
        for i in range(20):
            make_case(store, alias=f"{canary} {i}", notes=f"real notes {canary}")
    return canary, recovery


def _set_duress(base: Path, *, destroy_real: bool = False) -> None:
    with Vault.open(base, passphrase=PW) as vault:
        set_duress(vault, DURESS, destroy_real=destroy_real)


def test_every_vault_has_two_databases_from_creation(isolated_data_dir: Path) -> None:
    Vault.create(isolated_data_dir, PW)[0].close()
    names = sorted(p.name for p in vault_files(isolated_data_dir))
    assert names == sorted([paths.VAULT_DB_NAME, paths.SECOND_DB_NAME, paths.KEYSLOTS_NAME])
    assert vault_exists(isolated_data_dir)


def test_which_file_is_real_is_chosen_at_random(tmp_path: Path) -> None:
    real_names = set()
    for i in range(12):
        vault, _ = Vault.create(tmp_path / str(i), PW)
        real_names.add(vault.db_path.name)
        vault.close()
    assert real_names == {paths.VAULT_DB_NAME, paths.SECOND_DB_NAME}  # 1 in 2048 to fail by chance


def test_duress_opens_the_decoy_and_shows_no_real_record(isolated_data_dir: Path) -> None:
    canary, _ = _vault_with_canary(isolated_data_dir)
    _set_duress(isolated_data_dir)
    with unlock_mod.unlock(isolated_data_dir, passphrase=DURESS) as decoy:
        store = RecordStore(decoy)
        assert store.count("case") == 0
        assert count(decoy, SearchQuery(text=canary)) == 0
        assert not [e for e in store.iter_envelopes() if canary in str(e)]
        assert duress_mode(decoy) is DuressMode.OFF  # the decoy shows what a vault without one shows
        assert decoy.info.role.value == "field"
        assert decoy.recovery_key_set
        make_case(store, alias="ordinary neighbour")  # a worker may keep a plausible decoy
    with unlock_mod.unlock(isolated_data_dir, passphrase=PW) as real:
        store = RecordStore(real)
        assert store.count("case") == 20
        assert count(real, SearchQuery(text="ordinary neighbour")) == 0
        assert duress_mode(real) is DuressMode.DECOY
    with unlock_mod.unlock(isolated_data_dir, passphrase=DURESS) as decoy:
        assert RecordStore(decoy).count("case") == 1  # the decoy keeps what was put in it


def test_setting_duress_changes_no_file_name_size_or_mode(isolated_data_dir: Path) -> None:
    _vault_with_canary(isolated_data_dir)
    before = _listing(isolated_data_dir)
    _set_duress(isolated_data_dir, destroy_real=True)
    assert _listing(isolated_data_dir) == before
    with Vault.open(isolated_data_dir, passphrase=PW) as vault:
        remove_duress(vault)
    assert _listing(isolated_data_dir) == before


def test_duress_equal_to_the_real_passphrase_or_weak_is_refused(isolated_data_dir: Path) -> None:
    Vault.create(isolated_data_dir, PW)[0].close()
    blob = paths.keyslots_path(isolated_data_dir).read_bytes()
    with Vault.open(isolated_data_dir, passphrase=PW) as vault:
        with pytest.raises(ks.SecretInUseError):
            set_duress(vault, PW)
        with pytest.raises(WeakPassphraseError):
            set_duress(vault, "password1")
        assert duress_mode(vault) is DuressMode.OFF
    assert paths.keyslots_path(isolated_data_dir).read_bytes() == blob


def test_destroy_real_leaves_neither_passphrase_nor_recovery_key(isolated_data_dir: Path) -> None:
    canary, recovery = _vault_with_canary(isolated_data_dir)
    _set_duress(isolated_data_dir, destroy_real=True)
    listing = _listing(isolated_data_dir)
    mtime = paths.keyslots_path(isolated_data_dir).stat().st_mtime_ns
    with unlock_mod.unlock(isolated_data_dir, passphrase=DURESS) as decoy:
        assert RecordStore(decoy).count("case") == 0
    assert _listing(isolated_data_dir) == listing  # silent: same files, same sizes
    assert paths.keyslots_path(isolated_data_dir).stat().st_mtime_ns == mtime
    with pytest.raises(unlock_mod.WrongSecretError):
        unlock_mod.unlock(isolated_data_dir, passphrase=PW)
    with pytest.raises(unlock_mod.WrongSecretError):
        unlock_mod.unlock(isolated_data_dir, recovery_text=recovery)
    # The duress passphrase still opens the decoy, and nothing readable of the real records remains.
    unlock_mod.unlock(isolated_data_dir, passphrase=DURESS).close()
    for path in vault_files(isolated_data_dir):
        assert canary.encode() not in path.read_bytes()


def test_removed_duress_opens_nothing(isolated_data_dir: Path) -> None:
    _vault_with_canary(isolated_data_dir)
    _set_duress(isolated_data_dir)
    with Vault.open(isolated_data_dir, passphrase=PW) as vault:
        remove_duress(vault)
        assert duress_mode(vault) is DuressMode.OFF
    with pytest.raises(unlock_mod.WrongSecretError):
        unlock_mod.unlock(isolated_data_dir, passphrase=DURESS)


def test_the_decoy_cannot_reach_the_real_slots(isolated_data_dir: Path) -> None:
    """Someone holding only the duress passphrase sets, removes and changes secrets in the decoy:
    the real passphrase and the recovery key keep opening the real records."""
    _, recovery = _vault_with_canary(isolated_data_dir)
    _set_duress(isolated_data_dir)
    with Vault.open(isolated_data_dir, passphrase=DURESS) as decoy:
        set_duress(decoy, "another decoy passphrase for show 5", destroy_real=True)
        assert duress_mode(decoy) is DuressMode.DESTROY
        decoy.new_recovery_key()
        remove_duress(decoy)
        decoy.change_passphrase("the decoy's new passphrase 77 fig")
    with Vault.open(isolated_data_dir, passphrase=PW) as real:
        assert RecordStore(real).count("case") == 20
    with unlock_mod.unlock(isolated_data_dir, recovery_text=recovery) as real:
        assert RecordStore(real).count("case") == 20
    with Vault.open(isolated_data_dir, passphrase="the decoy's new passphrase 77 fig") as decoy:
        assert RecordStore(decoy).count("case") == 0


def test_wipe_after_n_failures(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _vault_with_canary(isolated_data_dir)
    Settings(wipe_after=5).save(isolated_data_dir)
    now = [1000.0]
    monkeypatch.setattr(unlock_mod, "throttle_for",
                        lambda base: UnlockThrottle(paths.throttle_path(base), clock=lambda: now[0]))
    for attempt in range(5):
        assert vault_exists(isolated_data_dir), attempt
        with pytest.raises(unlock_mod.WrongSecretError) as err:
            unlock_mod.unlock(isolated_data_dir, passphrase=f"wrong guess number {attempt}")
        now[0] += err.value.delay_s
    assert not vault_exists(isolated_data_dir)
    assert sorted(os.listdir(isolated_data_dir)) == []  # a fresh install: not even the preferences
    with pytest.raises(unlock_mod.IntakeError):
        unlock_mod.unlock(isolated_data_dir, passphrase=PW)


def test_no_wipe_by_default(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _vault_with_canary(isolated_data_dir)
    now = [1000.0]
    monkeypatch.setattr(unlock_mod, "throttle_for",
                        lambda base: UnlockThrottle(paths.throttle_path(base), clock=lambda: now[0]))
    for attempt in range(8):
        with pytest.raises(unlock_mod.WrongSecretError) as err:
            unlock_mod.unlock(isolated_data_dir, passphrase=f"wrong guess number {attempt}")
        now[0] += err.value.delay_s
    unlock_mod.unlock(isolated_data_dir, passphrase=PW).close()


def test_wipe_limits_below_five_are_not_accepted(isolated_data_dir: Path) -> None:
    paths.settings_path(isolated_data_dir).parent.mkdir(parents=True, exist_ok=True)
    paths.settings_path(isolated_data_dir).write_text('{"wipe_after": 2, "panic_action": "explode"}')
    loaded = Settings.load(isolated_data_dir)
    assert loaded.wipe_after == 0
    assert loaded.panic_action == "lock"


def test_throttle_file_holds_only_a_count_and_no_date(isolated_data_dir: Path) -> None:
    _vault_with_canary(isolated_data_dir)
    keyslots_mtime = paths.keyslots_path(isolated_data_dir).stat().st_mtime_ns
    for _ in range(3):
        with pytest.raises(unlock_mod.WrongSecretError):
            unlock_mod.unlock(isolated_data_dir, passphrase="wrong wrong wrong")
    counter = paths.throttle_path(isolated_data_dir)
    assert counter.read_text() == '{"failures": 3}'
    assert counter.stat().st_mtime_ns == keyslots_mtime
    # A new process (simulated: the in-memory time is gone) still has to wait.
    from intake_app.vault import throttle
    throttle._reference_times.clear()
    assert throttle.throttle_for(isolated_data_dir).wait_remaining() > 0


def _mann_whitney_z(a: list[float], b: list[float]) -> float:
    """Normal approximation of the Mann-Whitney U statistic (ties get their average rank)."""
    pooled = sorted([(v, 0) for v in a] + [(v, 1) for v in b])
    ranks: list[float] = [0.0] * len(pooled)
    i = 0
    while i < len(pooled):
        j = i
        while j + 1 < len(pooled) and pooled[j + 1][0] == pooled[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    rank_a = sum(r for r, (_, group) in zip(ranks, pooled, strict=True) if group == 0)
    n1, n2 = len(a), len(b)
    u = rank_a - n1 * (n1 + 1) / 2
    mean = n1 * n2 / 2
    sd = math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12)
    return (u - mean) / sd


def test_unlock_time_does_not_tell_duress_from_real(isolated_data_dir: Path) -> None:
    """Opening with the duress passphrase does the same work as with the real one: over repeated
    interleaved runs the two timings are not distinguishable (two-sided Mann-Whitney, p < 0.001)."""
    _vault_with_canary(isolated_data_dir)
    _set_duress(isolated_data_dir)
    timings: dict[str, list[float]] = {PW: [], DURESS: []}
    order = [PW, DURESS] * 40
    random.Random(7).shuffle(order)
    for secret in order:
        start = time.perf_counter()
        vault = Vault.open(isolated_data_dir, passphrase=secret)
        timings[secret].append(time.perf_counter() - start)
        vault.close()
    z = _mann_whitney_z(timings[PW], timings[DURESS])
    assert abs(z) < 3.29, (z, sorted(timings[PW])[40 // 2], sorted(timings[DURESS])[40 // 2])


def test_a_timing_difference_would_be_caught() -> None:
    """The statistic itself works: a 10 % slower series is told apart."""
    rng = random.Random(3)
    fast = [1.0 + rng.random() * 0.05 for _ in range(40)]
    slow = [1.1 + rng.random() * 0.05 for _ in range(40)]
    assert abs(_mann_whitney_z(fast, slow)) > 3.29
