"""What an export contains: the whole case, a date range or chosen sections; redacted or not; signed or not."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from caseapp.domain.labels import Label
from caseapp.errors import ValidationError

# Sections of the record, in document order (the cover and the closing page are always present).
SECTIONS: dict[str, Label] = {
    "intake": Label("초기상담 및 동의", "Intake and consent"),
    "assessment": Label("사정(욕구·강점·위기도)", "Assessment (needs, strengths, risk)"),
    "ecomap": Label("생태도", "Eco-map"),
    "plan": Label("서비스 계획", "Service plan"),
    "services": Label("서비스 제공 기록", "Service log"),
    "monitoring": Label("모니터링·재평가", "Monitoring and re-assessment"),
    "termination": Label("종결", "Termination"),
    "follow_up": Label("사후관리", "Follow-up"),
    "referrals": Label("자원 의뢰", "Referrals"),
    "conferences": Label("사례회의", "Case conferences"),
    "supervision": Label("슈퍼비전", "Supervision"),
    "history": Label("단계 이력", "Stage history"),
}


@dataclass(frozen=True)
class ExportOptions:
    """Options the GUI's export dialog and the CLI fill in.

    ``sections`` empty means every section. ``date_from``/``date_to`` keep dated records inside the range (goals,
    tasks and the client's details are always kept). ``redacted`` masks resident number, phone, address and every
    field declared ``sensitive=True`` (a copy meant for sharing). ``language`` "ko" or "en" (None: current language).
    """

    sections: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    redacted: bool = False
    signed: bool = True
    visible_signature: bool = True
    language: str | None = None

    def __post_init__(self) -> None:
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            names = ", ".join(unknown)
            allowed = ", ".join(SECTIONS)
            raise ValidationError(f"알 수 없는 항목: {names} (가능: {allowed})",
                                  f"Unknown section(s): {names} (allowed: {allowed})")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError("시작일이 종료일보다 늦습니다.", "The start date is after the end date.")
        if self.language not in (None, "ko", "en"):
            raise ValidationError("언어는 ko 또는 en이어야 합니다.", "The language must be ko or en.")

    def includes(self, section: str) -> bool:
        return not self.sections or section in self.sections

    def in_range(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.date_from is None or day >= self.date_from) and (self.date_to is None or day <= self.date_to)

    @property
    def is_whole_case(self) -> bool:
        return not self.sections and self.date_from is None and self.date_to is None

    def to_json(self) -> dict[str, Any]:
        """What the record's content hash covers and ExportRecord.options stores."""
        data = asdict(self)
        data["sections"] = list(self.sections) or list(SECTIONS)
        data["date_from"] = self.date_from.isoformat() if self.date_from else None
        data["date_to"] = self.date_to.isoformat() if self.date_to else None
        return data

    def to_text(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
