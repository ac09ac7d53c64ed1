"""Dates of things that already happened cannot lie in the future; planned dates can."""

from datetime import date, timedelta

import pytest

from caseapp.domain import forms
from caseapp.errors import ValidationError


def test_a_service_entry_dated_years_ahead_is_refused_with_the_field_named() -> None:
    with pytest.raises(ValidationError) as err:
        forms.validate(forms.SERVICE_ENTRY, {"practice_type": "counselling", "contact_mode": "phone", "text": "x",
                                             "occurred_on": "2062-01-01"})
    assert "일자" in err.value.ko and "future" in err.value.en


def test_today_is_fine_and_planned_dates_may_be_ahead() -> None:
    ok = forms.validate(forms.SERVICE_ENTRY, {"practice_type": "counselling", "contact_mode": "phone", "text": "x",
                                              "occurred_on": date.today().isoformat()})
    assert ok["occurred_on"] == date.today()
    ahead = (date.today() + timedelta(days=400)).isoformat()
    assert forms.validate(forms.FOLLOW_UP, {"due_on": ahead})["due_on"].isoformat() == ahead
