"""The 욕구·위기도 조사 kept with an assessment: stored whole, refused clearly, locked when signed, found by search,
shown by ``show --json``, and a file from schema 0003 upgraded with every value kept."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from sqlmodel import select

from caseapp.errors import LockedEntry, ValidationError
from caseapp.services import cases, entries, records, search
from caseapp.services.vault import Vault
from caseapp.storage import case_keys, migrate
from caseapp.storage.models import Assessment, BudgetLine, NeedRating
from tests.assessment_survey_data import BUDGET, CRISIS, FAMILY_HISTORY, OBSTACLE, add_full_assessment
from tests.conftest import PASSPHRASE


def test_every_part_of_the_survey_is_stored_and_read_back(vault: Any, case: Any) -> None:
    a = add_full_assessment(vault, case.id)
    view = cases.snapshot(vault, case.id).assessments[0]
    assert view.assessment.id == a.id
    assert view.assessment.family_history == FAMILY_HISTORY and view.assessment.obstacles_family == OBSTACLE
    assert view.assessment.crisis_scores == CRISIS
    housing = view.ratings["housing_rights"]
    assert (housing.concerns, housing.cause, housing.priority) == ("가구 전체", "배우자 실직으로 월세 체납", 1)
    amounts = {code: (line.amount, line.note) for code, line in view.budget.items()}
    assert amounts["earned"] == (800_000, "어머니 식당 시간제")
    assert amounts["utilities"] == (125_000, "")
    assert amounts["housing_benefit"] == (None, "주거급여 신청 중")  # a note without an amount is kept
    assert list(view.budget)[:3] == ["earned", "housing_benefit", "child_allowance"]  # the form's order


@pytest.mark.parametrize("typed, says", [("12.5만", "12만 5천"), ("-3000", "0보다 작을 수"), ("많이", "읽을 수 없습니다")])
def test_a_bad_amount_names_the_line_and_stores_nothing(vault: Any, case: Any, typed: str, says: str) -> None:
    with pytest.raises(ValidationError) as info:
        entries.add_assessment(vault, case.id, {"kind": "intake", "risk_level": "low"},
                               budget_lines={"food": {"amount": typed}})
    assert "‘식비’" in info.value.message("ko") and says in info.value.message("ko")
    assert "‘Food’" in info.value.message("en")
    assert cases.snapshot(vault, case.id).assessments == []


def test_bad_crisis_scores_are_refused(vault: Any, case: Any) -> None:
    with pytest.raises(ValidationError) as info:
        entries.add_assessment(vault, case.id, {"kind": "intake", "risk_level": "low"}, crisis={"housing": 5})
    assert "주거 위기" in info.value.message("ko")
    with pytest.raises(ValidationError):
        entries.add_assessment(vault, case.id, {"kind": "intake", "risk_level": "low"}, crisis={"weather": 1})
    assert cases.snapshot(vault, case.id).assessments == []


def test_parts_are_replaced_together_and_locked_once_signed(vault: Any, case: Any) -> None:
    a = add_full_assessment(vault, case.id)
    entries.replace_assessment_parts(vault, a.id, ratings={"health": {"level": 1, "cause": "불면"}},
                                     crisis={"isolation": 2}, budget_lines={"food": {"amount": "50만"}})
    view = cases.snapshot(vault, case.id).assessments[0]
    assert list(view.ratings) == ["health"] and view.assessment.crisis_scores == {"isolation": 2}
    assert {c: b.amount for c, b in view.budget.items()} == {"food": 500_000}
    records.sign(vault, Assessment, a.id)
    with pytest.raises(LockedEntry):
        entries.replace_assessment_parts(vault, a.id, ratings={}, crisis={}, budget_lines={})
    with vault.session() as s:
        assert records.verify_signed(s, Assessment) == []
        stored = s.get(Assessment, a.id)
        assert stored is not None and records.content_of(stored)["crisis_scores"] == {"isolation": 2}


def test_an_assessment_signed_without_the_new_columns_hashes_as_before(vault: Any, case: Any) -> None:
    a = entries.add_assessment(vault, case.id, {"kind": "intake", "assessed_on": "2026-03-04", "risk_level": "low"},
                               sign=True)
    old = {"assessed_on": "2026-03-04", "case_id": case.id, "kind": "intake", "risk_level": "low",
           "risk_reasons": "", "strengths_community": "", "strengths_family": "", "strengths_personal": "",
           "summary": ""}  # the columns a 0003 file had
    canonical = json.dumps(old, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert a.content_hash == hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def test_causes_whom_it_concerns_and_budget_notes_are_found(vault: Any, case: Any) -> None:
    a = add_full_assessment(vault, case.id)
    for word in ("배우자 실직", "반지하", "친정어머니", "장녀", "임대주택 부족"):
        assert a.id in {h.entity_id for h in search.search(vault, word)}, word


def test_show_json_has_the_survey(vault: Any, case: Any) -> None:
    from caseapp.cli import snapshot_json
    add_full_assessment(vault, case.id)
    data = snapshot_json(cases.snapshot(vault, case.id))
    a = data["assessments"][0]
    assert a["family_history"] == FAMILY_HISTORY and a["crisis_scores"] == CRISIS
    assert a["crisis"] == {"total": 11, "max_total": 30, "band": "crisis", "differs_from_risk_level": True}
    assert a["ratings"]["housing_rights"] == {"level": 3, "narrative": "퇴거 통보", "concerns": "가구 전체",
                                              "cause": "배우자 실직으로 월세 체납", "priority": 1}
    assert a["budget"]["lines"]["earned"] == {"amount": 800_000, "note": "어머니 식당 시간제"}
    assert a["budget"]["totals"] == {"income": 1_000_000, "expense": 1_375_000, "balance": -375_000}
    assert set(BUDGET) == set(a["budget"]["lines"])


def _columns(vault: Vault, table: str) -> set[str]:
    with vault.engine.connect() as conn:
        return {r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}


def test_a_0003_file_is_upgraded_keeping_every_assessment_value(data_dir: Any, vault: Vault) -> None:
    """Build a file at schema 0003 (downgrade the new, empty file, then write rows as 0003 knew them), reopen it:
    every value stays, the new parts are empty, the signed entry still verifies, and its text is still found."""
    from alembic import command

    from tests.fixtures import make_fixtures as fx
    with vault.engine.begin() as conn:  # no rows yet: later migrations' downgrades rebuild tables others point at
        command.downgrade(migrate.alembic_config(conn), "0003")
    assert "family_history" not in _columns(vault, "assessment") and "concerns" not in _columns(vault, "needrating")
    with vault.engine.begin() as conn:  # a client and a case as a 0003-era program wrote them
        fx.insert_rows(conn, into_own_file=True)
    with vault.engine.begin() as conn:  # by plain SQL: find_case reads tables (aliases) a 0003 file does not have
        case_id = conn.exec_driver_sql('SELECT id FROM "case" WHERE case_number = ?', (fx.CASE_NUMBER,)).scalar_one()
        conn.exec_driver_sql(
            'INSERT INTO assessment (id, created_at, updated_at, signed_at, signed_by, content_hash, case_id, kind, '
            "assessed_on, strengths_personal, strengths_family, strengths_community, risk_level, risk_reasons, "
            "summary) VALUES ('a-0003', '2026-03-04 01:00:00.000000', '2026-03-04 01:00:00.000000', NULL, NULL, "
            f"NULL, '{case_id}', 'intake', '2026-03-04', '요리를 잘함', '딸과 가까움', '교회 모임', 'high', "
            "'월세 체납', '주거 안정이 최우선')")
        conn.exec_driver_sql(
            "INSERT INTO needrating (id, created_at, updated_at, assessment_id, area, level, narrative) VALUES "
            "('n-0003', '2026-03-04 01:00:00.000000', '2026-03-04 01:00:00.000000', 'a-0003', 'economy', 3, "
            "'카드 대금 연체')")
    # signed the way a 0003 caseapp signed it: the content hash covers the columns it had
    old_content = {"assessed_on": "2026-03-04", "case_id": case_id, "kind": "intake", "risk_level": "high",
                   "risk_reasons": "월세 체납", "strengths_community": "교회 모임", "strengths_family": "딸과 가까움",
                   "strengths_personal": "요리를 잘함", "summary": "주거 안정이 최우선"}
    digest = hashlib.sha256(json.dumps(old_content, ensure_ascii=False, sort_keys=True,
                                       separators=(",", ":")).encode("utf-8")).hexdigest()
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE assessment SET signed_at = '2026-03-05 01:00:00.000000', signed_by = '김사회', "
                             f"content_hash = '{digest}' WHERE id = 'a-0003'")
    vault.close()

    reopened = Vault.open(PASSPHRASE)
    try:
        with reopened.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        view = cases.snapshot(reopened, case_id).assessments[0]
        a = view.assessment
        assert (a.kind, a.risk_level, a.risk_reasons, a.summary) == ("intake", "high", "월세 체납", "주거 안정이 최우선")
        assert (a.strengths_personal, a.strengths_family, a.strengths_community) == ("요리를 잘함", "딸과 가까움",
                                                                                    "교회 모임")
        assert (a.family_history, a.personal_history, a.obstacles_personal, a.crisis_scores) == ("", "", "", {})
        rating = view.ratings["economy"]
        assert (rating.level, rating.narrative, rating.concerns, rating.cause, rating.priority) == (
            3, "카드 대금 연체", "", "", None)
        assert view.budget == {}
        with reopened.session() as s:
            assert records.verify_signed(s, Assessment) == []
            assert s.exec(select(BudgetLine)).all() == []
            assert len(s.exec(select(NeedRating)).all()) == 1
        assert "a-0003" in {h.entity_id for h in search.search(reopened, "카드 대금")}
    finally:
        reopened.close()


def test_a_signed_assessment_covers_its_ratings_and_budget(vault: Any, case: Any) -> None:
    """A rating or budget amount changed behind the program's back (with the key, outside caseapp) is caught by the
    signature like a changed assessment row; the unchanged file passes."""
    a = add_full_assessment(vault, case.id)
    records.sign(vault, Assessment, a.id)
    with vault.session() as s:
        assert records.verify_signed(s, Assessment) == []
    for model, column, value in ((NeedRating, "level", 0), (BudgetLine, "amount", 1)):
        with vault.session(write=True) as s:
            child = s.exec(select(model).where(model.assessment_id == a.id)).first()
            before = getattr(child, column)
            s.connection().exec_driver_sql(f"UPDATE {model.__tablename__} SET {column} = ? WHERE id = ?",
                                           (value, case_keys.key(child.id)))
        with vault.session() as s:
            assert records.verify_signed(s, Assessment) == [("assessment", a.id)]
        with vault.session(write=True) as s:
            s.connection().exec_driver_sql(f"UPDATE {model.__tablename__} SET {column} = ? WHERE id = ?",
                                           (before, case_keys.key(child.id)))
        with vault.session() as s:
            assert records.verify_signed(s, Assessment) == []
