"""Downgrades of 0004–0007 on files with rows: a round trip (upgrade → downgrade → upgrade) keeps every value, and
a downgrade that would drop a value refuses before it changes the file.

0004's, 0005's and 0007's downgrades copied tables in batch mode (client; assessment; termination and
caseconference), which ends in ``DROP TABLE``: the foreign keys of the tables pointing at them refused it on every
file with such rows. 0006's dropped 단기 goals, plan agreements and service-row details silently.
"""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine

from caseapp.storage import migrate
from caseapp.storage.downgrade_guard import DowngradeWouldLose
from tests.fixtures import make_fixtures as fx

STAMP = "2025-03-02 01:00:00.000000"
MEMBER_ID = "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee"


def _dump(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table (the schema version aside; the search index's shadow tables too), in one order."""
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            result = conn.exec_driver_sql(f'SELECT * FROM "{table}"')
            out[table] = sorted((dict(zip(result.keys(), row)) for row in result), key=repr)
    return out


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return migrate.current_revision(conn)


def _downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), target)


def _insert(engine: Engine, table: str, values: dict[str, object]) -> None:
    columns = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    with engine.begin() as conn:
        conn.exec_driver_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(values.values()))


def _round_trip(engine: Engine, at: str, below: str, older: dict[str, dict[str, object]] | None = None) -> None:
    """Down to ``below`` and up to ``at`` again: the same rows with the same values as before. ``older``: table ->
    column values the older schema holds instead (a code the upgrade recoded)."""
    before = _dump(engine)
    _downgrade(engine, below)
    assert _revision(engine) == below
    down = _dump(engine)
    for table, rows in down.items():  # every row still there, the columns the older schema has unchanged
        assert len(rows) == len(before[table]), table
        expected = [{**old, **(older or {}).get(table, {})} for old in before[table]]
        assert all(row.items() <= old.items() for row, old in zip(rows, expected)), table
    migrate.upgrade(engine, target=at)
    assert _revision(engine) == at
    assert _dump(engine) == before


def _refused(engine: Engine, below: str, words: str) -> None:
    """The downgrade refuses, names what it would drop, and leaves the file exactly as it was."""
    before, revision = _dump(engine), _revision(engine)
    with pytest.raises(DowngradeWouldLose) as refused:
        _downgrade(engine, below)
    assert words in refused.value.ko and "The file was not changed" in refused.value.en
    assert _revision(engine) == revision and _dump(engine) == before


def _member(**extra: object) -> dict[str, object]:
    return {"id": MEMBER_ID, "created_at": STAMP, "updated_at": STAMP, "client_id": fx.CLIENT_ID,
            "relation": "자녀", "name": "김하늘", "age": 9, "sex": "F", "lives_together": 1, "deceased": 0,
            "notes": "", **extra}


# --- 0004 ----------------------------------------------------------------------------------------------------------

def test_0004_round_trip_keeps_every_row_of_a_file_with_cases(data_dir) -> None:  # type: ignore[no-untyped-def]
    engine = fx.data_dir_at("0004")  # a client, a case, a stage move, a service entry; the route read from its text
    try:
        _insert(engine, "householdmember", _member())
        with engine.connect() as conn:
            route = conn.exec_driver_sql("SELECT referral_route FROM client").scalar_one()
        assert route == "community_centre"  # set by the upgrade from "행정복지센터 의뢰": set again on the way up
        _round_trip(engine, "0004", "0003")
    finally:
        engine.dispose()


@pytest.mark.parametrize("change,words", [
    ("UPDATE client SET household_type = 'single'", "초기상담 정보"),
    ("UPDATE client SET livelihood = '[\"living_benefit\"]'", "초기상담 정보"),
    ("UPDATE client SET referral_route = 'outreach'", "직접 고른 접수 경로"),
    (f"UPDATE householdmember SET education = 'middle' WHERE id = '{MEMBER_ID}'", "가구원 상세"),
    ("UPDATE agency SET uses_intensive_level = 1", "집중사례"),
    ("INSERT INTO caseselection (id, created_at, updated_at, case_id, decided_on, level, conference_id, reason) "
     f"VALUES ('s-1', '{STAMP}', '{STAMP}', '{fx.CASE_ID}', '2025-03-05', 'general', NULL, '')", "대상자 선정"),
], ids=["household_type", "livelihood", "route_by_hand", "member_detail", "intensive_setting", "selection"])
def test_0004_downgrade_refuses_to_drop_a_value(data_dir, change, words) -> None:  # type: ignore[no-untyped-def]
    engine = fx.data_dir_at("0004")
    try:
        _insert(engine, "householdmember", _member())
        with engine.begin() as conn:
            conn.exec_driver_sql(change)
        _refused(engine, "0003", words)
    finally:
        engine.dispose()


# --- 0006 ----------------------------------------------------------------------------------------------------------

GOAL_ID = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
CHILD_ID = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"


def _plan_rows(engine: Engine) -> None:
    """A goal, a task under it and an entry for it, written with the columns 0005 had (the new ones default)."""
    base = {"created_at": STAMP, "updated_at": STAMP, "signed_at": None, "signed_by": None, "content_hash": None,
            "case_id": fx.CASE_ID}
    _insert(engine, "goal", {**base, "id": GOAL_ID, "position": 0, "need_area": "housing_rights",
                             "statement": "집에서 계속 살고 싶어요", "target_date": "2025-06-30", "gas_minus2": "퇴거",
                             "gas_minus1": "체납 계속", "gas_zero": "체납 해소", "gas_plus1": "저축 시작",
                             "gas_plus2": "이사 준비", "baseline_score": -1, "achieved": 0})
    _insert(engine, "plantask", {**base, "id": "cccccccc-cccc-4ccc-8ccc-cccccccccccc", "goal_id": GOAL_ID,
                                 "description": "주거급여 신청 동행", "performer": "practitioner", "frequency": "주 1회",
                                 "resource_id": None, "due_date": "2025-04-01", "done_on": None})
    _insert(engine, "serviceentry", {**base, "id": "dddddddd-dddd-4ddd-8ddd-dddddddddddd", "occurred_on": "2025-03-21",
                                     "duration_min": 40, "contact_mode": "home_visit",
                                     "practice_type": "collaborative", "goal_id": GOAL_ID, "resource_id": None,
                                     "text": "주거급여 신청 서류를 함께 준비함"})


def test_0006_round_trip_keeps_every_plan_row(data_dir) -> None:  # type: ignore[no-untyped-def]
    engine = fx.data_dir_at("0006")
    try:
        _plan_rows(engine)
        _round_trip(engine, "0006", "0005")
    finally:
        engine.dispose()


@pytest.mark.parametrize("change,words", [
    (f"INSERT INTO goal (id, created_at, updated_at, case_id, position, need_area, statement, gas_minus2, gas_minus1, "
     f"gas_zero, gas_plus1, gas_plus2, baseline_score, achieved, term, parent_id) VALUES ('{CHILD_ID}', '{STAMP}', "
     f"'{STAMP}', '{fx.CASE_ID}', 1, 'housing_rights', '월세를 석 달 안에 갚기', '', '', '', '', '', -1, 0, 'short', "
     f"'{GOAL_ID}')",
     "단기 목표"),
    ("INSERT INTO planagreement (id, created_at, updated_at, case_id, agreed_on, method, guardian_name, "
     f"guardian_relation, notes) VALUES ('pa-1', '{STAMP}', '{STAMP}', '{fx.CASE_ID}', '2025-03-10', 'written', '', "
     "'', '')", "계획 동의"),
    ("UPDATE plantask SET person_in_charge = '김사회'", "담당자"),
    ("UPDATE plantask SET frequency_count = 1, frequency_unit = 'week'", "빈도"),
    ("UPDATE serviceentry SET contact_target = 'client'", "접촉 대상"),
    ("UPDATE serviceentry SET content_kinds = '[\"check\"]'", "내용 구분"),
], ids=["short_term_goal", "plan_agreement", "person_in_charge", "frequency", "contact_target", "content_kinds"])
def test_0006_downgrade_refuses_to_drop_a_value(data_dir, change, words) -> None:  # type: ignore[no-untyped-def]
    engine = fx.data_dir_at("0006")
    try:
        _plan_rows(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql(change)
        _refused(engine, "0005", words)
    finally:
        engine.dispose()


# --- 0005 and 0007: their batch copies failed too (assessment, termination, caseconference are pointed at) -------

def _insert_row(engine: Engine, table: str, values: dict[str, object]) -> None:
    """A row naming ``values``; every other NOT NULL column without a default gets an empty value of its type."""
    with engine.connect() as conn:
        info = conn.exec_driver_sql(f'PRAGMA table_info("{table}")').fetchall()
    filler = {"DATE": "2025-03-10", "DATETIME": STAMP, "INTEGER": 0, "BOOLEAN": 0, "JSON": "[]"}
    full = dict(values)
    for _cid, name, kind, notnull, default, _pk in info:
        if name not in full and notnull and default is None:
            full[name] = STAMP if name in ("created_at", "updated_at") else filler.get(str(kind).upper(), "")
    _insert(engine, table, full)


ASSESSMENT_ID = "a0000000-0000-4000-8000-000000000005"


def _assessment_rows(engine: Engine) -> None:
    _insert_row(engine, "assessment", {"id": ASSESSMENT_ID, "case_id": fx.CASE_ID, "kind": "intake",
                                       "assessed_on": "2025-03-04", "strengths_personal": "요리를 잘함",
                                       "risk_level": "high", "summary": "주거 안정이 최우선"})
    _insert_row(engine, "needrating", {"id": "n0000000-0000-4000-8000-000000000005", "assessment_id": ASSESSMENT_ID,
                                       "area": "economy", "level": 3, "narrative": "카드 대금 연체"})


def test_0005_round_trip_keeps_every_assessment_row(data_dir) -> None:  # type: ignore[no-untyped-def]
    engine = fx.data_dir_at("0005")
    try:
        _assessment_rows(engine)
        _round_trip(engine, "0005", "0004")
    finally:
        engine.dispose()


@pytest.mark.parametrize("change,words", [
    ("UPDATE assessment SET family_history = '부모 이혼'", "가족력"),
    ("UPDATE assessment SET crisis_scores = '{\"housing\": 3}'", "위기도"),
    ("UPDATE needrating SET priority = 1", "우선순위"),
    (f"INSERT INTO budgetline (id, created_at, updated_at, assessment_id, item, amount, note) VALUES ('b-1', "
     f"'{STAMP}', '{STAMP}', '{ASSESSMENT_ID}', 'income_work', 800000, '')", "월 소득"),
], ids=["history", "crisis_scores", "need_priority", "budget_line"])
def test_0005_downgrade_refuses_to_drop_a_value(data_dir, change, words) -> None:  # type: ignore[no-untyped-def]
    engine = fx.data_dir_at("0005")
    try:
        _assessment_rows(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql(change)
        _refused(engine, "0004", words)
    finally:
        engine.dispose()


CONFERENCE_ID = "c0000000-0000-4000-8000-000000000007"
TERMINATION_ID = "t0000000-0000-4000-8000-000000000007"


def _closing_rows(engine: Engine) -> None:
    """A conference a selection points at (recoded from 'expert' by the upgrade), a termination a final GAS score
    points at: the rows whose tables the old downgrade could not copy."""
    _insert_row(engine, "caseconference", {"id": CONFERENCE_ID, "case_id": fx.CASE_ID, "held_on": "2025-03-05",
                                           "kind": "solution", "kind_before_0007": "expert", "decisions": "선정"})
    _insert_row(engine, "caseselection", {"id": "s0000000-0000-4000-8000-000000000007", "case_id": fx.CASE_ID,
                                          "decided_on": "2025-03-05", "level": "complex",
                                          "conference_id": CONFERENCE_ID, "reason": "주거 위기"})
    _insert_row(engine, "termination", {"id": TERMINATION_ID, "case_id": fx.CASE_ID, "terminated_on": "2025-09-01",
                                        "reason": "goals_achieved", "summary": "이사 완료"})
    _insert_row(engine, "goal", {"id": GOAL_ID, "case_id": fx.CASE_ID, "need_area": "housing_rights",
                                 "statement": "집에서 계속 살고 싶어요", "baseline_score": -1})
    _insert_row(engine, "goalscore", {"id": "g0000000-0000-4000-8000-000000000007", "goal_id": GOAL_ID,
                                      "termination_id": TERMINATION_ID, "scored_on": "2025-09-01", "score": 1})
    _insert_row(engine, "followup", {"id": "f0000000-0000-4000-8000-000000000007", "case_id": fx.CASE_ID,
                                     "due_on": "2025-10-01"})


def test_0007_round_trip_keeps_every_row_and_the_recoded_codes(data_dir) -> None:  # type: ignore[no-untyped-def]
    engine = fx.data_dir_at("0007")
    try:
        _closing_rows(engine)
        _round_trip(engine, "0007", "0006", older={"caseconference": {"kind": "expert"}})
    finally:
        engine.dispose()


@pytest.mark.parametrize("change,words", [
    (f"INSERT INTO supervisionrecord (id, created_at, updated_at, case_id, held_on, supervisor, topic, content, "
     f"agreed_actions) VALUES ('sv-1', '{STAMP}', '{STAMP}', '{fx.CASE_ID}', '2025-04-01', '박팀장', '', '', '')",
     "슈퍼비전 기록"),
    ("UPDATE caseconference SET plan_change = '주거 목표 추가'", "계획 변경"),
    ("UPDATE termination SET follow_up_count = 2", "사후관리 계획"),
    ("UPDATE followup SET satisfaction = '4'", "만족도"),
    ("UPDATE ecorelation SET phase = 'closing'", "종결 생태도"),
], ids=["supervision", "plan_change", "follow_up_plan", "satisfaction", "closing_eco_map"])
def test_0007_downgrade_refuses_to_drop_a_value(data_dir, change, words) -> None:  # type: ignore[no-untyped-def]
    engine = fx.data_dir_at("0007")
    try:
        _closing_rows(engine)
        _insert_row(engine, "ecorelation", {"id": "e0000000-0000-4000-8000-000000000007", "case_id": fx.CASE_ID,
                                            "name": "평창군 보건의료원", "kind": "agency"})
        with engine.begin() as conn:
            conn.exec_driver_sql(change)
        _refused(engine, "0006", words)
    finally:
        engine.dispose()
