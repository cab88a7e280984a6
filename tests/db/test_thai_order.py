"""Thai dictionary order is the same in Python, SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from lao_desktop.db.database import Database
from lao_desktop.services import ListQuery, Services
from lao_desktop.thai.collation import thai_sort_key
from tests.factories import thai_partner

# Leading vowels, tone marks, ฤ, Thai digits, clusters: where code-point order goes wrong.
WORDS = [
    "ไก่",
    "เกิด",
    "กาล",
    "เป็ด",
    "หมู",
    "วัว",
    "วันที่",
    "กก",
    "กะ",
    "ก่อน",
    "กอ",
    "ก้อน",
    "เกาะ",
    "แก",
    "โก",
    "ใกล้",
    "ไกล",
    "ขา",
    "ข่า",
    "ข้า",
    "ค่า",
    "คา",
    "นาคูณใหญ่",
    "นาหว้า",
    "นครพนม",
    "บ้าน",
    "บาน",
    "เทศบาล",
    "องค์การ",
    "สมชาย",
    "สมศรี",
    "แสงดาว",
    "ศรีสุข",
    "ฤดี",
    "ลือ",
    "เก้าอี้",
    "ไม้",
    "ใจ",
    "ใหม่",
    "กำนัน",
    "กำแพง",
    "กรรม",
    "กัน",
    "กั้น",
    "ผู้ใหญ่บ้าน",
    "ประชาคม",
    "ปลัด",
    "เปลี่ยน",
]

EXPECTED_START = ["กก", "กรรม", "กอ", "ก่อน", "ก้อน", "กะ", "กัน", "กั้น", "กาล", "กำนัน"]


def test_python_key_sorts_leading_vowels_by_their_consonant() -> None:
    ordered = sorted(WORDS, key=thai_sort_key)
    assert ordered[:10] == EXPECTED_START
    # เ/แ/โ/ใ/ไ words sit among ก words, not after ฮ as code points would put them.
    assert ordered.index("ไก่") < ordered.index("ขา")
    assert ordered.index("ใจ") < ordered.index("นครพนม")
    assert sorted(WORDS) != ordered  # the control: code-point order differs


def _collated(db: Database, collation: str) -> list[str]:
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TEMPORARY TABLE words (w VARCHAR(50))"))
        connection.execute(text("INSERT INTO words VALUES (:w)"), [{"w": w} for w in WORDS])
        rows = connection.execute(text(f"SELECT w FROM words ORDER BY w COLLATE {collation}"))
        return [row[0] for row in rows]


def test_database_collation_named_thai_matches_python(any_db: Database) -> None:
    assert _collated(any_db, "thai") == sorted(WORDS, key=thai_sort_key)


def test_lists_come_back_in_thai_order(any_services: Services) -> None:
    for i, name in enumerate(["ไร่นาสวนผสม", "เกษตรกร", "กลุ่มออมทรัพย์", "ขนมไทย", "โรงเรียน"]):
        any_services.partners.create(thai_partner(name=name, moo=i + 1))
    names = [p.name for p in any_services.partners.list(ListQuery(limit=50)).items]
    assert names == ["กลุ่มออมทรัพย์", "เกษตรกร", "ขนมไทย", "โรงเรียน", "ไร่นาสวนผสม"]
    backwards = any_services.partners.list(ListQuery(descending=True)).items
    assert [p.name for p in backwards] == names[::-1]
