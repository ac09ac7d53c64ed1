"""Dates are read the way Korean users type them; a wrong one says why."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.dates import DateError, DateSense, calendar_start, parse_date, read_typed_date

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text", ["1955-03-15", "1955.3.15", "1955. 3. 15.", "19550315", "550315", "1955/3/15",
                                  "1955년 3월 15일", "55.3.15", " 1955-3-15 "])
def test_every_usual_way_of_writing_a_birth_date_gives_the_same_day(text: str) -> None:
    assert parse_date(text, TODAY, DateSense.BIRTH) == date(1955, 3, 15)


def test_month_and_day_alone_mean_this_year() -> None:
    assert parse_date("3/15", TODAY) == date(2026, 3, 15)
    assert parse_date("3.15", TODAY) == date(2026, 3, 15)
    assert parse_date("3월 15일", TODAY) == date(2026, 3, 15)


def test_two_digit_birth_years_never_land_in_the_future() -> None:
    assert parse_date("150315", TODAY, DateSense.BIRTH) == date(2015, 3, 15)
    assert parse_date("261231", TODAY, DateSense.BIRTH) == date(1926, 12, 31)  # 2026-12-31 is still ahead
    assert parse_date("261130", TODAY, DateSense.BIRTH) == date(2026, 11, 30)


def test_two_digit_due_years_are_this_century_and_others_the_nearest() -> None:
    assert parse_date("270115", TODAY, DateSense.DUE) == date(2027, 1, 15)
    assert parse_date("990101", TODAY, DateSense.ANY) == date(1999, 1, 1)
    assert parse_date("270101", TODAY, DateSense.ANY) == date(2027, 1, 1)


def test_empty_text_is_no_date() -> None:
    assert parse_date("   ", TODAY) is None
    assert read_typed_date("", TODAY, DateSense.BIRTH) is None


@pytest.mark.parametrize(("text", "ko", "en"), [
    ("1955-13-01", "월은 1–12", "month"),
    ("2026-02-30", "2026년 2월은 28일까지", "February 2026 has 28 days"),
    ("2024.2.30", "29일까지", "29 days"),
    ("yesterday", "날짜로 읽을 수 없습니다", "Not a date"),
    ("1955-03-15-1", "날짜로 읽을 수 없습니다", "Not a date"),
    ("1234567", "날짜로 읽을 수 없습니다", "Not a date"),
    ("1899-12-31", "1900–2200", "between 1900 and 2200"),
    ("3/32", "일은 1–31", "day"),
])
def test_a_wrong_date_says_why(text: str, ko: str, en: str) -> None:
    with pytest.raises(DateError) as err:
        parse_date(text, TODAY)
    assert ko in err.value.label.ko and en in err.value.label.en


def test_things_that_happened_refuse_the_future_and_due_dates_the_distant_past() -> None:
    with pytest.raises(DateError, match="future"):
        read_typed_date("2027-01-05", TODAY, DateSense.PAST)
    with pytest.raises(DateError, match="future"):
        read_typed_date("2030-01-01", TODAY, DateSense.BIRTH)
    with pytest.raises(DateError, match="year"):
        read_typed_date("2025-01-01", TODAY, DateSense.DUE)
    assert read_typed_date("2026-06-01", TODAY, DateSense.DUE) == date(2026, 6, 1)  # overdue, but plausible
    assert read_typed_date("2030-01-01", TODAY, DateSense.DUE) == date(2030, 1, 1)
    assert read_typed_date("2026-12-02", TODAY, DateSense.PAST) == date(2026, 12, 2)  # a day's slack


def test_the_calendar_of_an_empty_birth_date_opens_decades_back_and_others_at_today() -> None:
    assert calendar_start(TODAY, DateSense.BIRTH).year == 1966
    assert calendar_start(TODAY, DateSense.DUE) == TODAY
    assert calendar_start(TODAY, DateSense.PAST) == TODAY
