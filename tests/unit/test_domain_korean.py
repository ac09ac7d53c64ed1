"""Particles follow the sound a word ends in, so messages read 종결로, 김사회가, 2026-9999를, 서울로."""

from __future__ import annotations

import pytest

from caseapp.domain.korean import fill, final_consonant, particle, with_particle


@pytest.mark.parametrize(("word", "form", "expected"), [
    ("종결", "으로", "종결로"),  # ㄹ takes 로
    ("서울", "로", "서울로"),
    ("사후관리", "으로", "사후관리로"),  # vowel
    ("사정", "으로", "사정으로"),  # other final
    ("계획", "로", "계획으로"),
    ("김사회", "이", "김사회가"),
    ("김민준", "가", "김민준이"),
    ("사례", "을", "사례를"),
    ("기록", "를", "기록을"),
    ("동의", "은", "동의는"),
    ("목표", "과", "목표와"),
    ("가족", "와", "가족과"),
])
def test_hangul_words_take_the_form_their_last_syllable_calls_for(word: str, form: str, expected: str) -> None:
    assert with_particle(word, form) == expected


@pytest.mark.parametrize(("word", "form", "expected"), [
    ("2026-9999", "을", "2026-9999를"),  # 구
    ("1", "을", "1을"),  # 일
    ("1", "으로", "1로"),  # 일 ends in ㄹ
    ("3", "이", "3이"),  # 삼
    ("2", "은", "2는"),  # 이
    ("6", "으로", "6으로"),  # 육
    ("10", "을", "10을"),  # 십
    ("100", "가", "100이"),  # 백
    ("2000", "는", "2000은"),  # 천
    ("20000", "로", "20000으로"),  # 만
    ("0", "이", "0이"),  # 영
    ("2026-0010", "를", "2026-0010을"),  # 십
])
def test_numbers_are_read_as_korean_numerals(word: str, form: str, expected: str) -> None:
    assert with_particle(word, form) == expected


@pytest.mark.parametrize(("word", "form", "expected"), [
    ("PDF", "을", "PDF를"),  # 에프
    ("URL", "이", "URL이"),  # 엘
    ("Excel", "로", "Excel로"),  # 엑셀
    ("app", "을", "app을"),  # 앱
    ("caseapp", "이", "caseapp이"),
    ("Word", "를", "Word를"),  # 워드
    ("help", "을", "help를"),  # 헬프
    ("book", "를", "book을"),  # 북
    ("desk", "이", "desk가"),  # 데스크
])
def test_latin_words_are_read_as_letters_or_loanwords(word: str, form: str, expected: str) -> None:
    assert with_particle(word, form) == expected


def test_quotes_and_brackets_after_the_word_are_looked_past() -> None:
    assert with_particle("‘종결’", "으로") == "‘종결’로"
    assert with_particle("실행(서비스)", "을") == "실행(서비스)를"


def test_a_word_that_ends_in_nothing_readable_keeps_both_forms() -> None:
    assert final_consonant("…") is None
    assert particle("🙂", "을") == "을(를)"
    assert particle("", "으로") == "(으)로"


def test_fill_fixes_the_particle_written_after_a_placeholder() -> None:
    assert fill("%1으로 진행…", "종결") == "종결로 진행…"
    assert fill("%1로 진행…", "사정") == "사정으로 진행…"
    assert fill("%2에 %1이 서명했습니다.", "김사회", "2026-03-01") == "2026-03-01에 김사회가 서명했습니다."
    assert fill("사례 %1를 찾을 수 없습니다.", "2026-0007") == "사례 2026-0007을 찾을 수 없습니다."


def test_fill_leaves_words_that_merely_start_with_a_particle_and_english_alone() -> None:
    assert fill("%1가구", "3") == "3가구"
    assert fill("Advance to %1…", "Termination") == "Advance to Termination…"
    assert fill("%1 cases", "30") == "30 cases"
