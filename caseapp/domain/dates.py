"""Reading a date the way Korean users type it, and the sense checks a date field makes on what was typed.

Accepted: ``1955-03-15``, ``1955.3.15``, ``1955. 3. 15.``, ``1955/3/15``, ``1955년 3월 15일``, ``19550315``,
``550315`` and ``55.3.15`` (two-digit years: the century is chosen from what the field holds, see
:func:`choose_century`), ``3/15``, ``3.15`` and ``3월 15일`` (this year). A wrong date raises :class:`DateError`
whose label says why in both languages, so the form can show it next to the field.
"""

from __future__ import annotations

import calendar
import enum
import re
from datetime import date, timedelta

from caseapp.domain.labels import Label

MIN_YEAR, MAX_YEAR = 1900, 2200
DUE_PAST_LIMIT = timedelta(days=366)  # a due date more than a year back is a typo (2025 for 2026), not a plan
FUTURE_SLACK = timedelta(days=1)  # a day's slack for time zones, as forms.clean_value allows
EXAMPLES = "1955-03-15, 1955.3.15, 19550315"


class DateSense(enum.Enum):
    """What a date field holds; decides the century of ``550315``, the calendar's first page and refusals."""

    ANY = "any"
    PAST = "past"  # something that already happened: never in the future
    BIRTH = "birth"  # a date of birth: past, usually decades back; no "today" button
    DUE = "due"  # a planned date: ahead, or at most a little overdue


class DateError(ValueError):
    def __init__(self, label: Label) -> None:
        super().__init__(label.en)
        self.label = label


_FULL = re.compile(r"(\d{4}|\d{2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*\.?")
_KOREAN = re.compile(r"(?:(\d{4}|\d{2})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일?")
_MONTH_DAY = re.compile(r"(\d{1,2})\s*[/.]\s*(\d{1,2})\s*\.?")
_DIGITS = re.compile(r"\d{6}|\d{8}")


def choose_century(yy: int, month: int, day: int, today: date, sense: DateSense) -> int:
    """The four-digit year for a two-digit one. Birth dates and past events take the latest century that is not in
    the future (``550315`` → 1955, ``150315`` → 2015); due dates take this century; anything else the nearest."""
    this_century = today.year // 100 * 100
    candidates = [this_century - 100 + yy, this_century + yy, this_century + 100 + yy]
    if sense in (DateSense.BIRTH, DateSense.PAST):
        past = [y for y in candidates if _safe(y, month, day) <= today]
        return max(past)
    if sense is DateSense.DUE:
        return this_century + yy
    return min(candidates, key=lambda y: abs((_safe(y, month, day) - today).days))


def _safe(year: int, month: int, day: int) -> date:
    """A comparable date even for an impossible day (31 February): clamped, used only to compare centuries."""
    month = min(max(month, 1), 12)
    return date(year, month, min(max(day, 1), calendar.monthrange(year, month)[1]))


def parse_date(text: str, today: date, sense: DateSense = DateSense.ANY) -> date | None:
    """The date ``text`` means (``None`` for empty text), or :class:`DateError` saying why it is not one."""
    raw = text.strip()
    if not raw:
        return None
    year: int | None
    if (m := _FULL.fullmatch(raw)) or (m := _KOREAN.fullmatch(raw)):
        year_text, month, day = m.group(1), int(m.group(2)), int(m.group(3))
        year = None if year_text is None else int(year_text)
        short_year = year_text is not None and len(year_text) == 2
    elif m := _MONTH_DAY.fullmatch(raw):
        year, month, day, short_year = today.year, int(m.group(1)), int(m.group(2)), False
    elif _DIGITS.fullmatch(raw):
        if len(raw) == 8:
            year, month, day, short_year = int(raw[:4]), int(raw[4:6]), int(raw[6:]), False
        else:
            year, month, day, short_year = int(raw[:2]), int(raw[2:4]), int(raw[4:]), True
    else:
        raise DateError(Label(f"날짜로 읽을 수 없습니다(예: {EXAMPLES})", f"Not a date (e.g. {EXAMPLES})"))
    _check_month_day(month, day)
    if year is None:
        year = today.year
    elif short_year:
        year = choose_century(year, month, day, today, sense)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(Label(f"{MIN_YEAR}–{MAX_YEAR}년 사이여야 합니다", f"Must be between {MIN_YEAR} and {MAX_YEAR}"))
    last = calendar.monthrange(year, month)[1]
    if day > last:
        raise DateError(Label(f"{year}년 {month}월은 {last}일까지 있습니다",
                              f"{calendar.month_name[month]} {year} has {last} days"))
    return date(year, month, day)


def _check_month_day(month: int, day: int) -> None:
    if not 1 <= month <= 12:
        raise DateError(Label("월은 1–12 사이여야 합니다", "The month must be between 1 and 12"))
    if not 1 <= day <= 31:
        raise DateError(Label("일은 1–31 사이여야 합니다", "The day must be between 1 and 31"))


def check_sense(value: date, today: date, sense: DateSense) -> None:
    """Refuse what the field cannot hold: a future date for what already happened, a long-past due date."""
    if sense in (DateSense.PAST, DateSense.BIRTH) and value > today + FUTURE_SLACK:
        raise DateError(Label("미래 날짜일 수 없습니다", "Cannot be in the future"))
    if sense is DateSense.DUE and value < today - DUE_PAST_LIMIT:
        raise DateError(Label("1년도 더 지난 날짜입니다. 연도를 확인하세요",
                              "More than a year ago: check the year"))


def read_typed_date(text: str, today: date, sense: DateSense = DateSense.ANY) -> date | None:
    """What a date field accepts from typing: :func:`parse_date` then :func:`check_sense`."""
    value = parse_date(text, today, sense)
    if value is not None:
        check_sense(value, today, sense)
    return value


def calendar_start(today: date, sense: DateSense) -> date:
    """The page an empty field's calendar opens at: birth dates decades back, everything else today."""
    if sense is DateSense.BIRTH:
        return date(today.year - 60, 1, 1)
    return today


class IsoDays(dict[str, date]):
    """ISO text -> ``date``, each distinct day made once: ``days[text]``. A 10,000-case list holds ~40,000 dates on
    ~600 distinct days; one object per day instead of one per value keeps ~1 MB less for as long as it is shown
    (``date`` is immutable, so sharing is safe). A hit is a plain dict lookup; only a new day runs Python."""

    def __missing__(self, text: str) -> date:
        made = self[text] = date.fromisoformat(text)
        return made
