"""The plan section of the record: 장기 goals with their 단기 goals, the service-row table, the client's agreement
and the signature lines with the drawn signature printed; service entries with 접촉 대상 and 내용 구분."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from caseapp.export.options import ExportOptions
from caseapp.services import cases, entries, exports, plan
from export_builders import pdftotext, requires_poppler, squash


def drawn_signature() -> bytes:
    """What the signature canvas stores: an opaque white 600×200 PNG with dark strokes."""
    image = Image.new("RGB", (600, 200), "white")
    pen = ImageDraw.Draw(image)
    pen.line([(40, 150), (120, 40), (180, 160), (260, 60), (330, 150), (420, 70), (560, 120)], fill="#10243e",
             width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def plan_case(vault: Any) -> Any:
    case = cases.open_case(vault, {"name": "정미경"}, {"presenting_request": "월세 체납"})
    housing = entries.add_resource(vault, {"name": "평창군 주거복지센터", "kind": "organisation",
                                           "category": "housing"})
    long_goal = entries.add(vault, case.id, "goal", {"statement": "이 집에서 아이와 계속 살고 싶어요",
                                                    "gas_zero": "체납 해소"})
    short_goal = entries.add(vault, case.id, "goal", {"statement": "밀린 월세 3개월분을 해결한다",
                                                     "parent_id": long_goal.id, "gas_zero": "긴급지원 결정"})
    entries.add(vault, case.id, "plan_task", {
        "description": "긴급 주거비 신청 동행", "goal_id": short_goal.id, "target_person": "본인",
        "performer": "practitioner", "resource_id": housing.id, "person_in_charge": "최주거",
        "starts_on": "2026-03-02", "ends_on": "2026-03-31", "frequency_count": 1, "frequency_unit": "per_week",
        "frequency": "첫 방문은 가정방문", "priority": 1})
    entries.add_service_entry(vault, case.id, "collaborative", "주거복지센터에 함께 가서 신청서를 냄",
                              occurred_on="2026-03-03", contact_mode="outreach", contact_target="resource",
                              content_kinds=["accompanying", "linkage"])
    plan.add_agreement(vault, case.id, {"agreed_on": "2026-03-02", "method": "signed_screen",
                                        "notes": "계획서 사본 전달"}, signature=drawn_signature())
    return case


def _export(vault: Any, case: Any, path: Path, **options: Any) -> Path:
    exports.export_case(vault, case.id, path, ExportOptions(language="ko", signed=False, **options))
    return path


def _plan_page(pdf: Path) -> int:
    pages = int(next(line.split()[-1] for line in subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                                 text=True, check=True).stdout.splitlines()
                     if line.startswith("Pages:")))
    for page in range(1, pages + 1):
        if "서비스제공계획에대해설명을듣고동의합니다" in squash(pdftotext(pdf, page, page)):
            return page
    raise AssertionError("no signature lines in the plan section")


@requires_poppler
def test_plan_section_reads_like_the_plan_form_with_the_drawn_signature(vault: Any, tmp_path: Path) -> None:
    case = plan_case(vault)
    pdf = _export(vault, case, tmp_path / "plan.pdf")
    text = squash(pdftotext(pdf))
    for expected in ("장기목표1", "이집에서아이와계속살고싶어요", "단기목표1-1", "밀린월세3개월분을해결한다",
                     "서비스대상", "담당자", "최주거", "1회/주·첫방문은가정방문", "2026-03-02~2026-03-31",
                     "계획동의", "화면서명", "계획서사본전달", "대상자", "사례관리자", "김사회",
                     "접촉대상", "기관·자원", "내용구분", "동행,자원연계"):
        assert expected in text, expected
    assert text.index("장기목표1") < text.index("단기목표1-1") < text.index("긴급주거비신청동행")
    page = _plan_page(pdf)
    images = subprocess.run(["pdfimages", "-list", "-f", str(page), "-l", str(page), str(pdf)],
                            capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert any(" 600 " in line and " 200 " in line for line in images), images  # the drawn signature
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), str(pdf),
                    str(tmp_path / "plan-page")], check=True)
    assert list(tmp_path.glob("plan-page*.png"))


@requires_poppler
def test_copy_for_sharing_leaves_the_drawn_signature_out(vault: Any, tmp_path: Path) -> None:
    case = plan_case(vault)
    pdf = _export(vault, case, tmp_path / "shared.pdf", redacted=True)
    page = _plan_page(pdf)
    images = subprocess.run(["pdfimages", "-list", "-f", str(page), "-l", str(page), str(pdf)],
                            capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert not any(" 600 " in line and " 200 " in line for line in images)
    assert "서명이미지제외" in squash(pdftotext(pdf, page, page))


@requires_poppler
def test_plan_without_agreement_still_ends_with_blank_signature_lines(vault: Any, tmp_path: Path) -> None:
    case = cases.open_case(vault, {"name": "이영수"}, {})
    entries.add(vault, case.id, "goal", {"statement": "혼자서 병원에 다니고 싶어요"})
    pdf = _export(vault, case, tmp_path / "unsigned.pdf", sections=("plan",))
    text = squash(pdftotext(pdf))
    assert "동의기록없음" in text and "이영수" in text
