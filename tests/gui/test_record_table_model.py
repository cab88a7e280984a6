"""The lazy record table, without a window: pages, texts as a clerk reads them, sorting and
searching through the service."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from lao_desktop.gui.field_editors import ServiceFor
from lao_desktop.gui.models.record_table import PAGE_SIZE, Column, RecordTableModel
from lao_desktop.services import Services
from tests.factories import thai_partner

MORE = 17
COLUMNS = (
    Column("Partner name", "name", sort="name"),
    Column("Level", "level", sort="level"),
    Column("Phone", "phone"),
)
THAI_ORDER = ["กข", "กา", "ก้า", "เก", "ขา"]  # leading vowels do not count first


@pytest.fixture
def many(services: Services) -> Services:
    with services.transaction():
        for number in range(PAGE_SIZE + MORE):
            services.partners.create(thai_partner(name=f"กลุ่มอาชีพบ้านที่ {number:04d}"))
    return services


def texts(model: RecordTableModel, column: int = 0) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_first_page_only_then_the_next(
    qapp: object, many: Services, service_for: ServiceFor
) -> None:
    model = RecordTableModel(many.partners, COLUMNS, service_for)
    model.reload()
    assert model.rowCount() == PAGE_SIZE
    assert model.total == PAGE_SIZE + MORE
    assert model.columnCount() == len(COLUMNS)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE + MORE
    assert not model.canFetchMore(QModelIndex())
    assert len({r.id for r in model.records}) == PAGE_SIZE + MORE, "no row twice"


def test_fetch_more_inserts_rows_for_the_view(
    qtbot: QtBot, many: Services, service_for: ServiceFor
) -> None:
    model = RecordTableModel(many.partners, COLUMNS, service_for)
    model.reload()
    with qtbot.waitSignal(model.rowsInserted, timeout=1000) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [PAGE_SIZE, PAGE_SIZE + MORE - 1]


def test_texts_in_buddhist_era_and_linked_names(
    qapp: object, services: Services, service_for: ServiceFor
) -> None:
    network = services.networks.create(
        {
            "name": "เครือข่ายป่าชุมชนตำบลนาคูณใหญ่",
            "level": "subdistrict",
            "pillar": "people",
            "form": "partner_network",
            "established_on": date(2026, 11, 21),
        }
    )
    services.committees.create({"name": "คณะกรรมการป่าชุมชน", "network_id": network.id})
    networks = RecordTableModel(
        services.networks,
        (Column("Network name", "name"), Column("Established on", "established_on")),
        service_for,
    )
    networks.reload()
    assert texts(networks, 1) == ["21 พ.ย. 2569"]
    committees = RecordTableModel(
        services.committees,
        (Column("Committee name", "name"), Column("Network", "network_id")),
        service_for,
    )
    committees.reload()
    assert texts(committees, 1) == ["เครือข่ายป่าชุมชนตำบลนาคูณใหญ่"]
    assert (
        committees.data(committees.index(0, 1), Qt.ItemDataRole.ToolTipRole)
        == texts(committees, 1)[0]
    )
    header = committees.headerData(1, Qt.Orientation.Horizontal)
    assert header == "เครือข่าย", "column titles are shown in Thai"


def test_a_sortable_column_sorts_in_thai_order(
    qapp: object, services: Services, service_for: ServiceFor
) -> None:
    for name in ["ขา", "เก", "กา", "ก้า", "กข"]:
        services.partners.create(thai_partner(name=name))
    model = RecordTableModel(services.partners, COLUMNS, service_for)
    model.reload()
    assert texts(model) == THAI_ORDER
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert texts(model) == THAI_ORDER[::-1]
    assert model.query.sort == "name" and model.query.descending
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert texts(model) == THAI_ORDER
    assert model.sort_column() == 0


def test_a_column_without_an_index_does_not_sort(
    qapp: object, services: Services, service_for: ServiceFor
) -> None:
    for name, phone in [("ขา", "0811111111"), ("กา", "0899999999"), ("เก", "0822222222")]:
        services.partners.create(thai_partner(name=name, phone=phone))
    model = RecordTableModel(services.partners, COLUMNS, service_for)
    model.reload()
    before = texts(model)
    with_reset: list[bool] = []
    model.modelReset.connect(lambda: with_reset.append(True))
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert texts(model) == before == ["กา", "เก", "ขา"]
    assert model.query.sort is None
    assert not with_reset, "nothing fetched again"


def test_search_text_filters_the_list(
    qapp: object, services: Services, service_for: ServiceFor
) -> None:
    for name in ["กลุ่มแม่บ้านบ้านนาคูณ", "วัดนาคูณใหญ่", "โรงเรียนบ้านดอนแดง"]:
        services.partners.create(thai_partner(name=name))
    model = RecordTableModel(services.partners, COLUMNS, service_for)
    model.reload()
    assert model.rowCount() == 3
    model.set_query(text="นาคูณ")
    assert sorted(texts(model)) == sorted(["กลุ่มแม่บ้านบ้านนาคูณ", "วัดนาคูณใหญ่"])
    assert model.total == 2
    model.set_query(text="ไม่มีชื่อนี้")
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    model.set_query(text="")
    assert model.rowCount() == 3


def test_the_list_shrinking_meanwhile_stops_fetching(
    qapp: object, many: Services, service_for: ServiceFor
) -> None:
    model = RecordTableModel(many.partners, COLUMNS, service_for)
    model.reload()
    for record in many.partners.list().items[:MORE]:
        many.partners.delete(record.id)  # another PC deletes records meanwhile
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE
    assert not model.canFetchMore(QModelIndex())
