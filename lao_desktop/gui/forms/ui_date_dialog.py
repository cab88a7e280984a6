# Automatically generated from ui/date_dialog.ui - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from lao_desktop.gui.widgets.date_edit import ThaiDateEdit

class Ui_DateDialog(object):
    def setupUi(self, DateDialog):
        if not DateDialog.objectName():
            DateDialog.setObjectName(u"DateDialog")
        DateDialog.resize(460, 170)
        self.dialogLayout = QVBoxLayout(DateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.question = QLabel(DateDialog)
        self.question.setObjectName(u"question")
        self.question.setText(u"")
        self.question.setWordWrap(True)

        self.dialogLayout.addWidget(self.question)

        self.date = ThaiDateEdit(DateDialog)
        self.date.setObjectName(u"date")

        self.dialogLayout.addWidget(self.date)

        self.problem = QLabel(DateDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(u"color: #b3261e;")
        self.problem.setText(u"")

        self.dialogLayout.addWidget(self.problem)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(DateDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(DateDialog)
    # setupUi

    def retranslateUi(self, DateDialog):
        pass
    # retranslateUi

