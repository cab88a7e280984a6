# Automatically generated from ui/documents_page.ui - do not edit.
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DocumentsPage(object):
    def setupUi(self, DocumentsPage):
        if not DocumentsPage.objectName():
            DocumentsPage.setObjectName(u"DocumentsPage")
        self.pageLayout = QHBoxLayout(DocumentsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.kindsLayout = QVBoxLayout()
        self.kindsLayout.setObjectName(u"kindsLayout")
        self.kindsHeading = QLabel(DocumentsPage)
        self.kindsHeading.setObjectName(u"kindsHeading")
        self.kindsHeading.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.kindsLayout.addWidget(self.kindsHeading)

        self.kindList = QListWidget(DocumentsPage)
        self.kindList.setObjectName(u"kindList")
        self.kindList.setMinimumSize(QSize(290, 0))

        self.kindsLayout.addWidget(self.kindList)


        self.pageLayout.addLayout(self.kindsLayout)

        self.scroll = QScrollArea(DocumentsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.title = QLabel(self.content)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.title.setText(u"")

        self.contentLayout.addWidget(self.title)

        self.description = QLabel(self.content)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)
        self.description.setText(u"")

        self.contentLayout.addWidget(self.description)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.recordLabel = QLabel(self.content)
        self.recordLabel.setObjectName(u"recordLabel")
        self.recordLabel.setText(u"")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recordLabel)

        self.recordLayout = QVBoxLayout()
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordHint = QLabel(self.content)
        self.recordHint.setObjectName(u"recordHint")
        self.recordHint.setWordWrap(True)
        self.recordHint.setStyleSheet(u"color: #555;")
        self.recordHint.setText(u"")

        self.recordLayout.addWidget(self.recordHint)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.recordLayout)

        self.yearLabel = QLabel(self.content)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearBox = QComboBox(self.content)
        self.yearBox.setObjectName(u"yearBox")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearBox)

        self.subjectLabel = QLabel(self.content)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QLineEdit(self.content)
        self.subject.setObjectName(u"subject")
        self.subject.setMaxLength(500)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subject)

        self.toLabel = QLabel(self.content)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.to = QLineEdit(self.content)
        self.to.setObjectName(u"to")
        self.to.setMaxLength(300)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.to)

        self.referenceLabel = QLabel(self.content)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(self.content)
        self.reference.setObjectName(u"reference")
        self.reference.setMaxLength(500)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reference)

        self.enclosuresLabel = QLabel(self.content)
        self.enclosuresLabel.setObjectName(u"enclosuresLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.enclosuresLabel)

        self.enclosures = QPlainTextEdit(self.content)
        self.enclosures.setObjectName(u"enclosures")
        self.enclosures.setMaximumSize(QSize(16777215, 70))
        self.enclosures.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.enclosures)

        self.bodyLabel = QLabel(self.content)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QPlainTextEdit(self.content)
        self.body.setObjectName(u"body")
        self.body.setMinimumSize(QSize(0, 160))
        self.body.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.body)

        self.signerLabel = QLabel(self.content)
        self.signerLabel.setObjectName(u"signerLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signer = QLineEdit(self.content)
        self.signer.setObjectName(u"signer")
        self.signer.setMaxLength(200)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signer)

        self.positionLabel = QLabel(self.content)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.position = QLineEdit(self.content)
        self.position.setObjectName(u"position")
        self.position.setMaxLength(200)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.position)

        self.dateLabel = QLabel(self.content)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")

        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.dateLayout)


        self.contentLayout.addLayout(self.form)

        self.problem = QLabel(self.content)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(u"color: #b3261e; font-weight: bold;")
        self.problem.setText(u"")

        self.contentLayout.addWidget(self.problem)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.previewButton = QPushButton(self.content)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonLayout.addWidget(self.previewButton)


        self.contentLayout.addLayout(self.buttonLayout)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)

        self.pageLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.kindList, self.yearBox)
        QWidget.setTabOrder(self.yearBox, self.subject)
        QWidget.setTabOrder(self.subject, self.to)
        QWidget.setTabOrder(self.to, self.reference)
        QWidget.setTabOrder(self.reference, self.enclosures)
        QWidget.setTabOrder(self.enclosures, self.body)
        QWidget.setTabOrder(self.body, self.signer)
        QWidget.setTabOrder(self.signer, self.position)
        QWidget.setTabOrder(self.position, self.previewButton)

        self.retranslateUi(DocumentsPage)

        self.previewButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DocumentsPage):
        self.kindsHeading.setText(_(u"Documents and reports"))
#if QT_CONFIG(accessibility)
        self.kindList.setAccessibleName(_(u"Documents and reports"))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(_(u"Fiscal year"))
#if QT_CONFIG(accessibility)
        self.yearBox.setAccessibleName(_(u"Fiscal year"))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(_(u"Subject (\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07)"))
        self.toLabel.setText(_(u"To (\u0e40\u0e23\u0e35\u0e22\u0e19)"))
        self.referenceLabel.setText(_(u"Reference (\u0e2d\u0e49\u0e32\u0e07\u0e16\u0e36\u0e07)"))
        self.enclosuresLabel.setText(_(u"Enclosures, one a line"))
        self.bodyLabel.setText(_(u"Text, one paragraph a line"))
        self.signerLabel.setText(_(u"Signed by"))
        self.positionLabel.setText(_(u"Position of the signer"))
        self.dateLabel.setText(_(u"Date on the document"))
        self.previewButton.setText(_(u"Preview, print or save as PDF\u2026"))
        pass
    # retranslateUi

