# Automatically generated from ui/trash_dialog.ui - do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_TrashDialog(object):
    def setupUi(self, TrashDialog):
        if not TrashDialog.objectName():
            TrashDialog.setObjectName(u"TrashDialog")
        TrashDialog.resize(760, 480)
        self.dialogLayout = QVBoxLayout(TrashDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanation = QLabel(TrashDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.table = QTableView(TrashDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.table)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.countLabel = QLabel(TrashDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.buttonLayout.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.restoreButton = QPushButton(TrashDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.closeButton = QPushButton(TrashDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(TrashDialog)

        self.restoreButton.setDefault(True)

    # setupUi

    def retranslateUi(self, TrashDialog):
        self.explanation.setText(_(u"Deleted records stay here until you restore them. Nothing is lost."))
        self.restoreButton.setText(_(u"Restore"))
        self.closeButton.setText(_(u"Close"))
        pass
    # retranslateUi

