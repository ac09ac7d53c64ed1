"""Plain one-line cells drawn as strings look exactly like the paragraphs they replace; the rest stay paragraphs."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table

from caseapp.export import fonts
from caseapp.export.cell_paragraph import cell_paragraph
from caseapp.export.plain_cells import plain_cells
from caseapp.export.styles import grid, make_styles

LONG = "주거 불안과 생활비 부담에 대해 이야기함. 다음 주 주민센터 동행을 약속함. " * 3


def _is_paragraph(cell: object) -> bool:  # a laid-out table holds each flowable cell as a tuple of flowables
    return isinstance(cell, Paragraph) or (isinstance(cell, (list, tuple)) and isinstance(cell[0], Paragraph))


def _tables() -> list[Table]:
    st = make_styles()
    head = [cell_paragraph(h, st.head) for h in ("일자", "구분", "내용")]
    rows = [head]
    for i in range(6):
        rows.append([cell_paragraph(f"2026-05-0{i + 1}", st.cell), cell_paragraph("상담·치료", st.cell_bold),
                     [cell_paragraph(LONG if i % 2 else "전화 상담", st.cell), cell_paragraph("a & b", st.small)]])
    listing = Table(rows, colWidths=[24 * mm, 22 * mm, 110 * mm], repeatRows=1)
    listing.setStyle(grid(header_rows=1))
    kv = Table([[cell_paragraph("성명", st.cell_bold), cell_paragraph("김하나", st.cell)],
                [cell_paragraph("", st.cell_bold), cell_paragraph("", st.cell)],
                [cell_paragraph("오른쪽", st.cell_bold), cell_paragraph("1,000원", st.right)]],
               colWidths=[38 * mm, 60 * mm])
    kv.setStyle(grid(label_column=True))
    return [listing, KeepTogether([kv])]


def _pdf(lighten: bool) -> tuple[bytes, list[Table]]:
    fonts.install()
    story = _tables()
    if lighten:
        plain_cells(story)
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build(list(story))
    return buf.getvalue(), [story[0], story[1]._content[0]]


def test_only_plain_lines_that_fit_become_strings() -> None:
    _pdf_bytes, (listing, kv) = _pdf(lighten=True)
    cells = listing._cellvalues
    assert cells[0][0] == "일자" and cells[1][0] == "2026-05-01" and cells[1][1] == "상담·치료"
    assert isinstance(cells[1][2], (list, tuple))  # a list of flowables in one cell is left alone
    assert listing._cellStyles[1][1].fontname == fonts.BOLD and listing._cellStyles[1][0].fontname == fonts.REGULAR
    assert kv._cellvalues[0] == ["성명", "김하나"]
    assert _is_paragraph(kv._cellvalues[2][1])  # right-aligned: stays a paragraph
    st = make_styles()
    too_wide = Table([[cell_paragraph("가나다라마바사아자차카타파하" * 3, st.cell)]], colWidths=[30 * mm])
    plain_cells([too_wide])
    assert _is_paragraph(too_wide._cellvalues[0][0])  # it would wrap: a paragraph breaks its lines


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils")
def test_the_page_looks_the_same_as_with_paragraphs(tmp_path: Path) -> None:
    pages = []
    for lighten in (False, True):
        pdf = tmp_path / f"{lighten}.pdf"
        pdf.write_bytes(_pdf(lighten)[0])
        subprocess.run(["pdftoppm", "-r", "100", "-gray", str(pdf), str(tmp_path / f"p{lighten}")], check=True)
        pages.append(sorted(tmp_path.glob(f"p{lighten}*.pgm")))
    assert len(pages[0]) == len(pages[1]) >= 1
    for before, after in zip(*pages):
        assert before.read_bytes() == after.read_bytes()
    text = subprocess.run(["pdftotext", str(tmp_path / "True.pdf"), "-"], capture_output=True, text=True).stdout
    assert "2026-05-01" in text and "상담·치료" in text and "김하나" in text
