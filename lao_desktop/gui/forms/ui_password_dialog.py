# Automatically generated from ui/password_dialog.ui - do not edit.
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(480, 300)
        PasswordDialog.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(PasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(PasswordDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)

        self.dialogLayout.addWidget(self.heading)

        self.explanation = QLabel(PasswordDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.mainFields = QFormLayout()
        self.mainFields.setObjectName(u"mainFields")
        self.currentLabel = QLabel(PasswordDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.mainFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.current = QLineEdit(PasswordDialog)
        self.current.setObjectName(u"current")
        self.current.setEchoMode(QLineEdit.Password)
        self.current.setMaxLength(256)

        self.mainFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current)

        self.passwordLabel = QLabel(PasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.mainFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(PasswordDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(256)

        self.mainFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(PasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.mainFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(PasswordDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)
        self.repeat.setMaxLength(256)

        self.mainFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.dialogLayout.addLayout(self.mainFields)

        self.message = QLabel(PasswordDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #b3261e;")
        self.message.setText(u"")

        self.dialogLayout.addWidget(self.message)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PasswordDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(PasswordDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonLayout.addWidget(self.okButton)

        self.buttonLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.current)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.current, self.password)
        QWidget.setTabOrder(self.password, self.repeat)
        QWidget.setTabOrder(self.repeat, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(PasswordDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(_(u"Change password"))
        self.heading.setText(_(u"Change your password"))
        self.explanation.setText("")
        self.currentLabel.setText(_(u"Current password"))
#if QT_CONFIG(accessibility)
        self.current.setAccessibleName(_(u"Current password"))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(_(u"New password"))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(_(u"New password"))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(_(u"New password again"))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(_(u"New password again"))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(_(u"Cancel"))
        self.okButton.setText(_(u"Save the password"))
    # retranslateUi

