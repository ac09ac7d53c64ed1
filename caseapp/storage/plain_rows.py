"""Rows of a case's tables read with plain SQL on a DB-API cursor, without SQLAlchemy, SQLModel or the models.

``caseapp show`` reads one case and ends: importing the ORM and the 52 table models (~0.6 s of CPU) would cost more
than the reads. :data:`COLUMNS` says, for each table such a reader needs, every column in the model's field order
with the conversion the ORM applies to it on SQLite (``s`` text, ``i`` integer, ``x`` bytes: as stored; ``k`` a
key, its 16 bytes read as its text (migration 0030); ``b`` a boolean; ``d`` a date; ``t`` a UTC datetime; ``j``
JSON). The models stay the one definition of the tables:
tests/storage/test_plain_rows.py fails, printing the line to paste here, when a model and its entry differ.

A :class:`PlainRow` offers what readers of a model instance use: the columns as attributes, ``model_dump()`` (in
the model's order) and ``model_copy(update=...)``. It is not a model: it cannot be added to a session.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from numbers import Number
from typing import Any, ClassVar

from caseapp.storage.case_keys import key_text

COLUMNS: dict[str, str] = {
    "case": "id:k created_at:t updated_at:t case_number:s client_id:k practitioner_id:k opened_on:d closed_on:d "
            "stage:s stage_since:d presenting_request:s crisis_screening:s crisis_flag:b monitoring_interval_days:i "
            "retention_until:d destroyed_at:t",
    "client": "id:k created_at:t updated_at:t name:s birth_date:d sex:s resident_number:s phone:s address:s "
              "referral_source:s vulnerability_flags:j notes:s registered_address:s household_type:s housing_type:s "
              "tenure:s livelihood:j referral_route:s",
    "householdmember": "id:k created_at:t updated_at:t client_id:k name:s relation:s age:i sex:s lives_together:b "
                       "deceased:b notes:s disability_type:s disability_degree:s education:s occupation:s health:s "
                       "problem:s wanted_support:s priority:i",
    "stagetransition": "id:k created_at:t updated_at:t case_id:k from_stage:s to_stage:s moved_on:d reason:s "
                       "overridden_warnings:j",
    "checklistcheck": "id:k created_at:t updated_at:t case_id:k stage:s item_key:s checked_on:d note:s",
    "consent": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k purpose:s given_on:d "
               "withdrawn_on:d expires_on:d method:s notes:s purpose_detail:s items:s recipients:s retention:s "
               "refusal_consequence:s consented_by:s guardian_name:s guardian_relation:s",
    "assessment": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k kind:s "
                  "assessed_on:d strengths_personal:s strengths_family:s strengths_community:s risk_level:s "
                  "risk_reasons:s summary:s family_history:s personal_history:s obstacles_personal:s "
                  "obstacles_family:s obstacles_community:s crisis_scores:j",
    "needrating": "id:k created_at:t updated_at:t assessment_id:k area:s level:i narrative:s concerns:s cause:s "
                  "priority:i",
    "budgetline": "id:k created_at:t updated_at:t assessment_id:k item:s amount:i note:s",
    "ecorelation": "id:k created_at:t updated_at:t case_id:k name:s kind:s resource_id:k strength:s direction:s "
                   "notes:s phase:s",
    "goal": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k position:i statement:s "
            "need_area:s target_date:d gas_minus2:s gas_minus1:s gas_zero:s gas_plus1:s gas_plus2:s baseline_score:i "
            "achieved:b term:s parent_id:k",
    "plantask": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k goal_id:k "
                "description:s performer:s frequency:s resource_id:k due_date:d done_on:d target_person:s "
                "person_in_charge:s starts_on:d ends_on:d frequency_count:i frequency_unit:s priority:i",
    "serviceentry": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k occurred_on:d "
                    "duration_min:i contact_mode:s practice_type:s goal_id:k resource_id:k text:s contact_target:s "
                    "content_kinds:j",
    "monitoringreview": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k "
                        "reviewed_on:d adherence:s satisfaction:s changed_needs:s decision:s notes:s",
    "goalscore": "id:k created_at:t updated_at:t goal_id:k review_id:k termination_id:k scored_on:d score:i note:s",
    "termination": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k terminated_on:d "
                   "reason:s closing_assessment_id:k client_words:s summary:s follow_up_plan:s "
                   "follow_up_every_months:i follow_up_count:i emergency_contact:s reason_before_0007:s",
    "followup": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k due_on:d done_on:d "
                "method:s result:s reopen:b observed_change:s satisfaction:s",
    "referral": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k resource_id:k "
                "status:s sent_on:d accepted_on:d started_on:d completed_on:d declined_on:d reason:s notes:s",
    "caseconference": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k held_on:d "
                      "kind:s attendees:s agenda:s discussion:s decisions:s next_steps:s case_summary:s "
                      "practitioner_view:s plan_change:s kind_before_0007:s",
    "addendum": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k target_type:s "
                "target_id:k written_on:d author:s text:s",
    "resource": "id:k created_at:t updated_at:t name:s kind:s category:s services:s contact_person:s phone:s email:s "
                "address:s notes:s active:b",
    "caseselection": "id:k created_at:t updated_at:t case_id:k decided_on:d level:s conference_id:k reason:s",
    "planagreement": "id:k created_at:t updated_at:t case_id:k agreed_on:d method:s guardian_name:s "
                     "guardian_relation:s notes:s signature_png:x",
    "conferenceattendee": "id:k created_at:t updated_at:t conference_id:k position:i name:s organisation:s role:s",
    "reviewgoalchange": "id:k created_at:t updated_at:t review_id:k goal_id:k before:s after:s",
    "reviewservicerating": "id:k created_at:t updated_at:t review_id:k task_id:k performance:s note:s",
    "terminationgoaloutcome": "id:k created_at:t updated_at:t termination_id:k goal_id:k outcome:s note:s",
    "supervisionrecord": "id:k created_at:t updated_at:t signed_at:t signed_by:s content_hash:s case_id:k held_on:d "
                         "supervisor:s topic:s content:s agreed_actions:s",
    "supervisorconfirmation": "id:k created_at:t updated_at:t case_id:k target:s termination_id:k confirmed_by:s "
                              "confirmed_on:d note:s",
    "disclosure": "id:k created_at:t updated_at:t case_id:k case_number:s kind:s disclosed_at:t recipient:s items:s "
                  "basis:s consent_id:k consent_purpose:s consent_covered:b reason:s export_id:k actor:s",
    "correctionrequest": "id:k created_at:t updated_at:t case_id:k received_on:d due_on:d request:s outcome:s "
                         "outcome_on:d outcome_note:s",
}


class PlainRow:
    """One row as attributes named by its columns (see the module docstring)."""

    # named so that no column can shadow them (a row's columns live in its __dict__)
    plain_table: ClassVar[str] = ""
    plain_fields: ClassVar[tuple[str, ...]] = ()

    def model_dump(self) -> dict[str, Any]:
        values = self.__dict__
        return {name: values[name] for name in self.plain_fields}

    def model_copy(self, *, update: dict[str, Any] | None = None) -> PlainRow:
        """A shallow copy with ``update`` applied (as a model's ``model_copy``)."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        if update:
            copy.__dict__.update(update)
        return copy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.__dict__.get('id')!r})"


def _utc(value: str) -> datetime:
    # SQLite holds the UTC time without an offset; SQLModel's UTCDateTime hands it back aware, in UTC.
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.utcoffset() is None else parsed.astimezone(UTC)


def _json(value: Any) -> Any:
    return value if isinstance(value, Number) else json.loads(value)


_CONVERT: dict[str, Callable[[Any], Any] | None] = {
    "s": None, "i": None, "x": None, "k": key_text, "b": bool, "d": date.fromisoformat, "t": _utc, "j": _json,
}


class _Shape:
    def __init__(self, table: str) -> None:
        columns = [item.split(":") for item in COLUMNS[table].split()]
        quoted = ", ".join(f'"{name}"' for name, _ in columns)
        self.select = f'SELECT {quoted} FROM "{table}"'
        self.keyed = tuple((name, _CONVERT[kind]) for name, kind in columns)
        self.row_class: type[PlainRow] = type(f"Plain{table.capitalize()}", (PlainRow,),
                                              {"plain_table": table, "plain_fields": tuple(name for name, _ in columns)})


_SHAPES: dict[str, _Shape] = {}


def row_class(table: str) -> type[PlainRow]:
    return _shape(table).row_class


def _shape(table: str) -> _Shape:
    found = _SHAPES.get(table)
    if found is None:
        found = _SHAPES[table] = _Shape(table)
    return found


def rows(cursor: Any, table: str, where: str, params: Sequence[Any] = (), order: str = "") -> list[PlainRow]:
    """``SELECT <every column> FROM <table> WHERE <where> [ORDER BY <order>]`` as :class:`PlainRow` objects, values
    converted as the ORM converts them. ``where`` and ``order`` are SQL written by the caller (column names, ``?``
    placeholders), never user text."""
    shape = _shape(table)
    sql = f"{shape.select} WHERE {where}" + (f" ORDER BY {order}" if order else "")
    new, keyed = shape.row_class.__new__, shape.keyed
    cls = shape.row_class
    out: list[PlainRow] = []
    for values in cursor.execute(sql, tuple(params)).fetchall():
        row = new(cls)
        loaded = row.__dict__
        for (key, convert), value in zip(keyed, values):
            loaded[key] = convert(value) if convert is not None and value is not None else value
        out.append(row)
    return out


def in_list(column: str, values: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
    """``column IN (?, ?, …)`` and its parameters, for :func:`rows`."""
    return f"{column} IN ({', '.join('?' * len(values))})", tuple(values)
