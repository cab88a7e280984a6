# Automatically generated from ui/backup_page.ui - do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        self.pageLayout = QVBoxLayout(BackupPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(BackupPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.heading = QLabel(self.content)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.contentLayout.addWidget(self.heading)

        self.restoredNote = QLabel(self.content)
        self.restoredNote.setObjectName(u"restoredNote")
        self.restoredNote.setVisible(False)
        self.restoredNote.setWordWrap(True)
        self.restoredNote.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.restoredNote.setStyleSheet(u"QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; border-radius: 4px; padding: 6px; }")
        self.restoredNote.setText(u"")

        self.contentLayout.addWidget(self.restoredNote)

        self.intro = QLabel(self.content)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.contentLayout.addWidget(self.intro)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.backupButton = QPushButton(self.content)
        self.backupButton.setObjectName(u"backupButton")
        self.backupButton.setStyleSheet(u"QPushButton { padding: 6px 18px; font-weight: bold; }")

        self.actionLayout.addWidget(self.backupButton)

        self.restoreButton = QPushButton(self.content)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setStyleSheet(u"QPushButton { padding: 6px 18px; }")

        self.actionLayout.addWidget(self.restoreButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)


        self.contentLayout.addLayout(self.actionLayout)

        self.lastBackup = QLabel(self.content)
        self.lastBackup.setObjectName(u"lastBackup")
        self.lastBackup.setWordWrap(True)
        self.lastBackup.setText(u"")

        self.contentLayout.addWidget(self.lastBackup)

        self.reminderBox = QGroupBox(self.content)
        self.reminderBox.setObjectName(u"reminderBox")
        self.reminderLayout = QVBoxLayout(self.reminderBox)
        self.reminderLayout.setObjectName(u"reminderLayout")
        self.reminderRow = QHBoxLayout()
        self.reminderRow.setObjectName(u"reminderRow")
        self.reminderLabel = QLabel(self.reminderBox)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.reminderRow.addWidget(self.reminderLabel)

        self.reminderDays = QSpinBox(self.reminderBox)
        self.reminderDays.setObjectName(u"reminderDays")
        self.reminderDays.setMinimum(1)
        self.reminderDays.setMaximum(365)
        self.reminderDays.setKeyboardTracking(False)
        self.reminderDays.setMinimumSize(QSize(80, 0))

        self.reminderRow.addWidget(self.reminderDays)

        self.daysLabel = QLabel(self.reminderBox)
        self.daysLabel.setObjectName(u"daysLabel")

        self.reminderRow.addWidget(self.daysLabel)

        self.reminderSaved = QLabel(self.reminderBox)
        self.reminderSaved.setObjectName(u"reminderSaved")
        self.reminderSaved.setStyleSheet(u"color: #1b5e20;")
        self.reminderSaved.setText(u"")

        self.reminderRow.addWidget(self.reminderSaved)

        self.reminderSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reminderRow.addItem(self.reminderSpacer)


        self.reminderLayout.addLayout(self.reminderRow)

        self.reminderProblem = QLabel(self.reminderBox)
        self.reminderProblem.setObjectName(u"reminderProblem")
        self.reminderProblem.setVisible(False)
        self.reminderProblem.setWordWrap(True)
        self.reminderProblem.setStyleSheet(u"color: #b3261e;")
        self.reminderProblem.setText(u"")

        self.reminderLayout.addWidget(self.reminderProblem)


        self.contentLayout.addWidget(self.reminderBox)

        self.copiesBox = QGroupBox(self.content)
        self.copiesBox.setObjectName(u"copiesBox")
        self.copiesLayout = QVBoxLayout(self.copiesBox)
        self.copiesLayout.setObjectName(u"copiesLayout")
        self.copiesNote = QLabel(self.copiesBox)
        self.copiesNote.setObjectName(u"copiesNote")
        self.copiesNote.setWordWrap(True)

        self.copiesLayout.addWidget(self.copiesNote)

        self.copiesFolder = QLabel(self.copiesBox)
        self.copiesFolder.setObjectName(u"copiesFolder")
        self.copiesFolder.setWordWrap(True)
        self.copiesFolder.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.copiesFolder.setStyleSheet(u"color: #555;")
        self.copiesFolder.setText(u"")

        self.copiesLayout.addWidget(self.copiesFolder)

        self.copiesProblem = QLabel(self.copiesBox)
        self.copiesProblem.setObjectName(u"copiesProblem")
        self.copiesProblem.setVisible(False)
        self.copiesProblem.setWordWrap(True)
        self.copiesProblem.setStyleSheet(u"color: #b3261e; font-weight: bold;")
        self.copiesProblem.setText(u"")

        self.copiesLayout.addWidget(self.copiesProblem)

        self.copies = QTableWidget(self.copiesBox)
        self.copies.setObjectName(u"copies")
        self.copies.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.copies.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.copies.setSelectionMode(QAbstractItemView.SingleSelection)
        self.copies.setAlternatingRowColors(True)
        self.copies.setMinimumSize(QSize(0, 160))
        self.copies.verticalHeader().setVisible(False)

        self.copiesLayout.addWidget(self.copies)

        self.noCopies = QLabel(self.copiesBox)
        self.noCopies.setObjectName(u"noCopies")
        self.noCopies.setVisible(False)
        self.noCopies.setWordWrap(True)
        self.noCopies.setStyleSheet(u"color: #555;")

        self.copiesLayout.addWidget(self.noCopies)

        self.copiesButtons = QHBoxLayout()
        self.copiesButtons.setObjectName(u"copiesButtons")
        self.restoreCopyButton = QPushButton(self.copiesBox)
        self.restoreCopyButton.setObjectName(u"restoreCopyButton")

        self.copiesButtons.addWidget(self.restoreCopyButton)

        self.copiesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.copiesButtons.addItem(self.copiesSpacer)


        self.copiesLayout.addLayout(self.copiesButtons)


        self.contentLayout.addWidget(self.copiesBox)

        self.keyBox = QGroupBox(self.content)
        self.keyBox.setObjectName(u"keyBox")
        self.keyLayout = QVBoxLayout(self.keyBox)
        self.keyLayout.setObjectName(u"keyLayout")
        self.keyStatus = QLabel(self.keyBox)
        self.keyStatus.setObjectName(u"keyStatus")
        self.keyStatus.setWordWrap(True)
        self.keyStatus.setText(u"")

        self.keyLayout.addWidget(self.keyStatus)

        self.keyNote = QLabel(self.keyBox)
        self.keyNote.setObjectName(u"keyNote")
        self.keyNote.setWordWrap(True)
        self.keyNote.setStyleSheet(u"color: #555;")

        self.keyLayout.addWidget(self.keyNote)

        self.keyButtons = QHBoxLayout()
        self.keyButtons.setObjectName(u"keyButtons")
        self.createKeyButton = QPushButton(self.keyBox)
        self.createKeyButton.setObjectName(u"createKeyButton")

        self.keyButtons.addWidget(self.createKeyButton)

        self.keySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtons.addItem(self.keySpacer)


        self.keyLayout.addLayout(self.keyButtons)


        self.contentLayout.addWidget(self.keyBox)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.reminderLabel.setBuddy(self.reminderDays)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backupButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.reminderDays)
        QWidget.setTabOrder(self.reminderDays, self.copies)
        QWidget.setTabOrder(self.copies, self.restoreCopyButton)
        QWidget.setTabOrder(self.restoreCopyButton, self.createKeyButton)

        self.retranslateUi(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.heading.setText(_(u"Backup and restore"))
        self.intro.setText(_(u"Back up the data to a USB stick every week and keep the stick away from this PC. A backup holds all the data, the scanned documents included, and is checked after it is written."))
        self.backupButton.setText(_(u"Back up now\u2026"))
        self.restoreButton.setText(_(u"Restore from a backup file\u2026"))
        self.reminderBox.setTitle(_(u"Reminder on the home screen"))
        self.reminderLabel.setText(_(u"Remind to back up when the last backup is older than"))
#if QT_CONFIG(accessibility)
        self.reminderDays.setAccessibleName(_(u"Days before the reminder"))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(_(u"days"))
        self.copiesBox.setTitle(_(u"Automatic copies on this PC"))
        self.copiesNote.setText(_(u"Once a day the program keeps a copy of the data on this PC; the last ten are kept. They help after a mistake or a damaged file, not when the PC itself is lost: for that, back up to a USB stick."))
#if QT_CONFIG(accessibility)
        self.copies.setAccessibleName(_(u"Automatic copies on this PC"))
#endif // QT_CONFIG(accessibility)
        self.noCopies.setText(_(u"No automatic copy yet: the first is made soon after the program starts."))
        self.restoreCopyButton.setText(_(u"Restore this copy\u2026"))
        self.keyBox.setTitle(_(u"Recovery key of encrypted backups"))
        self.keyNote.setText(_(u"The printed recovery key opens every encrypted backup when its passphrase is forgotten. Keep the sheet in the office safe."))
        self.createKeyButton.setText(_(u"Create a new recovery key\u2026"))
        pass
    # retranslateUi

