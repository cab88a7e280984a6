# Automatically generated from ui/record_dialog.ui - do not edit.
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
    QFormLayout, QFrame, QLabel, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecordDialog(object):
    def setupUi(self, RecordDialog):
        if not RecordDialog.objectName():
            RecordDialog.setObjectName(u"RecordDialog")
        RecordDialog.resize(720, 640)
        RecordDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(RecordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.problems = QLabel(RecordDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setVisible(False)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39b; border-radius: 4px; padding: 6px; }")
        self.problems.setText(u"")

        self.dialogLayout.addWidget(self.problems)

        self.scroll = QScrollArea(RecordDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.fieldsHost = QWidget()
        self.fieldsHost.setObjectName(u"fieldsHost")
        self.fields = QFormLayout(self.fieldsHost)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)
        self.scroll.setWidget(self.fieldsHost)

        self.dialogLayout.addWidget(self.scroll)

        self.hint = QLabel(RecordDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialogLayout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(RecordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(RecordDialog)
    # setupUi

    def retranslateUi(self, RecordDialog):
        self.hint.setText(_(u"Fields marked * must be filled in. Enter saves; Esc cancels."))
        pass
    # retranslateUi

