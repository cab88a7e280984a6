"""The yardstick for start-up: a bare PySide6 window, timed from process start to its first
paint exactly as ``lao-desktop --smoke-test`` times ours (see lao_desktop/gui/app.py)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def process_start_ms() -> float:
    """The same clock as lao_desktop.gui.app.process_start_ms (not imported: that would
    load our package into the yardstick)."""
    with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
        ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as uptime:
        up = float(uptime.read().split()[0])
    return (up - ticks / os.sysconf("SC_CLK_TCK")) * 1000


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first paint: {process_start_ms():.0f} ms")
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
