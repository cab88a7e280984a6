# Automatically generated from ui/setup_dialog.ui - do not edit.
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(560, 300)
        SetupDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(SetupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(SetupDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)

        self.dialogLayout.addWidget(self.heading)

        self.explanation = QLabel(SetupDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.moveBox = QFrame(SetupDialog)
        self.moveBox.setObjectName(u"moveBox")
        self.moveBox.setFrameShape(QFrame.StyledPanel)
        self.moveLayout = QVBoxLayout(self.moveBox)
        self.moveLayout.setObjectName(u"moveLayout")
        self.moveHint = QLabel(self.moveBox)
        self.moveHint.setObjectName(u"moveHint")
        self.moveHint.setWordWrap(True)

        self.moveLayout.addWidget(self.moveHint)

        self.moveButtonLayout = QHBoxLayout()
        self.moveButtonLayout.setObjectName(u"moveButtonLayout")
        self.restoreButton = QPushButton(self.moveBox)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.moveButtonLayout.addWidget(self.restoreButton)

        self.moveSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moveButtonLayout.addItem(self.moveSpacer)

        self.moveButtonLayout.setStretch(1, 1)

        self.moveLayout.addLayout(self.moveButtonLayout)


        self.dialogLayout.addWidget(self.moveBox)

        self.officeBox = QGroupBox(SetupDialog)
        self.officeBox.setObjectName(u"officeBox")
        self.officeFields = QFormLayout(self.officeBox)
        self.officeFields.setObjectName(u"officeFields")
        self.officeNameLabel = QLabel(self.officeBox)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeName = QLineEdit(self.officeBox)
        self.officeName.setObjectName(u"officeName")
        self.officeName.setMaxLength(300)

        self.officeFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeName)

        self.officeTypeLabel = QLabel(self.officeBox)
        self.officeTypeLabel.setObjectName(u"officeTypeLabel")

        self.officeFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeTypeLabel)

        self.officeType = QComboBox(self.officeBox)
        self.officeType.setObjectName(u"officeType")

        self.officeFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeType)


        self.dialogLayout.addWidget(self.officeBox)

        self.adminBox = QGroupBox(SetupDialog)
        self.adminBox.setObjectName(u"adminBox")
        self.adminFields = QFormLayout(self.adminBox)
        self.adminFields.setObjectName(u"adminFields")
        self.usernameLabel = QLabel(self.adminBox)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.adminBox)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(100)

        self.adminFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.displayNameLabel = QLabel(self.adminBox)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.adminFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(self.adminBox)
        self.displayName.setObjectName(u"displayName")
        self.displayName.setMaxLength(300)

        self.adminFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.positionLabel = QLabel(self.adminBox)
        self.positionLabel.setObjectName(u"positionLabel")

        self.adminFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.position = QLineEdit(self.adminBox)
        self.position.setObjectName(u"position")
        self.position.setMaxLength(300)

        self.adminFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.position)

        self.passwordLabel = QLabel(self.adminBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.adminBox)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(256)

        self.adminFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(self.adminBox)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.adminFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(self.adminBox)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)
        self.repeat.setMaxLength(256)

        self.adminFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.dialogLayout.addWidget(self.adminBox)

        self.message = QLabel(SetupDialog)
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

        self.cancelButton = QPushButton(SetupDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(SetupDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonLayout.addWidget(self.okButton)

        self.buttonLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeName)
        self.officeTypeLabel.setBuddy(self.officeType)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.positionLabel.setBuddy(self.position)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeName, self.officeType)
        QWidget.setTabOrder(self.officeType, self.username)
        QWidget.setTabOrder(self.username, self.displayName)
        QWidget.setTabOrder(self.displayName, self.position)
        QWidget.setTabOrder(self.position, self.password)
        QWidget.setTabOrder(self.password, self.repeat)
        QWidget.setTabOrder(self.repeat, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.restoreButton)

        self.retranslateUi(SetupDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(_(u"Set up the program"))
        self.heading.setText(_(u"Welcome to LAO Network Desktop"))
        self.explanation.setText(_(u"This is the first start on this database. Name your office and create the administrator's account: the administrator adds the other users, changes settings and restores backups. Write the password down and keep it in a safe place."))
        self.moveHint.setText(_(u"Moving from another PC or reinstalling? Restore the old PC's latest backup instead of filling in this form: its data, users and passwords come with it."))
        self.restoreButton.setText(_(u"Restore from a backup (moving from another PC)\u2026"))
        self.officeBox.setTitle(_(u"Your office"))
        self.officeNameLabel.setText(_(u"Office name"))
#if QT_CONFIG(accessibility)
        self.officeName.setAccessibleName(_(u"Office name"))
#endif // QT_CONFIG(accessibility)
        self.officeTypeLabel.setText(_(u"Type of office"))
#if QT_CONFIG(accessibility)
        self.officeType.setAccessibleName(_(u"Type of office"))
#endif // QT_CONFIG(accessibility)
        self.adminBox.setTitle(_(u"The administrator"))
        self.usernameLabel.setText(_(u"User name"))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(_(u"User name"))
#endif // QT_CONFIG(accessibility)
        self.displayNameLabel.setText(_(u"Full name"))
#if QT_CONFIG(accessibility)
        self.displayName.setAccessibleName(_(u"Full name"))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(_(u"Position"))
#if QT_CONFIG(accessibility)
        self.position.setAccessibleName(_(u"Position"))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(_(u"Password"))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(_(u"Password"))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(_(u"Password again"))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(_(u"Password again"))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(_(u"Quit the program"))
        self.okButton.setText(_(u"Start using the program"))
    # retranslateUi

