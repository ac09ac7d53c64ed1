"""The day's work in the window: the today list filtered, most urgent first, a follow-up settled from it; quick
entry remembering its choices and saying what it saved; the termination's follow-up schedule; one consent sheet;
a signed addendum's lock."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from caseapp.domain.deadlines import DeadlineKind
from caseapp.domain.rules import PendingWarnings
from caseapp.domain.vocab import Stage
from caseapp.services import cases, entries
from caseapp.services.vault import Vault
from caseapp.ui.models.deadline_model import ACTION_COLUMN
from caseapp.ui.views.today_view import TodayView
from tests.ui.test_case_view import choose, click, make_view, set_date, set_number, type_into
from tests.dates import today


# offscreen noise, plus the popup menu's keyboard grab the offscreen platform cannot do
MENU_NOISE = r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
SUMMARY = "기한 지남 {}건, 곧 기한 {}건"


def move(vault: Vault, case_id: str, target: Stage) -> None:
    try:
        cases.move_stage(vault, case_id, target)
    except PendingWarnings as pending:
        cases.move_stage(vault, case_id, target, "시험 진행", {w.code for w in pending.warnings})


def close(vault: Vault, case_id: str, on: date) -> None:
    for target in (Stage.PLANNING, Stage.IMPLEMENTATION, Stage.MONITORING):
        move(vault, case_id, target)
    entries.add_termination(vault, case_id, {"terminated_on": on, "reason": "goals_achieved"})
    move(vault, case_id, Stage.TERMINATION)


def today_view(qtbot: Any, vault: Vault) -> TodayView:
    view = TodayView(vault)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.show_deadlines(cases.upcoming_deadlines(vault))
    return view


def a_day_of_work(vault: Vault) -> tuple[Any, Any]:
    """A case in planning past its plan deadline and a closed one whose first follow-up contact is due in two days.
    (Planning: selected already, so the intake-stage assessment and selection deadlines do not apply.)"""
    late = cases.open_case(vault, {"name": "하지원"}, {"opened_on": (today() - timedelta(days=45)).isoformat()})
    move(vault, late.id, Stage.PLANNING)
    closed = cases.open_case(vault, {"name": "강미경"}, {"opened_on": (today() - timedelta(days=200)).isoformat()})
    close(vault, closed.id, today() - timedelta(days=26))
    entries.schedule_follow_ups(vault, closed.id, {"every_months": 1, "count": 3, "method": "phone"})
    return late, closed


def test_today_filters_by_kind_and_puts_the_most_overdue_first(gui_app: Any, qtbot: Any, vault: Vault) -> None:
    late, closed = a_day_of_work(vault)
    view = today_view(qtbot, vault)
    assert [d.kind for d in view.deadlines] == [DeadlineKind.PLAN, DeadlineKind.FOLLOW_UP]  # 15 days late first
    assert view.kind_filter.itemText(0) == "전체 (2)"
    view.set_kind(DeadlineKind.FOLLOW_UP)
    assert [d.case_id for d in view.deadlines] == [closed.id]
    assert view.summary.text() == SUMMARY.format(0, 1)
    view.show_deadlines(cases.upcoming_deadlines(vault))  # a reload keeps the chosen kind
    assert view.kind_filter.currentData() == DeadlineKind.FOLLOW_UP.name and len(view.deadlines) == 1
    view.set_kind(DeadlineKind.CONSENT_EXPIRY)
    assert view.deadlines == []
    view.set_kind(None)
    assert len(view.deadlines) == 2


@pytest.mark.qt_log_ignore(MENU_NOISE)
def test_a_follow_up_is_postponed_from_the_list_with_a_reason(gui_app: Any, qtbot: Any, vault: Vault) -> None:
    _late, closed = a_day_of_work(vault)
    view = today_view(qtbot, vault)
    opened: list[str] = []
    view.open_case.connect(opened.append)
    row = next(i for i, d in enumerate(view.deadlines) if d.kind is DeadlineKind.FOLLOW_UP)
    table = view.table
    plan_row = 1 - row
    assert table.model().index(plan_row, ACTION_COLUMN).data() == ""  # only follow-ups are settled here
    rect = table.visualRect(table.model().index(row, ACTION_COLUMN))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # the action column acts, it does not open the case
    assert view.done_button.isEnabled() and view.snooze_button.isEnabled()
    menu = view.menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions() if a.text()] == ["실시 기록…", "연기…", "사례 열기"]
    menu.close()
    table.selectRow(plan_row)
    assert not view.snooze_button.isEnabled() and view.open_button.isEnabled()
    table.selectRow(row)

    messages: list[str] = []
    view.message.connect(messages.append)
    dialog = view.snooze(view.current_deadline())
    assert dialog is not None and dialog.form.value("until") == (today() + timedelta(days=7)).isoformat()
    choose(dialog.form, "reason", "other")
    assert dialog.save() is False and dialog.form.error_text()  # "other" needs a note: refused, kept open
    type_into(dialog.form, "note", "병원 검진 후 통화 원함")
    set_date(dialog.form, "until", today() + timedelta(days=10))
    assert dialog.save() is True
    qtbot.waitUntil(lambda: bool(messages))
    assert "연기했습니다" in messages[0] and "강미경" in messages[0]
    follow_up = cases.snapshot(vault, closed.id).follow_ups[0]
    assert follow_up.due_on == today() + timedelta(days=10)
    assert "기타 (병원 검진 후 통화 원함)" in follow_up.result  # visible in the case's 사후관리 tab
    assert any(e.action == "snooze" for e in cases.case_history(vault, closed.id))
    case_view = make_view(qtbot, vault, closed.id)
    follow_tab = case_view.stage_tabs[Stage.FOLLOW_UP].follow_ups
    results = [follow_tab.model.data(follow_tab.model.index(r, 3)) for r in range(follow_tab.model.rowCount())]
    assert any("연기" in r for r in results)


def test_a_follow_up_is_marked_done_from_the_list(gui_app: Any, qtbot: Any, vault: Vault) -> None:
    _late, closed = a_day_of_work(vault)
    view = today_view(qtbot, vault)
    view.set_kind(DeadlineKind.FOLLOW_UP)
    view.table.selectRow(0)
    click(qtbot, view.done_button)
    dialog = view.dialog
    assert dialog is not None and dialog.form.value("done_on") == today().isoformat()
    choose(dialog.form, "method", "visit")
    type_into(dialog.form, "result", "새 직장 적응 중, 건강 양호")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        assert dialog.save() is True
    assert view.deadlines == []  # the next contact is a month away: off the list
    done = cases.snapshot(vault, closed.id).follow_ups[0]
    assert (done.done_on, done.method, done.result) == (today(), "visit", "새 직장 적응 중, 건강 양호")


def test_quick_entry_remembers_type_and_mode_takes_minutes_and_says_what_it_saved(
        main_window: Any, qtbot: Any, vault: Vault, case: Any) -> None:
    entries.add_service_entry(vault, case.id, "information", "안내", contact_mode="home_visit")
    view = main_window.open_case(case.id)
    quick = view.stage_tabs[Stage.IMPLEMENTATION].quick
    assert (quick.form.value("practice_type"), quick.form.value("contact_mode")) == ("information", "home_visit")
    set_number(quick.form, "duration_min", 40)
    type_into(quick.form, "text", "가정방문: 집 안 정리 상태 확인")
    with qtbot.waitSignal(main_window.case_list.loaded, timeout=10_000):  # the list refresh after the save
        assert quick.save()
    assert main_window.statusBar().currentMessage() == "가정방문 기록을 저장했습니다"  # not "사례 1건을 불러왔습니다"
    saved = cases.snapshot(vault, case.id).services[-1]
    assert (saved.duration_min, saved.contact_mode, saved.practice_type) == (40, "home_visit", "information")
    other = cases.open_case(vault, {"name": "박새봄"})
    again = main_window.open_case(other.id).stage_tabs[Stage.IMPLEMENTATION].quick
    assert again.form.value("contact_mode") == "home_visit" and again.form.value("duration_min") is None


def test_termination_plans_the_follow_up_schedule(gui_app: Any, qtbot: Any, vault: Vault, case: Any) -> None:
    view = make_view(qtbot, vault, case.id)
    schedule = view.stage_tabs[Stage.TERMINATION].schedule
    assert not schedule.create_button.isEnabled() and "종결 기록을 먼저" in schedule.preview.text()
    closed_on = today() - timedelta(days=3)
    close(vault, case.id, closed_on)
    view.reload()
    assert (schedule.form.value("every_months"), schedule.form.value("count")) == (1, 3)  # monthly for 3 months
    set_number(schedule.form, "every_months", 2)
    set_number(schedule.form, "count", 2)
    planned = schedule.planned_dates()
    assert len(planned) == 2 and all(d.isoformat() in schedule.preview.text() for d in planned)
    click(qtbot, schedule.create_button)
    assert [f.due_on for f in cases.snapshot(vault, case.id).follow_ups] == planned
    assert not schedule.create_button.isEnabled()  # planned already
    follow_table = view.stage_tabs[Stage.FOLLOW_UP].follow_ups.model
    assert follow_table.rowCount() == 2


def test_one_consent_sheet_for_several_purposes(gui_app: Any, qtbot: Any, vault: Vault, case: Any) -> None:
    view = make_view(qtbot, vault, case.id)
    intake = view.stage_tabs[Stage.INTAKE]
    sheet = intake.consent_sheet
    assert set(sheet.form.value("purposes")) == {"service", "personal_info", "sharing", "photos", "sensitive_info",
                                                 "unique_id"}
    assert "5년" in sheet.expiry_hint.text()
    boxes = sheet.form.editors["purposes"].boxes
    for code in ("service", "personal_info", "sharing", "photos", "sensitive_info", "unique_id"):
        boxes[code].setChecked(False)
    click(qtbot, sheet.save_button)
    assert sheet.form.error_text() and cases.snapshot(vault, case.id).consents == []  # nothing ticked: refused
    for code in ("service", "personal_info", "sharing"):
        boxes[code].setChecked(True)
    type_into(sheet.form, "notes", "동의서 1매, 보호자 동석")
    click(qtbot, sheet.save_button)
    consents = cases.snapshot(vault, case.id).consents
    assert sorted(c.purpose for c in consents) == ["personal_info", "service", "sharing"]
    assert {(c.given_on, c.notes) for c in consents} == {(today(), "동의서 1매, 보호자 동석")}
    assert intake.consents.model.rowCount() == 3
    assert set(sheet.form.value("purposes")) == {"photos", "sensitive_info", "unique_id"}  # still missing, ticked
    assert "사진" in intake.missing_consents.text() and "사례관리 서비스" not in intake.missing_consents.text()


def test_a_closed_case_gets_the_retention_date_as_default_expiry(gui_app: Any, qtbot: Any, vault: Vault,
                                                                 case: Any) -> None:
    close(vault, case.id, today() - timedelta(days=1))
    view = make_view(qtbot, vault, case.id)
    closed_on = cases.snapshot(vault, case.id).case.closed_on
    sheet = view.stage_tabs[Stage.INTAKE].consent_sheet
    assert sheet.form.value("expires_on") == closed_on.replace(year=closed_on.year + 5).isoformat()


def test_a_signed_addendum_shows_the_lock(gui_app: Any, qtbot: Any, vault: Vault, case: Any) -> None:
    entry = entries.add_service_entry(vault, case.id, "counselling", "첫 상담", occurred_on="2026-02-01", sign=True)
    entries.add_addendum_kind(vault, "service_entry", entry.id, {"text": "시간 정정: 60분"}, sign_it=True)
    entries.add_addendum_kind(vault, "service_entry", entry.id, {"text": "보호자 연락처 추가"})
    view = make_view(qtbot, vault, case.id)
    services = view.stage_tabs[Stage.IMPLEMENTATION].services
    services.table.selectRow(0)
    addenda = services.addenda_label
    assert not addenda.isHidden() and "시간 정정" in addenda.text() and "보호자 연락처" in addenda.text()
    assert addenda.locked_count() == 1  # the signed one, like the lock on a signed entry
    signed_icon, _text = addenda.rows[0]
    assert "서명" in signed_icon.toolTip()
