"""Consents by kind: the four statutory kinds, the wording a consent form needs for each, and when a consent counts.

개인정보 보호법 제15조 (수집·이용), 제24조 (고유식별정보), 제23조 (민감정보), 제17조 (제3자 제공): each is asked
separately and tells the client the purpose, the items, how long they are kept, and that they may refuse and what
refusing costs. The defaults below are the usual wording; a consent's own text (when filled) replaces them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Protocol

from caseapp.domain.labels import Label
from caseapp.domain.vocab import ConsentGiver, ConsentPurpose

GUARDIAN_AGE = 14  # under 14 the legal representative consents (개인정보 보호법 제22조의2)

STATUTORY_KINDS: tuple[ConsentPurpose, ...] = (ConsentPurpose.PERSONAL_INFO, ConsentPurpose.UNIQUE_ID,
                                               ConsentPurpose.SENSITIVE_INFO, ConsentPurpose.SHARING)

# Headings of a consent block, in the statute's words (제3자 제공 names them from the recipient's side).
SHARING_HEADINGS = {
    "purpose_detail": Label("제공받는 자의 이용 목적", "Recipients' purpose"),
    "items": Label("제공하는 항목", "Items provided"),
    "retention": Label("제공받는 자의 보유·이용 기간", "Recipients' retention period"),
}
HEADINGS = {
    "purpose_detail": Label("수집·이용 목적", "Purpose of collection and use"),
    "items": Label("수집 항목", "Items collected"),
    "recipients": Label("제공받는 자", "Recipients"),
    "retention": Label("보유·이용 기간", "Retention and use period"),
    "refusal_consequence": Label("동의 거부 권리 및 불이익", "Right to refuse and its consequence"),
}


@dataclass(frozen=True)
class Terms:
    purpose_detail: Label
    items: Label
    retention: Label
    refusal_consequence: Label
    recipients: Label | None = None
    article: str = ""


_RETENTION = Label("사례 종결 후 5년", "5 years after the case closes")
_REFUSE = ("귀하는 동의를 거부할 권리가 있습니다. ", "You have the right to refuse. ")

DEFAULT_TERMS: dict[ConsentPurpose, Terms] = {
    ConsentPurpose.PERSONAL_INFO: Terms(
        Label("사례관리 대상자 선정, 욕구·위기도 조사, 서비스 제공 계획 수립과 제공, 모니터링·사후관리",
              "Selecting the client, assessing needs and crisis, planning and providing services, monitoring "
              "and follow-up"),
        Label("성명, 생년월일, 성별, 연락처, 주소, 가구 구성, 소득·재산, 주거 상황, 상담 내용",
              "Name, date of birth, sex, phone, address, household, income and assets, housing, counselling notes"),
        _RETENTION,
        Label(_REFUSE[0] + "다만 동의하지 않으면 사례관리 서비스를 제공받을 수 없습니다.",
              _REFUSE[1] + "Without it, however, the case-management service cannot be provided."),
        article="개인정보 보호법 제15조"),
    ConsentPurpose.UNIQUE_ID: Terms(
        Label("공적 급여·서비스 신청과 자격 확인(사회보장급여법에 따른 정보 확인)",
              "Applying for and checking entitlement to public benefits and services"),
        Label("주민등록번호", "Resident registration number"),
        _RETENTION,
        Label(_REFUSE[0] + "동의하지 않으면 주민등록번호가 필요한 급여 신청을 대신 도와드릴 수 없습니다.",
              _REFUSE[1] + "Without it we cannot apply on your behalf for benefits that need the number."),
        article="개인정보 보호법 제24조"),
    ConsentPurpose.SENSITIVE_INFO: Terms(
        Label("건강 상태에 맞는 서비스 계획과 의료·정신건강 자원 연계", "Planning services that fit the client's "
              "health and linking health and mental-health resources"),
        Label("건강 상태, 질병·장애, 복용 약, 정신건강 관련 정보", "Health, illness and disability, medication, "
              "mental health"),
        _RETENTION,
        Label(_REFUSE[0] + "동의하지 않으면 건강 관련 서비스 연계가 제한될 수 있습니다.",
              _REFUSE[1] + "Without it, linking health-related services may be limited."),
        article="개인정보 보호법 제23조"),
    ConsentPurpose.SHARING: Terms(
        Label("서비스 의뢰·연계와 사례회의(제공받는 자의 이용 목적)", "Referrals, linking services and case "
              "conferences (the recipients' purpose)"),
        Label("성명, 연락처, 주소, 가구 상황, 욕구 및 서비스 내용", "Name, phone, address, household situation, "
              "needs and services"),
        Label("제공받는 자의 서비스 제공 종료 시까지", "Until the recipient's service ends"),
        Label(_REFUSE[0] + "동의하지 않으면 다른 기관의 서비스 연계가 어려울 수 있습니다.",
              _REFUSE[1] + "Without it, referral to other agencies' services may not be possible."),
        recipients=Label("행정복지센터, 통합사례관리 참여 기관, 의뢰 기관", "Community centre, agencies in the "
                         "integrated case management, referral partners"),
        article="개인정보 보호법 제17조"),
}


class ConsentLike(Protocol):
    purpose: str
    given_on: date | None
    withdrawn_on: date | None
    expires_on: date | None


def in_force(consent: ConsentLike, on: date) -> bool:
    """Given by ``on``, not withdrawn by then, not expired."""
    if consent.given_on is None or consent.given_on > on:
        return False
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
        return False
    return consent.expires_on is None or consent.expires_on >= on


def resident_number_allowed(consents: Iterable[ConsentLike], on: date) -> bool:
    """The number may leave the file (PDF, JSON, letters) only under a 고유식별정보 consent in force."""
    return any(c.purpose == ConsentPurpose.UNIQUE_ID.value and in_force(c, on) for c in consents)


def heading(purpose: ConsentPurpose, name: str) -> Label:
    if purpose is ConsentPurpose.SHARING and name in SHARING_HEADINGS:
        return SHARING_HEADINGS[name]
    return HEADINGS[name]


def text_for(consent: Any, name: str, language: str) -> str:
    """The consent's own wording for a heading, else the kind's default (empty when the kind has none)."""
    own = str(getattr(consent, name, "") or "").strip()
    if own:
        return own
    try:
        terms = DEFAULT_TERMS[ConsentPurpose(consent.purpose)]
    except (ValueError, KeyError):
        return ""
    label = getattr(terms, name, None)
    return label.text(language) if isinstance(label, Label) else ""


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def guardian_warning(birth: date | None, given_on: date | None, consented_by: str) -> Label | None:
    """A client under 14 cannot consent alone: warn when 본인 is recorded for one."""
    if birth is None or consented_by != ConsentGiver.SELF.value:
        return None
    if age_on(birth, given_on or date.today()) >= GUARDIAN_AGE:
        return None
    return Label(f"대상자가 만 {GUARDIAN_AGE}세 미만입니다. 법정대리인의 동의를 받아 기록하세요.",
                 f"The client is under {GUARDIAN_AGE}. The legal representative's consent is needed.")


def guardian_missing(values: dict[str, Any]) -> Label | None:
    """법정대리인 chosen: the form must say who (name and relation), or the consent proves nothing."""
    if values.get("consented_by") != ConsentGiver.GUARDIAN.value:
        return None
    if str(values.get("guardian_name") or "").strip() and str(values.get("guardian_relation") or "").strip():
        return None
    return Label("법정대리인이 동의한 경우 법정대리인의 성명과 관계를 적어야 합니다.",
                 "A legal representative's consent needs the representative's name and relation.")
