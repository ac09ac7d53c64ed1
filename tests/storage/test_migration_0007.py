"""Migration 0007 on a file at schema 0003: every value stays, the recoded conference kinds and closing reasons map
to the new codes with the earlier code kept, entries signed before still verify, and closings count by new reason."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from caseapp.services import cases, records, search, statistics
from caseapp.domain.statistics import Period
from caseapp.services.vault import Vault
from caseapp.storage import migrate
from caseapp.storage.engine import make_engine
from caseapp.storage.keystore import KeyFile
from caseapp.storage.models import CaseConference, FollowUp, Termination
from tests.fixtures import make_fixtures as fx

STAMP = fx.STAMP
BOOK = {"id": "", "created_at": STAMP, "updated_at": STAMP}


def _hash(content: dict[str, Any]) -> str:
    """records.content_hash as it was at 0003: every content column, sorted."""
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


EXPERT = {"case_id": fx.CASE_ID, "held_on": "2025-04-02", "kind": "expert", "attendees": "정신건강복지센터 이간호사",
          "agenda": "복약 중단 위험", "discussion": "주 1회 방문 상담 제안", "decisions": "정신건강복지센터 연계",
          "next_steps": "4월 10일까지 의뢰서 발송"}
FAMILY = {"case_id": fx.CASE_ID, "held_on": "2025-04-20", "kind": "family", "attendees": "대상자, 딸",
          "agenda": "주거 이전", "discussion": "", "decisions": "임대주택 신청", "next_steps": ""}
CLOSING = {"case_id": fx.CASE_ID, "terminated_on": "2025-09-30", "reason": "client_request",
           "closing_assessment_id": None, "client_words": "이제 혼자 해볼게요.", "summary": "주거 안정",
           "follow_up_plan": "3개월간 월 1회 전화"}


def _signed(row_id: str, content: dict[str, Any]) -> dict[str, Any]:
    return BOOK | {"id": row_id, "signed_at": STAMP, "signed_by": "김사회", "content_hash": _hash(content)} | content


def _unsigned(row_id: str, content: dict[str, Any]) -> dict[str, Any]:
    return BOOK | {"id": row_id, "signed_at": None, "signed_by": None, "content_hash": None} | content


ROWS = [
    ("caseconference", _signed("c1000000-0000-4000-8000-000000000001", EXPERT)),
    ("caseconference", _unsigned("c1000000-0000-4000-8000-000000000002", FAMILY)),
    ("termination", _signed("t1000000-0000-4000-8000-000000000001", CLOSING)),
    ("ecorelation", BOOK | {"id": "e1000000-0000-4000-8000-000000000001", "case_id": fx.CASE_ID, "name": "딸",
                            "kind": "family", "resource_id": None, "strength": "strong", "direction": "mutual",
                            "notes": "주 1회 방문"}),
    ("followup", _unsigned("f1000000-0000-4000-8000-000000000001",
                           {"case_id": fx.CASE_ID, "due_on": "2025-10-30", "done_on": "2025-10-29",
                            "method": "phone", "result": "잘 지내고 있음", "reopen": 0})),
    ("monitoringreview", _unsigned("r1000000-0000-4000-8000-000000000001",
                                   {"case_id": fx.CASE_ID, "reviewed_on": "2025-06-01", "adherence": "partial",
                                    "satisfaction": "4", "changed_needs": "", "decision": "revise_plan",
                                    "notes": "계획 일부 조정"})),
]


def _file_at_0003(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(fx.SCHEMA_0001 / name, data_dir / name)
    key = KeyFile.load(data_dir / "caseapp.key").unwrap_with_passphrase(fx.PASSPHRASE)
    engine = make_engine(data_dir / "caseapp.db", key)
    try:
        migrate.upgrade(engine, target="0003")
        with engine.begin() as conn:
            for table, values in ROWS:
                columns = ", ".join(f'"{c}"' for c in values)
                marks = ", ".join("?" for _ in values)
                conn.exec_driver_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(values.values()))
            conn.exec_driver_sql('UPDATE "case" SET stage = \'termination\', stage_since = \'2025-09-30\', '
                                 "closed_on = '2025-09-30' WHERE id = ?", (fx.CASE_ID,))
            conn.exec_driver_sql(
                "INSERT INTO stagetransition (id, created_at, updated_at, case_id, from_stage, to_stage, moved_on, "
                "reason, overridden_warnings) VALUES (?, ?, ?, ?, 'implementation', 'termination', '2025-09-30', "
                "'종결', '[]')", ("s1000000-0000-4000-8000-000000000001", STAMP, STAMP, fx.CASE_ID))
            assert migrate.current_revision(conn) == "0003"
    finally:
        engine.dispose()


def test_0003_file_keeps_every_value_and_maps_the_recoded_codes(data_dir: Path) -> None:
    _file_at_0003(data_dir)
    vault = Vault.open(fx.PASSPHRASE)
    try:
        snap = cases.snapshot(vault, fx.CASE_ID)
        expert, family = snap.conferences
        assert (expert.kind, expert.kind_before_0007) == ("solution", "expert")
        assert (family.kind, family.kind_before_0007) == ("internal", "family")
        for row, old in ((expert, EXPERT), (family, FAMILY)):
            for name, value in old.items():
                if name not in ("kind", "held_on"):
                    assert getattr(row, name) == value, name
            assert row.held_on == date.fromisoformat(old["held_on"])
            assert (row.case_summary, row.practitioner_view, row.plan_change) == ("", "", "")
        term = snap.terminations[0]
        assert (term.reason, term.reason_before_0007) == ("refused", "client_request")
        assert (term.client_words, term.summary, term.follow_up_plan) == (
            CLOSING["client_words"], CLOSING["summary"], CLOSING["follow_up_plan"])
        assert term.emergency_contact == "" and term.follow_up_count is None
        review = snap.reviews[0]
        assert (review.decision, review.adherence, review.notes) == ("revise_plan", "partial", "계획 일부 조정")
        assert [(e.name, e.phase, e.notes) for e in snap.eco] == [("딸", "intake", "주 1회 방문")]
        follow_up = snap.follow_ups[0]
        assert (follow_up.result, follow_up.observed_change, follow_up.satisfaction) == ("잘 지내고 있음", "", "")

        with vault.session() as s:  # signed before 0007, still verified: the earlier code is what is hashed
            for model in (CaseConference, Termination, FollowUp):
                assert records.verify_signed(s, model) == []
        assert expert.id in {h.entity_id for h in search.search(vault, "복약")}  # index rebuilt over the new schema
        with vault.session() as s:  # a change behind the service's back after 0007 is still caught
            row = s.get(CaseConference, expert.id)
            row.kind = "integrated"
            assert records.content_hash(row) != row.content_hash

        closed = statistics.statistics(vault, Period.month(2025, 9)).figures
        assert closed.get("cases.closed_by_reason.refused") == 1
        assert not closed.get("cases.closed_by_reason.client_request")
    finally:
        vault.close()


def test_an_entry_signed_after_0007_is_hashed_with_its_new_code(vault: Any, case: Any) -> None:
    from caseapp.services import entries
    term = entries.add_termination(vault, case.id, {"terminated_on": "2026-01-15", "reason": "refused",
                                                    "emergency_contact": "딸 010-2222-3333"}, sign=True)
    assert records.content_of(term)["reason"] == "refused"
    with vault.session() as s:
        assert records.verify_signed(s, Termination) == []
        row = s.get(Termination, term.id)
        row.reason = "moved"  # a change behind the service's back is caught
        assert records.content_hash(row) != term.content_hash
