"""Vocabulary codes, labels and what a user may type for them."""

from __future__ import annotations

import pytest

from caseapp.domain.vocab import NeedArea, PracticeType, Stage


@pytest.mark.parametrize("typed", ["counselling", "COUNSELLING_THERAPY", "상담·치료", "Counselling & therapy",
                                   "  counselling  "])
def test_parse_accepts_code_name_and_both_labels(typed: str) -> None:
    assert PracticeType.parse(typed) is PracticeType.COUNSELLING_THERAPY


def test_parse_rejects_unknown_words() -> None:
    with pytest.raises(ValueError):
        Stage.parse("nonsense")


def test_stage_order_and_next() -> None:
    assert [s.value for s in Stage] == ["intake", "planning", "implementation", "monitoring", "termination",
                                        "follow_up"]
    assert Stage.INTAKE.next() is Stage.PLANNING
    assert Stage.FOLLOW_UP.next() is None
    assert Stage.parse("실행") is Stage.IMPLEMENTATION


def test_nine_need_areas_in_practice_order() -> None:
    assert [a.label.ko for a in NeedArea] == ["안전", "건강", "일상생활유지", "가족관계", "사회적관계", "경제", "교육",
                                             "직업", "생활환경·권익보장"]


def test_direct_and_indirect_practice_types() -> None:
    direct = {p for p in PracticeType if p.is_direct}
    assert len(direct) == 6
    assert not PracticeType.REFERRAL_LINKAGE.is_direct and not PracticeType.CASE_CONFERENCE.is_direct


def test_labels_follow_the_language() -> None:
    assert Stage.MONITORING.text("ko") == "모니터링·재평가"
    assert Stage.MONITORING.text("en") == "Monitoring & re-assessment"
