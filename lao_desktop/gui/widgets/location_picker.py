"""Province → district → subdistrict, chosen from the official list (geothai)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from lao_desktop.i18n import _, language
from lao_desktop.thai import geo

KEYS = ("province_code", "district_code", "subdistrict_code")


class LocationPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.province = QComboBox(self)
        self.district = QComboBox(self)
        self.subdistrict = QComboBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for combo, what in (
            (self.province, _("Province")),
            (self.district, _("District")),
            (self.subdistrict, _("Subdistrict")),
        ):
            combo.setAccessibleName(what)
            combo.setToolTip(what)
            combo.setMinimumContentsLength(10)
            # Typing the first letters jumps to the place, as a clerk expects from a list.
            combo.setEditable(False)
            layout.addWidget(combo, 1)
        self._fill(self.province, [(p.code, self._name(p)) for p in geo.provinces()])
        self._fill(self.district, [])
        self._fill(self.subdistrict, [])
        self.province.currentIndexChanged.connect(self._province_chosen)
        self.district.currentIndexChanged.connect(self._district_chosen)
        self.subdistrict.currentIndexChanged.connect(lambda _i: self.changed.emit())

    @staticmethod
    def _name(area: geo.Province | geo.District | geo.Subdistrict) -> str:
        return area.name_en if language() == "en" else area.name_th

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        # The empty choice names the list, so the three boxes need no labels of their own.
        combo.addItem(_("— {what} —").format(what=combo.accessibleName()), None)
        for code, name in items:
            combo.addItem(name, code)
        combo.blockSignals(False)

    def _province_chosen(self) -> None:
        code = self.province.currentData()
        areas = geo.districts(code) if code else []
        self._fill(self.district, [(d.code, self._name(d)) for d in areas])
        self._fill(self.subdistrict, [])
        self.changed.emit()

    def _district_chosen(self) -> None:
        code = self.district.currentData()
        areas = geo.subdistricts(code) if code else []
        self._fill(self.subdistrict, [(s.code, self._name(s)) for s in areas])
        self.changed.emit()

    def codes(self) -> dict[str, str | None]:
        combos = (self.province, self.district, self.subdistrict)
        return {key: combo.currentData() for key, combo in zip(KEYS, combos, strict=True)}

    def set_codes(
        self, province: str | None, district: str | None, subdistrict: str | None
    ) -> None:
        for combo, code in (
            (self.province, province),
            (self.district, district),
            (self.subdistrict, subdistrict),
        ):
            index = combo.findData(code) if code else 0
            if code and index < 0:
                # A code the list does not know (an abolished area): keep it visible.
                combo.addItem(code, code)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
