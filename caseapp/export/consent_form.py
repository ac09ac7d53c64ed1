"""개인정보 수집·이용 및 제공 동의서: one A4 form with a block per consent kind and the signature lines.

Each of the four statutory kinds gets its own block in the statute's headings (수집·이용 목적, 수집 항목, 보유·이용
기간, 동의 거부 권리 및 불이익; 제공받는 자 for 제3자 제공) and its own 동의함 / 동의하지 않음 boxes, ticked when the
case already records that consent in force. Other purposes the case records (service, photos) follow. The form
carries no resident registration number: it is signed on paper and the scan is attached to the consents.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from caseapp.domain.consent_terms import (
    DEFAULT_TERMS, GUARDIAN_AGE, STATUTORY_KINDS, age_on, heading, in_force, text_for,
)
from caseapp.domain.korean import with_particle
from caseapp.domain.vocab import ConsentGiver, ConsentPurpose
from caseapp.export.layout import CONTENT_W, PageFurniture, glyph_safe, make_doc, numbered_canvas
from caseapp.export.pdfa import to_pdfa
from caseapp.export.styles import Styles, grid, make_styles
from caseapp.storage.models import Consent

if TYPE_CHECKING:  # export/ renders what services hand it; it never calls services
    from caseapp.services.cases import CaseSnapshot

TICKED, EMPTY = "■", "□"
BLOCK_FIELDS = ("purpose_detail", "items", "recipients", "retention", "refusal_consequence")


@dataclass(frozen=True)
class ConsentFormMeta:
    agency_name: str
    head_name: str
    practitioner_name: str
    language: str
    printed_on: date


def _newest(consents: list[Consent], purpose: ConsentPurpose) -> Consent | None:
    rows = [c for c in consents if c.purpose == purpose.value]
    return max(rows, key=lambda c: (c.given_on or date.min, c.created_at)) if rows else None


def form_blocks(snap: CaseSnapshot) -> list[tuple[ConsentPurpose, Consent | None]]:
    """The four statutory kinds (with the case's newest consent of each, if any), then other recorded purposes."""
    blocks: list[tuple[ConsentPurpose, Consent | None]] = [(k, _newest(snap.consents, k)) for k in STATUTORY_KINDS]
    for purpose in ConsentPurpose:
        if purpose not in STATUTORY_KINDS:
            row = _newest(snap.consents, purpose)
            if row is not None:
                blocks.append((purpose, row))
    return blocks


class _Placeholder:
    """Stands in for a consent not recorded yet: only its purpose, so the defaults are printed."""

    def __init__(self, purpose: ConsentPurpose) -> None:
        self.purpose = purpose.value


def render_consent_form(snap: CaseSnapshot, meta: ConsentFormMeta) -> bytes:
    st: Styles = make_styles()
    lang = meta.language

    def t(ko: str, en: str) -> str:
        return ko if lang == "ko" else en

    def p(text: str, style: Any = None) -> Paragraph:
        # Spaces between the signature line's parts are kept (a paragraph would fold them into one).
        return Paragraph(escape(glyph_safe(text)).replace("\n", "<br/>").replace("  ", "&nbsp; "), style or st.cell)

    story: list[Any] = [p(t("개인정보 수집·이용 및 제공 동의서", "Consent to collecting, using and providing "
                            "personal data"), st.title), Spacer(1, 2 * mm),
                        p(t(f"{with_particle(meta.agency_name, '은')} 사례관리 서비스를 위해 아래와 같이 개인정보를 처리하고자 합니다. "
                            "내용을 읽고 항목마다 동의 여부를 표시해 주십시오.",
                            f"{meta.agency_name} would like to process personal data for the case-management "
                            "service as set out below. Please read each part and mark whether you agree."), st.body),
                        Spacer(1, 3 * mm)]
    for number, (purpose, row) in enumerate(form_blocks(snap), 1):
        source: Any = row if row is not None else _Placeholder(purpose)
        terms = DEFAULT_TERMS.get(purpose)
        title = f"{number}. {purpose.text(lang)}" + (f" ({terms.article})" if terms and lang == "ko" else "")
        rows = []
        for name in BLOCK_FIELDS:
            if name == "recipients" and purpose is not ConsentPurpose.SHARING:
                continue
            value = text_for(source, name, lang)
            if name == "refusal_consequence" and not value:
                value = t("귀하는 동의를 거부할 권리가 있습니다.", "You have the right to refuse.")
            if value or terms is not None:  # a statutory block shows every heading, even one left blank
                rows.append([p(heading(purpose, name).text(lang), st.cell_bold), p(value or " ")])
        agreed = row is not None and in_force(row, meta.printed_on)
        refused = row is not None and row.withdrawn_on is not None and row.withdrawn_on <= meta.printed_on
        boxes = (f"{TICKED if agreed else EMPTY} {t('동의함', 'I agree')}      "
                 f"{TICKED if refused else EMPTY} {t('동의하지 않음', 'I do not agree')}")
        rows.append([p(t("동의 여부", "Your choice"), st.cell_bold), p(boxes, st.cell_bold)])
        table = Table(rows, colWidths=[38 * mm, CONTENT_W - 38 * mm])
        table.setStyle(grid(label_column=True))
        story.append(KeepTogether([p(title, st.h3), table, Spacer(1, 3 * mm)]))
    story += signature_block(snap, meta, st, p, t)
    buf = io.BytesIO()
    title = t("개인정보 수집·이용 및 제공 동의서", "Consent form")
    doc = make_doc(buf, title=title, author=meta.practitioner_name or meta.agency_name,
                   subject=f"{meta.agency_name} {snap.case.case_number}")
    furniture = PageFurniture(header_left=meta.agency_name,
                              header_right=f"{t('사례번호', 'Case')} {snap.case.case_number}",
                              footer_left=t(f"인쇄일 {meta.printed_on.isoformat()}",
                                            f"Printed {meta.printed_on.isoformat()}"),
                              page_format=t("{page} / {total} 쪽", "page {page} of {total}"))
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return to_pdfa(buf.getvalue(), lang)


def _guardian(snap: CaseSnapshot) -> Consent | None:
    rows = [c for c in snap.consents if c.consented_by == ConsentGiver.GUARDIAN.value and c.guardian_name]
    return max(rows, key=lambda c: (c.given_on or date.min)) if rows else None


def signature_block(snap: CaseSnapshot, meta: ConsentFormMeta, st: Styles, p: Any, t: Any) -> list[Any]:
    """Date, the client's signature line and the legal representative's (filled in when recorded; required under
    14), then the agency head the form is addressed to."""
    blank = "____________________"
    guardian = _guardian(snap)
    birth = snap.client.birth_date
    minor = birth is not None and age_on(birth, meta.printed_on) < GUARDIAN_AGE
    rows = [
        [p(t("동의일", "Date"), st.cell_bold), p(t("______년  ____월  ____일", "____ / ____ / ______"))],
        [p(t("정보주체(본인)", "Data subject (client)"), st.cell_bold),
         p(f"{t('성명', 'Name')}: {snap.client.name}        {t('서명 또는 인', 'Signature')}: {blank}")],
        [p(t("법정대리인", "Legal representative"), st.cell_bold),
         p(f"{t('성명', 'Name')}: {guardian.guardian_name if guardian else blank}    "
           f"{t('관계', 'Relation')}: {guardian.guardian_relation if guardian else '________'}    "
           f"{t('서명 또는 인', 'Signature')}: {blank}")],
    ]
    table = Table(rows, colWidths=[38 * mm, CONTENT_W - 38 * mm], rowHeights=[10 * mm, 12 * mm, 12 * mm])
    style = grid(label_column=True)
    style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
    table.setStyle(style)
    note = t(f"만 {GUARDIAN_AGE}세 미만 아동은 법정대리인이 동의합니다(개인정보 보호법 제22조의2).",
             f"For a child under {GUARDIAN_AGE} the legal representative consents.")
    out: list[Any] = [Spacer(1, 2 * mm), p(note + (t(" 이 대상자는 만 14세 미만입니다.", " This client is under 14.")
                                                   if minor else ""), st.small), Spacer(1, 2 * mm), table,
                      Spacer(1, 6 * mm)]
    head = f"{meta.agency_name} {meta.head_name}".strip() if meta.head_name else meta.agency_name
    out.append(p(t(f"{head} 귀하", f"To: {head}"), st.h2))
    out.append(p(t(f"설명한 사례관리자: {meta.practitioner_name}  (서명) {blank}",
                   f"Explained by: {meta.practitioner_name}  (signature) {blank}"), st.body))
    return [KeepTogether(out)]
