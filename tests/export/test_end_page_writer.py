"""The signing writer finds the first and last page without pyHanko's walk, and finds every page as pyHanko does."""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from caseapp.export.end_page_writer import EndPageWriter


def _pdf(tree: str) -> bytes:
    """Four pages, as one flat /Kids list or as two subtrees of two (a tree ReportLab does not write)."""
    objects: dict[int, str] = {1: "<< /Type /Catalog /Pages 2 0 R >>"}
    pages = [10, 11, 12, 13]
    if tree == "flat":
        objects[2] = f"<< /Type /Pages /Count 4 /Kids [{' '.join(f'{p} 0 R' for p in pages)}] >>"
        parents = {p: 2 for p in pages}
    else:
        objects[2] = "<< /Type /Pages /Count 4 /Kids [3 0 R 4 0 R] /Resources << >> >>"
        objects[3] = "<< /Type /Pages /Parent 2 0 R /Count 2 /Kids [10 0 R 11 0 R] >>"
        objects[4] = "<< /Type /Pages /Parent 2 0 R /Count 2 /Kids [12 0 R 13 0 R] >>"
        parents = {10: 3, 11: 3, 12: 4, 13: 4}
    for p in pages:
        objects[p] = f"<< /Type /Page /Parent {parents[p]} 0 R /MediaBox [0 0 200 200] /Resources << >> >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = out.tell()
        out.write(f"{num} 0 obj\n{objects[num]}\nendobj\n".encode())
    xref = out.tell()
    size = max(objects) + 1
    out.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
    for num in range(1, size):
        out.write(f"{offsets[num]:010d} 00000 n \n".encode() if num in offsets else b"0000000000 65535 f \n")
    out.write(f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


@pytest.mark.parametrize("tree", ["flat", "nested"])
def test_every_page_is_the_page_pyhanko_finds(tree: str) -> None:
    data = _pdf(tree)
    ours, stock = EndPageWriter(io.BytesIO(data)), IncrementalPdfFileWriter(io.BytesIO(data))
    for ix in (0, 1, 2, 3, -1, -4):
        page, resources = ours.find_page_for_modification(ix)
        expected_page, expected_resources = stock.find_page_for_modification(ix)
        assert page.idnum == expected_page.idnum and resources == expected_resources
        parent, index, inherited = ours.find_page_container(ix)
        expected_parent, expected_index, expected_inherited = stock.find_page_container(ix)
        assert (parent.idnum, index, inherited) == (expected_parent.idnum, expected_index, expected_inherited)


def test_the_end_pages_of_a_flat_tree_need_no_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    writer = EndPageWriter(io.BytesIO(_pdf("flat")))

    def no_walk(*_args: object) -> None:
        raise AssertionError("walked the page tree")
    monkeypatch.setattr(IncrementalPdfFileWriter, "find_page_for_modification", no_walk)
    monkeypatch.setattr(IncrementalPdfFileWriter, "find_page_container", no_walk)
    assert writer.find_page_for_modification(-1)[0].idnum == 13
    assert writer.find_page_for_modification(0)[0].idnum == 10
    assert writer.find_page_container(3)[1] == 3
    with pytest.raises(AssertionError):
        writer.find_page_for_modification(1)  # a middle page: pyHanko's walk
