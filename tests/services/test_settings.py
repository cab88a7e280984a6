"""The settings service (known keys, checks, audit, permissions), the office's emblem,
and grouped counts."""

from __future__ import annotations

import json
import struct
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from lao_desktop.errors import PermissionDeniedError, ValidationError
from lao_desktop.models import AuditEntry
from lao_desktop.models.enums import Level, Pillar, Role, Sector
from lao_desktop.paths import resource_path
from lao_desktop.services import Actor, ListQuery, Services
from lao_desktop.services.settings import BUNDLED_FONT, DOCUMENT_FONT, LAST_BACKUP_AT
from tests.factories import thai_partner


def png(width: int = 120, height: int = 160) -> bytes:
    """A real, tiny PNG image (one grey row repeated)."""

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def audit_of(services: Services, entity: str) -> list[AuditEntry]:
    with services.ctx.reading() as session:
        stmt = select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        return list(session.scalars(stmt))


def office(services: Services) -> None:
    services.office.save({"name": "องค์การบริหารส่วนตำบลนาคูณใหญ่", "office_type": "sao"})


# -- settings ------------------------------------------------------------------------------


def test_unset_keys_read_as_their_defaults(services: Services) -> None:
    assert services.settings.get(LAST_BACKUP_AT) == ""
    assert services.settings.last_backup_at() is None
    assert services.settings.get(DOCUMENT_FONT) == BUNDLED_FONT
    assert services.settings.document_font() is None


def test_last_backup_is_stored_and_audited(services: Services) -> None:
    when = datetime(2026, 11, 20, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    services.settings.set(LAST_BACKUP_AT, when.isoformat())
    assert services.settings.last_backup_at() == when
    later = when + timedelta(days=1)
    services.settings.set(LAST_BACKUP_AT, later.isoformat())
    services.settings.set(LAST_BACKUP_AT, later.isoformat())  # unchanged: not audited
    entries = audit_of(services, "settings")
    assert [e.action for e in entries] == ["create", "update"]
    assert json.loads(entries[1].changes) == {LAST_BACKUP_AT: [when.isoformat(), later.isoformat()]}


@pytest.mark.parametrize("value", ["yesterday", "2026-11-20T09:30:00"])
def test_a_backup_time_must_be_a_time_with_zone(services: Services, value: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        services.settings.set(LAST_BACKUP_AT, value)
    assert [p.field for p in excinfo.value.problems] == [LAST_BACKUP_AT]
    assert services.settings.last_backup_at() is None
    assert audit_of(services, "settings") == []


def test_unknown_keys_are_refused(services: Services) -> None:
    with pytest.raises(KeyError):
        services.settings.set("colour", "red")
    with pytest.raises(KeyError):
        services.settings.get("colour")


def test_document_font_takes_a_truetype_file(services: Services, tmp_path: Path) -> None:
    font = tmp_path / "THSarabunNew.ttf"
    font.write_bytes(resource_path("fonts", "Sarabun-Regular.ttf").read_bytes())
    services.settings.set(DOCUMENT_FONT, str(font))
    assert services.settings.document_font() == font.resolve()
    services.settings.set(DOCUMENT_FONT, BUNDLED_FONT)
    assert services.settings.document_font() is None


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"%PDF-1.4 not a font at all", ".ttf"),
        (b"OTTO" + b"\x00" * 200, ".otf"),
        (b"ttcf" + b"\x00" * 200, ".ttc"),
        (b"\x00\x01\x00\x00\x00\x20" + b"\x00" * 40, ".ttf"),  # cut short
    ],
)
def test_document_font_refuses_other_files(
    services: Services, tmp_path: Path, content: bytes, words: str
) -> None:
    bad = tmp_path / "font.ttf"
    bad.write_bytes(content)
    with pytest.raises(ValidationError) as excinfo:
        services.settings.set(DOCUMENT_FONT, str(bad))
    assert words in excinfo.value.for_field(DOCUMENT_FONT)[0]
    assert services.settings.document_font() is None


def test_missing_font_file_is_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        services.settings.set(DOCUMENT_FONT, str(tmp_path / "gone.ttf"))


def test_only_administrators_change_the_font_but_clerks_note_backups(
    services: Services, tmp_path: Path
) -> None:
    clerk = Services(services.ctx.db, Actor(None, "clerk", Role.CLERK))
    with pytest.raises(PermissionDeniedError):
        clerk.settings.set(DOCUMENT_FONT, BUNDLED_FONT)
    clerk.settings.set(LAST_BACKUP_AT, datetime.now(UTC).isoformat())
    assert services.settings.last_backup_at() is not None


# -- the emblem ----------------------------------------------------------------------------


def test_emblem_set_and_removed_with_audit(services: Services) -> None:
    office(services)
    image = png()
    services.office.set_emblem(image)
    current = services.office.current()
    assert current is not None and current.emblem_png == image
    services.office.set_emblem(None)
    current = services.office.current()
    assert current is not None and current.emblem_png is None
    changes = [json.loads(e.changes) for e in audit_of(services, "office")][-2:]
    assert changes == [
        {"emblem_png": [None, f"<{len(image)} bytes>"]},
        {"emblem_png": [f"<{len(image)} bytes>", None]},
    ]


def test_a_jpeg_emblem_is_accepted(services: Services) -> None:
    office(services)
    # SOI, an APP0 segment, a baseline frame header of 200×150, end of image.
    frame = b"\xff\xc0\x00\x11\x08" + struct.pack(">HH", 150, 200) + b"\x03" + b"\x00" * 9
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + frame
    services.office.set_emblem(jpeg + b"\xff\xd9")
    current = services.office.current()
    assert current is not None and current.emblem_png is not None


@pytest.mark.parametrize(
    "data",
    [
        b"Microsoft Word document, renamed to emblem.png",
        png()[:40],  # a copy cut short
        png(20, 20),  # too small to print
    ],
)
def test_other_files_are_not_emblems(services: Services, data: bytes) -> None:
    office(services)
    with pytest.raises(ValidationError) as excinfo:
        services.office.set_emblem(data)
    assert excinfo.value.for_field("emblem_png")
    current = services.office.current()
    assert current is not None and current.emblem_png is None


def test_an_emblem_needs_the_office_first(services: Services) -> None:
    with pytest.raises(ValidationError) as excinfo:
        services.office.set_emblem(png())
    assert excinfo.value.for_field("emblem_png") != [""]
    assert services.office.current() is None


def test_only_administrators_change_the_emblem(services: Services) -> None:
    office(services)
    clerk = Services(services.ctx.db, Actor(None, "clerk", Role.CLERK))
    with pytest.raises(PermissionDeniedError):
        clerk.office.set_emblem(png())


# -- grouped counts ------------------------------------------------------------------------


def test_counts_by_group_equal_filtered_counts(services: Services) -> None:
    kinds = [
        ("village", "community", "people"),
        ("village", "state", "locality"),
        ("subdistrict", "state", "local_government"),
        ("province", "academic", "people"),
    ]
    for number, (level, sector, pillar) in enumerate(kinds):
        data = thai_partner(name=f"ภาคี {number}", level=level, sector=sector, pillar=pillar)
        services.partners.create(data)
    gone = services.partners.create(thai_partner(name="ภาคีที่ลบแล้ว", level="national"))
    services.partners.delete(gone.id)

    by = services.partners.counts_by("level", "sector", "pillar")
    assert by["level"] == {Level.VILLAGE: 2, Level.SUBDISTRICT: 1, Level.PROVINCE: 1}
    assert by["sector"] == {Sector.COMMUNITY: 1, Sector.STATE: 2, Sector.ACADEMIC: 1}
    assert services.partners.count_by("pillar") == by["pillar"]
    for field, members in (("level", Level), ("sector", Sector), ("pillar", Pillar)):
        for member in members:
            expected = services.partners.count(ListQuery(filters={field: member}))
            assert by[field].get(member, 0) == expected
    in_trash = services.partners.count_by("level", ListQuery(trash=True))
    assert in_trash == {Level.NATIONAL: 1}
