"""Each role tried against every service operation: the generic ones (create … names) of every
concept's service, found by introspection so that a new service or method cannot be
forgotten, and backup and restore. Allowed or refused as ``services.permissions`` says; a
refused write changes nothing and writes no audit entry. Each service's own operations are
in test_roles_own.py."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lao_desktop.backup.make import back_up
from lao_desktop.backup.restore import restore_backup
from lao_desktop.db.database import Database, open_database
from lao_desktop.errors import PermissionDeniedError
from lao_desktop.models.enums import Role
from lao_desktop.services import Actor, ListQuery, Services
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import NotesField
from lao_desktop.services.permissions import Action
from tests.services.test_roles_own import NOT_OPERATIONS, OWN, PURE
from tests.support.demo import demo_copy
from tests.support.roles import (
    ROLES,
    USERNAME,
    DemoOffice,
    audit_count,
    fingerprint,
    last_audit,
    public_methods,
    reachable_services,
    resolve,
    trail_since,
    try_as,
)

GENERIC = ("create", "update", "delete", "restore")
READS = ("get", "list", "count", "count_by", "counts_by", "search", "names")


@pytest.fixture
def office(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoOffice]:
    database = open_database(demo_copy(tmp_path_factory, tmp_path / "demo.db"))
    yield DemoOffice(database)
    database.dispose()


@pytest.fixture(scope="module")
def service_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    database = open_database(tmp_path_factory.mktemp("paths") / "empty.db")
    found = reachable_services(Services(database))
    database.dispose()
    return found


def _entity_paths() -> list[str]:
    """The paths of the entity services, one per class (``personal_data.contacts`` is the
    ``contacts`` service again)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "paths.db")
        seen: set[type] = set()
        paths = []
        for path, service in reachable_services(Services(database)).items():
            if isinstance(service, EntityService) and type(service) not in seen:
                seen.add(type(service))
                paths.append(path)
        database.dispose()
    return paths


ENTITY_PATHS = _entity_paths()


def test_every_public_service_method_is_classified(service_paths: dict[str, Any]) -> None:
    """A new service or method fails here until it is added to OWN (with the action it
    needs and a call that tries it) or named as not an operation on the data."""
    unclassified = []
    for path, service in service_paths.items():
        generic = set(GENERIC + READS) if isinstance(service, EntityService) else set()
        for method in sorted(public_methods(service)):
            if method in generic or method in NOT_OPERATIONS or (path, method) in PURE:
                continue
            if (path, method) in OWN:
                continue
            if isinstance(service, EntityService) and (path.split(".")[-1], method) in OWN:
                continue  # the same service reached through another (personal_data.contacts)
            unclassified.append(f"{path}.{method}")
    assert unclassified == [], "classify these in tests/services/test_roles_own.py"


def test_the_classification_names_no_missing_method(service_paths: dict[str, Any]) -> None:
    stale = [
        f"{p}.{m}" for p, m in OWN if p not in service_paths or not hasattr(service_paths[p], m)
    ]
    assert stale == []


# -- the generic operations of every concept's service -----------------------------------------


def _changed(service: EntityService[Any], record: Any) -> dict[str, Any]:
    """A real change to a record: a note-like field with text added; {} if it has none."""
    for key, spec in service.schema.fields.items():
        if isinstance(spec, NotesField) and not spec.sensitive:
            return {key: f"{getattr(record, key) or ''} (ทดสอบสิทธิ์)".strip()}
    return {}


def _copy_of(office: DemoOffice, service: EntityService[Any], record: Any) -> dict[str, Any]:
    """Input for a new record like ``record`` (numbers left to the rules); made while
    ``record`` is in the trash, so that the rules against duplicates let it be."""
    fields = service.schema.fields
    data = {
        key: getattr(record, key)
        for key, spec in fields.items()
        if not spec.sensitive and key != "content" and getattr(record, key) is not None
    }
    if "content" in fields:  # a scan: its bytes are loaded on request only
        data["content"] = office.system.agreements.scan_content(record.id)
    for unique in ("number", "sequence"):
        data.pop(unique, None)
    if "username" in data:
        data["username"] = f"{data['username']}2"
    return data


# A record each service acts on: not the only administrator, who may not be deleted.
WHICH: dict[str, dict[str, Any]] = {"users": {"role": "clerk"}}


@pytest.mark.parametrize("path", ENTITY_PATHS)
def test_generic_operations_as_each_role(office: DemoOffice, path: str) -> None:
    record = office.first(path, filters=WHICH.get(path, {}))
    for role in ROLES:
        _generic_operations(office, role, path, record)


def _generic_operations(office: DemoOffice, role: Role, path: str, record: Any) -> None:
    system = resolve(office.system, path)
    write, ident = system.write_action, record.id
    field = (system.filterable or ("id",))[0]

    def on(s: Services) -> Any:
        return resolve(s, path)

    # Reads: every role reads every record.
    try_as(office, role, Action.READ, lambda s, o: on(s).get(ident))
    try_as(office, role, Action.READ, lambda s, o: on(s).list(ListQuery(limit=5)))
    try_as(office, role, Action.READ, lambda s, o: on(s).count())
    try_as(office, role, Action.READ, lambda s, o: on(s).count_by(field))
    try_as(office, role, Action.READ, lambda s, o: on(s).counts_by(field, "id"))
    try_as(office, role, Action.READ, lambda s, o: on(s).search("ก"))
    try_as(office, role, Action.READ, lambda s, o: on(s).names([ident]))

    # Writes: allowed ones succeed and are audited as the acting user. The steps between
    # (the original to the trash and back) are the program's, not tried.
    data = _copy_of(office, system, system.get(ident))
    system.delete(ident)
    entries = audit_count(office.db)
    made: list[Any] = []
    if try_as(office, role, write, lambda s, o: made.append(on(s).create(data))):
        assert ("create", USERNAME[role], made[0].id) in trail_since(office.db, entries)
        system.delete(made[0].id)
    system.restore(ident)

    change = _changed(system, system.get(ident))
    if try_as(office, role, write, lambda s, o: on(s).update(ident, change)) and change:
        entry = last_audit(office.db)
        assert (entry.action, entry.username, entry.entity_id) == ("update", USERNAME[role], ident)

    if try_as(office, role, write, lambda s, o: on(s).delete(ident)):
        assert (
            last_audit(office.db).action,
            system.get(ident, include_deleted=True).is_deleted,
        ) == (
            "delete",
            True,
        )
        system.restore(ident)

    system.delete(ident)
    if try_as(office, role, write, lambda s, o: on(s).restore(ident)):
        entry = last_audit(office.db)
        assert (entry.action, entry.username) == ("restore", USERNAME[role])
    else:
        system.restore(ident)


@pytest.mark.parametrize("path", ENTITY_PATHS)
def test_a_refused_write_is_refused_before_anything_is_looked_up(db: Database, path: str) -> None:
    """Refused by role first, whatever the input: not "not found" nor a rule explained to
    someone who may not write at all (a missing record, empty input)."""
    system = resolve(Services(db), path)
    role = Role.CLERK if system.write_action is Action.ADMINISTER else Role.EXECUTIVE
    service = resolve(Services(db, Actor(None, "nobody", role)), path)
    missing = uuid.uuid4()
    calls: list[Callable[[], object]] = [
        lambda: service.create({}),
        lambda: service.update(missing, {}),
        lambda: service.delete(missing),
        lambda: service.restore(missing),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError, match="nobody"):
            call()


# -- backup and restore (lao_desktop.backup) ---------------------------------------------------


def test_every_role_backs_up(office: DemoOffice, tmp_path: Path) -> None:
    for role in ROLES:
        folder = tmp_path / role.value
        folder.mkdir()
        allowed = try_as(office, role, Action.BACK_UP, lambda s, o: back_up(s, folder))  # noqa: B023
        assert len(list(folder.iterdir())) == (1 if allowed else 0)


def test_only_the_administrator_restores(office: DemoOffice, tmp_path: Path) -> None:
    written = back_up(office.acting(Role.CLERK), tmp_path)
    office.system.partners.update(office.first("partners").id, {"notes": "หลังสำรอง"})
    for role in ROLES:
        safety = tmp_path / f"safety-{role.value}"
        before = fingerprint(office.db)

        def restore(s: Services, o: DemoOffice) -> object:
            return restore_backup(written.path, o.db, s.ctx.actor, safety_folder=safety)  # noqa: B023

        allowed = try_as(office, role, Action.ADMINISTER, restore)
        assert allowed == (role is Role.ADMIN)
        if not allowed:
            assert not safety.exists()  # refused before the safety copy was even written
            assert fingerprint(office.db) == before
    reopened = open_database(office.db.url.render_as_string(hide_password=False))
    try:
        assert "หลังสำรอง" not in (
            Services(reopened).partners.get(office.first("partners").id).notes
        )
    finally:
        reopened.dispose()
