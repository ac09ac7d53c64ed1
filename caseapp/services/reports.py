"""Writing the statistics report (실적 보고서) as XLSX, CSV, a signed PDF or HWPX; the format follows the file name.

Every report is an audit event (what period, which format, the content hash). An output path onto caseapp's own
files (the case file and its WAL, the key file, settings, backups) is refused before anything is computed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from caseapp import i18n_text, paths
from caseapp.domain.statistics import Period
from caseapp.domain.stats_tables import APPROVAL_ROLES, ReportDoc
from caseapp.errors import UserError, ValidationError
from caseapp.export.sign import sign_pdf
from caseapp.services import audit, signing, statistics
from caseapp.services.vault import Vault
from caseapp.storage.atomic import write_bytes_atomic
from caseapp.storage.models import Agency, Practitioner, new_id, utcnow

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


def _own_files() -> list[Path]:
    db = paths.database_file()
    return [db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal"), paths.key_file(),
            paths.settings_file(), paths.instance_lock_file(), paths.lockout_file()]


def check_output_path(path: str | os.PathLike[str]) -> Path:
    """Refuse a report path that would overwrite caseapp's own files (a shared guard may replace this later)."""
    target = Path(path).expanduser().resolve()
    backups = paths.backups_dir().resolve()
    own = {p.resolve() for p in _own_files()}
    if target in own or target == backups or backups in target.parents:
        raise ValidationError(f"프로그램 자체 파일에는 저장할 수 없습니다: {target}",
                              f"Will not write over caseapp's own files: {target}")
    if target.is_dir():
        raise ValidationError(f"폴더가 아니라 파일 이름을 지정하세요: {target}",
                              f"Give a file name, not a folder: {target}")
    report_format(target)
    return target


def report_doc(vault: Vault, period: Period, practitioner: str | None = None, lang: str | None = None) -> ReportDoc:
    lang = lang or i18n_text.current_language()
    result = statistics.statistics(vault, period, practitioner)
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
                 lang: str | None = None, signed: bool = True, progress: Progress | None = None) -> WrittenReport:
    """Compute, render, (sign a PDF), write atomically, audit. ``progress(done, 4)`` reports the steps."""
    target = check_output_path(out_path)
    fmt = report_format(target)

    def step(done: int) -> None:
        if progress is not None:
            progress(done, 4)

    step(0)
    doc = report_doc(vault, period, practitioner, lang)
    step(1)
    data = render(doc, fmt)
    step(2)
    signed = signed and fmt == "pdf"
    if signed:
        signing.ensure_identity(vault)
        data = sign_pdf(data, signing.active_identity(vault), agency=doc.agency, lang=doc.lang, visible=True,
                        reason=doc.t(f"실적 보고 {period.text()}", f"Activity report {period.text()}"))
    step(3)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, data, mode=0o600)
    except OSError as exc:
        raise UserError(f"보고서를 저장하지 못했습니다: {target} ({exc.strerror})",
                        f"Could not save the report: {target} ({exc.strerror})") from None
    sha = hashlib.sha256(data).hexdigest()
    with vault.session(write=True) as s:
        audit.record(s, vault.actor, "export", "report", doc.report_id, None,
                     detail=f"stats;{period.start.isoformat()}..{period.end.isoformat()};{fmt};sha256={sha};"
                            f"signed={int(signed)};practitioner={int(bool(practitioner))}")
    step(4)
    return WrittenReport(target, fmt, sha, signed)
