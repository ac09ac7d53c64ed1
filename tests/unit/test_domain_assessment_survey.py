"""The 욕구·위기도 조사 as data: amounts read the way practitioners type them, the crisis checklist's total and band."""

from __future__ import annotations

import pytest

from caseapp.domain import budget, crisis_scale, forms
from caseapp.domain.budget import AmountError, BudgetItem, parse_won
from caseapp.domain.crisis_scale import ScaleError, assess, clean_scores
from caseapp.domain.vocab import RiskLevel


@pytest.mark.parametrize("typed, won", [
    ("120000", 120_000), ("120,000", 120_000), ("1,200,000원", 1_200_000), ("12만", 120_000), ("12만원", 120_000),
    ("12만 5천", 125_000), ("1만2000", 12_000), ("3천", 3_000), (" 45 만 ", 450_000), ("0", 0), (350_000, 350_000),
])
def test_amounts_typed_as_digits_commas_or_man_cheon_units_are_read(typed: object, won: int) -> None:
    assert parse_won(typed) == won


@pytest.mark.parametrize("blank", [None, "", "   ", "원"])
def test_a_blank_amount_is_no_amount(blank: object) -> None:
    assert parse_won(blank) is None


@pytest.mark.parametrize("typed, says", [
    ("-5000", "0보다 작을 수 없습니다"), ("−5000", "0보다 작을 수 없습니다"), ("12.5만", "12만 5천"),
    ("십이만", "읽을 수 없습니다"), ("12,00", "읽을 수 없습니다"), ("12만12000", "만·천 단위가 맞지 않습니다"),
    ("200000000", "너무 큽니다"), ("약 30만", "읽을 수 없습니다"),
])
def test_other_amounts_are_refused_with_a_message_saying_what_is_accepted(typed: str, says: str) -> None:
    with pytest.raises(AmountError) as info:
        parse_won(typed)
    assert says in info.value.label.ko
    assert info.value.label.en


def test_income_and_expense_lines_are_separate_and_totalled() -> None:
    assert set(budget.INCOME_LINES) | set(budget.EXPENSE_LINES) == set(BudgetItem)
    assert not set(budget.INCOME_LINES) & set(budget.EXPENSE_LINES)
    assert budget.PUBLIC_TRANSFERS <= set(budget.INCOME_LINES)
    t = budget.totals({"earned": 800_000, "housing_benefit": 240_000, "housing": 450_000, "food": 600_000,
                       "debt_repayment": None})
    assert (t.income, t.expense, t.balance) == (1_040_000, 1_050_000, -10_000)
    assert budget.balance_text(t.balance, "ko") == "−10,000원"
    assert budget.balance_text(50_000, "en") == "+50,000 won"


def test_budget_line_form_declares_the_item_choice() -> None:
    cleaned = forms.validate(forms.BUDGET_LINE, {"item": "주거급여", "amount": 240_000, "note": "신청 중"})
    assert cleaned == {"item": "housing_benefit", "amount": 240_000, "note": "신청 중"}


def test_crisis_checklist_items_are_the_agency_list_with_words_from_practice() -> None:
    names = [i.label.ko for i in crisis_scale.ITEMS]
    for wanted in ("생계 곤란", "주거 위기", "학대·폭력", "자살·자해 위험", "돌봄 공백"):
        assert wanted in names
    assert len(set(crisis_scale.ITEM_KEYS)) == len(crisis_scale.ITEMS)
    assert crisis_scale.MAX_TOTAL == 3 * len(crisis_scale.ITEMS)


@pytest.mark.parametrize("scores, total, band", [
    ({}, 0, None),
    ({"livelihood": 0, "isolation": 0}, 0, RiskLevel.LOW),
    ({"livelihood": 2, "debt_arrears": 2, "isolation": 1}, 5, RiskLevel.LOW),
    ({"livelihood": 2, "debt_arrears": 2, "isolation": 2}, 6, RiskLevel.MODERATE),
    ({"housing": 1, "physical_health": 1, "care_gap": 2, "isolation": 2, "debt_arrears": 2, "family_breakdown": 2,
      "livelihood": 2}, 12, RiskLevel.HIGH),
    ({k: 2 for k in crisis_scale.ITEM_KEYS[:9]}, 18, RiskLevel.CRISIS),
])
def test_the_total_falls_in_its_band(scores: dict[str, int], total: int, band: RiskLevel | None) -> None:
    result = assess(clean_scores(scores))
    assert (result.total, result.band) == (total, band)


def test_one_severe_item_means_at_least_high_and_an_immediate_danger_means_crisis() -> None:
    severe_debt = assess({"debt_arrears": 3})
    assert severe_debt.band is RiskLevel.HIGH and severe_debt.why is not None and "부채" in severe_debt.why.ko
    suicide = assess({"suicide_self_harm": 3})
    assert suicide.total == 3 and suicide.band is RiskLevel.CRISIS
    assert suicide.differs_from("moderate") and not suicide.differs_from("crisis") and not suicide.differs_from(None)
    assert "위기" in crisis_scale.summary({"housing": 3}, "ko") and "주거 위기" in crisis_scale.summary({"housing": 3}, "ko")


def test_scores_are_cleaned_into_checklist_order_and_bad_ones_refused() -> None:
    assert list(clean_scores({"isolation": "1", "livelihood": 2, "housing": ""})) == ["livelihood", "isolation"]
    with pytest.raises(ScaleError) as info:
        clean_scores({"housing": 4})
    assert "주거 위기" in info.value.label.ko and "0–3" in info.value.label.ko
    with pytest.raises(ScaleError):
        clean_scores({"lottery": 1})
    with pytest.raises(ScaleError):
        clean_scores({"housing": "많음"})
