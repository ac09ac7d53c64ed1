"""The referral letter as HWPX (한글), for agencies that file and edit letters in 한글 (python-hwpx, like the report).

The same rows, wording and content hash as the PDF letter (:mod:`caseapp.export.referral_letter`), with the 결재란
and the reply slip (회신서) as tables. A HWPX file cannot carry the PDF's signature: it is logged like every letter,
and its export id and content hash are printed at the foot so ``caseapp lookup-hash`` still finds it.
"""

from __future__ import annotations

import io
import warnings
from typing import TYPE_CHECKING

from caseapp.export.approval_box import default_roles
from caseapp.export.referral_letter import (
    LetterMeta, letter_contact, letter_content, letter_hash, letter_intro, letter_rows, reply_slip_cells, reply_to,
)
from caseapp.storage.models import Referral

if TYPE_CHECKING:
    from caseapp.services.cases import CaseSnapshot


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
        back_to = reply_to(data)
        doc.add_paragraph("- - - - - - - - - - " + t("자르는 선", "cut here") + " - - - - - - - - - -")
        doc.add_heading(t("회신서", "Reply slip"), level=2)
        doc.add_paragraph(t(f"회신처: {back_to}", f"Please reply to: {back_to}"))
        reply = reply_slip_cells(data, lang)
        slip = doc.add_table(len(reply), 4)
        for r, cells in enumerate(reply):
            for c, text in enumerate(cells):
                slip.set_cell_text(r, c, text)
        doc.add_paragraph(t(f"출력 번호 {meta.export_id} · 내용 SHA-256 {sha}",
                            f"Export id {meta.export_id} · content SHA-256 {sha}"))
        buf = io.BytesIO()
        doc.save_to_stream(buf)
    return buf.getvalue(), sha
