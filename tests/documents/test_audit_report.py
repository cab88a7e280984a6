"""The printed audit report: the entries chosen, and at the end the latest hash of the whole
trail and whether it verified when printed; only executives and administrators print it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from lao_desktop.db.database import open_database
from lao_desktop.documents.catalogue import gather, kind_named
from lao_desktop.documents.content.audit import AuditContent
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.documents.make import render_pdf
from lao_desktop.errors import PermissionDeniedError
from lao_desktop.models.enums import Role
from lao_desktop.services import Actor, Services
from lao_desktop.services.audit_trail import AuditQuery
from lao_desktop.thai.digits import to_arabic_digits, to_thai_digits
from tests.documents.conftest import Extracted, page_lines
from tests.support import audit_tamper
from tests.support.demo import demo_copy

EXECUTIVE = Actor(None, "executive", Role.EXECUTIVE)


@pytest.fixture
def office_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_copy(tmp_path_factory, tmp_path / "demo.db")


def _content(path: Path, actor: Actor, query: AuditQuery | None = None) -> AuditContent:
    db = open_database(path)
    try:
        services = Services(db, actor)
        content: AuditContent = gather(kind_named("audit"), services, ReportOptions(audit=query))
        return content
    finally:
        db.dispose()


def _pdf(path: Path, actor: Actor, query: AuditQuery | None = None) -> bytes:
    db = open_database(path)
    try:
        return render_pdf("audit", Services(db, actor), ReportOptions(audit=query))
    finally:
        db.dispose()


def test_a_clerk_cannot_print_it(office_db: Path) -> None:
    with pytest.raises(PermissionDeniedError, match="somsri"):
        _pdf(office_db, Actor(None, "somsri", Role.CLERK))


@pytest.mark.parametrize("role", [Role.EXECUTIVE, Role.ADMIN])
def test_filters_rows_and_the_whole_trails_head(office_db: Path, role: Role) -> None:
    query = AuditQuery(action="update", entity="decisions", date_from=date(2569 - 543, 1, 1))
    content = _content(office_db, Actor(None, "boss", role), query)
    assert content.filters == (
        "ประเภทข้อมูล: มติ",
        f"การดำเนินการ: {content.rows[0].action}",
        "ช่วงเวลา: ตั้งแต่วันที่ ๑ มกราคม ๒๕๖๙ เป็นต้นไป",  # the demo prints Thai digits
    )
    assert content.rows and all(r.record == "มติ" for r in content.rows)
    assert content.count == to_thai_digits(str(len(content.rows)))
    numbers = [int(to_arabic_digits(r.number).replace(",", "")) for r in content.rows]
    assert numbers == sorted(numbers, reverse=True)  # newest first
    assert any(" → " in line for r in content.rows for line in r.changes)
    assert content.verified and "ถูกต้องครบถ้วน" in content.verification
    assert content.head_hash == audit_tamper.head(office_db)  # of the whole trail


def test_the_pdf_says_what_was_printed_and_the_latest_hash(
    office_db: Path, extracted: Callable[[bytes], Extracted]
) -> None:
    pdf = _pdf(office_db, EXECUTIVE, AuditQuery(user="clerk", action="update"))
    head = audit_tamper.head(office_db)
    for reader, pages in extracted(pdf).items():
        text = "\n".join(line for page in pages for line in page_lines(page))
        flat = text.replace(" ", "").replace("\n", "")
        assert "รายงานร่องรอยการตรวจสอบการใช้งานระบบ" in flat, reader
        assert "ผู้ใช้:clerk" in flat and "เงื่อนไขการเลือกรายการ" in flat, reader
        assert "ถูกต้องครบถ้วน" in flat, reader
        assert head in flat, reader  # Arabic digits although the office prints Thai ones
        assert "๒๕๖๙" in flat, reader


def test_a_broken_trail_is_printed_as_such(office_db: Path) -> None:
    audit_tamper.alter_summary(office_db, 25)
    content = _content(office_db, EXECUTIVE, AuditQuery(action="login"))
    assert not content.verified
    assert content.verification.startswith("พบความผิดปกติ ณ เวลาที่พิมพ์: ")
    assert "๒๕" in content.verification  # the entry named, in the office's digits


def test_no_entries_and_arabic_digits(office_db: Path) -> None:
    db = open_database(office_db)
    try:
        admin = Services(db, Actor(None, "admin", Role.ADMIN))
        admin.office.save({"use_thai_digits": False})
        content = _content(office_db, EXECUTIVE, AuditQuery(text="ไม่มีข้อความนี้แน่นอน"))
    finally:
        db.dispose()
    assert content.rows == () and content.count == "0"
    assert "ข้อความในสรุปมีคำว่า: “ไม่มีข้อความนี้แน่นอน”" in content.filters
    assert content.trail_entries.replace(",", "").isdigit()
