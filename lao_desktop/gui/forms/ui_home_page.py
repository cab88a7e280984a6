# Automatically generated from ui/home_page.ui - do not edit.
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        self.pageLayout = QVBoxLayout(HomePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(HomePage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.heading = QLabel(self.content)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.headingLayout.addWidget(self.heading)

        self.headingSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)

        self.today = QLabel(self.content)
        self.today.setObjectName(u"today")
        self.today.setText(u"")

        self.headingLayout.addWidget(self.today)

        self.refreshButton = QPushButton(self.content)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headingLayout.addWidget(self.refreshButton)


        self.contentLayout.addLayout(self.headingLayout)

        self.backupLayout = QHBoxLayout()
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupLabel = QLabel(self.content)
        self.backupLabel.setObjectName(u"backupLabel")
        self.backupLabel.setWordWrap(True)
        self.backupLabel.setTextFormat(Qt.RichText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.backupLabel.sizePolicy().hasHeightForWidth())
        self.backupLabel.setSizePolicy(sizePolicy)
        self.backupLabel.setText(u"")

        self.backupLayout.addWidget(self.backupLabel)

        self.backupButton = QPushButton(self.content)
        self.backupButton.setObjectName(u"backupButton")

        self.backupLayout.addWidget(self.backupButton)


        self.contentLayout.addLayout(self.backupLayout)

        self.attentionGrid = QGridLayout()
        self.attentionGrid.setObjectName(u"attentionGrid")
        self.overdueBox = QGroupBox(self.content)
        self.overdueBox.setObjectName(u"overdueBox")
        self.overdueLayout = QVBoxLayout(self.overdueBox)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueList = QListWidget(self.overdueBox)
        self.overdueList.setObjectName(u"overdueList")
        self.overdueList.setWordWrap(True)
        self.overdueList.setAlternatingRowColors(True)
        self.overdueList.setSpacing(3)
        self.overdueList.setMinimumSize(QSize(0, 220))

        self.overdueLayout.addWidget(self.overdueList)


        self.attentionGrid.addWidget(self.overdueBox, 0, 0, 1, 1)

        self.expiringBox = QGroupBox(self.content)
        self.expiringBox.setObjectName(u"expiringBox")
        self.expiringLayout = QVBoxLayout(self.expiringBox)
        self.expiringLayout.setObjectName(u"expiringLayout")
        self.expiringList = QListWidget(self.expiringBox)
        self.expiringList.setObjectName(u"expiringList")
        self.expiringList.setWordWrap(True)
        self.expiringList.setAlternatingRowColors(True)
        self.expiringList.setSpacing(3)
        self.expiringList.setMinimumSize(QSize(0, 220))

        self.expiringLayout.addWidget(self.expiringList)


        self.attentionGrid.addWidget(self.expiringBox, 0, 1, 1, 1)

        self.meetingsBox = QGroupBox(self.content)
        self.meetingsBox.setObjectName(u"meetingsBox")
        self.meetingsLayout = QVBoxLayout(self.meetingsBox)
        self.meetingsLayout.setObjectName(u"meetingsLayout")
        self.meetingsList = QListWidget(self.meetingsBox)
        self.meetingsList.setObjectName(u"meetingsList")
        self.meetingsList.setWordWrap(True)
        self.meetingsList.setAlternatingRowColors(True)
        self.meetingsList.setSpacing(3)
        self.meetingsList.setMinimumSize(QSize(0, 160))

        self.meetingsLayout.addWidget(self.meetingsList)


        self.attentionGrid.addWidget(self.meetingsBox, 1, 0, 1, 1)

        self.totalsBox = QGroupBox(self.content)
        self.totalsBox.setObjectName(u"totalsBox")
        self.totalsGrid = QGridLayout(self.totalsBox)
        self.totalsGrid.setObjectName(u"totalsGrid")

        self.attentionGrid.addWidget(self.totalsBox, 1, 1, 1, 1)


        self.contentLayout.addLayout(self.attentionGrid)

        self.partnerCounts = QHBoxLayout()
        self.partnerCounts.setObjectName(u"partnerCounts")
        self.levelBox = QGroupBox(self.content)
        self.levelBox.setObjectName(u"levelBox")
        self.levelGrid = QGridLayout(self.levelBox)
        self.levelGrid.setObjectName(u"levelGrid")

        self.partnerCounts.addWidget(self.levelBox)

        self.sectorBox = QGroupBox(self.content)
        self.sectorBox.setObjectName(u"sectorBox")
        self.sectorGrid = QGridLayout(self.sectorBox)
        self.sectorGrid.setObjectName(u"sectorGrid")

        self.partnerCounts.addWidget(self.sectorBox)

        self.pillarBox = QGroupBox(self.content)
        self.pillarBox.setObjectName(u"pillarBox")
        self.pillarGrid = QGridLayout(self.pillarBox)
        self.pillarGrid.setObjectName(u"pillarGrid")

        self.partnerCounts.addWidget(self.pillarBox)


        self.contentLayout.addLayout(self.partnerCounts)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)


        self.retranslateUi(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.heading.setText(_(u"What needs attention today"))
        self.refreshButton.setText(_(u"Refresh"))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(_(u"Read the figures again from the database"))
#endif // QT_CONFIG(tooltip)
        self.backupButton.setText(_(u"Back up now\u2026"))
#if QT_CONFIG(tooltip)
        self.backupButton.setToolTip(_(u"Back up the data to a USB stick"))
#endif // QT_CONFIG(tooltip)
        self.overdueBox.setTitle(_(u"Overdue resolutions"))
#if QT_CONFIG(accessibility)
        self.overdueList.setAccessibleName(_(u"Overdue resolutions"))
#endif // QT_CONFIG(accessibility)
        self.expiringBox.setTitle(_(u"Agreements to renew or close"))
#if QT_CONFIG(accessibility)
        self.expiringList.setAccessibleName(_(u"Agreements to renew or close"))
#endif // QT_CONFIG(accessibility)
        self.meetingsBox.setTitle(_(u"Meetings in the next 30 days"))
#if QT_CONFIG(accessibility)
        self.meetingsList.setAccessibleName(_(u"Meetings in the next 30 days"))
#endif // QT_CONFIG(accessibility)
        self.totalsBox.setTitle(_(u"In the database"))
        self.levelBox.setTitle(_(u"Partners by level"))
        self.sectorBox.setTitle(_(u"Partners by sector"))
        self.pillarBox.setTitle(_(u"Partners by pillar"))
        pass
    # retranslateUi

