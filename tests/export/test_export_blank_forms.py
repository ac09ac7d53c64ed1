"""Blank forms on paper: every form present, no printed century, tick boxes kept with their labels, QR per form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from caseapp.domain import forms
from caseapp.export.qr import form_payload
from caseapp.services import exports
from export_builders import pdftotext, requires_poppler, squash
from scanning import requires_zbar, scan_back

FORM_TITLES = {"ko": ["초기상담지", "욕구·위기도 조사지(9개 영역)", "대상자 선정 기록지", "서비스 계획서", "가정방문 기록지",
                      "사례회의록", "모니터링 기록지", "슈퍼비전 기록지", "종결 평가서"],
               "en": ["Intake form", "Needs and crisis assessment (9 areas)", "Case selection decision", "Service plan",
                      "Home visit log", "Case conference minutes", "Monitoring review", "Supervision record",
                      "Closing evaluation"]}
FORM_KEYS = ["intake", "assessment", "case_selection", "plan", "home_visit", "case_conference", "monitoring_review",
             "supervision", "termination"]


@pytest.fixture(scope="module", params=["ko", "en"])
def blank(request, tmp_path_factory) -> tuple[str, Path]:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("blank") / f"forms-{request.param}.pdf"
    exports.export_blank_forms(path, request.param)
    return request.param, path


@requires_poppler
def test_every_form_including_conference_monitoring_and_closing(blank) -> None:  # type: ignore[no-untyped-def]
    lang, path = blank
    text = pdftotext(path)
    for title in FORM_TITLES[lang]:
        assert title in text, title
    # the new forms ask for the same fields as the app's forms (a long label may wrap in its cell)
    flat = squash(text)
    for form in (forms.CASE_CONFERENCE, forms.MONITORING_REVIEW, forms.TERMINATION, forms.CASE_SELECTION,
                 forms.SUPERVISION, forms.SUPERVISOR_CONFIRMATION):
        for field in form.fields:
            assert squash(field.label.text(lang)) in flat, f"{form.key}.{field.name}"


@requires_poppler
def test_selection_and_supervision_offer_every_choice_and_help(blank) -> None:  # type: ignore[no-untyped-def]
    """On paper a decision can be any outcome (집중사례 too: the sheet does not know the agency's setting), each
    outcome a tick box; the supervision sheet names what the supervisor confirms; both carry the form's help."""
    lang, path = blank
    text = pdftotext(path)
    joined = "\n".join(line.strip() for line in text.splitlines())
    for spec in (forms.CASE_SELECTION.field("level"), forms.SUPERVISOR_CONFIRMATION.field("target")):
        for choice in spec.choices or ():
            assert re.search(r"□\s" + re.escape(choice.text(lang)).replace(r"\ ", r"\s"), joined), choice.text(lang)
    flat = squash(text)
    for form in (forms.CASE_SELECTION, forms.SUPERVISION):
        assert form.help is not None and squash(form.help.text(lang)) in flat, form.key


@requires_poppler
def test_one_page_sheets_keep_their_signature_line_on_their_page(blank) -> None:  # type: ignore[no-untyped-def]
    """A sheet meant for one visit or one meeting is one sheet of paper: its signature line is on the title's page
    (the home visit log once pushed it onto a page of its own, which gets lost from the clipboard)."""
    lang, path = blank
    pages = pdftotext(path).split("\f")
    single = {"ko": ["대상자 선정 기록지", "가정방문 기록지", "모니터링 기록지", "슈퍼비전 기록지", "종결 평가서"],
              "en": ["Case selection decision", "Home visit log", "Monitoring review", "Supervision record",
                     "Closing evaluation"]}[lang]
    sign = "작성일" if lang == "ko" else "Date"
    for title in single:
        page = next(p for p in pages if title in p)
        assert sign in page.split(title, 1)[1], title
    assert all(squash(p) for p in pages[:-1]), "an empty page"


@requires_poppler
def test_no_printed_century_in_date_blanks(blank) -> None:  # type: ignore[no-untyped-def]
    _lang, path = blank
    assert not re.search(r"20_+", pdftotext(path))


@requires_poppler
def test_tick_box_labels_stay_on_one_line_with_their_box(blank) -> None:  # type: ignore[no-untyped-def]
    lang, path = blank
    lines = [line.strip() for line in pdftotext(path).splitlines()]
    assert not [line for line in lines if line.endswith("□")], "a box left at a line end, its label wrapped away"
    joined = "\n".join(lines)
    for spec in (forms.CLIENT.field("vulnerability_flags"), forms.TERMINATION.field("reason"),
                 forms.SERVICE_ENTRY.field("practice_type")):
        for choice in spec.choices or ():
            label = choice.text(lang)
            assert re.search(r"□\s" + re.escape(label).replace(r"\ ", r"\s"), joined), label


@requires_zbar
def test_each_form_page_has_a_qr_that_survives_scanning(blank, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lang, path = blank
    from pyhanko.pdf_utils.reader import PdfFileReader
    pages = int(PdfFileReader(path.open("rb"), strict=False).root["/Pages"]["/Count"])
    found = [code for page in range(1, pages + 1) for code in scan_back(path, page, tmp_path, top_fraction=0.25)]
    assert found == [form_payload(key, lang) for key in FORM_KEYS]
