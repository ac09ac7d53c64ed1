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
from reportlab.platypus import NextPageTemplate, Paragraph, Spacer, Table

from caseapp.domain import forms
from caseapp.export.content import canonical, sharing_consent
from caseapp.export.fieldtext import field_text, fmt_date
from caseapp.export.layout import CONTENT_W, PageFurniture, glyph_safe, make_doc, numbered_canvas
from caseapp.export.pdfa import to_pdfa
from caseapp.export.qr import payload, qr_table
from caseapp.export.styles import Styles, grid, make_styles
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


def render_referral_letter(snap: CaseSnapshot, referral: Referral, meta: LetterMeta) -> tuple[bytes, str]:
    """(PDF bytes, SHA-256 of the letter's content)."""
    st: Styles = make_styles()
    lang = meta.language
    data = letter_content(snap, referral, meta)
    sha = hashlib.sha256(canonical(data)).hexdigest()

    def t(ko: str, en: str) -> str:
        return ko if lang == "ko" else en

    def p(text: str, style: Any = None) -> Paragraph:
        from xml.sax.saxutils import escape
        return Paragraph(escape(glyph_safe(text)).replace("\n", "<br/>"), style or st.cell)

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
    table = Table([[p(k, st.cell_bold), p(v)] for k, v in rows], colWidths=[34 * mm, CONTENT_W - 34 * mm])
    table.setStyle(grid(label_column=True))
    contact = f"{data['practitioner']} {data['practitioner_phone']}".strip()
    story = [
        NextPageTemplate("closing"),
        p(t("사례관리 의뢰서", "Referral letter"), st.title), Spacer(1, 6 * mm),
        p(t(f"{data['resource']} 담당자님께, 아래 대상자에 대한 서비스를 의뢰드립니다. 검토 후 접수 여부를 "
            "알려 주시기 바랍니다.",
            f"To {data['resource']}: we refer the client below for your services. Please let us know whether you "
            "can accept the referral."), st.body),
        Spacer(1, 5 * mm), table, Spacer(1, 6 * mm),
        p(t(f"문의: {contact}", f"Contact: {contact}"), st.body), Spacer(1, 6 * mm),
        qr_table(payload(data["case_number"], meta.export_id, sha),
                 p(t(f"출력 번호 {meta.export_id}\n내용 SHA-256 {sha}", f"Export id {meta.export_id}\n"
                     f"Content SHA-256 {sha}"), st.small)),
    ]
    buf = io.BytesIO()
    doc = make_doc(buf, title=t("사례관리 의뢰서", "Referral letter"), author=data["practitioner"] or data["agency"],
                   subject=f"{data['agency']} {data['case_number']}")
    # A one-page letter: start directly on the template that keeps the signature box free.
    doc.pageTemplates.insert(0, doc.pageTemplates.pop(1))
    furniture = PageFurniture(header_left=data["agency"], header_right=f"{t('사례번호', 'Case')} {data['case_number']}",
                              footer_left=t(f"의뢰서 해시 {sha[:16]}", f"Letter hash {sha[:16]}"),
                              page_format=t("{page} / {total} 쪽", "page {page} of {total}"))
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return to_pdfa(buf.getvalue(), lang), sha
