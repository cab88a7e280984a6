# Automatically generated from ui/list_page.ui - do not edit.
# Use `python tools/build_ui.py` to update it.
# ruff: noqa
# mypy: ignore-errors
from lao_desktop.i18n import _

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_ListPage(object):
    def setupUi(self, ListPage):
        if not ListPage.objectName():
            ListPage.setObjectName(u"ListPage")
        self.pageLayout = QVBoxLayout(ListPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.search = QLineEdit(ListPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(260, 0))
        self.search.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.search)

        self.toolbarSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.addButton = QPushButton(ListPage)
        self.addButton.setObjectName(u"addButton")

        self.toolbarLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ListPage)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(ListPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolbarLayout.addWidget(self.deleteButton)

        self.printButton = QPushButton(ListPage)
        self.printButton.setObjectName(u"printButton")

        self.toolbarLayout.addWidget(self.printButton)

        self.exportButton = QPushButton(ListPage)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbarLayout.addWidget(self.exportButton)

        self.trashButton = QPushButton(ListPage)
        self.trashButton.setObjectName(u"trashButton")

        self.toolbarLayout.addWidget(self.trashButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")

        self.filterRow.addLayout(self.filterLayout)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(ListPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.detailTabs = QTabWidget(self.splitter)
        self.detailTabs.setObjectName(u"detailTabs")
        self.detailTabs.setMinimumSize(QSize(320, 0))
        self.detailTab = QWidget()
        self.detailTab.setObjectName(u"detailTab")
        self.detailLayout = QVBoxLayout(self.detailTab)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detail = QTextBrowser(self.detailTab)
        self.detail.setObjectName(u"detail")
        self.detail.setOpenLinks(False)

        self.detailLayout.addWidget(self.detail)

        self.detailTabs.addTab(self.detailTab, "")
        self.splitter.addWidget(self.detailTabs)

        self.pageLayout.addWidget(self.splitter)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.countLabel = QLabel(ListPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.statusLayout.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.undoLabel = QLabel(ListPage)
        self.undoLabel.setObjectName(u"undoLabel")
        self.undoLabel.setText(u"")

        self.statusLayout.addWidget(self.undoLabel)

        self.undoButton = QPushButton(ListPage)
        self.undoButton.setObjectName(u"undoButton")

        self.statusLayout.addWidget(self.undoButton)


        self.pageLayout.addLayout(self.statusLayout)

        self.pageLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.trashButton)

        self.retranslateUi(ListPage)
    # setupUi

    def retranslateUi(self, ListPage):
        self.search.setPlaceholderText(_(u"Search\u2026 (Ctrl+F)"))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(_(u"Search"))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(_(u"Add (Ctrl+N)"))
        self.editButton.setText(_(u"Edit"))
        self.deleteButton.setText(_(u"Delete"))
        self.printButton.setText(_(u"Print"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_(u"Print a document about the chosen record (Ctrl+P)"))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(_(u"Export"))
        self.trashButton.setText(_(u"Trash\u2026"))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.detailTab), _(u"Details"))
        self.undoButton.setText(_(u"Undo delete"))
        pass
    # retranslateUi

