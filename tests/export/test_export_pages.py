"""Page quality found by rendering: the charts, the genogram, the 결재란, the service log, the letter."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase import pdfmetrics

from caseapp.export import charts, fonts
from caseapp.export.genogram import OTHER, Person, generation, genogram
from caseapp.export.options import ExportOptions
from caseapp.services import approval, cases, exports
from export_builders import pdftotext, requires_poppler, squash


def _all_strings(d: Drawing) -> list[String]:
    """The eco-map and genogram draw their texts straight into the drawing."""
    return [s for s in d.contents if isinstance(s, String)]


def _region_text(pdf: Path, page: int, x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> str:
    """Text inside a rectangle of the page (top-left origin, millimetres), via pdftotext's crop."""
    pt = 72 / 25.4
    args = ["pdftotext", "-f", str(page), "-l", str(page), "-x", str(int(x_mm * pt)), "-y", str(int(y_mm * pt)),
            "-W", str(int(w_mm * pt)), "-H", str(int(h_mm * pt)), "-r", "72", str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def test_radar_series_differ_without_colour_and_rings_are_numbered() -> None:
    fonts.install()
    d = charts.radar(["안전", "건강", "교육"], [1, 2, 3], [0, 1, 2], "초기사정", "재사정", 480)
    spider = next(c for c in d.contents if c.__class__.__name__ == "SpiderChart")
    first, latest = spider.strands[3], spider.strands[4]
    assert first.strokeDashArray != latest.strokeDashArray
    assert first.symbol is not None and latest.symbol is not None and first.symbol.kind != latest.symbol.kind
    texts = [s.text for s in d.contents if isinstance(s, String)]
    assert {"0", "1", "2", "3"} <= set(texts)
    assert spider.spokes.labelRadius >= 1.15  # the area names sit outside the outer ring


def test_gas_chart_draws_one_score_per_day() -> None:
    fonts.install()
    same_day = date(2026, 3, 1)
    d = charts.gas_progress([(date(2026, 2, 1), -1), (same_day, 0), (same_day, 2)], 400, "목표 1")
    plot = next(c for c in d.contents if c.__class__.__name__ == "LinePlot")
    xs = [x for x, _ in plot.data[0]]
    assert len(xs) == len(set(xs)) == 2 and plot.data[0][-1][1] == 2  # the day's last score (the final one)


def test_eco_map_names_are_not_cut_mid_word() -> None:
    fonts.install()
    lines, size = charts.fit_label("강원 주거복지센터", 58, fonts.BOLD)
    assert lines == ["강원", "주거복지센터"] or lines == ["강원 주거복지센터"]
    lines, size = charts.fit_label("평창군정신건강복지센터", 58, fonts.BOLD)
    assert lines == ["평창군정신건강복지센터"] and size < 7.5
    assert pdfmetrics.stringWidth(lines[0], fonts.BOLD, size) <= 58
    d = charts.ecomap("박영희", [("평창군정신건강복지센터", "정신건강", "weak", "to_client"),
                              ("아주 아주 긴 이름의 교회 구역 모임", "지역사회", "strong", "mutual")], 480, {
        "strong": "강함", "weak": "약함", "stressful": "갈등"})
    for s in _all_strings(d):
        assert "…" not in s.text
        w = pdfmetrics.stringWidth(s.text, s.fontName, s.fontSize)
        left = {"start": s.x, "middle": s.x - w / 2, "end": s.x - w}[s.textAnchor]
        assert left >= 0 and left + w <= 480, s.text  # nothing runs off the drawing


def test_genogram_generations_and_symbols() -> None:
    fonts.install()
    assert [generation(r) for r in ("모", "배우자", "딸", "손자", "할머니", "이웃")] == [1, 0, -1, -2, 2, OTHER]
    client = Person("박영희", "대상자", "F", 51, False, True)
    members = [Person("김철수", "남편", "M", 53, True, False), Person("김하늘", "딸", "F", 19, False, False),
               Person("이순자", "모", "F", 77, False, True)]
    d = genogram(client, members, 480, {"shaded": "동거", "deceased": "사망", "client": "대상자"})
    texts = [s.text for s in _all_strings(d)]
    for expected in ("박영희", "김철수", "김하늘", "이순자", "51", "53", "19", "77"):
        assert expected in texts


@requires_poppler
def test_record_has_genogram_and_sign_off_box_top_right(exported) -> None:  # type: ignore[no-untyped-def]
    assert "가계도" in pdftotext(exported.signed, 2, 4)
    top_right = _region_text(exported.signed, 1, 110, 18, 82, 40)
    assert all(role in top_right for role in ("담당", "팀장", "관장")) and "결" in top_right


@requires_poppler
def test_sign_off_titles_are_configurable(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    approval.set_approval_roles(vault, ["담당", "과장", "부장", "관장"])
    out = tmp_path / "r.pdf"
    exports.export_case(vault, case.id, out, ExportOptions(signed=False, sections=("intake",)))
    top_right = _region_text(out, 1, 90, 18, 102, 40)
    assert all(role in top_right for role in ("과장", "부장")) and "팀장" not in top_right
    from caseapp.errors import ValidationError
    with pytest.raises(ValidationError):
        approval.set_approval_roles(vault, ["아주아주긴직함이름입니다"])
    assert approval.approval_roles(vault) == ("담당", "과장", "부장", "관장")  # bad input lost nothing


@requires_poppler
def test_service_log_note_column_is_wide(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import entries
    note = "대상자와 함께 주거급여 신청서를 작성하고 필요한 서류를 확인하였음 " * 4
    entries.add_service_entry(vault, case.id, "counselling", note.strip())
    out = tmp_path / "s.pdf"
    exports.export_case(vault, case.id, out, ExportOptions(signed=False, sections=("services",)))
    lines = [squash(line) for line in pdftotext(out).splitlines() if "주거급여" in line or "서류를" in line]
    assert lines and max(len(line) for line in lines) >= 28  # ~60 mm of 8.5 pt Korean per line beside 8 columns
    assert date.today().isoformat() in pdftotext(out)  # the date column keeps the whole date on one line


@requires_poppler
def test_letter_has_phone_reply_slip_and_sign_off_box(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    referral = cases.snapshot(exported.vault, exported.case.id).referrals[0]
    letter = exports.export_referral_letter(exported.vault, referral.id, tmp_path / "l.pdf", "ko")
    text = pdftotext(letter.path)
    assert "회신서" in text and "접수 여부" in text and "자르는 선" in text
    assert "전화" in text  # the practitioner's line, else the agency's, else a blank to fill in
    top_right = _region_text(letter.path, 1, 110, 18, 82, 40)
    assert all(role in top_right for role in ("담당", "팀장", "관장"))
    from pyhanko.pdf_utils.reader import PdfFileReader
    assert int(PdfFileReader(letter.path.open("rb"), strict=False).root["/Pages"]["/Count"]) == 1
