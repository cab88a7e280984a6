"""The "Networks by level" page: the tree, the chosen network's members beside it, search by
name typed in Thai, and a tree that follows changes made elsewhere."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from lao_desktop.gui.models.network_tree import COL_NAME
from lao_desktop.gui.network_tree import NetworkTreePage
from lao_desktop.i18n import _
from lao_desktop.models.network import Network
from lao_desktop.services import Services
from tests.factories import thai_partner
from tests.gui.conftest import type_text
from tests.gui.test_network_tree_model import (
    COUNTRY,
    DISTRICT,
    OTHER_PROVINCE,
    PROVINCE,
    SUBDISTRICT,
    VILLAGE,
    chain,
    descend,
    names_below,
    network,
)

__all__ = ["chain"]  # the fixture, shared with the model's tests


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> NetworkTreePage:
    widget = NetworkTreePage(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load()
    return widget


def click(qtbot: QtBot, page: NetworkTreePage, index: QModelIndex) -> None:
    tree = page.ui.tree
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )


def member_rows(page: NetworkTreePage) -> list[list[str]]:
    return page.members_model.texts


def test_choosing_a_network_shows_its_current_members(
    qtbot: QtBot, chain: list[Network], page: NetworkTreePage
) -> None:
    assert page.loaded
    assert page.ui.countLabel.text() == _("{n} networks").format(n=6)
    assert member_rows(page) == []
    subdistrict = descend(page.proxy, COUNTRY, PROVINCE, DISTRICT, SUBDISTRICT)
    click(qtbot, page, subdistrict)
    qtbot.waitUntil(lambda: page.network_id == chain[3].id)
    assert page.ui.heading.text() == SUBDISTRICT
    # The way down to it, and its level.
    assert f"{COUNTRY} › {PROVINCE} › {DISTRICT}" in page.ui.pathLabel.text()
    assert "ตำบล" in page.ui.pathLabel.text()
    # Two current members in Thai order; the one that left yesterday is not shown.
    assert [row[0] for row in member_rows(page)] == ["กลุ่มแม่บ้านบ้านนาคูณใหญ่", "กำนันตำบลนาคูณใหญ่"]
    assert [row[1] for row in member_rows(page)] == ["ผู้ประสานงาน", ""]
    assert member_rows(page)[0][2] == "1 ม.ค. 2567"  # joined, in B.E.
    assert page.ui.membersLabel.text() == _("Current members: {n}").format(n=2)


def test_a_network_without_members_says_so(
    qtbot: QtBot, chain: list[Network], page: NetworkTreePage
) -> None:
    click(qtbot, page, descend(page.proxy, COUNTRY))
    qtbot.waitUntil(lambda: page.network_id == chain[0].id)
    assert member_rows(page) == []
    assert page.ui.membersLabel.text() == _("This network has no current members.")
    assert _("Top of the tree") in page.ui.pathLabel.text()


def test_search_typed_in_thai_filters_the_tree_keeping_the_way_down(
    qtbot: QtBot, chain: list[Network], page: NetworkTreePage
) -> None:
    type_text(page.ui.search, "ยาเสพติด")
    qtbot.waitUntil(lambda: names_below(page.proxy, QModelIndex()) == [COUNTRY])
    village = descend(page.proxy, COUNTRY, PROVINCE, DISTRICT, SUBDISTRICT, VILLAGE)
    assert page.ui.tree.isExpanded(village.parent())  # the match is in sight
    assert page.ui.tree.visualRect(village).isValid()
    expected = _("{found} of {total} networks have “{text}” in their name")
    assert page.ui.countLabel.text() == expected.format(found=1, total=6, text="ยาเสพติด")
    click(qtbot, page, village)
    qtbot.waitUntil(lambda: page.network_id == chain[4].id)
    page.ui.search.clear()
    qtbot.waitUntil(lambda: names_below(page.proxy, QModelIndex()) == [COUNTRY, OTHER_PROVINCE])
    # The chosen network stays chosen when the search is cleared.
    assert page.network_id == chain[4].id
    assert page.ui.tree.currentIndex().data() == VILLAGE


def test_tree_follows_changes_made_in_the_list_tab(
    qtbot: QtBot, services: Services, chain: list[Network], page: NetworkTreePage
) -> None:
    click(qtbot, page, descend(page.proxy, COUNTRY, PROVINCE))
    qtbot.waitUntil(lambda: page.network_id == chain[1].id)
    page.hide()  # the clerk goes to the list tab and adds a network
    added = network(services, "เครือข่ายอาสาสมัครสาธารณสุขอำเภอนาหว้า", "district", chain[1])
    partner = services.partners.create(thai_partner(name="โรงพยาบาลนาหว้า"))
    services.network_members.create(
        {"network_id": chain[1].id, "partner_id": partner.id, "joined_on": date(2025, 5, 1)}
    )
    page.show()
    qtbot.waitUntil(lambda: page.model.index_of(added.id).isValid())
    assert names_below(page.proxy, descend(page.proxy, COUNTRY, PROVINCE)) == [
        DISTRICT,
        "เครือข่ายอาสาสมัครสาธารณสุขอำเภอนาหว้า",
    ]
    # Still the same network chosen, its new member listed.
    assert page.network_id == chain[1].id
    assert [row[0] for row in member_rows(page)] == ["โรงพยาบาลนาหว้า"]


def test_an_empty_database_says_where_networks_are_added(
    qtbot: QtBot, page: NetworkTreePage
) -> None:
    assert not page.proxy.index(0, COL_NAME).isValid()
    assert page.ui.heading.text() == _("No networks yet. Add them in the tab “List of networks”.")
    assert page.ui.countLabel.text() == _("{n} networks").format(n=0)
