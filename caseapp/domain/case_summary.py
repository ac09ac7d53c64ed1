"""The case list's summary of one case: its deadlines, computed once from the case's facts and stored.

:func:`summarise` is the one place a summary is made (from :class:`CaseFacts` through ``deadlines_for``), so a new
fact or a new deadline rule changes the summary without a second code path. The stored form is small text: the
deadlines as a JSON list in ``deadlines_for``'s order, and the soonest due date. Whether a case is overdue or due this week
depends on today, so it is read from the stored dates at listing time, never stored.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, timedelta

from caseapp.domain.deadlines import (
    DEFAULT_RULES, DUE_SOON_DAYS, CaseFacts, Deadline, DeadlineKind, DeadlineRules, deadlines_for,
)

# Bump when ``deadlines_for`` or the facts it reads change meaning: stored summaries of another basis are
# recomputed on the next open (services.case_summaries.refresh_stale), and until then computed on the fly.
SUMMARY_BASIS = "2"  # 2: no plan or assessment deadline after a 미선정 decision


def summary_basis(rules: DeadlineRules) -> str:
    """What a stored summary is made with: the summary's own version and the agency's deadline rules."""
    text = json.dumps(rules.to_dict(), sort_keys=True)
    return f"{SUMMARY_BASIS}:{hashlib.sha256(text.encode('ascii')).hexdigest()[:12]}"


@dataclass(frozen=True)
class StoredSummary:
    next_due: date | None
    deadlines: str  # JSON: [[kind name, due ISO, ref id, detail], ...]


def summarise(facts: CaseFacts, rules: DeadlineRules = DEFAULT_RULES) -> StoredSummary:
    return encode(deadlines_for(facts, rules))


def encode(deadlines: list[Deadline]) -> StoredSummary:
    text = json.dumps([[d.kind.name, d.due.isoformat(), d.ref_id, d.detail] for d in deadlines],
                      ensure_ascii=False, separators=(",", ":"))
    return StoredSummary(min((d.due for d in deadlines), default=None), text)


def due_dates(encoded: list[str]) -> list[list[str]]:
    """The ISO due dates of many encoded lists (ISO dates compare as text), parsed in one ``json.loads``."""
    return [[item[1] for item in items] for items in json.loads("[" + ",".join(encoded) + "]")]


def week_window(today: date) -> tuple[str, str]:
    """Today and the end of the due-soon week as ISO text, for :func:`flags`."""
    return today.isoformat(), (today + timedelta(days=DUE_SOON_DAYS)).isoformat()


def flags(dues: list[str], window: tuple[str, str]) -> tuple[bool, bool]:
    """(overdue, due this week) from ISO due dates, as ``Deadline.is_overdue`` / ``is_due_this_week`` decide."""
    if not dues:
        return False, False
    first, last = window
    return min(dues) < first, any(first <= d <= last for d in dues)


def decode(encoded: str, case_id: str, case_number: str, client_name: str) -> list[Deadline]:
    return [Deadline(DeadlineKind[kind], date.fromisoformat(due), case_id, case_number, client_name, ref_id, detail)
            for kind, due, ref_id, detail in json.loads(encoded)]


def decode_due_by(cases: list[tuple[str, str, str, str]], limits: dict[str, str]) -> list[Deadline]:
    """The deadlines of many cases (case id, number, client name, encoded list) due on or before the limit of their
    kind (kind name -> ISO date), parsed in one ``json.loads``; the others never become objects (the today list
    of 10,000 cases keeps a few thousand of their ~36,000 deadlines). Parsed ``DECODE_CHUNK`` cases at a time: one
    parse of 8,000 cases made ~12 MB of lists and strings at once, freed between the deadlines kept, so Python's
    allocator kept the pages for the rest of the session (~10 MB resident); a chunk's are reused by the next."""
    out = []
    from_iso = date.fromisoformat
    for start in range(0, len(cases), DECODE_CHUNK):
        part = cases[start:start + DECODE_CHUNK]
        lists = json.loads("[" + ",".join(c[3] for c in part) + "]")
        for (case_id, number, name, _text), items in zip(part, lists, strict=True):
            for kind, due, ref_id, detail in items:
                if due <= limits[kind]:
                    out.append(Deadline(DeadlineKind[kind], from_iso(due), case_id, number, name, ref_id, detail))
    return out


DECODE_CHUNK = 500  # cases per json.loads in decode_due_by: ~0.7 MB of transient objects
