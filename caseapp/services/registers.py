"""The registers privacy law asks for: 파기 대장 (destructions) and 제3자 제공 대장 (what was given to whom).

Destruction: :func:`destroy` destroys a case (:func:`caseapp.services.destruction.destroy_case`, which writes the
register line in the same transaction), then looks into every backup and, on request, purges the case from them
(:mod:`caseapp.services.backup_purge`); the register line then says which backups held it and when each was purged.

Disclosure: every referral letter, record export to a recipient and report given outside is one line, written in
the same transaction as the export's own record. :func:`consent_covers` decides whether a consent allowed it; an
export without one needs a reason. A consent withdrawn later lists the disclosures that relied on it
(:func:`affected_by_withdrawal`): the recipients to notify.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from caseapp import settings as settings_mod
from caseapp.domain.vocab import ConsentPurpose
from caseapp.errors import ValidationError
from caseapp.services import audit, backup_purge
from caseapp.services.case_show import disclosure_json  # noqa: F401 (callers reach it here)
from caseapp.services.destruction import DestructionReport, destroy_case
from caseapp.storage.models import Case, Consent, DestructionLog, Disclosure, utcnow

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

DISCLOSURE_KINDS = {
    "referral_letter": ("의뢰서", "Referral letter"),
    "record_export": ("사례 기록 출력", "Case record export"),
    "report": ("실적 보고서", "Statistics report"),
}
REPORT_BASIS = "통계 작성(개인을 알아볼 수 없는 형태, 개인정보 보호법 제28조의2) / statistics, no one identifiable"


# --- 파기 대장 ---------------------------------------------------------------------------------------------------

@dataclass
class Destroyed:
    report: DestructionReport
    backups: list[backup_purge.BackupOutcome]


def destroy(vault: "Vault", case_id: str, reason: str = "", *, purge_backups: bool = False,
            settings: settings_mod.Settings | None = None) -> Destroyed:
    """Destroy the case, then record (and with ``purge_backups`` remove) what the backups still hold."""
    report = destroy_case(vault, case_id, reason)
    settings = settings or settings_mod.load()
    outcomes = (backup_purge.purge if purge_backups else backup_purge.survey)(vault, case_id, settings)
    note_backups(vault, case_id, outcomes)
    return Destroyed(report, outcomes)


def note_backups(vault: "Vault", case_id: str, outcomes: list[backup_purge.BackupOutcome]) -> None:
    """Write the backups' outcomes onto the case's newest register line (and one audit row)."""
    with vault.session(write=True) as s:
        line = s.exec(select(DestructionLog).where(DestructionLog.case_id == case_id)
                      .order_by(col(DestructionLog.destroyed_at).desc())).first()
        if line is None:
            return
        line.backups = [o.to_json() for o in outcomes]
        line.updated_at = utcnow()
        s.add(line)
        purged = sum(1 for o in outcomes if o.purged_at)
        held = sum(1 for o in outcomes if o.held)
        audit.record(s, vault.actor, "destroy_backups", "destructionlog", line.id, case_id,
                     detail=f"{line.case_number}: purged={purged};still_held={held};backups={len(outcomes)}")


def destruction_register(vault: "Vault") -> list[DestructionLog]:
    with vault.session() as s:
        return list(s.exec(select(DestructionLog).order_by(col(DestructionLog.destroyed_at))).all())


def register_json(line: DestructionLog) -> dict[str, Any]:
    return {"case_number": line.case_number, "destroyed_at": line.destroyed_at.isoformat(timespec="seconds"),
            "by": line.actor, "reason": line.reason, "kinds": list(line.kinds or []), "method": line.method,
            "backups": list(line.backups or [])}


# --- 제3자 제공 대장 -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Coverage:
    covered: bool
    basis: str  # words for the register: which consent allowed it
    consent: Consent | None = None


def consent_covers(consents: list[Consent], recipient: str, today: date | None = None) -> Coverage:
    """Does a consent allow giving this client's data to ``recipient``?

    An active 제3자 제공 ("sharing") consent covers any recipient, unless it names its recipients (the consent's
    ``recipients`` text, one per comma, semicolon or line): then only a recipient whose name is, or contains, one
    of those is covered.
    """
    today = today or date.today()
    wanted = recipient.strip().casefold()
    usable = [c for c in consents if c.purpose == ConsentPurpose.SHARING.value and _active(c, today)]
    for consent in sorted(usable, key=lambda c: (c.given_on or date.min, c.created_at), reverse=True):
        named = named_recipients(getattr(consent, "recipients", None))
        if named and not any(n in wanted for n in named):  # 보건소 covers 평창군 보건소, not the other way
            continue
        given = consent.given_on.isoformat() if consent.given_on else ""
        return Coverage(True, f"{ConsentPurpose.SHARING.label.ko} 동의 {given} / sharing consent {given}", consent)
    return Coverage(False, "")


def named_recipients(value: object) -> list[str]:
    """The recipients a consent names, casefolded: its text split at commas, semicolons and lines (or a list)."""
    items = value if isinstance(value, (list, tuple)) else re.split(r"[,;\n]", str(value or ""))
    return [str(item).strip().casefold() for item in items if str(item).strip()]


def _active(consent: Consent, today: date) -> bool:
    if consent.given_on is None or consent.given_on > today:
        return False
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return False
    return consent.expires_on is None or consent.expires_on >= today


def check_reason(coverage: Coverage, reason: str) -> str:
    """The reason a disclosure without a covering consent needs (raises when missing)."""
    reason = (reason or "").strip()
    if not coverage.covered and not reason:
        raise ValidationError(
            "이 받는 곳에 대한 정보 제공 동의가 없습니다. 제공하는 이유(법적 근거)를 적으세요(--reason).",
            "No consent covers this recipient. Give the reason or legal basis for giving the data (--reason).")
    if "\x00" in reason or len(reason) > 500:
        raise ValidationError("제공 사유가 올바르지 않습니다.", "The reason is not valid.")
    return reason


def add_disclosure(s: Session, actor: str, *, kind: str, recipient: str, items: str, coverage: Coverage,
                   reason: str = "", case: Case | None = None, export_id: str = "") -> Disclosure:
    """One register line inside the caller's write session (committed with the export's own record)."""
    line = Disclosure(case_id=case.id if case else None, case_number=case.case_number if case else "", kind=kind,
                      recipient=recipient.strip(), items=items, basis=coverage.basis or reason,
                      consent_id=coverage.consent.id if coverage.consent else None,
                      consent_purpose=coverage.consent.purpose if coverage.consent else "",
                      consent_covered=coverage.covered, reason=reason, export_id=export_id, actor=actor)
    s.add(line)
    audit.record(s, actor, "disclose", "disclosure", line.id, line.case_id,
                 detail=f"{kind};covered={int(coverage.covered)};export={export_id}")
    return line


def disclosures(vault: "Vault", case_id: str | None = None) -> list[Disclosure]:
    with vault.session() as s:
        query = select(Disclosure).order_by(col(Disclosure.disclosed_at))
        if case_id is not None:
            query = query.where(Disclosure.case_id == case_id)
        return list(s.exec(query).all())


def affected_by_withdrawal(vault: "Vault", consent: Consent) -> list[Disclosure]:
    """Disclosures that relied on a consent of this case and purpose (withdrawn now): whom to notify."""
    with vault.session() as s:
        return list(s.exec(select(Disclosure).where(Disclosure.case_id == consent.case_id,
                                                    Disclosure.consent_purpose == consent.purpose,
                                                    Disclosure.consent_covered == True)  # noqa: E712
                           .order_by(col(Disclosure.disclosed_at))).all())


def in_language(text: str, lang: str) -> str:
    """One side of a stored "한국어 / English" text (a reason or basis typed by a user stays as typed)."""
    ko, sep, en = text.partition(" / ")
    return en if sep and lang != "ko" else ko if sep else text


def kind_text(kind: str, lang: str) -> str:
    ko, en = DISCLOSURE_KINDS.get(kind, (kind, kind))
    return ko if lang == "ko" else en


def export_items(options: Any) -> str:
    """What a record export gave, in words: its sections, period and whether it was redacted."""
    from caseapp.export.options import SECTIONS
    names = [SECTIONS[s].ko for s in options.sections if s in SECTIONS] or ["사례 기록 전체"]
    period = ""
    if options.date_from or options.date_to:
        period = f" ({options.date_from or ''}~{options.date_to or ''})"
    return "·".join(names) + period + (" · 민감정보 가림" if options.redacted else "")


# --- the registers in words (for their PDF and the window) ----------------------------------------------------

# The kinds of data a destruction removes, by table, in the register's words.
DATA_KINDS = {
    "client": ("대상자 인적사항", "client's details"), "householdmember": ("가구원", "household members"),
    "serviceentry": ("서비스 제공 기록", "service log"), "assessment": ("사정", "assessments"),
    "needrating": ("욕구 평가", "need ratings"), "goal": ("목표", "goals"), "goalscore": ("목표 점수", "goal scores"),
    "plantask": ("과업", "tasks"), "consent": ("동의서", "consents"), "referral": ("자원 의뢰", "referrals"),
    "monitoringreview": ("모니터링", "reviews"), "termination": ("종결", "termination"),
    "followup": ("사후관리", "follow-ups"), "caseconference": ("사례회의", "case conferences"),
    "ecorelation": ("생태도", "eco-map"), "addendum": ("추가기록", "addenda"), "draft": ("임시 저장", "drafts"),
    "exportrecord": ("출력 기록", "export log"), "stagetransition": ("단계 이력", "stage history"),
    "checklistcheck": ("점검표", "checklist"), "correctionrequest": ("정정·삭제 요구", "correction requests"),
    # The rows destruction finds through the foreign keys (h10): each named, never the bare table name.
    "budgetline": ("예산 항목", "budget lines"), "caseselection": ("사례 선정", "case selection"),
    "conferenceattendee": ("사례회의 참석자", "conference attendees"), "planagreement": ("계획 동의", "plan agreement"),
    "reviewgoalchange": ("모니터링 목표 변경", "review goal changes"),
    "reviewservicerating": ("모니터링 서비스 평가", "review service ratings"),
    "supervisionrecord": ("슈퍼비전 기록", "supervision records"),
    "supervisorconfirmation": ("슈퍼바이저 확인", "supervisor confirmations"),
    "terminationgoaloutcome": ("종결 목표 성과", "goal outcomes at termination"),
    "consentscan": ("동의서 스캔", "consent scans"),
}


def kinds_text(kinds: list[str], lang: str) -> str:
    parts = []
    for item in kinds:
        table, _, n = item.partition("=")
        ko, en = DATA_KINDS.get(table, (table, table))
        parts.append(f"{ko} {n}건" if lang == "ko" else f"{en} ({n})")
    return ", ".join(parts)


def backups_text(backups: list[dict[str, Any]], lang: str) -> str:
    if not backups:
        return "백업 없음" if lang == "ko" else "no backups"
    lines = []
    for b in backups:
        if b.get("purged_at"):
            state = (f"지움 {str(b['purged_at'])[:16].replace('T', ' ')}" if lang == "ko"
                     else f"purged {str(b['purged_at'])[:16].replace('T', ' ')}")
        elif b.get("held") is True:
            state = "남아 있음" if lang == "ko" else "still holds it"
        elif b.get("held") is None:
            state = "확인 못함" if lang == "ko" else "not checked"
        else:
            state = "없음" if lang == "ko" else "not in it"
        lines.append(f"{b.get('name', '')}: {state}")
    return "\n".join(lines)
