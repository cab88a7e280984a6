"""Start the program: the window first, then the database, so something shows at once.

``--smoke-test OUT.png`` opens the window on a database, waits until the first section
shows its data, saves a screenshot and prints the milliseconds from process start to
first paint, to Home's saved figures (when there are some) and to data shown (read now).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from lao_desktop.errors import DomainError
from lao_desktop.gui.fonts import apply_font, register_fonts
from lao_desktop.gui.main_window import MainWindow
from lao_desktop.gui.qt_texts import CatalogueTranslator
from lao_desktop.i18n import _
from lao_desktop.paths import database_target, resource_path

log = logging.getLogger(__name__)


def process_start_ms() -> float:
    """Milliseconds since this process started (from the OS, so imports count)."""
    if sys.platform == "win32":
        return _windows_process_age_ms()
    with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
        ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as uptime:
        up = float(uptime.read().split()[0])
    return (up - ticks / os.sysconf("SC_CLK_TCK")) * 1000


def _windows_process_age_ms() -> float:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    created, exited, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
    kernel32.GetProcessTimes(
        kernel32.GetCurrentProcess(),
        ctypes.byref(created),
        ctypes.byref(exited),
        ctypes.byref(kernel),
        ctypes.byref(user),
    )
    kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))

    def ticks(value: wintypes.FILETIME) -> int:  # 100-nanosecond units
        return (value.dwHighDateTime << 32) | value.dwLowDateTime

    return (ticks(now) - ticks(created)) / 10_000


class _FirstPaint(QObject):
    """Notes the time of the window's first paint."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self.at_ms: float | None = None
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at_ms is None:
            self.at_ms = process_start_ms()
            QTimer.singleShot(0, self.then)  # after this paint reaches the screen
        return False


def warm_up(_progress: object = None) -> None:
    """What the first list showing a place would otherwise load (75 ms): read on a
    background thread while the clerk looks at Home."""
    from lao_desktop.thai import geo

    geo.province("10")


def settle() -> None:
    """Once Home shows: what was loaded to get there (Qt, SQLAlchemy, the models, the
    services) stays for the whole session, so the garbage collector need not walk it again;
    a full collection over it cost up to 80 ms in the middle of opening a list."""
    gc.collect()
    gc.freeze()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("LAO Network Desktop")
    app.setOrganizationName("lao-desktop")
    app.setWindowIcon(QIcon(str(resource_path("icons", "lao-desktop.png"))))
    app.setDesktopFileName("lao-desktop")  # the Linux bundle's lao-desktop.desktop
    register_fonts()
    apply_font(app)
    translator = CatalogueTranslator(app)
    app.installTranslator(translator)
    return app


SMOKE_TEST_LIMIT_MS = 60_000


def _fail_smoke_test_on_error(outcome: dict[str, int]) -> None:
    """A smoke test ends with a non-zero code instead of hanging: an error raised in a
    slot (Qt would only print it and carry on), or no data shown within the limit."""

    def failed(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        sys.__excepthook__(kind, error, trace)
        outcome["code"] = 1
        QApplication.exit(1)

    def too_slow() -> None:
        print(f"no data shown within {SMOKE_TEST_LIMIT_MS} ms", file=sys.stderr)
        outcome["code"] = 3
        QApplication.exit(3)

    sys.excepthook = failed
    QTimer.singleShot(SMOKE_TEST_LIMIT_MS, too_slow)


def run(
    target: str | None,
    smoke_test: str | None = None,
    *,
    language_given: bool = False,
    login: argparse.Namespace | None = None,
) -> int:
    """``language_given``: --lang was on the command line; else this PC's saved choice.
    ``login``: the command line names the user (``--user`` and the password as for every
    command, see ``cli.login``); else the login window asks."""
    if not language_given:
        from lao_desktop import i18n, preferences

        chosen = preferences.language()
        if chosen is not None:
            i18n.set_language(chosen)
    app = make_application()
    window = MainWindow(database_target(target))
    current = [window]  # keeps the window that replaced it (another language) alive

    def replaced(successor: MainWindow) -> None:
        current[:] = [successor]
        successor.replaced.connect(replaced)

    window.replaced.connect(replaced)
    outcome = {"code": 0}

    def open_database() -> None:
        from lao_desktop.db.database import open_database as open_db
        from lao_desktop.services.registry import Services

        try:
            services = Services(open_db(target))
            if login is not None:  # --user, or a smoke test: nobody types a password
                from lao_desktop.cli.login import acting_user

                window.attach(Services(services.ctx.db, acting_user(services.ctx.db, login)))
            elif not window.sign_in(services):
                app.quit()
        except DomainError as error:
            if smoke_test:  # no one is there to close a message box
                print(error, file=sys.stderr)
            else:
                QMessageBox.critical(window, _("Cannot open the database"), str(error))
            outcome["code"] = 2
            app.quit()

    if smoke_test:

        def shown() -> None:
            window.repaint()  # the data on screen, not only in the model
            data_ms = process_start_ms()
            window.grab().save(smoke_test)
            print(f"first paint: {first_paint.at_ms or data_ms:.0f} ms")
            print(f"data shown: {data_ms:.0f} ms")
            print(f"screenshot: {Path(smoke_test).resolve()}")
            app.quit()

        window.data_shown.connect(lambda: QTimer.singleShot(0, shown))
        _fail_smoke_test_on_error(outcome)
    jobs: list[object] = []  # keeps the warm-up job alive until it ends

    def start_warm_up() -> None:
        from lao_desktop.gui.jobs import run_job

        if not jobs:
            settle()
            jobs.append(run_job(None, "", warm_up, lambda _r: None, show_progress=False))

    window.data_shown.connect(lambda: QTimer.singleShot(0, start_warm_up))
    first_paint = _FirstPaint(open_database)
    window.installEventFilter(first_paint)
    window.show()
    code = app.exec()
    return outcome["code"] or code
