# Automatically generated from ui/recovery_key_dialog.ui - do not edit.
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.resize(680, 400)
        RecoveryKeyDialog.setMinimumSize(QSize(620, 0))
        self.dialogLayout = QVBoxLayout(RecoveryKeyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(RecoveryKeyDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)

        self.dialogLayout.addWidget(self.heading)

        self.explanation = QLabel(RecoveryKeyDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.keyText = QLabel(RecoveryKeyDialog)
        self.keyText.setObjectName(u"keyText")
        self.keyText.setAlignment(Qt.AlignCenter)
        self.keyText.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.keyText.setStyleSheet(u"QLabel { background: #fafafa; border: 1px solid #bbb; border-radius: 4px; padding: 14px; }")
        self.keyText.setText(u"")

        self.dialogLayout.addWidget(self.keyText)

        self.keyId = QLabel(RecoveryKeyDialog)
        self.keyId.setObjectName(u"keyId")
        self.keyId.setAlignment(Qt.AlignCenter)
        self.keyId.setText(u"")

        self.dialogLayout.addWidget(self.keyId)

        self.printLayout = QHBoxLayout()
        self.printLayout.setObjectName(u"printLayout")
        self.printSpacerLeft = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printLayout.addItem(self.printSpacerLeft)

        self.printButton = QPushButton(RecoveryKeyDialog)
        self.printButton.setObjectName(u"printButton")

        self.printLayout.addWidget(self.printButton)

        self.printSpacerRight = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printLayout.addItem(self.printSpacerRight)


        self.dialogLayout.addLayout(self.printLayout)

        self.status = QLabel(RecoveryKeyDialog)
        self.status.setObjectName(u"status")
        self.status.setVisible(False)
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignCenter)
        self.status.setStyleSheet(u"color: #1b5e20;")
        self.status.setText(u"")

        self.dialogLayout.addWidget(self.status)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.printed = QCheckBox(RecoveryKeyDialog)
        self.printed.setObjectName(u"printed")
        self.printed.setStyleSheet(u"font-weight: bold;")

        self.dialogLayout.addWidget(self.printed)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.closeHint = QLabel(RecoveryKeyDialog)
        self.closeHint.setObjectName(u"closeHint")
        self.closeHint.setWordWrap(True)
        self.closeHint.setStyleSheet(u"color: #555;")

        self.buttonLayout.addWidget(self.closeHint)

        self.closeButton = QPushButton(RecoveryKeyDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setEnabled(False)
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.buttonLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.printButton, self.printed)
        QWidget.setTabOrder(self.printed, self.closeButton)

        self.retranslateUi(RecoveryKeyDialog)

        self.printButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        self.heading.setText(_(u"The office's new recovery key"))
        self.explanation.setText(_(u"If a passphrase is forgotten, this key opens every encrypted backup made from now on. Print it now and keep the sheet in the office safe. It is shown only this once: the program does not keep it."))
#if QT_CONFIG(accessibility)
        self.keyText.setAccessibleName(_(u"Recovery key"))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(_(u"Print or save as PDF\u2026"))
        self.printed.setText(_(u"I have printed it and put it in a safe place"))
        self.closeHint.setText(_(u"The window closes once the box above is ticked."))
        self.closeButton.setText(_(u"Close"))
        pass
    # retranslateUi

