"""A whole session in the app (create the vault in the wizard, records, export, panic, unlock, lock,
quit) leaves no file outside the vault whose content names the role, a key id, an export, a panic
or a count. The vault's own files are encrypted; the bundle is the file the user asked for."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from intake_app import paths
from intake_app.hq import devices
from intake_app.settings import Settings
from intake_app.sync import keystore
from intake_app.sync.profile import import_profile
from intake_app.ui.controller import AppController
from intake_app.ui.firstrun.wizard import FirstRunWizard
from intake_app.vault.files import vault_files
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.bundle_helpers import make_hq
from tests.core.helpers import make_aid, make_case
from tests.ui.shell_support import english_ui, unlock_through_dialog
from tests.ui.sync_support import click, page, patch_prompts, wait_idle

N_CASES = 7


def _click(qtbot, wizard, which) -> None:
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _create_in_wizard(qtbot, controller: AppController) -> None:
    controller.start()
    wizard = controller.wizard
    assert isinstance(wizard, FirstRunWizard)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fields = wizard.passphrase_page.fields
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.keyClicks(fields.repeat, PASSPHRASE)
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled())
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    groups = wizard.recovery_groups()
    for field, number in zip(wizard.confirm_page.inputs, wizard.confirm_page.group_numbers, strict=True):
        qtbot.keyClicks(field, groups[number - 1])
    with qtbot.waitSignal(controller.unlocked, timeout=15_000):
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)


def _changed_files(roots: list[Path], since: float, skip: set[Path]) -> list[Path]:
    found = []
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            try:
                if path.is_file() and path.resolve() not in skip and path.stat().st_mtime >= since - 1:
                    found.append(path)
            except OSError:
                continue
    return found


def test_a_whole_session_leaves_no_trail(qtbot, monkeypatch, isolated_data_dir, tmp_path):
    from intake_app.logging_setup import configure_logging, recent_lines

    configure_logging()  # as the app does at start: notes to memory
    private_tmp = tmp_path / "tmp"  # so that any temporary file of this session is found, and only those
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    start = time.time()
    answers = patch_prompts(monkeypatch)
    hq, profile = make_hq(tmp_path / "hq")
    stick = tmp_path / "stick"
    stick.mkdir()
    with english_ui():
        controller = AppController(isolated_data_dir, settings=Settings())
        try:
            _create_in_wizard(qtbot, controller)
            field = controller.vault
            import_profile(field, profile)
            devices.approve(hq, devices.create_request(field))
            store = RecordStore(field)
            for n in range(N_CASES):
                make_aid(store, make_case(store, f"Neighbour {n}").id)
            sync = page(controller.main_window, "sync")
            answers.folder.append(str(stick))
            click(qtbot, sync.export.export_button)
            wait_idle(qtbot, sync.export)
            assert len(list(stick.iterdir())) == 1  # the export happened
            controller.panic()
            assert controller.vault is None
            unlock_through_dialog(qtbot, controller)
            controller.main_window.lock_action.trigger()
            assert controller.vault is None
        finally:
            controller.quit()
            qtbot.wait(1)

    with Vault.open(isolated_data_dir, passphrase=PASSPHRASE) as vault:
        device_key = keystore.device_signing_key(vault).public.key_id_hex()
        device_id = vault.info.device_id
    hq_keys = [keystore.hq_signing_key(hq).public.key_id_hex(), *keystore.hq_recipients(hq)]
    hq.close()
    total = str(N_CASES * 2)
    needles = [device_key, device_key.lower(), device_id, *hq_keys,
               '"role"', "role field", "field)", "export", "bundle", "panic key", "panicked",
               f"{total} records", f"({total}", f" {N_CASES} "]

    skip = {p.resolve() for p in vault_files(isolated_data_dir)} | {p.resolve() for p in stick.iterdir()}
    roots = [isolated_data_dir, paths.log_dir(), private_tmp,
             Path.home() / ".config", Path.home() / ".cache", Path.home() / ".local"]
    changed = _changed_files(roots, start, skip)
    assert {p.name for p in changed if isolated_data_dir in p.parents} <= {paths.SETTINGS_NAME}
    hits = []
    for path in changed:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        text = data.decode("utf-8", "replace")
        for needle in needles:
            if needle and needle in text:
                hits.append((str(path), needle))
    assert hits == []
    # The scan could fail: what it looks for is what this session's notes (in memory) do say.
    memory = "\n".join(recent_lines())
    assert "panic key" in memory and "bundle" in memory and device_key in memory
