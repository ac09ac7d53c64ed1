"""The record PDF's assessment section reads like the paper 욕구·위기도 조사: histories, the need table with priority,
whom it concerns and cause, strengths beside obstacles, the scored 위기도 checklist with its total and band, the
monthly income and expense table with totals and balance, then the risk level chosen and the overall opinion."""

from __future__ import annotations

from pathlib import Path
from typing import Any


from caseapp.export.options import ExportOptions
from caseapp.services import cases, entries, exports
from export_builders import pdftotext, requires_poppler, squash
from tests.assessment_survey_data import FAMILY_HISTORY, OBSTACLE, add_full_assessment


def _text(vault: Any, case_id: str, tmp_path: Path, lang: str) -> str:
    out = tmp_path / f"record-{lang}.pdf"
    exports.export_case(vault, case_id, out, ExportOptions(language=lang, sections=("assessment",), signed=False))
    return squash(pdftotext(out))


@requires_poppler
def test_the_assessment_section_has_every_part_in_the_paper_order(vault: Any, case: Any, tmp_path: Path) -> None:
    entries.add_household_member(vault, case.client_id, {"relation": "배우자", "name": "홍길동"})
    add_full_assessment(vault, case.id)
    text = _text(vault, case.id, tmp_path, "ko")
    wanted = ["가족력", squash(FAMILY_HISTORY), "개인력", "우선순위", "대상가구원", "원인",
              "생활환경·권익보장3심각1가구전체배우자실직으로월세체납퇴거통보", "구분강점장애물", squash(OBSTACLE),
              "위기도조사", "주거위기3심각", "합계11/30위기(주거위기‘심각’)",
              "사례관리자판단위기도:높음(조사결과위기와다름", "월소득·지출", "근로·사업소득800,000원어머니식당시간제",
              "공적이전·주거급여주거급여신청중", "월소득1,000,000원", "공과금(전기·가스·수도)125,000원",
              "월지출1,375,000원", "월수지(소득-지출)-375,000원", "종합의견주거안정이최우선"]
    positions = []
    for piece in wanted:
        assert piece in text, piece
        positions.append(text.index(piece))
    assert positions == sorted(positions)  # in the order of the paper form


@requires_poppler
def test_the_section_in_english_and_an_assessment_without_the_new_parts(vault: Any, case: Any,
                                                                        tmp_path: Path) -> None:
    add_full_assessment(vault, case.id)
    entries.add_assessment(vault, case.id, {"kind": "closing", "assessed_on": "2026-06-01", "risk_level": "low"})
    text = _text(vault, case.id, tmp_path, "en")
    for piece in ("Familyhistory", "Crisischecklist", "Total11/30Crisis(Housingcrisis‘severe’)",
                  "Monthlyincome1,000,000won", "Monthlybalance(income-expenses)-375,000won", "Overallopinion",
                  "Notscored."):
        assert piece in text, piece
    assert len(cases.snapshot(vault, case.id).assessments) == 2
