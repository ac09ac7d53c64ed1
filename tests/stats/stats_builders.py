"""Cases with known counts for March 2026, built through the public services (what a practitioner would do).

A  held all month (another practitioner): plan in February, services on 5 March and on the last day, a referral
   accepted after 3 days, a conference and a review.
B  opened and closed in March: intake and closing assessments, two goals scored at termination, a declined referral,
   a follow-up done.
C  closed in January, reopened on 12 March (back to monitoring); the follow-up planned for 18 March is dropped by
   the reopening, so it is not due.
D  opened, served and closed in March, then destroyed: counts nowhere.
E  no plan (no goal): moved through the stages with overrides, closed in March for lost contact.
F  opened in April: outside the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from caseapp.domain.rules import PendingWarnings
from caseapp.domain.vocab import Stage
from caseapp.services import cases, entries, retention
from caseapp.services.selection_decisions import record_selection
from caseapp.storage.models import Case, Practitioner

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


@dataclass
class Known:
    ids: dict[str, str]  # letter -> case id
    numbers: dict[str, str]  # letter -> case number
    other_practitioner: str


def move(vault: Any, case_id: str, stage: Stage, on: str, reason: str = "") -> None:
    day = date.fromisoformat(on)
    try:
        cases.move_stage(vault, case_id, stage, reason=reason, on=day)
    except PendingWarnings as pending:
        cases.move_stage(vault, case_id, stage, reason=reason or "시험 데이터",
                         overridden={w.code for w in pending.warnings}, on=day)


def walk(vault: Any, case_id: str, moves: list[tuple[Stage, str]]) -> None:
    for stage, on in moves:
        move(vault, case_id, stage, on)


def open_case(vault: Any, name: str, opened: str, sex: str = "", birth: str | None = None,
              **intake: Any) -> Any:
    client: dict[str, Any] = {"name": name, "sex": sex, **intake}
    if birth:
        client["birth_date"] = birth
    return cases.open_case(vault, client, {"opened_on": opened, "presenting_request": f"{name} 요청"})


def service(vault: Any, case_id: str, practice: str, on: str, mode: str, minutes: int | None,
            goal_id: str | None = None) -> None:
    extra = {"goal_id": goal_id} if goal_id else {}
    entries.add_service_entry(vault, case_id, practice, "기록", occurred_on=on, contact_mode=mode,
                              duration_min=minutes, **extra)


def build_known(vault: Any) -> Known:
    housing = entries.add_resource(vault, {"name": "주거복지센터", "kind": "organisation", "category": "housing"})
    health = entries.add_resource(vault, {"name": "보건소", "kind": "organisation", "category": "health"})
    ids: dict[str, str] = {}

    a = open_case(vault, "가나다", "2026-02-10", "F", "1950-05-01", household_type="older_alone",
                  livelihood=["living_benefit", "medical_benefit"], referral_route="community_centre")
    ids["A"] = a.id
    move(vault, a.id, Stage.PLANNING, "2026-02-12")
    goal_a = entries.add(vault, a.id, "goal", {"statement": "집을 지키고 싶어요", "need_area": "housing_rights"})
    move(vault, a.id, Stage.IMPLEMENTATION, "2026-02-20")
    service(vault, a.id, "counselling", "2026-02-25", "office", 45)
    service(vault, a.id, "counselling", "2026-03-05", "home_visit", 60, goal_a.id)
    service(vault, a.id, "information", "2026-03-31", "phone", 15)
    entries.add(vault, a.id, "referral", {"resource_id": housing.id, "status": "accepted", "sent_on": "2026-03-10",
                                          "accepted_on": "2026-03-13", "reason": "주거비"})
    entries.add(vault, a.id, "case_conference", {"held_on": "2026-03-20", "agenda": "주거", "decisions": "지원",
                                                 "kind": "integrated"})
    record_selection(vault, a.id, {"decided_on": "2026-02-11", "level": "complex"})  # before March: not counted
    entries.add(vault, a.id, "supervision", {"held_on": "2026-03-18", "supervisor": "박팀장", "topic": "주거"})
    move(vault, a.id, Stage.MONITORING, "2026-03-24")
    entries.add_review(vault, a.id, {"reviewed_on": "2026-03-25", "adherence": "full", "satisfaction": "4",
                                     "decision": "continue"}, {goal_a.id: 0})

    b = open_case(vault, "라마바", "2026-03-03", "M", "1990-03-31", household_type="single",
                  livelihood=["near_poverty"], referral_route="self")
    ids["B"] = b.id
    record_selection(vault, b.id, {"decided_on": "2026-03-04", "level": "information_only", "reason": "정보 제공"})
    record_selection(vault, b.id, {"decided_on": "2026-03-05", "level": "general", "reason": "재선정"})
    entries.add_assessment(vault, b.id, {"kind": "intake", "assessed_on": "2026-03-04", "risk_level": "moderate"},
                           {"economy": {"level": 3}, "health": {"level": 2}})
    move(vault, b.id, Stage.PLANNING, "2026-03-05")
    goal_b1 = entries.add(vault, b.id, "goal", {"statement": "잠을 잘 자고 싶어요", "need_area": "health"})
    goal_b2 = entries.add(vault, b.id, "goal", {"statement": "빚을 줄이고 싶어요", "need_area": "economy"})
    move(vault, b.id, Stage.IMPLEMENTATION, "2026-03-08")
    service(vault, b.id, "crisis_intervention", "2026-03-09", "office", 30, goal_b1.id)
    entries.add(vault, b.id, "referral", {"resource_id": health.id, "status": "declined", "sent_on": "2026-03-09",
                                          "declined_on": "2026-03-11", "reason": "진료"})
    move(vault, b.id, Stage.MONITORING, "2026-03-15")
    closing = entries.add_assessment(vault, b.id, {"kind": "closing", "assessed_on": "2026-03-20", "risk_level": "low"},
                                     {"economy": {"level": 1}, "health": {"level": 2}})
    move(vault, b.id, Stage.TERMINATION, "2026-03-21")
    entries.add_termination(vault, b.id, {"terminated_on": "2026-03-21", "reason": "goals_achieved"},
                            {goal_b1.id: 1, goal_b2.id: -1}, closing_assessment_id=closing.id)
    entries.add(vault, b.id, "follow_up", {"due_on": "2026-03-28", "done_on": "2026-03-28", "method": "phone"})

    c = open_case(vault, "사아자", "2025-11-03", "F", household_type="single_parent", livelihood=["general"])
    ids["C"] = c.id
    move(vault, c.id, Stage.PLANNING, "2025-11-05")
    entries.add(vault, c.id, "goal", {"statement": "친구를 만나고 싶어요", "need_area": "social"})
    walk(vault, c.id, [(Stage.IMPLEMENTATION, "2025-11-10"), (Stage.MONITORING, "2025-12-01"),
                       (Stage.TERMINATION, "2026-01-15")])
    entries.add_termination(vault, c.id, {"terminated_on": "2026-01-15", "reason": "refused"})
    move(vault, c.id, Stage.FOLLOW_UP, "2026-01-20")
    entries.add(vault, c.id, "follow_up", {"due_on": "2026-03-18", "method": "phone", "reopen": True})
    move(vault, c.id, Stage.MONITORING, "2026-03-12", reason="사후관리 중 재개입 필요")
    service(vault, c.id, "coordination", "2026-03-13", "outreach", None)

    d = open_case(vault, "차카타", "2026-03-02", "M", "1980-01-01")
    ids["D"] = d.id
    service(vault, d.id, "counselling", "2026-03-03", "office", 50)
    walk(vault, d.id, [(Stage.PLANNING, "2026-03-03"), (Stage.IMPLEMENTATION, "2026-03-03"),
                       (Stage.MONITORING, "2026-03-04"), (Stage.TERMINATION, "2026-03-04")])
    entries.add_termination(vault, d.id, {"terminated_on": "2026-03-04", "reason": "moved"})
    retention.destroy_case(vault, d.id, "시험")

    e = open_case(vault, "파하가", "2026-01-20", "X", "2010-06-01")
    ids["E"] = e.id
    walk(vault, e.id, [(Stage.PLANNING, "2026-01-25"), (Stage.IMPLEMENTATION, "2026-02-01"),
                       (Stage.MONITORING, "2026-02-10")])
    service(vault, e.id, "referral", "2026-03-02", "online", 20)
    move(vault, e.id, Stage.TERMINATION, "2026-03-25")
    entries.add_termination(vault, e.id, {"terminated_on": "2026-03-25", "reason": "no_contact"})

    f = open_case(vault, "나다라", "2026-04-02", "F", "1970-01-01")
    ids["F"] = f.id
    service(vault, f.id, "counselling", "2026-04-03", "office", 40)

    other = Practitioner(name="이복지", title="사회복지사", is_current=False)
    with vault.session(write=True) as s:
        s.add(other)
        row = s.get(Case, a.id)
        assert row is not None
        row.practitioner_id = other.id
        s.add(row)
    numbers = {k: cases.snapshot(vault, v).case.case_number for k, v in ids.items() if k != "D"}
    return Known(ids, numbers, "이복지")
