"""Cases: opening, numbering, stage moves, checklists, the case list and the whole-case snapshot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from caseapp.domain import case_summary, forms
from caseapp.domain.checklists import find_item
from caseapp.domain.dates import IsoDays
from caseapp.domain.deadlines import DUE_SOON_DAYS, HORIZON_DAYS, CaseFacts, Deadline, DeadlineKind, relevant
from caseapp.domain.rules import StageWarning, check_transition, warnings_for_advance
from caseapp.domain.intake_rules import check_client
from caseapp.domain.vocab import SelectionLevel, Stage
from caseapp.errors import NotFound, ValidationError
from caseapp.services import audit, case_aliases, case_facts, case_snapshot, case_summaries, records
from caseapp.services.case_snapshot import AssessmentView, CaseSnapshot  # noqa: F401 (their home before)
from caseapp.services.selection import NO_LEVEL, CurrentSelection, current_levels
from caseapp.services.deadline_rules import rules_in
from caseapp.services.vault import Vault
from caseapp.storage import case_keys, plain_read
from caseapp.storage.models import (
    Addendum, Assessment, BudgetLine, Case, CaseConference, CaseSelection, ChecklistCheck, Client, Consent, EcoRelation, FollowUp, Goal,
    GoalScore, HouseholdMember, MonitoringReview, NeedRating, PlanAgreement, PlanTask, Referral, Resource, ServiceEntry,
    StageTransition, Termination, utcnow,
)
from caseapp.storage.models import (
    ConferenceAttendee, ReviewGoalChange, ReviewServiceRating, SupervisionRecord, SupervisorConfirmation,
    TerminationGoalOutcome,
)


def next_case_number(session: Session, year: int) -> str:
    prefix = f"{year}-"
    last = session.exec(select(func.max(Case.case_number)).where(col(Case.case_number).startswith(prefix))).one()
    seq = int(str(last).split("-")[1]) + 1 if last else 1  # "2026-0005-ab12": a number sync reconciled
    return f"{year}-{seq:04d}"


def open_case(vault: Vault, client_values: dict[str, Any], intake_values: dict[str, Any] | None = None,
              household: list[dict[str, Any]] | None = None) -> Case:
    """Register a client and open a case in the intake stage (one transaction, one audit trail)."""
    client_clean = forms.validate(forms.CLIENT, client_values)
    check_client(client_clean)
    intake_clean = forms.validate(forms.INTAKE, intake_values or {})
    members = [forms.validate(forms.HOUSEHOLD_MEMBER, m) for m in household or []]
    with vault.session(write=True) as s:
        client = records.add_in_session(vault, s, Client(**client_clean), "client")
        for m in members:
            records.add_in_session(vault, s, HouseholdMember(client_id=client.id, **m), "household")
        opened = intake_clean.pop("opened_on")
        if intake_clean.get("monitoring_interval_days") is None:
            intake_clean.pop("monitoring_interval_days", None)  # not set: the agency's rule for the case's level
        case = Case(case_number=next_case_number(s, opened.year), client_id=client.id, opened_on=opened,
                    stage=Stage.INTAKE.value, stage_since=opened, **intake_clean)
        practitioner_id = _current_practitioner_id(s)
        case.practitioner_id = practitioner_id
        records.add_in_session(vault, s, case, case.case_number)
        s.add(StageTransition(case_id=case.id, from_stage=None, to_stage=Stage.INTAKE.value, moved_on=opened,
                              reason="접수"))
        for hook in vault.after_write:  # again, now that the client has a case number to be found by
            hook(s, client)
        return case


def _current_practitioner_id(s: Session) -> str | None:
    from caseapp.storage.models import Practitioner
    p = s.exec(select(Practitioner).where(Practitioner.is_current == True)).first()  # noqa: E712
    return p.id if p else None


def find_case(vault: Vault, case_number: str, *, note: case_aliases.Note | None = None) -> Case:
    """The case of that number, or of that number before sync renumbered it (``note`` is told which it is)."""
    with vault.session() as s:
        case = case_aliases.resolve_number(s, case_number.strip(), note)
        if case is None:
            raise case_aliases.no_case_numbered(case_number)
        return case


def update_client(vault: Vault, client_id: str, changes: dict[str, Any]) -> Client:
    cleaned = forms.validate(forms.CLIENT, changes, partial=True)
    with vault.session() as s:
        stored = s.get(Client, client_id)
        if stored is not None:  # the rules span fields: judge the client as it will be after the change
            check_client({n: getattr(stored, n) for n in forms.CLIENT.names} | cleaned)
    return records.update(vault, Client, client_id, forms.CLIENT, changes)


def update_intake(vault: Vault, case_id: str, changes: dict[str, Any]) -> Case:
    return records.update(vault, Case, case_id, forms.INTAKE, changes)


# --- facts, deadlines, list --------------------------------------------------------------------------------------

all_facts = case_facts.all_facts  # callers keep reaching the facts through this module


def facts_for(s: Session, case_id: str) -> CaseFacts:
    found = all_facts(s, [case_id])
    if not found:
        raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
    return found[0]


@dataclass(slots=True)  # 10,000 of them for as long as the list is shown: no per-object __dict__
class CaseSummary:
    case_id: str
    case_number: str
    client_name: str
    client_phone: str
    stage: Stage
    stage_since: date
    opened_on: date
    closed_on: date | None
    next_due: date | None
    overdue: bool
    due_this_week: bool
    encoded_deadlines: str = "[]"  # domain.case_summary's stored form; decoded only when asked for
    selection: CurrentSelection | None = None  # 대상자 선정 in force (None: not decided yet)

    @property
    def deadlines(self) -> list[Deadline]:
        """Decoded from the stored text on each call (the list itself never asks; the today list decodes only
        what is due soon, see ``_due_soon``)."""
        return case_summary.decode(self.encoded_deadlines, self.case_id, self.case_number, self.client_name)

    def days_in_stage(self, today: date | None = None) -> int:
        return ((today or date.today()) - self.stage_since).days

    def to_json(self, today: date | None = None) -> dict[str, Any]:
        return {"case_number": self.case_number, "client": self.client_name, "stage": self.stage.value,
                "stage_label": self.stage.label.ko, "stage_since": self.stage_since.isoformat(),
                "days_in_stage": self.days_in_stage(today), "opened_on": self.opened_on.isoformat(),
                "closed_on": self.closed_on.isoformat() if self.closed_on else None,
                "next_due": self.next_due.isoformat() if self.next_due else None,
                "overdue": self.overdue, "due_this_week": self.due_this_week,
                "selection_level": self.selection.level.value if self.selection else None}


# One plain query over the maintained summary (services.case_summaries) instead of 10,000 ORM rows and as many
# deadlines_for calls; a case whose summary is missing or stale is computed from its facts on the spot.
_LIST_SQL = (
    'SELECT c.id, c.case_number, cl.name, cl.phone, c.stage, c.stage_since, c.opened_on, c.closed_on, '
    's.basis, s.deadlines, s.next_due, '
    # due this week, read in SQLite: decoding 10,000 stored lists in Python was most of list_cases' time. The next
    # due date is the earliest of the list, so it decides alone unless it is overdue: only those lists are read
    # (json_each on every row was a fifth of the query).
    "CASE WHEN s.next_due IS NULL OR s.next_due > ?2 THEN 0 WHEN s.next_due >= ?1 THEN 1 "
    "ELSE EXISTS (SELECT 1 FROM json_each(s.deadlines) j WHERE j.value ->> 1 BETWEEN ?1 AND ?2) END "
    # The client's name and phone from ix_client_list (migration 0029), not the table: one descent per case. Named,
    # because without statistics SQLite prefers the id's own unique index, which has no name or phone.
    'FROM "case" c JOIN client cl INDEXED BY ix_client_list ON cl.id = c.client_id '
    "LEFT JOIN casesummary s ON s.case_id = c.id WHERE c.destroyed_at IS NULL")
# The list's order: "+" keeps SQLite from walking the case-number index, which fetched each case's row by its row id
# on top of the index entry; a scan of the table and a sort of its 10,000 rows is cheaper (~20 ms less, cold cache).
_LIST_ORDER = " ORDER BY +c.case_number"


def list_cases(vault: Vault, *, stage: Stage | None = None, overdue: bool = False, due_this_week: bool = False,
               today: date | None = None, level: SelectionLevel | str | None = None) -> list[CaseSummary]:
    """``level``: only cases whose selection in force is that level; :data:`NO_LEVEL` for those not decided."""
    today = today or date.today()
    window = case_summary.week_window(today)
    first = window[0]
    days = IsoDays()  # one date object per distinct day, shared by the summaries
    out: list[CaseSummary | None] = []  # None: filtered out, or a stale summary's place until it is computed
    stale: list[tuple[int, tuple[Any, ...]]] = []  # (place in out, row) of summaries made with other rules: rare

    def summary(row: tuple[Any, ...], text: str, next_due: str | None, is_overdue: bool,
                week: bool) -> CaseSummary | None:
        stored_id, number, name, phone, stage_code, since, opened, closed = row[:8]
        case_id = case_keys.key_text(stored_id)
        chosen = levels.get(case_id)
        if level is not None and (chosen.level if chosen else NO_LEVEL) != level:
            return None
        if overdue and not is_overdue or due_this_week and not week:
            return None
        return CaseSummary(case_id, number, name, phone or _NO_TEXT, _STAGES[stage_code], days[since], days[opened],
                           days[closed] if closed else None, days[next_due] if next_due else None, is_overdue, week,
                           _NO_DEADLINES if text == _NO_DEADLINES else text, chosen)

    with vault.session() as s:
        sql, params = (_LIST_SQL + " AND c.stage = ?3", (*window, stage.value)) if stage is not None \
            else (_LIST_SQL, window)
        current = case_summaries.basis(s)
        levels = current_levels(s)
        # Row by row, not fetchall(): 10,000 fetched rows (their tuples, ISO dates, basis texts) all alive beside the
        # list being built, and beside the list still shown during a reload, left ~5 MB of Python's arenas part-used
        # for the rest of the session.
        for row in s.connection().connection.cursor().execute(sql + _LIST_ORDER, params):
            if row[8] != current:
                stale.append((len(out), row))
                out.append(None)
                continue
            next_due = row[10]  # the stored next due date and the SQL week flag hold
            out.append(summary(row, row[9], next_due, next_due is not None and next_due < first, bool(row[11])))
        if stale:
            rules = rules_in(s)
            fresh = {f.case_id: case_summary.summarise(f, rules).deadlines
                     for f in _facts_of(s, [case_keys.key_text(row[0]) for _at, row in stale])}
            for at, row in stale:
                text = fresh.get(case_keys.key_text(row[0]), _NO_DEADLINES)
                dues = case_summary.due_dates([text])[0]
                out[at] = summary(row, text, min(dues) if dues else None, *case_summary.flags(dues, window))
    if stale or level is not None or overdue or due_this_week:
        return [c for c in out if c is not None]
    return out  # type: ignore[return-value]  # nothing was filtered out: no None in it


_STAGES = {s.value: s for s in Stage}
_NO_TEXT, _NO_DEADLINES = "", "[]"  # one shared string each instead of one per summary


def _facts_of(s: Session, case_ids: list[str]) -> list[CaseFacts]:
    if len(case_ids) > 500:  # most of the file: one pass over every table beats many IN lists
        wanted = set(case_ids)
        return [f for f in all_facts(s) if f.case_id in wanted]
    return all_facts(s, case_ids)


def upcoming_deadlines(vault: Vault, today: date | None = None,
                       listed: list[CaseSummary] | None = None) -> list[Deadline]:
    """The "today" view: everything overdue or due soon, across all cases, soonest first. ``listed``: the case
    list just loaded (all cases), instead of listing them again."""
    today = today or date.today()
    from caseapp.services.corrections import open_deadlines
    with vault.session() as s:
        corrections = open_deadlines(s)
    rows = list_cases(vault, today=today) if listed is None else listed
    return relevant(_due_soon(rows, today) + corrections, today)


_LONGEST_HORIZON = timedelta(days=max(DUE_SOON_DAYS, *HORIZON_DAYS.values()))


def _due_soon(rows: list[CaseSummary], today: date) -> list[Deadline]:
    """The deadlines :func:`relevant` keeps, decoded only for cases with something due within its longest
    horizon (their next due date says so) and only those due within their kind's horizon; none is kept on its
    summary (10,000 decoded lists would stay in memory for as long as the list is shown)."""
    limit = today + _LONGEST_HORIZON
    limits = {k.name: (today + timedelta(days=HORIZON_DAYS.get(k, DUE_SOON_DAYS))).isoformat() for k in DeadlineKind}
    picked = [(c.case_id, c.case_number, c.client_name, c.encoded_deadlines) for c in rows
              if c.next_due is not None and c.next_due <= limit]
    return case_summary.decode_due_by(picked, limits)


# --- stages and checklists ----------------------------------------------------------------------------------------

def move_stage(vault: Vault, case_id: str, target: Stage, reason: str = "", overridden: set[str] | None = None,
               on: date | None = None) -> Case:
    """Move a case to ``target``. Raises PendingWarnings (override with codes + reason) or TransitionError."""
    on = on or date.today()
    with vault.session(write=True) as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
        facts = facts_for(s, case_id)
        current = Stage(case.stage)
        used = check_transition(current, target, reason, overridden or set(), facts)
        s.add(StageTransition(case_id=case.id, from_stage=current.value, to_stage=target.value, moved_on=on,
                              reason=reason.strip(), overridden_warnings=[w.code for w in used]))
        case.stage, case.stage_since, case.updated_at = target.value, on, utcnow()
        if target is Stage.TERMINATION and case.closed_on is None:
            case.closed_on = on
        elif target.order < Stage.TERMINATION.order:
            case.closed_on = None
            if current.order >= Stage.TERMINATION.order:
                _drop_planned_follow_ups(vault, s, case.id)
        s.add(case)
        audit.record(s, vault.actor, "stage", "case", case.id, case.id, detail=f"{current.value}->{target.value}")
        return case


def _drop_planned_follow_ups(vault: Vault, s: Session, case_id: str) -> None:
    """A reopened case is active again: follow-up contacts planned for after closing are no longer due. Planned
    ones nobody wrote anything on are removed (audited); any with a result or a signature stay as written."""
    planned = s.exec(select(FollowUp).where(FollowUp.case_id == case_id, FollowUp.done_on == None,  # noqa: E711
                                            FollowUp.signed_at == None)).all()  # noqa: E711
    for f in planned:
        if f.result.strip():
            continue
        s.delete(f)
        audit.record(s, vault.actor, "delete", FollowUp.__tablename__, f.id, case_id,
                     detail=f"reopened; due {f.due_on}")
        for hook in vault.after_write:  # out of the search index too
            hook(s, ("deleted", FollowUp.__tablename__, f.id))


def set_check(vault: Vault, case_id: str, stage: Stage, item_key: str, checked: bool,
              on: date | None = None, note: str = "") -> None:
    find_item(stage, item_key)  # unknown keys are a programming error, not user input
    with vault.session(write=True) as s:
        existing = s.exec(select(ChecklistCheck).where(ChecklistCheck.case_id == case_id,
                                                       ChecklistCheck.stage == stage.value,
                                                       ChecklistCheck.item_key == item_key)).first()
        if checked and existing is None:
            s.add(ChecklistCheck(case_id=case_id, stage=stage.value, item_key=item_key,
                                 checked_on=on or date.today(), note=note))
            audit.record(s, vault.actor, "check", "checklistcheck", item_key, case_id, detail=stage.value)
        elif not checked and existing is not None:
            s.delete(existing)
            audit.record(s, vault.actor, "uncheck", "checklistcheck", item_key, case_id, detail=stage.value)


# --- the whole case -----------------------------------------------------------------------------------------------

def snapshot(vault: Vault, case_id: str) -> CaseSnapshot:
    with vault.session() as s:
        return snapshot_in(s, case_id)


def snapshot_in(s: Session, case_id: str) -> CaseSnapshot:
    """The snapshot (:func:`caseapp.services.case_snapshot.build`) as detached model instances: plain SQL on the
    session's cursor (storage.plain_read), the same instances as the ORM's queries gave, in the same order, at a
    fraction of the CPU (a case of 500 entries: ~14 → ~5 ms)."""
    def read(table: str, where: str, params: Sequence[Any], order: str) -> list[Any]:
        return plain_read.rows(s, SNAPSHOT_MODELS[table], where, params, order)
    return case_snapshot.build(read, case_id)


SNAPSHOT_MODELS: dict[str, Any] = {model.__tablename__: model for model in (  # type: ignore[attr-defined]
    Addendum, Assessment, BudgetLine, Case, CaseConference, CaseSelection, ChecklistCheck, Client, Consent,
    EcoRelation, FollowUp, Goal, GoalScore, HouseholdMember, MonitoringReview, NeedRating, PlanAgreement, PlanTask,
    Referral, Resource, ServiceEntry, StageTransition, Termination, ConferenceAttendee, ReviewGoalChange,
    ReviewServiceRating, SupervisionRecord, SupervisorConfirmation, TerminationGoalOutcome)}


def require_case(s: Session, case_id: str) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
    if case.destroyed_at is not None:
        raise ValidationError("파기된 사례입니다.", "This case has been destroyed.")
    return case


def advance_warnings(vault: Vault, case_id: str, target: Stage) -> list[StageWarning]:
    """The gentle checks a move to ``target`` would raise now (shown before the practitioner confirms)."""
    with vault.session() as s:
        facts = facts_for(s, case_id)
    return warnings_for_advance(facts, target)


def case_history(vault: Vault, case_id: str, limit: int = 1000) -> list[Any]:
    """Audit events of one case, newest first; the case being opened to read is in the access log instead
    (``caseapp access-log --case``), not in its change history."""
    with vault.session() as s:
        return [e for e in audit.history(s, case_id, limit) if e.action not in ("view", "reveal")]
