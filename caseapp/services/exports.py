"""Exporting case records as (signed) PDFs, logging each export, and matching a paper copy's hash later.

The GUI's export dialog (Ctrl+E) runs these off the GUI thread: ``progress(done, total)`` reports steps and
``cancel()`` returning True stops before the next step (a batch stops between cases; files already written stay).
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from caseapp import i18n_text
from caseapp.errors import UserError
from caseapp.export import content
from caseapp.export.blank_forms import render_blank_forms
from caseapp.export.options import ExportOptions
from caseapp.export.qr import parse_payload
from caseapp.export.record_pdf import RecordMeta, render_record
from caseapp.export.referral_letter import LetterMeta, render_referral_letter
from caseapp.export.sign import sign_pdf
from caseapp.export.verify import VerifyReport, verify_pdf
from caseapp.services import access_log, approval, audit, cases, outputs, registers, signing
from caseapp.services.vault import Vault
from caseapp.storage.models import (
    Agency, Case, Disclosure, ExportRecord, Practitioner, Referral, Resource, new_id, utcnow,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ExportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("내보내기를 취소했습니다.", "The export was cancelled.")


# Writing the PDF failed (folder missing, disk full, permission): the name callers and tests know.
ExportFailed = outputs.OutputFailed
NO_CONSENT_LETTER = "정보 제공 동의 없음: 연락처·주소 제외 / no sharing consent: contact details left out"


@dataclass(frozen=True)
class ExportResult:
    export_id: str
    case_number: str
    path: Path
    content_sha256: str
    signed: bool


@dataclass(frozen=True)
class HashLookup:
    """What ``lookup_hash`` knows about a content SHA-256 (from a QR code or a footer)."""

    found: bool
    export_id: str = ""
    case_number: str = ""
    exported_at: datetime | None = None
    options: str = ""
    signed: bool = False
    case_changed_since: bool | None = None  # None: the case no longer exists
    hash_matches: bool = True  # False: the QR's export id is logged but the hash beside it is not that export's
    kind: str = "record"  # "record", "referral_letter" or "report" (a statistics report: no case)


def _installation(vault: Vault) -> tuple[Agency, Practitioner | None]:
    with vault.session() as s:
        agency = s.exec(select(Agency).order_by(Agency.created_at)).first() or Agency(name="")
        practitioner = s.exec(select(Practitioner).where(Practitioner.is_current == True)).first()  # noqa: E712
    return agency, practitioner


def _write_logged(vault: Vault, out_path: str | os.PathLike[str], pdf: bytes, record: ExportRecord,
                  entity_type: str, entity_id: str, detail: str,
                  disclose: Callable[[Session], object] | None = None,
                  purpose: access_log.Purpose | None = None) -> Path:
    """The PDF and its export record exist together or not at all: write beside the target, commit the record and
    its audit row, then rename into place. A failed commit leaves no PDF; a failed rename takes the record back.
    ``disclose`` adds the 제3자 제공 대장 line in the same transaction. The audit row is also the access record
    (접속기록): it carries the device and the reason given (``purpose``)."""
    staged = outputs.stage(out_path, pdf)
    record.file_name = staged.target.name
    purpose = purpose or access_log.Purpose()
    note = access_log.purpose_note(purpose)
    try:
        with vault.session(write=True) as s:
            s.add(record)
            event = audit.record(s, vault.actor, "export", entity_type, entity_id, record.case_id,
                                 detail=f"{detail};{access_log.access_detail(purpose=purpose, note=note)}")
            access_log.keep_note(s, event.seq, note)
            if disclose is not None:
                disclose(s)
    except BaseException:
        staged.discard()
        raise
    try:
        return staged.publish()
    except outputs.OutputFailed:
        with vault.session(write=True) as s:
            row = s.get(ExportRecord, record.id)
            if row is not None:
                s.delete(row)
            for line in s.exec(select(Disclosure).where(Disclosure.export_id == record.id)):
                s.delete(line)  # nothing was given: the register must not say it was
            audit.record(s, vault.actor, "export_withdrawn", entity_type, entity_id, record.case_id,
                         detail=f"file not written;export={record.id}")
        raise


def _step(progress: Progress | None, cancel: Cancel | None, done: int, total: int) -> None:
    if cancel is not None and cancel():
        raise ExportCancelled()
    if progress is not None:
        progress(done, total)


def export_case(vault: Vault, case_id: str, out_path: str | os.PathLike[str], options: ExportOptions | None = None,
                progress: Progress | None = None, cancel: Cancel | None = None, recipient: str = "",
                reason: str = "", purpose: access_log.Purpose | None = None) -> ExportResult:
    """Render, sign (unless ``options.signed`` is False), then write and log together (:func:`_write_logged`).

    With a ``recipient`` outside the agency the export is a disclosure (제3자 제공 대장); when no consent covers
    that recipient a ``reason`` is required (checked before anything is rendered). ``purpose`` is why the data
    leaves the program (접속기록)."""
    outputs.guard(out_path)  # a mistyped target fails before the rendering work, not after
    options = options or ExportOptions()
    lang = options.language or i18n_text.current_language()
    total = 4
    _step(progress, cancel, 0, total)
    with vault.session() as s:
        cases.require_case(s, case_id)  # a destroyed case (retention) has nothing left to print
    snap = cases.snapshot(vault, case_id)
    coverage = registers.consent_covers(list(snap.consents), recipient) if recipient.strip() else None
    if coverage is not None:
        reason = registers.check_reason(coverage, reason)
    state = content.state_hash(snap)
    exported_at = utcnow()
    sharing = content.sharing_consent(snap, exported_at.astimezone().date())
    shown = content.prepare(content.guard_resident_number(snap, exported_at.astimezone().date()), options, sharing)
    sha = content.content_hash(shown, options, lang)
    agency, practitioner = _installation(vault)
    export_id = new_id()
    _step(progress, cancel, 1, total)
    meta = RecordMeta(agency=agency, practitioner=practitioner, export_id=export_id, content_sha256=sha,
                      exported_at=exported_at, language=lang, signed=options.signed,
                      visible_signature=options.visible_signature, sharing=sharing,
                      approval_roles=approval.approval_roles(vault, lang))
    pdf = render_record(shown, meta, options)
    _step(progress, cancel, 2, total)
    if options.signed:
        pdf = sign_pdf(pdf, signing.signer(vault), agency=agency.name, lang=lang,
                       visible=options.visible_signature,
                       reason=f"{'사례관리 기록' if lang == 'ko' else 'Case record'} {snap.case.case_number}",
                       allow_cosign=approval.supervisor_cosigns(vault), validation=signing.validation_data(vault))
    _step(progress, cancel, 3, total)
    record = ExportRecord(id=export_id, case_id=case_id, exported_at=exported_at, content_sha256=sha,
                          case_state_sha256=state, options=options.to_text(), signed=options.signed)
    disclose = None if coverage is None else (
        lambda s: registers.add_disclosure(s, vault.actor, kind="record_export", recipient=recipient,
                                           items=registers.export_items(options), coverage=coverage,
                                           reason=reason, case=snap.case, export_id=export_id))
    path = _write_logged(vault, out_path, pdf, record, "exportrecord", export_id,
                         f"sha256={sha};signed={int(options.signed)};redacted={int(options.redacted)}", disclose,
                         purpose)
    if progress is not None:
        progress(total, total)
    return ExportResult(export_id, snap.case.case_number, path, sha, options.signed)


def safe_file_name(case_number: str, redacted: bool = False) -> str:
    stem = re.sub(r"[^0-9A-Za-z가-힣_-]", "_", case_number)
    return f"{stem}{'-redacted' if redacted else ''}.pdf"


def export_many(vault: Vault, case_ids: Sequence[str], out_dir: str | os.PathLike[str],
                options: ExportOptions | None = None, progress: Progress | None = None,
                cancel: Cancel | None = None, recipient: str = "", reason: str = "",
                purpose: access_log.Purpose | None = None) -> list[ExportResult]:
    """One PDF per case into ``out_dir`` (named by case number); ``progress(done, total)`` counts cases."""
    options = options or ExportOptions()
    folder = outputs.guard_folder(out_dir)
    results: list[ExportResult] = []
    total = len(case_ids)
    with vault.session() as s:
        numbers = {c.id: c.case_number for c in s.exec(select(Case))}
    for done, case_id in enumerate(case_ids):
        _step(progress, cancel, done, total)
        name = safe_file_name(numbers.get(case_id, case_id), options.redacted)
        results.append(export_case(vault, case_id, folder / name, options, recipient=recipient, reason=reason,
                                   purpose=purpose))
    if progress is not None:
        progress(total, total)
    return results


def all_case_ids(vault: Vault) -> list[str]:
    """Every case that still exists (destroyed ones have nothing left to print)."""
    with vault.session() as s:
        return [c.id for c in s.exec(select(Case).where(Case.destroyed_at == None)  # noqa: E711
                                     .order_by(Case.case_number))]


def lookup_hash(vault: Vault, sha256: str) -> HashLookup:
    """Does this content hash belong to a logged export, and has the case changed since that export?

    Accepts the full SHA-256, the 16-digit prefix printed in every page footer, or the QR code's whole text. A QR
    text names its export by id, so that export is the answer (not the newest export with the same content); if the
    hash printed beside it does not match that export's, ``hash_matches`` is False.
    """
    text = sha256.strip()
    scanned = parse_payload(text)  # the whole QR text works too
    needle = (scanned.get("sha256") or text).lower()
    if not re.fullmatch(r"[0-9a-f]{16,64}", needle):
        raise UserError("SHA-256 값(16진수 64자리, 또는 쪽 아래에 인쇄된 앞 16자리)을 입력하세요.",
                        "Give the SHA-256 (64 hex digits, or the first 16 printed at the foot of each page).")
    with vault.session() as s:
        record = s.get(ExportRecord, scanned["export"]) if scanned.get("export") else None
        if record is None:
            # A paper copy whose QR code is unreadable still shows the first 16 hex digits in every footer.
            match = ExportRecord.content_sha256 == needle if len(needle) == 64 else \
                col(ExportRecord.content_sha256).startswith(needle)
            record = s.exec(select(ExportRecord).where(match)
                            .order_by(col(ExportRecord.exported_at).desc())).first()
        case = s.get(Case, record.case_id) if record and record.case_id else None
    if record is None:
        return HashLookup(found=False)
    changed: bool | None = None
    case_number = ""
    if case is not None and case.destroyed_at is None:
        case_number = case.case_number
        changed = content.state_hash(cases.snapshot(vault, case.id)) != record.case_state_sha256
    return HashLookup(True, record.id, case_number, record.exported_at, record.options, record.signed, changed,
                      hash_matches=record.content_sha256.startswith(needle), kind=_export_kind(record.options))


def _export_kind(options: str) -> str:
    try:
        kind = json.loads(options).get("kind") if options else None
    except (ValueError, AttributeError):
        kind = None
    return str(kind) if kind else "record"


def verify_file(vault: Vault | None, path: str | os.PathLike[str],
                extra_roots: Sequence[bytes] = (), extra_crls: Sequence[bytes] = ()) -> VerifyReport:
    """Verify a signed PDF against the case file's trusted roots (if ``vault``) plus ``extra_roots`` (PEM/DER).

    ``extra_crls`` (PEM/DER, e.g. from the signer's ``caseapp export-crl``) are newer revocation lists than the
    one the PDF carries: a certificate revoked after the PDF was made then shows as revoked.
    """
    from caseapp.export import pki
    from caseapp.export.pki import load_certificate
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(f"파일을 읽을 수 없습니다: {path} ({exc.strerror})",
                        f"Cannot read the file: {path} ({exc.strerror})") from None
    roots = signing.trusted_roots(vault) if vault is not None else []
    roots += [load_certificate(r) for r in extra_roots]
    # The case file's own CRL is newer than the one a PDF carries: a certificate revoked since shows as revoked.
    crls = signing.validation_data(vault).crls if vault is not None else ()
    crls += tuple(pki.load_crl(c) for c in extra_crls)
    return verify_pdf(data, roots, crls, i18n_text.current_language())


def export_blank_forms(out_path: str | os.PathLike[str], language: str | None = None) -> Path:
    return outputs.write(out_path, render_blank_forms(language or i18n_text.current_language()))


def export_referral_letter(vault: Vault, referral_id: str, out_path: str | os.PathLike[str],
                           language: str | None = None, signed: bool = True, reason: str = "",
                           purpose: access_log.Purpose | None = None) -> ExportResult:
    """A signed letter to the resource a client is referred to (only what the referral needs; no resident no.).

    Always a disclosure to that resource. Without a covering consent the letter leaves the client's contact
    details out, and the register says so unless a ``reason`` is given. ``purpose``: why it leaves (접속기록).

    A target ending in ``.hwpx`` gets the same letter as an (unsigned) 한글 document."""
    outputs.guard(out_path)
    lang = language or i18n_text.current_language()
    with vault.session() as s:
        referral = s.get(Referral, referral_id)
        if referral is None:
            raise UserError("의뢰 기록을 찾을 수 없습니다.", "No such referral.")
        resource = s.get(Resource, referral.resource_id)
    snap = cases.snapshot(vault, referral.case_id)
    recipient = resource.name if resource is not None else "?"
    coverage = registers.consent_covers(list(snap.consents), recipient)
    reason = registers.check_reason(coverage, reason.strip() or ("" if coverage.covered else NO_CONSENT_LETTER))
    agency, practitioner = _installation(vault)
    export_id = new_id()
    letter = LetterMeta(agency=agency, practitioner=practitioner, export_id=export_id, language=lang,
                        written_at=utcnow(), signed=signed, approval_roles=approval.approval_roles(vault, lang))
    as_hwpx = Path(out_path).suffix.lower() == ".hwpx"
    if as_hwpx:  # 한글 users file letters as HWPX; it cannot carry a PDF signature (logged like any letter)
        from caseapp.export.referral_letter_hwpx import render_referral_letter_hwpx
        pdf, sha = render_referral_letter_hwpx(snap, referral, letter)
        signed = False
    else:
        pdf, sha = render_referral_letter(snap, referral, letter)
    if signed:
        pdf = sign_pdf(pdf, signing.signer(vault), agency=agency.name, lang=lang, visible=True,
                       reason=f"{'의뢰서' if lang == 'ko' else 'Referral letter'} {snap.case.case_number}",
                       validation=signing.validation_data(vault))
    record = ExportRecord(id=export_id, case_id=snap.case.id, content_sha256=sha,
                          case_state_sha256=content.state_hash(snap),
                          options=json.dumps({"kind": "referral_letter", "referral_id": referral_id,
                                              "format": "hwpx" if as_hwpx else "pdf"}), signed=signed)
    items = "의뢰서: 이름·나이·성별·의뢰 사유·주호소·목표" + ("·연락처·주소" if coverage.covered else "")
    path = _write_logged(vault, out_path, pdf, record, "referral", referral_id, f"referral_letter;sha256={sha}",
                         lambda s: registers.add_disclosure(s, vault.actor, kind="referral_letter",
                                                            recipient=recipient, items=items, coverage=coverage,
                                                            reason=reason, case=snap.case, export_id=export_id),
                         purpose or access_log.Purpose(access_log.ExportReason.REFERRAL))
    return ExportResult(export_id, snap.case.case_number, path, sha, signed)


def cosign_file(in_path: str | os.PathLike[str], out_path: str | os.PathLike[str],
                pkcs12_path: str | os.PathLike[str], password: str) -> Path:
    """Add an approval signature (e.g. the supervisor's, from their PKCS#12) to a signed record or letter.

    Only records certified with co-signing allowed (``caseapp sign-off --cosign on`` before exporting) can take
    one; anything else is refused before writing, so the original stays as it was.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import MDPPerm

    from caseapp.export import pki
    from caseapp.export.sign import ValidationData, cosign_pdf
    source, target = Path(in_path), outputs.guard(out_path)
    try:
        data = source.read_bytes()
        p12 = Path(pkcs12_path).read_bytes()
    except OSError as exc:
        raise UserError(f"파일을 읽을 수 없습니다: {exc.filename} ({exc.strerror})",
                        f"Cannot read the file: {exc.filename} ({exc.strerror})") from None
    identity = pki.load_pkcs12(p12, password)
    try:
        levels = [s.docmdp_level for s in PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures]
    except Exception:  # noqa: BLE001 - not a readable PDF: say so in words
        levels = None
    if not levels:
        raise UserError("서명된 caseapp PDF가 아닙니다.", "This is not a signed caseapp PDF.")
    if MDPPerm.NO_CHANGES in levels:
        raise UserError("이 문서는 '변경 불가'로 인증되어 추가 서명을 할 수 없습니다. "
                        "'caseapp sign-off --cosign on' 뒤 다시 내보내세요.",
                        "This document is certified 'no changes', so it cannot be co-signed. Run "
                        "'caseapp sign-off --cosign on' and export it again.")
    return outputs.write(target, cosign_pdf(data, identity, validation=ValidationData()))


def write_signed_document(vault: Vault, out_path: str | os.PathLike[str], pdf: bytes, sha: str, *, kind: str,
                          title: str, lang: str, case_id: str | None = None, export_id: str | None = None,
                          disclose: Callable[[Session], object] | None = None) -> ExportResult:
    """Sign a rendered PDF/A (registers, the client's own copy) and write it with its export record, as
    :func:`export_case` does for records (signature, stamp, validation data, one audit row)."""
    agency, _practitioner = _installation(vault)
    export_id = export_id or new_id()
    signed = sign_pdf(pdf, signing.signer(vault), agency=agency.name, lang=lang, visible=True, reason=title,
                      validation=signing.validation_data(vault))
    record = ExportRecord(id=export_id, case_id=case_id, content_sha256=sha, options=json.dumps({"kind": kind}),
                          signed=True)
    path = _write_logged(vault, out_path, signed, record, "exportrecord", export_id, f"{kind};sha256={sha}", disclose)
    number = ""
    if case_id is not None:
        with vault.session() as s:
            case = s.get(Case, case_id)
            number = case.case_number if case else ""
    return ExportResult(export_id, number, path, sha, True)


# --- consent form (h5) -------------------------------------------------------------------------------------------

def export_consent_form(vault: Vault, case_id: str, out_path: str | os.PathLike[str],
                        language: str | None = None) -> Path:
    """The printable 개인정보 수집·이용 및 제공 동의서 for the client to sign (PDF/A, unsigned: it is signed on paper)."""
    from datetime import date

    from caseapp.export.consent_form import ConsentFormMeta, render_consent_form
    outputs.guard(out_path)
    lang = language or i18n_text.current_language()
    with vault.session() as s:
        cases.require_case(s, case_id)
    snap = cases.snapshot(vault, case_id)
    agency, practitioner = _installation(vault)
    meta = ConsentFormMeta(agency_name=agency.name, head_name=agency.head_name,
                           practitioner_name=practitioner.name if practitioner else "", language=lang,
                           printed_on=date.today())
    path = outputs.write(out_path, render_consent_form(snap, meta))
    with vault.session(write=True) as s:
        audit.record(s, vault.actor, "export", "case", case_id, case_id=case_id, detail="consent_form")
    return path
