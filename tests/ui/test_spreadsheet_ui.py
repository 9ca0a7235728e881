"""The spreadsheet import wizard, driven as a user would, and the backup actions of the app."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from intake_app.ui.spreadsheet.wizard import ImportWizard
from intake_app.ui.sync import prompts
from intake_app.vault.backup import LAST_BACKUP_META
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE
from tests.ui.heartbeat import Heartbeat
from tests.ui.shell_support import english_ui
from tests.ui.sync_support import main_window


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


def _next(qtbot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=60_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _wizard(qtbot, window, path: Path) -> ImportWizard:
    wizard = window.open_import_wizard()
    qtbot.waitExposed(wizard)
    wizard.file_page.set_path(str(path))
    return wizard


def test_wizard_imports_a_korean_file_after_the_user_confirms_a_suggestion(qtbot, vault, tmp_path, monkeypatch):
    path = tmp_path / "명단.csv"
    text = "가명,성별,출신지,상황\r\n\r\n김순희 ,여성,함경북,중국에서 은신 중\r\n박영철,남성,양강도,이동 중\r\n"
    path.write_bytes(text.encode("cp949"))
    window = main_window(qtbot, vault)
    wizard = _wizard(qtbot, window, path)
    wizard.file_page.record_type.setCurrentIndex(wizard.file_page.record_type.findData("case"))
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=20_000)
    page = wizard.mapping_page
    fields = {header: box.currentData() for _t, header, box in page._field_boxes}
    assert fields == {"가명": "alias", "성별": "sex", "출신지": "province_of_origin", "상황": "situation"}
    # "함경북" is not a label: it is only suggested, and the user is asked to check it.
    rows = {page.values.item(r, 1).text(): r for r in range(page.values.rowCount())}
    row = rows["함경북"]
    assert page.values.cellWidget(row, 2).currentData() == "north_hamgyong"
    assert "check" in page.values.item(row, 3).text()
    _next(qtbot, wizard)
    dry = wizard.dry_run_page
    qtbot.waitUntil(lambda: dry.report is not None, timeout=30_000)
    assert dry.report.ok and RecordStore(vault).count("case") == 0  # a dry run writes nothing
    assert dry.preview.rowCount() == 2
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.import_page._finished, timeout=30_000)
    assert RecordStore(vault).count("case") == 2
    assert wizard.import_page.delete_button.isVisible()
    assert "SSD" in wizard.import_page.reminder.text()
    monkeypatch.setattr("intake_app.ui.widgets.messages.ask", lambda _p, _t, _x, on_yes, **_k: on_yes())
    qtbot.mouseClick(wizard.import_page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not path.exists(), timeout=10_000)


def test_wizard_lists_every_failing_row_and_cannot_go_on(qtbot, vault, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text("alias,sex,situation\nA,female,unknown\nB,dragon,unknown\nC,male,lost at sea\n", encoding="utf-8")
    window = main_window(qtbot, vault)
    wizard = _wizard(qtbot, window, path)
    wizard.file_page.record_type.setCurrentIndex(wizard.file_page.record_type.findData("case"))
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=20_000)
    for box in wizard.mapping_page._value_boxes:
        box.setCurrentIndex(0)  # the user leaves the unknown values unmapped
    _next(qtbot, wizard)
    dry = wizard.dry_run_page
    qtbot.waitUntil(lambda: dry.report is not None, timeout=30_000)
    texts = [dry.problems.item(i).text() for i in range(dry.problems.count())]
    assert len(texts) == 2 and texts[0].startswith("Row 3") and texts[1].startswith("Row 4")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert RecordStore(vault).count("case") == 0


def test_unsure_encoding_is_asked(qtbot, vault, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"alias,sex\r\n\x80\xff\x80,female\r\n")
    window = main_window(qtbot, vault)
    wizard = _wizard(qtbot, window, path)
    _next(qtbot, wizard)
    page = wizard.file_page
    qtbot.waitUntil(lambda: "not certain" in page.status.text(), timeout=10_000)
    assert wizard.currentId() == ImportWizard.FILE
    assert page.encoding.count() >= 1 and page.encoding.currentData()


@pytest.mark.slow
def test_fifty_thousand_rows_import_with_progress_and_no_stall(qtbot, vault, tmp_path):
    from intake_app.spreadsheet.mapping import Mapping
    from intake_app.spreadsheet.reading import read_spreadsheet

    lines = ["alias,sex,situation,province of origin,birth year"]
    lines += [f"Person {i},female,in_hiding_china,함경북도,{1940 + i % 60}" for i in range(50_000)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    # The import page on its own (the dry run before it costs as much again; its page is tested above).
    wizard = ImportWizard(vault)
    qtbot.addWidget(wizard)
    wizard.path, wizard.sheet, wizard.mapping = path, read_spreadsheet(path), Mapping(record_type="case")
    wizard.setStartId(ImportWizard.IMPORT)
    page = wizard.import_page
    gc.collect()  # the file was read above: its one full collection is not part of the import
    seen: list[tuple[int, int]] = []
    collections: list[tuple[str, float]] = []  # full garbage collections, to explain a stall if one happens

    def on_gc(phase: str, info: dict) -> None:
        if info.get("generation") == 2:
            collections.append((phase, time.perf_counter()))

    gc.callbacks.append(on_gc)
    with Heartbeat() as beat:
        wizard.show()
        qtbot.waitUntil(lambda: page._task is not None or page._finished, timeout=10_000)
        if page._task is not None:
            page._task.progress.connect(lambda done, total: seen.append((done, total)))
        qtbot.waitUntil(lambda: page._finished, timeout=900_000)
    gc.callbacks.remove(on_gc)
    assert RecordStore(vault).count("case") == 50_000
    assert len(seen) > 10 and seen[-1][0] == seen[-1][1]   # progress was reported all along
    assert page.progress.value() == page.progress.maximum()
    pauses = [round((b[1] - a[1]) * 1000) for a, b in zip(collections[::2], collections[1::2], strict=False)]
    assert beat.longest < 0.100, (f"the event loop stalled for {beat.longest * 1000:.0f} ms "
                                  f"(full garbage collections meanwhile, ms: {pauses})")


def test_back_up_from_settings(qtbot, vault, tmp_path, monkeypatch):
    from intake_app.settings import Settings
    from intake_app.ui.settings.dialog import SettingsDialog

    settings = SettingsDialog(vault, Settings(), "en")
    qtbot.addWidget(settings)
    settings.show()
    qtbot.mouseClick(settings.backup_button, Qt.MouseButton.LeftButton)
    from intake_app.ui.backup.dialog import BackupDialog

    qtbot.waitUntil(lambda: bool(settings.findChildren(BackupDialog)))
    (dialog,) = settings.findChildren(BackupDialog)
    assert dialog.last.text() == "never"
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(prompts, "folder", lambda *_a: str(stick))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and "checked" in dialog.status.text(), timeout=30_000)
    (made,) = list(stick.iterdir())
    assert Vault.open(made, passphrase=PASSPHRASE).close() is None
    assert vault.meta(LAST_BACKUP_META) and dialog.last.text() != "never"


def test_hq_status_bar_reminds_of_an_old_backup(qtbot, tmp_path):
    hq, _recovery = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    try:
        hq.set_meta(LAST_BACKUP_META, "2020-01-01T00:00:00Z")
        window = main_window(qtbot, hq)
        assert "days ago" in window.backup_label.text()
    finally:
        hq.close()


def test_field_status_bar_says_nothing_unless_asked(qtbot, vault):
    window = main_window(qtbot, vault)
    assert window.backup_label.text() == ""


def test_first_run_restores_from_a_backup(qtbot, tmp_path, isolated_data_dir, monkeypatch):
    from intake_app.ui.firstrun.wizard import FirstRunWizard
    from intake_app.vault.backup import make_backup

    old, _recovery = Vault.create(tmp_path / "old", PASSPHRASE, Role.HQ)
    with old:
        from tests.core.helpers import make_case

        make_case(RecordStore(old), "kept across the restore")
        backup = make_backup(old, tmp_path).path
    wizard = FirstRunWizard(isolated_data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    restore_button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert restore_button.isVisible()
    monkeypatch.setattr(prompts, "folder", lambda *_a: str(backup))
    qtbot.mouseClick(restore_button, Qt.MouseButton.LeftButton)
    dialog = wizard.restore_dialog
    qtbot.mouseClick(dialog.findChildren(type(restore_button))[0], Qt.MouseButton.LeftButton)  # Choose…
    assert dialog.folder_edit.text() == str(backup)
    qtbot.keyClicks(dialog.secret, "wrong passphrase entirely")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.restore_button.isEnabled(), timeout=20_000)
    assert not (isolated_data_dir / "vault.db").exists()  # checked first: nothing written
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    with qtbot.waitSignal(wizard.vault_created, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    restored = blocker.args[0]
    try:
        assert restored.info.role is Role.HQ and RecordStore(restored).count("case") == 1
    finally:
        restored.close()
