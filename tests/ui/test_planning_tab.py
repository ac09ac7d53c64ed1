"""The plan tab through its widgets: the goal tree (단기 goals under 장기 goals, reordered by keyboard and mouse),
service rows with the plan-form columns, and the client's agreement with a signature drawn on the canvas."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from caseapp.domain.vocab import Stage
from caseapp.services import cases, entries
from caseapp.services.vault import Vault
from caseapp.ui.widgets.signature_pad import SignaturePad
from tests.ui.test_case_view import choose, click, make_view, set_number, type_into


def draw(qtbot: Any, pad: SignaturePad) -> None:
    """A stroke with the left button held, as a mouse or a pen (Qt turns pen input into these) makes it."""
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 80))
    for x in range(40, 300, 20):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x // 20 % 3) * 15))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 70))


def test_goal_tree_short_term_goals_and_reordering(qtbot: Any, vault: Vault, case: Any) -> None:
    entries.add(vault, case.id, "goal", {"statement": "집에서 계속 살고 싶어요"})
    entries.add(vault, case.id, "goal", {"statement": "일을 다시 하고 싶어요"})
    view = make_view(qtbot, vault, case.id)
    planning = view.stage_tabs[Stage.PLANNING]
    goals = planning.goals
    assert not planning.add_short_button.isEnabled()  # nothing selected: no goal to put one under

    goals.table.selectRow(0)
    click(qtbot, planning.add_short_button)
    assert goals.current_id is None and goals.form.value("parent_id") == view.ctx.snap.goals[0].id
    type_into(goals.form, "statement", "밀린 월세를 갚는다")
    click(qtbot, goals.save_button)
    shown = [(goals.model.data(goals.model.index(r, 0)), goals.model.data(goals.model.index(r, 2)))
             for r in range(goals.model.rowCount())]
    assert shown == [("1", "집에서 계속 살고 싶어요"), ("1-1", "    └ 밀린 월세를 갚는다"), ("2", "일을 다시 하고 싶어요")]
    assert [view.ctx.snap.goals[i].term for i in range(3)] == ["long", "short", "long"]

    # keyboard: Alt+Down on the selected first 장기 goal moves it (with its 단기 goal) below the second
    goals.table.selectRow(0)
    goals.table.setFocus()
    qtbot.keyClick(goals.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [g.statement for g in view.ctx.snap.goals] == ["일을 다시 하고 싶어요", "집에서 계속 살고 싶어요",
                                                          "밀린 월세를 갚는다"]
    assert goals.current_row().statement == "집에서 계속 살고 싶어요"  # the moved goal stays selected
    # mouse: the Move up button brings it back
    click(qtbot, planning.up_button)
    assert [g.statement for g in view.ctx.snap.goals][0] == "집에서 계속 살고 싶어요"
    # the service-row goal picker offers the tree numbers
    picker = planning.tasks.form.editors["goal_id"]
    assert [picker.itemText(i)[:4] for i in range(1, picker.count())] == ["1. 집", "1-1.", "2. 일"]


def test_service_row_with_plan_columns(qtbot: Any, vault: Vault, case: Any) -> None:
    goal = entries.add(vault, case.id, "goal", {"statement": "집에서 계속 살고 싶어요"})
    view = make_view(qtbot, vault, case.id)
    tasks = view.stage_tabs[Stage.PLANNING].tasks
    type_into(tasks.form, "description", "주거급여 신청 동행")
    choose(tasks.form, "goal_id", goal.id)
    choose(tasks.form, "performer", "practitioner")
    type_into(tasks.form, "target_person", "본인")
    type_into(tasks.form, "person_in_charge", "최주거")
    set_number(tasks.form, "frequency_count", 2)
    choose(tasks.form, "frequency_unit", "per_month")
    set_number(tasks.form, "priority", 1)
    click(qtbot, tasks.save_button)
    assert tasks.form.error_text() == ""
    row = view.ctx.snap.tasks[0]
    assert (row.target_person, row.person_in_charge, row.frequency_count, row.frequency_unit, row.priority) == \
        ("본인", "최주거", 2, "per_month", 1)
    headers = [tasks.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tasks.model.columnCount())]
    values = dict(zip(headers, [tasks.model.data(tasks.model.index(0, i)) for i in range(len(headers))]))
    assert "2회/월" in values.values() and "1" in values.values()


def test_agreement_with_drawn_signature_clear_and_redo(qtbot: Any, vault: Vault, case: Any) -> None:
    view = make_view(qtbot, vault, case.id)
    section = view.stage_tabs[Stage.PLANNING].agreements
    part = section.signature
    choose(section.form, "method", "signed_screen")
    assert part.pad.is_empty() and part.values() is None

    draw(qtbot, part.pad)
    assert not part.pad.is_empty()
    click(qtbot, part.clear_button)  # a false start: clear, then sign again
    assert part.pad.is_empty() and part.values() is None
    draw(qtbot, part.pad)
    click(qtbot, section.save_button)
    assert section.form.error_text() == ""
    stored = cases.snapshot(vault, case.id).agreements[0].signature_png
    image = QImage.fromData(stored)
    assert not image.isNull() and image.width() == 600
    dark = sum(1 for x in range(0, 600, 3) for y in range(0, 200, 3) if image.pixelColor(x, y).lightness() < 128)
    assert dark > 20  # ink where the stroke went

    # reopening shows the stored signature; clearing it and saving removes it (no empty image is stored)
    section.load_row(view.ctx.snap.agreements[0])
    assert not part.pad.is_empty()
    click(qtbot, part.clear_button)
    click(qtbot, section.save_button)
    assert cases.snapshot(vault, case.id).agreements[0].signature_png is None


def test_guardian_agreement_without_a_name_keeps_the_input(qtbot: Any, vault: Vault, case: Any) -> None:
    view = make_view(qtbot, vault, case.id)
    section = view.stage_tabs[Stage.PLANNING].agreements
    choose(section.form, "method", "guardian")
    draw(qtbot, section.signature.pad)
    click(qtbot, section.save_button)
    assert "보호자 성명" in section.form.error_text()
    assert not section.signature.pad.is_empty()  # the drawn signature is still there
    type_into(section.form, "guardian_name", "박순자")
    click(qtbot, section.save_button)
    assert section.form.error_text() == ""
    assert cases.snapshot(vault, case.id).agreements[0].guardian_name == "박순자"


def test_quick_entry_defaults_the_contact_target_to_the_client(qtbot: Any, vault: Vault, case: Any) -> None:
    view = make_view(qtbot, vault, case.id)
    quick = view.stage_tabs[Stage.IMPLEMENTATION].quick
    assert quick.form.value("contact_target") == "client"
    choose(quick.form, "contact_target", "family")
    type_into(quick.form, "text", "어머니와 통화")
    assert quick.save()
    assert cases.snapshot(vault, case.id).services[0].contact_target == "family"
    assert quick.form.value("contact_target") == "family"  # the next entry is often alike
