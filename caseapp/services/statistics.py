"""Service statistics (실적) computed in SQL: one query per record set, aggregates per figure, drill-down lists.

Each source of :data:`caseapp.domain.statistics.SOURCES` is a SELECT with the labelled columns ``case_id``,
``record_id``, ``on`` (the date that places the record in the period) and its dimensions. A figure is an aggregate
over its source (all plain figures of one source in one query, each breakdown one GROUP BY); a drill-down is the
same source filtered to the figure's rows. Destroyed cases never appear (see the definitions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Date, Integer, Select, String, and_, bindparam, case, cast, distinct, exists, func, literal, literal_column, or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from caseapp.domain import statistics as defs
from caseapp.domain.deadlines import PLAN_WITHIN_DAYS
from caseapp.domain.labels import Label
from caseapp.domain.statistics import Period, StatsResult
from caseapp.domain.stats_tables import format_value
from caseapp.domain.vocab import (
    BASIC_LIVELIHOOD_BENEFITS, AssessmentKind, Livelihood, ReferralStatus, SelectionLevel, Stage,
)
from caseapp.errors import NotFound, ValidationError
from caseapp.services import selection
from caseapp.services.stats_sql import Derived, PlainAggregates, per_case_figures
from caseapp.services.vault import Vault
from caseapp.storage.engine import CACHE_CEILING_KIB, raised_cache
from caseapp.storage.models import (
    Assessment, Case, CaseConference, CaseSelection, Client, FollowUp, Goal, GoalScore, MonitoringReview, NeedRating,
    Practitioner,
    Referral, Resource, ServiceEntry, StageTransition, SupervisionRecord, Termination, UuidText,
)

ACCEPTED_STATUSES = (ReferralStatus.ACCEPTED.value, ReferralStatus.IN_SERVICE.value, ReferralStatus.COMPLETED.value)


def _kind_of(practice_type: str | None) -> str:
    """직접/간접 실천 of a practice type, as the services source's ``kind`` column computes it in SQL."""
    return "direct" if practice_type in defs.DIRECT_TYPES else "indirect"


def _derived_dims(s: Session) -> dict[str, Derived]:
    """Breakdown columns that follow from another column of their source: the plain-SQL path groups by that
    column and derives these per group (an extra GROUP BY key is a text sort key over every row of the period; a
    joined table's column costs a lookup per row, where the few resources are read once here)."""
    categories: dict[str, str | None] = {r[0]: r[1] for r in s.execute(select(Resource.id, Resource.category))}

    def category_of(resource_id: str | None) -> str:  # as the referrals source's coalesce over its outer join
        category = categories.get(resource_id) if resource_id is not None else None
        return "other" if category is None else category

    return {"services": {"kind": ("practice_type", _kind_of)},
            "referrals": {"category": ("resource_id", category_of)}}


def _days_between(later: Any, earlier: Any) -> ColumnElement[Any]:
    return cast(func.julianday(later) - func.julianday(earlier), Integer)


def _live_cases(practitioner_id: Any | None, level: Any | None = None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [col(Case.destroyed_at).is_(None)]
    if practitioner_id is not None:
        where.append(Case.practitioner_id == practitioner_id)
    if level is not None:
        current = _current_selection()
        where.append(col(Case.id).in_(select(current.c.case_id).where(current.c.level == level)))
    return where


def _current_selection() -> Any:
    """Each case's selection decision in force: the latest by date (ties: the later written)."""
    return (select(CaseSelection.case_id.label("case_id"), CaseSelection.level.label("level"),
                   _extreme("caseselection", "decided_on").label("latest"))
            .group_by(CaseSelection.case_id).subquery())


def _coded(column: Any) -> ColumnElement[str]:
    """A code column with its empty value read as "not recorded"."""
    return case((or_(column.is_(None), column == ""), defs.UNKNOWN), else_=column)


def _livelihood_group(column: Any) -> ColumnElement[str]:
    """생활 구분 grouped as reports count it (a JSON list of vocab.Livelihood codes in the column)."""
    text = cast(column, String)
    recipient = or_(*[text.like(f'%"{m.value}"%') for m in BASIC_LIVELIHOOD_BENEFITS])
    return case((recipient, "recipient"), (text.like(f'%"{Livelihood.NEAR_POVERTY.value}"%'), "near_poverty"),
                (text.like(f'%"{Livelihood.GENERAL.value}"%'), "general"), else_=defs.UNKNOWN)


def _stage_on(day: Any) -> Any:
    """Each case's stage on ``day``: its latest stage transition on or before it (ties: the later written)."""
    return (select(StageTransition.case_id.label("case_id"), StageTransition.to_stage.label("stage"),
                   _extreme("stagetransition", "moved_on").label("latest"))
            .where(StageTransition.moved_on <= day).group_by(StageTransition.case_id).subquery())


def _cases_by_stage_on(day: Any, where: list[ColumnElement[bool]]) -> Select[Any]:
    stage = _stage_on(day)
    # A case always has its opening transition; an intake date edited to before it still counts as in intake.
    current = func.coalesce(stage.c.stage, Stage.INTAKE.value)
    return (select(Case.id.label("case_id"), Case.id.label("record_id"), day.label("on"),
                   current.label("stage"))
            .outerjoin(stage, stage.c.case_id == Case.id).where(Case.opened_on <= day, *where))


def _age_band(birth: Any, born_after: Callable[[int], Any]) -> ColumnElement[str]:
    """``born_after(years)``: the date that many years before the day the age is taken on."""
    whens = [(birth.is_(None), defs.UNKNOWN)]
    for band in defs.AGE_BANDS:
        if band.high is not None:  # younger than high + 1 on the day: born after that many years before it
            whens.append((birth > born_after(band.high + 1), band.code))
        else:
            whens.append((literal(True), band.code))
    return case(*whens)


def _extreme(table: str, date_column: str, pick: Any = func.max) -> Any:
    """max()/min() over "date + rowid": the latest/earliest row per group, ties to the later/earlier written.

    SQLite returns the other columns of the row holding a lone max() or min(), so one GROUP BY over the case_id
    index finds that row without sorting every row (as a window function would). The key is one integer,
    YYYYMMDD × 10¹⁰ + rowid (a date column holds ISO text; rowids stay below 10¹⁰): it orders as the date, then
    the rowid, and costs less per row than text built with printf (~14 ms per pass over 36,000 transitions)."""
    return pick(literal_column(f"CAST(replace({table}.{date_column}, '-', '') AS INTEGER) * 10000000000"
                               f" + {table}.rowid"))


def _latest_termination(case_ids: Any | None = None) -> Any:
    """Each case's latest termination record (only of ``case_ids``, a SELECT of case ids, when given)."""
    latest = select(Termination.id.label("termination_id"), Termination.case_id.label("case_id"),
                    Termination.reason.label("reason"), Termination.closing_assessment_id.label("closing_id"),
                    _extreme("termination", "terminated_on").label("latest"))
    if case_ids is not None:
        latest = latest.where(col(Termination.case_id).in_(case_ids))
    return latest.group_by(Termination.case_id).subquery()


def _assessment_per_case(kind: AssessmentKind, case_ids: Any, pick: Any) -> Any:
    return (select(Assessment.case_id.label("case_id"), Assessment.id.label("aid"),
                   _extreme("assessment", "assessed_on", pick).label("pick"))
            .where(Assessment.kind == kind.value, col(Assessment.case_id).in_(case_ids))
            .group_by(Assessment.case_id).subquery())


def _has_goal() -> ColumnElement[bool]:
    """The case has a plan: at least one goal."""
    return exists().where(Goal.case_id == Case.id)


def _first_implementation() -> Any:
    return (select(StageTransition.case_id.label("case_id"), func.min(StageTransition.moved_on).label("planned_on"))
            .where(StageTransition.to_stage == Stage.IMPLEMENTATION.value)
            .group_by(StageTransition.case_id).subquery())


class _Sources:
    """Builds each source's SELECT for one period and practitioner filter.

    The period's dates, the practitioner and the level are named bind parameters, so a source's SQL text depends
    only on which filters are set: :func:`compute` compiles it once per process (:func:`_compiled`) and runs it
    with this period's values (:meth:`values`)."""

    def __init__(self, period: Period, practitioner_id: str | None, level: str | None = None) -> None:
        self.p = period
        self._values: dict[str, Any] = {}
        self.start, self.end = self._param("p_start", period.start), self._param("p_end", period.end)
        self.day_before = self._param("p_day_before", period.day_before)
        self.where = _live_cases(None if practitioner_id is None else self._param("p_practitioner", practitioner_id,
                                                                                  UuidText()),
                                 None if level is None else self._param("p_level", level))
        self.shape = (practitioner_id is not None, level is not None)
        self.born_after = {band.high + 1: self._param(f"p_born_after_{band.high + 1}",
                                                      defs.years_before(period.end, band.high + 1))
                           for band in defs.AGE_BANDS if band.high is not None}

    def _param(self, name: str, value: Any, type_: Any = None) -> Any:
        """``type_``: how the value is bound (a key is bound as stored, 0030); else as a date or text."""
        self._values[name] = value
        return bindparam(name, value, type_=type_ or (Date if isinstance(value, date) else String))

    def values(self) -> dict[str, Any]:
        """Every named parameter of the sources' statements, with this period's values."""
        return dict(self._values)

    def in_period(self, column: Any) -> ColumnElement[bool]:
        return and_(column >= self.start, column <= self.end)

    def closed_ids(self) -> Select[Any]:
        return select(Case.id).where(self.in_period(Case.closed_on), *self.where)

    def build(self, key: str) -> Select[Any]:
        builder: Callable[[], Select[Any]] = getattr(self, key)
        return builder()

    def held_start(self) -> Select[Any]:
        sub = _cases_by_stage_on(self.day_before, self.where).subquery()
        return select(sub).where(sub.c.stage.in_(defs.ACTIVE_STAGES))

    def stage_end(self) -> Select[Any]:
        return _cases_by_stage_on(self.end, self.where)

    def opened(self) -> Select[Any]:
        return (select(Case.id.label("case_id"), Case.id.label("record_id"), Case.opened_on.label("on"),
                       _coded(Client.referral_route).label("route"))
                .join(Client, Client.id == Case.client_id).where(self.in_period(Case.opened_on), *self.where))

    def closed(self) -> Select[Any]:
        term = _latest_termination(self.closed_ids())
        return (select(Case.id.label("case_id"), Case.id.label("record_id"), Case.closed_on.label("on"),
                       func.coalesce(term.c.reason, defs.NONE).label("reason"),
                       case((_has_goal(), 1), else_=0).label("had_plan"))
                .outerjoin(term, term.c.case_id == Case.id)
                .where(self.in_period(Case.closed_on), *self.where))

    def _reopenings(self) -> Any:
        return (select(StageTransition.id, StageTransition.case_id, StageTransition.moved_on)
                .where(col(StageTransition.from_stage).in_(defs.CLOSED_STAGES),
                       col(StageTransition.to_stage).in_(defs.ACTIVE_STAGES)))

    def reopened(self) -> Select[Any]:
        t = self._reopenings().subquery()
        return (select(t.c.case_id.label("case_id"), t.c.id.label("record_id"), t.c.moved_on.label("on"))
                .join(Case, Case.id == t.c.case_id).where(self.in_period(t.c.moved_on), *self.where))

    def active(self) -> Select[Any]:
        start = _stage_on(self.day_before)
        reentered = exists().where(StageTransition.case_id == Case.id, self.in_period(StageTransition.moved_on),
                                   col(StageTransition.to_stage).in_(defs.ACTIVE_STAGES))
        held = and_(Case.opened_on < self.start,
                    func.coalesce(start.c.stage, Stage.INTAKE.value).in_(defs.ACTIVE_STAGES))
        return (select(Case.id.label("case_id"), Case.id.label("record_id"), self.end.label("on"),
                       _coded(Client.sex).label("sex"),
                       _age_band(Client.birth_date, self.born_after.__getitem__).label("age_band"),
                       _coded(Client.household_type).label("household_type"),
                       _livelihood_group(Client.livelihood).label("livelihood"))
                .join(Client, Client.id == Case.client_id).outerjoin(start, start.c.case_id == Case.id)
                .where(Case.opened_on <= self.end, or_(held, self.in_period(Case.opened_on), reentered),
                       *self.where))

    def services(self) -> Select[Any]:
        kind = case((col(ServiceEntry.practice_type).in_(defs.DIRECT_TYPES), "direct"), else_="indirect")  # = _kind_of
        area = case((or_(Goal.need_area.is_(None), Goal.need_area == ""), defs.NONE), else_=Goal.need_area)
        return (select(ServiceEntry.case_id.label("case_id"), ServiceEntry.id.label("record_id"),
                       ServiceEntry.occurred_on.label("on"), ServiceEntry.practice_type.label("practice_type"),
                       ServiceEntry.contact_mode.label("contact_mode"), kind.label("kind"), area.label("need_area"),
                       func.coalesce(ServiceEntry.duration_min, 0).label("minutes"),
                       Case.client_id.label("client_id"))
                .join(Case, Case.id == ServiceEntry.case_id).outerjoin(Goal, Goal.id == ServiceEntry.goal_id)
                .where(self.in_period(ServiceEntry.occurred_on), *self.where))

    def referrals(self) -> Select[Any]:
        accepted = or_(col(Referral.accepted_on).is_not(None), col(Referral.status).in_(ACCEPTED_STATUSES))
        return (select(Referral.case_id.label("case_id"), Referral.id.label("record_id"),
                       Referral.sent_on.label("on"), Referral.status.label("status"),
                       func.coalesce(Resource.category, "other").label("category"),  # = _derived_dims
                       Referral.resource_id.label("resource_id"),
                       case((accepted, 1), else_=0).label("accepted"),
                       _days_between(Referral.accepted_on, Referral.sent_on).label("days_to_accept"))
                .join(Case, Case.id == Referral.case_id).outerjoin(Resource, Resource.id == Referral.resource_id)
                .where(self.in_period(Referral.sent_on), *self.where))

    def _dated(self, model: Any, column: Any) -> Select[Any]:
        return (select(model.case_id.label("case_id"), model.id.label("record_id"), column.label("on"))
                .join(Case, Case.id == model.case_id).where(self.in_period(column), *self.where))

    def conferences(self) -> Select[Any]:
        return self._dated(CaseConference, CaseConference.held_on).add_columns(
            _coded(CaseConference.kind).label("kind"))

    def selections(self) -> Select[Any]:
        return self._dated(CaseSelection, CaseSelection.decided_on).add_columns(CaseSelection.level.label("level"))

    def supervisions(self) -> Select[Any]:
        return self._dated(SupervisionRecord, SupervisionRecord.held_on)

    def reviews(self) -> Select[Any]:
        return self._dated(MonitoringReview, MonitoringReview.reviewed_on)

    def follow_ups(self) -> Select[Any]:
        return self._dated(FollowUp, FollowUp.due_on).add_columns(
            case((col(FollowUp.done_on).is_not(None), 1), else_=0).label("done"))

    def plans(self) -> Select[Any]:
        plan = _first_implementation()
        days = _days_between(plan.c.planned_on, Case.opened_on)
        return (select(Case.id.label("case_id"), Case.id.label("record_id"), plan.c.planned_on.label("on"),
                       days.label("days"), case((days <= PLAN_WITHIN_DAYS, 1), else_=0).label("within"))
                .join(plan, plan.c.case_id == Case.id)
                .where(self.in_period(plan.c.planned_on), _has_goal(), *self.where))

    def gas(self) -> Select[Any]:
        term = _latest_termination(self.closed_ids())
        return (select(Case.id.label("case_id"), Goal.id.label("record_id"), Case.closed_on.label("on"),
                       Goal.baseline_score.label("baseline"), GoalScore.score.label("final"),
                       case((GoalScore.score >= 0, 1), else_=0).label("achieved"))
                .join(term, term.c.case_id == Case.id)
                .join(GoalScore, GoalScore.termination_id == term.c.termination_id)
                .join(Goal, and_(Goal.id == GoalScore.goal_id, Goal.case_id == Case.id,
                                 # 장기 goals only: a 단기 goal is a step to one. coalesce: not a use for the
                                 # parent_id index, which would start the join from every 장기 goal of the file
                                 func.coalesce(Goal.parent_id, None).is_(None)))
                .where(self.in_period(Case.closed_on), *self.where))

    def need_pairs(self) -> Select[Any]:
        closed = self.closed_ids()
        term = _latest_termination(closed)
        first_intake = _assessment_per_case(AssessmentKind.INTAKE, closed, func.min)
        last_closing = _assessment_per_case(AssessmentKind.CLOSING, closed, func.max)
        # Each closed case's two assessments first, once per case (MATERIALIZED: otherwise SQLite looks the
        # termination and the closing assessment up again for each of the case's nine ratings).
        pairs = (select(Case.id.label("case_id"), Case.closed_on.label("closed_on"),
                        first_intake.c.aid.label("intake_id"),
                        func.coalesce(term.c.closing_id, last_closing.c.aid).label("closing_id"))
                 .join(first_intake, first_intake.c.case_id == Case.id)
                 .outerjoin(term, term.c.case_id == Case.id)
                 .outerjoin(last_closing, last_closing.c.case_id == Case.id)
                 .where(self.in_period(Case.closed_on), *self.where)
                 .cte("need_pair_cases").prefix_with("MATERIALIZED"))
        r_in, r_out = NeedRating.__table__.alias("r_in"), NeedRating.__table__.alias("r_out")
        return (select(pairs.c.case_id.label("case_id"), r_out.c.id.label("record_id"), pairs.c.closed_on.label("on"),
                       r_in.c.area.label("area"), r_in.c.level.label("intake_level"),
                       r_out.c.level.label("closing_level"), (r_out.c.level - r_in.c.level).label("change"))
                .select_from(pairs)
                .join(r_in, r_in.c.assessment_id == pairs.c.intake_id)
                .join(r_out, and_(r_out.c.assessment_id == pairs.c.closing_id, r_out.c.area == r_in.c.area)))


# --- aggregation ---------------------------------------------------------------------------------------------------

def _narrowed(sub: Any, where: tuple[tuple[str, tuple[object, ...]], ...]) -> list[ColumnElement[bool]]:
    return [sub.c[name].in_(values) for name, values in where]


@dataclass
class _Acc:
    """Running totals over grouped rows: row count, and per measured column its sum and non-null count."""

    n: int = 0
    sums: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, group: dict[str, Any], columns: list[str]) -> None:
        self.n += group["_n"]
        for c in columns:
            self.sums[c] = self.sums.get(c, 0) + (group[f"_sum_{c}"] or 0)
            self.counts[c] = self.counts.get(c, 0) + group[f"_cnt_{c}"]

    def value(self, measure: str) -> float | int | None:
        kind, _, arg = measure.partition(":")
        if kind == "count":
            return self.n
        if kind == "sum":
            return int(self.sums.get(arg, 0))
        if kind == "mean":
            cnt = self.counts.get(arg, 0)
            return round(self.sums[arg] / cnt, 2) if cnt else None
        raise ValueError(measure)


_GROUPED = ("count", "sum", "mean")  # measures that roll up from grouped rows; the rest get their own query


def _groups(s: Session, sub: Any, dims: list[str], columns: list[str]) -> list[dict[str, Any]]:
    """One GROUP BY over every dimension the figures of this source use (and the month, for the monthly bars)."""
    month = func.substr(cast(sub.c.on, String), 1, 7).label("_month")
    selected: list[Any] = [sub.c[d] for d in dims] + [month, func.count().label("_n")]
    for c in columns:
        selected += [func.sum(sub.c[c]).label(f"_sum_{c}"), func.count(sub.c[c]).label(f"_cnt_{c}")]
    stmt = select(*selected).group_by(*[sub.c[d] for d in dims], month)
    return [dict(row._mapping) for row in s.execute(stmt)]


def _matches(group: dict[str, Any], where: tuple[tuple[str, tuple[object, ...]], ...]) -> bool:
    return all(group[name] in values for name, values in where)


def _roll_up(groups: list[dict[str, Any]], columns: list[str], by: str | None = None,
             where: tuple[tuple[str, tuple[object, ...]], ...] = ()) -> dict[Any, _Acc]:
    out: dict[Any, _Acc] = {}
    for g in groups:
        if where and not _matches(g, where):
            continue
        key = g[by] if by else None
        acc = out.get(key)
        if acc is None:
            acc = out[key] = _Acc()
        acc.add(g, columns)
    return out


def _per_case(s: Session, sub: Any, refs: list[defs.FigureRef]) -> dict[str, float | int | None]:
    """Figures that need one value per case: GAS T-scores (SQL sums each case's scores, the T formula runs once
    per case) and the number of cases; one GROUP BY case for all of them."""
    columns = sorted({r.measure.partition(":")[2] for r in refs if r.measure.startswith("gas_t:")})
    rows = s.execute(select(func.count(), *[func.sum(sub.c[c]) for c in columns]).group_by(sub.c.case_id)).all()
    return per_case_figures(list(rows), columns, refs)


def _distinct(s: Session, sub: Any, column: str, where: tuple[tuple[str, tuple[object, ...]], ...]) -> int:
    return int(s.execute(select(func.count(distinct(sub.c[column]))).where(*_narrowed(sub, where))).scalar() or 0)


def _ratio(figures: dict[str, Any], measure: str) -> float | None:
    num_key, den_key = measure.partition(":")[2].split("/")
    den = figures.get(den_key)
    return round(figures[num_key] / den, 4) if den else None


MONTHLY_SERIES = {key: measure for key, measure in (("cases.opened", "count"), ("cases.closed", "count"),
                                                   ("services.total", "count"), ("services.minutes", "sum:minutes"),
                                                   ("referrals.total", "count"))}


@dataclass
class Computed:
    figures: dict[str, float | int | None]
    monthly: dict[str, dict[str, int]]


class _Aggregates:
    """The three kinds of query :func:`compute` runs over one source's rows: SQLAlchemy over the source's
    subquery (the reference, :func:`compute_by_sources`) or plain SQL (:class:`_PlainAggregates`)."""

    def __init__(self, s: Session, sub: Any) -> None:
        self.s, self.sub = s, sub

    def groups(self, dims: list[str], columns: list[str], _monthly: bool = True) -> list[dict[str, Any]]:
        return _groups(self.s, self.sub, dims, columns)

    def per_case(self, refs: list[defs.FigureRef]) -> dict[str, float | int | None]:
        return _per_case(self.s, self.sub, refs)

    def distinct(self, column: str, where: tuple[tuple[str, tuple[object, ...]], ...]) -> int:
        return _distinct(self.s, self.sub, column, where)

    def close(self) -> None:
        pass


def compute(s: Session, period: Period, practitioner_id: str | None = None,
            sources: set[str] | None = None, level: str | None = None) -> Computed:
    """Every declared figure (or those of ``sources``) for the period, keyed as in ``stats --json``, and the
    monthly series of :data:`MONTHLY_SERIES` (every month of the period present). ``level``: only the cases whose
    selection level in force is that one. Plain SQL over each source's compiled statement (:mod:`caseapp.services.stats_sql`);
    the figures are those of :func:`compute_by_sources`."""
    built = _Sources(period, practitioner_id, level)
    # The figures read more pages than a pooled connection's share of the cache holds, so each would be decrypted
    # again by a later query of the same report; the pool gives the connection back its share when the session ends.
    s.connection().exec_driver_sql(f"PRAGMA cache_size = -{CACHE_CEILING_KIB}")
    derived = _derived_dims(s)
    return _compute(built, period, sources,
                    lambda source, queries, needed: PlainAggregates(s, built, source, queries, needed,
                                                                    derived.get(source)))


def compute_by_sources(s: Session, period: Period, practitioner_id: str | None = None,
                       sources: set[str] | None = None, level: str | None = None) -> Computed:
    """:func:`compute` through SQLAlchemy over each source's subquery, as drill-down reads them: the reference
    the plain-SQL path is tested against."""
    built = _Sources(period, practitioner_id, level)
    return _compute(built, period, sources,
                    lambda source, _queries, _needed: _Aggregates(s, built.build(source).subquery(source)))


def _compute(built: "_Sources", period: Period, sources: set[str] | None,
             aggregates_of: Callable[[str, int, set[str]], Any]) -> Computed:
    refs = defs.figure_refs()
    months = [m.start.strftime("%Y-%m") for m in period.months()]
    figures: dict[str, float | int | None] = {}
    series: dict[str, dict[str, int]] = {}
    for source in defs.SOURCES:
        if sources is not None and source not in sources:
            continue
        mine = [r for r in refs.values() if r.source == source]
        grouped = [r for r in mine if r.measure.partition(":")[0] in _GROUPED]
        dims = sorted({name for r in grouped for name, _values in r.where})
        columns = sorted({r.measure.partition(":")[2] for r in grouped if ":" in r.measure})
        per_case = [r for r in mine if r.measure.startswith("gas_t:")
                    or (r.measure == "distinct:case_id" and not r.where)]
        distinct_refs = [r for r in mine if r.measure.startswith("distinct:") and r not in per_case]
        needed = {*dims, *columns, *(r.measure.partition(":")[2] for r in per_case + distinct_refs)}
        if per_case:
            needed.add("case_id")
        agg = aggregates_of(source, 1 + bool(per_case) + len(distinct_refs), needed)
        try:
            groups = agg.groups(dims, columns, any(r.key in MONTHLY_SERIES for r in mine))
            if per_case:
                figures.update(agg.per_case(per_case))
            for ref in distinct_refs:
                figures[ref.key] = agg.distinct(ref.measure.partition(":")[2], ref.where)
        finally:
            agg.close()
        breakdown_columns = {r.where[0][0] for r in mine if r.group_label is not None}
        by_column = {c: _roll_up(groups, columns, by=c) for c in breakdown_columns}
        for ref in mine:
            kind, _, arg = ref.measure.partition(":")
            if kind in _GROUPED:
                if ref.group_label is not None:
                    (column, (code,)), = ref.where
                    acc = by_column[column].get(code, _Acc())
                else:
                    acc = _roll_up(groups, columns, where=ref.where).get(None, _Acc())
                figures[ref.key] = acc.value(ref.measure)
            if ref.key in MONTHLY_SERIES:
                per_month = _roll_up(groups, columns, by="_month", where=ref.where)
                series[ref.key] = {m: int(per_month[m].value(MONTHLY_SERIES[ref.key]) or 0) if m in per_month
                                   else 0 for m in months}
    for ref in refs.values():  # ratios last: they read two figures computed above
        if ref.measure.startswith("ratio:") and (sources is None or ref.source in sources):
            figures[ref.key] = _ratio(figures, ref.measure)
    order = {k: i for i, k in enumerate(defs.figure_keys())}
    return Computed(dict(sorted(figures.items(), key=lambda kv: order.get(kv[0], len(order)))), series)


def practitioner_id_for(s: Session, name_or_id: str | None) -> str | None:
    if not name_or_id:
        return None
    needle = name_or_id.strip()
    row = s.execute(select(Practitioner).where(or_(Practitioner.id == needle, Practitioner.name == needle))
                    ).scalars().first()
    if row is None:
        raise NotFound(f"사례관리자를 찾을 수 없습니다: {needle}", f"No such practitioner: {needle}")
    return row.id


def practitioners(vault: Vault) -> list[tuple[str, str]]:
    """(id, name) of everyone who can own cases, for the practitioner filter."""
    with vault.session() as s:
        return [(p.id, p.name) for p in s.execute(select(Practitioner).order_by(Practitioner.name)).scalars()]


def selection_level(text: str | None) -> str | None:
    """A 선정 level typed as its code or label (e.g. ``complex``, 고난도사례), or None for every case."""
    if not text:
        return None
    level = selection.parse_level(text)
    if not isinstance(level, SelectionLevel):  # "not decided yet" is not a level to narrow the figures to
        raise ValidationError("통계는 선정 수준(일반·고난도·집중 등)으로만 좁힐 수 있습니다.",
                              "Statistics can be narrowed to a selection level only (general, complex, …).")
    return level.value


def level_label(code: str, lang: str) -> str:
    return SelectionLevel(code).label.text(lang)


@contextmanager
def warm_cache(vault: Vault) -> Iterator[None]:
    """Hold this while reports may follow one another (the Statistics window open): the report connection keeps
    its pages between them instead of giving them back when each report's session ends (see
    :func:`caseapp.storage.engine.raised_cache`)."""
    with raised_cache(vault.engine):
        yield


def statistics(vault: Vault, period: Period, practitioner: str | None = None,
               level: str | None = None) -> StatsResult:
    """All figures (and the monthly series) for ``period``; ``practitioner``: a name or id to narrow to;
    ``level``: a 선정 level code to narrow to."""
    level = selection_level(level)
    with vault.session() as s:
        done = compute(s, period, practitioner_id_for(s, practitioner), level=level)
    return StatsResult(period, practitioner or None, done.figures, done.monthly, level=level)


# --- drill-down ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DrillRow:
    case_id: str
    case_number: str
    client_name: str
    on: date | None
    record_type: str  # source key: which kind of record this row is
    record_id: str
    value: float | int | str | None  # the measured column (minutes, days, score), or the dimension's code
    column: str = ""  # the source's column ``value`` comes from ("" when none is shown)

    def text(self, lang: str | None = None) -> str:
        """``value`` as the text output shows it: a dimension's label instead of its code, a flag as yes/no."""
        return value_text(self.record_type, self.column, self.value, lang)

    def to_json(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "case_number": self.case_number, "client": self.client_name,
                "date": self.on.isoformat() if isinstance(self.on, date) else self.on,
                "record_type": self.record_type, "record_id": self.record_id, "value": self.value}


def drill(vault: Vault, period: Period, key: str, practitioner: str | None = None,
          limit: int | None = None, level: str | None = None) -> list[DrillRow]:
    """The records behind one figure (for ratios and means: the records they are computed from)."""
    try:
        ref = defs.find_figure(key)
    except KeyError:
        raise ValidationError(f"알 수 없는 수치 키입니다: {key}", f"Unknown figure key: {key}") from None
    where, measure, shown = ref.where, ref.measure, ref.where[-1][0] if ref.where else ""
    if measure.startswith("ratio:"):  # a ratio's records are its denominator's, valued by the numerator's test
        num_key, den_key = measure.partition(":")[2].split("/")
        num, den = defs.find_figure(num_key), defs.find_figure(den_key)
        where, measure, shown = den.where, den.measure, num.where[-1][0] if num.where else ""
    with vault.session() as s:
        pid = practitioner_id_for(s, practitioner)
        sub = _Sources(period, pid, selection_level(level)).build(ref.source).subquery("drill")
        arg = measure.partition(":")[2]
        value = sub.c[arg] if arg and arg in sub.c else (sub.c[shown] if shown else literal(None))
        stmt = (select(sub.c.case_id, Case.case_number, Client.name, sub.c.on, sub.c.record_id, value)
                .join(Case, Case.id == sub.c.case_id).join(Client, Client.id == Case.client_id)
                .where(*_narrowed(sub, where)).order_by(sub.c.on, Case.case_number))
        if limit is not None:
            stmt = stmt.limit(limit)
        rows = s.execute(stmt).all()
    column = arg if arg and arg in sub.c else shown
    return [DrillRow(r[0], r[1], r[2], _as_date(r[3]), ref.source, r[4], r[5], column) for r in rows]


# 0/1 columns of the sources (a figure's test, e.g. "had a plan", "accepted"): shown as yes/no.
_FLAG_COLUMNS = frozenset({"had_plan", "accepted", "done", "within", "achieved"})
_YES_NO = {1: Label("예", "yes"), 0: Label("아니오", "no")}


@lru_cache(maxsize=1)
def _code_labels() -> dict[tuple[str, str], dict[str, Label]]:
    """(source, column) -> code -> label, from the breakdowns that group that column."""
    out: dict[tuple[str, str], dict[str, Label]] = {}
    for b in defs.BREAKDOWNS:
        out.setdefault((b.source, b.column), {}).update(dict(b.codes))
    return out


def value_text(source: str, column: str, value: float | int | str | None, lang: str | None = None) -> str:
    """A drill-down value for people: the label of a code (Korean or English), yes/no for a flag, a number as
    the tables format it; a code no breakdown knows is shown as it is."""
    if value is None:
        return ""
    if column in _FLAG_COLUMNS and value in _YES_NO:
        return _YES_NO[int(value)].text(lang)
    label = _code_labels().get((source, column), {}).get(str(value))
    if label is not None:
        return label.text(lang)
    return format_value(value) if isinstance(value, (int, float)) else str(value)


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
