"""Writing the statistics report (실적 보고서) as XLSX, CSV, a signed PDF or HWPX; the format follows the file name.

Every report is an audit event (what period, which format, the content hash), committed before the file is renamed
into place. An output path onto caseapp's own files or a backup is refused before anything is computed
(:mod:`caseapp.services.outputs`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from caseapp import i18n_text
from caseapp.domain.statistics import Period
from caseapp.domain.stats_tables import APPROVAL_ROLES, ReportDoc
from caseapp.errors import ValidationError
from caseapp.export.sign import sign_pdf
from caseapp.services import access_log, audit, outputs, registers, signing, statistics
from caseapp.services.vault import Vault
from caseapp.storage.models import Agency, ExportRecord, Practitioner, new_id, utcnow

FORMATS = ("xlsx", "csv", "pdf", "hwpx")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    format: str
    sha256: str
    signed: bool


def report_format(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError(f"보고서 형식은 .xlsx, .csv, .pdf, .hwpx 중 하나여야 합니다: {Path(path).name}",
                              f"The report must be .xlsx, .csv, .pdf or .hwpx: {Path(path).name}")
    return suffix


def check_output_path(path: str | os.PathLike[str]) -> Path:
    """The report's target, refused (before anything is computed) when it is caseapp's own file, a backup or a
    folder, or has no report format's extension."""
    target = outputs.guard(path)
    report_format(target)
    return target


def report_doc(vault: Vault, period: Period, practitioner: str | None = None, lang: str | None = None,
               level: str | None = None) -> ReportDoc:
    lang = lang or i18n_text.current_language()
    result = statistics.statistics(vault, period, practitioner, level=level)
    with vault.session() as s:
        agency = s.exec(select(Agency).order_by(Agency.created_at)).first() or Agency(name="")
        current = s.exec(select(Practitioner).where(Practitioner.is_current == True)).first()  # noqa: E712
    preparer = practitioner or (current.name if current else "")
    names = (preparer, agency.supervisor_name, agency.head_name)
    approvers = tuple((role.text(lang), name) for role, name in zip(APPROVAL_ROLES, names))
    return ReportDoc(result, lang, agency.name, approvers, utcnow().astimezone().date(), new_id())


def render(doc: ReportDoc, fmt: str) -> bytes:
    if fmt == "xlsx":
        from caseapp.export.report_xlsx import render_xlsx
        return render_xlsx(doc)
    if fmt == "csv":
        from caseapp.export.report_csv import render_csv
        return render_csv(doc)
    if fmt == "hwpx":
        from caseapp.export.report_hwpx import render_hwpx
        return render_hwpx(doc)
    from caseapp.export.report_pdf import render_pdf
    return render_pdf(doc)


def write_report(vault: Vault, period: Period, out_path: str | os.PathLike[str], *, practitioner: str | None = None,
                 lang: str | None = None, signed: bool = True, progress: Progress | None = None,
                 level: str | None = None, recipient: str = "",
                 purpose: access_log.Purpose | None = None) -> WrittenReport:
    """Compute, render, (sign a PDF), write atomically, audit. ``progress(done, 4)`` reports the steps.
    A ``recipient`` (e.g. the 시·군·구) makes it a line of the 제3자 제공 대장, committed with the audit entry;
    ``purpose`` is why the report leaves the program (접속기록)."""
    target = check_output_path(out_path)
    fmt = report_format(target)

    def step(done: int) -> None:
        if progress is not None:
            progress(done, 4)

    step(0)
    doc = report_doc(vault, period, practitioner, lang, level)
    step(1)
    data = render(doc, fmt)
    step(2)
    signed = signed and fmt == "pdf"
    if signed:
        data = sign_pdf(data, signing.signer(vault), agency=doc.agency, lang=doc.lang, visible=True,
                        reason=doc.t(f"실적 보고 {period.text()}", f"Activity report {period.text()}"),
                        validation=signing.validation_data(vault))
    step(3)
    sha = hashlib.sha256(data).hexdigest()
    # The file and its audit entry exist together or not at all: written beside, logged, then renamed into place.
    staged = outputs.stage(target, data)
    # Logged like a record export, so 'caseapp lookup-hash' finds a paper copy by the QR's report id.
    logged = ExportRecord(id=doc.report_id, case_id=None, content_sha256=doc.content_sha256(), signed=signed,
                          file_name=target.name,
                          options=json.dumps({"kind": "report", "period": period.text(), "format": fmt,
                                              "practitioner": practitioner or ""}, ensure_ascii=False))
    try:
        with vault.session(write=True) as s:
            s.add(logged)
            purpose = purpose or access_log.Purpose(access_log.ExportReason.REPORTING)
            note = access_log.purpose_note(purpose)
            event = audit.record(s, vault.actor, "export", "report", doc.report_id, None,
                                 detail=f"stats;{period.start.isoformat()}..{period.end.isoformat()};{fmt};"
                                        f"sha256={sha};signed={int(signed)};practitioner={int(bool(practitioner))};"
                                        f"{access_log.access_detail(purpose=purpose, note=note)}")
            access_log.keep_note(s, event.seq, note)
            if recipient.strip():
                registers.add_disclosure(s, vault.actor, kind="report", recipient=recipient,
                                         items=f"실적 통계 {period.text()} ({fmt})",
                                         coverage=registers.Coverage(True, registers.REPORT_BASIS),
                                         export_id=doc.report_id)
    except BaseException:
        staged.discard()
        raise
    staged.publish()
    step(4)
    return WrittenReport(target, fmt, sha, signed)
