"""The case view driven through its real widgets (offscreen): a whole case from intake to follow-up, then a
restart that finds it all; validation keeps input; signed entries lock; drafts survive a crash; stage moves."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QSpinBox, QWidget

from caseapp.domain.rules import PendingWarnings
from caseapp.domain.vocab import NeedArea, Stage
from caseapp.errors import LockedEntry
from caseapp.services import cases, drafts, entries
from caseapp.services.vault import Vault
from caseapp.ui.views.case_view import CaseView
from caseapp.ui.widgets.form_builder import DateField, DraftKeeper, FormWidget

PASSPHRASE = "테스트 암호 correct-horse"  # same as tests/conftest.py


# --- helpers that act like a user on the real editors ------------------------------------------------------------

def type_into(form: FormWidget, name: str, text: str) -> None:
    editor = form.editors[name]
    if isinstance(editor, QLineEdit):
        editor.setFocus()
        editor.setText(text)
        editor.textEdited.emit(text)  # what typing emits; keyClicks cannot type Hangul offscreen
    else:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(text)


def choose(form: FormWidget, name: str, code: Any) -> None:
    combo = form.editors[name]
    assert isinstance(combo, QComboBox)
    index = combo.findData(code)
    assert index >= 0, f"{code!r} not offered for {name}"
    combo.setCurrentIndex(index)


def set_number(form: FormWidget, name: str, value: int) -> None:
    spin = form.editors[name]
    assert isinstance(spin, QSpinBox)
    spin.setValue(value)


def set_date(form: FormWidget, name: str, day: date) -> None:
    field = form.editors[name]
    assert isinstance(field, DateField)
    field.pick(day)  # what the calendar and the today button do


def click(qtbot: Any, button: QWidget) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, title: str, text: str, *args: Any, **kw: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.fixture
def fast_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DraftKeeper, "INTERVAL_MS", 20)


def make_view(qtbot: Any, vault: Vault, case_id: str) -> CaseView:
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def advance(qtbot: Any, view: CaseView, reason: str = "") -> None:
    dialog = view.advance()
    if reason:
        for box in dialog.warning_checks.values():
            box.setChecked(True)
        dialog.reason.setPlainText(reason)
    dialog.move()
    assert dialog.error.isHidden(), dialog.error.text()


# --- the whole case -----------------------------------------------------------------------------------------------

def test_whole_case_through_the_widgets_then_restart_finds_it(qtbot: Any, vault: Vault, case: Any,
                                                               answer_yes: list[str]) -> None:
    resource = entries.add_resource(vault, {"name": "평창군가족센터", "kind": "organisation", "category": "care"})
    view = make_view(qtbot, vault, case.id)
    changes: list[bool] = []
    view.changed.connect(lambda: changes.append(True))
    assert view.tabs.count() == 9  # six stages, case conferences, eco-map · genogram, history
    assert view.tabs.tabIcon(0).isNull() is False  # the current stage (intake) is marked

    # intake: client details, household, consent, checklist
    intake = view.stage_tabs[Stage.INTAKE]
    type_into(intake.client_form.form, "phone", "010-2222-3333")
    choose(intake.client_form.form, "sex", "M")
    click(qtbot, intake.client_form.save_button)
    type_into(intake.intake_form.form, "crisis_screening", "자해 위험 없음, 월세 3개월 체납")
    click(qtbot, intake.intake_form.save_button)
    household = intake.household
    type_into(household.form, "relation", "모")
    type_into(household.form, "name", "이순자")
    set_number(household.form, "age", 78)
    choose(household.form, "sex", "F")
    click(qtbot, household.save_button)
    consents = intake.consents
    choose(consents.form, "purpose", "service")
    choose(consents.form, "method", "written")
    assert "사례관리 서비스 제공" in intake.missing_consents.text()
    click(qtbot, consents.save_button)
    assert "사례관리 서비스 제공" not in intake.missing_consents.text()
    intake.checklist.boxes["introduce_agency"].click()
    assert changes, "changed is emitted after saves"

    # assessment with all 9 areas
    page = intake.assessment
    section = page.section
    choose(section.form, "kind", "intake")
    choose(section.form, "risk_level", "moderate")
    type_into(section.form, "strengths_personal", "요리를 잘함")
    for i, area in enumerate(NeedArea):
        combo = page.ratings.levels[area.value]
        combo.setCurrentIndex(combo.findData(i % 4))
        page.ratings.narratives[area.value].setPlainText(f"{area.label.ko} 서술")
    click(qtbot, section.save_button)
    assert section.form.error_text() == ""
    assert len(page.radar.series) == 1 and len(page.radar.series[0].values) == 9

    advance(qtbot, view)  # consent and assessment recorded: no warnings
    assert view.current_stage() is Stage.PLANNING
    assert not view.tabs.tabIcon(1).isNull() and view.tabs.tabIcon(0).isNull()

    # planning: goal with its GAS scale, a task the client does with a linked resource
    planning = view.stage_tabs[Stage.PLANNING]
    goals = planning.goals
    type_into(goals.form, "statement", "월세를 밀리지 않고 내고 싶어요")
    choose(goals.form, "need_area", "economy")
    for name, text in (("gas_minus2", "3개월 이상 체납"), ("gas_minus1", "2개월 체납"), ("gas_zero", "1개월 체납"),
                       ("gas_plus1", "체납 없음"), ("gas_plus2", "체납 없음 + 저축")):
        type_into(goals.form, name, text)
    click(qtbot, goals.save_button)
    goal_id = view.ctx.snap.goals[0].id
    tasks = planning.tasks
    type_into(tasks.form, "description", "가족센터 가계부 교실 참여")
    choose(tasks.form, "performer", "client")
    choose(tasks.form, "goal_id", goal_id)
    choose(tasks.form, "resource_id", resource.id)
    click(qtbot, tasks.save_button)
    assert "평창군가족센터" in planning.linked.text()

    advance(qtbot, view)
    assert view.current_stage() is Stage.IMPLEMENTATION

    # implementation: quick entry with Ctrl+Enter, a full entry of an indirect type, a referral
    impl = view.stage_tabs[Stage.IMPLEMENTATION]
    quick = impl.quick
    assert quick.form.value("occurred_on") == date.today().isoformat()
    set_date(quick.form, "occurred_on", date(2026, 3, 2))
    type_into(quick.form, "text", "전화 상담: 가계부 작성 시작")
    qtbot.keyClick(quick.form.editors["text"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert quick.form.value("text") == ""  # saved and cleared for the next one
    services = impl.services
    set_date(services.form, "occurred_on", date(2026, 3, 9))
    choose(services.form, "practice_type", "referral")
    choose(services.form, "contact_mode", "outreach")
    choose(services.form, "resource_id", resource.id)
    type_into(services.form, "text", "가족센터 동행, 가계부 교실 등록")
    click(qtbot, services.save_button)
    assert [e.occurred_on for e in services.model.rows] == [date(2026, 3, 9), date(2026, 3, 2)]  # newest first
    referrals = impl.referrals
    choose(referrals.form, "resource_id", resource.id)
    choose(referrals.form, "status", "sent")
    type_into(referrals.form, "reason", "가계 관리 교육")
    click(qtbot, referrals.save_button)

    advance(qtbot, view)
    assert view.current_stage() is Stage.MONITORING

    # monitoring: review with a GAS score for the goal
    monitoring = view.stage_tabs[Stage.MONITORING]
    reviews = monitoring.reviews
    choose(reviews.form, "adherence", "full")
    choose(reviews.form, "decision", "terminate")
    combo = monitoring.scores.combos[goal_id]
    combo.setCurrentIndex(combo.findData(1))
    click(qtbot, reviews.save_button)
    assert monitoring.chart.lines[0].points[-1][1] == 1
    assert monitoring.reviews.model.data(monitoring.reviews.model.index(0, 3)) == "60.0"  # one goal at +1

    dialog = view.advance()  # no termination record and an unticked checklist: warned like any other move
    assert set(dialog.warning_checks) == {"no_termination", "unchecked_checklist"}
    dialog.reject()
    advance(qtbot, view, "종결 면담에서 종결 기록을 함께 작성")
    assert view.current_stage() is Stage.TERMINATION

    # termination with final GAS, then a follow-up contact
    termination = view.stage_tabs[Stage.TERMINATION]
    form = termination.section.form
    choose(form, "reason", "goals_achieved")
    type_into(form, "follow_up_plan", "1개월 후 전화")
    final = termination.closing.scores.combos[goal_id]
    final.setCurrentIndex(final.findData(2))
    click(qtbot, termination.section.save_button)
    follow = view.stage_tabs[Stage.FOLLOW_UP].follow_ups
    set_date(follow.form, "due_on", date(2026, 5, 1))
    choose(follow.form, "method", "phone")
    click(qtbot, follow.save_button)

    advance(qtbot, view)
    assert view.current_stage() is Stage.FOLLOW_UP

    # sign the first service entry from its row
    services.table.selectRow(1)
    click(qtbot, services.sign_button)
    assert answer_yes and (not services.lock_label.isHidden())
    assert not view.has_unsaved_changes()

    # restart: close everything, reopen the file, a new view finds it all
    view.close()
    vault.close()
    reopened = Vault.open(PASSPHRASE)
    try:
        again = make_view(qtbot, reopened, case.id)
        snap = again.ctx.snap
        assert again.current_stage() is Stage.FOLLOW_UP
        assert again.tabs.currentIndex() == Stage.FOLLOW_UP.order
        assert snap.client.phone == "010-2222-3333" and snap.case.crisis_screening.startswith("자해")
        assert [(m.relation, m.name, m.age) for m in snap.household] == [("모", "이순자", 78)]
        assert [c.purpose for c in snap.consents] == ["service"]
        assert len(snap.assessments[0].ratings) == 9
        assert snap.assessments[0].ratings["economy"].narrative == "경제 서술"
        assert snap.goals[0].gas_plus2 == "체납 없음 + 저축"
        assert snap.tasks[0].performer == "client" and snap.tasks[0].resource_id == resource.id
        assert len(snap.services) == 2 and len(snap.referrals) == 1
        assert [s.score for s in snap.scores_for_goal(goal_id)] == [1, 2]
        assert snap.terminations[0].reason == "goals_achieved"
        assert snap.follow_ups[0].due_on == date(2026, 5, 1)
        assert {(c.stage, c.item_key) for c in snap.checks} == {("intake", "introduce_agency")}
        signed = [e for e in snap.services if e.signed_at]
        assert [e.occurred_on for e in signed] == [date(2026, 3, 2)]
        history = again.history_tab.model
        assert history.rowCount() > 10
        assert again.stage_tabs[Stage.IMPLEMENTATION].services.model.rowCount() == 2
        again.close()
    finally:
        reopened.close()


# --- failure paths and safety nets --------------------------------------------------------------------------------

def test_validation_error_keeps_input_and_saves_nothing(qtbot: Any, vault: Vault, case: Any) -> None:
    view = make_view(qtbot, vault, case.id)
    goals = view.stage_tabs[Stage.PLANNING].goals
    type_into(goals.form, "gas_zero", "주 1회 외출")
    assert view.has_unsaved_changes()
    click(qtbot, goals.save_button)
    assert "목표" in goals.form.error_text() or "Goal" in goals.form.error_text()
    assert goals.form.value("gas_zero") == "주 1회 외출"
    assert goals.form.editors["statement"].styleSheet() != ""  # the missing field is outlined
    assert cases.snapshot(vault, case.id).goals == []
    assert view.save_all() is False  # still refused, still kept
    type_into(goals.form, "statement", "혼자 장보기")
    assert view.save_all() is True
    assert goals.form.error_text() == ""
    assert [g.statement for g in cases.snapshot(vault, case.id).goals] == ["혼자 장보기"]


def test_signed_entry_is_read_only_and_offers_only_an_addendum(qtbot: Any, vault: Vault, case: Any) -> None:
    entry = entries.add_service_entry(vault, case.id, "counselling", "첫 상담", occurred_on="2026-02-01", sign=True)
    view = make_view(qtbot, vault, case.id)
    services = view.stage_tabs[Stage.IMPLEMENTATION].services
    services.table.selectRow(0)
    assert services.current_id == entry.id
    assert services.form.is_read_only() and (not services.lock_label.isHidden())
    assert services.save_button.isHidden() and not services.sign_button.isEnabled()
    assert services.addendum_button.isEnabled()
    click(qtbot, services.addendum_button)
    dialog = services.addendum_dialog
    assert "첫 상담" in dialog.findChild(QPlainTextEdit).toPlainText()
    dialog.save()  # empty text: refused, dialog stays
    assert dialog.form.error_text() and dialog.isVisible()
    type_into(dialog.form, "text", "상담 시간 정정: 60분")
    assert dialog.save() is True
    snap = cases.snapshot(vault, case.id)
    assert [a.text for a in snap.addenda_for(entry.id)] == ["상담 시간 정정: 60분"]
    assert "상담 시간 정정" in services.addenda_label.text()
    assert snap.services[0].text == "첫 상담"  # the signed original is untouched


def test_sign_asks_first_and_locks(qtbot: Any, vault: Vault, case: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    entries.add(vault, case.id, "consent", {"purpose": "service"})
    view = make_view(qtbot, vault, case.id)
    consents = view.stage_tabs[Stage.INTAKE].consents
    consents.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    click(qtbot, consents.sign_button)
    assert cases.snapshot(vault, case.id).consents[0].signed_at is None
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    click(qtbot, consents.sign_button)
    assert cases.snapshot(vault, case.id).consents[0].signed_at is not None
    assert consents.form.is_read_only()


def test_draft_survives_a_crash_and_is_offered_back(qtbot: Any, vault: Vault, case: Any, fast_drafts: None) -> None:
    view = make_view(qtbot, vault, case.id)
    quick = view.stage_tabs[Stage.IMPLEMENTATION].quick
    type_into(quick.form, "text", "가정방문: 냉장고가 비어 있음")
    key = f"case:{case.id}:service_entry:quick"
    qtbot.waitUntil(lambda: drafts.load_draft(vault, key) is not None, timeout=3000)
    view.deleteLater()  # the window goes away without saving (crash, kill)
    qtbot.wait(10)

    again = make_view(qtbot, vault, case.id)
    quick = again.stage_tabs[Stage.IMPLEMENTATION].quick
    assert not quick.banner.isHidden()
    assert quick.form.value("text") == ""
    click(qtbot, quick.banner.restore_button)
    assert quick.form.value("text") == "가정방문: 냉장고가 비어 있음"
    assert again.has_unsaved_changes()
    assert again.save_all()
    assert drafts.load_draft(vault, key) is None  # a saved entry leaves no draft behind
    assert cases.snapshot(vault, case.id).services[0].text == "가정방문: 냉장고가 비어 있음"


def test_assessment_narratives_are_drafted_too(qtbot: Any, vault: Vault, case: Any, fast_drafts: None) -> None:
    view = make_view(qtbot, vault, case.id)
    page = view.stage_tabs[Stage.INTAKE].assessment
    page.ratings.narratives["housing_rights"].setPlainText("곰팡이, 난방 고장")
    page.section.keeper.save_now()
    view.deleteLater()
    qtbot.wait(10)
    again = make_view(qtbot, vault, case.id)
    page = again.stage_tabs[Stage.INTAKE].assessment
    assert not page.section.banner.isHidden()
    click(qtbot, page.section.banner.restore_button)
    assert page.ratings.narratives["housing_rights"].toPlainText() == "곰팡이, 난방 고장"


def test_privacy_hide_keeps_typing(qtbot: Any, vault: Vault, case: Any) -> None:
    view = make_view(qtbot, vault, case.id)
    quick = view.stage_tabs[Stage.IMPLEMENTATION].quick
    type_into(quick.form, "text", "잠금 전 입력")
    view.set_privacy_hidden(True)
    assert view.tabs.isHidden() or view.stack.currentWidget() is view.locked_page
    assert "김민수" not in view.client_label.text()
    assert not view.advance_button.isEnabled()
    view.set_privacy_hidden(False)
    assert view.client_label.text() == "김민수"
    assert quick.form.value("text") == "잠금 전 입력"
    assert drafts.load_draft(vault, f"case:{case.id}:service_entry:quick") is not None  # flushed on lock


def test_stage_move_warnings_override_and_back_with_reason(qtbot: Any, vault: Vault, case: Any) -> None:
    view = make_view(qtbot, vault, case.id)
    dialog = view.advance()
    assert set(dialog.warning_checks) == {"no_consent", "no_assessment"}
    dialog.move()  # nothing ticked: refused with the warnings
    assert (not dialog.error.isHidden()) and view.current_stage() is Stage.INTAKE
    for box in dialog.warning_checks.values():
        box.setChecked(True)
    dialog.move()  # ticked but no reason: refused
    assert (not dialog.error.isHidden()) and view.current_stage() is Stage.INTAKE
    dialog.reason.setPlainText("긴급 지원이 먼저 필요하여 동의는 다음 방문에 받음")
    dialog.move()
    assert view.current_stage() is Stage.PLANNING
    assert view.tabs.currentIndex() == Stage.PLANNING.order
    moved = cases.snapshot(vault, case.id).transitions[-1]
    assert set(moved.overridden_warnings) == {"no_consent", "no_assessment"}

    back = view.open_stage_move(back=True)
    assert back.target() is Stage.INTAKE and not back.warning_checks
    back.move()
    assert (not back.error.isHidden()) and view.current_stage() is Stage.PLANNING
    back.reason.setPlainText("재사정 필요")
    back.move()
    assert view.current_stage() is Stage.INTAKE
    assert cases.snapshot(vault, case.id).transitions[-1].reason == "재사정 필요"


def test_draft_of_an_existing_record_is_offered_on_its_tab(qtbot: Any, vault: Vault, case: Any,
                                                           fast_drafts: None) -> None:
    goal = entries.add(vault, case.id, "goal", {"statement": "혼자 병원 가기"})
    view = make_view(qtbot, vault, case.id)
    goals = view.stage_tabs[Stage.PLANNING].goals
    goals.table.selectRow(0)
    type_into(goals.form, "gas_plus1", "월 2회 혼자 병원")
    goals.keeper.save_now()
    view.deleteLater()
    qtbot.wait(10)
    again = make_view(qtbot, vault, case.id)
    goals = again.stage_tabs[Stage.PLANNING].goals
    assert again.tabs.currentIndex() == Stage.PLANNING.order  # the form with the offer is in front
    assert goals.current_id == goal.id and not goals.banner.isHidden()
    click(qtbot, goals.banner.restore_button)
    assert goals.form.value("gas_plus1") == "월 2회 혼자 병원"
    assert goals.form.value("statement") == "혼자 병원 가기"
    assert again.save_all()
    assert cases.snapshot(vault, case.id).goals[0].gas_plus1 == "월 2회 혼자 병원"


def test_reopen_after_follow_up_moves_back_with_a_reason(qtbot: Any, vault: Vault, case: Any) -> None:
    for target in (Stage.PLANNING, Stage.IMPLEMENTATION, Stage.MONITORING, Stage.TERMINATION, Stage.FOLLOW_UP):
        with pytest.raises(PendingWarnings):
            cases.move_stage(vault, case.id, target)  # warnings pending: the service refuses without override
        codes = {w.code for w in cases.advance_warnings(vault, case.id, target)}
        cases.move_stage(vault, case.id, target, "테스트 진행", codes)
    view = make_view(qtbot, vault, case.id)
    follow = view.stage_tabs[Stage.FOLLOW_UP]
    assert follow.reopen_button.isEnabled() and not view.advance_button.isEnabled()
    click(qtbot, follow.reopen_button)
    dialog = view.stage_dialog
    assert dialog is not None and dialog.target() is Stage.INTAKE
    dialog.move()
    assert not dialog.error.isHidden() and view.current_stage() is Stage.FOLLOW_UP  # a reason is required
    dialog.reason.setPlainText("사후관리 중 다시 주거 위기")
    dialog.move()
    assert view.current_stage() is Stage.INTAKE
    assert cases.snapshot(vault, case.id).case.closed_on is None
    assert not follow.reopen_button.isEnabled()


def test_unsigned_review_scores_can_be_corrected_signed_ones_not(qtbot: Any, vault: Vault, case: Any,
                                                                 answer_yes: list[str]) -> None:
    goal = entries.add(vault, case.id, "goal", {"statement": "주 2회 산책"})
    review = entries.add_review(vault, case.id, {"adherence": "partial", "decision": "continue",
                                                 "reviewed_on": "2026-04-01"}, {goal.id: -1})
    view = make_view(qtbot, vault, case.id)
    monitoring = view.stage_tabs[Stage.MONITORING]
    monitoring.reviews.table.selectRow(0)
    combo = monitoring.scores.combos[goal.id]
    assert combo.currentData() == -1 and combo.isEnabled()
    combo.setCurrentIndex(combo.findData(0))
    assert view.has_unsaved_changes()
    click(qtbot, monitoring.reviews.save_button)
    assert [s.score for s in cases.snapshot(vault, case.id).scores_for_goal(goal.id)] == [0]
    assert monitoring.chart.lines[0].points == [(date(2026, 4, 1), 0)]
    click(qtbot, monitoring.reviews.sign_button)
    assert not monitoring.scores.combos[goal.id].isEnabled()
    with pytest.raises(LockedEntry):
        entries.replace_scores(vault, "monitoring_review", review.id, {goal.id: 2})


def test_household_member_entered_by_mistake_can_be_deleted(qtbot: Any, vault: Vault, case: Any,
                                                            answer_yes: list[str]) -> None:
    entries.add_household_member(vault, case.client_id, {"relation": "형제", "name": "잘못 입력"})
    view = make_view(qtbot, vault, case.id)
    household = view.stage_tabs[Stage.INTAKE].household
    assert not household.delete_button.isEnabled()
    household.table.selectRow(0)
    click(qtbot, household.delete_button)
    assert answer_yes and cases.snapshot(vault, case.id).household == []
    assert household.model.rowCount() == 0 and household.current_id is None
    assert not view.has_unsaved_changes()


def test_unfinished_addendum_is_pointed_out_when_the_case_reopens(qtbot: Any, vault: Vault, case: Any,
                                                                 fast_drafts: None) -> None:
    entry = entries.add_service_entry(vault, case.id, "information", "기초연금 안내", sign=True)
    view = make_view(qtbot, vault, case.id)
    services = view.stage_tabs[Stage.IMPLEMENTATION].services
    assert not view.stage_tabs[Stage.IMPLEMENTATION].no_resources.isHidden()  # referral needs a resource first
    services.table.selectRow(0)
    click(qtbot, services.addendum_button)
    type_into(services.addendum_dialog.form, "text", "신청서 제출 확인")
    services.addendum_dialog.reject()  # cancelled: the text is kept as a draft
    view.deleteLater()
    qtbot.wait(10)
    again = make_view(qtbot, vault, case.id)
    services = again.stage_tabs[Stage.IMPLEMENTATION].services
    assert again.tabs.currentIndex() == Stage.IMPLEMENTATION.order
    assert services.current_id == entry.id and services.pending_addendum
    click(qtbot, services.addendum_button)
    dialog = services.addendum_dialog
    assert not dialog.banner.isHidden()
    click(qtbot, dialog.banner.restore_button)
    assert dialog.save()
    assert [a.text for a in cases.snapshot(vault, case.id).addenda_for(entry.id)] == ["신청서 제출 확인"]


def test_keyboard_saves_quick_entry_with_enter_and_forms_with_ctrl_enter(qtbot: Any, vault: Vault, case: Any) -> None:
    view = make_view(qtbot, vault, case.id)
    view.tabs.setCurrentIndex(Stage.IMPLEMENTATION.order)
    quick = view.stage_tabs[Stage.IMPLEMENTATION].quick
    type_into(quick.form, "text", "문자로 안부 확인")
    qtbot.keyClick(quick.form.editors["occurred_on"].edit, Qt.Key.Key_Return)  # Enter outside the note saves
    assert [e.text for e in cases.snapshot(vault, case.id).services] == ["문자로 안부 확인"]
    view.tabs.setCurrentIndex(Stage.PLANNING.order)
    goals = view.stage_tabs[Stage.PLANNING].goals
    type_into(goals.form, "statement", "이웃과 인사하기")
    statement = goals.form.editors["statement"]
    statement.setFocus()
    qtbot.waitUntil(statement.hasFocus, timeout=2000)
    qtbot.keyClick(statement, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [g.statement for g in cases.snapshot(vault, case.id).goals] == ["이웃과 인사하기"]


def test_eco_map_shows_relations_and_referred_resources(qtbot: Any, vault: Vault, case: Any) -> None:
    centre = entries.add_resource(vault, {"name": "평창군가족센터", "kind": "organisation", "category": "care"})
    clinic = entries.add_resource(vault, {"name": "대화보건지소", "kind": "organisation", "category": "health"})
    entries.add(vault, case.id, "referral", {"resource_id": clinic.id, "status": "accepted"})
    view = make_view(qtbot, vault, case.id)
    tab = view.ecomap_tab
    relations = tab.relations
    choose(relations.form, "resource_id", centre.id)
    assert relations.form.value("name") == "평창군가족센터"  # filled in from the picked resource
    choose(relations.form, "strength", "stressful")
    choose(relations.form, "direction", "from_client")
    click(qtbot, relations.save_button)
    names = {(n.name, n.strength) for n in tab.ecomap.nodes}
    assert names == {("평창군가족센터", "stressful"), ("대화보건지소", "weak")}
    entries.add_household_member(vault, case.client_id, {"relation": "딸", "name": "김하늘", "sex": "F"})
    view.reload()
    assert [p.name for p in tab.genogram.members] == ["김하늘"]
    assert "딸 김하늘" in tab.ecomap.household
