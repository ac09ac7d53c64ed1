"""Intake facts, household member details and 대상자 선정: validation, dated selection history, the case list's
level filter, search, and the upgrade of a schema-0003 file keeping every value."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from caseapp import paths
from caseapp.errors import ValidationError
from caseapp.services import agency_profile, cases, entries, search
from caseapp.services.selection import NO_LEVEL, current_level, history
from caseapp.services.selection_decisions import record_selection
from caseapp.services.vault import Vault
from caseapp.storage import migrate
from caseapp.storage.models import AuditEvent, CaseSelection, Client
from tests.fixtures import make_fixtures as fx
from tests.dates import today


# --- intake facts -------------------------------------------------------------------------------------------------

def test_intake_facts_are_kept_as_codes_and_read_back(vault) -> None:  # type: ignore[no-untyped-def]
    case = cases.open_case(vault, {"name": "송지영", "address": "평창군 봉평면 창동리 7",
                                   "registered_address": "원주시 단계동 12", "household_type": "한부모 가구",
                                   "housing_type": "multi_unit", "tenure": "보증부 월세",
                                   "livelihood": ["생계", "medical_benefit"][1:] + ["housing_benefit"],
                                   "referral_route": "행정복지센터 의뢰", "referral_source": "봉평면 맞춤형복지팀"})
    client = cases.snapshot(vault, case.id).client
    assert (client.household_type, client.housing_type, client.tenure) == ("single_parent", "multi_unit",
                                                                          "deposit_monthly")
    assert client.livelihood == ["medical_benefit", "housing_benefit"]
    assert client.referral_route == "community_centre" and client.referral_source == "봉평면 맞춤형복지팀"
    assert client.address == "평창군 봉평면 창동리 7" and client.registered_address == "원주시 단계동 12"


@pytest.mark.parametrize("livelihood", [["general", "living_benefit"], ["near_poverty", "housing_benefit"]])
def test_contradictory_public_assistance_is_refused_and_nothing_saved(vault, livelihood) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        cases.open_case(vault, {"name": "정미경", "livelihood": livelihood})
    assert "생활 구분" in info.value.message("ko")
    with vault.session() as s:
        assert s.exec(select(Client)).all() == []


def test_route_other_needs_the_detail_also_when_edited(case, vault) -> None:  # type: ignore[no-untyped-def]
    client_id = cases.snapshot(vault, case.id).client.id
    with pytest.raises(ValidationError) as info:
        cases.update_client(vault, client_id, {"referral_route": "other"})
    assert "Referral detail" in info.value.message("en")
    assert cases.snapshot(vault, case.id).client.referral_route == ""
    cases.update_client(vault, client_id, {"referral_source": "교회 목사님 소개"})
    cases.update_client(vault, client_id, {"referral_route": "other"})  # the stored detail now counts
    assert cases.snapshot(vault, case.id).client.referral_route == "other"


def test_household_member_details_and_priority_range(case, vault) -> None:  # type: ignore[no-untyped-def]
    client_id = cases.snapshot(vault, case.id).client.id
    entries.add_household_member(vault, client_id, {
        "relation": "아들", "name": "김준호", "age": 24, "disability_type": "정신", "disability_degree": "mild",
        "education": "고등학교", "occupation": "무직", "health": "조현병 치료 중단 2년",
        "problem": "방에서 나오지 않음", "wanted_support": "다시 진료받고 일하고 싶음", "priority": 1})
    member = cases.snapshot(vault, case.id).household[0]
    assert (member.disability_type, member.disability_degree, member.education) == ("mental", "mild", "high")
    assert member.priority == 1 and member.wanted_support == "다시 진료받고 일하고 싶음"
    with pytest.raises(ValidationError):
        entries.add_household_member(vault, client_id, {"relation": "딸", "priority": 0})
    hits = search.search(vault, "조현병")
    assert [h.entity_type for h in hits] == ["householdmember"]


# --- selection ----------------------------------------------------------------------------------------------------

def test_selection_history_is_dated_and_the_newest_is_in_force(case, vault) -> None:  # type: ignore[no-untyped-def]
    assert current_level(vault, case.id) is None
    first = record_selection(vault, case.id, {"decided_on": today() - timedelta(days=20), "level": "general",
                                              "reason": "주거비 지원 연계로 충분해 보임"})
    record_selection(vault, case.id, {"decided_on": today() - timedelta(days=2), "level": "고난도사례",
                                      "reason": "퇴거 통보, 아동 2명, 부채 — 여러 기관 개입 필요"})
    # entered late, dated between the two: history keeps date order, the level in force stays the newest
    record_selection(vault, case.id, {"decided_on": today() - timedelta(days=10), "level": "general",
                                      "reason": "재검토 전 임시"})
    assert [d.level for d in history(vault, case.id)] == ["general", "general", "complex"]
    now = current_level(vault, case.id)
    assert now is not None and now.level.value == "complex" and now.decided_on == today() - timedelta(days=2)
    snap = cases.snapshot(vault, case.id)
    assert snap.current_selection is not None and snap.current_selection.decided_on == today() - timedelta(days=2)
    with vault.session() as s:
        audited = s.exec(select(AuditEvent).where(AuditEvent.entity_type == "caseselection")).all()
    assert len(audited) == 3 and {a.action for a in audited} == {"create"}
    assert first.id in {a.entity_id for a in audited}
    assert [h.entity_type for h in search.search(vault, "퇴거 통보")] == ["caseselection"]


def test_not_selected_needs_a_reason_and_intensive_needs_the_agency_setting(case, vault) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        record_selection(vault, case.id, {"level": "information_only", "reason": "  "})
    assert "미선정" in info.value.message("ko")
    with pytest.raises(ValidationError) as info:
        record_selection(vault, case.id, {"level": "intensive"})
    assert "intensive" in info.value.message("en")
    with pytest.raises(ValidationError):
        record_selection(vault, case.id, {"level": "general", "decided_on": today() + timedelta(days=30)})
    assert history(vault, case.id) == []
    agency_profile.update_agency(vault, {"uses_intensive_level": True})
    record_selection(vault, case.id, {"level": "intensive"})
    record_selection(vault, case.id, {"level": "linkage_only", "reason": "기초연금 신청 안내와 연계만 원함"})
    assert current_level(vault, case.id).level.value == "linkage_only"  # type: ignore[union-attr]


def test_selection_links_only_a_conference_of_the_same_case(case, vault) -> None:  # type: ignore[no-untyped-def]
    other = cases.open_case(vault, {"name": "이영희"})
    mine = entries.add(vault, case.id, "case_conference", {"decisions": "고난도사례로 선정"})
    theirs = entries.add(vault, other.id, "case_conference", {"decisions": "일반사례"})
    with pytest.raises(ValidationError):
        record_selection(vault, case.id, {"level": "general", "conference_id": theirs.id})
    row = record_selection(vault, case.id, {"level": "complex", "conference_id": mine.id})
    assert row.conference_id == mine.id


def test_case_list_shows_and_filters_by_level(case, vault) -> None:  # type: ignore[no-untyped-def]
    other = cases.open_case(vault, {"name": "이영희"})
    third = cases.open_case(vault, {"name": "박철수"})
    record_selection(vault, case.id, {"level": "complex"})
    record_selection(vault, other.id, {"level": "general"})
    by_id = {c.case_id: c for c in cases.list_cases(vault)}
    assert by_id[case.id].selection.level.value == "complex"  # type: ignore[union-attr]
    assert by_id[third.id].selection is None and by_id[third.id].to_json()["selection_level"] is None
    assert [c.case_id for c in cases.list_cases(vault, level="complex")] == [case.id]
    assert [c.case_id for c in cases.list_cases(vault, level=NO_LEVEL)] == [third.id]


# --- migration ----------------------------------------------------------------------------------------------------

MEMBER_ID = "77777777-7777-4777-8777-777777777777"
SECOND_CLIENT_ID = "88888888-8888-4888-8888-888888888888"
CONFERENCE_ID = "99999999-9999-4999-8999-999999999999"
STAMP = fx.STAMP
ROWS_0003 = [*fx.ROWS,
             ("client", {"id": SECOND_CLIENT_ID, "created_at": STAMP, "updated_at": STAMP, "name": "한가람",
                         "birth_date": None, "sex": "", "resident_number": "", "phone": "", "address": "",
                         "referral_source": "지인이 알려 줌", "vulnerability_flags": "[]", "notes": "메모"}),
             ("householdmember", {"id": MEMBER_ID, "created_at": STAMP, "updated_at": STAMP,
                                  "client_id": fx.CLIENT_ID, "name": "이도윤", "relation": "자녀", "age": 9,
                                  "sex": "M", "lives_together": 1, "deceased": 0, "notes": "초등학교 3학년"}),
             ("caseconference", {"id": CONFERENCE_ID, "created_at": STAMP, "updated_at": STAMP, "signed_at": None,
                                 "signed_by": None, "content_hash": None, "case_id": fx.CASE_ID,
                                 "held_on": "2025-03-10", "kind": "integrated", "attendees": "주거복지센터",
                                 "agenda": "", "discussion": "임시거처", "decisions": "긴급주거 신청",
                                 "next_steps": ""})]


def _make_schema_0003(data_dir) -> None:  # type: ignore[no-untyped-def]
    """A file at revision 0003 written with plain SQL naming only the columns 0003 had."""
    from caseapp.storage.engine import make_engine
    from caseapp.storage.keystore import KeyFile
    data_dir.mkdir(parents=True)
    keyfile, key, _recovery = KeyFile.create(paths.key_file(), fx.PASSPHRASE)
    keyfile.mark(setup_pending=False)  # as a finished setup leaves it
    engine = make_engine(paths.database_file(), key)
    try:
        migrate.upgrade(engine, target="0003")
        with engine.begin() as conn:
            fx.insert_rows(conn, ROWS_0003)
            assert migrate.current_revision(conn) == "0003"
    finally:
        engine.dispose()


def test_a_schema_0003_file_upgrades_keeping_every_value(data_dir) -> None:  # type: ignore[no-untyped-def]
    _make_schema_0003(data_dir)
    vault = Vault.open(fx.PASSPHRASE)
    try:
        with vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        snap = cases.snapshot(vault, fx.CASE_ID)
        client = snap.client
        old = dict(fx.ROWS)["client"]
        for name in ("name", "sex", "phone", "address", "referral_source", "notes", "resident_number"):
            assert getattr(client, name) == old[name], name
        assert client.birth_date == date(1984, 6, 15) and client.vulnerability_flags == ["housing_insecure"]
        assert client.referral_route == "community_centre"  # "행정복지센터 의뢰" names the route plainly
        assert (client.registered_address, client.household_type, client.livelihood) == ("", "", [])
        with vault.session() as s:
            second = s.get(Client, SECOND_CLIENT_ID)
            assert second is not None and second.referral_source == "지인이 알려 줌"
            assert second.referral_route == "" and second.notes == "메모"  # unclear wording: left for a person
            assert s.exec(select(CaseSelection)).all() == []
        member = snap.household[0]
        assert (member.name, member.relation, member.age, member.sex, member.lives_together, member.notes) == \
            ("이도윤", "자녀", 9, "M", True, "초등학교 3학년")
        assert member.priority is None and member.problem == ""
        conf = snap.conferences[0]
        assert (conf.kind, conf.discussion, conf.decisions) == ("integrated", "임시거처", "긴급주거 신청")
        assert [e.text for e in snap.services] == [fx.ENTRY_TEXT]
        assert snap.current_selection is None
        assert agency_profile.get_agency(vault).uses_intensive_level is False
        # the upgraded file takes the new facts, and its old text is still found
        record_selection(vault, fx.CASE_ID, {"level": "complex", "conference_id": CONFERENCE_ID})
        assert current_level(vault, fx.CASE_ID).level.value == "complex"  # type: ignore[union-attr]
        assert [h.entity_type for h in search.search(vault, "초등학교")] == ["householdmember"]
    finally:
        vault.close()
    assert len(list(paths.backups_dir().glob("pre-migration-0003-to-*.db"))) == 1


def test_destroying_a_case_removes_its_selections_and_the_new_personal_facts(vault) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services.destruction import destroy_case, personal_data_left
    case = cases.open_case(vault, {"name": "송지영", "registered_address": "원주시 단계동 12", "tenure": "monthly",
                                   "livelihood": ["housing_benefit"], "referral_route": "self"})
    client_id = cases.snapshot(vault, case.id).client.id
    entries.add_household_member(vault, client_id, {"relation": "아들", "health": "조현병 치료 중단"})
    conference = entries.add(vault, case.id, "case_conference", {"decisions": "고난도사례"})
    record_selection(vault, case.id, {"level": "complex", "conference_id": conference.id, "reason": "퇴거 위기"})
    report = destroy_case(vault, case.id, require_closed=False)
    assert report is not None
    with vault.session() as s:
        assert s.exec(select(CaseSelection)).all() == []
        client = s.get(Client, client_id)
        assert client is not None
        assert (client.registered_address, client.tenure, client.livelihood, client.referral_route) == ("", "", [], "")
    assert personal_data_left(vault) == []
    assert search.search(vault, "퇴거 위기") == [] and search.search(vault, "단계동") == []
