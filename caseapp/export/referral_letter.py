"""A referral letter (의뢰서) to the resource a client is referred to.

It carries only what the receiving agency needs. The client's phone and address appear only while a consent to
sharing with the resource network is in force; the resident registration number never does.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, Paragraph, Spacer, Table

from caseapp.domain import forms
from caseapp.export.content import canonical, sharing_consent
from caseapp.export.fieldtext import field_text, fmt_date
from caseapp.export.layout import (
    CONTENT_W, MARGIN_X, PAGE_W, STAMP_BOX, PageFurniture, glyph_safe, make_doc, numbered_canvas,
)
from caseapp.export.pdfa import to_pdfa
from caseapp.export.qr import MODULE, payload, qr_drawing, qr_size
from caseapp.export import fonts
from caseapp.export.approval_box import approval_box, box_width, default_roles
from caseapp.export.styles import LABEL_BG, MUTED, RULE, Styles, grid, make_styles
from caseapp.storage.models import Agency, Practitioner, Referral

if TYPE_CHECKING:  # export/ renders what services hand it; it never calls services
    from caseapp.services.cases import CaseSnapshot


@dataclass(frozen=True)
class LetterMeta:
    agency: Agency
    practitioner: Practitioner | None
    export_id: str
    language: str
    written_at: datetime
    signed: bool
    approval_roles: tuple[str, ...] = ()  # the 결재란 titles; () = the default 담당 / 팀장 / 관장


def letter_content(snap: CaseSnapshot, referral: Referral, meta: LetterMeta) -> dict[str, Any]:
    """Exactly what the letter shows (also what its hash covers)."""
    today = meta.written_at.date()
    consent = sharing_consent(snap, today).in_force
    resource = snap.resources.get(referral.resource_id)
    age = None
    if snap.client.birth_date:
        b = snap.client.birth_date
        age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    return {
        "case_number": snap.case.case_number,
        "resource": resource.name if resource else "",
        "resource_contact": resource.contact_person if resource else "",
        "client": snap.client.name, "age": age, "sex": snap.client.sex,
        "phone": snap.client.phone if consent else "", "address": snap.client.address if consent else "",
        "consent": consent, "sent_on": fmt_date(referral.sent_on), "reason": referral.reason,
        "notes": referral.notes, "request": snap.case.presenting_request,
        "goals": [g.statement for g in snap.goals],
        "practitioner": meta.practitioner.name if meta.practitioner else "",
        "practitioner_phone": meta.practitioner.phone if meta.practitioner else "",
        "agency": meta.agency.name, "agency_phone": meta.agency.phone, "language": meta.language,
    }


def title_with_box(title: Paragraph, roles: tuple[str, ...], st: Styles, language: str) -> Table:
    """The letter's title at the left and the 결재란 at the right, on one row (the reply slip needs the room)."""
    roles = roles or default_roles(language)
    width = box_width(roles, language)
    row = Table([[title, approval_box(roles, st, language)]], colWidths=[CONTENT_W - width, width])
    row.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return row


def reply_to(data: dict[str, Any]) -> str:
    """Where the reply slip goes back to: the agency, the practitioner and the line that reaches them."""
    phone = data["practitioner_phone"] or data["agency_phone"]
    return f"{data['agency']} {data['practitioner']}" + (f" ({phone})" if phone else "")


def reply_slip_cells(data: dict[str, Any], lang: str, space: str = " ") -> list[list[str]]:
    """The 회신서 grid, label / value / label / value per row: the same in the PDF and the HWPX letter.
    ``space`` joins each tick box to its word (the PDF passes a no-break space)."""

    def t(k: str, e: str) -> str:
        return k if lang == "ko" else e

    decision = "   ".join(f"\u25a1{space}{w}" for w in (t("접수", "Accepted"), t("대기", "Waiting list"),
                                                         t("불가", "Declined")))
    blank_date = "______. ____. ____."
    return [[t("사례번호", "Case number"), data["case_number"], t("회신일", "Reply date"), blank_date],
            [t("접수 여부", "Decision"), decision, t("담당자", "Contact"), ""],
            [t("연락처", "Phone"), "", t("서비스 시작(예정)일", "Service starts"), blank_date],
            [t("의견", "Notes"), "", "", ""]]


def reply_slip(data: dict[str, Any], meta: LetterMeta, st: Styles) -> list[Flowable]:
    """The 회신서 below a cut line: the receiving agency fills it in and sends it back (fax, post, photo)."""
    ko = meta.language == "ko"

    def t(k: str, e: str) -> str:
        return k if ko else e

    def p(text: str, style: Any = None) -> Paragraph:
        return Paragraph(text, style or st.cell)

    back_to = reply_to(data)
    rows = [[p(text, st.cell_bold) if col in (0, 2) else p(text) if text else ""
             for col, text in enumerate(row)] for row in reply_slip_cells(data, meta.language, "\u00a0")]
    table = Table(rows, colWidths=[26 * mm, 66 * mm, 30 * mm, CONTENT_W - 122 * mm],
                  rowHeights=[8 * mm, 8 * mm, 8 * mm, 16 * mm])
    style = grid(label_column=True)
    style.add("SPAN", (1, 3), (3, 3))
    style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
    style.add("BACKGROUND", (2, 0), (2, 2), LABEL_BG)
    table.setStyle(style)
    return [Spacer(1, 3 * mm), CutLine(t("자르는 선", "cut here")), Spacer(1, 2 * mm),
            KeepTogether([p(t("회신서", "Reply slip"), st.h3),
                          p(t(f"회신처: {back_to}", f"Please reply to: {back_to}"), st.small),
                          Spacer(1, 1.5 * mm), table])]


class CutLine(Flowable):
    """A dashed line across the page with a small label: where to cut the reply slip off."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        return avail_w, 4 * mm

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        c.line(0, 2 * mm, self.width, 2 * mm)
        c.setFont(fonts.REGULAR, 6.5)
        c.setFillColor(MUTED)
        label_w = c.stringWidth(self.label, fonts.REGULAR, 6.5) + 4
        c.setFillColor(colors.white)
        c.rect(self.width / 2 - label_w / 2, 0.8 * mm, label_w, 2.6 * mm, stroke=0, fill=1)
        c.setFillColor(MUTED)
        c.drawCentredString(self.width / 2, 1.3 * mm, self.label)
        c.restoreState()


def letter_rows(data: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """The letter's table (label, text): the same rows in the PDF and the HWPX."""

    def t(ko: str, en: str) -> str:
        return ko if lang == "ko" else en

    sex = field_text(forms.CLIENT.field("sex"), data["sex"], lang) if data["sex"] else ""
    client_line = data["client"] + (f" ({data['age']}{t('세', '')}{', ' + sex if sex else ''})"
                                    if data["age"] is not None else (f" ({sex})" if sex else ""))
    rows = [
        (t("받는 곳", "To"), data["resource"] + (f" ({data['resource_contact']} {t('님', '')})".replace(" )", ")")
                                                  if data["resource_contact"] else "")),
        (t("보내는 곳", "From"), f"{data['agency']} · {data['practitioner']}"),
        (t("의뢰일", "Date"), data["sent_on"]),
        (t("사례번호", "Case number"), data["case_number"]),
        (t("대상자", "Client"), client_line),
    ]
    if data["consent"]:
        rows += [(t("연락처", "Phone"), data["phone"]), (t("주소", "Address"), data["address"])]
    else:
        rows.append((t("연락처", "Contact"), t("정보 공유 동의가 없어 대상자 연락처는 사례관리자를 통해 안내합니다.",
                                             "No consent to sharing: contact the client through the case manager.")))
    rows += [(forms.REFERRAL.field("reason").label.text(lang), data["reason"]),
             (t("주호소", "Presenting request"), data["request"]),
             (t("현재 목표", "Current goals"), "\n".join(f"{i}. {g}" for i, g in enumerate(data["goals"], 1))),
             (forms.REFERRAL.field("notes").label.text(lang), data["notes"])]
    return rows


def letter_intro(data: dict[str, Any], lang: str) -> str:
    return (f"{data['resource']} 담당자님께, 아래 대상자에 대한 서비스를 의뢰드립니다. 검토 후 접수 여부를 알려 주시기 바랍니다."
            if lang == "ko" else
            f"To {data['resource']}: we refer the client below for your services. Please let us know whether you "
            "can accept the referral.")


def letter_contact(data: dict[str, Any], lang: str) -> str:
    # The receiving agency must be able to call back: the practitioner's own line, else the agency's, else a blank.
    phone = data["practitioner_phone"] or data["agency_phone"] or "____________"
    return (f"문의: {data['practitioner']} · 전화 {phone}" if lang == "ko"
            else f"Contact: {data['practitioner']} · phone {phone}")


def letter_hash(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()


def render_referral_letter(snap: CaseSnapshot, referral: Referral, meta: LetterMeta) -> tuple[bytes, str]:
    """(PDF bytes, SHA-256 of the letter's content)."""
    st: Styles = make_styles()
    lang = meta.language
    data = letter_content(snap, referral, meta)
    sha = letter_hash(data)

    def t(ko: str, en: str) -> str:
        return ko if lang == "ko" else en

    def p(text: str, style: Any = None) -> Paragraph:
        from xml.sax.saxutils import escape
        return Paragraph(escape(glyph_safe(text)).replace("\n", "<br/>"), style or st.cell)

    rows = letter_rows(data, lang)
    table = Table([[p(k, st.cell_bold), p(v)] for k, v in rows], colWidths=[34 * mm, CONTENT_W - 34 * mm])
    table.setStyle(grid(label_column=True))
    story = [
        NextPageTemplate("closing"), title_with_box(p(t("사례관리 의뢰서", "Referral letter"), st.title_left),
                                                    meta.approval_roles, st, lang),
        Spacer(1, 3 * mm),
        p(letter_intro(data, lang), st.body),
        Spacer(1, 4 * mm), table, Spacer(1, 3 * mm),
        p(letter_contact(data, lang), st.body), Spacer(1, 3 * mm),
    ] + reply_slip(data, meta, st)
    buf = io.BytesIO()
    code = payload(data["case_number"], meta.export_id, sha)

    def beside_stamp(canv: Canvas, _doc: Any) -> None:
        """The QR code and export id in the band the stamp leaves free at the foot of the page."""
        side = qr_size(code)
        x_qr, y_qr = PAGE_W - MARGIN_X - side + 4 * MODULE, STAMP_BOX[1] - 4 * MODULE  # quiet zone in the margin
        renderPDF.draw(qr_drawing(code), canv, x_qr, y_qr)
        canv.saveState()
        canv.setFont(fonts.REGULAR, 6.5)
        canv.setFillColor(MUTED)
        x_text, y = STAMP_BOX[2] + 5 * mm, STAMP_BOX[3] - 8
        lines = [t("출력 번호", "Export id"), meta.export_id, t("내용 SHA-256", "Content SHA-256"), sha[:32], sha[32:]]
        for line in lines:
            canv.drawString(x_text, y, line)
            y -= 8.5
        canv.restoreState()

    doc = make_doc(buf, title=t("사례관리 의뢰서", "Referral letter"), author=data["practitioner"] or data["agency"],
                   subject=f"{data['agency']} {data['case_number']}", on_closing_page=beside_stamp)
    # A one-page letter: start directly on the template that keeps the signature box free.
    doc.pageTemplates.insert(0, doc.pageTemplates.pop(1))
    furniture = PageFurniture(header_left=data["agency"], header_right=f"{t('사례번호', 'Case')} {data['case_number']}",
                              footer_left=t(f"의뢰서 해시 {sha[:16]}", f"Letter hash {sha[:16]}"),
                              page_format=t("{page} / {total} 쪽", "page {page} of {total}"))
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return to_pdfa(buf.getvalue(), lang), sha
