# Automatically generated from ui/restore_dialog.ui - do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(800, 300)
        RestoreDialog.setMinimumSize(QSize(640, 0))
        RestoreDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(RestoreDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(RestoreDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileLabel.sizePolicy().hasHeightForWidth())
        self.fileLabel.setSizePolicy(sizePolicy)
        self.fileLabel.setText(u"")

        self.fileLayout.addWidget(self.fileLabel)

        self.chooseButton = QPushButton(RestoreDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.chooseButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.problem = QLabel(RestoreDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.problem.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39b; border-radius: 4px; padding: 6px; }")
        self.problem.setText(u"")

        self.dialogLayout.addWidget(self.problem)

        self.contentBox = QGroupBox(RestoreDialog)
        self.contentBox.setObjectName(u"contentBox")
        self.contentLayout = QHBoxLayout(self.contentBox)
        self.contentLayout.setObjectName(u"contentLayout")
        self.facts = QFormLayout()
        self.facts.setObjectName(u"facts")
        self.facts.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.facts.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)
        self.officeLabel = QLabel(self.contentBox)
        self.officeLabel.setObjectName(u"officeLabel")

        self.facts.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.office = QLabel(self.contentBox)
        self.office.setObjectName(u"office")
        self.office.setWordWrap(True)
        self.office.setStyleSheet(u"font-weight: bold;")
        self.office.setText(u"")

        self.facts.setWidget(0, QFormLayout.ItemRole.FieldRole, self.office)

        self.madeLabel = QLabel(self.contentBox)
        self.madeLabel.setObjectName(u"madeLabel")

        self.facts.setWidget(1, QFormLayout.ItemRole.LabelRole, self.madeLabel)

        self.made = QLabel(self.contentBox)
        self.made.setObjectName(u"made")
        self.made.setWordWrap(True)
        self.made.setStyleSheet(u"font-weight: bold;")
        self.made.setText(u"")

        self.facts.setWidget(1, QFormLayout.ItemRole.FieldRole, self.made)

        self.versionLabel = QLabel(self.contentBox)
        self.versionLabel.setObjectName(u"versionLabel")

        self.facts.setWidget(2, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.version = QLabel(self.contentBox)
        self.version.setObjectName(u"version")
        self.version.setWordWrap(True)
        self.version.setText(u"")

        self.facts.setWidget(2, QFormLayout.ItemRole.FieldRole, self.version)

        self.schemaLabel = QLabel(self.contentBox)
        self.schemaLabel.setObjectName(u"schemaLabel")

        self.facts.setWidget(3, QFormLayout.ItemRole.LabelRole, self.schemaLabel)

        self.schema = QLabel(self.contentBox)
        self.schema.setObjectName(u"schema")
        self.schema.setWordWrap(True)
        self.schema.setText(u"")

        self.facts.setWidget(3, QFormLayout.ItemRole.FieldRole, self.schema)

        self.scansLabel = QLabel(self.contentBox)
        self.scansLabel.setObjectName(u"scansLabel")

        self.facts.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scansLabel)

        self.scans = QLabel(self.contentBox)
        self.scans.setObjectName(u"scans")
        self.scans.setWordWrap(True)
        self.scans.setText(u"")

        self.facts.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scans)

        self.encryptedLabel = QLabel(self.contentBox)
        self.encryptedLabel.setObjectName(u"encryptedLabel")

        self.facts.setWidget(5, QFormLayout.ItemRole.LabelRole, self.encryptedLabel)

        self.encrypted = QLabel(self.contentBox)
        self.encrypted.setObjectName(u"encrypted")
        self.encrypted.setWordWrap(True)
        self.encrypted.setText(u"")

        self.facts.setWidget(5, QFormLayout.ItemRole.FieldRole, self.encrypted)


        self.contentLayout.addLayout(self.facts)

        self.counts = QTableWidget(self.contentBox)
        self.counts.setObjectName(u"counts")
        self.counts.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.NoSelection)
        self.counts.setFocusPolicy(Qt.NoFocus)
        self.counts.setAlternatingRowColors(True)
        self.counts.setMinimumSize(QSize(280, 0))
        self.counts.horizontalHeader().setStretchLastSection(False)
        self.counts.verticalHeader().setVisible(False)

        self.contentLayout.addWidget(self.counts)

        self.contentLayout.setStretch(0, 1)

        self.dialogLayout.addWidget(self.contentBox)

        self.unlockBox = QGroupBox(RestoreDialog)
        self.unlockBox.setObjectName(u"unlockBox")
        self.unlockForm = QFormLayout(self.unlockBox)
        self.unlockForm.setObjectName(u"unlockForm")
        self.unlockForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.unlockForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.passphraseLabel = QLabel(self.unlockBox)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.unlockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphrase = QLineEdit(self.unlockBox)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMaxLength(200)

        self.unlockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.useRecoveryKey = QCheckBox(self.unlockBox)
        self.useRecoveryKey.setObjectName(u"useRecoveryKey")

        self.unlockForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.useRecoveryKey)

        self.recoveryKeyLabel = QLabel(self.unlockBox)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")

        self.unlockForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recoveryKeyLabel)

        self.recoveryKey = QLineEdit(self.unlockBox)
        self.recoveryKey.setObjectName(u"recoveryKey")
        self.recoveryKey.setPlaceholderText(u"XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.recoveryKey.setMaxLength(120)

        self.unlockForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recoveryKey)

        self.unlockProblem = QLabel(self.unlockBox)
        self.unlockProblem.setObjectName(u"unlockProblem")
        self.unlockProblem.setVisible(False)
        self.unlockProblem.setWordWrap(True)
        self.unlockProblem.setStyleSheet(u"color: #b3261e;")
        self.unlockProblem.setText(u"")

        self.unlockForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unlockProblem)


        self.dialogLayout.addWidget(self.unlockBox)

        self.warning = QLabel(RestoreDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.warning.setStyleSheet(u"QLabel { background: #fff8e1; color: #4e342e; border: 1px solid #ffcc80; border-radius: 4px; padding: 6px; }")
        self.warning.setText(u"")

        self.dialogLayout.addWidget(self.warning)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.restoreButton = QPushButton(RestoreDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)
        self.restoreButton.setStyleSheet(u"QPushButton:enabled { color: #8a1c12; font-weight: bold; }")

        self.buttonLayout.addWidget(self.restoreButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(RestoreDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.recoveryKeyLabel.setBuddy(self.recoveryKey)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphrase, self.useRecoveryKey)
        QWidget.setTabOrder(self.useRecoveryKey, self.recoveryKey)
        QWidget.setTabOrder(self.recoveryKey, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.chooseButton)

        self.retranslateUi(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        self.chooseButton.setText(_(u"Choose another file\u2026"))
        self.contentBox.setTitle(_(u"What this backup holds"))
        self.officeLabel.setText(_(u"Office"))
        self.madeLabel.setText(_(u"Made on"))
        self.versionLabel.setText(_(u"Program version"))
        self.schemaLabel.setText(_(u"Database version"))
        self.scansLabel.setText(_(u"Scanned documents"))
        self.encryptedLabel.setText(_(u"Encrypted"))
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(_(u"Records in the backup"))
#endif // QT_CONFIG(accessibility)
        self.unlockBox.setTitle(_(u"This backup is encrypted"))
        self.passphraseLabel.setText(_(u"Passphrase"))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(_(u"Passphrase"))
#endif // QT_CONFIG(accessibility)
        self.useRecoveryKey.setText(_(u"Use the office's printed recovery key instead"))
        self.recoveryKeyLabel.setText(_(u"Recovery key"))
#if QT_CONFIG(accessibility)
        self.recoveryKey.setAccessibleName(_(u"Recovery key"))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(_(u"Replace the current data with this backup"))
        self.cancelButton.setText(_(u"Cancel"))
        pass
    # retranslateUi

