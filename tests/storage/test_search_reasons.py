"""Why a case matched: the field and a snippet with the matched characters, for the case list's filter."""

from __future__ import annotations

from typing import Any

import pytest

from caseapp.services import cases, entries, search


@pytest.fixture
def family(vault: Any, case: Any) -> Any:
    client_id = cases.snapshot(vault, case.id).client.id
    entries.add_household_member(vault, client_id, {"relation": "딸", "name": "강미경", "age": 20})
    entries.add_service_entry(vault, case.id, "counselling", "지난달부터 우울감 호소, 정신건강복지센터 연계 논의",
                              occurred_on="2026-03-02")
    return case


def reason(vault: Any, query: str) -> search.MatchReason:
    found = search.search_cases(vault, query)
    reasons = search.explain_case_matches(vault, query, found)
    assert list(reasons) == found and len(found) == 1
    return reasons[found[0]]


def marked(r: search.MatchReason) -> list[str]:
    return [r.snippet[start:start + length] for start, length in r.marks]


def test_initial_consonants_of_a_household_member_say_who(vault: Any, family: Any) -> None:
    r = reason(vault, "ㄱㅁㄱ")
    assert r.text() == "가구원 강미경" and marked(r) == ["강미경"]
    assert reason(vault, "미경").text() == "가구원 강미경"


def test_phone_digits_match_across_separators(vault: Any, family: Any) -> None:
    r = reason(vault, "01012345678")
    assert r.where == "연락처" and marked(r) == ["010-1234-5678"]
    assert marked(reason(vault, "5678")) == ["5678"]


def test_a_word_in_a_note_names_the_record_and_field(vault: Any, family: Any) -> None:
    r = reason(vault, "우울")
    assert r.where == "서비스 제공 기록 2026-03-02 · 내용"
    assert marked(r) == ["우울"] and "정신건강복지센터" in r.snippet
    intake = reason(vault, "체납")
    assert intake.where == "초기상담 · 주호소·요청 내용" and marked(intake) == ["체납"]


def test_the_client_by_name_or_initials_and_the_case_number(vault: Any, family: Any) -> None:
    assert reason(vault, "ㄱㅁㅅ").text() == "성명: 김민수"
    assert reason(vault, family.case_number).where == "사례번호"


def test_words_spread_over_records_are_explained_by_the_first(vault: Any, family: Any) -> None:
    r = reason(vault, "우울 월세")
    assert marked(r)  # one record holds 우울, another 월세: the reason shows where the first word is


def test_in_english_the_places_are_english(vault: Any, family: Any) -> None:
    from caseapp import i18n_text
    i18n_text.set_language("en")
    assert reason(vault, "ㄱㅁㄱ").text() == "Household member 강미경"
    assert reason(vault, "우울").where == "Service log entry 2026-03-02 · Notes"


def test_nothing_to_explain_for_an_empty_query(vault: Any, family: Any) -> None:
    assert search.explain_case_matches(vault, "  ", [family.id]) == {}
    assert search.explain_case_matches(vault, "우울", []) == {}


def test_snippet_positions_survive_characters_that_lower_to_two() -> None:
    body = "İstanbul 출장 중 우울감"  # İ lowers to two characters; positions must still line up
    snippet, marks = search.marked_snippet(body, ["우울"])
    assert [snippet[s:s + n] for s, n in marks] == ["우울"]
    assert search.marked_snippet("ABC가", ["abc"]) == ("ABC가", ((0, 3),))
