# Automatically generated from ui/audit_page.ui - do not edit.
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        self.pageLayout = QVBoxLayout(AuditPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.userBox = QComboBox(AuditPage)
        self.userBox.setObjectName(u"userBox")

        self.filterLayout.addWidget(self.userBox)

        self.kindBox = QComboBox(AuditPage)
        self.kindBox.setObjectName(u"kindBox")

        self.filterLayout.addWidget(self.kindBox)

        self.actionBox = QComboBox(AuditPage)
        self.actionBox.setObjectName(u"actionBox")

        self.filterLayout.addWidget(self.actionBox)

        self.search = QLineEdit(AuditPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(200, 0))
        self.search.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.search)


        self.pageLayout.addLayout(self.filterLayout)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.fromLabel = QLabel(AuditPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.dateRow.addWidget(self.fromLabel)

        self.fromLayout = QHBoxLayout()
        self.fromLayout.setObjectName(u"fromLayout")

        self.dateRow.addLayout(self.fromLayout)

        self.toLabel = QLabel(AuditPage)
        self.toLabel.setObjectName(u"toLabel")

        self.dateRow.addWidget(self.toLabel)

        self.toLayout = QHBoxLayout()
        self.toLayout.setObjectName(u"toLayout")

        self.dateRow.addLayout(self.toLayout)

        self.clearButton = QPushButton(AuditPage)
        self.clearButton.setObjectName(u"clearButton")

        self.dateRow.addWidget(self.clearButton)

        self.dateSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.pageLayout.addLayout(self.dateRow)

        self.splitter = QSplitter(AuditPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.splitter.addWidget(self.table)
        self.detail = QTextBrowser(self.splitter)
        self.detail.setObjectName(u"detail")
        self.splitter.addWidget(self.detail)

        self.pageLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.count = QLabel(AuditPage)
        self.count.setObjectName(u"count")

        self.bottomLayout.addWidget(self.count)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.verifyButton = QPushButton(AuditPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.bottomLayout.addWidget(self.verifyButton)

        self.printButton = QPushButton(AuditPage)
        self.printButton.setObjectName(u"printButton")

        self.bottomLayout.addWidget(self.printButton)

        self.exportButton = QPushButton(AuditPage)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.bottomLayout)

        self.verifyResult = QLabel(AuditPage)
        self.verifyResult.setObjectName(u"verifyResult")
        self.verifyResult.setWordWrap(True)
        self.verifyResult.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.verifyResult)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
#if QT_CONFIG(accessibility)
        self.userBox.setAccessibleName(_(u"User"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.userBox.setToolTip(_(u"Only what this user did"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.kindBox.setAccessibleName(_(u"Kind of record"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.kindBox.setToolTip(_(u"Only records of this kind"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.actionBox.setAccessibleName(_(u"Action"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.actionBox.setToolTip(_(u"Only this action"))
#endif // QT_CONFIG(tooltip)
        self.search.setPlaceholderText(_(u"Search the summaries\u2026"))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(_(u"Search"))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(_(u"From"))
        self.toLabel.setText(_(u"to"))
        self.clearButton.setText(_(u"Show everything"))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(_(u"Clear every filter"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(_(u"Audit trail"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(_(u"The chosen entry"))
#endif // QT_CONFIG(accessibility)
        self.detail.setPlaceholderText(_(u"Choose an entry to see what was changed."))
        self.verifyButton.setText(_(u"Verify the trail"))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(_(u"Check that no entry was changed, removed, inserted or reordered"))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(_(u"Print\u2026"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_(u"The audit report of the entries shown, with the latest hash of the whole trail"))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(_(u"Export"))
        pass
    # retranslateUi

