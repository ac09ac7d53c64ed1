"""The referral letter as HWPX (한글), for agencies that file and edit letters in 한글 (python-hwpx, like the report).

The same rows, wording and content hash as the PDF letter (:mod:`caseapp.export.referral_letter`), with the 결재란
and the reply slip (회신서) as tables. A HWPX file cannot carry the PDF's signature: it is logged like every letter,
and its export id and content hash are printed at the foot so ``caseapp lookup-hash`` still finds it.
"""

from __future__ import annotations

import io
import warnings
from typing import TYPE_CHECKING, Any

from caseapp.export.approval_box import default_roles
from caseapp.export.referral_letter import (
    LetterMeta, letter_contact, letter_content, letter_hash, letter_intro, letter_rows,
)
from caseapp.storage.models import Referral

if TYPE_CHECKING:
    from caseapp.services.cases import CaseSnapshot


def _reply_rows(data: dict[str, Any], lang: str) -> list[list[str]]:
    def t(ko: str, en: str) -> str:
        return ko if lang == "ko" else en

    box = "\u25a1"
    decision = "   ".join(f"{box} {w}" for w in (t("접수", "Accepted"), t("대기", "Waiting list"), t("불가", "Declined")))
    blank_date = "______. ____. ____."
    return [[t("사례번호", "Case number"), data["case_number"], t("회신일", "Reply date"), blank_date],
            [t("접수 여부", "Decision"), decision, t("담당자", "Contact"), ""],
            [t("연락처", "Phone"), "", t("서비스 시작(예정)일", "Service starts"), blank_date],
            [t("의견", "Notes"), "", "", ""]]


def render_referral_letter_hwpx(snap: "CaseSnapshot", referral: Referral, meta: LetterMeta) -> tuple[bytes, str]:
    """(HWPX bytes, SHA-256 of the letter's content — the same as the PDF letter's for the same content)."""
    lang = meta.language
    data = letter_content(snap, referral, meta)
    sha = letter_hash(data)

    def t(ko: str, en: str) -> str:
        return ko if lang == "ko" else en

    with warnings.catch_warnings():  # the library's own deprecation notices are not ours to act on
        warnings.simplefilter("ignore", DeprecationWarning)
        from hwpx import HwpxDocument
        doc = HwpxDocument.new()
        doc.set_header_text(f"{data['agency']} · {t('사례번호', 'Case')} {data['case_number']}")
        roles = meta.approval_roles or default_roles(lang)
        approval = doc.add_table(2, len(roles) + 1)
        approval.set_cell_text(0, 0, t("결재", "Sign-off"))
        for n, role in enumerate(roles, 1):
            approval.set_cell_text(0, n, role)
        doc.add_heading(t("사례관리 의뢰서", "Referral letter"), level=1)
        doc.add_paragraph(letter_intro(data, lang))
        rows = letter_rows(data, lang)
        table = doc.add_table(len(rows), 2)
        for r, (label, value) in enumerate(rows):
            table.set_cell_text(r, 0, label)
            table.set_cell_text(r, 1, value)
        doc.add_paragraph(letter_contact(data, lang))
        phone = data["practitioner_phone"] or data["agency_phone"]
        back_to = f"{data['agency']} {data['practitioner']}" + (f" ({phone})" if phone else "")
        doc.add_paragraph("- - - - - - - - - - " + t("자르는 선", "cut here") + " - - - - - - - - - -")
        doc.add_heading(t("회신서", "Reply slip"), level=2)
        doc.add_paragraph(t(f"회신처: {back_to}", f"Please reply to: {back_to}"))
        reply = _reply_rows(data, lang)
        slip = doc.add_table(len(reply), 4)
        for r, cells in enumerate(reply):
            for c, text in enumerate(cells):
                slip.set_cell_text(r, c, text)
        doc.add_paragraph(t(f"출력 번호 {meta.export_id} · 내용 SHA-256 {sha}",
                            f"Export id {meta.export_id} · content SHA-256 {sha}"))
        buf = io.BytesIO()
        doc.save_to_stream(buf)
    return buf.getvalue(), sha
