"""The household's monthly income and expenses (월 소득·지출) recorded with an assessment: the lines, reading an
amount as a practitioner types it, and the totals.

Amounts are whole won per month. Typed text may use comma grouping (120,000) and the units 만 and 천 (12만, 12만 5천,
1만2000); anything else (decimals, negative numbers, other words) is refused with a message saying what is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from caseapp.domain.labels import Label, LabelledEnum

MAX_AMOUNT = 100_000_000  # 1억 원 a month: beyond that it is a typo, not a household budget


class BudgetItem(LabelledEnum):
    # income
    EARNED = ("earned", "근로·사업소득", "Earnings (work, business)")
    LIVELIHOOD_BENEFIT = ("livelihood_benefit", "생계급여", "Livelihood benefit")
    HOUSING_BENEFIT = ("housing_benefit", "주거급여", "Housing benefit")
    BASIC_PENSION = ("basic_pension", "기초연금", "Basic pension")
    DISABILITY_PENSION = ("disability_pension", "장애인연금", "Disability pension")
    CHILD_ALLOWANCE = ("child_allowance", "아동수당", "Child allowance")
    OTHER_PUBLIC = ("other_public", "기타 공적 이전(연금·수당)", "Other public transfers (pensions, allowances)")
    PRIVATE_TRANSFER = ("private_transfer", "사적 이전(가족·지인 지원)", "Private transfers (family, friends)")
    OTHER_INCOME = ("other_income", "기타 소득", "Other income")
    # expenses
    HOUSING = ("housing", "주거비(월세·관리비)", "Housing (rent, service charges)")
    FOOD = ("food", "식비", "Food")
    MEDICAL = ("medical", "의료비", "Medical")
    EDUCATION = ("education", "교육비(보육 포함)", "Education (incl. childcare)")
    UTILITIES = ("utilities", "공과금(전기·가스·수도)", "Utilities (power, gas, water)")
    TELECOM = ("telecom", "통신비", "Phone and internet")
    TRANSPORT = ("transport", "교통비", "Transport")
    INSURANCE = ("insurance", "보험료", "Insurance")
    DEBT_REPAYMENT = ("debt_repayment", "부채 상환", "Debt repayment")
    OTHER_EXPENSE = ("other_expense", "기타 지출", "Other expenses")


L = BudgetItem
INCOME_LINES: tuple[BudgetItem, ...] = (L.EARNED, L.LIVELIHOOD_BENEFIT, L.HOUSING_BENEFIT, L.BASIC_PENSION,
                                        L.DISABILITY_PENSION, L.CHILD_ALLOWANCE, L.OTHER_PUBLIC, L.PRIVATE_TRANSFER,
                                        L.OTHER_INCOME)
EXPENSE_LINES: tuple[BudgetItem, ...] = tuple(m for m in BudgetItem if m not in INCOME_LINES)
# Shown under one heading "공적 이전" on the form and the PDF.
PUBLIC_TRANSFERS = frozenset({L.LIVELIHOOD_BENEFIT, L.HOUSING_BENEFIT, L.BASIC_PENSION, L.DISABILITY_PENSION,
                              L.CHILD_ALLOWANCE, L.OTHER_PUBLIC})
PUBLIC_TRANSFERS_LABEL = Label("공적 이전", "Public transfers")
INCOME_LABEL = Label("월 소득", "Monthly income")
EXPENSE_LABEL = Label("월 지출", "Monthly expenses")
BALANCE_LABEL = Label("월 수지(소득 − 지출)", "Monthly balance (income − expenses)")


def is_income(code: str) -> bool:
    return BudgetItem(code) in INCOME_LINES


class AmountError(ValueError):
    def __init__(self, label: Label) -> None:
        super().__init__(label.en)
        self.label = label


ACCEPTED = Label("숫자, 쉼표로 묶은 숫자, 만·천 단위만 쓸 수 있습니다(예: 120000, 120,000, 12만, 12만 5천)",
                 "use digits, comma-grouped digits or the units 만 and 천 (e.g. 120000, 120,000, 12만, 12만 5천)")

_PLAIN = re.compile(r"\d+|\d{1,3}(?:,\d{3})+")
_UNITS = re.compile(r"(?:(?P<man>\d+|\d{1,3}(?:,\d{3})+)만)?(?:(?P<cheon>\d+)천)?(?P<rest>\d+)?")


def parse_won(raw: object) -> int | None:
    """An amount in won from what was typed; ``None`` for blank. Raises :class:`AmountError` with a message."""
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        value = raw
    else:
        text = re.sub(r"\s+", "", str(raw))
        text = text.removesuffix("원")
        if not text:
            return None
        if text.startswith(("-", "−")):
            raise AmountError(Label("금액은 0보다 작을 수 없습니다", "an amount cannot be negative"))
        if _PLAIN.fullmatch(text):
            value = int(text.replace(",", ""))
        else:
            m = _UNITS.fullmatch(text)
            if not m or not ("만" in text or "천" in text):
                raise AmountError(Label(f"금액을 읽을 수 없습니다(‘{raw}’): {ACCEPTED.ko}",
                                        f"cannot read the amount ‘{raw}’: {ACCEPTED.en}"))
            man = int((m["man"] or "0").replace(",", ""))
            cheon = int(m["cheon"] or "0")
            rest = int(m["rest"] or "0")
            if cheon > 9 or (m["cheon"] and rest > 999) or (m["man"] and not m["cheon"] and rest > 9999):
                raise AmountError(Label(f"만·천 단위가 맞지 않습니다(‘{raw}’): {ACCEPTED.ko}",
                                        f"the 만/천 units do not add up in ‘{raw}’: {ACCEPTED.en}"))
            value = man * 10_000 + cheon * 1_000 + rest
    if value < 0:
        raise AmountError(Label("금액은 0보다 작을 수 없습니다", "an amount cannot be negative"))
    if value > MAX_AMOUNT:
        raise AmountError(Label(f"한 달 금액으로 너무 큽니다(최대 {MAX_AMOUNT:,}원)",
                                f"too large for a month (at most {MAX_AMOUNT:,} won)"))
    return value


def won_text(amount: int, lang: str) -> str:
    return f"{amount:,}원" if lang == "ko" else f"{amount:,} won"


@dataclass(frozen=True)
class BudgetTotals:
    income: int
    expense: int

    @property
    def balance(self) -> int:
        return self.income - self.expense


def totals(amounts: Mapping[str, int | None]) -> BudgetTotals:
    """Sums of the income and the expense lines (``amounts`` maps line code -> won; blanks count as 0)."""
    income = sum(v or 0 for k, v in amounts.items() if is_income(k))
    expense = sum(v or 0 for k, v in amounts.items() if not is_income(k))
    return BudgetTotals(income, expense)


def balance_text(amount: int, lang: str) -> str:
    """A balance with its sign spelled out (a deficit must not read as income)."""
    sign = "+" if amount > 0 else ("−" if amount < 0 else "")
    return sign + won_text(abs(amount), lang)
