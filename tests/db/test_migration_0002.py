"""Migration 0002 (the executive's approval) on a database holding data, both ways, on SQLite
and PostgreSQL: the records stay, unapproved; going back drops only the approval."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from lao_desktop.db.database import Database
from lao_desktop.db.migrate import alembic_config, head_revision, status, upgrade
from lao_desktop.models import AgreementParty
from lao_desktop.services import Services
from tests.factories import thai_partner

APPROVAL = {"approved_at", "approved_by"}


def _columns(db: Database, table: str) -> set[str]:
    return {column["name"] for column in inspect(db.engine).get_columns(table)}


def _rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.engine.connect() as connection:
        return {
            table: sorted(
                connection.execute(text(f"SELECT id, name, version FROM {table}")).all(), key=repr
            )
            for table in ("agreements", "joint_plans")
        }


def test_0002_down_and_up_with_records(any_db: Database) -> None:
    services = Services(any_db)
    partner = services.partners.create(thai_partner())
    agreement = services.agreements.create({"kind": "mou", "name": "บันทึกข้อตกลงขยะ"})
    services.agreement_parties.create({"agreement_id": agreement.id, "partner_id": partner.id})
    plan = services.plans.create({"name": "แผนพัฒนาเครือข่ายสตรี"})
    services.agreements.approve(agreement.id)
    services.plans.approve(plan.id)
    before = _rows(any_db)

    with any_db.engine.begin() as connection:  # the parties point at the agreement
        command.downgrade(alembic_config(connection), "0001")
    assert status(any_db).current == "0001"
    for table in ("agreements", "joint_plans"):
        assert not APPROVAL & _columns(any_db, table)
    assert _rows(any_db) == before

    upgrade(any_db)
    assert status(any_db).current == head_revision()
    for table in ("agreements", "joint_plans"):
        assert _columns(any_db, table) >= APPROVAL
    assert _rows(any_db) == before
    again = Services(any_db)
    assert not again.agreements.get(agreement.id).approved  # the approval went with 0001
    assert again.plans.count_by("approved") == {False: 1}
    with any_db.read_session() as session:
        assert session.query(AgreementParty).count() == 1
    again.agreements.approve(agreement.id)  # and can be given again
    assert again.agreements.get(agreement.id).approved
