"""The 파기 대장 as a signed PDF/A (``caseapp destruction-register -o``, the registers window's print button).

Kept apart from :mod:`caseapp.services.registers` because it writes through :mod:`caseapp.services.exports`, which
itself records disclosures through the registers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from caseapp.export.register_pdf import TableDocument, render_table_document, rows_of
from caseapp.services import exports, outputs
from caseapp.services.agency_profile import get_agency
from caseapp.services.registers import backups_text, destruction_register, in_language, kinds_text

if TYPE_CHECKING:
    from caseapp.services.vault import Vault


def destruction_document(vault: "Vault", lang: str) -> TableDocument:
    ko = lang == "ko"
    rows = [(line.case_number, line.destroyed_at.astimezone().strftime("%Y-%m-%d %H:%M"), line.actor,
             kinds_text(list(line.kinds or []), lang), in_language(line.reason, lang), in_language(line.method, lang),
             backups_text(list(line.backups or []), lang)) for line in destruction_register(vault)]
    header = (("사례번호", "파기 일시", "파기한 사람", "파기한 개인정보", "근거·사유", "방법", "백업")
              if ko else ("Case", "Destroyed", "By", "Data destroyed", "Basis / reason", "Method", "Backups"))
    intro = (("개인정보 보호법 제21조와 같은 법 시행령 제16조에 따른 개인정보 파기 기록입니다. 파기한 사례의 개인정보는 "
              "남아 있지 않으며, 사례번호와 날짜만 기록합니다.",) if ko else
             ("Record of destroyed personal data (Personal Information Protection Act art. 21, Decree art. 16). "
              "Nothing of a destroyed case's personal data remains; only its number and dates are kept.",))
    return TableDocument(title="개인정보 파기 대장" if ko else "Register of destroyed personal data",
                         agency=get_agency(vault).name, author=vault.actor, intro=intro, header=header,
                         rows=rows_of(rows), widths_mm=(21, 20, 15, 34, 24, 26, 0),
                         empty="파기한 사례가 없습니다." if ko else "No case has been destroyed.", language=lang)


def export_destruction_register(vault: "Vault", out_path: Any, lang: str) -> exports.ExportResult:
    """The 파기 대장 as a signed PDF/A, logged like every export."""
    outputs.guard(out_path)
    doc = destruction_document(vault, lang)
    pdf, sha = render_table_document(doc)
    return exports.write_signed_document(vault, out_path, pdf, sha, kind="destruction_register", title=doc.title,
                                         lang=lang)
