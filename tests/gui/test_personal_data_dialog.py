"""The personal data dialog of one contact: the number masked, "Show" for the roles that may
see it (audited), export and erase for administrators only; a Thai screenshot to look at."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lao_desktop.gui.personal_data_dialog import (
    ErasureDialog,
    PersonalDataDialog,
    open_personal_data,
)
from lao_desktop.i18n import _
from lao_desktop.models import AuditEntry, ContactPerson
from lao_desktop.services import Actor, Services
from tests.gui.conftest import type_text
from tests.gui.helpers import fake_exec
from tests.support.personal import (
    ADMIN,
    CLERK,
    EXECUTIVE,
    FIRST,
    FULL_NAME,
    NATIONAL_ID,
    PERSONAL_VALUES,
    World,
    as_role,
    build_world,
)

MASKED = f"x-xxxx-xxxxx-{NATIONAL_ID[10:12]}-{NATIONAL_ID[12]}"
SHOWN = PERSONAL_VALUES[1]


@pytest.fixture
def world(demo: Services) -> World:
    return build_world(demo)


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def _dialog(qtbot: QtBot, demo: Services, world: World, actor: Actor) -> PersonalDataDialog:
    dialog = PersonalDataDialog(None, as_role(demo, actor), world.contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _actions(demo: Services) -> list[str]:
    with demo.ctx.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_clerk_sees_the_mask_and_may_show_the_number(
    qapp: Any, qtbot: QtBot, demo: Services, world: World
) -> None:
    dialog = _dialog(qtbot, demo, world, CLERK)
    assert dialog.national_id.text() == MASKED
    assert dialog.show_button.isEnabled()
    assert not dialog.export_button.isVisible() and not dialog.erase_button.isVisible()
    dialog.show_button.click()
    assert dialog.national_id.text() == SHOWN
    assert not dialog.show_button.isEnabled()
    assert _actions(demo)[-1] == "view"


def test_executive_may_not_show_the_number(
    qapp: Any, qtbot: QtBot, demo: Services, world: World
) -> None:
    dialog = _dialog(qtbot, demo, world, EXECUTIVE)
    assert dialog.national_id.text() == MASKED
    assert not dialog.show_button.isEnabled()
    assert not dialog.export_button.isEnabled() and not dialog.erase_button.isEnabled()
    assert "view" not in _actions(demo)


@pytest.mark.parametrize("suffix", [".json", ".pdf"])
def test_administrator_exports(
    qapp: Any,
    qtbot: QtBot,
    demo: Services,
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    _no_message_boxes: list[str],
    suffix: str,
) -> None:
    target = tmp_path / f"person{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog = _dialog(qtbot, demo, world, ADMIN)
    assert dialog.export_button.isVisible() and dialog.erase_button.isVisible()
    dialog.export_button.click()
    data = target.read_bytes()
    if suffix == ".json":
        assert json.loads(data)["person"]["national_id"] == NATIONAL_ID
    else:
        assert data.startswith(b"%PDF-")
    assert _actions(demo).count("export") == 1
    assert str(target) in _no_message_boxes[-1]


def test_administrator_erases_after_naming_what_goes_and_what_stays(
    qapp: Any,
    qtbot: QtBot,
    demo: Services,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    def answer(question: ErasureDialog) -> None:
        text = question.plan_text.text()
        assert "เลขประจำตัวประชาชน" in text and _("Agreement signature") in text
        for value in PERSONAL_VALUES:
            assert value not in text
        assert not question.erase_button.isEnabled()  # no reason yet
        question.reason.setFocus()
        type_text(question.reason, "คำขอของเจ้าของข้อมูล ลงวันที่ 1 มีนาคม 2569")
        assert question.erase_button.isEnabled()
        question.grab().save(str(tmp_path / "erase.png"))
        question.erase_button.click()

    seen = fake_exec(monkeypatch, ErasureDialog, answer)
    dialog = _dialog(qtbot, demo, world, ADMIN)
    with qtbot.waitSignal(dialog.erased, timeout=3000):
        dialog.erase_button.click()
    assert len(seen) == 1
    with demo.ctx.reading() as session:
        first = session.scalar(
            select(ContactPerson.first_name).where(ContactPerson.id == world.contact_id)
        )
    assert first is not None and first != FIRST and first.startswith("บุคคลที่ถูกลบข้อมูล")
    assert _actions(demo).count("erase") == 5


def test_cancelling_the_question_erases_nothing(
    qapp: Any, qtbot: QtBot, demo: Services, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_exec(monkeypatch, ErasureDialog, lambda question: question.reject())
    dialog = _dialog(qtbot, demo, world, ADMIN)
    dialog.erase_button.click()
    assert "erase" not in _actions(demo)


def test_as_a_row_action(
    qapp: Any, qtbot: QtBot, demo: Services, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_exec(monkeypatch, PersonalDataDialog, lambda dialog: dialog.reject())
    contact = as_role(demo, CLERK).contacts.get(world.contact_id)
    assert open_personal_data(as_role(demo, CLERK), contact, None) is False  # type: ignore[arg-type]


def test_thai_screenshot(
    qapp: Any, qtbot: QtBot, demo: Services, world: World, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, demo, world, ADMIN)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == _("Personal data of {name}").format(name=FULL_NAME)
    shot = Path(os.environ.get("LAO_SCREENSHOT_DIR", tmp_path)) / "personal_data_dialog.png"
    assert dialog.grab().save(str(shot))
    assert shot.stat().st_size > 1000


def test_the_record_form_keeps_the_stored_number_it_shows_masked(
    qapp: Any, qtbot: QtBot, demo: Services, world: World
) -> None:
    """A clerk edits another field of a contact: the form holds the masked number, and
    saving it keeps the number on the card."""
    from lao_desktop.gui.record_dialog import RecordDialog
    from lao_desktop.gui.sections import service_finder
    from tests.gui.helpers import editor_of, retype

    clerk = as_role(demo, CLERK)
    record = clerk.contacts.get(world.contact_id)
    dialog = RecordDialog(None, clerk.contacts, service_finder(clerk), record=record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.values()["national_id"] == MASKED
    retype(editor_of(dialog, "position").widget, "กำนันตำบลนาคูณใหญ่")
    dialog.save()
    assert dialog.saved is not None
    with demo.ctx.reading() as session:
        stored = session.execute(
            select(ContactPerson.national_id, ContactPerson.position).where(
                ContactPerson.id == world.contact_id
            )
        ).one()
    assert tuple(stored) == (NATIONAL_ID, "กำนันตำบลนาคูณใหญ่")
