"""Words of the demo office: Thai names, partner kinds, meeting and decision texts, resources.

Data only, plus tiny helpers that pick from it with the caller's seeded ``random.Random``
(never the global one): the same seed gives the same office. The people, villages and
private firms are invented in the style of Nakhon Phanom; government agencies and places are
real names, the ties between them are not.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal
from typing import Final, TypeVar

from lao_desktop.thai.idcard import check_digit

T = TypeVar("T")

# The tables below keep several entries a line, as written: a formatter would give one a line.
# fmt: off

# -- people ------------------------------------------------------------------------------

MALE_FIRST: Final = (
    "สมชาย", "สมศักดิ์", "บุญมี", "ทองดี", "สุริยา", "ประสิทธิ์", "วิชัย", "คำพอง", "บุญเลิศ",
    "สมพงษ์", "อนุชา", "ธนากร", "ชัยวัฒน์", "ประยูร", "สุเทพ", "คำแพง", "บุญถม", "สมบัติ",
    "วีระพงษ์", "เกียรติศักดิ์", "ณัฐพล", "พงศกร", "อุดม", "สมหมาย", "ไพโรจน์", "ทองใบ",
    "คำสิงห์", "บุญส่ง", "จำลอง", "สุพจน์", "ธีระ", "ศักดิ์ชัย", "อภิชาติ", "นิรันดร์", "วันชัย",
    "สมคิด", "ประเสริฐ", "สุรพล", "เฉลิม", "บุญเรือง", "คำผาย", "ชาตรี", "ไพศาล", "ยุทธนา",
)
FEMALE_FIRST: Final = (
    "สมพร", "บุญเรือน", "คำปุน", "ทองใส", "สุภาพ", "มาลัย", "วันเพ็ญ", "จันทร์เพ็ญ", "ประภาพร",
    "สุกัญญา", "นงลักษณ์", "อรุณี", "พิมพ์ใจ", "ศิริพร", "รัชนี", "บัวผัน", "คำมี", "ละเอียด",
    "ดวงใจ", "กาญจนา", "นิตยา", "วิไลวรรณ", "อำไพ", "สุนทรี", "เพ็ญศรี", "ทองม้วน", "บุญหลาย",
    "แสงเดือน", "จิราพร", "กนกวรรณ", "สุดารัตน์", "พัชรินทร์", "อัมพร", "ยุพิน", "ลำดวน",
    "เยาวลักษณ์", "ปิยะนุช", "สายสุนีย์", "หนูพิน", "ราตรี",
)
SURNAMES: Final = (
    "พรมมา", "ศรีวงษ์", "แก้วมณี", "บุญมาก", "ไชยสุริยา", "วงศ์ไชย", "สุวรรณศรี", "ภูมิพันธ์",
    "ศรีสุข", "คำภูมี", "จันทร์แก้ว", "พลเยี่ยม", "นามวงศ์", "อุปพงษ์", "ศรีบุญเรือง", "โคตรพันธ์",
    "แสนสุข", "บุตรดี", "ทองมา", "ไตรยราช", "สีหาบุตร", "พิมพ์ศรี", "หงส์ทอง", "บุญชัย",
    "คำแก้ว", "สุริยวงศ์", "วงศ์กระโซ่", "ศรีมงคล", "อินธิแสง", "มูลสาร", "ราชวงศ์", "ธิวงศ์",
    "เหล่าสุวรรณ", "พันธ์โยธี", "สิทธิวงศ์", "ไชยมาตย์", "อ่อนศรี", "ศรีทองกุล", "จันทร์หอม",
    "นนทะแสน", "ปัททุม", "โพธิ์ศรี", "ยอดคำ", "มาลาศรี", "ศรีลาคำ", "บัวระภา", "ดวงแก้ว",
    "ชัยเพชร", "ทุมวงศ์", "คำมุงคุณ",
)
MONK_TITLES: Final = ("พระครู", "พระอธิการ", "พระมหา")
MONK_NAMES: Final = (
    ("สุวรรณธรรมโชติ", ""), ("ประโชติธรรมวิมล", ""), ("ปริยัติวชิรธรรม", ""),
    ("บุญมี", "ฐิตธมฺโม"), ("สมศักดิ์", "ปญฺญาวโร"), ("ทองใบ", "จนฺทวํโส"), ("คำพอง", "สุมงฺคโล"),
)
LAO_FIRST: Final = ("บุนมี", "สีสะหวาด", "คำพัน", "สุลิยะ", "วันนะสอน", "บัวสี", "คำมะนี")
LAO_LAST: Final = ("พมมะจัน", "สีหาลาด", "วงพะจัน", "แก้วมะนีวง", "ไซยะวง", "อินทะวง")
JAPANESE_NAMES: Final = (
    ("ทาคาชิ", "ยามาโมโตะ", "Takashi", "Yamamoto"),
    ("ยูโกะ", "ซาโต้", "Yuko", "Sato"),
    ("เคนจิ", "ทานากะ", "Kenji", "Tanaka"),
    ("มิกิ", "นากามูระ", "Miki", "Nakamura"),
)
VIETNAMESE_NAMES: Final = (
    ("เหงียน วัน", "ฮา", "Nguyen Van", "Ha"),
    ("เจิ่น ถิ", "ลาน", "Tran Thi", "Lan"),
    ("ฟาม ก๊วก", "ฮุง", "Pham Quoc", "Hung"),
)

# The office's own people: position, and whether a woman holds it in the demo.
OFFICE_STAFF: Final = (
    ("นายกองค์การบริหารส่วนตำบลนาคูณใหญ่", False),
    ("รองนายกองค์การบริหารส่วนตำบลนาคูณใหญ่", False),
    ("รองนายกองค์การบริหารส่วนตำบลนาคูณใหญ่", True),
    ("ประธานสภาองค์การบริหารส่วนตำบลนาคูณใหญ่", False),
    ("ปลัดองค์การบริหารส่วนตำบลนาคูณใหญ่", True),
    ("รองปลัดองค์การบริหารส่วนตำบลนาคูณใหญ่", False),
    ("หัวหน้าสำนักปลัด", True),
    ("ผู้อำนวยการกองคลัง", True),
    ("ผู้อำนวยการกองช่าง", False),
    ("นักวิเคราะห์นโยบายและแผน", True),
    ("นักพัฒนาชุมชน", True),
    ("เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย", False),
)

# -- places ------------------------------------------------------------------------------

# หมู่ 1–12 of ตำบลนาคูณใหญ่. Invented in the style of the area, not the real list.
NA_KHUN_YAI_VILLAGES: Final = (
    "บ้านนาคูณใหญ่", "บ้านนาคูณน้อย", "บ้านโคกสี", "บ้านดอนเตย", "บ้านหนองแวง", "บ้านโนนสวรรค์",
    "บ้านนาดี", "บ้านคำพอก", "บ้านหนองบัว", "บ้านโพนทอง", "บ้านดงหมู", "บ้านนาเลา",
)
VILLAGE_HEADS: Final = ("หนอง", "นา", "โนน", "โคก", "ดอน", "คำ", "ดง", "ห้วย", "โพน", "ท่า", "นาง")
VILLAGE_TAILS: Final = (
    "แวง", "บัว", "ทอง", "สวรรค์", "ดี", "ใหญ่", "น้อย", "สะอาด", "งาม", "เจริญ", "ยาง", "ไผ่",
    "ขาม", "หว้า", "ม่วง", "แก้ว", "ศรี", "สูง", "เตย", "จาน", "คูณ", "เดื่อ", "ผักหวาน", "กุง",
)
TEMPLE_NAMES: Final = (
    "โพธิ์ศรี", "ศรีบุญเรือง", "สว่างอารมณ์", "ป่าสามัคคีธรรม", "โพธิ์ชัย", "ศรีสุมังค์",
    "ธาตุ", "ไตรภูมิ", "ศรีสะอาด", "ป่าวิเวกธรรม", "อุดมวารี", "จอมแจ้ง",
)
NEIGHBOUR_PROVINCES: Final = ("47", "49", "38")  # สกลนคร, มุกดาหาร, บึงกาฬ

# fmt: on

# -- helpers -----------------------------------------------------------------------------


def pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]


def sample(rng: random.Random, items: Sequence[T], low: int, high: int) -> list[T]:
    """Between ``low`` and ``high`` different items (fewer if there are fewer)."""
    return rng.sample(list(items), min(len(items), rng.randint(low, high)))


def person(rng: random.Random, woman: bool | None = None) -> tuple[str, str, str]:
    """(title, first name, last name) of a Thai adult."""
    if woman is None:
        woman = rng.random() < 0.5
    if woman:
        return (
            ("นาง" if rng.random() < 0.7 else "นางสาว"),
            pick(rng, FEMALE_FIRST),
            pick(rng, SURNAMES),
        )
    return "นาย", pick(rng, MALE_FIRST), pick(rng, SURNAMES)


def monk(rng: random.Random) -> tuple[str, str, str]:
    first, pali = pick(rng, MONK_NAMES)
    title = "พระครู" if not pali else pick(rng, MONK_TITLES[1:])
    return title, first, pali


def foreigner(rng: random.Random, people: str) -> tuple[str, str, str, str]:
    """(title, first, last, e-mail name) of a Lao, Japanese or Vietnamese contact."""
    if people == "lao":
        first, last = pick(rng, LAO_FIRST), pick(rng, LAO_LAST)
        return "ท่าน", first, last, ""
    table = JAPANESE_NAMES if people == "japanese" else VIETNAMESE_NAMES
    first, last, first_en, last_en = pick(rng, table)
    title = "ศาสตราจารย์ ดร." if people == "japanese" else "ท่าน"
    return title, first, last, f"{first_en.split()[0]}.{last_en}".lower()


def village_name(rng: random.Random) -> str:
    return "บ้าน" + pick(rng, VILLAGE_HEADS) + pick(rng, VILLAGE_TAILS)


def mobile_phone(rng: random.Random) -> str:
    return f"0{pick(rng, '689')}{rng.randrange(10**8):08d}"


def office_phone(rng: random.Random, area: str = "42") -> str:
    """A fixed line: 042 is Nakhon Phanom and its neighbours, 02 Bangkok."""
    return f"0{area}{rng.randrange(10 ** (8 - len(area))):0{8 - len(area)}d}"


def national_id(rng: random.Random, office_code: str = "4809") -> str:
    """A valid 13-digit number (check digit by the real algorithm) of someone registered
    at ``office_code`` — made up, so it belongs to nobody the demo knows."""
    first_twelve = pick(rng, "13") + office_code + f"{rng.randrange(10**7):07d}"
    return first_twelve + str(check_digit(first_twelve))


def money(rng: random.Random, low: int, high: int, step: int = 100) -> Decimal:
    """A round amount in baht between ``low`` and ``high``."""
    if high <= low:
        return Decimal(low).quantize(Decimal("0.01"))
    return Decimal(rng.randrange(low, high + 1, step) if high - low >= step else low).quantize(
        Decimal("0.01")
    )
