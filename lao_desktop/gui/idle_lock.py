"""The idle lock: after the office's number of minutes without a key press or a mouse click,
a curtain covers every screen and the same user's password is asked. Windows and dialogs
stay as they were underneath (hiding a dialog would end it and lose what was typed), so the
password brings back a half-typed form. "Log out" ends the session instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from lao_desktop.gui.sign_in import LoginDialog

if TYPE_CHECKING:
    from lao_desktop.services.registry import Services

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    def __init__(
        self, services: Services, minutes: int, log_out: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.log_out = log_out
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(minutes, 1) * 60_000)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in ACTIVITY:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Cover the screens and ask for the password; back as before, or logged out."""
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        open_dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        ]
        curtains = [_curtain(screen.geometry()) for screen in QApplication.screens()]
        user = self.services.ctx.actor.username
        dialog = LoginDialog(curtains[0], self.services.accounts, locked_user=user)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        unlocked = dialog.exec()
        for curtain in curtains:
            curtain.close()
            curtain.deleteLater()
        self.locked = False
        if unlocked:
            self.timer.start()
            return
        for open_dialog in open_dialogs:  # what was not saved is given up: logged out
            open_dialog.reject()
        QTimer.singleShot(0, self.log_out)


def _curtain(area: object) -> QWidget:
    curtain = QWidget(
        None,
        Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool,
    )
    curtain.setObjectName("lockCurtain")
    curtain.setStyleSheet("#lockCurtain { background: #33475b; }")
    curtain.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    curtain.setGeometry(area)  # type: ignore[call-overload]
    curtain.show()
    return curtain
