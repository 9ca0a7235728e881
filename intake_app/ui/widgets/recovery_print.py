"""Print the recovery key on paper, and only on paper.

Printing to a file is refused: a PDF of the recovery key on this laptop is the key in plain text, beside
the vault it opens. The print dialog does not offer it, and a printer that still turns out to write a file
(no printer installed, or a "print to file" printer) is refused with a message; nothing is written.
Before the dialog the worker is told that the printing system may keep a copy of the page for a while
(CUPS keeps printed files for a day by default), so writing by hand stays the choice that leaves nothing.

The page carries no program name and the print job a neutral name: a sheet found in a bag, or the job
list of a printer, should not say what the code opens.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from intake_app.i18n import _, current_language
from intake_app.ui import style
from intake_app.ui.widgets import messages

GROUPS_PER_LINE = 4
# Printers that are really files: CUPS-PDF ("PDF", writes to ~/PDF), "Microsoft Print to PDF", the XPS
# Document Writer, OneNote. The system presents them as ordinary printers, so their names give them away.
FILE_PRINTER_WORDS = ("pdf", "xps", "onenote", "document writer")


def printout_lines() -> list[str]:
    """What the paper says under the key."""
    return [
        _("With this key the vault can be opened if the passphrase is forgotten. Anyone who has it can "
          "open the vault too."),
        _("Keep this paper somewhere safe, away from the laptop. Do not photograph it and do not keep a "
          "copy on the laptop or a phone."),
        _("When the program asks for the recovery key, type the groups in this order."),
    ]


def key_document(key_text: str) -> QTextDocument:
    """The printout: the key's groups large, numbered as on screen, and what to do with the paper."""
    groups = key_text.split("-")
    mono = style.mono_font(current_language(), style.RECOVERY_KEY_POINT_SIZE).family()
    cells = []
    for start in range(0, len(groups), GROUPS_PER_LINE):
        numbers = "".join(f"<td align='center' style='color:#444'>{html.escape(_('group {n}').format(n=i + 1))}"
                          "</td>" for i in range(start, min(start + GROUPS_PER_LINE, len(groups))))
        keys = "".join(f"<td align='center' style=\"font-family:'{html.escape(mono)}'; font-size:22pt; "
                       f"font-weight:bold; padding:4px 14px 14px 14px\">{html.escape(group)}</td>"
                       for group in groups[start:start + GROUPS_PER_LINE])
        cells.append(f"<tr>{numbers}</tr><tr>{keys}</tr>")
    notes = "".join(f"<p style='font-size:12pt'>{html.escape(line)}</p>" for line in printout_lines())
    document = QTextDocument()
    document.setDefaultFont(style.ui_font(current_language()))
    document.setHtml(f"<h1>{html.escape(_('Recovery key'))}</h1>"
                     f"<table cellspacing='0' style='margin:18px 0'>{''.join(cells)}</table>{notes}")
    return document


def _is_file_printer(printer: QPrinter) -> bool:
    name = printer.printerName()
    model = QPrinterInfo.printerInfo(name).makeAndModel() if name else ""
    described = f"{name} {model}".lower()
    return any(word in described for word in FILE_PRINTER_WORDS)


def refusal(printer: QPrinter) -> str | None:
    """Why this printer may not print the key (it would write a file), or None for a paper printer."""
    if (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or printer.outputFileName()
            or _is_file_printer(printer)):
        return _("The recovery key was not printed: printing to a file would leave the key readable on this "
                 "computer. Choose a printer that prints on paper, or write the key down by hand.")
    return None


# -- the steps, each replaceable in tests (no real printer, no modal dialog) ---------------------------------

def _printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def _new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(_("Document"))
    return printer


def _show_print_dialog(parent: QWidget, printer: QPrinter, on_accepted: Callable[[], None]) -> None:
    dialog = QPrintDialog(printer, parent)
    # Only the choices that make sense for one page; never "print to file".
    for option in (QAbstractPrintDialog.PrintDialogOption.PrintToFile,
                   QAbstractPrintDialog.PrintDialogOption.PrintSelection,
                   QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
                   QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage):
        dialog.setOption(option, False)
    dialog.accepted.connect(on_accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()  # window-modal, no nested event loop (see ui/widgets/messages.py)


def _print_document(document: QTextDocument, printer: QPrinter) -> None:
    document.print_(printer)


# -- the Print button's action ------------------------------------------------------------------------------

def print_recovery_key(parent: QWidget, key_text: str) -> None:
    """Warn about the printing system's copy, let the user pick a paper printer, then print."""
    if not _printers_available():
        messages.inform(parent, _("No printer"),
                        _("No printer is set up on this computer. Write the recovery key down by hand."),
                        error=True)
        return

    def choose_printer() -> None:
        printer = _new_printer()
        _show_print_dialog(parent, printer, lambda: finish(printer))

    def finish(printer: QPrinter) -> None:
        problem = refusal(printer)
        if problem:
            messages.inform(parent, _("Not printed"), problem, error=True)
            return
        _print_document(key_document(key_text), printer)

    messages.ask(parent, _("Print the recovery key?"),
                 _("The printer and this computer's printing system may keep a copy of the page for a while "
                   "(on Linux usually a day). Writing the key down by hand leaves no copy anywhere."),
                 choose_printer, yes_text=_("Print"))
