"""Migration 0006 (plan and service record): a file at schema 0003 keeps every value; old goals become 장기 goals
with no 단기 goals under them; entries signed before the upgrade still verify."""

from __future__ import annotations

import json

from caseapp.services import cases, records, search
from caseapp.services.vault import Vault
from caseapp.storage import migrate
from caseapp.storage.models import Goal, PlanTask, ServiceEntry
from tests.fixtures import make_fixtures as fx

STAMP = "2025-03-02 01:00:00.000000"
GOAL_ID = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
SIGNED_GOAL_ID = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"
TASK_ID = "cccccccc-cccc-4ccc-8ccc-cccccccccccc"
ENTRY_ID = "dddddddd-dddd-4ddd-8ddd-dddddddddddd"


def _signed(table: str, row: dict[str, object]) -> dict[str, object]:
    """The row as signed under 0003: the content hash taken over the columns it had then."""
    from caseapp.storage import models
    model = {"goal": models.Goal, "plantask": models.PlanTask, "serviceentry": models.ServiceEntry}[table]
    values = {k: v for k, v in row.items() if k not in ("created_at", "updated_at", "signed_at", "signed_by",
                                                          "content_hash")}
    obj = model.model_validate(values)
    return {**row, "signed_at": STAMP, "signed_by": "김사회", "content_hash": records.content_hash(obj)}


def _old_rows(case_id: str) -> list[tuple[str, dict[str, object]]]:
    base = {"created_at": STAMP, "updated_at": STAMP, "signed_at": None, "signed_by": None, "content_hash": None,
            "case_id": case_id}
    goal = {**base, "position": 0, "need_area": "housing_rights", "target_date": "2025-06-30",
            "gas_minus2": "퇴거", "gas_minus1": "체납 계속", "gas_zero": "체납 해소", "gas_plus1": "저축 시작",
            "gas_plus2": "이사 준비", "baseline_score": -1, "achieved": 0}
    task = {**base, "goal_id": GOAL_ID, "description": "주거급여 신청 동행", "performer": "practitioner",
            "frequency": "주 1회", "resource_id": None, "due_date": "2025-04-01", "done_on": None}
    entry = {**base, "occurred_on": "2025-03-21", "duration_min": 40, "contact_mode": "home_visit",
             "practice_type": "collaborative", "goal_id": GOAL_ID, "resource_id": None,
             "text": "주거급여 신청 서류를 함께 준비함"}
    return [
        ("goal", {**goal, "id": GOAL_ID, "statement": "집에서 계속 살고 싶어요"}),
        ("goal", _signed("goal", {**goal, "id": SIGNED_GOAL_ID, "statement": "아이와 함께 지내고 싶어요",
                                  "position": 1, "target_date": None})),
        ("plantask", _signed("plantask", {**task, "id": TASK_ID})),
        ("serviceentry", _signed("serviceentry", {**entry, "id": ENTRY_ID})),
    ]


def _make_0003_file() -> str:
    """The 0001 fixture brought to schema 0003, then goals, a task and a service entry (some signed) written with
    the columns 0003 had."""
    import shutil

    from caseapp import paths
    from caseapp.storage.engine import make_engine
    from caseapp.storage.keystore import KeyFile
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(fx.SCHEMA_0001 / name, paths.data_dir() / name)
    key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(fx.PASSPHRASE)
    engine = make_engine(paths.database_file(), key)
    migrate.upgrade(engine, target="0003")
    with engine.begin() as conn:
        assert migrate.current_revision(conn) == "0003"
        for table, values in _old_rows(fx.CASE_ID):
            columns = ", ".join(f'"{c}"' for c in values)
            marks = ", ".join("?" for _ in values)
            conn.exec_driver_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(values.values()))
    engine.dispose()
    return fx.CASE_ID


def test_a_0003_file_keeps_every_plan_and_service_value(data_dir) -> None:  # type: ignore[no-untyped-def]
    case_id = _make_0003_file()
    vault = Vault.open(fx.PASSPHRASE)
    try:
        with vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        snap = cases.snapshot(vault, case_id)
        expected = {table + ":" + str(row["id"]): row for table, row in _old_rows(case_id)}
        for row in [*snap.goals, *snap.tasks, *[e for e in snap.services if e.id == ENTRY_ID]]:
            stored = {k: v for k, v in expected[row.__tablename__ + ":" + row.id].items()
                      if k not in ("created_at", "updated_at", "signed_at")}
            got = json.loads(row.model_dump_json())
            for key, value in stored.items():
                if key == "achieved":
                    value = bool(value)
                assert got[key] == value, (row.__tablename__, key)
        # old goals are 장기 goals with no 단기 goals, numbered as before
        assert [(g.term, g.parent_id) for g in snap.goals] == [("long", None), ("long", None)]
        assert snap.goal_numbers() == {GOAL_ID: "1", SIGNED_GOAL_ID: "2"}
        task, entry = snap.tasks[0], next(e for e in snap.services if e.id == ENTRY_ID)
        assert (task.target_person, task.frequency_count, task.frequency_unit, task.priority) == ("", None, None, None)
        assert (entry.contact_target, entry.content_kinds) == (None, [])
        assert snap.agreements == []
        with vault.session() as s:  # signed before the upgrade, still verifying after it
            for model in (Goal, PlanTask, ServiceEntry):
                assert records.verify_signed(s, model) == []
        assert any(h.entity_id == TASK_ID for h in search.search(vault, "주거급여"))
    finally:
        vault.close()
