"""주민등록번호 (resident registration number): optional, checked, masked.

The format is refused when wrong (a typo must not be stored); the check digit only warns, because foreigners'
numbers and numbers issued since October 2020 (random last digits) do not follow it.
"""

from __future__ import annotations

import re
from datetime import date

from caseapp.domain.labels import Label

_TYPED = re.compile(r"^(\d{6})\s*-?\s*(\d{7})$")
_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
MASK_CHAR = "*"


class ResidentNumberError(ValueError):
    def __init__(self, label: Label) -> None:
        super().__init__(label.en)
        self.label = label


def normalize(raw: str) -> str:
    """``"8503152123456"`` or ``"850315 - 2123456"`` → ``"850315-2123456"``; empty stays empty; else refused."""
    text = (raw or "").strip()
    if not text:
        return ""
    m = _TYPED.match(text)
    if m is None:
        raise ResidentNumberError(Label("주민등록번호는 숫자 13자리(예: 850315-2123456)여야 합니다",
                                        "a resident registration number is 13 digits (e.g. 850315-2123456)"))
    front, back = m.groups()
    if birth_date(f"{front}-{back}") is None or back[0] not in "0123456789":
        raise ResidentNumberError(Label("앞 6자리가 생년월일(YYMMDD)이 아닙니다",
                                        "the first six digits are not a date of birth (YYMMDD)"))
    return f"{front}-{back}"


def birth_date(number: str) -> date | None:
    """The date of birth the number holds (the 7th digit gives the century), or None."""
    digits = number.replace("-", "")
    if len(digits) != 13 or not digits.isdigit():
        return None
    century = {"9": 1800, "0": 1800, "1": 1900, "2": 1900, "5": 1900, "6": 1900,
               "3": 2000, "4": 2000, "7": 2000, "8": 2000}[digits[6]]
    try:
        return date(century + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        return None


def checksum_ok(number: str) -> bool:
    digits = [int(c) for c in number.replace("-", "")]
    if len(digits) != 13:
        return False
    total = sum(d * w for d, w in zip(digits, _WEIGHTS))
    return (11 - total % 11) % 10 == digits[12]


def warnings(number: str, known_birth: date | None = None) -> list[Label]:
    """Things worth a second look that do not stop saving (foreign/new numbers fail the check digit)."""
    if not number:
        return []
    found = []
    if not checksum_ok(number):
        found.append(Label("주민등록번호 검증번호가 맞지 않습니다. 외국인·2020년 10월 이후 발급 번호가 아니라면 다시 확인하세요.",
                           "The resident number's check digit does not match. Unless it is a foreigner's number or "
                           "one issued since October 2020, please check it."))
    born = birth_date(number)
    if known_birth is not None and born is not None and born != known_birth:
        found.append(Label(f"주민등록번호의 생년월일({born.isoformat()})이 입력한 생년월일과 다릅니다.",
                           f"The resident number's date of birth ({born.isoformat()}) differs from the one entered."))
    return found


def mask(number: str) -> str:
    """``850315-2123456`` → ``850315-2******`` (birth date and sex digit stay readable); other text fully masked."""
    text = (number or "").strip()
    if not text:
        return ""
    m = _TYPED.match(text)
    if m is None:
        return MASK_CHAR * 6 + "-" + MASK_CHAR * 7
    front, back = m.groups()
    return f"{front}-{back[0]}{MASK_CHAR * 6}"
