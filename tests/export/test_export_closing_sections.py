"""The 사례회의록, 슈퍼비전, 모니터링 and 종결 parts of the record PDF: attendees by organisation, supervision and the
supervisor's confirmations, before/after per goal and performance per service row, outcome per goal, the two
eco-maps side by side and the date of every step; checked in the extracted text and by rendering the pages."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp.export.options import ExportOptions
from caseapp.services import cases, conference_records, entries, exports, outcome_records
from export_builders import _move, pdftotext, requires_poppler, squash
from caseapp.domain.vocab import Stage

START = date(2026, 1, 5)


def day(n: int) -> str:
    return (START + timedelta(days=n)).isoformat()


def build_closed_case(vault: Any) -> Any:
    case = cases.open_case(vault, {"name": "한소망", "birth_date": "1982-05-01", "sex": "F"},
                           {"opened_on": day(0), "presenting_request": "월세가 밀려 집을 잃을까 걱정돼요."})
    cid = case.id
    for name, kind, strength in (("남편", "family", "stressful"), ("주거복지센터", "welfare_agency", "weak"),
                                 ("교회 구역모임", "community", "weak")):
        entries.add(vault, cid, "eco_relation", {"name": name, "kind": kind, "strength": strength,
                                                 "direction": "mutual"})
    _move(vault, cid, Stage.PLANNING, START + timedelta(days=8))
    goal = entries.add(vault, cid, "goal", {"statement": "아이들과 지금 집에서 계속 살고 싶어요"})
    task = entries.add(vault, cid, "plan_task", {"description": "주거급여 신청서 제출", "performer": "client",
                                                 "goal_id": goal.id})
    conference_records.confirm(vault, cid, {"target": "plan", "confirmed_by": "박은정",
                                            "confirmed_on": day(10)})
    entries.add(vault, cid, "supervision", {"held_on": day(11), "supervisor": "박은정", "topic": "위기 개입 우선순위",
                                            "content": "주거 상실 위기를 먼저 다루기로 함",
                                            "agreed_actions": "긴급지원 신청을 이번 주 안에"})
    _move(vault, cid, Stage.IMPLEMENTATION, START + timedelta(days=12))
    conference_records.add_conference(
        vault, cid, {"held_on": day(20), "kind": "solution", "case_summary": "퇴거 통보를 받은 네 식구",
                     "practitioner_view": "긴급 주거비가 먼저", "decisions": "긴급 주거비 신청",
                     "plan_change": "임대주택 신청을 목표에 더함"},
        [{"name": "이수진", "organisation": "평창군 주거복지센터", "role": "주거복지사"},
         {"name": "박정호", "organisation": "대화면 행정복지센터", "role": "맞춤형복지팀장"}])
    _move(vault, cid, Stage.MONITORING, START + timedelta(days=40))
    review = entries.add_review(vault, cid, {"reviewed_on": day(45), "adherence": "partial", "decision": "revise_plan"},
                                {goal.id: 0})
    outcome_records.set_review_detail(vault, review.id,
                                      [{"goal_id": goal.id, "before": "월세 넉 달 체납", "after": "두 달 치 납부"}],
                                      [{"task_id": task.id, "performance": "poor", "note": "서류 보완 요청"}])
    _move(vault, cid, Stage.TERMINATION, START + timedelta(days=100))
    term = entries.add_termination(vault, cid, {"terminated_on": day(100), "reason": "short_term_achieved",
                                                "follow_up_every_months": 1, "follow_up_count": 3,
                                                "emergency_contact": "동생 010-7719-2046"}, {goal.id: 1})
    outcome_records.set_goal_outcomes(vault, term.id, [{"goal_id": goal.id, "outcome": "partly",
                                                        "note": "체납은 해소, 임대주택은 대기 중"}])
    conference_records.confirm(vault, cid, {"target": "termination", "confirmed_by": "박은정",
                                            "confirmed_on": day(101)})
    for copy in outcome_records.copy_eco_to_closing(vault, cid):
        entries.edit(vault, "eco_relation", copy.id, {"strength": "strong"})
    entries.add(vault, cid, "eco_relation", {"name": "자활센터", "kind": "welfare_agency", "strength": "strong",
                                             "phase": "closing"})
    entries.sign_kind(vault, "termination", term.id)
    return case


@pytest.fixture(scope="module")
def closing_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from caseapp import paths
    from caseapp.services.setup import initialise
    folder = tmp_path_factory.mktemp("closing")
    paths.set_data_dir(folder / "data")
    try:
        vault, _ = initialise("테스트 암호 correct-horse", "김사회", "행복종합사회복지관")
    finally:
        paths.set_data_dir(None)
    try:
        case = build_closed_case(vault)
        out = folder / "record.pdf"
        exports.export_case(vault, case.id, out, ExportOptions(language="ko", signed=False))
        return out
    finally:
        vault.close()


@requires_poppler
def test_conference_supervision_monitoring_and_closing_parts_are_in_the_text(closing_pdf: Path) -> None:
    text = squash(pdftotext(closing_pdf))
    for expected in ("솔루션회의", "사례개요", "퇴거통보를받은네식구", "사례관리자의견", "계획변경내용",
                     "평창군주거복지센터", "주거복지사", "맞춤형복지팀장",  # attendees by organisation
                     "슈퍼비전기록", "위기개입우선순위", "긴급지원신청을이번주안에",
                     "슈퍼바이저확인:박은정·2026-01-15",  # the plan confirmation, in the plan section
                     "목표별변화(사전·사후)", "월세넉달체납", "두달치납부", "서비스수행정도", "주거급여신청서제출", "미흡",
                     "단기목표달성", "목표별성과", "부분달성", "비상연락처", "동생010-7719-2046", "사후관리간격(개월)",
                     "생태도변화(초기·종결)", "단계별일자"):
        assert squash(expected) in text, expected
    closing_page = squash(pdftotext(closing_pdf).split("\f")[-2])
    assert squash("확인 및 결재") in closing_page and "2026-04-16" in closing_page  # the supervisor's date


@requires_poppler
def test_termination_page_shows_both_eco_maps_and_every_step_date(closing_pdf: Path, tmp_path: Path) -> None:
    pages = pdftotext(closing_pdf).split("\f")
    number = next(i for i, page in enumerate(pages, 1) if "생태도 변화" in page)
    page = squash(pages[number - 1] + (pages[number] if number < len(pages) else ""))
    for step, on in (("초기상담·사정", "2026-01-05"), ("계획수립", "2026-01-13"), ("실행", "2026-01-17"),
                     ("모니터링·재평가", "2026-02-14"), ("종결", "2026-04-15"), ("사례회의", "2026-01-25")):
        assert squash(step + on) in page, step
    assert squash("자활센터") in page  # only on the closing map
    png = tmp_path / "termination"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(number), "-l", str(number), str(closing_pdf), str(png)],
                   check=True)
    shot = next(tmp_path.glob("termination*.png"))
    assert shot.stat().st_size > 10_000
