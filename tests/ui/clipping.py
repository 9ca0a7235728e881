"""Finding clipped text: each visible label, button, check box, radio button, combo box and table header
of a window, compared with the room it has.

- a label that does not wrap, a button, a check box, a radio button: its size hint (the width its text and
  icon need, with the style's margins) against its width;
- a label that wraps: the height it needs at its width against its height;
- a combo box: its current text against the width of its edit field (QStyle's own sub-control);
- a table's header: what each visible section needs (QHeaderView.sectionSizeFromContents: text, margins,
  sort arrow) against the section's width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTabWidget,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    if parent is not None:
        parts.append(f"in {type(parent).__name__}#{parent.objectName()}")
    return " ".join(parts) + f" {text[:60]!r}"


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed}px of height, has {label.height()}"
        return None
    needed = label.sizeHint().width()
    if needed > label.width() + SLACK:
        return f"needs {needed}px, has {label.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = field.width()
    if not combo.itemIcon(combo.currentIndex()).isNull():
        room -= combo.iconSize().width() + 4
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK:
        return f"text needs {needed}px, its field has {room}"
    return None


def _header_problems(view: QAbstractItemView) -> list[str]:
    problems: list[str] = []
    if not isinstance(view, QTableView):
        return problems
    header: QHeaderView = view.horizontalHeader()
    if not header.isVisible():
        return problems
    model = view.model()
    if model is None:
        return problems
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        # What the header's style needs for this section: text, margins, and the sort arrow when shown.
        needed = header.sectionSizeFromContents(section).width()
        if needed > header.sectionSize(section) + SLACK:
            problems.append(f"header {str(text)!r} of {type(view).__name__}: needs {needed}px, has "
                            f"{header.sectionSize(section)}")
    return problems


def clipped(top: QWidget) -> list[str]:
    """A line for each clipped text shown in `top` (empty when nothing is clipped)."""
    problems: list[str] = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            if widget.text() and widget.sizeHint().width() > widget.width() + SLACK:
                problem = f"needs {widget.sizeHint().width()}px, has {widget.width()}"
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        elif isinstance(widget, QAbstractItemView):
            problems.extend(_header_problems(widget))
        if problem:
            problems.append(f"{_name(widget)}: {problem}")
    return problems


def clipped_in_every_tab(top: QWidget, settle) -> list[str]:
    """`clipped(top)` with each tab of each visible tab widget shown in turn."""
    problems = clipped(top)
    for tabs in top.findChildren(QTabWidget):
        if not _shown(tabs, top):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == current:
                continue
            tabs.setCurrentIndex(index)
            settle()
            problems.extend(f"[tab {tabs.tabText(index)!r}] {p}" for p in clipped(top))
        tabs.setCurrentIndex(current)
    return sorted(set(problems))
