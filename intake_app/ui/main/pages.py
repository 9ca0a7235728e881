"""The pages of the main window, made on demand: a field vault's, or headquarters' (by the vault's role).

The record lists and the search page are built in their own folders (`ui/lists`, `ui/search`); if one
of them cannot be imported (a partial installation, or while it is being written) the page shows a
placeholder instead of taking the whole window down with it.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from intake_app.i18n import N_, _
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str          # marked with N_(), translated where shown
    record_type: str | None  # None: the search page (or the page `factory` names)
    # "module:Class" of a page made as Class(vault, parent) (sync and HQ pages), imported on first visit.
    factory: str | None = None


PAGES: tuple[PageSpec, ...] = (
    PageSpec("cases", N_("Cases"), "case"),
    PageSpec("aid", N_("Aid"), "aid"),
    PageSpec("testimonies", N_("Testimonies"), "testimony"),
    PageSpec("search", N_("Search"), None),
    PageSpec("sync", N_("Sync"), None, "intake_app.ui.sync.page:SyncPage"),
)

# A headquarters vault: the coordinator's workspace first, then every record received, then the keys.
HQ_PAGES: tuple[PageSpec, ...] = (
    PageSpec("hq-inbox", N_("Inbox"), None, "intake_app.ui.hq.inbox:InboxPage"),
    PageSpec("hq-devices", N_("Devices"), None, "intake_app.ui.hq.devices:DevicesPage"),
    PageSpec("hq-review", N_("Review"), None, "intake_app.ui.hq.review:ReviewPage"),
    PageSpec("cases", N_("Cases"), "case"),
    PageSpec("aid", N_("Aid"), "aid"),
    PageSpec("testimonies", N_("Testimonies"), "testimony"),
    PageSpec("search", N_("Search"), None, "intake_app.ui.hq.records:HqSearchPage"),
    PageSpec("hq-reports", N_("Reports"), None, "intake_app.ui.hq.reports:ReportsPage"),
    PageSpec("hq-keys", N_("Profile & keys"), None, "intake_app.ui.hq.keys:KeysPage"),
)


def pages_for(role: Role) -> tuple[PageSpec, ...]:
    return HQ_PAGES if role == Role.HQ else PAGES


class PlaceholderPage(QWidget):
    """Stands in for a page that is missing or failed to open; offers the same small interface."""

    def __init__(self, parent: QWidget | None = None, *, failed: bool = False) -> None:
        super().__init__(parent)
        text = (_("This page could not be opened. The details are in the log file.") if failed
                else _("This page is not available in this version."))
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        return None


def _list_page_factory() -> Callable[[Vault, str, QWidget | None], QWidget] | None:
    try:
        from intake_app.ui.lists.page import RecordListPage
    except ImportError:
        log.warning("record list page unavailable", exc_info=True)
        return None
    return RecordListPage


def _search_page_factory() -> Callable[[Vault, QWidget | None], QWidget] | None:
    try:
        from intake_app.ui.search.page import SearchPage
    except ImportError:
        log.warning("search page unavailable", exc_info=True)
        return None
    return SearchPage


def _named_factory(name: str) -> Callable[[Vault, QWidget | None], QWidget] | None:
    module, _sep, attribute = name.partition(":")
    try:
        return getattr(importlib.import_module(module), attribute)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        log.warning("page %s unavailable", name, exc_info=True)
        return None


def make_page(spec: PageSpec, vault: Vault, parent: QWidget | None = None) -> QWidget:
    """The page for `spec`; a placeholder if its module is missing or it fails to build, so that one
    broken page never takes the other pages (or the Lock button) with it."""
    try:
        if spec.factory is not None:
            page_cls = _named_factory(spec.factory)
            return page_cls(vault, parent) if page_cls is not None else PlaceholderPage(parent)
        if spec.record_type is None:
            search_cls = _search_page_factory()
            return search_cls(vault, parent) if search_cls is not None else PlaceholderPage(parent)
        list_cls = _list_page_factory()
        return list_cls(vault, spec.record_type, parent) if list_cls is not None else PlaceholderPage(parent)
    except Exception:
        # The traceback names code, not record content (a page holds no data before it is built).
        log.exception("the %s page failed to open", spec.key)
        return PlaceholderPage(parent, failed=True)
