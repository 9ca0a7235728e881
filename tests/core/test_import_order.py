"""Bundles from three devices, imported in any order and with duplicates, give the same HQ content.

Each device edits, deletes and attaches, exporting after every step without receipts, so every bundle
carries everything since the last acknowledgement (as in the field before a receipt comes back). HQ must
end with the same records, lineage and attachment bytes whatever the order: an older bundle arriving
after a newer one is refused as a replay (its content is already in the newer one), a repeat is a no-op.
"""

from __future__ import annotations

import io
import random
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.sync.export import export_bundle
from intake_app.sync.refusal import Refusal
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.bundle_helpers import content_digest, make_field, make_hq
from tests.core.helpers import make_aid, make_case

DEVICES = 3
STEPS = 11  # bundles per device


def _step(vault: Vault, rng: random.Random, n: int) -> None:
    store = RecordStore(vault)
    cases = [row.id for row in store.list_rows("case", limit=1000)]
    action = rng.choice(["case", "aid", "edit", "attach", "delete"] if cases else ["case"])
    if action == "case":
        make_case(store, f"Case {n}")
    elif action == "aid":
        make_aid(store, rng.choice(cases))
    elif action == "edit":
        case = store.get(rng.choice(cases))
        case.notes = f"edit {n}"  # type: ignore[union-attr]
        store.save(case)  # type: ignore[arg-type]
    elif action == "attach":
        AttachmentStore(vault).add(rng.choice(cases), io.BytesIO(rng.randbytes(2000)), filename=f"f{n}.jpg")
    else:
        files = [row.id for row in store.list_rows("attachment", limit=1000)]
        aid = [row.id for row in store.list_rows("aid", limit=1000)]
        if files or aid:
            store.delete(rng.choice(files or aid))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("order")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INTAKE_INSECURE_TEST_KDF", "1")  # the autouse fixture is function-scoped
        return _build(root)


def _build(root: Path):  # type: ignore[no-untyped-def]
    hq, profile = make_hq(root / "hq")
    rng = random.Random(4)
    bundles: list[Path] = []
    fields = []
    for d in range(DEVICES):
        field_vault = make_field(root / f"field{d}", hq, profile)
        out = root / f"stick{d}"
        out.mkdir()
        for n in range(STEPS):
            _step(field_vault, rng, n)
            bundles.extend(b.path for b in export_bundle(field_vault, out, isolated=False).bundles)
        fields.append(field_vault)
    hq.close()
    template = root / "hq"
    reference = _fresh(template, root)
    for path in bundles:
        assert import_bundle(reference, path, isolated=False).outcome is ImportOutcome.IMPORTED
    expected = {env["id"]: env for f in fields for env in RecordStore(f).iter_envelopes()}
    assert {env["id"]: env for env in RecordStore(reference).iter_envelopes()} == expected
    digest = content_digest(reference, ledger=False)
    reference.close()
    for field_vault in fields:
        field_vault.close()
    return template, bundles, digest, root


def _fresh(template: Path, root: Path) -> Vault:
    copy = Path(tempfile.mkdtemp(dir=root)) / "hq"
    shutil.copytree(template, copy)
    return Vault.open(copy, passphrase=PASSPHRASE)


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_order_with_duplicates_gives_the_same_content(world, data: st.DataObject) -> None:  # type: ignore[no-untyped-def]
    template, bundles, expected, root = world
    assert len(bundles) >= 30
    order = list(data.draw(st.permutations(bundles)))
    for repeat in data.draw(st.lists(st.sampled_from(bundles), max_size=8)):
        order.insert(data.draw(st.integers(0, len(order))), repeat)
    hq = _fresh(template, root)
    try:
        for path in order:
            result = import_bundle(hq, path, isolated=False)
            assert result.outcome in (ImportOutcome.IMPORTED, ImportOutcome.ALREADY_IMPORTED) or (
                result.reason is Refusal.REPLAY), result.message
        assert content_digest(hq, ledger=False) == expected
    finally:
        hq.close()
