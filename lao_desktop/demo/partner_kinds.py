"""The kinds of partner the demo office works with, by level, sector and pillar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, TypeVar

from lao_desktop.models.enums import (
    Level,
    Pillar,
    Sector,
)

T = TypeVar("T")

# The tables below keep several entries a line, as written: a formatter would give one a line.
# fmt: off

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


# fmt: on
