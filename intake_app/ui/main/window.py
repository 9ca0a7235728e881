"""The main window: Cases, Aid, Testimonies, Search and Sync (headquarters: its own pages, see
`pages.py`); Lock and Settings; the sync status.

The window holds the only references to the record views. Locking deletes it with all its children
(see `ui/controller.py`); what it hands over first is a `WindowView` (its size, place, page, and each
page's layout such as a splitter position; see `view.py`), which the controller keeps in memory only and
gives to the next window after unlocking. The title never names a record: window titles end up in task bars, window
lists and screenshots.

Ctrl+N is one window-wide action that asks the page on show for a new record (`new_record()`), so it
works wherever the keyboard focus is, the navigation list included.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, cast

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from intake_app.i18n import _, current_language
from intake_app.ui import style
from intake_app.ui.icons import icon, page_icon
from intake_app.ui.lock.watcher import LOCK_SHORTCUT, PANIC_SHORTCUT_TEXT
from intake_app.ui.main.page import Page
from intake_app.ui.main.pages import make_page, pages_for
from intake_app.ui.main.view import WindowView
from intake_app.vault.status import sync_status
from intake_app.vault.vault import Role, Vault, VaultLockedError

log = logging.getLogger(__name__)


def format_export_time(iso_utc: str | None) -> str:
    """The last export in local time, to the minute; "never" when there was none."""
    if not iso_utc:
        return _("never")
    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def unsent_text(n: int) -> str:
    if n == 0:
        return _("No unsent changes")
    if n == 1:
        return _("1 unsent change")
    return _("{n} unsent changes").format(n=n)


def as_page(widget: QWidget) -> Page:
    """A page widget seen through the interface the window uses (`make_page` builds only such widgets)."""
    return cast(Page, widget)


def _scrolling(page: QWidget, parent: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area: a page taller or wider than the window scrolls instead of
    squeezing its widgets over each other (or making the window bigger than a laptop's screen). A page
    that fits gets exactly the room there is, and no scroll bar."""
    holder = QScrollArea(parent)
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setWidgetResizable(True)
    holder.setWidget(page)
    return holder


class MainWindow(QMainWindow):
    """Signals: `lock_requested`, `settings_requested`, `quit_requested` (the window's close button)."""

    lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("MainWindow")
        self.setWindowTitle(_("Field Intake"))
        self._pages: dict[int, QWidget] = {}
        self.specs = pages_for(vault.info.role)
        # Set by the controller: the close button then means "quit the app" (see closeEvent).
        self.intercept_close = False

        self._pending_memory: dict[str, dict[str, Any]] = {}
        self.setStyleSheet(style.main_window_sheet())

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(style.NAV_WIDTH)
        nav_font = style.ui_font(current_language())
        nav_font.setPointSize(style.BASE_POINT_SIZE + 1)
        self.nav.setFont(nav_font)
        self.nav.setSpacing(2)
        self.nav.setIconSize(QSize(style.NAV_ICON_SIZE, style.NAV_ICON_SIZE))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setAccessibleName(_("Pages"))
        self.stack = QStackedWidget(self)
        for index, spec in enumerate(self.specs):
            item = QListWidgetItem(page_icon(spec.key), _(spec.title))
            item.setSizeHint(QSize(style.NAV_WIDTH - 16, 38))
            item.setToolTip(_("{page} (Ctrl+{n})").format(page=_(spec.title), n=index + 1))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # replaced by the real page on first visit
        # A plain row, not a splitter: the navigation has a fixed width, and a splitter would hand it
        # extra room as an empty gap.
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.show_page)

        self._build_actions()
        self.unsent_label = QLabel(self)
        self.export_label = QLabel(self)
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("backup_reminder")
        self.statusBar().addWidget(self.unsent_label)
        self.statusBar().addWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.export_label)
        self.resize(*style.DEFAULT_WINDOW_SIZE)
        self.nav.setCurrentRow(0)
        self.refresh_status()

    def _build_actions(self) -> None:
        toolbar = QToolBar(_("Main toolbar"), self)
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(style.TOOLBAR_ICON_SIZE, style.TOOLBAR_ICON_SIZE))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        # Window-wide, not a shortcut of each list page: a page's own shortcut fires only while the focus
        # is inside it, and the focus is often on the navigation list right after switching pages.
        self.new_action = QAction(icon("new"), _("New"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.setToolTip(_("Create a new record (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_record)
        toolbar.addAction(self.new_action)
        toolbar.addSeparator()
        self.lock_action = QAction(icon("lock"), _("Lock"), self)
        self.lock_action.setShortcut(LOCK_SHORTCUT)
        lock_keys = LOCK_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        self.lock_action.setToolTip(
            _("Lock now ({lock}). Panic key {panic}: lock, clear the clipboard and hide the window.").format(
                lock=lock_keys, panic=PANIC_SHORTCUT_TEXT))
        self.lock_action.triggered.connect(self.lock_requested)
        self.settings_action = QAction(icon("settings"), _("Settings"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.settings_requested)
        self.import_action = QAction(icon("spreadsheet"), _("Import a spreadsheet…"), self)
        self.import_action.setToolTip(_("Bring records in from a .csv or .xlsx file"))
        self.import_action.triggered.connect(self.open_import_wizard)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.settings_action)
        toolbar.addAction(self.import_action)
        self.export_action: QAction | None = None
        if self.vault.info.role != Role.HQ:
            self.export_action = QAction(icon("export"), _("Prepare bundle for headquarters"), self)
            self.export_action.triggered.connect(self.prepare_bundle)
            toolbar.addAction(self.export_action)
        self.page_actions: list[QAction] = []
        for index, spec in enumerate(self.specs):
            action = QAction(_(spec.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i, focus=True))
            self.addAction(action)  # reachable by keyboard without a visible menu
            self.page_actions.append(action)

    # -- pages -----------------------------------------------------------------------------------------

    def show_page(self, index: int, *, focus: bool = False) -> None:
        """Show page `index`, building it on its first visit; `focus` moves the keyboard into it (after a
        Ctrl+digit; a click or an arrow key in the navigation leaves the focus there)."""
        if not 0 <= index < len(self.specs) or not self.vault.is_open:
            return
        if index not in self._pages:
            page = make_page(self.specs[index], self.vault, self.stack)
            as_page(page).changed.connect(self.refresh_status)
            as_page(page).busy_changed.connect(self._page_busy)
            open_page = getattr(page, "open_page", None)  # the Home page's buttons name the page to open
            if open_page is not None:
                open_page.connect(self.show_page_key)
            placeholder = self.stack.widget(index)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.insertWidget(index, _scrolling(page, self.stack))
            self._pages[index] = page
            self._restore_memory(index)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        self.stack.setCurrentIndex(index)
        self._update_new_action()
        if focus:
            self._pages[index].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_page_key(self, key: str) -> bool:
        """Show the page whose PageSpec has `key`; False if this window has no such page."""
        index = next((i for i, spec in enumerate(self.specs) if spec.key == key), None)
        if index is None:
            return False
        self.show_page(index)
        return True

    def current_page_key(self) -> str:
        index = self.current_index()
        return self.specs[index].key if 0 <= index < len(self.specs) else ""

    def _update_new_action(self) -> None:
        page = self._pages.get(self.current_index())
        self.new_action.setEnabled(self.nav.isEnabled() and callable(getattr(page, "new_record", None)))

    def new_record(self) -> None:
        """Ctrl+N: a new record on the page on show, if it makes records."""
        page = self._pages.get(self.current_index())
        make_new = getattr(page, "new_record", None)
        if self.nav.isEnabled() and callable(make_new):
            make_new()

    # -- what survives a lock (in memory) ---------------------------------------------------------------

    def view(self) -> WindowView:
        """The window's size, place and page, and each built page's layout, for the next window."""
        pages = dict(self._pending_memory)  # pages not visited in this window keep what they had
        for index, page in self._pages.items():
            memory = getattr(page, "view_memory", None)
            if callable(memory):
                try:
                    pages[self.specs[index].key] = dict(memory())
                except Exception:
                    log.exception("a page could not hand over its layout")
        return WindowView(bytes(self.saveGeometry().data()), self.current_page_key(), pages)

    def _restore_memory(self, index: int) -> None:
        memory = self._pending_memory.pop(self.specs[index].key, None)
        restore = getattr(self._pages[index], "restore_view_memory", None)
        if memory is None or not callable(restore):
            return
        try:
            restore(memory)
        except Exception:  # a layout that no longer fits is not worth a broken page
            log.exception("a page could not restore its layout")

    def restore_view(self, view: WindowView) -> None:
        """Come back to `view`: size and place, then its page (built now, with its layout)."""
        self._pending_memory = dict(view.pages)
        for index in self._pages:
            self._restore_memory(index)
        if view.geometry:
            self.restoreGeometry(QByteArray(view.geometry))
        if view.page_key:
            self.show_page_key(view.page_key)

    def _page_busy(self, busy: bool) -> None:
        # A bundle export or import holds the vault: other pages would wait for it, so the user stays
        # on the busy page (Lock still works: it cancels the work first).
        self.nav.setEnabled(not busy)
        self._update_new_action()
        self.settings_action.setEnabled(not busy)
        self.import_action.setEnabled(not busy)
        for action in self.page_actions:
            action.setEnabled(not busy)
        if self.export_action is not None:
            self.export_action.setEnabled(not busy)

    def prepare_bundle(self) -> None:
        """Field: show the Sync page and start "Prepare bundle for headquarters"."""
        index = next((i for i, spec in enumerate(self.specs) if spec.key == "sync"), None)
        if index is None:
            return
        from intake_app.ui.sync.page import SyncPage  # here: a headquarters window never loads it

        self.show_page(index)
        page = self._pages.get(index)
        if isinstance(page, SyncPage):
            page.prepare_bundle()

    def open_import_wizard(self) -> QWidget:
        # Imported here: the wizard and its readers are not needed until someone imports.
        from intake_app.ui.spreadsheet.wizard import ImportWizard

        wizard = ImportWizard(self.vault, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._records_imported)
        wizard.open()
        return wizard

    def _records_imported(self, _added: object) -> None:
        self.refresh_status()
        for page in self._pages.values():
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def page(self, index: int) -> QWidget | None:
        """The page at `index` if it has been shown already."""
        return self._pages.get(index)

    def pages(self) -> list[QWidget]:
        return list(self._pages.values())

    def has_unsaved_changes(self) -> bool:
        return any(as_page(p).has_unsaved_changes() for p in self._pages.values())

    def discard_changes(self) -> None:
        for page in self._pages.values():
            try:
                as_page(page).discard_changes()
            except Exception:  # a page failing must not stop the lock
                log.exception("a page failed to discard its changes")

    # -- status bar ------------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        from intake_app.ui.backup import reminder_text

        self.backup_label.setText(reminder_text(self.vault))
        if self.vault.info.role == Role.HQ:
            return  # headquarters sends no bundles: unsent changes and exports mean nothing there
        try:
            status = sync_status(self.vault)
        except VaultLockedError:
            return
        self.unsent_label.setText(unsent_text(status.unsent_changes))
        when = format_export_time(status.last_export_at)
        self.export_label.setText(_("Last export: {when}").format(when=when))

    # -- closing ---------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.intercept_close:
            # The controller decides (it may ask about unsaved changes), closes the vault and quits.
            event.ignore()
            self.quit_requested.emit()
        else:
            super().closeEvent(event)
