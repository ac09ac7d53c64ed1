"""Forms as data: validation turns raw input into stored values or one clear error naming the field."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from caseapp.domain import forms
from caseapp.errors import ValidationError


def test_required_field_missing_names_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        forms.validate(forms.CLIENT, {"name": "  "})
    assert "성명" in info.value.message("ko") and "Name" in info.value.message("en")


def test_unknown_field_is_an_error_not_silently_dropped() -> None:
    with pytest.raises(ValidationError) as info:
        forms.validate(forms.CLIENT, {"name": "김민수", "nmae": "오타"})
    assert "nmae" in info.value.message("en")


@pytest.mark.parametrize("typed", ["2026-03-01", "2026.03.01", "2026/03/01", date(2026, 3, 1)])
def test_dates_in_common_korean_formats(typed: object) -> None:
    assert forms.validate(forms.INTAKE, {"opened_on": typed})["opened_on"] == date(2026, 3, 1)


@pytest.mark.parametrize("typed", ["3월", "2026-13-01", "1800-01-01", "2026-02-30"])
def test_bad_dates_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError):
        forms.validate(forms.FOLLOW_UP, {"due_on": typed})


def test_a_month_and_day_alone_mean_this_year_everywhere_a_date_is_read() -> None:
    this_year = date.today().year
    assert forms.validate(forms.FOLLOW_UP, {"due_on": "3월 1일"})["due_on"] == date(this_year, 3, 1)
    assert forms.validate(forms.CLIENT, {"name": "김", "birth_date": "550315"})["birth_date"] == date(1955, 3, 15)


def test_choices_accept_labels_and_store_codes() -> None:
    cleaned = forms.validate(forms.SERVICE_ENTRY, {"practice_type": "위기개입", "contact_mode": "가정방문", "text": "x"})
    assert cleaned["practice_type"] == "crisis_intervention" and cleaned["contact_mode"] == "home_visit"
    assert cleaned["occurred_on"] == date.today()  # default_today


def test_bad_choice_lists_the_allowed_values() -> None:
    with pytest.raises(ValidationError) as info:
        forms.validate(forms.SERVICE_ENTRY, {"practice_type": "잡담", "contact_mode": "office", "text": "x"})
    assert "위기개입" in info.value.message("ko")


def test_int_range_and_multi_choice() -> None:
    with pytest.raises(ValidationError):
        forms.validate(forms.NEED_RATING, {"area": "safety", "level": 4})
    assert forms.validate(forms.NEED_RATING, {"area": "안전", "level": "3"})["level"] == 3
    flags = forms.validate(forms.CLIENT, {"name": "a", "vulnerability_flags": "독거, disability, 독거"})
    assert flags["vulnerability_flags"] == ["living_alone", "disability"]


def test_single_line_text_loses_newlines_multiline_keeps_them() -> None:
    cleaned = forms.validate(forms.CLIENT, {"name": "김\n민수", "notes": "첫 줄\n둘째 줄"})
    assert cleaned["name"] == "김 민수" and cleaned["notes"] == "첫 줄\n둘째 줄"


def test_too_long_and_nul_text_refused() -> None:
    with pytest.raises(ValidationError):
        forms.validate(forms.CLIENT, {"name": "가" * 101})
    with pytest.raises(ValidationError):
        forms.validate(forms.CLIENT, {"name": "a\x00b"})


def test_partial_validation_only_touches_given_fields() -> None:
    assert forms.validate(forms.GOAL, {"gas_zero": "기대 수준"}, partial=True) == {"gas_zero": "기대 수준"}


def test_a_100k_character_note_fits() -> None:
    text = "주거 " * 33_000
    assert forms.validate(forms.SERVICE_ENTRY, {"practice_type": "information", "contact_mode": "phone",
                                                "text": text})["text"] == text


def test_every_form_field_names_are_unique_and_labelled() -> None:
    for form in forms.ALL_FORMS.values():
        assert len(form.names) == len(set(form.names)), form.key
        for spec in form.fields:
            assert spec.label.ko and spec.label.en
            if spec.kind in (forms.Kind.CHOICE, forms.Kind.MULTI_CHOICE):
                assert spec.choices is not None


@given(st.text(max_size=300))
def test_any_text_either_cleans_or_raises_validation_error(raw: str) -> None:
    try:
        cleaned = forms.validate(forms.CLIENT, {"name": raw, "notes": raw})
    except ValidationError:
        return
    assert "\n" not in cleaned["name"] and cleaned["notes"] == raw
