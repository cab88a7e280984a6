# Automatically generated from ui/backup_dialog.ui - do not edit.
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(680, 560)
        BackupDialog.setMinimumSize(QSize(600, 0))
        BackupDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(BackupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(BackupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.whereBox = QGroupBox(BackupDialog)
        self.whereBox.setObjectName(u"whereBox")
        self.whereLayout = QVBoxLayout(self.whereBox)
        self.whereLayout.setObjectName(u"whereLayout")
        self.placeList = QListWidget(self.whereBox)
        self.placeList.setObjectName(u"placeList")
        self.placeList.setMinimumSize(QSize(0, 90))
        self.placeList.setAlternatingRowColors(True)
        self.placeList.setWordWrap(True)
        self.placeList.setSpacing(2)

        self.whereLayout.addWidget(self.placeList)

        self.noDrives = QLabel(self.whereBox)
        self.noDrives.setObjectName(u"noDrives")
        self.noDrives.setVisible(False)
        self.noDrives.setWordWrap(True)
        self.noDrives.setStyleSheet(u"color: #5d4037;")

        self.whereLayout.addWidget(self.noDrives)

        self.placeButtons = QHBoxLayout()
        self.placeButtons.setObjectName(u"placeButtons")
        self.refreshButton = QPushButton(self.whereBox)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.placeButtons.addWidget(self.refreshButton)

        self.folderButton = QPushButton(self.whereBox)
        self.folderButton.setObjectName(u"folderButton")
        self.folderButton.setAutoDefault(False)

        self.placeButtons.addWidget(self.folderButton)

        self.placeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.placeButtons.addItem(self.placeSpacer)


        self.whereLayout.addLayout(self.placeButtons)


        self.dialogLayout.addWidget(self.whereBox)

        self.encryptBox = QGroupBox(BackupDialog)
        self.encryptBox.setObjectName(u"encryptBox")
        self.encryptBox.setCheckable(True)
        self.encryptBox.setChecked(False)
        self.encryptLayout = QVBoxLayout(self.encryptBox)
        self.encryptLayout.setObjectName(u"encryptLayout")
        self.encryptNote = QLabel(self.encryptBox)
        self.encryptNote.setObjectName(u"encryptNote")
        self.encryptNote.setWordWrap(True)
        self.encryptNote.setStyleSheet(u"color: #555;")

        self.encryptLayout.addWidget(self.encryptNote)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.passphraseForm.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)
        self.passphraseLabel = QLabel(self.encryptBox)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseColumn = QVBoxLayout()
        self.passphraseColumn.setSpacing(2)
        self.passphraseColumn.setObjectName(u"passphraseColumn")
        self.passphrase = QLineEdit(self.encryptBox)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMaxLength(200)

        self.passphraseColumn.addWidget(self.passphrase)

        self.passphraseProblem = QLabel(self.encryptBox)
        self.passphraseProblem.setObjectName(u"passphraseProblem")
        self.passphraseProblem.setVisible(False)
        self.passphraseProblem.setWordWrap(True)
        self.passphraseProblem.setStyleSheet(u"color: #b3261e;")
        self.passphraseProblem.setText(u"")

        self.passphraseColumn.addWidget(self.passphraseProblem)


        self.passphraseForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.passphraseColumn)

        self.repeatLabel = QLabel(self.encryptBox)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatColumn = QVBoxLayout()
        self.repeatColumn.setSpacing(2)
        self.repeatColumn.setObjectName(u"repeatColumn")
        self.repeat = QLineEdit(self.encryptBox)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)
        self.repeat.setMaxLength(200)

        self.repeatColumn.addWidget(self.repeat)

        self.repeatProblem = QLabel(self.encryptBox)
        self.repeatProblem.setObjectName(u"repeatProblem")
        self.repeatProblem.setVisible(False)
        self.repeatProblem.setWordWrap(True)
        self.repeatProblem.setStyleSheet(u"color: #b3261e;")
        self.repeatProblem.setText(u"")

        self.repeatColumn.addWidget(self.repeatProblem)


        self.passphraseForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.repeatColumn)


        self.encryptLayout.addLayout(self.passphraseForm)

        self.showPassphrase = QCheckBox(self.encryptBox)
        self.showPassphrase.setObjectName(u"showPassphrase")

        self.encryptLayout.addWidget(self.showPassphrase)

        self.recoveryNote = QLabel(self.encryptBox)
        self.recoveryNote.setObjectName(u"recoveryNote")
        self.recoveryNote.setWordWrap(True)
        self.recoveryNote.setText(u"")

        self.encryptLayout.addWidget(self.recoveryNote)

        self.recoveryButtons = QHBoxLayout()
        self.recoveryButtons.setObjectName(u"recoveryButtons")
        self.recoveryButton = QPushButton(self.encryptBox)
        self.recoveryButton.setObjectName(u"recoveryButton")
        self.recoveryButton.setAutoDefault(False)

        self.recoveryButtons.addWidget(self.recoveryButton)

        self.recoverySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtons.addItem(self.recoverySpacer)


        self.encryptLayout.addLayout(self.recoveryButtons)


        self.dialogLayout.addWidget(self.encryptBox)

        self.result = QLabel(BackupDialog)
        self.result.setObjectName(u"result")
        self.result.setVisible(False)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.result.setStyleSheet(u"QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; border-radius: 4px; padding: 6px; }")
        self.result.setText(u"")

        self.dialogLayout.addWidget(self.result)

        self.problem = QLabel(BackupDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.problem.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39b; border-radius: 4px; padding: 6px; }")
        self.problem.setText(u"")

        self.dialogLayout.addWidget(self.problem)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.startButton = QPushButton(BackupDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttonLayout.addWidget(self.startButton)

        self.closeButton = QPushButton(BackupDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.placeList, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.folderButton)
        QWidget.setTabOrder(self.folderButton, self.encryptBox)
        QWidget.setTabOrder(self.encryptBox, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.repeat)
        QWidget.setTabOrder(self.repeat, self.showPassphrase)
        QWidget.setTabOrder(self.showPassphrase, self.recoveryButton)
        QWidget.setTabOrder(self.recoveryButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.closeButton)

        self.retranslateUi(BackupDialog)

        self.startButton.setDefault(True)

    # setupUi

    def retranslateUi(self, BackupDialog):
        self.intro.setText(_(u"The backup is one file with all the data, the scanned documents included. Keep the USB stick away from this PC: then a fire, a flood, a theft or a broken PC does not take the data with it."))
        self.whereBox.setTitle(_(u"Where to put the backup"))
#if QT_CONFIG(accessibility)
        self.placeList.setAccessibleName(_(u"Where to put the backup"))
#endif // QT_CONFIG(accessibility)
        self.noDrives.setText(_(u"No USB stick found. Plug one in and press Search again, or choose another folder."))
        self.refreshButton.setText(_(u"Search again"))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(_(u"Look again for USB sticks and USB disks"))
#endif // QT_CONFIG(tooltip)
        self.folderButton.setText(_(u"Choose another folder\u2026"))
        self.encryptBox.setTitle(_(u"Encrypt with a passphrase"))
        self.encryptNote.setText(_(u"Whoever finds a lost stick cannot read an encrypted backup. The passphrase is not stored anywhere: without it, or the office's printed recovery key, the backup cannot be opened."))
        self.passphraseLabel.setText(_(u"Passphrase"))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(_(u"Passphrase"))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(_(u"Passphrase again"))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(_(u"Passphrase again"))
#endif // QT_CONFIG(accessibility)
        self.showPassphrase.setText(_(u"Show the passphrase"))
        self.recoveryButton.setText(_(u"Create the recovery key first\u2026"))
        self.startButton.setText(_(u"Back up"))
        self.closeButton.setText(_(u"Close"))
        pass
    # retranslateUi

