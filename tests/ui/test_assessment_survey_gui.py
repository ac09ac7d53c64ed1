"""The 욕구·위기도 조사 on screen: the score checklist and the amount table on their own, then the assessment page
saving every part, showing a chosen risk level that differs from the checklist, refusing a bad amount without losing
anything typed, and fitting a 1366×768 screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from caseapp.domain import budget, crisis_scale
from caseapp.domain.vocab import Stage
from caseapp.services import cases
from caseapp.ui.i18n import install_translators
from caseapp.ui.views.assessment_tab import budget_groups, crisis_items
from caseapp.ui.views.case_view import CaseView
from caseapp.ui.widgets.amount_table import AmountTable
from caseapp.ui.widgets.score_checklist import ScoreChecklist
from test_case_view import choose, click, make_view, type_into


def score(checklist: ScoreChecklist, key: str, value: int | None) -> None:
    combo = checklist.combos[key]
    combo.setCurrentIndex(combo.findData(value) if value is not None else 0)


def type_amount(table: AmountTable, code: str, text: str) -> None:
    edit = table.amounts[code]
    edit.setText(text)
    edit.textEdited.emit(text)
    edit.editingFinished.emit()  # the cursor leaves the box


def test_score_checklist_totals_what_is_scored_and_round_trips(qtbot: Any, gui_app: Any) -> None:
    shown: list[dict[str, int]] = []
    widget = ScoreChecklist(crisis_items(), crisis_scale.SCORES,
                            summary=lambda s: shown.append(dict(s)) or f"{sum(s.values())}")
    qtbot.addWidget(widget)
    assert len(widget.combos) == len(crisis_scale.ITEMS)
    assert widget.combos["housing"].count() == 1 + len(crisis_scale.SCORES)  # "—" (not scored) + 0..3
    with qtbot.waitSignal(widget.edited):
        score(widget, "housing", 3)
    score(widget, "livelihood", 2)
    assert widget.values() == {"livelihood": 2, "housing": 3} and widget.is_dirty()
    assert widget.summary_label.text() == "5" and shown[-1] == {"livelihood": 2, "housing": 3}
    score(widget, "livelihood", None)
    assert widget.values() == {"housing": 3}
    widget.mark_clean()
    widget.set_raw_values({"isolation": 1})
    assert widget.values() == {"isolation": 1} and not widget.is_dirty()  # loading is not an edit
    widget.set_read_only(True)
    assert not any(c.isEnabled() for c in widget.combos.values())


def test_amount_table_reads_typed_amounts_and_outlines_a_bad_one(qtbot: Any, gui_app: Any) -> None:
    table = AmountTable(budget_groups(), budget.parse_won,
                        lambda a: f"{budget.totals(a).income}/{budget.totals(a).expense}")
    qtbot.addWidget(table)
    assert set(table.amounts) == {i.value for i in budget.BudgetItem}
    type_amount(table, "earned", "80만")
    assert table.amounts["earned"].text() == "800,000"  # shown as it will be stored
    type_amount(table, "food", "45만 5천")
    assert table.summary_label.text() == "800000/455000"
    type_amount(table, "housing", "12.5만")
    assert table.amounts["housing"].text() == "12.5만"  # kept as typed, to be corrected
    assert "border" in table.amounts["housing"].styleSheet()
    assert "12만 5천" in table.amounts["housing"].toolTip()
    assert "주거비" in table.summary_label.text()
    table.notes["housing"].setText("4개월 체납")
    table.notes["housing"].textEdited.emit("4개월 체납")
    raw = table.raw_values()
    assert raw == {"earned": {"amount": "800,000", "note": ""}, "food": {"amount": "455,000", "note": ""},
                   "housing": {"amount": "12.5만", "note": "4개월 체납"}}
    table.set_raw_values({"earned": {"amount": 1_200_000, "note": "시간제"}})
    assert table.amounts["earned"].text() == "1,200,000" and table.amounts["housing"].text() == ""
    assert "border" not in table.amounts["housing"].styleSheet()


def _assessment_page(view: CaseView) -> Any:
    intake = view.stage_tabs[Stage.INTAKE]
    intake.pages.setCurrentWidget(intake.assessment)
    return intake.assessment


def new_assessment(qtbot: Any, vault: Any, case: Any, risk: str) -> tuple[Any, Any]:
    """The assessment page of a fresh case view with an intake assessment's kind and risk level chosen."""
    page = _assessment_page(make_view(qtbot, vault, case.id))
    choose(page.section.form, "kind", "intake")
    choose(page.section.form, "risk_level", risk)
    return page, page.section.form


def test_the_page_saves_every_part_and_shows_a_differing_risk_level(qtbot: Any, gui_app: Any, vault: Any,
                                                                    case: Any) -> None:
    from caseapp.services import entries
    entries.add_household_member(vault, case.client_id, {"relation": "배우자", "name": "홍길동"})
    page, form = new_assessment(qtbot, vault, case, "moderate")
    type_into(form, "family_history", "(성인기) 결혼, 두 자녀")
    type_into(form, "obstacles_family", "배우자가 도움 요청을 꺼림")
    concerns = page.ratings.concerns["employment"]
    assert concerns.findText("배우자 홍길동") >= 0 and concerns.findText("대상자 본인") >= 0
    concerns.setCurrentIndex(concerns.findText("배우자 홍길동"))
    page.ratings.causes["employment"].setText("기술 없음")
    page.ratings.causes["employment"].textEdited.emit("기술 없음")
    priority = page.ratings.priorities["employment"]
    priority.setCurrentIndex(priority.findData(1))
    score(page.crisis, "housing", 3)
    assert "위기" in page.crisis.summary_label.text()
    assert "보통" in page.crisis.summary_label.text()  # the chosen level, which differs
    choose(form, "risk_level", "crisis")
    assert "보통" not in page.crisis.summary_label.text()
    type_amount(page.budget, "earned", "80만")
    type_amount(page.budget, "housing", "45만")
    assert "+350,000원" in page.budget.summary_label.text()
    click(qtbot, page.section.save_button)
    assert form.error_text() == ""
    view_ = cases.snapshot(vault, case.id).assessments[0]
    a = view_.assessment
    assert (a.family_history, a.obstacles_family, a.crisis_scores) == ("(성인기) 결혼, 두 자녀",
                                                                      "배우자가 도움 요청을 꺼림", {"housing": 3})
    rating = view_.ratings["employment"]
    assert (rating.concerns, rating.cause, rating.priority) == ("배우자 홍길동", "기술 없음", 1)
    assert {c: b.amount for c, b in view_.budget.items()} == {"earned": 800_000, "housing": 450_000}
    assert "3 · 위기" in page.section.model.data(page.section.model.index(0, 3))

    # the saved record loads back into the tabs
    page.section.start_new()
    assert page.crisis.values() == {} and page.budget.raw_values() == {}
    page.section.load_row(page.section.model.rows[0])
    assert page.crisis.values() == {"housing": 3}
    assert page.budget.amounts["housing"].text() == "450,000"
    assert page.ratings.concerns["employment"].currentText() == "배우자 홍길동"


def test_a_bad_amount_stops_the_save_and_keeps_everything_typed(qtbot: Any, gui_app: Any, vault: Any,
                                                                case: Any) -> None:
    page, form = new_assessment(qtbot, vault, case, "low")
    type_into(form, "summary", "주거 안정이 최우선")
    type_amount(page.budget, "food", "약 30만")
    score(page.crisis, "isolation", 2)
    page.section.save_button.click()
    assert "‘식비’" in form.error_text() and "12만 5천" in form.error_text()
    assert cases.snapshot(vault, case.id).assessments == []
    assert page.budget.amounts["food"].text() == "약 30만" and page.crisis.values() == {"isolation": 2}
    assert form.value("summary") == "주거 안정이 최우선"
    type_amount(page.budget, "food", "30만")
    page.section.save_button.click()
    assert form.error_text() == ""
    assert cases.snapshot(vault, case.id).assessments[0].budget["food"].amount == 300_000


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_assessment_page_fits_1366_by_768(qtbot: Any, gui_app: Any, vault: Any, lang: str) -> None:
    from caseapp.services import demo_data
    install_translators(gui_app, lang)
    demo_data.generate(vault, 4, seed=3)
    with_budget = next(c for c in cases.list_cases(vault)
                       if any(a.budget for a in cases.snapshot(vault, c.case_id).assessments))
    view = CaseView(vault, with_budget.case_id)
    qtbot.addWidget(view)
    view.resize(1366, 700)  # the client area of a 1366×768 window
    view.show()
    page = _assessment_page(view)
    page.section.load_row(page.section.model.rows[0])
    for index in range(page.parts.tabs.count()):
        page.parts.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        for area in page.findChildren(QScrollArea):
            if area.isVisible():
                assert area.horizontalScrollBar().maximum() == 0, (lang, index, area.widget().minimumSizeHint())
