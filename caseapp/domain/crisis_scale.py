"""The 위기도 조사 checklist of the 통합사례관리 욕구·위기도 조사: scored items, their total and the band it falls in.

Each item is scored 0–3 with the same words as the need levels (없음 · 경미 · 상당 · 심각). The band is read from the
total, with two rules the practice applies whatever the total is: any item at 3 (심각) makes the case at least 높음,
and an immediate danger (자살·자해, 학대·폭력, 주거 상실) at 3 makes it 위기. The band only *suggests* the assessment's
``risk_level``; the practitioner chooses, and a difference is shown beside the choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from caseapp.domain.labels import Label
from caseapp.domain.vocab import RiskLevel


@dataclass(frozen=True)
class CrisisItem:
    key: str  # stored code
    label: Label
    help: Label  # what to look for, shown as a tooltip and on the blank form
    immediate: bool = False  # a danger to life or shelter: 심각 here means 위기 whatever the total


ITEMS: tuple[CrisisItem, ...] = (
    CrisisItem("livelihood", Label("생계 곤란", "Livelihood hardship"),
               Label("소득 상실, 식비·생필품 부족", "Loss of income, not enough for food and essentials")),
    CrisisItem("housing", Label("주거 위기", "Housing crisis"),
               Label("퇴거·강제 철거, 노숙, 주거 상실, 난방·단전·단수", "Eviction, homelessness, loss of home, "
                     "no heating, power or water"), immediate=True),
    CrisisItem("physical_health", Label("신체 건강 위기", "Physical health crisis"),
               Label("중한 질병·부상, 치료 중단, 거동 불가", "Serious illness or injury, treatment stopped, "
                     "cannot move about")),
    CrisisItem("mental_health", Label("정신 건강 위기", "Mental health crisis"),
               Label("정신질환 증상 악화, 치료 중단, 중독", "Worsening symptoms, treatment stopped, addiction")),
    CrisisItem("abuse_violence", Label("학대·폭력", "Abuse and violence"),
               Label("아동·노인·장애인 학대, 가정폭력, 방임", "Abuse of a child, older or disabled person, "
                     "domestic violence, neglect"), immediate=True),
    CrisisItem("suicide_self_harm", Label("자살·자해 위험", "Risk of suicide or self-harm"),
               Label("자살 생각·계획·시도, 자해", "Suicidal thoughts, plans or attempts, self-harm"), immediate=True),
    CrisisItem("care_gap", Label("돌봄 공백", "Gap in care"),
               Label("아동·노인·장애인·환자를 돌볼 사람이 없음", "Nobody to care for a child, older, disabled or sick "
                     "person")),
    CrisisItem("debt_arrears", Label("부채·체납", "Debt and arrears"),
               Label("월세·공과금 체납, 채무 독촉, 압류", "Rent or utility arrears, debt collection, seizure")),
    CrisisItem("isolation", Label("사회적 고립", "Social isolation"),
               Label("연락하는 사람이 없음, 고독사 위험", "No one in touch, risk of dying alone")),
    CrisisItem("family_breakdown", Label("가족 기능 위기", "Family breakdown"),
               Label("가족 해체, 심한 갈등, 주 양육자·부양자 부재", "Family break-up, severe conflict, "
                     "main carer or earner gone")),
)

ITEM_KEYS = tuple(item.key for item in ITEMS)

SCORES: dict[int, Label] = {
    0: Label("없음", "None"),
    1: Label("경미", "Mild"),
    2: Label("상당", "Considerable"),
    3: Label("심각", "Severe"),
}
MAX_SCORE = max(SCORES)
MAX_TOTAL = MAX_SCORE * len(ITEMS)

# Lowest total of each band (10 items × 0–3 = 0–30).
BANDS: tuple[tuple[int, RiskLevel], ...] = (
    (0, RiskLevel.LOW), (6, RiskLevel.MODERATE), (12, RiskLevel.HIGH), (18, RiskLevel.CRISIS),
)
_ORDER = [band for _low, band in BANDS]


def item(key: str) -> CrisisItem:
    for it in ITEMS:
        if it.key == key:
            return it
    raise KeyError(key)


class ScaleError(ValueError):
    def __init__(self, label: Label) -> None:
        super().__init__(label.en)
        self.label = label


def clean_scores(raw: Mapping[str, object] | None) -> dict[str, int]:
    """Scores as stored: known item keys to 0–3, in checklist order; an item left blank is simply absent."""
    out: dict[str, int] = {}
    for key, value in (raw or {}).items():
        if value is None or value == "":
            continue
        if key not in ITEM_KEYS:
            raise ScaleError(Label(f"위기도 조사에 없는 항목입니다: {key}", f"Not an item of the crisis checklist: {key}"))
        try:
            score = int(str(value).strip()) if not isinstance(value, int) or isinstance(value, bool) else value
        except ValueError:
            score = -1
        if score not in SCORES:
            name = item(key).label
            raise ScaleError(Label(f"‘{name.ko}’ 점수는 0–{MAX_SCORE} 사이여야 합니다: {value}",
                                   f"‘{name.en}’ must be scored 0–{MAX_SCORE}: {value}"))
        out[key] = score
    return {k: out[k] for k in ITEM_KEYS if k in out}


@dataclass(frozen=True)
class CrisisResult:
    total: int
    scored: int  # items given a score
    band: RiskLevel | None  # None while nothing is scored
    why: Label | None  # set when a rule, not the total, decided the band

    def differs_from(self, chosen: str | None) -> bool:
        return self.band is not None and bool(chosen) and chosen != self.band.value


def _at_least(band: RiskLevel, floor: RiskLevel) -> RiskLevel:
    return band if _ORDER.index(band) >= _ORDER.index(floor) else floor


def band_for_total(total: int) -> RiskLevel:
    band = BANDS[0][1]
    for low, level in BANDS:
        if total >= low:
            band = level
    return band


def assess(scores: Mapping[str, int]) -> CrisisResult:
    """Total and band of a (cleaned) set of scores."""
    if not scores:
        return CrisisResult(0, 0, None, None)
    total = sum(scores.values())
    band = band_for_total(total)
    why: Label | None = None
    severe = [item(k) for k, v in scores.items() if v == MAX_SCORE]
    immediate = [it for it in severe if it.immediate]
    if immediate and band is not RiskLevel.CRISIS:
        band = RiskLevel.CRISIS
        why = Label(f"{immediate[0].label.ko} ‘심각’", f"{immediate[0].label.en} ‘severe’")
    elif severe and _at_least(band, RiskLevel.HIGH) is not band:
        band = RiskLevel.HIGH
        why = Label(f"{severe[0].label.ko} ‘심각’", f"{severe[0].label.en} ‘severe’")
    return CrisisResult(total, len(scores), band, why)


def summary(scores: Mapping[str, int], lang: str) -> str:
    """One line for lists and the CLI: total, band and the rule that decided it."""
    result = assess(scores)
    if result.band is None:
        return ""
    ko = f"합계 {result.total}/{MAX_TOTAL}점 · {result.band.label.ko}"
    en = f"total {result.total}/{MAX_TOTAL} · {result.band.label.en}"
    if result.why is not None:
        ko += f" ({result.why.ko})"
        en += f" ({result.why.en})"
    return ko if lang == "ko" else en
