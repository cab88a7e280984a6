# Automatically generated from ui/import_dialog.ui - do not edit.
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 420)
        ImportDialog.setMinimumSize(QSize(640, 0))
        ImportDialog.setSizeGripEnabled(True)
        ImportDialog.setAcceptDrops(True)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ImportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.fileBox = QGroupBox(ImportDialog)
        self.fileBox.setObjectName(u"fileBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileBox.sizePolicy().hasHeightForWidth())
        self.fileBox.setSizePolicy(sizePolicy)
        self.fileBoxLayout = QVBoxLayout(self.fileBox)
        self.fileBoxLayout.setObjectName(u"fileBoxLayout")
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(self.fileBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindCombo = QComboBox(self.fileBox)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy1)
        self.kindCombo.setMaxVisibleItems(12)

        self.kindRow.addWidget(self.kindCombo)

        self.templateButton = QPushButton(self.fileBox)
        self.templateButton.setObjectName(u"templateButton")
        self.templateButton.setAutoDefault(False)

        self.kindRow.addWidget(self.templateButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.fileLabel = QLabel(self.fileBox)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.fileBox)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(self.fileBox)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.chooseButton)


        self.fileForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.fileBoxLayout.addLayout(self.fileForm)

        self.fileNote = QLabel(self.fileBox)
        self.fileNote.setObjectName(u"fileNote")
        self.fileNote.setWordWrap(True)
        self.fileNote.setStyleSheet(u"color: #555;")

        self.fileBoxLayout.addWidget(self.fileNote)


        self.dialogLayout.addWidget(self.fileBox)

        self.checkRow = QHBoxLayout()
        self.checkRow.setObjectName(u"checkRow")
        self.checkButton = QPushButton(ImportDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.checkRow.addWidget(self.checkButton)

        self.checkSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkRow.addItem(self.checkSpacer)


        self.dialogLayout.addLayout(self.checkRow)

        self.resultBox = QGroupBox(ImportDialog)
        self.resultBox.setObjectName(u"resultBox")
        self.resultBox.setVisible(False)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.resultBox.sizePolicy().hasHeightForWidth())
        self.resultBox.setSizePolicy(sizePolicy2)
        self.resultLayout = QVBoxLayout(self.resultBox)
        self.resultLayout.setObjectName(u"resultLayout")
        self.summary = QLabel(self.resultBox)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.summary.setText(u"")

        self.resultLayout.addWidget(self.summary)

        self.verdict = QLabel(self.resultBox)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setText(u"")

        self.resultLayout.addWidget(self.verdict)

        self.problemTable = QTableView(self.resultBox)
        self.problemTable.setObjectName(u"problemTable")
        self.problemTable.setMinimumSize(QSize(0, 200))

        self.resultLayout.addWidget(self.problemTable)

        self.problemDetail = QLabel(self.resultBox)
        self.problemDetail.setObjectName(u"problemDetail")
        self.problemDetail.setWordWrap(True)
        self.problemDetail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.problemDetail.setStyleSheet(u"QLabel { background: #fafafa; border: 1px solid #ddd; border-radius: 4px; padding: 6px; }")
        self.problemDetail.setText(u"")

        self.resultLayout.addWidget(self.problemDetail)

        self.problemButtons = QHBoxLayout()
        self.problemButtons.setObjectName(u"problemButtons")
        self.saveProblemsButton = QPushButton(self.resultBox)
        self.saveProblemsButton.setObjectName(u"saveProblemsButton")
        self.saveProblemsButton.setAutoDefault(False)

        self.problemButtons.addWidget(self.saveProblemsButton)

        self.problemSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.problemButtons.addItem(self.problemSpacer)


        self.resultLayout.addLayout(self.problemButtons)


        self.dialogLayout.addWidget(self.resultBox)

        self.problem = QLabel(ImportDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.problem.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39b; border-radius: 4px; padding: 6px; }")
        self.problem.setText(u"")

        self.dialogLayout.addWidget(self.problem)

        self.outcome = QLabel(ImportDialog)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setVisible(False)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.outcome.setStyleSheet(u"QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; border-radius: 4px; padding: 6px; }")
        self.outcome.setText(u"")

        self.dialogLayout.addWidget(self.outcome)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)
        self.importButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.importButton)

        self.importGoodButton = QPushButton(ImportDialog)
        self.importGoodButton.setObjectName(u"importGoodButton")
        self.importGoodButton.setEnabled(False)
        self.importGoodButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.importGoodButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.fileLabel.setBuddy(self.chooseButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.problemTable)
        QWidget.setTabOrder(self.problemTable, self.saveProblemsButton)
        QWidget.setTabOrder(self.saveProblemsButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.importGoodButton)
        QWidget.setTabOrder(self.importGoodButton, self.closeButton)

        self.retranslateUi(ImportDialog)

        self.checkButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ImportDialog):
        self.intro.setText(_(u"Bring the office's lists in from Excel or CSV files. The file is checked first: nothing is saved until you press Import, and an import is saved whole or not at all."))
        self.fileBox.setTitle(_(u"The file to import"))
        self.kindLabel.setText(_(u"Kind of records"))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(_(u"Kind of records"))
#endif // QT_CONFIG(accessibility)
        self.templateButton.setText(_(u"Download the template\u2026"))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(_(u"An empty workbook with the headers of this kind of records and an example row: fill it in, then import it."))
#endif // QT_CONFIG(tooltip)
        self.fileLabel.setText(_(u"File"))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(_(u"File"))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(_(u"No file chosen yet (.xlsx or .csv)"))
        self.chooseButton.setText(_(u"Choose the file\u2026"))
        self.fileNote.setText(_(u"The first row holds the column headers, in Thai or English and in any order; each row below is one record. A row that names a record already in the program updates it."))
        self.checkButton.setText(_(u"Check the file"))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(_(u"Read the whole file and say what an import would add or change, and every problem; nothing is saved yet."))
#endif // QT_CONFIG(tooltip)
        self.resultBox.setTitle(_(u"What the check found"))
#if QT_CONFIG(accessibility)
        self.problemTable.setAccessibleName(_(u"Problems found in the file"))
#endif // QT_CONFIG(accessibility)
        self.saveProblemsButton.setText(_(u"Save the problem list\u2026"))
#if QT_CONFIG(tooltip)
        self.saveProblemsButton.setToolTip(_(u"Save the problems as an Excel file, to fix the imported file side by side with it."))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(_(u"Import"))
        self.importGoodButton.setText(_(u"Import only the good rows"))
        self.closeButton.setText(_(u"Close"))
        pass
    # retranslateUi

