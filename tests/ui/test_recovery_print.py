"""The recovery key's Print button: the page holds the key and what to do with it; a file is never written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from intake_app.crypto.recovery import format_recovery_key, generate_recovery_key
from intake_app.ui.firstrun.wizard import FirstRunWizard
from intake_app.ui.settings.recovery import RecoveryKeyDialog
from intake_app.ui.widgets import messages, recovery_print
from intake_app.ui.widgets.recovery import RecoveryKeyView
from tests.ui.shell_support import english_ui


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


@pytest.fixture
def key() -> str:
    return format_recovery_key(generate_recovery_key())


class _PaperPrinter(QPrinter):
    """A printer that says it prints on paper (this test machine has no printer at all)."""

    name = "HP_LaserJet_Office"

    def outputFormat(self):
        return QPrinter.OutputFormat.NativeFormat

    def printerName(self):
        return self.name


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch):
    """Record what the Print button asks and prints; the warning is answered yes."""
    seen: dict[str, list] = {"asked": [], "informed": [], "printed": []}

    def ask(parent, title, text, on_yes, **kwargs):
        seen["asked"].append((title, text, kwargs.get("yes_text")))
        on_yes()

    monkeypatch.setattr(messages, "ask", ask)
    monkeypatch.setattr(messages, "inform", lambda parent, title, text, **kw: seen["informed"].append(text))
    monkeypatch.setattr(recovery_print, "_printers_available", lambda: True)
    monkeypatch.setattr(recovery_print, "_print_document",
                        lambda document, printer: seen["printed"].append(document.toPlainText()))
    return seen


def _view(qtbot, key: str) -> RecoveryKeyView:
    view = RecoveryKeyView(key)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_printout_holds_every_group_numbered_and_the_instructions_but_no_program_name(qtbot, key):
    text = recovery_print.key_document(key).toPlainText()
    for number, group in enumerate(key.split("-"), start=1):
        assert group in text
        assert f"group {number}" in text
    assert "Keep this paper somewhere safe" in text
    assert "Field Intake" not in text


def test_print_sends_the_key_to_a_paper_printer(qtbot, key, steps, monkeypatch):
    monkeypatch.setattr(recovery_print, "_new_printer", lambda: _PaperPrinter())
    monkeypatch.setattr(recovery_print, "_show_print_dialog", lambda parent, printer, on_accepted: on_accepted())
    view = _view(qtbot, key)
    assert view.print_button.text() == "Print…"
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    [(title, warning, yes)] = steps["asked"]
    assert title == "Print the recovery key?"
    assert "keep a copy" in warning and yes == "Print"
    [printed] = steps["printed"]
    assert all(group in printed for group in key.split("-"))
    assert steps["informed"] == []


def test_print_to_a_file_is_refused_and_writes_nothing(qtbot, key, steps, monkeypatch, tmp_path: Path):
    target = tmp_path / "recovery-key.pdf"

    def user_picks_print_to_file(parent, printer, on_accepted):
        printer.setOutputFileName(str(target))
        on_accepted()

    monkeypatch.setattr(recovery_print, "_show_print_dialog", user_picks_print_to_file)
    view = _view(qtbot, key)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert steps["printed"] == []
    [message] = steps["informed"]
    assert "printing to a file would leave the key readable" in message
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_refusal_reads_the_printer_itself(qtbot, tmp_path: Path):
    printer = QPrinter()
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    assert recovery_print.refusal(printer)
    assert recovery_print.refusal(_PaperPrinter()) is None
    pdf = _PaperPrinter()
    pdf.setOutputFileName(str(tmp_path / "key.pdf"))
    assert recovery_print.refusal(pdf)  # a file name is a file, whatever the format says
    for file_printer in ("PDF", "Microsoft Print to PDF", "Microsoft XPS Document Writer", "OneNote (Desktop)"):
        disguised = _PaperPrinter()
        disguised.name = file_printer
        assert recovery_print.refusal(disguised), file_printer
    assert not (tmp_path / "key.pdf").exists()


def test_without_a_printer_the_user_is_told_to_write_it_down(qtbot, key, steps, monkeypatch):
    monkeypatch.setattr(recovery_print, "_printers_available", lambda: False)
    shown = []
    monkeypatch.setattr(recovery_print, "_show_print_dialog", lambda *args: shown.append(args))
    view = _view(qtbot, key)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert shown == [] and steps["printed"] == []
    assert steps["informed"] == ["No printer is set up on this computer. Write the recovery key down by hand."]


def test_the_print_dialog_does_not_offer_print_to_file(qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    opened = []
    monkeypatch.setattr(QPrintDialog, "open", lambda self: opened.append(self))
    view = _view(qtbot, "AAAA-BBBB")
    recovery_print._show_print_dialog(view, QPrinter(), lambda: None)
    [dialog] = opened
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    dialog.deleteLater()


def test_the_wizard_and_the_new_key_dialog_have_the_print_button(qtbot, key, isolated_data_dir):
    wizard = FirstRunWizard(isolated_data_dir)
    qtbot.addWidget(wizard)
    assert wizard.recovery_page.view.print_button.text() == "Print…"
    assert "Print button" in wizard.recovery_page.hint.text()
    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    assert dialog.view.print_button.isEnabled()
    assert "Print button" in dialog.hint.text()
