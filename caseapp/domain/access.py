"""접속기록 (access records): the kinds of act, the reasons asked at export time, and the monthly summary's rules.

An access record is one audit-chain row whose action is an access kind. Its ``detail`` is compact ``key=value``
pairs joined by ``;`` (codes and ids only, e.g. ``dv=3f9a0c1b2d4e;r=referral;n=12``); free text a person typed
(a search query, the words beside a reason) is kept outside the chain and only its hash is chained, so that a
case's destruction can remove that text and leave the case number and the hash.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from caseapp.domain.labels import LabelledEnum

MIN_RETENTION_YEARS = 2  # 개인정보의 안전성 확보조치 기준 제8조: at least 2 years for 민감정보/고유식별정보
NIGHT_START_HOUR, NIGHT_END_HOUR = 22, 6  # local time, 22:00–06:00
BULK_EXPORTS_PER_DAY = 10  # one person writing more PDFs than this in a day is flagged
UNUSUAL_FACTOR = 3  # a person's day with more than 3x their month's daily median of views is flagged
UNUSUAL_MINIMUM = 30  # ... and at least this many views


class AccessKind(LabelledEnum):
    UNLOCK = ("unlock", "잠금 해제(접속)", "Unlock (sign-in)")
    UNLOCK_FAILED = ("unlock_failed", "잠금 해제 실패", "Failed unlock")
    LOCK = ("lock", "잠금", "Lock")
    VIEW = ("view", "사례 조회", "Case viewed")
    SEARCH = ("search", "검색", "Search")
    EXPORT = ("export", "기록 내보내기(다운로드)", "Record export (download)")
    PRINT = ("print", "출력", "Print")
    LETTER = ("letter", "의뢰서", "Referral letter")
    REPORT = ("report", "보고서", "Report")
    BACKUP = ("backup", "백업", "Backup")
    RESTORE = ("restore", "복원", "Restore")
    DESTROY = ("destroy", "파기", "Destruction")
    SETTINGS = ("settings", "설정 변경", "Settings change")
    REVIEW = ("review", "접속기록 점검", "Access-log review")
    REVEAL = ("reveal", "주민등록번호 열람", "Resident number revealed")


# Kinds that hand data outside the program: asked for a reason, counted as exports.
OUTPUT_KINDS = frozenset({AccessKind.EXPORT, AccessKind.PRINT, AccessKind.LETTER, AccessKind.REPORT})


class ExportReason(LabelledEnum):
    """Why data leaves the program (asked before writing a PDF); ``other`` needs words beside it."""

    SERVICE = ("service", "서비스 제공·연계", "Providing or linking services")
    REFERRAL = ("referral", "타 기관 의뢰", "Referral to another agency")
    SUPERVISION = ("supervision", "슈퍼비전·사례회의", "Supervision or case conference")
    CLIENT_REQUEST = ("client_request", "당사자 열람 요청", "The client's own request")
    REPORTING = ("reporting", "기관 보고·평가", "Agency reporting or evaluation")
    LEGAL = ("legal", "법령에 따른 제출", "Submission required by law")
    OTHER = ("other", "기타", "Other")


DEFAULT_CLI_REASON = ExportReason.SERVICE


def encode_detail(values: Mapping[str, object]) -> str:
    """``{"dv": "ab", "n": 3}`` -> ``dv=ab;n=3`` (empty values left out; values never hold ``;`` or ``=``)."""
    parts = []
    for key, value in values.items():
        text = str(value)
        if text == "" or value is None:
            continue
        if ";" in text or "=" in text:
            raise ValueError(f"access detail value for {key!r} holds a separator")
        parts.append(f"{key}={text}")
    return ";".join(parts)


def decode_detail(detail: str) -> dict[str, str]:
    """The ``key=value`` pairs of a detail; text before them that is not a pair (older rows) is ignored."""
    out: dict[str, str] = {}
    for part in detail.split(";"):
        key, sep, value = part.partition("=")
        if sep and key and " " not in key:
            out[key.strip()] = value
    return out


def is_night(local: datetime) -> bool:
    return local.hour >= NIGHT_START_HOUR or local.hour < NIGHT_END_HOUR


def month_bounds(month: date) -> tuple[date, date]:
    """The first day of ``month`` and the first day of the month after."""
    first = month.replace(day=1)
    after = first.replace(year=first.year + 1, month=1) if first.month == 12 else first.replace(month=first.month + 1)
    return first, after


def previous_month(today: date) -> date:
    first = today.replace(day=1)
    return first.replace(year=first.year - 1, month=12) if first.month == 1 else first.replace(month=first.month - 1)


@dataclass(frozen=True)
class AccessEntry:
    """One access record as the review screen and ``caseapp access-log`` show it (time in local time)."""

    seq: int
    at: datetime
    actor: str
    kind: AccessKind
    case_id: str | None
    case_number: str
    device: str
    reason: str  # ExportReason code or ""
    what: str  # the kind's own facts, e.g. "n=12" for a search, or the kept note text
    note: str = ""  # free text kept outside the chain (query, reason words); "" once destroyed


@dataclass
class MonthSummary:
    total: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    by_actor: dict[str, int] = field(default_factory=dict)
    night: list[int] = field(default_factory=list)  # seqs of records made 22:00–06:00
    bulk_export_days: list[tuple[str, date, int]] = field(default_factory=list)  # (actor, day, count)
    unusual_days: list[tuple[str, date, int]] = field(default_factory=list)  # (actor, day, views)
    failed_unlocks: int = 0

    @property
    def flagged(self) -> bool:
        return bool(self.night or self.bulk_export_days or self.unusual_days or self.failed_unlocks)


def summarise(entries: Iterable[AccessEntry]) -> MonthSummary:
    """Counts and the flags a monthly review looks at: night-time access, bulk exports, unusual view volumes."""
    summary = MonthSummary()
    exports: Counter[tuple[str, date]] = Counter()
    views: Counter[tuple[str, date]] = Counter()
    kinds: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    for e in entries:
        summary.total += 1
        kinds[e.kind.value] += 1
        actors[e.actor] += 1
        if is_night(e.at) and e.kind is not AccessKind.REVIEW:
            summary.night.append(e.seq)
        if e.kind in OUTPUT_KINDS:
            exports[(e.actor, e.at.date())] += 1
        elif e.kind is AccessKind.VIEW:
            views[(e.actor, e.at.date())] += 1
        elif e.kind is AccessKind.UNLOCK_FAILED:
            summary.failed_unlocks += 1
    summary.by_kind, summary.by_actor = dict(kinds), dict(actors)
    summary.bulk_export_days = sorted((a, d, n) for (a, d), n in exports.items() if n > BULK_EXPORTS_PER_DAY)
    summary.unusual_days = _unusual(views)
    return summary


def _unusual(views: Counter[tuple[str, date]]) -> list[tuple[str, date, int]]:
    per_actor: dict[str, list[int]] = {}
    for (actor, _day), n in views.items():
        per_actor.setdefault(actor, []).append(n)
    out = []
    for (actor, day), n in views.items():
        counts = sorted(per_actor[actor])
        median = counts[len(counts) // 2]
        if n >= UNUSUAL_MINIMUM and n > UNUSUAL_FACTOR * median:
            out.append((actor, day, n))
    return sorted(out)
