# Automatically generated from ui/main_window.ui - do not edit.
# Use `python tools/build_ui.py` to update it.
# ruff: noqa
# mypy: ignore-errors
from lao_desktop.i18n import _

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionExportDatabase = QAction(MainWindow)
        self.actionExportDatabase.setObjectName(u"actionExportDatabase")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionChangePassword = QAction(MainWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionLogOut = QAction(MainWindow)
        self.actionLogOut.setObjectName(u"actionLogOut")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.central)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(210, 0))
        self.navigation.setMaximumSize(QSize(260, 16777215))
        self.navigation.setStyleSheet(u"QListWidget { background: #f3f6fa; border: none; border-right: 1px solid #d5dbe3; padding-top: 6px; }\n"
"QListWidget::item { padding: 9px 14px; }\n"
"QListWidget::item:selected { background: #2b6cb0; color: white; }")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.centralLayout.addWidget(self.navigation)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuUser = QMenu(self.menubar)
        self.menuUser.setObjectName(u"menuUser")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuUser.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionExportDatabase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuUser.addAction(self.actionChangePassword)
        self.menuUser.addAction(self.actionLock)
        self.menuUser.addSeparator()
        self.menuUser.addAction(self.actionLogOut)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(_(u"LAO Network Desktop"))
        self.actionImport.setText(_(u"Import from Excel or CSV\u2026"))
#if QT_CONFIG(tooltip)
        self.actionImport.setToolTip(_(u"Bring the office's lists in from Excel or CSV files, checked before anything is saved"))
#endif // QT_CONFIG(tooltip)
        self.actionExportDatabase.setText(_(u"Export the whole database\u2026"))
#if QT_CONFIG(tooltip)
        self.actionExportDatabase.setToolTip(_(u"Every record, a sheet for each kind, in one Excel workbook"))
#endif // QT_CONFIG(tooltip)
        self.actionSettings.setText(_(u"Settings\u2026"))
        self.actionQuit.setText(_(u"Quit"))
        self.actionChangePassword.setText(_(u"Change my password\u2026"))
        self.actionLock.setText(_(u"Lock the program now"))
        self.actionLogOut.setText(_(u"Log out"))
        self.actionAbout.setText(_(u"About LAO Network Desktop"))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(_(u"Sections of the program"))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(_(u"&File"))
        self.menuUser.setTitle(_(u"&User"))
        self.menuHelp.setTitle(_(u"&Help"))
    # retranslateUi

