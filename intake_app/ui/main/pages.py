"""The pages of the main window, made on demand: a field vault's, or headquarters' (by the vault's role).

Each row of the tables names its page and the factory that builds it. A factory imports its page when
the page is first shown, so a field laptop never loads the headquarters screens, and each import is
written out, so a broken one fails the test that builds every page (`tests/ui/test_main_window.py`)
instead of hiding behind a placeholder.

The one placeholder left is for a page that raises while it is being built (a vault it cannot read,
say): it says so, and the other pages, and Lock, keep working.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from intake_app.i18n import N_, _
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

PageFactory = Callable[[Vault, QWidget | None], QWidget]
"""Builds a page (a QWidget that is a `ui.main.page.Page`) for a vault, as a child of the given parent."""


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # marked with N_(), translated where shown
    factory: PageFactory


# -- factories: each imports its page on first use -----------------------------------------------------


def home_page(vault: Vault, parent: QWidget | None) -> QWidget:
    from intake_app.ui.home.page import HomePage

    titles = {spec.key: _(spec.title) for spec in pages_for(vault.info.role)}
    return HomePage(vault, titles, parent)


def record_list(record_type: str) -> PageFactory:
    def make(vault: Vault, parent: QWidget | None) -> QWidget:
        from intake_app.ui.lists.page import RecordListPage

        return RecordListPage(vault, record_type, parent)

    return make


def search_page(vault: Vault, parent: QWidget | None) -> QWidget:
    from intake_app.ui.search.page import SearchPage

    return SearchPage(vault, parent)


def sync_page(vault: Vault, parent: QWidget | None) -> QWidget:
    from intake_app.ui.sync.page import SyncPage

    return SyncPage(vault, parent)


def hq_inbox_page(vault: Vault, parent: QWidget | None) -> QWidget:
    from intake_app.ui.hq.inbox import InboxPage

    return InboxPage(vault, parent)


def hq_devices_page(vault: Vault, parent: QWidget | None) -> QWidget:
    from intake_app.ui.hq.devices import DevicesPage

    return DevicesPage(vault, parent)


def hq_review_page(vault: Vault, parent: QWidget | None) -> QWidget:
    from intake_app.ui.hq.review import ReviewPage

    return ReviewPage(vault, parent)


def hq_reports_page(vault: Vault, parent: QWidget | None) -> QWidget:
    from intake_app.ui.hq.reports import ReportsPage

    return ReportsPage(vault, parent)


def hq_search_page(vault: Vault, parent: QWidget | None) -> QWidget:
    from intake_app.ui.hq.records import HqSearchPage

    return HqSearchPage(vault, parent)


def hq_keys_page(vault: Vault, parent: QWidget | None) -> QWidget:
    from intake_app.ui.hq.keys import KeysPage

    return KeysPage(vault, parent)


# -- the tables ----------------------------------------------------------------------------------------

# Home first in both: the window opens on it, and it says what to do next.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", N_("Home"), home_page),
    PageSpec("cases", N_("Cases"), record_list("case")),
    PageSpec("aid", N_("Aid"), record_list("aid")),
    PageSpec("testimonies", N_("Testimonies"), record_list("testimony")),
    PageSpec("search", N_("Search"), search_page),
    PageSpec("sync", N_("Sync"), sync_page),
)

# A headquarters vault: Home, the coordinator's workspace, then every record received, then the keys.
HQ_PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", N_("Home"), home_page),
    PageSpec("hq-inbox", N_("Inbox"), hq_inbox_page),
    PageSpec("hq-devices", N_("Devices"), hq_devices_page),
    PageSpec("hq-review", N_("Review"), hq_review_page),
    PageSpec("cases", N_("Cases"), record_list("case")),
    PageSpec("aid", N_("Aid"), record_list("aid")),
    PageSpec("testimonies", N_("Testimonies"), record_list("testimony")),
    PageSpec("search", N_("Search"), hq_search_page),
    PageSpec("hq-reports", N_("Reports"), hq_reports_page),
    PageSpec("hq-keys", N_("Profile & keys"), hq_keys_page),
)


def pages_for(role: Role) -> tuple[PageSpec, ...]:
    return HQ_PAGES if role == Role.HQ else PAGES


class FailedPage(QWidget):
    """Stands in for a page that raised while it was being built; offers the `Page` interface."""

    changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(_("This page could not be opened. The details are in the log file."), self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        return None


def make_page(spec: PageSpec, vault: Vault, parent: QWidget | None = None) -> QWidget:
    """The page for `spec`; a FailedPage if building it raises, so that one broken page never takes the
    other pages (or the Lock button) with it."""
    try:
        return spec.factory(vault, parent)
    except Exception:
        # The traceback names code, not record content (a page holds no data before it is built).
        log.exception("the %s page failed to open", spec.key)
        return FailedPage(parent)
