"""Record cells skip ReportLab's parser and repeated line breaking, yet lay out exactly as plain Paragraphs."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest
from reportlab.platypus import Paragraph

from caseapp.export import fonts
from caseapp.export.cell_paragraph import CellParagraph, cell_paragraph
from caseapp.export.styles import make_styles

TEXTS = ["2026-05-01", "전화 상담", "  여러   칸의  공백 ", "", "30", "a & b < c > d", "첫 줄\n둘째 줄", "탭\t문자",
         "주거 불안과 생활비 부담에 대해 이야기함. 다음 주 주민센터 동행을 약속함. " * 4]


@pytest.fixture(scope="module")
def styles():  # type: ignore[no-untyped-def]
    fonts.install()
    return make_styles()


@pytest.mark.parametrize("text", TEXTS)
def test_a_cell_has_the_fragments_the_parser_would_make(styles, text: str) -> None:  # type: ignore[no-untyped-def]
    for style in (styles.cell, styles.cell_bold, styles.head):
        reference = Paragraph(escape(text).replace("\n", "<br/>"), style)
        cell = cell_paragraph(text, style)
        assert [f.__dict__ for f in cell.frags] == [f.__dict__ for f in reference.frags]
        assert cell.text == reference.text
        for width in (40.0, 120.0, 400.0):
            assert cell.wrap(width, 1000) == reference.wrap(width, 1000)
            assert repr(cell.blPara.lines) == repr(reference.blPara.lines)


def test_wrapping_again_at_the_same_width_reuses_the_line_breaks(styles, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cell = cell_paragraph(TEXTS[-1], styles.cell)
    calls = []
    original = Paragraph.breakLines
    monkeypatch.setattr(Paragraph, "breakLines", lambda self, widths: calls.append(widths) or original(self, widths))
    narrow = cell.wrap(60, 1000)
    assert cell.wrap(60, 500) == narrow and len(calls) == 1
    wide = cell.wrap(300, 1000)
    assert wide[1] < narrow[1] and len(calls) == 2  # another width: broken again
    assert isinstance(cell, CellParagraph)


def test_a_paragraph_split_off_to_the_next_page_breaks_its_lines_again(styles) -> None:  # type: ignore[no-untyped-def]
    cell = cell_paragraph(TEXTS[-1], styles.cell)
    _width, height = cell.wrap(60, 1000)
    assert cell.split(60, 1) == []  # no room for two lines: ReportLab drops its line breaks and moves it on
    assert cell.wrap(60, 1000)[1] == height
    assert cell.blPara.lines
