# Automatically generated from ui/network_tree.ui - do not edit.
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
    QSpacerItem, QSplitter, QTableView, QTreeView,
    QVBoxLayout, QWidget)

class Ui_NetworkTreePage(object):
    def setupUi(self, NetworkTreePage):
        if not NetworkTreePage.objectName():
            NetworkTreePage.setObjectName(u"NetworkTreePage")
        self.pageLayout = QVBoxLayout(NetworkTreePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.search = QLineEdit(NetworkTreePage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(260, 0))
        self.search.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.search)

        self.toolbarSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.expandButton = QPushButton(NetworkTreePage)
        self.expandButton.setObjectName(u"expandButton")

        self.toolbarLayout.addWidget(self.expandButton)

        self.collapseButton = QPushButton(NetworkTreePage)
        self.collapseButton.setObjectName(u"collapseButton")

        self.toolbarLayout.addWidget(self.collapseButton)

        self.refreshButton = QPushButton(NetworkTreePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolbarLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(NetworkTreePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tree = QTreeView(self.splitter)
        self.tree.setObjectName(u"tree")
        self.tree.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.splitter.addWidget(self.tree)
        self.tree.header().setStretchLastSection(True)
        self.membersPanel = QWidget(self.splitter)
        self.membersPanel.setObjectName(u"membersPanel")
        self.membersPanel.setMinimumSize(QSize(320, 0))
        self.membersLayout = QVBoxLayout(self.membersPanel)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersLayout.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel(self.membersPanel)
        self.heading.setObjectName(u"heading")
        self.heading.setText(u"")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.PlainText)
        self.heading.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.membersLayout.addWidget(self.heading)

        self.pathLabel = QLabel(self.membersPanel)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setText(u"")
        self.pathLabel.setWordWrap(True)
        self.pathLabel.setTextFormat(Qt.PlainText)
        self.pathLabel.setStyleSheet(u"color: #555;")

        self.membersLayout.addWidget(self.pathLabel)

        self.membersLabel = QLabel(self.membersPanel)
        self.membersLabel.setObjectName(u"membersLabel")
        self.membersLabel.setText(u"")
        self.membersLabel.setWordWrap(True)

        self.membersLayout.addWidget(self.membersLabel)

        self.members = QTableView(self.membersPanel)
        self.members.setObjectName(u"members")

        self.membersLayout.addWidget(self.members)

        self.splitter.addWidget(self.membersPanel)

        self.pageLayout.addWidget(self.splitter)

        self.countLabel = QLabel(NetworkTreePage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.pageLayout.addWidget(self.countLabel)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(NetworkTreePage)
    # setupUi

    def retranslateUi(self, NetworkTreePage):
        self.search.setPlaceholderText(_(u"Search networks by name\u2026 (Ctrl+F)"))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(_(u"Search networks by name"))
#endif // QT_CONFIG(accessibility)
        self.expandButton.setText(_(u"Expand all"))
        self.collapseButton.setText(_(u"Collapse all"))
        self.refreshButton.setText(_(u"Refresh"))
#if QT_CONFIG(accessibility)
        self.members.setAccessibleName(_(u"Current members of the network"))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

