"""Korean that reads like Korean: particles follow the word they attach to, the stage header counts days naturally."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from caseapp.domain.rules import PendingWarnings
from caseapp.domain.vocab import Stage
from caseapp.errors import NotFound
from caseapp.services import cases
from caseapp.ui.i18n import install_translators
from caseapp.ui.views.case_view import CaseView


def move_to(vault: Any, case_id: str, target: Stage, on: date) -> None:
    for stage in Stage:
        if stage.order == 0 or stage.order > target.order:
            continue
        try:
            cases.move_stage(vault, case_id, stage, on=on)
        except PendingWarnings as pending:
            cases.move_stage(vault, case_id, stage, reason="시험", overridden={w.code for w in pending.warnings},
                             on=on)


def header(qtbot: Any, vault: Any, case_id: str) -> tuple[str, str]:
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    return view.stage_label.text(), view.advance_button.text()


def test_a_case_moved_today_says_so_and_the_button_takes_the_right_particle(qtbot: Any, gui_app: Any, vault: Any,
                                                                           case: Any) -> None:
    stage, button = header(qtbot, vault, case.id)
    assert stage.endswith("오늘 이 단계로 옮김")
    assert button == "계획수립으로 진행…"  # 립 has a final consonant


@pytest.mark.parametrize(("target", "button"), [
    (Stage.PLANNING, "실행으로 진행…"),
    (Stage.MONITORING, "종결로 진행…"),  # ㄹ takes 로
    (Stage.TERMINATION, "사후관리로 진행…"),  # a vowel takes 로
])
def test_days_count_from_the_day_of_the_move(qtbot: Any, gui_app: Any, vault: Any, case: Any, target: Stage,
                                             button: str) -> None:
    move_to(vault, case.id, target, date.today() - timedelta(days=2))
    stage, shown = header(qtbot, vault, case.id)
    assert stage.endswith("이 단계 3일째") and "0일째" not in stage
    assert shown == button


def test_english_has_no_particles_and_says_today_in_words(qtbot: Any, gui_app: Any, vault: Any, case: Any) -> None:
    install_translators(gui_app, "en")
    stage, button = header(qtbot, vault, case.id)
    assert stage.endswith("moved to this stage today")
    assert button == "Advance to Planning…"


def test_a_missing_case_number_takes_the_particle_its_last_digit_calls_for(vault: Any) -> None:
    with pytest.raises(NotFound) as err:
        cases.find_case(vault, "2026-9999")
    assert "2026-9999를 찾을 수 없습니다" in err.value.ko
    with pytest.raises(NotFound) as err:
        cases.find_case(vault, "2026-0001")
    assert "2026-0001을 찾을 수 없습니다" in err.value.ko
