"""The client's own copy (본인 열람, 개인정보 보호법 제35조): what the file holds about one person, in plain words.

Short sentences, no practice jargon, addressed to the client ("○○ 님"). It lists their details, their consents,
their plan in their own words, the help they received and who was given their data; it ends with how to ask for a
correction. The resident registration number is shown masked (the copy may be lost on the way home).
It is in Korean only: it is written for the client, not for the agency.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, Paragraph, Spacer

from caseapp.domain.korean import with_particle
from caseapp.domain.vocab import ConsentPurpose, ContactMode, PracticeType, Sex, TaskPerformer
from caseapp.export.layout import PageFurniture, make_doc, numbered_canvas
from caseapp.export.pdfa import to_pdfa
from caseapp.export.styles import make_styles, para

if TYPE_CHECKING:  # export/ renders what services hand it; it never calls services
    from caseapp.services.cases import CaseSnapshot


@dataclass(frozen=True)
class GivenOut:
    """One line of the 제3자 제공 대장, as the client reads it."""

    on: date
    recipient: str
    what: str
    with_consent: bool


@dataclass(frozen=True)
class CopyMeta:
    agency: str
    practitioner: str
    phone: str
    made_on: date
    given_out: tuple[GivenOut, ...]
    requests: tuple[tuple[date, str, str], ...]  # received on, request, outcome in words


def _day(d: date | None) -> str:
    return f"{d.year}년 {d.month}월 {d.day}일" if d else ""


def _label(enum: Any, code: str) -> str:
    try:
        return str(enum(code).label.ko)
    except ValueError:
        return code


def _masked(resident_number: str) -> str:
    digits = resident_number.replace("-", "").strip()
    return f"{digits[:6]}-*******" if len(digits) >= 6 else ""


def sections(snap: "CaseSnapshot", meta: CopyMeta) -> list[tuple[str, list[str]]]:
    """(heading, sentences) of the copy: the text itself, hashed and rendered."""
    c = snap.client
    me = [f"이름: {c.name}"]
    if c.birth_date:
        me.append(f"생년월일: {_day(c.birth_date)}")
    if c.sex:
        me.append(f"성별: {_label(Sex, c.sex)}")
    if c.resident_number:
        me.append(f"주민등록번호: {_masked(c.resident_number)} (뒷자리는 가렸습니다)")
    if c.phone:
        me.append(f"전화번호: {c.phone}")
    if c.address:
        me.append(f"주소: {c.address}")
    for m in snap.household:
        me.append(f"함께 적어 둔 가족: {' '.join(x for x in (m.relation, m.name) if x)}")
    me.append(f"처음 상담한 날: {_day(snap.case.opened_on)}")
    if snap.case.presenting_request:
        me.append(f"처음에 도움을 요청하신 내용: {snap.case.presenting_request}")

    agreed = []
    for consent in snap.consents:
        what = _label(ConsentPurpose, consent.purpose)
        if consent.withdrawn_on:
            agreed.append(f"{what}: {_day(consent.withdrawn_on)}에 동의를 거두셨습니다.")
        elif consent.given_on:
            until = f" {_day(consent.expires_on)}까지 유효합니다." if consent.expires_on else ""
            agreed.append(f"{what}: {_day(consent.given_on)}에 동의하셨습니다.{until}")
        else:
            agreed.append(f"{what}: 아직 동의하지 않으셨습니다.")

    plan = [f"목표 {i}: {g.statement}" + (" (이루었습니다)" if g.achieved else "")
            for i, g in enumerate(snap.goals, 1)]
    for t in snap.tasks:
        who = _label(TaskPerformer, t.performer)
        plan.append(f"할 일: {t.description} ({who}{', ' + t.frequency if t.frequency else ''})")

    help_got = []
    for e in snap.services:
        minutes = f", {e.duration_min}분" if e.duration_min else ""
        help_got.append(f"{_day(e.occurred_on)}: {_label(PracticeType, e.practice_type)} "
                        f"({_label(ContactMode, e.contact_mode)}{minutes})")
    for r in snap.referrals:
        res = snap.resources.get(r.resource_id)
        if res is not None:
            help_got.append(f"{_day(r.sent_on)}: {res.name}에 도움을 부탁했습니다.")

    given = [f"{_day(g.on)}: {g.recipient} — {g.what}. "
             + ("동의하신 범위 안에서 드렸습니다." if g.with_consent else "동의 없이 법에 따라 드렸습니다.")
             for g in meta.given_out]

    asked = [f"{_day(day)}: {text} — {outcome}" for day, text, outcome in meta.requests]
    return [
        ("나에 대한 정보", me),
        ("내가 한 동의", agreed or ["기록된 동의가 없습니다."]),
        ("나의 목표와 할 일", plan or ["아직 정한 목표가 없습니다."]),
        ("내가 받은 도움", help_got or ["아직 기록된 도움이 없습니다."]),
        ("내 정보를 받은 곳", given or ["다른 기관에 내 정보를 드린 적이 없습니다."]),
        ("고쳐 달라고 하신 내용", asked or ["아직 없습니다."]),
    ]


def content_hash(parts: list[tuple[str, list[str]]], meta: CopyMeta) -> str:
    data = {"sections": parts, "agency": meta.agency, "made_on": meta.made_on.isoformat()}
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def render_client_copy(snap: "CaseSnapshot", meta: CopyMeta, language: str = "ko") -> tuple[bytes, str]:
    """(PDF/A bytes, SHA-256 of the text)."""
    st = make_styles()
    parts = sections(snap, meta)
    sha = content_hash(parts, meta)
    name = snap.client.name
    story: list[Any] = [NextPageTemplate("closing"), Paragraph("내 사례관리 기록 (본인 열람용)", st.title_left),
                        Spacer(1, 3 * mm)]
    intro = (f"{name} 님, 이 문서는 {with_particle(meta.agency, '이')} {name} 님에 대해 가지고 있는 정보를 쉽게 "
             f"정리한 것입니다. {_day(meta.made_on)}에 만들었습니다. 개인정보 보호법 제35조에 따라 드립니다.")
    story.append(para(intro, st.body))
    for heading, lines in parts:
        story.append(para(heading, st.h2))
        story += [para(f"• {line}", st.body) for line in lines]
    contact = f"{meta.practitioner} 사회복지사" + (f" (전화 {meta.phone})" if meta.phone else "")
    story += [para("틀린 내용이 있으면", st.h2),
              para(f"틀린 내용이 있거나 지우고 싶은 내용이 있으면 {contact}에게 말씀해 주세요. "
                   "말씀하신 날부터 10일 안에 답을 드립니다. 상담 내용을 적은 기록 전체를 보고 싶으시면 그것도 "
                   "말씀해 주세요.", st.body)]
    buf = io.BytesIO()
    doc = make_doc(buf, title="내 사례관리 기록 (본인 열람용)", author=meta.practitioner or meta.agency,
                   subject=f"{meta.agency} {snap.case.case_number}")
    doc.pageTemplates.insert(0, doc.pageTemplates.pop(1))
    furniture = PageFurniture(header_left=meta.agency, header_right=f"사례번호 {snap.case.case_number}",
                              footer_left=f"내용 해시 {sha[:16]}", page_format="{page} / {total} 쪽")
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return to_pdfa(buf.getvalue(), language), sha
