"""The record PDF's intake section prints the 초기상담지's facts, each member's details and the selection history;
a redacted copy masks the registered address like the other one."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from caseapp.export.options import ExportOptions
from caseapp.services import cases, entries, exports
from caseapp.services.selection_decisions import record_selection
from export_builders import pdftotext, requires_poppler, squash

REGISTERED = "원주시 단계동 1234-5"


def _case(vault: Any) -> Any:
    case = cases.open_case(vault, {"name": "송지영", "address": "평창군 봉평면 창동리 7", "registered_address": REGISTERED,
                                   "household_type": "single_parent", "housing_type": "multi_unit",
                                   "tenure": "deposit_monthly", "livelihood": ["housing_benefit", "medical_benefit"],
                                   "referral_route": "community_centre", "referral_source": "봉평면 맞춤형복지팀"},
                           {"presenting_request": "월세가 밀려 나가야 해요"})
    client_id = cases.snapshot(vault, case.id).client.id
    entries.add_household_member(vault, client_id, {"relation": "아들", "name": "송준호", "age": 24,
                                                    "disability_type": "mental", "disability_degree": "mild",
                                                    "problem": "조현병 치료 중단", "wanted_support": "다시 일하고 싶음",
                                                    "priority": 1})
    entries.add_household_member(vault, client_id, {"relation": "딸", "name": "송하린", "age": 11})
    held = date.today() - timedelta(days=3)
    conf = entries.add(vault, case.id, "case_conference", {"held_on": held, "decisions": "고난도사례로 선정"})
    record_selection(vault, case.id, {"decided_on": held, "level": "complex", "conference_id": conf.id,
                                      "reason": "퇴거 통보와 아들의 치료 중단이 겹침"})
    return case, held


@requires_poppler
def test_intake_section_reads_like_the_paper_intake_form(vault: Any, tmp_path: Path) -> None:
    case, held = _case(vault)
    out = tmp_path / "record.pdf"
    exports.export_case(vault, case.id, out, ExportOptions(language="ko", signed=False, sections=("intake",)))
    flat = squash(pdftotext(out))
    for text in ("등본상주소", REGISTERED, "한부모가구", "보증부월세", "기초생활수급(주거),기초생활수급(의료)",
                 "행정복지센터의뢰", "봉평면맞춤형복지팀", "가구원상세:아들·송준호", "정신", "심하지않은장애",
                 "조현병치료중단", "다시일하고싶음", "대상자선정", "고난도사례", f"사례회의{held.isoformat()}",
                 "퇴거통보와아들의치료중단이겹침"):
        assert squash(text) in flat, text
    assert "가구원상세:딸" not in flat  # a member with nothing more to say gets no empty detail block


@requires_poppler
def test_redacted_copy_masks_the_registered_address(vault: Any, tmp_path: Path) -> None:
    case, _held = _case(vault)
    out = tmp_path / "shared.pdf"
    exports.export_case(vault, case.id, out, ExportOptions(language="en", signed=False, redacted=True,
                                                           sections=("intake",)))
    flat = squash(pdftotext(out))
    assert squash(REGISTERED) not in flat and "Registeredaddress" in flat
    assert "Complexcase" in flat and "Caseselection" in flat
