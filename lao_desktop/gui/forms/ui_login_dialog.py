# Automatically generated from ui/login_dialog.ui - do not edit.
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

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(460, 220)
        LoginDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(LoginDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(LoginDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.heading.setText(u"")

        self.dialogLayout.addWidget(self.heading)

        self.explanation = QLabel(LoginDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.usernameLabel = QLabel(LoginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(LoginDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(100)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(LoginDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(256)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.dialogLayout.addLayout(self.fields)

        self.message = QLabel(LoginDialog)
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

        self.quitButton = QPushButton(LoginDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.quitButton)

        self.loginButton = QPushButton(LoginDialog)
        self.loginButton.setObjectName(u"loginButton")

        self.buttonLayout.addWidget(self.loginButton)

        self.buttonLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.loginButton)
        QWidget.setTabOrder(self.loginButton, self.quitButton)

        self.retranslateUi(LoginDialog)

        self.loginButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(_(u"Log in"))
        self.explanation.setText(_(u"Log in with the user name and password the office's administrator gave you."))
        self.usernameLabel.setText(_(u"User name"))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(_(u"User name"))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(_(u"Password"))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(_(u"Password"))
#endif // QT_CONFIG(accessibility)
        self.quitButton.setText(_(u"Quit the program"))
        self.loginButton.setText(_(u"Log in"))
    # retranslateUi

