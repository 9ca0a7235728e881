"""Headquarters' screens for tools/screenshots.py: a demo HQ vault that received the demo field vault's
records (with a conflict, a duplicate, a quarantined and a damaged bundle), then one shot per screen.

Everything is fictional and lives in the screenshot run's private temporary folder."""

from __future__ import annotations

import dataclasses
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake_app.demo import DEMO_PASSPHRASE, populate
from intake_app.hq import devices, key_backup
from intake_app.hq.importer import ImportResult, import_bundle
from intake_app.sync import keystore
from intake_app.sync.export import export_bundle
from intake_app.sync.profile import ExportPolicy, create_profile, import_profile, read_profile
from intake_app.ui.hq.backup import ShareBackupDialog
from intake_app.ui.hq.restore import RestoreDialog
from intake_app.ui.main.window import MainWindow
from intake_app.ui.sync.profile_view import ProfileConfirmDialog
from intake_app.ui.workers import wait_for_tasks
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault


@dataclass
class HqDemo:
    hq: Vault
    fresh: Vault  # an HQ vault on its first run: no keys yet
    profile: bytes
    results: list[ImportResult]
    damaged: Path

    @classmethod
    def build(cls, scratch: Path, field: Vault) -> HqDemo:
        hq, _recovery = Vault.create(scratch / "hq", DEMO_PASSPHRASE, Role.HQ)
        fresh, _recovery = Vault.create(scratch / "hq-new", DEMO_PASSPHRASE, Role.HQ)
        keystore.ensure_hq_keys(hq)
        key_backup.mark_backed_up(hq, key_backup.make_backup(hq, 2, 3))
        profile = create_profile(hq, "Demo NGO", ExportPolicy())
        import_profile(field, profile)
        devices.approve(hq, devices.create_request(field, "Yanji laptop 2"))
        stick = scratch / "stick"
        stick.mkdir()
        first = export_bundle(field, stick).bundles
        results = [import_bundle(hq, b.path) for b in first]
        # A conflict: the same case changed at headquarters and in the field.
        field_store, hq_store = RecordStore(field), RecordStore(hq)
        case: Any = field_store.list("case", limit=1)[0]
        hq_store.save(dataclasses.replace(hq_store.get(case.id), alias=case.alias + " *"))  # type: ignore[type-var]
        field_store.save(dataclasses.replace(case, situation="in_transit"))
        later = export_bundle(field, stick).bundles
        results += [import_bundle(hq, b.path) for b in later]
        results.append(import_bundle(hq, first[0].path))  # the same stick again: a duplicate
        newcomer, _recovery = Vault.create(scratch / "newcomer", DEMO_PASSPHRASE)
        try:
            import_profile(newcomer, profile)
            populate(newcomer, 2)
            other = scratch / "other-stick"
            other.mkdir()
            results += [import_bundle(hq, b.path) for b in export_bundle(newcomer, other).bundles]
        finally:
            newcomer.close()
        damaged = scratch / "damaged"
        damaged.mkdir()
        copy = damaged / first[0].path.name
        shutil.copyfile(first[0].path, copy)
        data = bytearray(copy.read_bytes())
        data[len(data) // 2] ^= 0x40
        copy.write_bytes(bytes(data))
        results.append(import_bundle(hq, copy))
        return cls(hq=hq, fresh=fresh, profile=profile, results=results, damaged=copy)

    def close(self) -> None:
        self.hq.close()
        self.fresh.close()


def hq_shots(s: Any, lang: str, demo: HqDemo) -> None:
    """`s` is the Shooter of tools/screenshots.py."""
    first_run = MainWindow(demo.fresh)
    s.shot(first_run, "hq-firstrun-home", lang)  # the window opens on Home: create the keys first
    first_run.show_page_key("hq-inbox")
    s.shot(first_run, "hq-firstrun-inbox", lang)
    first_run.show_page_key("hq-keys")
    s.shot(first_run, "hq-firstrun-keys", lang)  # what the page is for, before the keys exist
    first_run.hide()
    first_run.deleteLater()

    window = MainWindow(demo.hq)
    window.show()
    for index, spec in enumerate(window.specs):
        window.show_page(index)
        page: Any = window.page(index)
        if spec.key == "hq-inbox":
            # A refusal's reason is worded when the import runs: run it again in this language (it changes nothing).
            results = [*demo.results[:-1], import_bundle(demo.hq, demo.damaged)]
            page.total_files = len(results)
            for result in results:
                page._file_finished(result)  # what the import tasks report, in this language
            page._all_done()
        if spec.key == "hq-devices":
            page.table.selectRow(0)
        if spec.key == "hq-reports":
            page.min_cell.setValue(3)
            page.preview()
            s.settle_until(lambda page=page: page.task is None)
        s.shot(window, spec.key if spec.key.startswith("hq-") else f"hq-{spec.key}", lang)
        if spec.key == "hq-reports":
            page.template.setCurrentIndex(page.template.findData("upr"))
            s.shot(window, "hq-reports-upr", lang)
            page.template.setCurrentIndex(0)

    from tools.screenshots import person_shots

    person_shots(s, lang, window, "hq-")

    backup = ShareBackupDialog(demo.hq, window)
    backup.make_shares()
    s.shot(backup, "hq-key-backup-share", lang)
    share = " ".join(backup.share_words(1))
    backup.hide()
    restore = RestoreDialog(demo.fresh, window)
    restore.inputs[0].setPlainText(share)
    restore.restore()
    wait_for_tasks()
    s.settle_until(lambda: restore.task is None)
    s.shot(restore, "hq-key-restore-one-share-refused", lang)
    restore.hide()
    window.hide()
    window.deleteLater()

    profile, _doc = read_profile(demo.profile)
    confirm = ProfileConfirmDialog(profile, profile.fingerprint())
    s.shot(confirm, "sync-profile-confirm", lang)
    confirm.deleteLater()
