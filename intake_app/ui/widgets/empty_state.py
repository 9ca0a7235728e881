"""What an empty page or list says instead of showing nothing: what it is for and what to do.

`EmptyState` is a block of centred text (a bold line, then an explanation). `empty_overlay` lays one over an
item view (a list, a table) while the view, or another view it watches, has no rows, so a page gains its
guidance with one line and keeps its layout.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from intake_app.ui import style


class EmptyState(QWidget):
    """A heading and a sentence, centred and wrapped, in the muted colour."""

    def __init__(self, heading: str = "", text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.heading = QLabel(self)
        self.heading.setObjectName("emptyStateHeading")
        self.text = QLabel(self)
        self.text.setObjectName("emptyStateText")
        for label in (self.heading, self.text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setStyleSheet(style.colour_style(style.MUTED, bold=True))
        self.text.setStyleSheet(style.colour_style(style.MUTED))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN * 2, style.MARGIN * 2, style.MARGIN * 2, style.MARGIN * 2)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(2)
        self._update: Callable[[], None] | None = None
        self.set_text(heading, text)

    def refresh(self) -> None:
        """Laid over a view (`empty_overlay`): check again whether to show, after a change its model does not
        signal (a filter switched on, say)."""
        if self._update is not None:
            self._update()

    def set_text(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        self.text.setText(text)
        self.text.setVisible(bool(text))

    def shown_text(self) -> str:
        """Everything it says, as one string (for tests and screen readers)."""
        return "\n".join(t for t in (self.heading.text(), self.text.text()) if t)


class _Overlay(QObject):
    """Keeps an EmptyState the size of a view's viewport and shown only while the watched model is empty."""

    def __init__(self, view: QAbstractItemView, state: EmptyState, texts: Callable[[], tuple[str, str]],
                 watched: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.state = state
        self.texts = texts
        self.watched = watched
        view.viewport().installEventFilter(self)
        self._model: QAbstractItemModel | None = None
        self._connect(watched.model())

    def _connect(self, model: QAbstractItemModel | None) -> None:
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.state.setGeometry(self.view.viewport().rect())
        return False

    def update(self) -> None:
        # A view being destroyed empties its model on the way out: nothing to show then.
        if not (shiboken6.isValid(self.watched) and shiboken6.isValid(self.view) and shiboken6.isValid(self.state)):
            return
        model = self.watched.model()
        self._connect(model)
        empty = model is None or model.rowCount() == 0
        if empty:
            self.state.set_text(*self.texts())
            self.state.setGeometry(self.view.viewport().rect())
            self.state.raise_()
        self.state.setVisible(empty)


def empty_overlay(view: QAbstractItemView, heading: str | Callable[[], tuple[str, str]], text: str = "", *,
                  watch: QAbstractItemView | None = None) -> EmptyState:
    """Show `heading` and `text` over `view` while `watch` (the view itself by default) has no rows.

    `heading` may instead be a function giving (heading, text) at the moment the view becomes empty, for a
    view that says different things when there is nothing at all and when a filter found nothing. Call
    `.refresh()` on the result after a change the model does not signal."""
    state = EmptyState(parent=view.viewport())
    texts: Callable[[], tuple[str, str]] = heading if callable(heading) else (lambda: (heading, text))
    overlay = _Overlay(view, state, texts, watch or view)
    state._update = overlay.update
    overlay.update()
    return state
