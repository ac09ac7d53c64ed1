"""주민등록번호: the format is refused when wrong, the check digit only warns, and the screen shows it masked."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain import forms
from caseapp.domain.resident_number import birth_date, checksum_ok, mask, normalize, warnings
from caseapp.errors import ValidationError

VALID = "850315-2000007"  # check digit computed by the rule (weights 2..9,2..5)


def test_a_number_passing_the_check_digit_and_its_normalised_spellings() -> None:
    assert checksum_ok(VALID)
    assert normalize("8503152000007") == normalize(" 850315 - 2000007 ") == VALID
    assert birth_date(VALID) == date(1985, 3, 15)
    assert birth_date("150101-3000000") == date(2015, 1, 1)
    assert warnings(VALID, date(1985, 3, 15)) == []


def test_a_wrong_check_digit_warns_but_is_kept() -> None:
    number = normalize("850315-2000008")
    assert number == "850315-2000008"
    found = warnings(number)
    assert len(found) == 1 and "검증번호" in found[0].ko
    assert "differs" in warnings(VALID, date(1985, 3, 16))[0].en


@pytest.mark.parametrize("typed", ["85031-2000007", "850315-200000", "abcdef-1234567", "851315-2000007"])
def test_a_malformed_number_is_refused_with_a_clear_message(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        forms.validate(forms.CLIENT, {"name": "김민수", "resident_number": typed}, partial=True)
    assert "주민등록번호" in err.value.message("ko")


def test_optional_and_masked_on_screen() -> None:
    assert forms.validate(forms.CLIENT, {"name": "김민수", "resident_number": ""})["resident_number"] == ""
    assert mask(VALID) == "850315-2******"
    assert mask("") == "" and mask("없음") == "******-*******"
