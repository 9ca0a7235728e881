"""One application-wide event filter: user input restarts the idle timer, and the panic keys fire at
once from any window, dialog or text field.

The panic keys are caught here, before any widget sees them, rather than as a QShortcut: a shortcut
only works while a window of ours is active and no widget claims the key, and a panic key must never
be swallowed by a text field or a modal dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

DEFAULT_IDLE_MINUTES = 5

# Lock: Ctrl+L (the Lock action). Panic: Ctrl+Shift+L (the lock chord plus Shift, easy to find with one
# hand under stress) or F12 (one key). Panic locks at once, clears the clipboard and hides the window.
LOCK_SHORTCUT = QKeySequence("Ctrl+L")
PANIC_KEYS: tuple[tuple[Qt.Key, Qt.KeyboardModifier], ...] = (
    (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
)
PANIC_SHORTCUT_TEXT = "Ctrl+Shift+L / F12"

# Events that show a person is at the keyboard. Paint, timer and focus events do not count: a window
# repainting itself must not keep the vault open.
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})
_RELEVANT_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
                       | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)


def is_panic_key(event: QKeyEvent) -> bool:
    mods = event.modifiers() & _RELEVANT_MODIFIERS
    key = event.key()
    return any(key == k and mods == m for k, m in PANIC_KEYS)


class InputWatcher(QObject):
    """`idle` fires after the delay without input (only while `armed`); `panic` on a panic key."""

    idle = Signal()
    panic = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_delay_minutes(DEFAULT_IDLE_MINUTES)
        self._installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    # -- the idle timer --------------------------------------------------------------------------------

    def set_delay_minutes(self, minutes: int) -> None:
        self.set_delay_ms(max(1, int(minutes)) * 60_000)

    def set_delay_ms(self, ms: int) -> None:
        """The idle delay in milliseconds (tests use a short one)."""
        self._timer.setInterval(max(1, int(ms)))
        if self._timer.isActive():
            self._timer.start()

    def delay_ms(self) -> int:
        return self._timer.interval()

    def arm(self) -> None:
        """Start counting idle time (when the vault is unlocked)."""
        self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    # -- the filter --------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        etype = event.type()
        if etype not in _INPUT_EVENTS:
            return False
        if etype == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.isAutoRepeat() \
                and is_panic_key(event):
            self.panic.emit()
            return True  # no widget should also act on it
        if self._timer.isActive():
            self._timer.start()
        return False
