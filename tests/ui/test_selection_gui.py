"""대상자 선정 from the window: the intake tab's dialog (the declared form), the header, and the case list's
Selection column and filter."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox

from caseapp.domain import forms
from caseapp.services import agency_profile, cases, entries
from caseapp.services.selection import NO_LEVEL
from caseapp.services.selection_decisions import record_selection
from caseapp.services.vault import Vault
from caseapp.ui.models.case_list_model import COL_CLIENT, COL_LEVEL
from caseapp.ui.views.case_view import CaseView
from tests.ui.test_case_view import click, type_into


def _choose(form: Any, name: str, code: str) -> None:
    combo = form.editors[name]
    assert isinstance(combo, QComboBox)
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def test_record_a_selection_from_the_intake_tab(qtbot: Any, view: CaseView, vault: Vault, case: Any) -> None:
    held = date.today() - timedelta(days=1)
    conference = entries.add(vault, case.id, "case_conference", {"held_on": held, "decisions": "고난도사례 선정"})
    view.ctx.reload()
    intake = view.stage_tabs[next(iter(view.stage_tabs))]
    page = intake.selection  # type: ignore[attr-defined]
    intake.pages.setCurrentIndex(intake.pages.count() - 1)  # type: ignore[attr-defined]
    assert view.level_label.text() == "선정 전" and page.current_label.text() == "아직 선정 전입니다"

    dialog = page.open_dialog()
    assert list(dialog.form.editors) == forms.CASE_SELECTION.names  # built from the declaration
    level = dialog.form.editors["level"]
    assert level.findData("intensive") == -1  # this agency does not use the intensive level
    _choose(dialog.form, "level", "information_only")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))  # no reason: refused, stays open
    assert dialog.isVisible() and "미선정" in dialog.form.error_text()
    assert cases.snapshot(vault, case.id).selections == []

    _choose(dialog.form, "level", "complex")
    _choose(dialog.form, "conference_id", conference.id)
    type_into(dialog.form, "reason", "퇴거 통보와 아동 양육 부담이 겹쳐 여러 기관의 개입이 필요함")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert not dialog.isVisible()
    [saved] = cases.snapshot(vault, case.id).selections
    assert (saved.level, saved.conference_id, saved.decided_on) == ("complex", conference.id, date.today())
    assert view.level_label.text() == "고난도사례"
    assert page.model.rowCount() == 1 and page.current_label.text().startswith("현재: 고난도사례")
    assert page.model.index(0, 2).data() == f"사례회의 {held.isoformat()}"


def test_intensive_is_offered_once_the_agency_uses_it(qtbot: Any, view: CaseView, vault: Vault) -> None:
    agency_profile.update_agency(vault, {"uses_intensive_level": True})
    page = view.stage_tabs[next(iter(view.stage_tabs))].selection  # type: ignore[attr-defined]
    dialog = page.open_dialog()
    _choose(dialog.form, "level", "intensive")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert view.level_label.text() == "집중사례"


def test_case_list_shows_the_level_and_filters_by_it(main_window: Any, vault: Any, qtbot: Any) -> None:
    chosen = cases.open_case(vault, {"name": "하지원"})
    cases.open_case(vault, {"name": "강감찬"})
    record_selection(vault, chosen.id, {"level": "general"})
    with qtbot.waitSignal(main_window.case_list.loaded, timeout=10_000):
        main_window.case_list.reload()
    panel = main_window.case_list
    proxy = panel.proxy

    def column(col: int) -> list[str]:
        return [str(proxy.index(r, col).data()) for r in range(proxy.rowCount())]
    assert dict(zip(column(COL_CLIENT), column(COL_LEVEL), strict=True)) == {"하지원": "일반사례", "강감찬": ""}
    panel.level_combo.setCurrentIndex(panel.level_combo.findData("general"))
    assert column(COL_CLIENT) == ["하지원"]
    panel.level_combo.setCurrentIndex(panel.level_combo.findData(NO_LEVEL))
    assert column(COL_CLIENT) == ["강감찬"]
    panel.level_combo.setCurrentIndex(0)
    assert len(column(COL_CLIENT)) == 2
