"""Words of the demo office: Thai names, partner kinds, meeting and decision texts, resources.

Data only, plus tiny helpers that pick from it with the caller's seeded ``random.Random``
(never the global one): the same seed gives the same office. The people, villages and
private firms are invented in the style of Nakhon Phanom; government agencies and places are
real names, the ties between them are not.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, TypeVar

from lao_desktop.models.enums import (
    ActivityKind,
    ExchangeKind,
    KnowledgeKind,
    Level,
    Pillar,
    Sector,
)
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

# -- partners ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerKind:
    """A kind of partner. ``pattern`` may use {village}, {core} (the village name without
    บ้าน), {temple}, {subdistrict}, {district} and {province}; ``positions``: the contact
    people's positions, the main contact first ({x} is filled the same way)."""

    pattern: str
    sector: Sector
    pillar: Pillar
    level: Level
    positions: tuple[str, ...]
    short: str = ""


S, P, L = Sector, Pillar, Level

# Groups found in (almost) every village: one partner per village and kind.
VILLAGE_KINDS: Final = (
    PartnerKind("คณะกรรมการหมู่บ้าน{village}", S.COMMUNITY, P.LOCALITY, L.VILLAGE,
                ("ผู้ใหญ่บ้าน{village}", "ผู้ช่วยผู้ใหญ่บ้าน", "กรรมการหมู่บ้าน"), "กม.{village}"),
    PartnerKind("กลุ่มแม่บ้าน{village}", S.COMMUNITY, P.PEOPLE, L.VILLAGE,
                ("ประธานกลุ่มแม่บ้าน", "เหรัญญิกกลุ่ม", "เลขานุการกลุ่ม")),
    PartnerKind("อาสาสมัครสาธารณสุขประจำหมู่บ้าน{village}", S.CIVIL_SOCIETY, P.PEOPLE, L.VILLAGE,
                ("ประธาน อสม. หมู่บ้าน", "อสม."), "อสม.{village}"),
    PartnerKind("กลุ่มอาชีพทอผ้าไหม{village}", S.COMMUNITY, P.PEOPLE, L.VILLAGE,
                ("ประธานกลุ่มทอผ้า", "สมาชิกกลุ่ม")),
    PartnerKind("กลุ่มอาชีพย้อมผ้าคราม{village}", S.COMMUNITY, P.PEOPLE, L.VILLAGE,
                ("ประธานกลุ่ม", "เลขานุการกลุ่ม")),
    PartnerKind("กลุ่มจักสานกระติบข้าว{village}", S.COMMUNITY, P.PEOPLE, L.VILLAGE,
                ("ประธานกลุ่มจักสาน",)),
    PartnerKind("กลุ่มผู้สูงอายุ{village}", S.CIVIL_SOCIETY, P.PEOPLE, L.VILLAGE,
                ("ประธานกลุ่มผู้สูงอายุ", "รองประธานกลุ่ม")),
    PartnerKind("กลุ่มเยาวชน{village}", S.CIVIL_SOCIETY, P.PEOPLE, L.VILLAGE,
                ("ประธานกลุ่มเยาวชน",)),
    PartnerKind("กองทุนหมู่บ้าน{village}", S.COMMUNITY, P.PEOPLE, L.VILLAGE,
                ("ประธานกองทุนหมู่บ้าน", "เหรัญญิกกองทุน")),
    PartnerKind("กลุ่มออมทรัพย์เพื่อการผลิต{village}", S.COMMUNITY, P.PEOPLE, L.VILLAGE,
                ("ประธานกลุ่มออมทรัพย์", "ผู้จัดการกลุ่ม")),
    PartnerKind("กลุ่มผู้ใช้น้ำสถานีสูบน้ำด้วยไฟฟ้า{village}", S.COMMUNITY, P.PEOPLE, L.VILLAGE,
                ("ประธานกลุ่มผู้ใช้น้ำ",)),
    PartnerKind("กลุ่มเลี้ยงโคพื้นเมือง{village}", S.COMMUNITY, P.PEOPLE, L.VILLAGE,
                ("ประธานกลุ่มเลี้ยงโค",)),
    PartnerKind("วิสาหกิจชุมชนข้าวฮางงอก{village}", S.PRIVATE, P.PEOPLE, L.VILLAGE,
                ("ประธานวิสาหกิจชุมชน", "ผู้จัดการ")),
    PartnerKind("ชุดรักษาความปลอดภัยหมู่บ้าน (ชรบ.) {village}", S.COMMUNITY, P.LOCALITY, L.VILLAGE,
                ("หัวหน้าชุด ชรบ.",)),
    PartnerKind("อาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) {village}", S.CIVIL_SOCIETY,
                P.PEOPLE, L.VILLAGE, ("หัวหน้าหน่วย อปพร.",)),
    PartnerKind("วัด{temple} {village}", S.RELIGIOUS, P.PEOPLE, L.VILLAGE,
                ("เจ้าอาวาสวัด{temple}", "ไวยาวัจกร")),
    PartnerKind("โรงเรียน{village}", S.ACADEMIC, P.LOCALITY, L.VILLAGE,
                ("ผู้อำนวยการโรงเรียน{village}", "ครู")),
)
# The kinds every village of the office's own subdistrict has in the demo.
COMMON_VILLAGE_KINDS: Final = (0, 1, 2)

# One per subdistrict ({subdistrict} is its name).
SUBDISTRICT_KINDS: Final = (
    PartnerKind("กำนันตำบล{subdistrict}", S.STATE, P.LOCALITY, L.SUBDISTRICT,
                ("กำนันตำบล{subdistrict}", "สารวัตรกำนัน")),
    PartnerKind("องค์การบริหารส่วนตำบล{subdistrict}", S.OTHER_LAO, P.LOCAL_GOVERNMENT,
                L.SUBDISTRICT,
                ("นายกองค์การบริหารส่วนตำบล{subdistrict}", "ปลัดองค์การบริหารส่วนตำบล{subdistrict}"),
                "อบต.{subdistrict}"),
    PartnerKind("โรงพยาบาลส่งเสริมสุขภาพตำบล{subdistrict}", S.STATE, P.LOCAL_GOVERNMENT,
                L.SUBDISTRICT, ("ผู้อำนวยการ รพ.สต.", "พยาบาลวิชาชีพ"), "รพ.สต.{subdistrict}"),
    PartnerKind("สภาองค์กรชุมชนตำบล{subdistrict}", S.CIVIL_SOCIETY, P.PEOPLE, L.SUBDISTRICT,
                ("ประธานสภาองค์กรชุมชน", "เลขานุการสภาองค์กรชุมชน")),
    PartnerKind("ชมรมผู้สูงอายุตำบล{subdistrict}", S.CIVIL_SOCIETY, P.PEOPLE, L.SUBDISTRICT,
                ("ประธานชมรม",)),
    PartnerKind("ศูนย์การเรียนรู้ชุมชน กศน.ตำบล{subdistrict}", S.ACADEMIC, P.LOCALITY,
                L.SUBDISTRICT, ("ครู กศน.ตำบล",)),
    PartnerKind("ศูนย์ถ่ายทอดเทคโนโลยีการเกษตรประจำตำบล{subdistrict}", S.STATE, P.LOCALITY,
                L.SUBDISTRICT, ("ประธานศูนย์", "เจ้าหน้าที่ส่งเสริมการเกษตร")),
    PartnerKind("สภาเด็กและเยาวชนตำบล{subdistrict}", S.CIVIL_SOCIETY, P.PEOPLE, L.SUBDISTRICT,
                ("ประธานสภาเด็กและเยาวชน",)),
    PartnerKind("กองทุนสวัสดิการชุมชนตำบล{subdistrict}", S.COMMUNITY, P.PEOPLE, L.SUBDISTRICT,
                ("ประธานกองทุนสวัสดิการชุมชน", "เหรัญญิก")),
)
# The office's own subdistrict has these too (the rest of SUBDISTRICT_KINDS except the SAO).
OWN_SUBDISTRICT_EXTRA: Final = (
    PartnerKind("ศูนย์เรียนรู้เศรษฐกิจพอเพียงตำบลนาคูณใหญ่", S.COMMUNITY, P.PEOPLE, L.SUBDISTRICT,
                ("ประธานศูนย์เรียนรู้",)),
    PartnerKind("ชมรม อสม. ตำบลนาคูณใหญ่", S.CIVIL_SOCIETY, P.PEOPLE, L.SUBDISTRICT,
                ("ประธานชมรม อสม.", "เลขานุการชมรม")),
    PartnerKind("คณะกรรมการพัฒนาสตรีตำบลนาคูณใหญ่", S.CIVIL_SOCIETY, P.PEOPLE, L.SUBDISTRICT,
                ("ประธานคณะกรรมการพัฒนาสตรี",)),
    PartnerKind("โรงเรียนนาคูณใหญ่พัฒนศึกษา", S.ACADEMIC, P.LOCALITY, L.SUBDISTRICT,
                ("ผู้อำนวยการโรงเรียน", "รองผู้อำนวยการ", "ครู")),
    PartnerKind("สหกรณ์การเกษตรผู้ปลูกข้าวอินทรีย์นาคูณใหญ่ จำกัด", S.PRIVATE, P.PEOPLE,
                L.SUBDISTRICT, ("ประธานกรรมการดำเนินการ", "ผู้จัดการสหกรณ์")),
)

# One per district ({district} is its name without อำเภอ).
DISTRICT_KINDS: Final = (
    PartnerKind("ที่ว่าการอำเภอ{district}", S.STATE, P.LOCALITY, L.DISTRICT,
                ("นายอำเภอ{district}", "ปลัดอำเภอ"), "อำเภอ{district}"),
    PartnerKind("สถานีตำรวจภูธร{district}", S.STATE, P.LOCALITY, L.DISTRICT,
                ("ผู้กำกับการสถานีตำรวจภูธร{district}", "สารวัตรป้องกันปราบปราม"), "สภ.{district}"),
    PartnerKind("โรงพยาบาล{district}", S.STATE, P.LOCALITY, L.DISTRICT,
                ("ผู้อำนวยการโรงพยาบาล{district}", "หัวหน้ากลุ่มงานบริการด้านปฐมภูมิ")),
    PartnerKind("สำนักงานสาธารณสุขอำเภอ{district}", S.STATE, P.LOCALITY, L.DISTRICT,
                ("สาธารณสุขอำเภอ{district}",), "สสอ.{district}"),
    PartnerKind("สำนักงานพัฒนาชุมชนอำเภอ{district}", S.STATE, P.LOCALITY, L.DISTRICT,
                ("พัฒนาการอำเภอ{district}", "นักวิชาการพัฒนาชุมชน")),
    PartnerKind("สำนักงานเกษตรอำเภอ{district}", S.STATE, P.LOCALITY, L.DISTRICT,
                ("เกษตรอำเภอ{district}", "นักวิชาการส่งเสริมการเกษตร")),
    PartnerKind("สำนักงานปศุสัตว์อำเภอ{district}", S.STATE, P.LOCALITY, L.DISTRICT,
                ("ปศุสัตว์อำเภอ{district}",)),
    PartnerKind("ศูนย์ส่งเสริมการเรียนรู้อำเภอ{district}", S.ACADEMIC, P.LOCALITY, L.DISTRICT,
                ("ผู้อำนวยการศูนย์ส่งเสริมการเรียนรู้อำเภอ{district}",), "สกร.อำเภอ{district}"),
    PartnerKind("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขา{district}", S.STATE, P.LOCALITY,
                L.DISTRICT, ("ผู้จัดการสาขา", "พนักงานพัฒนาลูกค้า"), "ธ.ก.ส. สาขา{district}"),
    PartnerKind("การไฟฟ้าส่วนภูมิภาคอำเภอ{district}", S.STATE, P.LOCALITY, L.DISTRICT,
                ("ผู้จัดการการไฟฟ้า",), "กฟภ.{district}"),
    PartnerKind("ชมรมกำนันผู้ใหญ่บ้านอำเภอ{district}", S.COMMUNITY, P.LOCALITY, L.DISTRICT,
                ("ประธานชมรมกำนันผู้ใหญ่บ้าน",)),
    PartnerKind("คณะสงฆ์อำเภอ{district}", S.RELIGIOUS, P.PEOPLE, L.DISTRICT,
                ("เจ้าคณะอำเภอ{district}",)),
    PartnerKind("สหกรณ์การเกษตร{district} จำกัด", S.PRIVATE, P.PEOPLE, L.DISTRICT,
                ("ประธานกรรมการดำเนินการ", "ผู้จัดการสหกรณ์")),
    PartnerKind("ชมรมผู้ประกอบการค้าอำเภอ{district}", S.PRIVATE, P.PEOPLE, L.DISTRICT,
                ("ประธานชมรม",)),
)
# Private firms of the office's district (invented).
DISTRICT_FIRMS: Final = (
    "ห้างหุ้นส่วนจำกัด นาหว้าวัสดุก่อสร้าง", "บริษัท อีสานรุ่งเรืองการเกษตร จำกัด",
    "ร้านสมใจการค้า", "บริษัท โขงพัฒนาขนส่ง จำกัด", "ห้างหุ้นส่วนจำกัด ศรีนาหว้าก่อสร้าง",
    "ร้านเจริญพาณิชย์เครื่องเสียง", "บริษัท นครพนมไบโอเอนเนอร์ยี จำกัด", "ร้านบุญมีเต็นท์",
)
FIRM_POSITIONS: Final = ("เจ้าของกิจการ", "ผู้จัดการ", "หุ้นส่วนผู้จัดการ")

# One per province ({province} is its name).
PROVINCE_KINDS: Final = (
    PartnerKind("องค์การบริหารส่วนจังหวัด{province}", S.OTHER_LAO, P.LOCAL_GOVERNMENT,
                L.PROVINCE, ("นายกองค์การบริหารส่วนจังหวัด{province}", "ปลัดองค์การบริหารส่วนจังหวัด"),
                "อบจ.{province}"),
    PartnerKind("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด{province}", S.STATE,
                P.LOCAL_GOVERNMENT, L.PROVINCE, ("ท้องถิ่นจังหวัด{province}", "นักวิชาการท้องถิ่น"),
                "สถ.จ.{province}"),
    PartnerKind("สำนักงานจังหวัด{province}", S.STATE, P.LOCALITY, L.PROVINCE,
                ("หัวหน้าสำนักงานจังหวัด{province}",)),
    PartnerKind("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด{province}", S.STATE, P.LOCALITY,
                L.PROVINCE, ("ผู้อำนวยการสำนักงาน",), "ปภ.จ.{province}"),
    PartnerKind("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด{province}", S.STATE,
                P.LOCALITY, L.PROVINCE, ("พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",), "พมจ.{province}"),
    PartnerKind("สำนักงานสาธารณสุขจังหวัด{province}", S.STATE, P.LOCALITY, L.PROVINCE,
                ("นายแพทย์สาธารณสุขจังหวัด{province}",), "สสจ.{province}"),
    PartnerKind("สำนักงานเกษตรจังหวัด{province}", S.STATE, P.LOCALITY, L.PROVINCE,
                ("เกษตรจังหวัด{province}",)),
    PartnerKind("สำนักงานพระพุทธศาสนาจังหวัด{province}", S.RELIGIOUS, P.PEOPLE, L.PROVINCE,
                ("ผู้อำนวยการสำนักงานพระพุทธศาสนาจังหวัด",)),
    PartnerKind("สำนักงานการท่องเที่ยวและกีฬาจังหวัด{province}", S.STATE, P.LOCALITY,
                L.PROVINCE, ("ท่องเที่ยวและกีฬาจังหวัด{province}",)),
    PartnerKind("หอการค้าจังหวัด{province}", S.PRIVATE, P.PEOPLE, L.PROVINCE,
                ("ประธานหอการค้าจังหวัด{province}", "เลขาธิการหอการค้า")),
    PartnerKind("เหล่ากาชาดจังหวัด{province}", S.CIVIL_SOCIETY, P.PEOPLE, L.PROVINCE,
                ("เลขานุการเหล่ากาชาดจังหวัด",)),
    PartnerKind("สภาองค์กรชุมชนจังหวัด{province}", S.CIVIL_SOCIETY, P.PEOPLE, L.PROVINCE,
                ("ประธานเครือข่ายสภาองค์กรชุมชนจังหวัด",)),
)
# Academic partners by province code: (name, short name).
UNIVERSITIES: Final = {
    "48": (("มหาวิทยาลัยนครพนม", "มนพ."),),
    "47": (
        ("มหาวิทยาลัยราชภัฏสกลนคร", "มรภ.สน."),
        ("มหาวิทยาลัยเกษตรศาสตร์ วิทยาเขตเฉลิมพระเกียรติ จังหวัดสกลนคร", "มก.ฉกส."),
    ),
}
UNIVERSITY_POSITIONS: Final = (
    "คณบดีคณะศิลปศาสตร์และวิทยาศาสตร์", "อาจารย์ประจำสาขารัฐประศาสนศาสตร์",
    "ผู้อำนวยการสำนักบริการวิชาการ",
)


@dataclass(frozen=True)
class FixedPartner:
    """A named partner outside the area patterns: national agencies and foreign partners."""

    name: str
    short: str
    sector: Sector
    pillar: Pillar
    level: Level
    positions: tuple[str, ...]
    district: str = ""  # Bangkok district name (เขต…) for national agencies; "" abroad
    address: str = ""
    email: str = ""
    notes: str = ""
    people: str = "thai"  # thai, lao, japanese, vietnamese: how its contacts are named


NATIONAL_PARTNERS: Final = (
    FixedPartner("กรมส่งเสริมการปกครองท้องถิ่น", "สถ.", S.STATE, P.LOCAL_GOVERNMENT,
                 L.NATIONAL, ("ผู้อำนวยการกองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น",
                              "นักวิเคราะห์นโยบายและแผนชำนาญการ"), "เขตดุสิต",
                 "ถนนนครราชสีมา แขวงดุสิต"),
    FixedPartner("สถาบันพระปกเกล้า", "สพป.", S.ACADEMIC, P.PEOPLE, L.NATIONAL,
                 ("ผู้อำนวยการสำนักนวัตกรรมเพื่อประชาธิปไตย", "นักวิชาการ"), "เขตหลักสี่",
                 "ศูนย์ราชการเฉลิมพระเกียรติ ๘๐ พรรษา อาคารบี ชั้น ๕"),
    FixedPartner("สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ", "สสส.", S.STATE, P.PEOPLE,
                 L.NATIONAL, ("ผู้จัดการโครงการตำบลสุขภาวะ",), "เขตสาทร"),
    FixedPartner("สำนักงานหลักประกันสุขภาพแห่งชาติ", "สปสช.", S.STATE, P.LOCAL_GOVERNMENT,
                 L.NATIONAL, ("ผู้ประสานงานกองทุนหลักประกันสุขภาพระดับท้องถิ่น",), "เขตหลักสี่"),
    FixedPartner("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)", "พอช.", S.STATE, P.PEOPLE,
                 L.NATIONAL, ("เจ้าหน้าที่ประสานงานภาคอีสาน",), "เขตบางกะปิ"),
    FixedPartner("กรมการพัฒนาชุมชน", "พช.", S.STATE, P.LOCALITY, L.NATIONAL,
                 ("ผู้อำนวยการกองส่งเสริมการพัฒนาชุมชน",), "เขตพระนคร"),
    FixedPartner("กรมป้องกันและบรรเทาสาธารณภัย", "ปภ.", S.STATE, P.LOCALITY, L.NATIONAL,
                 ("ผู้อำนวยการส่วนส่งเสริมการมีส่วนร่วม",), "เขตจตุจักร"),
    FixedPartner("สมาคมองค์การบริหารส่วนตำบลแห่งประเทศไทย", "สมาคม อบต.", S.OTHER_LAO,
                 P.LOCAL_GOVERNMENT, L.NATIONAL, ("เลขาธิการสมาคม",), "เขตดุสิต"),
    FixedPartner("สำนักงานคณะกรรมการการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น", "สกถ.",
                 S.STATE, P.LOCAL_GOVERNMENT, L.NATIONAL, ("ผู้อำนวยการกองประสานการกระจายอำนาจ",),
                 "เขตพระนคร"),
    FixedPartner("มูลนิธิชัยพัฒนา", "", S.CIVIL_SOCIETY, P.PEOPLE, L.NATIONAL,
                 ("เจ้าหน้าที่โครงการ",), "เขตดุสิต"),
)
INTERNATIONAL_PARTNERS: Final = (
    FixedPartner("เมืองท่าแขก แขวงคำม่วน สาธารณรัฐประชาธิปไตยประชาชนลาว",
                 "Thakhek District, Khammouane, Lao PDR", S.STATE, P.LOCAL_GOVERNMENT,
                 L.INTERNATIONAL, ("เจ้าเมืองท่าแขก", "หัวหน้าห้องการพัฒนาชนบทเมือง"),
                 address="ห้องว่าการปกครองเมืองท่าแขก แขวงคำม่วน สปป.ลาว",
                 notes="ติดต่อผ่านด่านพรมแดนสะพานมิตรภาพไทย–ลาว แห่งที่ 3 (นครพนม–คำม่วน)",
                 people="lao"),
    FixedPartner("แผนกเกษตรและป่าไม้แขวงคำม่วน สปป.ลาว",
                 "Khammouane Provincial Agriculture and Forestry Office", S.STATE, P.LOCALITY,
                 L.INTERNATIONAL, ("หัวหน้าแผนก",), address="นครท่าแขก แขวงคำม่วน สปป.ลาว",
                 people="lao"),
    FixedPartner("มหาวิทยาลัยชิราคาวะเพื่อการศึกษาท้องถิ่น ประเทศญี่ปุ่น",
                 "Shirakawa University of Regional Studies, Japan", S.ACADEMIC, P.PEOPLE,
                 L.INTERNATIONAL, ("ศาสตราจารย์ คณะนโยบายท้องถิ่น", "ผู้ประสานงานโครงการ"),
                 address="Shirakawa, Fukushima, Japan",
                 email="regional-thai@shirakawa-u.example.jp",
                 notes="ความร่วมมือทางวิชาการด้านการพัฒนาชุมชนและการจัดการความรู้ (ภาษาไทย–อังกฤษ)",
                 people="japanese"),
    FixedPartner("องค์การความร่วมมือระหว่างประเทศของญี่ปุ่น (JICA) สำนักงานประเทศไทย", "JICA",
                 S.STATE, P.PEOPLE, L.INTERNATIONAL, ("ผู้แทนโครงการความร่วมมือท้องถิ่น",),
                 district="เขตปทุมวัน", people="thai"),
    FixedPartner("คณะกรรมการประชาชนจังหวัดห่าติ๋ญ สาธารณรัฐสังคมนิยมเวียดนาม",
                 "Ha Tinh Provincial People's Committee, Viet Nam", S.STATE,
                 P.LOCAL_GOVERNMENT, L.INTERNATIONAL, ("ผู้อำนวยการกรมการต่างประเทศจังหวัด",),
                 address="Ha Tinh, Viet Nam", people="vietnamese"),
)

# -- networks and committees -------------------------------------------------------------

NETWORK_TEXTS: Final = {
    "vision": (
        "ภาคีเครือข่ายเข้มแข็ง ร่วมคิด ร่วมทำ ร่วมรับผิดชอบ เพื่อคุณภาพชีวิตที่ดีของประชาชน",
        "ชุมชนพึ่งตนเองได้ ภายใต้ความร่วมมือของท้องถิ่น ท้องที่ และภาคประชาชน",
        "เครือข่ายที่เรียนรู้ร่วมกันอย่างต่อเนื่อง ก้าวทันการเปลี่ยนแปลง",
    ),
    "mission": (
        "ประสานความร่วมมือระหว่างภาคีทุกภาคส่วน แบ่งงานกันทำตามความถนัด และแลกเปลี่ยนทรัพยากร",
        "ระดมกำลังคน ทรัพยากร และความรู้ เพื่อดำเนินโครงการร่วมกัน",
        "จัดการความรู้และเผยแพร่แนวปฏิบัติที่ดีของเครือข่าย",
    ),
    "goals": (
        "1. สมาชิกเครือข่ายประชุมร่วมกันอย่างน้อยเดือนละ 1 ครั้ง\n"
        "2. มีแผนงานร่วมและงบประมาณร่วมทุกปีงบประมาณ\n"
        "3. มีการติดตามมติที่ประชุมครบทุกเรื่อง",
        "1. ลดความซ้ำซ้อนของโครงการระหว่างหน่วยงาน\n2. เพิ่มการมีส่วนร่วมของภาคประชาชน",
    ),
    "strategy": (
        "ห่วงโซ่ ส่วนร่วม บูรณาการ อย่างยั่งยืน",
        "การริเริ่มความร่วมมือ จัดตั้งเครือข่าย ตัดสินใจร่วมกัน วางเป้าหมายร่วม และประสานงาน"
        "ทั้งระดับบุคคลและระดับองค์กร",
        "จัดการความรู้ วางแผนกำลังคน วางแผนงบประมาณอย่างโปร่งใส และกำหนดกลยุทธ์ร่วม",
    ),
}


@dataclass(frozen=True)
class NetworkPlan:
    """A network of the demo tree; ``parent``: index of its parent in the same tuple."""

    name: str
    level: Level
    pillar: Pillar
    committee: bool  # form: committee (True) or partner network
    parent: int | None
    committee_name: str = ""  # a committee of the network, if it has one


NETWORKS: Final = (
    NetworkPlan("เครือข่ายความร่วมมือท้องถิ่นลุ่มน้ำโขง ไทย–ลาว", L.INTERNATIONAL,
                P.LOCAL_GOVERNMENT, False, None, "คณะทำงานความร่วมมือท้องถิ่นไทย–ลาว"),
    NetworkPlan("เครือข่ายองค์กรปกครองส่วนท้องถิ่นเสริมสร้างเครือข่ายรัฐ เอกชน และประชาสังคม",
                L.NATIONAL, P.LOCAL_GOVERNMENT, False, None),
    NetworkPlan("เครือข่ายองค์กรปกครองส่วนท้องถิ่นจังหวัดนครพนม", L.PROVINCE, P.LOCAL_GOVERNMENT,
                False, 1),
    NetworkPlan("เครือข่ายสภาองค์กรชุมชนจังหวัดนครพนม", L.PROVINCE, P.PEOPLE, False, None),
    NetworkPlan("เครือข่ายพัฒนาคุณภาพชีวิตระดับอำเภอนาหว้า", L.DISTRICT, P.LOCALITY, True, 2,
                "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอนาหว้า"),
    NetworkPlan("เครือข่ายป้องกันและบรรเทาสาธารณภัยอำเภอนาหว้า", L.DISTRICT, P.LOCALITY, True, 2,
                "คณะกรรมการศูนย์ปฏิบัติการป้องกันและบรรเทาสาธารณภัยอำเภอนาหว้า"),
    NetworkPlan("เครือข่ายความร่วมมือพัฒนาตำบลนาคูณใหญ่", L.SUBDISTRICT, P.LOCAL_GOVERNMENT,
                True, 4, "คณะกรรมการเครือข่ายความร่วมมือพัฒนาตำบลนาคูณใหญ่"),
    NetworkPlan("เครือข่ายอาสาสมัครสาธารณสุขตำบลนาคูณใหญ่", L.SUBDISTRICT, P.PEOPLE, False, 4),
    NetworkPlan("เครือข่ายเกษตรอินทรีย์ตำบลนาคูณใหญ่", L.SUBDISTRICT, P.PEOPLE, True, 3,
                "คณะกรรมการเครือข่ายเกษตรอินทรีย์ตำบลนาคูณใหญ่"),
    NetworkPlan("เครือข่ายกลุ่มอาชีพผ้าทอและผ้าย้อมครามตำบลนาคูณใหญ่", L.SUBDISTRICT, P.PEOPLE,
                False, 3),
    NetworkPlan("เครือข่ายกำนันผู้ใหญ่บ้านตำบลนาคูณใหญ่", L.SUBDISTRICT, P.LOCALITY, True, 5,
                "คณะกรรมการศูนย์อำนวยการป้องกันและแก้ไขปัญหายาเสพติดตำบลนาคูณใหญ่"),
    NetworkPlan("เครือข่ายสวัสดิการชุมชนและผู้สูงอายุตำบลนาคูณใหญ่", L.SUBDISTRICT, P.PEOPLE,
                True, 6, "คณะกรรมการกองทุนสวัสดิการชุมชนตำบลนาคูณใหญ่"),
    NetworkPlan("เครือข่ายเฝ้าระวังยาเสพติด{village}", L.VILLAGE, P.LOCALITY, False, 10),
    NetworkPlan("เครือข่ายหมู่บ้านจัดการขยะต้นทาง{village}", L.VILLAGE, P.PEOPLE, False, 6),
    NetworkPlan("เครือข่ายชุมชนท่องเที่ยววิถีไทย{village}", L.VILLAGE, P.PEOPLE, False, 6),
    NetworkPlan("เครือข่ายจิตอาสาดูแลผู้สูงอายุ{village}", L.VILLAGE, P.PEOPLE, False, 11),
)
# Committees of the office itself (no network).
OFFICE_COMMITTEES: Final = (
    "คณะกรรมการกองทุนหลักประกันสุขภาพองค์การบริหารส่วนตำบลนาคูณใหญ่",
    "คณะกรรมการพัฒนาองค์การบริหารส่วนตำบลนาคูณใหญ่",
    "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่นองค์การบริหารส่วนตำบลนาคูณใหญ่",
    "คณะกรรมการจัดการขยะมูลฝอยชุมชนตำบลนาคูณใหญ่",
    "คณะกรรมการศูนย์พัฒนาครอบครัวในชุมชนตำบลนาคูณใหญ่",
)
COMMITTEE_AUTHORITY: Final = (
    "1. กำหนดแนวทางและแผนการดำเนินงานร่วมกันของภาคีเครือข่าย\n"
    "2. ประสานความร่วมมือและระดมทรัพยากรจากหน่วยงานต่างๆ\n"
    "3. ติดตามและประเมินผลการดำเนินงาน และรายงานต่อนายกองค์การบริหารส่วนตำบล\n"
    "4. ปฏิบัติหน้าที่อื่นตามที่ได้รับมอบหมาย",
    "1. พิจารณาอนุมัติแผนงานและโครงการ\n2. กำกับดูแลการใช้จ่ายงบประมาณให้เป็นไปตามระเบียบ\n"
    "3. แต่งตั้งคณะอนุกรรมการหรือคณะทำงานตามความจำเป็น",
)
MEMBER_ROLES: Final = ("สมาชิก", "สมาชิก", "สมาชิก", "ภาคีร่วมดำเนินงาน", "ที่ปรึกษาเครือข่าย")
COORDINATOR_ROLE: Final = "ผู้ประสานงานเครือข่าย"

# -- meetings and decisions --------------------------------------------------------------

MEETING_PLACES: Final = (
    "ห้องประชุมองค์การบริหารส่วนตำบลนาคูณใหญ่",
    "อาคารอเนกประสงค์องค์การบริหารส่วนตำบลนาคูณใหญ่",
    "ศาลาการเปรียญวัดโพธิ์ศรี บ้านนาคูณใหญ่",
    "ห้องประชุมที่ว่าการอำเภอนาหว้า",
    "ศาลาประชาคมบ้านโนนสวรรค์",
    "ห้องประชุมโรงพยาบาลส่งเสริมสุขภาพตำบลนาคูณใหญ่",
    "ประชุมผ่านระบบออนไลน์ (Zoom) ร่วมกับห้องประชุม อบต.นาคูณใหญ่",
)
MEETING_TIMES: Final = (((9, 30), (12, 0)), ((13, 30), (16, 30)), ((9, 0), (15, 30)))
ABSENCE_NOTES: Final = ("ติดราชการ", "ลาป่วย", "ติดภารกิจในพื้นที่", "ลากิจ")
DECISION_TEXTS: Final = (
    "ที่ประชุมมีมติเห็นชอบให้จัดทำ{project} โดยให้{partner}เป็นผู้ประสานงานหลัก",
    "เห็นชอบแผนการระดมอาสาสมัครเพื่อ{topic} จำนวน {n} คน และมอบหมายให้{partner}ประสานงาน",
    "มอบหมายให้กองคลังตรวจสอบการใช้จ่ายงบประมาณร่วมของ{project} และรายงานในการประชุมครั้งต่อไป",
    "อนุมัติให้ใช้อาคารอเนกประสงค์ของ อบต. เป็นสถานที่จัด{project}",
    "เห็นชอบร่างบันทึกข้อตกลงความร่วมมือกับ{partner} และเสนอนายกองค์การบริหารส่วนตำบลลงนาม",
    "ให้ทุกหมู่บ้านสำรวจข้อมูล{topic} และส่งให้{partner}ภายในวันที่กำหนด",
    "เห็นชอบให้ขยายผลแนวปฏิบัติที่ดีด้าน{topic}ไปยังหมู่บ้านอื่นในตำบล",
    "มอบหมายให้ผู้ใหญ่บ้านทุกหมู่ประชาสัมพันธ์เรื่อง{topic}ผ่านหอกระจายข่าวประจำหมู่บ้าน",
    "รับทราบผลการดำเนินงานด้าน{topic} และให้{partner}รายงานความก้าวหน้าทุกเดือน",
    "เห็นชอบให้ยืมวัสดุอุปกรณ์ของ{partner} เพื่อใช้ใน{project} และส่งคืนภายใน 7 วัน",
)
DECISION_TOPICS: Final = (
    "การป้องกันไข้เลือดออก", "การคัดแยกขยะต้นทาง", "ผู้สูงอายุติดเตียง", "แหล่งน้ำเพื่อการเกษตร",
    "ภัยแล้ง", "การป้องกันยาเสพติด", "ผลิตภัณฑ์ผ้าย้อมคราม", "เกษตรอินทรีย์", "ความปลอดภัยทางถนน",
    "การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", "ครัวเรือนยากจน", "การท่องเที่ยวชุมชน",
)
FOLLOW_UP_NOTES: Final = {
    "in_progress": (
        "อยู่ระหว่างดำเนินการ ประสานภาคีเครือข่ายแล้วบางส่วน",
        "ดำเนินการแล้วประมาณร้อยละ 50 รอการสนับสนุนงบประมาณ",
        "จัดประชุมคณะทำงานย่อยแล้ว อยู่ระหว่างจัดทำรายละเอียด",
    ),
    "done": (
        "ดำเนินการแล้วเสร็จ ส่งรายงานผลให้ที่ประชุมทราบแล้ว",
        "ดำเนินการแล้วเสร็จตามกำหนด มีภาพถ่ายประกอบในแฟ้ม",
        "แล้วเสร็จ ภาคีเครือข่ายร่วมดำเนินการครบทุกหมู่บ้าน",
    ),
    "cancelled": ("ยกเลิก เนื่องจากที่ประชุมครั้งต่อมามีมติให้รวมกับโครงการอื่น",),
}
RESPONSIBLE_TASKS: Final = (
    "ประสานงานและรายงานผล", "สนับสนุนกำลังคน", "สนับสนุนวัสดุอุปกรณ์", "จัดเตรียมสถานที่",
    "ประชาสัมพันธ์", "สนับสนุนงบประมาณ", "เป็นวิทยากร",
)

# -- resources exchanged -----------------------------------------------------------------


@dataclass(frozen=True)
class ExchangeKindText:
    kind: ExchangeKind
    description: str
    unit: str  # "" for budget given as money only
    quantity: tuple[int, int]  # inclusive range; (0, 0): no quantity
    baht_each: tuple[int, int]  # value per unit (per baht: 1), inclusive range
    direction: str = "any"  # in: a partner gives the office; out: the office gives; any
    who: str = ""  # the partner's name contains this, where such a partner exists
    returnable: bool = False  # lent: may come back (status returned)


E = ExchangeKind
EXCHANGES: Final = (
    ExchangeKindText(E.MANPOWER, "อสม. ร่วมรณรงค์ป้องกันไข้เลือดออก", "คน", (10, 40), (300, 300),
                     "in", "อาสาสมัครสาธารณสุข"),
    ExchangeKindText(E.MANPOWER, "ชรบ. ร่วมดูแลความปลอดภัยงานประเพณีบุญบั้งไฟ", "คน", (8, 30),
                     (300, 400), "in", "ชุดรักษาความปลอดภัย"),
    ExchangeKindText(E.MANPOWER, "เจ้าหน้าที่ รพ.สต. ร่วมตรวจคัดกรองสุขภาพผู้สูงอายุ", "คน", (2, 6),
                     (600, 900), "in", "โรงพยาบาลส่งเสริมสุขภาพ"),
    ExchangeKindText(E.MANPOWER, "จิตอาสาพัฒนาขุดลอกคลองส่งน้ำ", "วัน", (1, 5), (3000, 8000),
                     "in", "กลุ่ม"),
    ExchangeKindText(E.MANPOWER, "กำลังพล อปพร. ช่วยเหลือผู้ประสบอุทกภัย", "คน", (5, 25),
                     (400, 500), "any", "อาสาสมัครป้องกันภัย"),
    ExchangeKindText(E.BUDGET, "สมทบงบประมาณโครงการส่งเสริมอาชีพผ้าย้อมคราม", "", (0, 0),
                     (5000, 60000), "in", "จังหวัด"),
    ExchangeKindText(E.BUDGET, "อุดหนุนงบประมาณกองทุนหลักประกันสุขภาพตำบล", "", (0, 0),
                     (20000, 150000), "out", "สุขภาพ"),
    ExchangeKindText(E.BUDGET, "สนับสนุนเงินรางวัลการประกวดหมู่บ้านสะอาด", "", (0, 0),
                     (3000, 20000), "out", "คณะกรรมการหมู่บ้าน"),
    ExchangeKindText(E.BUDGET, "อุดหนุนศูนย์ปฏิบัติการป้องกันยาเสพติดอำเภอ", "", (0, 0),
                     (10000, 40000), "out", "ที่ว่าการอำเภอ"),
    ExchangeKindText(E.EQUIPMENT, "ยืมเต็นท์ผ้าใบสำหรับจัดงาน", "ชุด", (2, 10), (500, 800),
                     returnable=True),
    ExchangeKindText(E.EQUIPMENT, "ยืมเครื่องพ่นหมอกควันกำจัดยุงลาย", "เครื่อง", (1, 4),
                     (1500, 2500), "any", "โรงพยาบาล", True),
    ExchangeKindText(E.EQUIPMENT, "ยืมเครื่องเสียงพร้อมลำโพง", "ชุด", (1, 2), (1500, 3000),
                     returnable=True),
    ExchangeKindText(E.EQUIPMENT, "ยืมเครื่องสูบน้ำช่วยเหลือพื้นที่การเกษตร", "เครื่อง", (1, 5),
                     (2000, 3500), "any", "", True),
    ExchangeKindText(E.EQUIPMENT, "มอบกล้าไม้สำหรับปลูกป่าชุมชน", "ต้น", (100, 1000), (5, 20),
                     "in", "เกษตร"),
    ExchangeKindText(E.VENUE, "ใช้ศาลาการเปรียญจัดประชุมประชาคมหมู่บ้าน", "ครั้ง", (1, 2),
                     (1000, 2000), "in", "วัด"),
    ExchangeKindText(E.VENUE, "ใช้อาคารอเนกประสงค์จัดอบรมอาสาสมัคร", "วัน", (1, 3), (2000, 3000),
                     "out"),
    ExchangeKindText(E.VENUE, "ใช้สนามโรงเรียนจัดการแข่งขันกีฬาตำบล", "วัน", (1, 3), (1500, 2500),
                     "in", "โรงเรียน"),
    ExchangeKindText(E.VEHICLE, "รถบรรทุกน้ำช่วยเหลือภัยแล้ง", "คัน", (1, 3), (2500, 4000),
                     returnable=True),
    ExchangeKindText(E.VEHICLE, "รถตู้รับส่งผู้เข้าร่วมศึกษาดูงาน", "คัน", (1, 2), (1800, 2500),
                     returnable=True),
    ExchangeKindText(E.VEHICLE, "รถกู้ชีพกู้ภัยประจำจุดบริการช่วงเทศกาล", "ครั้ง", (1, 7),
                     (1000, 1500), "out", "สถานีตำรวจ"),
    ExchangeKindText(E.KNOWLEDGE, "วิทยากรบรรยายการทำเกษตรอินทรีย์", "ครั้ง", (1, 2),
                     (1200, 3600), "in", "เกษตร"),
    ExchangeKindText(E.KNOWLEDGE, "คู่มือการจัดการขยะต้นทางสำหรับครัวเรือน", "ชุด", (20, 200),
                     (15, 40), "out", "คณะกรรมการหมู่บ้าน"),
    ExchangeKindText(E.KNOWLEDGE, "ถ่ายทอดเทคนิคการย้อมผ้าครามธรรมชาติ", "ครั้ง", (1, 3),
                     (1500, 3000), "any", "ผ้า"),
    ExchangeKindText(E.KNOWLEDGE, "ข้อมูลแผนที่แหล่งน้ำและพื้นที่เสี่ยงภัย", "ชุด", (1, 1), (0, 0),
                     "in", "มหาวิทยาลัย"),
    ExchangeKindText(E.OTHER, "ข้าวสารช่วยเหลือผู้ประสบอุทกภัย", "ถุง", (20, 200), (120, 150),
                     "any", "เหล่ากาชาด"),
    ExchangeKindText(E.OTHER, "น้ำดื่มสนับสนุนงานจิตอาสา", "แพ็ค", (10, 100), (40, 60), "in",
                     "บริษัท"),
)

# -- agreements, plans, activities, knowledge ---------------------------------------------

AGREEMENTS: Final = (
    "บันทึกข้อตกลงความร่วมมือการพัฒนาคุณภาพชีวิตผู้สูงอายุตำบลนาคูณใหญ่",
    "บันทึกข้อตกลงความร่วมมือการป้องกันและบรรเทาสาธารณภัย",
    "บันทึกข้อตกลงความร่วมมือทางวิชาการและการบริการวิชาการแก่ชุมชน",
    "บันทึกข้อตกลงการใช้ประโยชน์อาคารสถานที่ร่วมกัน",
    "บันทึกข้อตกลงความร่วมมือการจัดการขยะมูลฝอยชุมชน",
    "บันทึกข้อตกลงความร่วมมือส่งเสริมเกษตรอินทรีย์และตลาดสีเขียว",
    "บันทึกข้อตกลงการยืมและใช้ครุภัณฑ์ร่วมกัน",
    "บันทึกข้อตกลงความร่วมมือการป้องกันและแก้ไขปัญหายาเสพติด",
    "บันทึกข้อตกลงความร่วมมือพัฒนาผลิตภัณฑ์ผ้าย้อมคราม",
    "บันทึกข้อตกลงความร่วมมือส่งเสริมสุขภาพและป้องกันโรค",
    "บันทึกข้อตกลงความร่วมมือพัฒนาการท่องเที่ยวชุมชน",
)
AGREEMENT_OBJECTIVES: Final = (
    "1. เพื่อประสานความร่วมมือและแบ่งงานกันทำตามความถนัดของแต่ละฝ่าย\n"
    "2. เพื่อแลกเปลี่ยนทรัพยากร กำลังคน และความรู้ระหว่างกัน\n"
    "3. เพื่อลดความซ้ำซ้อนของโครงการและใช้งบประมาณอย่างคุ้มค่า",
    "1. เพื่อร่วมกันวางแผนและดำเนินงานตามเป้าหมายร่วม\n"
    "2. เพื่อพัฒนาศักยภาพบุคลากรและผู้นำเครือข่าย",
)
OBLIGATIONS: Final = (
    "สนับสนุนงบประมาณตามข้อบัญญัติงบประมาณรายจ่ายประจำปี และประสานงานภาคีเครือข่าย",
    "สนับสนุนบุคลากรและวิทยากร",
    "สนับสนุนวัสดุอุปกรณ์และสถานที่",
    "ระดมอาสาสมัครในพื้นที่และประชาสัมพันธ์",
    "ให้คำปรึกษาทางวิชาการและติดตามประเมินผล",
)
INTERNATIONAL_AGREEMENT: Final = {
    "name": "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการพัฒนาท้องถิ่นและการแลกเปลี่ยนเรียนรู้",
    "name_en": "Memorandum of Understanding on Local Development Cooperation and Mutual Learning",
    "objectives": "1. เพื่อแลกเปลี่ยนเรียนรู้ด้านการบริหารจัดการท้องถิ่นและการพัฒนาชุมชน\n"
    "2. เพื่อพัฒนาผลิตภัณฑ์ชุมชนและการท่องเที่ยวข้ามพรมแดน\n"
    "3. เพื่อเผยแพร่แนวปฏิบัติที่ดีเป็นภาษาไทยและภาษาอังกฤษ",
    "objectives_en": "1. To exchange knowledge on local administration and community "
    "development.\n2. To develop community products and cross-border tourism.\n"
    "3. To publish good practice in Thai and English.",
    "office_obligations": "จัดการศึกษาดูงานและเป็นเจ้าภาพการประชุมแลกเปลี่ยนเรียนรู้ปีละ 1 ครั้ง",
    "office_obligations_en": "Host study visits and one knowledge-exchange meeting a year.",
    "partner_obligations": "ส่งผู้แทนเข้าร่วมแลกเปลี่ยนเรียนรู้และถ่ายทอดประสบการณ์การพัฒนาชุมชน",
    "partner_obligations_en": "Send delegates to the exchanges and share experience of "
    "community development.",
}


@dataclass(frozen=True)
class PlanText:
    name: str
    goals: str
    indicators: str
    tasks: tuple[str, ...]


PLANS: Final = (
    PlanText("โครงการพัฒนาศักยภาพเครือข่ายอาสาสมัครสาธารณสุขตำบลนาคูณใหญ่",
             "อสม. ทุกหมู่บ้านได้รับการอบรมทบทวนความรู้", "อสม. ผ่านการอบรมไม่น้อยกว่าร้อยละ 90",
             ("จัดอบรมและจัดหาวิทยากร", "ระดม อสม. เข้าร่วม", "สนับสนุนสถานที่", "ติดตามประเมินผล")),
    PlanText("แผนปฏิบัติการร่วมป้องกันและแก้ไขปัญหาภัยแล้ง",
             "ครัวเรือนได้รับน้ำอุปโภคบริโภคเพียงพอตลอดฤดูแล้ง",
             "ไม่มีครัวเรือนขาดแคลนน้ำเกิน 3 วัน",
             ("จัดรถบรรทุกน้ำ", "สำรวจครัวเรือนที่ขาดแคลน", "ซ่อมแซมระบบประปาหมู่บ้าน")),
    PlanText("โครงการส่งเสริมเกษตรอินทรีย์วิถีนาคูณใหญ่", "เพิ่มพื้นที่เกษตรอินทรีย์ในตำบล",
             "พื้นที่เกษตรอินทรีย์เพิ่มขึ้น 200 ไร่",
             ("ถ่ายทอดความรู้การทำปุ๋ยหมัก", "จัดหาตลาดรองรับผลผลิต", "ตรวจรับรองมาตรฐาน")),
    PlanText("โครงการผ้าย้อมครามนาคูณใหญ่สู่ตลาดสากล", "ผลิตภัณฑ์ผ้าย้อมครามมีมาตรฐานและช่องทางตลาด",
             "ยอดจำหน่ายเพิ่มขึ้นร้อยละ 20",
             ("พัฒนาลวดลายและบรรจุภัณฑ์", "อบรมการตลาดออนไลน์", "จัดแสดงสินค้าในงานจังหวัด")),
    PlanText("โครงการตำบลจัดการขยะต้นทาง", "ลดปริมาณขยะที่ต้องกำจัดลงร้อยละ 30",
             "ทุกหมู่บ้านมีธนาคารขยะ",
             ("รณรงค์คัดแยกขยะ", "จัดตั้งธนาคารขยะ", "รับซื้อขยะรีไซเคิล", "ประชาสัมพันธ์")),
    PlanText("แผนพัฒนาคุณภาพชีวิตผู้สูงอายุเชิงรุก", "ผู้สูงอายุติดบ้านติดเตียงได้รับการดูแลต่อเนื่อง",
             "ผู้สูงอายุติดเตียงได้รับการเยี่ยมบ้านทุกเดือน",
             ("เยี่ยมบ้านและดูแล", "จัดอบรมผู้ดูแลผู้สูงอายุ", "สนับสนุนกายอุปกรณ์")),
    PlanText("โครงการหมู่บ้านปลอดยาเสพติด", "ทุกหมู่บ้านผ่านเกณฑ์หมู่บ้านปลอดยาเสพติด",
             "ไม่มีผู้ค้ารายใหม่ในพื้นที่",
             ("ตั้งจุดตรวจและเฝ้าระวัง", "จัดกิจกรรมกีฬาเยาวชน", "บำบัดฟื้นฟูในชุมชน")),
    PlanText("โครงการท่องเที่ยวเชิงวัฒนธรรมริมโขง", "เชื่อมโยงเส้นทางท่องเที่ยวชุมชนไทย–ลาว",
             "นักท่องเที่ยวเพิ่มขึ้นร้อยละ 15",
             ("จัดทำเส้นทางท่องเที่ยว", "พัฒนาโฮมสเตย์", "ประชาสัมพันธ์ร่วม")),
    PlanText("แผนความร่วมมือทางวิชาการกับมหาวิทยาลัยนครพนม",
             "ใช้ผลการวิจัยแก้ปัญหาของชุมชน", "มีงานวิจัยชุมชนอย่างน้อยปีละ 2 เรื่อง",
             ("ร่วมกำหนดโจทย์วิจัย", "ลงพื้นที่เก็บข้อมูล", "คืนข้อมูลสู่ชุมชน")),
    PlanText("โครงการธนาคารน้ำใต้ดินชุมชน", "เพิ่มน้ำใต้ดินให้พื้นที่เกษตร",
             "มีบ่อธนาคารน้ำใต้ดินไม่น้อยกว่า 100 บ่อ",
             ("สำรวจจุดติดตั้ง", "ขุดบ่อและวางระบบ", "สนับสนุนแรงงานจิตอาสา")),
    PlanText("โครงการศูนย์เรียนรู้เศรษฐกิจพอเพียงประจำตำบล", "ครัวเรือนลดรายจ่าย เพิ่มรายได้",
             "ครัวเรือนต้นแบบไม่น้อยกว่า 60 ครัวเรือน",
             ("จัดฐานการเรียนรู้", "คัดเลือกครัวเรือนต้นแบบ", "ศึกษาดูงาน")),
)
ACTIVITIES: Final = {
    ActivityKind.TRAINING: (
        "อบรมเชิงปฏิบัติการการทำปุ๋ยหมักชีวภาพ",
        "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรทบทวน",
        "อบรมการผลิตสื่อประชาสัมพันธ์ออนไลน์สำหรับผู้นำชุมชน",
        "อบรมผู้ดูแลผู้สูงอายุ (Caregiver)",
        "อบรมการย้อมผ้าครามธรรมชาติ",
        "อบรมพัฒนาศักยภาพผู้นำเครือข่ายประจำเดือน",
    ),
    ActivityKind.STUDY_VISIT: (
        "ศึกษาดูงานเครือข่ายภาคประชาชน เทศบาลตำบลชมภู จังหวัดเชียงใหม่",
        "ศึกษาดูงานการบริหารจัดการท้องถิ่น เมืองท่าแขก สปป.ลาว",
        "ศึกษาดูงานศูนย์ศึกษาการพัฒนาภูพานอันเนื่องมาจากพระราชดำริ",
        "ศึกษาดูงานการจัดการขยะชุมชน องค์การบริหารส่วนตำบลต้นแบบ",
    ),
    ActivityKind.ACADEMIC_MEETING: (
        "เวทีแลกเปลี่ยนเรียนรู้เครือข่ายท้องถิ่นจังหวัดนครพนม",
        "สัมมนาวิชาการการบริหารจัดการเครือข่ายความร่วมมือ (Collaborative Governance)",
        "ประชุมวิชาการประจำเดือนเครือข่ายผู้นำท้องถิ่น",
    ),
    ActivityKind.PUBLIC_RELATIONS: (
        "ประชาสัมพันธ์ผลงานเครือข่ายผ่านเพจเฟซบุ๊ก อบต.นาคูณใหญ่",
        "จัดนิทรรศการผลงานเครือข่ายในงานกาชาดจังหวัดนครพนม",
        "ผลิตวารสารนาคูณใหญ่สัมพันธ์",
        "ออกรายการวิทยุชุมชนเล่าเรื่องเครือข่าย",
    ),
    ActivityKind.JOINT_WORK: (
        "จิตอาสาพัฒนาทำความสะอาดถนนสายหลักของตำบล",
        "ปลูกป่าชุมชนเฉลิมพระเกียรติ",
        "ซ่อมแซมฝายชะลอน้ำลำห้วย",
        "ตรวจคัดกรองเบาหวานและความดันโลหิตสูงเชิงรุก",
    ),
    ActivityKind.OTHER: ("งานประเพณีบุญบั้งไฟตำบลนาคูณใหญ่", "งานวันผู้สูงอายุตำบลนาคูณใหญ่"),
}
ACTIVITY_OUTCOMES: Final = (
    "ผู้เข้าร่วมนำความรู้ไปปรับใช้ในหมู่บ้าน และเสนอให้จัดต่อเนื่องทุกปี",
    "เกิดข้อตกลงการทำงานร่วมกันระหว่างภาคี และนำไปบรรจุในแผนพัฒนาท้องถิ่น",
    "ได้แนวปฏิบัติที่ดีเพื่อเผยแพร่ในคลังความรู้ของเครือข่าย",
    "ประชาชนรับรู้ผลงานเครือข่ายมากขึ้น มีผู้สมัครเป็นจิตอาสาเพิ่ม",
)
PARTICIPANT_ROLES: Final = ("ผู้เข้าร่วม", "ผู้เข้าร่วม", "วิทยากร", "ผู้สนับสนุน", "เจ้าภาพร่วม")


@dataclass(frozen=True)
class KnowledgeText:
    kind: KnowledgeKind
    name: str
    summary: str
    summary_en: str = ""
    tags: str = ""
    source: str = ""


KNOWLEDGE: Final = (
    KnowledgeText(
        KnowledgeKind.GOOD_PRACTICE,
        "การบริหารจัดการเครือข่ายความร่วมมือ 5 ขั้นตอนของ อบต.นาคูณใหญ่",
        "ริเริ่มความร่วมมือ จัดตั้งเครือข่ายตั้งแต่ระดับหมู่บ้านถึงระดับประเทศ ตัดสินใจร่วมกัน "
        "วางเป้าหมายร่วม และประสานงานทั้งระดับบุคคลและระดับองค์กร",
        "Five steps of collaborative governance: initiate collaboration, establish networks "
        "from village to national level, decide jointly, set joint goals, and coordinate "
        "person to person and organization to organization.",
        "เครือข่าย, collaborative governance",
        "รางวัลพระปกเกล้า",
    ),
    KnowledgeText(KnowledgeKind.GOOD_PRACTICE, "ธนาคารน้ำใต้ดินระบบปิดโดยชุมชน",
                  "ชุมชนร่วมขุดบ่อและดูแลระบบเอง อบต. สนับสนุนวัสดุ",
                  "Community-built closed groundwater banks, materials from the SAO.", "น้ำ"),
    KnowledgeText(KnowledgeKind.GOOD_PRACTICE, "กองทุนสวัสดิการชุมชนตำบลนาคูณใหญ่",
                  "สมาชิกออมวันละบาท ดูแลกันตั้งแต่เกิดจนตาย", "", "สวัสดิการ"),
    KnowledgeText(KnowledgeKind.GOOD_PRACTICE, "การจัดการขยะต้นทางโดยชุมชนและธนาคารขยะ",
                  "คัดแยกขยะในครัวเรือน ขายขยะรีไซเคิลเข้าธนาคารขยะหมู่บ้าน",
                  "Household waste sorting with village waste banks.", "ขยะ"),
    KnowledgeText(KnowledgeKind.GOOD_PRACTICE, "ตลาดนัดสีเขียวชุมชนนาคูณใหญ่",
                  "เกษตรกรอินทรีย์ขายตรงให้ผู้บริโภคทุกวันศุกร์", "", "เกษตรอินทรีย์"),
    KnowledgeText(KnowledgeKind.LESSON, "บทเรียนการระดมทรัพยากรเมื่อท้องถิ่นมีรายได้น้อย",
                  "ไม่มีหน่วยงานใดมีทรัพยากรเพียงพอลำพัง การแลกเปลี่ยนกำลังคน วัสดุ และความรู้ "
                  "ทำให้โครงการเกิดขึ้นได้", "No one has enough alone: exchanging people, "
                  "equipment and knowledge made the projects possible.", "ทรัพยากร"),
    KnowledgeText(KnowledgeKind.LESSON,
                  "บทเรียนจากการศึกษาดูงานเทศบาลตำบลชมภู: สามเสาหลักท้องถิ่น ท้องที่ ประชาชน",
                  "ห่วงโซ่ ส่วนร่วม บูรณาการ อย่างยั่งยืน ผ่านการจัดการความรู้ กำลังคน งบประมาณ "
                  "และกลยุทธ์ร่วม", "", "สามเสาหลัก"),
    KnowledgeText(KnowledgeKind.LESSON, "บทเรียนการทำบันทึกความเข้าใจข้ามพรมแดนไทย–ลาว",
                  "ต้องประสานผ่านอำเภอและจังหวัด จัดทำเอกสารสองภาษา และกำหนดผู้ประสานงานทั้งสองฝ่าย",
                  "Cross-border MOUs need the district and province, bilingual documents and a "
                  "coordinator on each side.", "ต่างประเทศ, MOU"),
    KnowledgeText(KnowledgeKind.MANUAL, "คู่มือการจัดประชุมคณะกรรมการเครือข่ายและการติดตามมติ",
                  "ระเบียบวาระการประชุม 5 วาระ การจดรายงานการประชุม และการติดตามมติจนแล้วเสร็จ",
                  "", "การประชุม"),
    KnowledgeText(KnowledgeKind.MANUAL, "คู่มือการยืม–คืนวัสดุครุภัณฑ์ระหว่างภาคีเครือข่าย",
                  "ขั้นตอนการขอยืม การบันทึกมูลค่า และการส่งคืนตามกำหนด", "", "ครุภัณฑ์"),
    KnowledgeText(KnowledgeKind.MANUAL, "คู่มืออาสาสมัครดูแลผู้สูงอายุในชุมชน",
                  "การเยี่ยมบ้าน การประเมินภาวะพึ่งพิง และการส่งต่อ", "", "ผู้สูงอายุ"),
    KnowledgeText(KnowledgeKind.RESEARCH,
                  "การบริหารจัดการเครือข่ายความร่วมมือขององค์การบริหารส่วนตำบลนาคูณใหญ่",
                  "กรณีศึกษารางวัลพระปกเกล้า ด้านการเสริมสร้างเครือข่ายรัฐ เอกชน และประชาสังคม",
                  "A King Prajadhipok's Institute award case study.", "วิจัย", "สถาบันพระปกเกล้า"),
    KnowledgeText(KnowledgeKind.RESEARCH,
                  "แนวทางการสร้างความเข้มแข็งของ อปท. โดยการสร้างเครือข่ายของผู้นำ",
                  "คณะทำงานที่เป็นรูปธรรม ความต่อเนื่อง การอบรมประจำเดือน และการประชาสัมพันธ์",
                  "", "ผู้นำ"),
    KnowledgeText(KnowledgeKind.RESEARCH, "เครือข่ายเจ้าหน้าที่ท้องถิ่นกับการแลกเปลี่ยนข้อมูล",
                  "เครือข่ายทำให้ผลรวมมากกว่าผลบวกของแต่ละส่วน", "", "ข้อมูล"),
)

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
