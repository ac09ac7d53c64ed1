"""Any text, date or number pushed through the services comes back byte-identical or is refused with a clear
ValidationError; nothing crashes, nothing half-saves."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from caseapp.domain import forms
from caseapp.errors import ValidationError
from caseapp.services import cases, entries, records, search
from caseapp.storage.models import Case, Client, ServiceEntry

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Every code point, lone surrogates and control characters included (hypothesis leaves surrogates out by default).
any_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
                   max_size=300)
SQLISH = ["'); DROP TABLE client; --", "\" OR 1=1 --", "x'00'", "%_\\", "NULL", "$1; DELETE FROM case"]
odd_text = st.one_of(any_text, st.sampled_from(SQLISH), st.text(alphabet="가나다🙂\u200d\u202e\r\n\t ", max_size=50))
odd_date = st.one_of(st.dates(), st.sampled_from(["2026-02-30", "0000-01-01", "2026-13-01", "26.3.1", "2026.03.01",
                                                   "", "   ", "오늘", "1899-12-31", "2201-01-01", "9999-12-31"]),
                     st.text(max_size=12))
odd_int = st.one_of(st.integers(), st.sampled_from(["", "12", "-1", "1e3", "１２", " 30 ", "0x10"]), st.none())


def _single_line(text: str) -> str:
    """The documented cleaning of one-line fields: line breaks become spaces (forms._clean_text)."""
    return " ".join(text.splitlines()) if ("\n" in text or "\r" in text) else text


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def _count(vault: Any, model: Any) -> int:
    from sqlmodel import func, select
    with vault.session() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


@PROPERTY
@given(text=odd_text, occurred=odd_date, minutes=odd_int)
@example(text="x" * 100_000, occurred="2026-03-01", minutes=30)
@example(text="\x00", occurred=None, minutes=None)
@example(text="🙂" * 10 + "\ud800", occurred=date(2026, 1, 1), minutes=0)
def test_service_entry_round_trip(vault, case, text: str, occurred: Any, minutes: Any) -> None:  # type: ignore[no-untyped-def]
    before = _count(vault, ServiceEntry)
    try:
        row = entries.add_service_entry(vault, case.id, "counselling", text, occurred_on=occurred,
                                        duration_min=minutes)
    except ValidationError as exc:
        assert exc.ko and exc.en and "‘" in exc.en  # names the field
        assert _count(vault, ServiceEntry) == before  # nothing half-saved
        return
    assert _storable(text) and text.strip()
    stored = records.get(vault, ServiceEntry, row.id)
    assert stored.text == text  # multi-line notes are kept exactly, byte for byte
    assert stored.text.encode("utf-8") == text.encode("utf-8")
    assert 1900 <= stored.occurred_on.year <= 2200
    if minutes is None or (isinstance(minutes, str) and not minutes.strip()):
        assert stored.duration_min is None
    else:
        assert stored.duration_min == (minutes if isinstance(minutes, int) else int(str(minutes).strip()))


@PROPERTY
@given(name=odd_text, phone=odd_text, notes=odd_text, request=odd_text, opened=odd_date, birth=odd_date)
@example(name="'); DROP TABLE client; --", phone="010-1234-5678", notes="a\r\nb", request="c\rd", opened="2026-01-01",
         birth="1950-05-05")
def test_open_case_round_trip(vault, name: str, phone: str, notes: str, request: str, opened: Any,  # type: ignore[no-untyped-def]
                              birth: Any) -> None:
    before = _count(vault, Case)
    try:
        case = cases.open_case(vault, {"name": name, "phone": phone, "notes": notes, "birth_date": birth},
                               {"presenting_request": request, "opened_on": opened})
    except ValidationError as exc:
        assert exc.ko and exc.en
        assert _count(vault, Case) == before
        return
    client = records.get(vault, Client, case.client_id)
    assert client.name == _single_line(name)  # one-line field: line breaks joined, everything else kept
    assert client.phone == _single_line(phone)
    assert client.notes == notes  # multi-line: exact
    assert records.get(vault, Case, case.id).presenting_request == request
    assert cases.find_case(vault, case.case_number).id == case.id


@PROPERTY
@given(changes=st.fixed_dictionaries({}, optional={"notes": odd_text, "address": odd_text, "birth_date": odd_date,
                                                   "referral_source": odd_text, "vulnerability_flags": odd_text}))
def test_update_client_round_trip(vault, case, changes: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    original = records.get(vault, Client, case.client_id)
    try:
        records.update(vault, Client, case.client_id, forms.CLIENT, changes)
    except ValidationError:
        after = records.get(vault, Client, case.client_id)
        assert after.model_dump() == original.model_dump()  # a refused update changes nothing
        return
    after = records.get(vault, Client, case.client_id)
    if "notes" in changes:
        assert after.notes == changes["notes"]
    if "address" in changes:
        assert after.address == _single_line(changes["address"])


@PROPERTY
@given(query=odd_text)
def test_search_accepts_anything(vault, case, query: str) -> None:  # type: ignore[no-untyped-def]
    hits = search.search(vault, query)
    assert isinstance(hits, list)


def test_limits_are_clear(vault, case) -> None:  # type: ignore[no-untyped-def]
    entries.add_service_entry(vault, case.id, "counselling", "가" * 100_000)
    with pytest.raises(ValidationError) as info:
        entries.add_service_entry(vault, case.id, "counselling", "가" * (forms.MAX_TEXT + 1))
    assert "200,000" in info.value.en
    with pytest.raises(ValidationError):
        entries.add_service_entry(vault, case.id, "counselling", "ok", duration_min=10**30)
    with pytest.raises(ValidationError):
        entries.add_service_entry(vault, case.id, "counselling", "ok", occurred_on="2026-02-30")
    with pytest.raises(ValidationError):
        entries.add_service_entry(vault, case.id, "no-such-type", "ok")
    with pytest.raises(ValidationError):
        cases.open_case(vault, {"name": "   "}, {})


@PROPERTY
@given(values=st.dictionaries(st.text(max_size=20), any_text, max_size=5))
def test_drafts_keep_any_typing(vault, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Autosave must never crash or alter what was typed, whatever the widget hands over."""
    from caseapp.services import drafts
    drafts.save_draft(vault, "case:x:service_entry:new", values)
    assert drafts.load_draft(vault, "case:x:service_entry:new") == values
