"""The office running the program (one row), and its settings."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lao_desktop.models.base import Located, Record, enum_type
from lao_desktop.models.enums import OfficeType


class Office(Located, Record):
    __tablename__ = "office"

    name: Mapped[str] = mapped_column(String(300))  # องค์การบริหารส่วนตำบลนาคูณใหญ่
    office_type: Mapped[OfficeType] = mapped_column(enum_type(OfficeType))
    dopa_code: Mapped[str | None] = mapped_column(String(10))  # รหัส อปท. of the DOPA
    address: Mapped[str] = mapped_column(Text, default="")  # house number, road, village
    postal_code: Mapped[str | None] = mapped_column(String(5))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(300))
    executive_name: Mapped[str | None] = mapped_column(String(200))
    executive_position: Mapped[str | None] = mapped_column(String(200))
    document_prefix: Mapped[str | None] = mapped_column(String(40))  # ที่ นพ ๗๗๖๐๑/
    emblem_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    use_thai_digits: Mapped[bool] = mapped_column(default=False)
    fiscal_year_start_month: Mapped[int] = mapped_column(default=10)
    # Set by ``lao-desktop demo``: demo data may be replaced, an office's own data never.
    is_demo: Mapped[bool] = mapped_column(default=False)


class Setting(Record):
    """Program settings as key/value pairs (language, backup reminder days, …)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")
