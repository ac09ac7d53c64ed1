"""From the window: attendees typed by organisation with a conference, a supervision record and the supervisor's
confirmation, before/after per goal and service performance at a review, outcome per goal at termination, and the
closing eco-map started from the intake map."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from caseapp.domain.vocab import Stage
from caseapp.services import cases, entries
from caseapp.services.vault import Vault
from caseapp.ui.views.case_view import CaseView
from caseapp.ui.widgets.rows_editor import RowsEditor
from tests.ui.test_case_view import choose, click, type_into


def type_cell(editor: RowsEditor, row: int, column: int, text: str) -> None:
    editor.table.setItem(row, column, QTableWidgetItem(text))  # what finishing a cell edit does


def pick_cell(editor: RowsEditor, row: int, column: int, code: str) -> None:
    combo = editor.table.cellWidget(row, column)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(code))


def test_attendees_are_entered_by_organisation_with_the_conference(qtbot: Any, view: CaseView, vault: Vault,
                                                                  case: Any) -> None:
    view.tabs.setCurrentWidget(view.conference_tab)
    section = view.conference_tab.conferences
    attendees = view.conference_tab.attendees
    choose(section.form, "kind", "solution")
    type_into(section.form, "decisions", "긴급 주거비 신청")
    click(qtbot, attendees.add_button)
    type_cell(attendees, 0, 0, "이수진")
    type_cell(attendees, 0, 1, "평창군 주거복지센터")
    type_cell(attendees, 0, 2, "주거복지사")
    click(qtbot, attendees.add_button)
    type_cell(attendees, 1, 1, "행정복지센터")  # a line with no name: refused, nothing saved, typing kept
    click(qtbot, section.save_button)
    assert section.form.error_text()
    assert cases.snapshot(vault, case.id).conferences == []
    assert attendees.raw_values()[1]["organisation"] == "행정복지센터"

    type_cell(attendees, 1, 0, "박정호")
    click(qtbot, section.save_button)
    snap = cases.snapshot(vault, case.id)
    [conf] = snap.conferences
    assert conf.kind == "solution"
    assert [(a.name, a.organisation) for a in snap.attendees_of(conf.id)] == [
        ("이수진", "평창군 주거복지센터"), ("박정호", "행정복지센터")]
    assert "평창군 주거복지센터" in section.model.data(section.model.index(0, 2))  # organisations in the list

    click(qtbot, section.sign_button)
    assert not attendees.add_button.isEnabled()  # locked with the signed conference
    assert attendees.table.editTriggers() == attendees.table.EditTrigger.NoEditTriggers


def test_supervision_and_confirmation_from_the_window(qtbot: Any, view: CaseView, vault: Vault, case: Any) -> None:
    view.tabs.setCurrentWidget(view.conference_tab)
    supervision = view.conference_tab.supervision
    click(qtbot, supervision.save_button)  # the supervisor's name is required
    assert supervision.form.error_text()
    type_into(supervision.form, "supervisor", "박은정")
    type_into(supervision.form, "topic", "자기결정 존중")
    type_into(supervision.form, "agreed_actions", "다음 면담에서 목표 재확인")
    click(qtbot, supervision.save_button)
    [row] = cases.snapshot(vault, case.id).supervision
    assert (row.supervisor, row.agreed_actions) == ("박은정", "다음 면담에서 목표 재확인")
    click(qtbot, supervision.sign_button)
    assert cases.snapshot(vault, case.id).supervision[0].signed_at is not None

    confirmations = view.conference_tab.confirmations
    choose(confirmations.form, "target", "termination")
    type_into(confirmations.form, "confirmed_by", "박은정")
    click(qtbot, confirmations.save_button)  # no closing yet: explained, nothing saved
    assert "종결" in confirmations.form.error_text()
    choose(confirmations.form, "target", "plan")
    click(qtbot, confirmations.save_button)
    assert [c.target for c in cases.snapshot(vault, case.id).confirmations] == ["plan"]


def test_review_detail_outcomes_and_closing_eco_map(qtbot: Any, view: CaseView, vault: Vault, case: Any) -> None:
    goal = entries.add(vault, case.id, "goal", {"statement": "월세를 밀리지 않고 내고 싶어요"})
    entries.add(vault, case.id, "plan_task", {"description": "주거급여 신청", "performer": "client", "goal_id": goal.id})
    entries.add(vault, case.id, "eco_relation", {"name": "집주인", "strength": "stressful"})
    view.ctx.reload()

    monitoring: Any = view.stage_tabs[Stage.MONITORING]
    changes, ratings = monitoring.goal_changes, monitoring.service_ratings
    assert changes.table.rowCount() == 1 and ratings.table.rowCount() == 1  # one line per goal, per service row
    type_cell(changes, 0, 1, "4개월 체납")
    type_cell(changes, 0, 2, "이번 달 납부")
    pick_cell(ratings, 0, 1, "good")
    choose(monitoring.reviews.form, "adherence", "partial")
    choose(monitoring.reviews.form, "decision", "refer")
    click(qtbot, monitoring.reviews.save_button)
    snap = cases.snapshot(vault, case.id)
    assert [(c.before, c.after) for c in snap.goal_changes] == [("4개월 체납", "이번 달 납부")]
    assert [r.performance for r in snap.service_ratings] == ["good"] and snap.reviews[0].decision == "refer"

    termination: Any = view.stage_tabs[Stage.TERMINATION]
    outcomes = termination.closing.outcomes
    choose(termination.section.form, "reason", "improved")
    pick_cell(outcomes, 0, 1, "partly")
    type_cell(outcomes, 0, 2, "체납은 해소")
    click(qtbot, termination.section.save_button)
    snap = cases.snapshot(vault, case.id)
    assert snap.terminations[0].reason == "improved"
    assert [(o.outcome, o.note) for o in snap.goal_outcomes] == [("partly", "체납은 해소")]

    eco = view.ecomap_tab
    click(qtbot, eco.copy_button)
    assert eco.phase.currentData() == "closing"
    assert [e.name for e in cases.snapshot(vault, case.id).eco_in("closing")] == ["집주인"]
    assert not eco.copy_button.isEnabled()
    assert eco.relations.model.rowCount() == 1
