"""Networks and their member partners: validation, Thai order, the tree, audit, transactions."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from lao_desktop.errors import ConflictError, NotFoundError, ValidationError
from lao_desktop.models import AuditEntry, Network, Partner
from lao_desktop.models.enums import Level, NetworkForm, Pillar
from lao_desktop.services import ListQuery, Services
from lao_desktop.services.networks import NetworkMemberService, NetworkNode, NetworkService
from tests.factories import thai_partner

# Names whose code-point order differs from Thai order: เ แ โ ไ are read after their consonant.
THAI_ORDERED = ["กุดแห่ร่วมใจ", "ไทรงามพัฒนา", "โนนสะอาดสามัคคี", "บ้านนาคูณใหญ่", "แม่น้ำโขงรักษ์ถิ่น"]


@pytest.fixture
def networks(services: Services) -> NetworkService:
    return NetworkService(services.ctx)


@pytest.fixture
def members(services: Services) -> NetworkMemberService:
    return NetworkMemberService(services.ctx)


def network_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "เครือข่ายสภาองค์กรชุมชนตำบลนาคูณใหญ่",
        "level": "subdistrict",
        "pillar": "people",
        "form": "partner_network",
        "province_code": "48",
    }
    data.update(overrides)
    return data


def partner(services: Services, name: str, **overrides: Any) -> Partner:
    return services.partners.create(thai_partner(name=name, **overrides))


def problems_of(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in error.value.problems}


def audit_entries(services: Services, entity_id: uuid.UUID) -> list[AuditEntry]:
    with services.ctx.reading() as session:
        stmt = select(AuditEntry).where(AuditEntry.entity_id == entity_id)
        return list(session.scalars(stmt.order_by(AuditEntry.id)))


def names(items: list[Network] | list[NetworkNode]) -> list[str]:
    return [i.network.name if isinstance(i, NetworkNode) else i.name for i in items]


# -- networks: the basic operations --------------------------------------------------------


def test_create_and_get_keep_thai_text(networks: NetworkService) -> None:
    created = networks.create(
        network_data(
            name="  เครือข่าย\u200bผู้สูงอายุ   ตำบลนาคูณใหญ่ ",
            district_code="4801",
            established_on="1 ต.ค. 2566",
            vision="ชุมชนเข้มแข็ง\nพึ่งตนเองได้",
        )
    )
    got = networks.get(created.id)
    assert got.name == "เครือข่ายผู้สูงอายุ ตำบลนาคูณใหญ่"
    assert got.level is Level.SUBDISTRICT
    assert got.pillar is Pillar.PEOPLE
    assert got.form is NetworkForm.PARTNER_NETWORK
    assert got.established_on == date(2023, 10, 1)
    assert got.vision == "ชุมชนเข้มแข็ง\nพึ่งตนเองได้"
    assert got.mission == ""
    assert networks.search("ผู้สูงอายุ")[0].id == created.id


def test_update_changes_only_given_fields(networks: NetworkService) -> None:
    created = networks.create(network_data(goals="ลดขยะในชุมชน"))
    updated = networks.update(created.id, {"name": "เครือข่ายจัดการขยะตำบลนาคูณใหญ่"})
    assert updated.name == "เครือข่ายจัดการขยะตำบลนาคูณใหญ่"
    assert updated.goals == "ลดขยะในชุมชน"
    assert networks.search("จัดการขยะ")[0].id == created.id
    assert networks.search("สภาองค์กร") == []


def test_delete_moves_to_trash_and_restore_brings_back(networks: NetworkService) -> None:
    created = networks.create(network_data())
    networks.delete(created.id)
    with pytest.raises(NotFoundError):
        networks.get(created.id)
    assert networks.list().total == 0
    assert names(networks.list(ListQuery(trash=True)).items) == [created.name]
    networks.restore(created.id)
    assert networks.get(created.id).deleted_at is None
    assert networks.list().total == 1


def test_list_filters(services: Services, networks: NetworkService) -> None:
    province = networks.create(network_data(name="เครือข่ายจังหวัดนครพนม", level="province"))
    village = networks.create(
        network_data(name="เครือข่ายหมู่บ้าน", level="village", parent_id=province.id, pillar="locality")
    )
    other = networks.create(
        network_data(name="คณะทำงานอำเภอ", level="district", form="committee", province_code="10")
    )

    def listed(**filters: Any) -> set[str]:
        return {n.name for n in networks.list(ListQuery(filters=filters)).items}

    assert listed(level="village") == {village.name}
    assert listed(level=["province", "district"]) == {province.name, other.name}
    assert listed(pillar="locality") == {village.name}
    assert listed(form="committee") == {other.name}
    assert listed(parent_id=province.id) == {village.name}
    assert listed(parent_id=None) == {province.name, other.name}
    assert listed(province_code="10") == {other.name}
    with pytest.raises(KeyError):
        networks.list(ListQuery(filters={"vision": "x"}))


def test_list_in_thai_order(networks: NetworkService) -> None:
    for name in reversed(THAI_ORDERED):
        networks.create(network_data(name=name))
    assert sorted(THAI_ORDERED) != THAI_ORDERED  # code-point order would be wrong
    assert names(networks.list().items) == THAI_ORDERED
    assert names(networks.list(ListQuery(descending=True)).items) == THAI_ORDERED[::-1]


# -- networks: validation ---------------------------------------------------------------


def test_required_fields_are_named(networks: NetworkService) -> None:
    with pytest.raises(ValidationError) as error:
        networks.create({"name": " ", "province_code": "48"})
    assert set(problems_of(error)) == {"name", "level", "pillar", "form"}


def test_wrong_choice_and_location_are_named(networks: NetworkService) -> None:
    with pytest.raises(ValidationError) as error:
        networks.create(network_data(level="เมือง"))
    assert "เมือง" in problems_of(error)["level"]
    with pytest.raises(ValidationError) as error:
        networks.create(network_data(district_code="1001"))  # a Bangkok district
    assert "subdistrict_code" in problems_of(error)


def test_parent_must_be_same_or_higher_level(networks: NetworkService) -> None:
    subdistrict = networks.create(network_data(level="subdistrict"))
    village = networks.create(
        network_data(name="เครือข่ายบ้านโพน", level="village", parent_id=subdistrict.id)
    )
    networks.create(network_data(name="ชมรมตำบลเดียวกัน", parent_id=subdistrict.id))  # same level
    with pytest.raises(ValidationError) as error:
        networks.create(network_data(name="เครือข่ายอำเภอ", level="district", parent_id=village.id))
    assert set(problems_of(error)) == {"parent_id"}
    assert village.name in problems_of(error)["parent_id"]


def test_lowering_a_level_below_a_child_is_refused(networks: NetworkService) -> None:
    district = networks.create(network_data(name="เครือข่ายอำเภอ", level="district"))
    networks.create(network_data(level="subdistrict", parent_id=district.id))
    with pytest.raises(ValidationError) as error:
        networks.update(district.id, {"level": "village"})
    assert set(problems_of(error)) == {"level"}
    assert networks.get(district.id).level is Level.DISTRICT


def test_no_cycles_of_parents(networks: NetworkService) -> None:
    top = networks.create(network_data(name="ก เครือข่ายบน", level="district"))
    middle = networks.create(network_data(name="ข กลาง", level="district", parent_id=top.id))
    bottom = networks.create(network_data(name="ค ล่าง", level="district", parent_id=middle.id))
    with pytest.raises(ValidationError) as error:
        networks.update(top.id, {"parent_id": top.id})
    assert set(problems_of(error)) == {"parent_id"}
    for below in (middle, bottom):
        with pytest.raises(ValidationError) as error:
            networks.update(top.id, {"parent_id": below.id})
        assert below.name in problems_of(error)["parent_id"]
    assert networks.get(top.id).parent_id is None
    networks.update(bottom.id, {"parent_id": top.id})  # moving within the tree is fine


def test_parent_in_trash_is_refused(networks: NetworkService) -> None:
    parent = networks.create(network_data(name="เครือข่ายอำเภอ", level="district"))
    networks.delete(parent.id)
    with pytest.raises(ValidationError) as error:
        networks.create(network_data(parent_id=parent.id))
    assert set(problems_of(error)) == {"parent_id"}


def test_coordinator_contact_must_belong_to_the_partner(
    services: Services, networks: NetworkService
) -> None:
    school = partner(services, "โรงเรียนบ้านนาคูณ", sector="state")
    temple = partner(services, "วัดโพธิ์ศรี", sector="religious")
    teacher = services.contacts.create(
        {"partner_id": school.id, "title": "นาง", "first_name": "สุดา", "last_name": "ศรีสุข"}
    )
    with pytest.raises(ValidationError) as error:
        networks.create(
            network_data(coordinator_partner_id=temple.id, coordinator_contact_id=teacher.id)
        )
    assert set(problems_of(error)) == {"coordinator_contact_id"}
    assert "นางสุดา ศรีสุข" in problems_of(error)["coordinator_contact_id"]
    ok = networks.create(
        network_data(coordinator_partner_id=school.id, coordinator_contact_id=teacher.id)
    )
    got = networks.get(ok.id)
    assert got.coordinator_contact is not None
    assert got.coordinator_contact.full_name == "นางสุดา ศรีสุข"


def test_conflicting_versions(networks: NetworkService) -> None:
    created = networks.create(network_data())
    opened = created.version
    networks.update(created.id, {"notes": "แก้โดยคนแรก"}, expected_version=opened)
    with pytest.raises(ConflictError):
        networks.update(created.id, {"notes": "แก้โดยคนที่สอง"}, expected_version=opened)
    assert networks.get(created.id).notes == "แก้โดยคนแรก"


def test_one_audit_entry_per_write(services: Services, networks: NetworkService) -> None:
    created = networks.create(network_data())
    networks.update(created.id, {"mission": "ประสานงาน"})
    networks.update(created.id, {"mission": "ประสานงาน"})  # no change: nothing to record
    networks.delete(created.id)
    networks.restore(created.id)
    entries = audit_entries(services, created.id)
    assert [e.action for e in entries] == ["create", "update", "delete", "restore"]
    assert {e.entity for e in entries} == {"networks"}
    assert created.name in entries[0].summary


def test_failure_in_a_transaction_writes_nothing(
    services: Services, networks: NetworkService, members: NetworkMemberService
) -> None:
    group = partner(services, "กลุ่มแม่บ้าน")
    with pytest.raises(ValidationError), services.transaction():
        created = networks.create(network_data())
        members.create({"network_id": created.id, "partner_id": group.id})
        networks.create(network_data(name=""))
    assert networks.list().total == 0
    assert members.list().total == 0
    assert audit_entries(services, created.id) == []


# -- the tree -----------------------------------------------------------------------------


def test_tree_by_level_then_thai_order(
    services: Services, networks: NetworkService, members: NetworkMemberService
) -> None:
    national = networks.create(network_data(name="เครือข่ายระดับชาติ", level="national"))
    province = networks.create(
        network_data(name="เครือข่ายจังหวัดนครพนม", level="province", parent_id=national.id)
    )
    districts = [
        networks.create(network_data(name=name, level="district", parent_id=province.id))
        for name in reversed(THAI_ORDERED)
    ]
    first = districts[-1]  # กุดแห่…
    village = networks.create(network_data(name="เครือข่ายหมู่ ๓", level="village", parent_id=first.id))
    subdistrict = networks.create(
        network_data(name="เครือข่ายตำบล", level="subdistrict", parent_id=first.id)
    )
    gone = networks.create(network_data(name="ถูกลบ", level="district", parent_id=province.id))
    networks.delete(gone.id)
    lone = networks.create(network_data(name="กลุ่มลอย", level="village"))
    for name in ("ก กลุ่มหนึ่ง", "ข กลุ่มสอง"):
        members.create({"network_id": first.id, "partner_id": partner(services, name).id})
    members.create(
        {
            "network_id": first.id,
            "partner_id": partner(services, "ค ออกแล้ว").id,
            "joined_on": date(2020, 1, 1),
            "left_on": date(2021, 1, 1),
        }
    )

    roots = networks.tree()
    assert names(roots) == [national.name, lone.name]  # national above village
    (province_node,) = roots[0].children
    assert province_node.network.id == province.id
    assert names(province_node.children) == THAI_ORDERED  # the deleted one left out
    first_node = province_node.children[0]
    assert names(first_node.children) == [subdistrict.name, village.name]  # by level
    assert first_node.member_count == 2  # the one that left does not count
    assert province_node.member_count == 0

    (subtree,) = networks.tree(first.id)
    assert subtree.network.id == first.id
    assert names(subtree.children) == [subdistrict.name, village.name]
    with pytest.raises(NotFoundError):
        networks.tree(gone.id)

    networks.delete(province.id)  # its children now show at the top
    assert names(networks.tree()) == [national.name, *THAI_ORDERED, lone.name]


def test_tree_shows_a_cycle_from_merged_data(services: Services, networks: NetworkService) -> None:
    top = networks.create(network_data(name="ก บน", level="district"))
    bottom = networks.create(network_data(name="ข ล่าง", level="district", parent_id=top.id))
    with services.transaction() as session:  # as an import from another office could leave it
        stored = session.get(Network, top.id)
        assert stored is not None
        stored.parent_id = bottom.id
    (root,) = networks.tree()
    assert names([root, *root.children]) == ["ก บน", "ข ล่าง"]
    assert root.children[0].children == []
    assert names(networks.ancestors(top.id)) == ["ข ล่าง"]  # stops instead of looping


def test_ancestors_top_first(networks: NetworkService) -> None:
    province = networks.create(network_data(name="จังหวัด", level="province"))
    district = networks.create(network_data(name="อำเภอ", level="district", parent_id=province.id))
    village = networks.create(network_data(name="หมู่บ้าน", level="village", parent_id=district.id))
    assert names(networks.ancestors(village.id)) == ["จังหวัด", "อำเภอ"]
    assert networks.ancestors(province.id) == []
    networks.delete(province.id)
    assert names(networks.ancestors(village.id)) == ["อำเภอ"]
    with pytest.raises(NotFoundError):
        networks.ancestors(uuid.uuid4())


# -- members ------------------------------------------------------------------------------


def test_membership_crud_and_describe(
    services: Services, networks: NetworkService, members: NetworkMemberService
) -> None:
    network = networks.create(network_data())
    group = partner(services, "กลุ่มแม่บ้านบ้านโพน")
    member = members.create(
        {
            "network_id": network.id,
            "partner_id": group.id,
            "role": "ผู้ประสานงาน",
            "joined_on": "๑ ต.ค. ๒๕๖๖",
        }
    )
    assert member.joined_on == date(2023, 10, 1)
    got = members.get(member.id)
    assert got.partner.name == group.name and got.network.name == network.name
    members.update(member.id, {"role": "สมาชิก"})
    members.delete(member.id)
    assert members.list().total == 0
    members.restore(member.id)
    assert members.get(member.id).role == "สมาชิก"
    entries = audit_entries(services, member.id)
    assert [e.action for e in entries] == ["create", "update", "delete", "restore"]
    assert group.name in entries[0].summary and network.name in entries[0].summary


def test_left_before_joined_names_both_fields(
    services: Services, networks: NetworkService, members: NetworkMemberService
) -> None:
    network = networks.create(network_data())
    group = partner(services, "กลุ่มเยาวชน")
    with pytest.raises(ValidationError) as error:
        members.create(
            {
                "network_id": network.id,
                "partner_id": group.id,
                "joined_on": date(2024, 5, 1),
                "left_on": date(2023, 5, 1),
            }
        )
    message = problems_of(error)["left_on"]
    assert "2567" in message and "2566" in message  # both dates, in the Buddhist era
    assert set(problems_of(error)) == {"left_on"}


def test_required_and_deleted_references(
    services: Services, networks: NetworkService, members: NetworkMemberService
) -> None:
    with pytest.raises(ValidationError) as error:
        members.create({"role": "สมาชิก"})
    assert set(problems_of(error)) == {"network_id", "partner_id"}
    network = networks.create(network_data())
    group = partner(services, "กลุ่มที่ปิดไปแล้ว")
    services.partners.delete(group.id)
    with pytest.raises(ValidationError) as error:
        members.create({"network_id": network.id, "partner_id": group.id})
    assert set(problems_of(error)) == {"partner_id"}


def test_no_overlapping_memberships(
    services: Services, networks: NetworkService, members: NetworkMemberService
) -> None:
    network = networks.create(network_data())
    other_network = networks.create(network_data(name="เครือข่ายอื่น"))
    group = partner(services, "กลุ่มออมทรัพย์")
    first = members.create(
        {"network_id": network.id, "partner_id": group.id, "joined_on": date(2023, 1, 1)}
    )
    members.create({"network_id": other_network.id, "partner_id": group.id})  # another network
    with pytest.raises(ValidationError) as error:
        members.create(
            {"network_id": network.id, "partner_id": group.id, "joined_on": date(2024, 1, 1)}
        )
    assert set(problems_of(error)) == {"partner_id"}
    assert group.name in problems_of(error)["partner_id"]
    members.update(first.id, {"left_on": date(2024, 1, 1)})
    again = members.create(
        {"network_id": network.id, "partner_id": group.id, "joined_on": date(2024, 1, 1)}
    )
    with pytest.raises(ValidationError) as error:  # stretching the old one back over it
        members.update(first.id, {"left_on": date(2024, 6, 1)})
    assert set(problems_of(error)) == {"partner_id"}
    members.delete(again.id)
    members.update(first.id, {"left_on": None})
    with pytest.raises(ValidationError):  # restoring would make two active memberships
        members.restore(again.id)
    assert members.list(ListQuery(trash=True)).total == 1


def test_members_of_in_thai_order_and_networks_of(
    services: Services, networks: NetworkService, members: NetworkMemberService
) -> None:
    network = networks.create(network_data())
    second = networks.create(network_data(name="กลุ่มเครือข่ายที่สอง"))
    partners = [partner(services, name) for name in reversed(THAI_ORDERED)]
    for p in partners:
        members.create({"network_id": network.id, "partner_id": p.id, "joined_on": "1/1/2566"})
    left = partner(services, "กลุ่มที่ออกไปแล้ว")
    members.create({"network_id": network.id, "partner_id": left.id, "left_on": date(2024, 1, 1)})
    members.create({"network_id": second.id, "partner_id": partners[0].id})
    services.partners.delete(partners[1].id)  # in the trash: not listed

    current = members.members_of(network.id)
    expected = [n for n in THAI_ORDERED if n != partners[1].name]
    assert [m.partner.name for m in current] == expected  # partner loaded, Thai order
    everyone = members.members_of(network.id, current_only=False)
    assert [m.partner.name for m in everyone] == [left.name, *expected]  # กลุ่ม… before กุด…
    back_then = members.members_of(network.id, on=date(2024, 6, 1))
    assert left.name not in [m.partner.name for m in back_then]
    back_then = members.members_of(network.id, on=date(2023, 6, 1))
    assert [m.partner.name for m in back_then] == [left.name, *expected]

    mine = members.networks_of(partners[0].id)
    assert [m.network.name for m in mine] == [second.name, network.name]  # Thai order
    networks.delete(second.id)
    assert [m.network.name for m in members.networks_of(partners[0].id)] == [network.name]


def test_member_list_filters_and_sort(
    services: Services, networks: NetworkService, members: NetworkMemberService
) -> None:
    network = networks.create(network_data())
    other = networks.create(network_data(name="เครือข่ายอื่น"))
    a, b = partner(services, "กลุ่มหนึ่ง"), partner(services, "กลุ่มสอง")
    late = members.create({"network_id": network.id, "partner_id": a.id, "joined_on": "1/6/2567"})
    early = members.create({"network_id": network.id, "partner_id": b.id, "joined_on": "1/6/2565"})
    elsewhere = members.create({"network_id": other.id, "partner_id": a.id})
    by_network = members.list(ListQuery(filters={"network_id": network.id}))
    assert [m.id for m in by_network.items] == [early.id, late.id]  # by date joined
    assert {m.id for m in members.list(ListQuery(filters={"partner_id": a.id})).items} == {
        late.id,
        elsewhere.id,
    }
    # Fiscal year 2567 runs 1 Oct 2566 – 30 Sep 2567.
    assert members.count(ListQuery(fiscal_year=2568)) == 0
    assert members.count(ListQuery(fiscal_year=2567)) == 1
    assert members.count(ListQuery(fiscal_year=2565)) == 1


# -- on both databases --------------------------------------------------------------------


def test_networks_and_members_on_both_databases(any_services: Services) -> None:
    networks = NetworkService(any_services.ctx)
    members = NetworkMemberService(any_services.ctx)
    top = networks.create(network_data(name="เครือข่ายจังหวัด", level="province"))
    for name in reversed(THAI_ORDERED):
        networks.create(network_data(name=name, level="district", parent_id=top.id))
    assert names(networks.list(ListQuery(filters={"level": "district"})).items) == THAI_ORDERED
    assert names(networks.tree()[0].children) == THAI_ORDERED
    with pytest.raises(ValidationError) as error:
        networks.update(top.id, {"parent_id": networks.search(THAI_ORDERED[0])[0].id})
    assert "parent_id" in problems_of(error)
    group = any_services.partners.create(thai_partner(name="กลุ่มแม่บ้าน"))
    member = members.create({"network_id": top.id, "partner_id": group.id, "joined_on": "1/1/2566"})
    with pytest.raises(ValidationError) as error:
        members.create({"network_id": top.id, "partner_id": group.id})
    assert set(problems_of(error)) == {"partner_id"}
    with pytest.raises(ConflictError):
        members.update(member.id, {"role": "ประธาน"}, expected_version=member.version - 1)
    assert [m.id for m in members.members_of(top.id)] == [member.id]
