"""The audit chain records every change and shows any edit or removal of its entries."""

from __future__ import annotations

from intake_app.vault import audit
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from intake_app.vault.verify import verify_vault
from tests.core.helpers import make_aid, make_case


def test_every_change_is_audited_without_content(vault: Vault) -> None:
    store = RecordStore(vault)
    case = make_case(store, "Secret Alias", notes="canary-notes")
    case.alias = "Renamed"
    store.save(case)
    store.delete(make_aid(store, case.id).id)
    with vault.reading() as conn:
        rows = conn.execute("SELECT action, record_type, detail FROM audit ORDER BY seq").fetchall()
        dump = str(conn.execute("SELECT * FROM audit").fetchall())
    assert [r[0] for r in rows] == ["vault_created", "create", "update", "create", "delete"]
    assert "Secret" not in dump and "canary" not in dump
    assert verify_vault(vault).ok


def test_edited_entry_breaks_the_chain(vault: Vault) -> None:
    store = RecordStore(vault)
    for i in range(5):
        make_case(store, f"case {i}")
    with vault.transaction() as conn:
        conn.execute("UPDATE audit SET action = 'update' WHERE seq = 3")
    report = verify_vault(vault)
    assert not report.ok and report.audit.first_broken == 3
    assert report.problems


def test_removed_entry_breaks_the_chain(vault: Vault) -> None:
    store = RecordStore(vault)
    for i in range(4):
        make_case(store, f"case {i}")
    with vault.transaction() as conn:
        conn.execute("DELETE FROM audit WHERE seq = 2")
    with vault.reading() as conn:
        assert audit.verify(conn).first_broken == 3
