"""Valid input for each concept, to vary one field at a time in tests."""

from __future__ import annotations


def thai_partner(**overrides: object) -> dict[str, object]:
    """Valid input for a partner, to vary one field at a time."""
    data: dict[str, object] = {
        "name": "กลุ่มแม่บ้านบ้านนาคูณใหญ่",
        "sector": "community",
        "pillar": "people",
        "level": "village",
        "province_code": "48",
        "phone": "081-234-5678",
    }
    data.update(overrides)
    return data
