"""The main window: the navigation list on the left, the chosen section on the right."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from lao_desktop import __version__
from lao_desktop.gui.forms.ui_main_window import Ui_MainWindow
from lao_desktop.gui.sections import Section, sections, service_finder
from lao_desktop.i18n import _

if TYPE_CHECKING:  # the services load after the first paint (app.py)
    from lao_desktop.backup.restore import Restored
    from lao_desktop.gui.idle_lock import IdleLock
    from lao_desktop.services.registry import Services

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    data_shown = Signal()  # the first section has its data on screen
    replaced = Signal(object)  # the new MainWindow that took this one's place (``rebuild``)

    def __init__(self, database_key: str = "") -> None:
        """``database_key`` names the database (for its automatic copies)."""
        super().__init__()
        self.database_key = database_key
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(_("LAO Network Desktop"))
        self.services: Services | None = None
        self.sections: list[Section] = sections()
        self.pages: dict[str, QWidget] = {}
        waiting = QLabel(_("Opening the database…"))
        waiting.setMargin(24)
        self.ui.pages.addWidget(waiting)
        for section in self.sections:
            QListWidgetItem(_(section.title), self.ui.navigation)
        self.ui.navigation.setEnabled(False)
        self.ui.navigation.currentRowChanged.connect(self._go)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionSettings.triggered.connect(lambda: self.open_section("settings"))
        self.ui.actionExportDatabase.triggered.connect(self.export_database)
        self.ui.actionImport.triggered.connect(self.import_spreadsheet)
        self.ui.actionImport.setVisible(False)  # for roles that may write, once logged in
        self.ui.actionAbout.triggered.connect(self.about)
        self.ui.actionChangePassword.triggered.connect(self.change_password)
        self.ui.actionLock.triggered.connect(self.lock)
        self.ui.actionLogOut.triggered.connect(self.log_out)
        self.ui.menuUser.setEnabled(False)
        self.idle_lock: IdleLock | None = None
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, self._add)
        self.data_shown.connect(self._back_up_automatically)

    def attach(self, services: Services) -> None:
        """Show the sections, once the database is open and someone has logged in: those
        their role may use."""
        from lao_desktop.services.permissions import Action, allows

        self.services = services
        self.service_for = service_finder(services)
        actor = services.ctx.actor
        self.statusBar().showMessage(
            _("{db} — logged in as {user} ({role})").format(
                db=services.ctx.db.describe(), user=actor.username, role=actor.role.label
            )
        )
        for row, section in enumerate(self.sections):
            shown = not section.needs or allows(actor, Action(section.needs))
            self.ui.navigation.item(row).setHidden(not shown)
        self.ui.navigation.setEnabled(True)
        self.ui.actionImport.setVisible(allows(actor, Action.WRITE))
        self.ui.navigation.setCurrentRow(0)
        if actor.user_id is not None:
            self.ui.menuUser.setEnabled(True)
            minutes = services.settings.idle_lock_minutes()
            if minutes:
                from lao_desktop.gui.idle_lock import IdleLock

                self.idle_lock = IdleLock(services, minutes, self.log_out, self)

    def sign_in(self, services: Services) -> bool:
        """The first start's setup (or another PC's backup restored) or the login, then the
        sections; False when the clerk quits instead."""
        from lao_desktop.gui.sign_in import sign_in

        signed_in = sign_in(self, services, self.database_key)
        if signed_in is None:
            return False
        self.attach(signed_in)
        return True

    def lock(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.lock()

    def log_out(self) -> None:
        """Back to the login, in a new window (nothing of this session stays on screen);
        the program ends when nobody logs in."""
        from lao_desktop.services.registry import Services

        if self.services is None:
            return
        self.services.accounts.log_out()
        self._sign_in_anew(Services(self.services.ctx.db))

    def _sign_in_anew(self, services: Services) -> MainWindow | None:
        """A new window in this one's place, where someone signs in on ``services``'
        database; None (and no window) when nobody does."""
        if self.idle_lock is not None:
            self.idle_lock.stop()
        successor = MainWindow(self.database_key)
        successor.setGeometry(self.geometry())
        successor.show()
        self.replaced.emit(successor)
        self.close()
        self.deleteLater()
        if not successor.sign_in(services):
            successor.close()
            return None
        return successor

    def export_database(self) -> None:
        from lao_desktop.gui.export_actions import export_database

        if self.services is not None:
            export_database(self, self.services)

    def import_spreadsheet(self) -> None:
        from lao_desktop.gui.import_dialog import ImportDialog

        if self.services is not None:
            dialog = ImportDialog(self, self.services)
            dialog.imported.connect(lambda _report: self.reload_data())
            dialog.exec()

    def reload_data(self) -> None:
        """Records came in other than through a list (an import): the lists built so far
        read them again, the one on screen at once, the others when next shown."""
        from lao_desktop.gui.home_page import HomePage
        from lao_desktop.gui.list_page import ListPage
        from lao_desktop.gui.network_tree import NetworkTreePage

        for page in self.pages.values():
            tabs = page if isinstance(page, QTabWidget) else None
            for part in [tabs.widget(i) for i in range(tabs.count())] if tabs else [page]:
                if isinstance(part, ListPage | NetworkTreePage | HomePage) and part.loaded:
                    part.loaded = False
                    if part.isVisible():
                        part.load()

    def change_password(self) -> None:
        from lao_desktop.gui.password_dialog import PasswordDialog

        if self.services is not None and PasswordDialog(self, self.services.accounts).exec():
            self.statusBar().showMessage(_("Your password was changed."), 10_000)

    def open_section(self, key: str) -> None:
        row = next(i for i, s in enumerate(self.sections) if s.key == key)
        self.ui.navigation.setCurrentRow(row)

    def page(self, key: str) -> QWidget:
        """The page of a section, built on first use."""
        if key not in self.pages:
            assert self.services is not None
            section = next(s for s in self.sections if s.key == key)
            self._add_page(key, section.build(self.services, self.service_for))
        return self.pages[key]

    def _add_page(self, key: str, page: QWidget) -> None:
        if hasattr(page, "language_changed"):  # settings: another interface language
            page.language_changed.connect(lambda _code: self.rebuild())
        if hasattr(page, "open_record"):  # home: an item to look at
            page.open_record.connect(self.show_record)
        if hasattr(page, "backup_requested"):  # home: "Back up now" on the reminder line
            page.backup_requested.connect(self.back_up_now)
        if hasattr(page, "database_replaced"):  # backup: the data was restored
            page.database_replaced.connect(self.reopen)
        if hasattr(page, "target"):  # backup: copies are kept per database
            page.target = self.database_key
        self.pages[key] = page
        self.ui.pages.addWidget(page)

    def show_record(self, section: str, service: str, ident: object) -> None:
        """Open the list of ``service`` in ``section`` and select ``ident`` there (None:
        only open the list)."""
        self.open_section(section)
        page = self.pages[section]
        tabs = page if isinstance(page, QTabWidget) else None
        lists = [tabs.widget(i) for i in range(tabs.count())] if tabs else [page]
        for found in lists:
            if (
                found is None
                or getattr(getattr(found, "concept", None), "service", None) != service
            ):
                continue
            if tabs is not None:
                tabs.setCurrentWidget(found)
            if ident is not None:
                found.select(ident)  # type: ignore[attr-defined]
            return

    def rebuild(self, services: Services | None = None) -> MainWindow:
        """This window again, in the interface language now set, on the same database (or on
        ``services``) and showing the same section; this one closes. Texts are translated
        when widgets are built, so building anew is the one sure way to change them all."""
        if self.idle_lock is not None:
            self.idle_lock.stop()
        successor = MainWindow(self.database_key)
        successor.setGeometry(self.geometry())
        services = services or self.services
        if services is not None:
            successor.attach(services)
            successor.open_section(self.sections[self.ui.navigation.currentRow()].key)
        successor.show()
        self.replaced.emit(successor)
        self.close()
        self.deleteLater()
        return successor

    def reopen(self, restored: Restored) -> MainWindow | None:
        """After a restore, which closed the database: open it again and build the window
        anew on it, the backup page saying what was restored. An acting user whom the
        restored data does not hold as an active administrator is not carried over: the
        login (or the first start's setup) on the restored data instead."""
        from lao_desktop.gui.sign_in import administrator_in, open_again
        from lao_desktop.services.registry import Services

        assert self.services is not None
        database = open_again(self, self.services.ctx.db)
        if database is None:
            return None
        actor = administrator_in(Services(database), self.services.ctx.actor)
        if actor is not None:
            successor = self.rebuild(Services(database, actor))  # on the backup page still
        else:
            signed_in = self._sign_in_anew(Services(database))
            if signed_in is None:
                return None
            successor = signed_in
            successor.open_section("backup")
        page = successor.pages.get("backup")
        if page is not None:
            page.show_restored(restored)  # type: ignore[attr-defined]
        return successor

    def back_up_now(self) -> None:
        self.open_section("backup")
        self.pages["backup"].back_up_now()  # type: ignore[attr-defined]

    def _back_up_automatically(self) -> None:
        """Today's automatic copy, in the background once the data is on screen."""
        if self.services is not None:
            from lao_desktop.gui import automatic_backup

            automatic_backup.start(self.services, self.database_key)

    def current_page(self) -> QWidget | None:
        return self.ui.pages.currentWidget() if self.services is not None else None

    def _go(self, row: int) -> None:
        if row < 0 or self.services is None:
            return
        page = self.page(self.sections[row].key)
        self.ui.pages.setCurrentWidget(page)
        if hasattr(page, "load") and not getattr(page, "loaded", False):
            page.load()
        self.data_shown.emit()

    def _focus_search(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def _add(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "add"):
            page.add()

    def about(self) -> None:
        QMessageBox.about(
            self,
            _("About LAO Network Desktop"),
            _(
                "LAO Network Desktop {version}\n\nCooperation networks of Thai local "
                "administrative organizations: partners, networks, committees, meetings, "
                "resource exchanges, agreements and joint plans.\n\nFree software (GPL-3.0 or "
                "later). Thai font: Sarabun (SIL Open Font License 1.1)."
            ).format(version=__version__),
        )
