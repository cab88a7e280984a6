# Automatically generated from ui/print_preview.ui - do not edit.
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
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QDialog,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QToolButton, QVBoxLayout,
    QWidget)

from lao_desktop.gui.page_view import PageView

class Ui_PrintPreviewDialog(object):
    def setupUi(self, PrintPreviewDialog):
        if not PrintPreviewDialog.objectName():
            PrintPreviewDialog.setObjectName(u"PrintPreviewDialog")
        PrintPreviewDialog.resize(980, 760)
        self.dialogLayout = QVBoxLayout(PrintPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.previousButton = QToolButton(PrintPreviewDialog)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setAutoRaise(True)

        self.toolLayout.addWidget(self.previousButton)

        self.pageLabel = QLabel(PrintPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")

        self.toolLayout.addWidget(self.pageLabel)

        self.pageSpin = QSpinBox(PrintPreviewDialog)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)
        self.pageSpin.setKeyboardTracking(False)
        self.pageSpin.setButtonSymbols(QAbstractSpinBox.NoButtons)
        self.pageSpin.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.toolLayout.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(PrintPreviewDialog)
        self.pageCountLabel.setObjectName(u"pageCountLabel")
        self.pageCountLabel.setText(u"")

        self.toolLayout.addWidget(self.pageCountLabel)

        self.nextButton = QToolButton(PrintPreviewDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoRaise(True)

        self.toolLayout.addWidget(self.nextButton)

        self.pageSpacer = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.pageSpacer)

        self.zoomOutButton = QToolButton(PrintPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")
        self.zoomOutButton.setAutoRaise(True)

        self.toolLayout.addWidget(self.zoomOutButton)

        self.zoomCombo = QComboBox(PrintPreviewDialog)
        self.zoomCombo.setObjectName(u"zoomCombo")
        self.zoomCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.toolLayout.addWidget(self.zoomCombo)

        self.zoomInButton = QToolButton(PrintPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")
        self.zoomInButton.setAutoRaise(True)

        self.toolLayout.addWidget(self.zoomInButton)

        self.toolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.printButton = QPushButton(PrintPreviewDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(PrintPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.toolLayout)

        self.pages = PageView(PrintPreviewDialog)
        self.pages.setObjectName(u"pages")

        self.dialogLayout.addWidget(self.pages)

        self.statusLabel = QLabel(PrintPreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setVisible(False)
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.pageLabel.setBuddy(self.pageSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pages, self.pageSpin)
        QWidget.setTabOrder(self.pageSpin, self.zoomCombo)
        QWidget.setTabOrder(self.zoomCombo, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(PrintPreviewDialog)
    # setupUi

    def retranslateUi(self, PrintPreviewDialog):
        self.previousButton.setText(_(u"Previous page"))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(_(u"Previous page (PgUp)"))
#endif // QT_CONFIG(tooltip)
        self.pageLabel.setText(_(u"Page"))
        self.nextButton.setText(_(u"Next page"))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(_(u"Next page (PgDn)"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(_(u"Smaller (Ctrl+-)"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomCombo.setToolTip(_(u"Zoom"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(_(u"Larger (Ctrl++)"))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(_(u"Print\u2026"))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(_(u"Print (Ctrl+P)"))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(_(u"Save as PDF\u2026"))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(_(u"Save as PDF (Ctrl+S)"))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(_(u"Close"))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(_(u"Close (Esc)"))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

