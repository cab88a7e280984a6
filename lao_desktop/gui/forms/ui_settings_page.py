# Automatically generated from ui/settings_page.ui - do not edit.
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(SettingsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.problems = QLabel(self.content)
        self.problems.setObjectName(u"problems")
        self.problems.setVisible(False)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39b; border-radius: 4px; padding: 6px; }")
        self.problems.setText(u"")

        self.contentLayout.addWidget(self.problems)

        self.officeBox = QGroupBox(self.content)
        self.officeBox.setObjectName(u"officeBox")
        self.officeLayout = QVBoxLayout(self.officeBox)
        self.officeLayout.setObjectName(u"officeLayout")
        self.demoNote = QLabel(self.officeBox)
        self.demoNote.setObjectName(u"demoNote")
        self.demoNote.setVisible(False)
        self.demoNote.setWordWrap(True)

        self.officeLayout.addWidget(self.demoNote)

        self.officeFields = QFormLayout()
        self.officeFields.setObjectName(u"officeFields")
        self.officeFields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.officeFields.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)

        self.officeLayout.addLayout(self.officeFields)


        self.contentLayout.addWidget(self.officeBox)

        self.emblemBox = QGroupBox(self.content)
        self.emblemBox.setObjectName(u"emblemBox")
        self.emblemLayout = QHBoxLayout(self.emblemBox)
        self.emblemLayout.setObjectName(u"emblemLayout")
        self.emblemPreview = QLabel(self.emblemBox)
        self.emblemPreview.setObjectName(u"emblemPreview")
        self.emblemPreview.setMinimumSize(QSize(130, 130))
        self.emblemPreview.setMaximumSize(QSize(130, 130))
        self.emblemPreview.setFrameShape(QFrame.StyledPanel)
        self.emblemPreview.setAlignment(Qt.AlignCenter)
        self.emblemPreview.setWordWrap(True)

        self.emblemLayout.addWidget(self.emblemPreview, 0, Qt.AlignTop)

        self.emblemSide = QVBoxLayout()
        self.emblemSide.setObjectName(u"emblemSide")
        self.emblemHint = QLabel(self.emblemBox)
        self.emblemHint.setObjectName(u"emblemHint")
        self.emblemHint.setWordWrap(True)

        self.emblemSide.addWidget(self.emblemHint)

        self.emblemButtons = QHBoxLayout()
        self.emblemButtons.setObjectName(u"emblemButtons")
        self.chooseEmblemButton = QPushButton(self.emblemBox)
        self.chooseEmblemButton.setObjectName(u"chooseEmblemButton")

        self.emblemButtons.addWidget(self.chooseEmblemButton)

        self.removeEmblemButton = QPushButton(self.emblemBox)
        self.removeEmblemButton.setObjectName(u"removeEmblemButton")

        self.emblemButtons.addWidget(self.removeEmblemButton)

        self.emblemSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emblemButtons.addItem(self.emblemSpacer)


        self.emblemSide.addLayout(self.emblemButtons)

        self.emblemProblem = QLabel(self.emblemBox)
        self.emblemProblem.setObjectName(u"emblemProblem")
        self.emblemProblem.setVisible(False)
        self.emblemProblem.setWordWrap(True)
        self.emblemProblem.setStyleSheet(u"color: #b3261e;")
        self.emblemProblem.setText(u"")

        self.emblemSide.addWidget(self.emblemProblem)


        self.emblemLayout.addLayout(self.emblemSide)


        self.contentLayout.addWidget(self.emblemBox)

        self.documentsBox = QGroupBox(self.content)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsLayout = QVBoxLayout(self.documentsBox)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.thaiDigits = QCheckBox(self.documentsBox)
        self.thaiDigits.setObjectName(u"thaiDigits")

        self.documentsLayout.addWidget(self.thaiDigits)

        self.thaiDigitsProblem = QLabel(self.documentsBox)
        self.thaiDigitsProblem.setObjectName(u"thaiDigitsProblem")
        self.thaiDigitsProblem.setVisible(False)
        self.thaiDigitsProblem.setWordWrap(True)
        self.thaiDigitsProblem.setStyleSheet(u"color: #b3261e;")
        self.thaiDigitsProblem.setText(u"")

        self.documentsLayout.addWidget(self.thaiDigitsProblem)

        self.fontLabel = QLabel(self.documentsBox)
        self.fontLabel.setObjectName(u"fontLabel")

        self.documentsLayout.addWidget(self.fontLabel)

        self.bundledFont = QRadioButton(self.documentsBox)
        self.bundledFont.setObjectName(u"bundledFont")
        self.bundledFont.setChecked(True)

        self.documentsLayout.addWidget(self.bundledFont)

        self.ownFontRow = QHBoxLayout()
        self.ownFontRow.setObjectName(u"ownFontRow")
        self.ownFont = QRadioButton(self.documentsBox)
        self.ownFont.setObjectName(u"ownFont")

        self.ownFontRow.addWidget(self.ownFont)

        self.fontFile = QLabel(self.documentsBox)
        self.fontFile.setObjectName(u"fontFile")
        self.fontFile.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.ownFontRow.addWidget(self.fontFile)

        self.chooseFontButton = QPushButton(self.documentsBox)
        self.chooseFontButton.setObjectName(u"chooseFontButton")

        self.ownFontRow.addWidget(self.chooseFontButton)

        self.fontSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownFontRow.addItem(self.fontSpacer)


        self.documentsLayout.addLayout(self.ownFontRow)

        self.fontProblem = QLabel(self.documentsBox)
        self.fontProblem.setObjectName(u"fontProblem")
        self.fontProblem.setVisible(False)
        self.fontProblem.setWordWrap(True)
        self.fontProblem.setStyleSheet(u"color: #b3261e;")
        self.fontProblem.setText(u"")

        self.documentsLayout.addWidget(self.fontProblem)


        self.contentLayout.addWidget(self.documentsBox)

        self.languageBox = QGroupBox(self.content)
        self.languageBox.setObjectName(u"languageBox")
        self.languageLayout = QHBoxLayout(self.languageBox)
        self.languageLayout.setObjectName(u"languageLayout")
        self.language = QComboBox(self.languageBox)
        self.language.setObjectName(u"language")
        self.language.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.languageLayout.addWidget(self.language)

        self.languageHint = QLabel(self.languageBox)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)

        self.languageLayout.addWidget(self.languageHint)

        self.languageLayout.setStretch(1, 1)

        self.contentLayout.addWidget(self.languageBox)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.savedNote = QLabel(self.content)
        self.savedNote.setObjectName(u"savedNote")
        self.savedNote.setStyleSheet(u"color: #1b5e20;")
        self.savedNote.setText(u"")

        self.saveRow.addWidget(self.savedNote)

        self.saveSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.saveButton = QPushButton(self.content)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)


        self.contentLayout.addLayout(self.saveRow)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)


        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.officeBox.setTitle(_(u"Office details"))
        self.demoNote.setText(_(u"This is demonstration data: try anything, then start the office's own database when ready."))
        self.emblemBox.setTitle(_(u"Emblem on documents"))
        self.emblemPreview.setText(_(u"No emblem"))
        self.emblemHint.setText(_(u"The Garuda emblem or the office's seal, printed at the top of letters, orders and announcements. Choose a PNG or JPEG image (a scan of about 600 pixels high is enough). Until one is chosen, documents show a labelled placeholder."))
        self.chooseEmblemButton.setText(_(u"Choose image\u2026"))
        self.removeEmblemButton.setText(_(u"Remove emblem"))
        self.documentsBox.setTitle(_(u"Documents"))
        self.thaiDigits.setText(_(u"Thai digits in documents (\u0e51 \u0e52 \u0e53 instead of 1 2 3)"))
        self.fontLabel.setText(_(u"Font of documents:"))
        self.bundledFont.setText(_(u"Sarabun, the Thai font that comes with the program"))
        self.ownFont.setText(_(u"A TrueType font file of the office:"))
        self.fontFile.setText(_(u"no file chosen"))
        self.chooseFontButton.setText(_(u"Choose font file\u2026"))
        self.languageBox.setTitle(_(u"Interface language"))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(_(u"Interface language"))
#endif // QT_CONFIG(accessibility)
        self.languageHint.setText(_(u"For this PC only. After saving, the window opens again in the chosen language."))
        self.saveButton.setText(_(u"Save settings (Ctrl+S)"))
        pass
    # retranslateUi

