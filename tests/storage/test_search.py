"""Korean search: what a social worker types into the search box finds the record, on the shipped SQLCipher engine."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

import pytest
import sqlcipher3
from alembic import command
from sqlmodel import select

from caseapp import i18n_text
from caseapp.domain import forms, hangul
from caseapp.services import cases, entries, records, search
from caseapp.storage import migrate
from caseapp.storage.models import Case, SearchDoc, ServiceEntry

HOUSING_NOTE = "월세 체납으로 주거가 불안정하여 긴급 주거지원 신청서를 함께 작성함."
MOOD_NOTE = "최근 우울 증상 호소. 정신건강복지센터 상담 연계를 논의함."


def entity_ids(hits: list[search.SearchHit]) -> list[str]:
    return [h.entity_id for h in hits]


@pytest.fixture
def kim(vault: Any) -> dict[str, Any]:
    """김민수 with a housing note and a mood note, plus an unrelated client."""
    case = cases.open_case(vault, {"name": "김민수", "phone": "010-1234-5678", "address": "강원도 평창군 대화면 1"},
                           {"presenting_request": "집세가 밀려 쫓겨날까 걱정"})
    housing = entries.add_service_entry(vault, case.id, "crisis_intervention", HOUSING_NOTE, occurred_on="2026-03-02")
    mood = entries.add_service_entry(vault, case.id, "counselling", MOOD_NOTE, occurred_on="2026-03-09")
    other = cases.open_case(vault, {"name": "박영희", "phone": "010-9876-0000"},
                            {"presenting_request": "병원 동행이 필요함"})
    return {"case": case, "housing": housing, "mood": mood, "other": other}


# --- pure helpers -------------------------------------------------------------------------------------------------

def test_hangul_helpers() -> None:
    assert hangul.decompose("김") == ("ㄱ", "ㅣ", "ㅁ")
    assert hangul.decompose("가") == ("ㄱ", "ㅏ", "")
    assert hangul.decompose("닭") == ("ㄷ", "ㅏ", "ㄺ")
    assert hangul.decompose("A") == ("A", "", "")
    assert hangul.chosung("김민수") == "ㄱㅁㅅ"
    assert hangul.chosung("Kim 민수 ㄱ") == "ㅁㅅㄱ"
    assert hangul.is_chosung_query("ㄱㅁㅅ") and hangul.is_chosung_query(" ㄱㅁ ")
    assert not hangul.is_chosung_query("김ㅁ") and not hangul.is_chosung_query("") and not hangul.is_chosung_query("ㅏ")
    assert hangul.bigrams("주거지원") == ["주거", "거지", "지원"]
    assert hangul.bigrams("집") == []
    assert hangul.run_tokens("주거") == ["주거", "거"]
    # punctuation and emoji separate runs and vanish; case folds; decomposed (NFD) input is recomposed
    assert hangul.index_tokens("주거, 우울😀 AB") == "주거 거 우울 울 ab b"
    assert hangul.index_tokens("\u1100\u1175\u11b7") == "김"
    assert hangul.looks_like_number("010-1234-5678") and hangul.looks_like_number("2026-0042")
    assert not hangul.looks_like_number("123") and not hangul.looks_like_number("주거 1234")


def test_every_form_with_searchable_fields_is_indexed() -> None:
    indexed = {s.form.key for s in search.SOURCES.values()}
    indexed |= {form.key for s in search.SOURCES.values() for _t, _fk, form in s.children}
    wanted = {f.key for f in forms.ALL_FORMS.values() if f.searchable_names()}
    assert wanted <= indexed


# --- finding things -----------------------------------------------------------------------------------------------

def test_two_syllable_words_match_where_a_trigram_index_finds_nothing(vault: Any, kim: dict[str, Any]) -> None:
    assert kim["housing"].id in entity_ids(search.search(vault, "주거"))
    assert entity_ids(search.search(vault, "우울")) == [kim["mood"].id]

    # The same notes in a plain FTS5 trigram index, on the SQLite that sqlcipher3 bundles: 2-character queries
    # silently match nothing, which is why the index is made of bigrams.
    conn = sqlcipher3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE tri USING fts5(body, tokenize='trigram')")
    conn.executemany("INSERT INTO tri (body) VALUES (?)", [(HOUSING_NOTE,), (MOOD_NOTE,)])
    assert conn.execute("SELECT count(*) FROM tri WHERE tri MATCH '\"주거\"'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM tri WHERE tri MATCH '\"우울\"'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM tri WHERE tri MATCH '\"주거지원\"'").fetchone()[0] == 1


def test_longer_words_and_substrings(vault: Any, kim: dict[str, Any]) -> None:
    assert entity_ids(search.search(vault, "주거지원")) == [kim["housing"].id]
    assert entity_ids(search.search(vault, "정신건강복지센터")) == [kim["mood"].id]
    # a phrase is consecutive text: "주거지" is in 주거지원 but 우울 증상 is not "우울증상"
    assert entity_ids(search.search(vault, "주거지")) == [kim["housing"].id]
    assert search.search(vault, "울증") == []


def test_snippet_title_and_json(vault: Any, kim: dict[str, Any]) -> None:
    hit = search.search(vault, "우울")[0]
    assert hit.to_json() == {
        "entity_type": "serviceentry", "entity_id": kim["mood"].id, "case_id": kim["case"].id,
        "case_number": kim["case"].case_number, "client_name": "김민수",
        "title": "서비스 제공 기록 2026-03-09 · 상담·치료", "snippet": MOOD_NOTE}
    long_note = "가" * 200 + " 우울 " + "나" * 200
    entries.add_service_entry(vault, kim["case"].id, "information", long_note, occurred_on="2026-04-01")
    snippet = search.search(vault, "우울")[0].snippet
    assert "우울" in snippet and snippet.startswith("…") and snippet.endswith("…") and len(snippet) < 120
    # digits typed without hyphens still centre the snippet on the number
    phone_snippet = search.make_snippet("가" * 100 + "\n연락처 010-1234-5678", ["01012345678"])
    assert phone_snippet.startswith("…") and phone_snippet.endswith("010-1234-5678")


def test_english_titles_follow_the_language(vault: Any, kim: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n_text, "_current", "en")  # as set_language("en"), and put back whatever it was
    assert search.search(vault, "우울")[0].title == "Service log entry 2026-03-09 · Counselling & therapy"
    assert search.search(vault, "김민수")[1].title == f"Case {kim['case'].case_number}"


def test_names_chosung_and_case_numbers(vault: Any, kim: dict[str, Any]) -> None:
    case = kim["case"]
    by_name = search.search(vault, "김민수")
    assert by_name[0].entity_type == "client" and by_name[0].entity_id == case.client_id
    assert {h.entity_id for h in by_name} >= {kim["housing"].id, kim["mood"].id}  # their records follow
    assert search.search(vault, "ㄱㅁㅅ")[0].entity_id == case.client_id
    assert search.search(vault, "ㄱㅁ")[0].entity_id == case.client_id
    assert search.search(vault, "ㅂㅇㅎ")[0].entity_id == kim["other"].client_id
    assert search.search_cases(vault, "ㄱㅁㅅ") == [case.id]
    assert search.search_cases(vault, "민수") == [case.id]
    assert search.search_cases(vault, "김") == [case.id]  # one character: a prefix of the name's bigrams
    assert search.search_cases(vault, case.case_number) == [case.id]
    assert search.search(vault, case.case_number)[0].entity_type in ("client", "case")


def test_a_client_with_a_second_case_finds_both_latest_opened_first(vault: Any, kim: dict[str, Any]) -> None:
    first = kim["case"]  # opened today
    earlier = date.fromordinal(first.opened_on.toordinal() - 200)
    second = records.create(vault, Case, None, {"case_number": "2026-0099", "client_id": first.client_id,
                                                "opened_on": earlier, "stage_since": earlier,
                                                "presenting_request": "재의뢰: 다시 월세가 밀림"})
    assert search.search_cases(vault, "김민수") == [first.id, second.id]
    assert search.search_cases(vault, "ㄱㅁㅅ 재의뢰") == [second.id]
    assert search.search_cases(vault, "2026-0099") == [second.id]


def test_phone_fragments_with_or_without_hyphens(vault: Any, kim: dict[str, Any]) -> None:
    for query in ("01012345678", "010-1234-5678", "1234-5678", "12345678", "5678", "1234"):
        assert search.search_cases(vault, query) == [kim["case"].id], query
        assert search.search(vault, query)[0].entity_id == kim["case"].client_id, query
    assert search.search_cases(vault, "9876-0000") == [kim["other"].id]
    assert search.search_cases(vault, "5679") == []


def test_several_words_must_all_match(vault: Any, kim: dict[str, Any]) -> None:
    assert entity_ids(search.search(vault, "주거 신청서")) == [kim["housing"].id]
    assert search.search(vault, "주거 우울") == []  # never in the same record
    assert entity_ids(search.search(vault, "김민수 우울")) == [kim["mood"].id]  # a client's name narrows to them
    assert search.search(vault, "박영희 우울") == []
    # the case filter asks whether the case as a whole has every word
    assert search.search_cases(vault, "주거 우울") == [kim["case"].id]
    assert search.search_cases(vault, "병원 우울") == []


def test_ranking_people_first_then_newest_records(vault: Any, kim: dict[str, Any]) -> None:
    hits = search.search(vault, "김민수")
    kinds = [h.entity_type for h in hits]
    assert kinds[:2] == ["client", "case"]
    records_order = [h.entity_id for h in hits if h.entity_type == "serviceentry"]
    assert records_order == [kim["mood"].id, kim["housing"].id]  # 2026-03-09 before 2026-03-02
    assert len(search.search(vault, "김민수", limit=1)) == 1


def test_every_searchable_record_kind_and_resources(vault: Any, kim: dict[str, Any]) -> None:
    case_id = kim["case"].id
    assessment = entries.add_assessment(vault, case_id, {"kind": "intake", "risk_level": "high",
                                                         "strengths_family": "언니가 자주 방문함"},
                                        {"housing_environment": {"level": 3, "narrative": "곰팡이 핀 반지하"}})
    goal = entries.add(vault, case_id, "goal", {"statement": "이사 가서 햇볕 드는 집에 살고 싶어요"})
    member = entries.add_household_member(vault, kim["case"].client_id, {"relation": "자녀", "name": "김하늘"})
    resource = entries.add_resource(vault, {"name": "평창군 정신건강복지센터", "kind": "organisation",
                                            "category": "health", "phone": "033-330-4000"})
    assert entity_ids(search.search(vault, "반지하")) == [assessment.id]  # a need-area narrative
    assert entity_ids(search.search(vault, "언니")) == [assessment.id]
    assert entity_ids(search.search(vault, "햇볕")) == [goal.id]
    assert entity_ids(search.search(vault, "하늘")) == [member.id]
    assert search.search(vault, "ㄱㅎㄴ")[0].entity_id == member.id
    hit = search.search(vault, "330-4000")[0]
    assert (hit.entity_id, hit.case_id, hit.case_number) == (resource.id, None, None)
    assert search.search_cases(vault, "330-4000") == []  # resources belong to no case


def test_one_character_queries_are_prefix_matches(vault: Any, kim: dict[str, Any]) -> None:
    # every occurrence, including the last character of a word (신청서 ends in 서)
    assert kim["housing"].id in entity_ids(search.search(vault, "서"))
    assert kim["mood"].id in entity_ids(search.search(vault, "울"))
    assert search.search(vault, "뷁") == []


# --- keeping in step with writes ----------------------------------------------------------------------------------

def test_an_edited_note_is_found_by_its_new_text_only(vault: Any, kim: dict[str, Any]) -> None:
    entries.edit(vault, "service_entry", kim["mood"].id, {"text": "불면과 식욕 저하로 병원 진료를 권함."})
    assert search.search(vault, "우울") == []
    assert entity_ids(search.search(vault, "불면")) == [kim["mood"].id]
    with vault.session() as s:
        assert s.exec(select(SearchDoc).where(SearchDoc.entity_id == kim["mood"].id)).one().body.startswith("불면")


def test_renaming_a_client_reaches_their_records(vault: Any, kim: dict[str, Any]) -> None:
    cases.update_client(vault, kim["case"].client_id, {"name": "이민수"})
    assert search.search(vault, "김민수") == []
    assert entity_ids(search.search(vault, "이민수 우울")) == [kim["mood"].id]
    assert search.search(vault, "이민수 우울")[0].client_name == "이민수"
    assert search.search_cases(vault, "ㅇㅁㅅ") == [kim["case"].id]


def test_a_deleted_entry_disappears(vault: Any, kim: dict[str, Any]) -> None:
    records.delete(vault, ServiceEntry, kim["mood"].id)
    assert search.search(vault, "우울") == []
    with vault.session() as s:
        assert s.exec(select(SearchDoc).where(SearchDoc.entity_id == kim["mood"].id)).first() is None


def test_a_destroyed_case_never_appears(vault: Any, kim: dict[str, Any]) -> None:
    case_id = kim["case"].id
    with vault.session(write=True) as s:  # destroyed without telling the index: queries still skip it
        row = s.get(Case, case_id)
        assert row is not None
        row.destroyed_at = datetime.now(timezone.utc)
        s.add(row)
    for query in ("우울", "김민수", "ㄱㅁㅅ", "5678", "주거"):
        assert all(h.case_id != case_id for h in search.search(vault, query)), query
        assert search.search_cases(vault, query) == [], query
    with vault.session(write=True) as s:
        search.forget_case(s, case_id)
    with vault.session() as s:
        assert s.exec(select(SearchDoc).where(SearchDoc.case_id == case_id)).first() is None
    search.reindex_all(vault)  # a rebuild does not bring it back
    assert search.search(vault, "김민수") == [] and search.search_cases(vault, "병원") == [kim["other"].id]


def test_forgetting_a_case_leaves_none_of_its_words_in_the_index_pages(vault: Any, kim: dict[str, Any]) -> None:
    def stored_index_bytes() -> bytes:
        with vault.session() as s:
            cursor = s.connection().connection.cursor()
            return b"".join(row[0] or b"" for table in ("search_fts", "search_case_fts")
                            for row in cursor.execute(f"SELECT block FROM {table}_data"))

    # FTS5 stores a term after a shared prefix, so look for the bigram's last syllable's bytes after a first one
    secret = "흑룡강"
    entries.add_service_entry(vault, kim["case"].id, "information", f"{secret} 출신 가족 면담")
    assert "룡강".encode()[1:] in stored_index_bytes()
    with vault.session(write=True) as s:
        search.forget_case(s, kim["case"].id)
    assert "룡강".encode()[1:] not in stored_index_bytes()
    assert search.search(vault, "병원") and search.search(vault, secret) == []


def test_destroying_through_the_records_layer_forgets_the_case(vault: Any, kim: dict[str, Any]) -> None:
    records.update(vault, Case, kim["case"].id, None, {"destroyed_at": datetime.now(timezone.utc)})
    with vault.session() as s:
        assert s.exec(select(SearchDoc).where(SearchDoc.case_id == kim["case"].id)).first() is None
    assert search.search(vault, "우울") == []


# --- odd input ----------------------------------------------------------------------------------------------------

ODD_QUERIES = [
    '"', "'", "*", "주거*", '"주거"', "(주거)", "주거 AND", "NEAR(주거 우울)", "주거 OR 우울", "NOT 주거", "-주거", "+",
    "^주거", "{own}: 주거", "own:주거", "주거😀", "😀", "'; DROP TABLE client; --", "\x00", "%", "_", "주거" * 500,
    " ".join(["주거"] * 50), "ㅏㅓ", "\u200b", "١٢٣", "주거\n우울", "\"주거\" OR \"1\"=\"1\"",
]


def test_fts_syntax_and_sql_in_queries_is_plain_text(vault: Any, kim: dict[str, Any]) -> None:
    housing_hits = entity_ids(search.search(vault, "주거"))
    for query in ODD_QUERIES:
        hits = search.search(vault, query)
        assert isinstance(search.search_cases(vault, query), list)
        if "".join(hangul.runs(query)) == "주거" and len(query.split()) == 1:
            assert entity_ids(hits) == housing_hits, query  # syntax characters are ignored, the word is searched
    assert search.search(vault, "주거 AND") == []  # operators are words like any other (and no record says "and")
    with vault.session() as s:  # nothing was dropped
        assert s.exec(select(Case)).first() is not None
    assert entity_ids(search.search(vault, "주거")) == housing_hits


def test_empty_and_blank_queries(vault: Any, kim: dict[str, Any]) -> None:
    for query in ("", "   ", "!!!", "😀😀"):
        assert search.search(vault, query) == [] and search.search_cases(vault, query) == []
    assert search.search(vault, "주거", limit=0) == []


# --- rebuilding and migrating -------------------------------------------------------------------------------------

QUERIES = ("주거", "우울", "김민수", "ㄱㅁㅅ", "5678", "병원", "김", "2026")


def snapshot_of(vault: Any) -> tuple[Any, ...]:
    with vault.session() as s:
        docs = sorted((d.entity_type, d.entity_id, d.case_id, d.title, d.body, d.chosung)
                      for d in s.exec(select(SearchDoc)))
    results = [[h.to_json() for h in search.search(vault, q)] for q in QUERIES]
    filters = [search.search_cases(vault, q) for q in QUERIES]
    return docs, results, filters


def test_reindex_all_rebuilds_identical_results(vault: Any, kim: dict[str, Any]) -> None:
    entries.add_assessment(vault, kim["case"].id, {"kind": "intake", "risk_level": "low"},
                           {"health": {"level": 2, "narrative": "우울감과 불면"}})
    entries.add_household_member(vault, kim["case"].client_id, {"relation": "모", "name": "최순자"})
    before = snapshot_of(vault)
    assert before[1][0]  # 주거 found something
    assert search.reindex_all(vault) == len(before[0])
    assert snapshot_of(vault) == before


def test_a_file_from_schema_0001_gets_a_working_index(vault: Any) -> None:
    with vault.engine.begin() as conn:  # take the file back to schema 0001 (no FTS table)
        command.downgrade(migrate.alembic_config(conn), "0001")
    with vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == "0001"
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'search_fts'").scalar() == 0
    from tests.fixtures import make_fixtures as fx
    with vault.engine.begin() as conn:  # what a 0001-era program wrote: rows in 0001's columns, no index
        fx.insert_rows(conn, into_own_file=True)
    migrate.upgrade(vault.engine)
    with vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
    assert fx.ENTRY_ID in entity_ids(search.search(vault, "주거"))
    assert search.search(vault, "ㅂㅈㅇ")[0].entity_id == fx.CLIENT_ID
    assert search.search_cases(vault, "1357") == [fx.CASE_ID]
    case = cases.find_case(vault, fx.CASE_NUMBER)
    entries.add_service_entry(vault, case.id, "information", "우울 선별검사 실시")  # and it stays in step
    assert len(search.search(vault, "선별")) == 1


def test_the_shipped_schema_0001_fixture_is_searchable_after_opening(data_dir: Any) -> None:
    """The fixture file written by an 0001-era program (kept for the migration tests): opening it upgrades it and
    migration 0002 fills the index from its rows."""
    import shutil

    from caseapp.services.vault import Vault
    from tests.fixtures import make_fixtures as fx

    data_dir.mkdir(parents=True)
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(fx.SCHEMA_0001 / name, data_dir / name)
    vault = Vault.open(fx.PASSPHRASE)
    try:
        assert fx.ENTRY_ID in entity_ids(search.search(vault, "주거"))
        assert fx.ENTRY_ID in entity_ids(search.search(vault, "동행"))
        assert search.search(vault, hangul.chosung(fx.CLIENT_NAME))[0].entity_id == fx.CLIENT_ID
        assert search.search_cases(vault, fx.CASE_NUMBER) == [fx.CASE_ID]
        assert search.search_cases(vault, fx.CLIENT_NAME[1:]) == [fx.CASE_ID]
    finally:
        vault.close()


def test_changing_a_records_date_moves_it_in_the_ranking_without_duplicates(vault: Any, kim: dict[str, Any]) -> None:
    entries.edit(vault, "service_entry", kim["housing"].id, {"occurred_on": "2026-03-10"})
    records_order = [h.entity_id for h in search.search(vault, "김민수") if h.entity_type == "serviceentry"]
    assert records_order == [kim["housing"].id, kim["mood"].id]


def test_rank_slot_collisions_keep_every_record(vault: Any, kim: dict[str, Any],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "preferred_rowid", lambda doc: 1_000_000)  # every document wants the same slot
    first = entries.add_service_entry(vault, kim["case"].id, "information", "충돌 시험 하나")
    second = entries.add_service_entry(vault, kim["case"].id, "information", "충돌 시험 둘")
    assert set(entity_ids(search.search(vault, "충돌"))) == {first.id, second.id}
    search.reindex_all(vault)
    assert set(entity_ids(search.search(vault, "충돌"))) == {first.id, second.id}
    assert entity_ids(search.search(vault, "우울")) == [kim["mood"].id]


def test_records_that_tie_rank_newest_written_first_also_after_a_rebuild(vault: Any, kim: dict[str, Any],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # the same date written in the same second: one rank slot for both (the rowid holds no tie-breaking hash)
    monkeypatch.setattr(search, "preferred_rowid", lambda doc: 1_000_000)
    notes = [entries.add_service_entry(vault, kim["case"].id, "information", f"동점 기록 {n}") for n in "하나둘셋"]
    newest_first = [n.id for n in reversed(notes)]
    assert entity_ids(search.search(vault, "동점")) == newest_first
    entries.edit(vault, "service_entry", notes[0].id, {"text": "동점 기록 하나, 고침"})  # an edit keeps its place
    assert entity_ids(search.search(vault, "동점")) == newest_first
    search.reindex_all(vault)
    assert entity_ids(search.search(vault, "동점")) == newest_first


def test_the_index_stores_no_case_ids_and_fits_its_pages(vault: Any, kim: dict[str, Any]) -> None:
    """Migration 0018: the case of a match is read from searchdoc, and FTS5 writes pages a SQLCipher page holds."""
    with vault.session() as s:
        cursor = s.connection().connection.cursor()
        tables = {r[0] for r in cursor.execute("SELECT name FROM sqlite_master WHERE name LIKE 'search%fts%'")}
        assert f"{search.FTS_TABLE}_content" not in tables and f"{search.CASE_FTS_TABLE}_content" not in tables
        for table in (search.FTS_TABLE, search.CASE_FTS_TABLE):
            assert cursor.execute(f"SELECT v FROM {table}_config WHERE k = 'pgsz'").fetchone()[0] < 4016
    hit = search.search(vault, "우울")[0]
    assert (hit.case_id, hit.case_number) == (kim["case"].id, kim["case"].case_number)


# --- the case-list filter's chunks (a big case is written a chunk at a time) ----------------------------------------

def _case_chunk_rows(vault: Any) -> int:
    with vault.session() as s:
        return s.connection().exec_driver_sql(f"SELECT count(*) FROM {search.CASE_FTS_TABLE}").scalar()


def test_a_big_case_is_found_by_words_in_different_chunks(vault: Any, kim: dict[str, Any],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "CHUNK_RECORDS", 2)  # a few records make a case of several chunks
    rows_before = _case_chunk_rows(vault)
    words = ["흑룡강", "청사초롱", "무지개다리", "해바라기"]
    notes = [entries.add_service_entry(vault, kim["case"].id, "information", f"{w} 이야기") for w in words]
    assert _case_chunk_rows(vault) >= rows_before + 2  # new chunks, not one growing row
    for query in ("흑룡강 해바라기", "청사초롱 무지개다리 김민수", "해바라기 ㄱㅁㅅ", "룡강 개다"):
        assert search.search_cases(vault, query) == [kim["case"].id], query
    assert search.search_cases(vault, "흑룡강 병원") == []  # 병원 is the other client's
    entries.edit(vault, "service_entry", notes[0].id, {"text": "다른 이야기"})  # edited in its own chunk
    assert search.search_cases(vault, "흑룡강") == [] and search.search_cases(vault, "다른 해바라기") == [kim["case"].id]
    before = [search.search_cases(vault, q) for q in ("해바라기", "이야기 김민수", "다른", "김")]
    search.reindex_all(vault)
    assert [search.search_cases(vault, q) for q in ("해바라기", "이야기 김민수", "다른", "김")] == before


def test_forgetting_a_case_of_many_chunks_leaves_none_of_them(vault: Any, kim: dict[str, Any],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "CHUNK_RECORDS", 2)
    for word in ("흑룡강", "청사초롱", "무지개다리", "해바라기", "은하수"):
        entries.add_service_entry(vault, kim["case"].id, "information", f"{word} 이야기")
    with vault.session(write=True) as s:
        search.forget_case(s, kim["case"].id)
    with vault.session() as s:
        cursor = s.connection().connection.cursor()
        stored = b"".join(r[0] or b"" for r in cursor.execute(f"SELECT block FROM {search.CASE_FTS_TABLE}_data"))
    for word in ("룡강", "초롱", "개다", "바라", "하수"):
        assert word.encode()[1:] not in stored, word
    assert search.search_cases(vault, "병원") == [kim["other"].id]
