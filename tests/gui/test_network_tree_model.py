"""The network tree model and its name filter, without a window: nesting by parent network,
levels from the country down to the village, member counts, ancestors of matches kept."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from lao_desktop.gui.models.network_tree import (
    COL_LEVEL,
    COL_MEMBERS,
    COL_NAME,
    NETWORK_ROLE,
    NetworkFilterModel,
    NetworkTreeModel,
)
from lao_desktop.models.network import Network
from lao_desktop.services import Services
from tests.factories import thai_partner

COUNTRY = "เครือข่ายท้องถิ่นไทยเข้มแข็ง"
PROVINCE = "เครือข่ายองค์กรปกครองส่วนท้องถิ่นจังหวัดนครพนม"
DISTRICT = "เครือข่ายป้องกันสาธารณภัยอำเภอนาหว้า"
SUBDISTRICT = "เครือข่ายกำนันผู้ใหญ่บ้านตำบลนาคูณใหญ่"
VILLAGE = "เครือข่ายเฝ้าระวังยาเสพติดบ้านนาคูณน้อย"
OTHER_PROVINCE = "เครือข่ายสภาองค์กรชุมชนจังหวัดนครพนม"
LEVELS = ["national", "province", "district", "subdistrict", "village"]


def network(services: Services, name: str, level: str, parent: Network | None = None) -> Network:
    data: dict[str, Any] = {
        "name": name,
        "level": level,
        "pillar": "local_government",
        "form": "partner_network",
        "province_code": "48",
        "parent_id": parent.id if parent else None,
    }
    return services.networks.create(data)


@pytest.fixture
def chain(services: Services) -> list[Network]:
    """Country → province → district → subdistrict → village, and a second province
    network at the top; the subdistrict network has two current members and one that left."""
    made: list[Network] = []
    for name, level in zip(
        [COUNTRY, PROVINCE, DISTRICT, SUBDISTRICT, VILLAGE], LEVELS, strict=True
    ):
        made.append(network(services, name, level, made[-1] if made else None))
    network(services, OTHER_PROVINCE, "province")
    subdistrict = made[3]
    for number, name in enumerate(["กลุ่มแม่บ้านบ้านนาคูณใหญ่", "กำนันตำบลนาคูณใหญ่", "วัดบ้านนาเลา"]):
        partner = services.partners.create(thai_partner(name=name))
        left = date.today() - timedelta(days=1) if number == 2 else None
        services.network_members.create(
            {
                "network_id": subdistrict.id,
                "partner_id": partner.id,
                "joined_on": date(2024, 1, 1),
                "left_on": left,
                "role": "ผู้ประสานงาน" if number == 0 else "",
            }
        )
    return made


def tree_model(services: Services) -> NetworkTreeModel:
    model = NetworkTreeModel()
    model.set_tree(services.networks.tree())
    return model


def names_below(model: Any, parent: QModelIndex) -> list[str]:
    return [model.index(row, COL_NAME, parent).data() for row in range(model.rowCount(parent))]


def descend(model: Any, *names: str) -> QModelIndex:
    """The index reached by following ``names`` from the top of the tree."""
    index = QModelIndex()
    for name in names:
        row = names_below(model, index).index(name)
        index = model.index(row, COL_NAME, index)
    return index


def test_networks_nest_by_parent_from_the_country_down_to_the_village(
    qapp: QApplication, services: Services, chain: list[Network]
) -> None:
    model = tree_model(services)
    # The national network before the province one at the top: higher levels first.
    assert names_below(model, QModelIndex()) == [COUNTRY, OTHER_PROVINCE]
    path = [COUNTRY, PROVINCE, DISTRICT, SUBDISTRICT, VILLAGE]
    village = descend(model, *path)
    assert village.isValid()
    assert model.rowCount(village) == 0
    levels = []
    index = village
    while index.isValid():
        levels.append(index.siblingAtColumn(COL_LEVEL).data())
        index = index.parent()
    assert levels == ["หมู่บ้าน", "ตำบล", "อำเภอ", "จังหวัด", "ประเทศ"]
    assert [n.name for n in model.path(village)] == path[:-1]
    assert model.path(descend(model, COUNTRY)) == []


def test_member_count_is_of_current_members_only(
    qapp: QApplication, services: Services, chain: list[Network]
) -> None:
    model = tree_model(services)
    subdistrict = descend(model, COUNTRY, PROVINCE, DISTRICT, SUBDISTRICT)
    assert subdistrict.siblingAtColumn(COL_MEMBERS).data() == "2"
    assert subdistrict.siblingAtColumn(COL_MEMBERS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert descend(model, COUNTRY).siblingAtColumn(COL_MEMBERS).data() == "0"
    assert subdistrict.data(NETWORK_ROLE).id == chain[3].id
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "ชื่อเครือข่าย",
        "ระดับ",
    ]


def test_index_of_finds_a_network_anywhere_in_the_tree(
    qapp: QApplication, services: Services, chain: list[Network]
) -> None:
    model = tree_model(services)
    index = model.index_of(chain[4].id)
    assert index.data() == VILLAGE
    assert index.parent().data() == SUBDISTRICT
    assert model.index_of(chain[0].id).data() == COUNTRY
    assert not model.index_of(uuid.uuid4()).isValid()


def test_model_passes_qt_model_checks(
    qapp: QApplication, services: Services, chain: list[Network], qtmodeltester: ModelTester
) -> None:
    model = tree_model(services)
    qtmodeltester.check(model)
    proxy = NetworkFilterModel()
    proxy.setSourceModel(model)
    proxy.set_text("นาคูณ")
    qtmodeltester.check(proxy)


def test_filter_keeps_the_networks_above_each_match(
    qapp: QApplication, services: Services, chain: list[Network]
) -> None:
    model = tree_model(services)
    proxy = NetworkFilterModel()
    proxy.setSourceModel(model)
    proxy.set_text("ยาเสพติด")
    # Only the way down to the one match is left; the other province network is gone.
    assert names_below(proxy, QModelIndex()) == [COUNTRY]
    village = descend(proxy, COUNTRY, PROVINCE, DISTRICT, SUBDISTRICT, VILLAGE)
    assert village.isValid()
    assert village.data(Qt.ItemDataRole.FontRole).bold()
    assert not descend(proxy, COUNTRY).data(Qt.ItemDataRole.FontRole)
    assert model.matches("ยาเสพติด") == 1


def test_filter_matches_thai_as_typed_and_clears(
    qapp: QApplication, services: Services, chain: list[Network]
) -> None:
    model = tree_model(services)
    proxy = NetworkFilterModel()
    proxy.setSourceModel(model)
    proxy.set_text("  จังหวัดนครพนม ")  # spaces around, as pasted
    assert names_below(proxy, QModelIndex()) == [COUNTRY, OTHER_PROVINCE]
    assert names_below(proxy, descend(proxy, COUNTRY)) == [PROVINCE]
    assert names_below(proxy, descend(proxy, COUNTRY, PROVINCE)) == []
    assert model.matches("จังหวัดนครพนม") == 2
    proxy.set_text("ไม่มีเครือข่ายชื่อนี้")
    assert proxy.rowCount() == 0
    proxy.set_text("")
    assert names_below(proxy, QModelIndex()) == [COUNTRY, OTHER_PROVINCE]
    assert proxy.rowCount(descend(proxy, COUNTRY, PROVINCE)) == 1


def test_reloading_shows_a_network_moved_in_the_list(
    qapp: QApplication, services: Services, chain: list[Network]
) -> None:
    model = tree_model(services)
    other = services.networks.search(OTHER_PROVINCE)[0]
    village = services.networks.get(chain[4].id)
    services.networks.update(village.id, {"parent_id": other.id}, expected_version=village.version)
    model.set_tree(services.networks.tree())
    assert names_below(model, descend(model, OTHER_PROVINCE)) == [VILLAGE]
    assert model.rowCount(descend(model, COUNTRY, PROVINCE, DISTRICT, SUBDISTRICT)) == 0
