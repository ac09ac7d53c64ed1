"""Consents by kind: recording them (with the legal representative rule), reading them by kind (for the 제3자 제공
register and withdrawal lists built on top), the 주민등록번호 rule, and the scanned signed copies."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import select

from caseapp.domain import forms
from caseapp.domain.consent_terms import (
    STATUTORY_KINDS, guardian_missing, guardian_warning, in_force, resident_number_allowed,
)
from caseapp.domain.labels import Label
from caseapp.domain.vocab import ConsentPurpose
from caseapp.errors import NotFound, ValidationError
from caseapp.services import audit, case_show, entries, records
from caseapp.services.case_show import ScanInfo
from caseapp.services.cases import require_case
from caseapp.services.vault import Vault
from caseapp.storage.models import Case, Client, Consent, ConsentScan

MAX_SCAN_BYTES = 10 * 1024 * 1024  # a scanned page or three; more is a mistake (a video, a whole folder as PDF)
SCAN_TYPES = {b"%PDF-": "application/pdf", b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
SCAN_SUFFIX = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


@dataclass(frozen=True)
class ConsentView:
    """One consent as other features read it: its kind, whether it is in force today, and who gave it."""

    id: str
    kind: ConsentPurpose | None  # None for a code this version does not know (kept as stored)
    purpose: str
    given_on: date | None
    withdrawn_on: date | None
    expires_on: date | None
    consented_by: str | None
    recipients: str
    in_force: bool
    statutory: bool  # one of the four kinds the privacy act names


def consents_for(vault: Vault, case_id: str, on: date | None = None) -> list[ConsentView]:
    on = on or date.today()
    with vault.session() as s:
        rows = list(s.exec(select(Consent).where(Consent.case_id == case_id).order_by(Consent.given_on)))
    out = []
    for c in rows:
        try:
            kind: ConsentPurpose | None = ConsentPurpose(c.purpose)
        except ValueError:
            kind = None
        out.append(ConsentView(c.id, kind, c.purpose, c.given_on, c.withdrawn_on, c.expires_on, c.consented_by,
                               c.recipients, in_force(c, on), kind in STATUTORY_KINDS))
    return out


def _client_birth(vault: Vault, case_id: str) -> date | None:
    with vault.session() as s:
        require_case(s, case_id)
        row = s.exec(select(Client.birth_date).join(Case, Case.client_id == Client.id)
                     .where(Case.id == case_id)).first()
    return row


def _refuse_missing_guardian(values: dict[str, Any]) -> None:
    missing = guardian_missing(values)
    if missing is not None:
        raise ValidationError(missing.ko, missing.en)


def warnings_for(vault: Vault, case_id: str, values: dict[str, Any]) -> list[Label]:
    """What to ask the practitioner about before saving (e.g. 본인 chosen for a client under 14)."""
    given = values.get("given_on")
    given_on = given if isinstance(given, date) else forms.clean_value(forms.CONSENT.field("given_on"), given)
    warning = guardian_warning(_client_birth(vault, case_id), given_on, str(values.get("consented_by") or ""))
    return [warning] if warning else []


def add_consent(vault: Vault, case_id: str, values: dict[str, Any]) -> Consent:
    cleaned = forms.validate(forms.CONSENT, values)
    _refuse_missing_guardian(cleaned)
    return entries.add(vault, case_id, "consent", values)


def add_consent_sheet(vault: Vault, case_id: str, values: dict[str, Any]) -> list[Consent]:
    cleaned = forms.validate(forms.CONSENT_SHEET, values)
    _refuse_missing_guardian(cleaned)
    return entries.add_consents(vault, case_id, values)


def resident_number_may_leave(vault: Vault, case_id: str, on: date | None = None) -> bool:
    with vault.session() as s:
        rows = list(s.exec(select(Consent).where(Consent.case_id == case_id)))
    return resident_number_allowed(rows, on or date.today())


def record_reveal(vault: Vault, case_id: str) -> None:
    """Showing the full 주민등록번호 on screen is audited (who looked, when, which case)."""
    with vault.session(write=True) as s:
        case = require_case(s, case_id)
        audit.record(s, vault.actor, "reveal", "client", case.client_id, case_id=case_id,
                     detail="resident_number")


# --- scanned signed copies ------------------------------------------------------------------------------------

def media_type_of(data: bytes) -> str | None:
    return next((kind for magic, kind in SCAN_TYPES.items() if data.startswith(magic)), None)


def attach_scan(vault: Vault, consent_id: str, source: str | Path) -> ScanInfo:
    """Store the scanned signed copy (PDF, JPEG or PNG up to 10 MB) inside the case file."""
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_SCAN_BYTES:
            raise ValidationError(
                f"스캔 파일이 너무 큽니다({size / 1048576:.1f}MB). {MAX_SCAN_BYTES // 1048576}MB 이하로 스캔하세요"
                "(해상도 200dpi, 흑백 권장).",
                f"The scan is too large ({size / 1048576:.1f} MB). Keep it under {MAX_SCAN_BYTES // 1048576} MB "
                "(scan at 200 dpi, black and white).")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"파일을 읽을 수 없습니다: {path.name} ({exc.strerror})",
                              f"Cannot read the file: {path.name} ({exc.strerror})") from None
    kind = media_type_of(data)
    if kind is None:
        raise ValidationError("PDF, JPEG, PNG 파일만 첨부할 수 있습니다.", "Only PDF, JPEG or PNG files can be attached.")
    with vault.session(write=True) as s:
        consent = s.get(Consent, consent_id)
        if consent is None:
            raise NotFound("동의 기록을 찾을 수 없습니다.", "No such consent.")
        scan = ConsentScan(consent_id=consent_id, case_id=consent.case_id, file_name=path.name[:200],
                           media_type=kind, size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data)
        records.add_in_session(vault, s, scan, f"consent scan {scan.file_name}")
        return _info(scan)


def _info(scan: ConsentScan) -> ScanInfo:
    return ScanInfo(scan.id, scan.consent_id, scan.file_name, scan.media_type, scan.size, scan.sha256)


def scans_for_case(vault: Vault, case_id: str) -> dict[str, list[ScanInfo]]:
    """consent id -> its scans (no bytes), oldest first."""
    with vault.read_cursor() as cursor:
        return case_show.scans(cursor, case_id)


def scan_bytes(vault: Vault, scan_id: str) -> tuple[ScanInfo, bytes]:
    with vault.session() as s:
        scan = s.get(ConsentScan, scan_id)
        if scan is None:
            raise NotFound("첨부 파일을 찾을 수 없습니다.", "No such attachment.")
        if hashlib.sha256(scan.data).hexdigest() != scan.sha256:
            raise ValidationError("첨부 파일이 손상되었습니다(SHA-256 불일치).", "The attachment is damaged (SHA-256 "
                                  "mismatch).")
        return _info(scan), bytes(scan.data)
