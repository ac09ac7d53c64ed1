"""Rules of the intake facts and of 대상자 선정 that span more than one field (pure; the services call them).

Field-by-field cleaning is in :mod:`caseapp.domain.forms`; what is here needs two fields, or the agency's settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from caseapp.domain.vocab import BASIC_LIVELIHOOD_BENEFITS, Livelihood, ReferralRoute, SelectionLevel
from caseapp.errors import ValidationError


def check_client(values: Mapping[str, Any]) -> None:
    """``values``: the client's cleaned fields after the change (stored row overlaid with the edit)."""
    livelihood = {Livelihood(v) for v in values.get("livelihood") or []}
    if Livelihood.GENERAL in livelihood and len(livelihood) > 1:
        raise ValidationError("‘생활 구분’: ‘일반’은 수급·차상위와 함께 고를 수 없습니다.",
                              "‘Public assistance’: ‘General’ cannot be combined with a benefit or near poverty.")
    if Livelihood.NEAR_POVERTY in livelihood and livelihood & BASIC_LIVELIHOOD_BENEFITS:
        raise ValidationError("‘생활 구분’: 차상위는 기초생활수급과 함께 고를 수 없습니다.",
                              "‘Public assistance’: near poverty cannot be combined with a basic livelihood benefit.")
    if values.get("referral_route") == ReferralRoute.OTHER.value and not str(values.get("referral_source") or "").strip():
        raise ValidationError("‘접수 경로’가 기타이면 ‘접수 경로 상세’에 무엇인지 적어 주세요.",
                              "With ‘Referral route’ other, say which in ‘Referral detail’.")


def check_selection(values: Mapping[str, Any], *, agency_uses_intensive: bool) -> None:
    """``values``: a cleaned :data:`~caseapp.domain.forms.CASE_SELECTION` record."""
    level = SelectionLevel(values["level"])
    if level is SelectionLevel.INTENSIVE and not agency_uses_intensive:
        raise ValidationError("이 기관은 집중사례 구분을 쓰지 않습니다(설정 → 기관 정보에서 켤 수 있습니다).",
                              "This agency does not use the intensive level (Settings → Agency can turn it on).")
    if not level.selected and not str(values.get("reason") or "").strip():
        raise ValidationError("‘선정 사유·판단 근거’: 미선정이면 그 사유를 적어야 합니다.",
                              "‘Reasons’: say why the case is not selected.")

