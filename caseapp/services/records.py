"""Create, update, delete, sign and amend any case record, with validation, locking and the audit trail.

Signed entries are locked here, in the service layer, so the GUI, the CLI and any script get the same rule: a signed
row cannot be edited or deleted, only amended by an :class:`Addendum` that references it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, select

from caseapp.domain.forms import ADDENDUM, FormSpec, validate
from caseapp.errors import LockedEntry, NotFound
from caseapp.services import audit
from caseapp.services.vault import Vault
from caseapp.storage.models import Addendum, Row, Signable, utcnow

M = TypeVar("M", bound=Row)

# Columns that are bookkeeping, not content: left out of signatures and change lists.
BOOKKEEPING = {"id", "created_at", "updated_at", "signed_at", "signed_by", "content_hash"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


# Columns added by a later migration to a signable table: left out of the content while empty, so an entry signed
# before the column existed still hashes to what was signed (migration 0003 added these).
ADDED_LATER: dict[str, frozenset[str]] = {
    "caseconference": frozenset({"kind", "discussion", "next_steps"}),
    # migration 0006 (plan and service record)
    "goal": frozenset({"term", "parent_id"}),
    "plantask": frozenset({"target_person", "person_in_charge", "starts_on", "ends_on", "frequency_count",
                           "frequency_unit", "priority"}),
    "serviceentry": frozenset({"contact_target", "content_kinds"}),
    "assessment": frozenset({"family_history", "personal_history", "obstacles_personal", "obstacles_family",
                             "obstacles_community", "crisis_scores"}),  # migration 0005
    "consent": frozenset({"purpose_detail", "items", "recipients", "retention", "refusal_consequence", "consented_by",
                          "guardian_name", "guardian_relation"}),  # 0008
}
EMPTY_LATER = (None, "", {}, [])  # what a column added later holds in a row written before it

# Migration 0007: its new columns of signable tables, and the codes it recoded. A recoded row keeps the code it had
# in a ``*_before_0007`` column; the content hashes that code in place of the new one, as it was signed.
ADDED_LATER["caseconference"] |= {"case_summary", "practitioner_view", "plan_change", "kind_before_0007"}
ADDED_LATER["termination"] = frozenset({"follow_up_every_months", "follow_up_count", "emergency_contact",
                                        "reason_before_0007"})
ADDED_LATER["followup"] = frozenset({"observed_change", "satisfaction"})
# table -> column -> (column keeping the earlier code, earlier code -> the code 0007 gave it). The earlier code is
# hashed only while the row still holds the code 0007 gave it: any other value is a change made since.
RECODED: dict[str, dict[str, tuple[str, dict[str, str]]]] = {
    "caseconference": {"kind": ("kind_before_0007", {"expert": "solution", "family": "internal"})},
    "termination": {"reason": ("reason_before_0007", {"client_request": "refused"})},
}
# The value a later column gave every older row (besides empty): also left out, so those rows hash as signed.
LATER_DEFAULTS: dict[tuple[str, str], Any] = {("goal", "term"): "long"}


def is_signed_content(table: str, key: str, value: Any) -> bool:
    """Whether a column value is part of what a signature covers (bookkeeping and unset later columns are not)."""
    if key in BOOKKEEPING:
        return False
    if key in ADDED_LATER.get(table, frozenset()):
        return not (value in EMPTY_LATER or LATER_DEFAULTS.get((table, key), None) == value)
    return True


def content_of(row: SQLModel) -> dict[str, Any]:
    table = getattr(row, "__tablename__", "")
    data = row.model_dump()
    for column, (earlier, recoded) in RECODED.get(table, {}).items():
        old = data.get(earlier)
        if old and recoded.get(old) == data.get(column):
            data[column] = data.pop(earlier)
    return {k: _jsonable(v) for k, v in sorted(data.items()) if is_signed_content(table, k, v)}


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _digest(value: Any) -> str:
    return hashlib.sha256(_canonical(value).encode("utf-8")).hexdigest()


def content_hash(row: SQLModel) -> str:
    return _digest(content_of(row))


# Rows that belong to a signed record and are locked with it: (child table model name, its column naming the parent).
# A signature taken since this list exists covers them too (``signed_hash``), so a rating changed behind the
# program's back is caught by ``check`` like a changed row; signatures taken earlier cover the row alone.
SIGNED_CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "assessment": (("NeedRating", "assessment_id"), ("BudgetLine", "assessment_id")),
    "monitoringreview": (("GoalScore", "review_id"), ("ReviewGoalChange", "review_id"),
                         ("ReviewServiceRating", "review_id")),
    "termination": (("GoalScore", "termination_id"), ("TerminationGoalOutcome", "termination_id")),
    "caseconference": (("ConferenceAttendee", "conference_id"),),
}


def _children_content(session: Session, row: SQLModel) -> dict[str, list[Any]] | None:
    from caseapp.storage import models
    spec = SIGNED_CHILDREN.get(getattr(row, "__tablename__", ""))
    if not spec:
        return None
    out: dict[str, list[Any]] = {}
    for model_name, column in spec:
        model = getattr(models, model_name)
        rows = session.exec(select(model).where(getattr(model, column) == row.id)).all()  # type: ignore[arg-type]
        contents = [content_of(child) for child in rows]
        out[f"{model.__tablename__}.{column}"] = sorted(contents, key=lambda c: json.dumps(c, sort_keys=True,
                                                                                       ensure_ascii=False))
    return out


def signed_hash(session: Session, row: SQLModel) -> str:
    """The hash a signature records: the row's content plus, for records with locked children (need ratings,
    budget lines, scores, attendees), theirs."""
    children = _children_content(session, row)
    if not children or not any(children.values()):  # nothing beside the row: the same hash as always
        return content_hash(row)
    return _digest({"row": content_of(row), "children": children})


def case_id_of(row: SQLModel) -> str | None:
    """The case a row belongs to, for the audit trail; a Case row belongs to itself."""
    from caseapp.storage.models import Case
    if isinstance(row, Case):
        return row.id
    return getattr(row, "case_id", None)


def notify(vault: Vault, session: Session, row: SQLModel) -> None:
    for hook in vault.after_write:
        hook(session, row)


def get(vault: Vault, model: type[M], row_id: str) -> M:
    with vault.session() as s:
        row = s.get(model, row_id)
        if row is None:
            raise NotFound(f"기록을 찾을 수 없습니다: {row_id}", f"No such record: {row_id}")
        return row


def create(vault: Vault, model: type[M], form: FormSpec | None, values: dict[str, Any], **fixed: Any) -> M:
    """Validate ``values`` against ``form`` and insert a row; ``fixed`` holds ids the caller sets (case_id …)."""
    cleaned = validate(form, values) if form is not None else dict(values)
    with vault.session(write=True) as s:
        row = model(**{**cleaned, **fixed})
        s.add(row)
        s.flush()
        audit.record(s, vault.actor, "create", model.__tablename__, row.id, case_id_of(row),
                     detail=",".join(sorted(cleaned)))
        notify(vault, s, row)
        return row


def add_in_session(vault: Vault, s: Session, row: M, detail: str = "") -> M:
    """Insert an already-built row inside a caller's write session (for multi-row use cases)."""
    s.add(row)
    s.flush()
    audit.record(s, vault.actor, "create", type(row).__tablename__, row.id, case_id_of(row), detail=detail)
    notify(vault, s, row)
    return row


def load_for_change(s: Session, model: type[M], row_id: str) -> M:
    row = s.get(model, row_id)
    if row is None:
        raise NotFound(f"기록을 찾을 수 없습니다: {row_id}", f"No such record: {row_id}")
    if isinstance(row, Signable) and row.signed_at is not None:
        raise LockedEntry()
    return row


def apply_changes(vault: Vault, s: Session, row: M, cleaned: dict[str, Any]) -> list[str]:
    """Set the cleaned values that differ on a loaded row, audited and indexed; returns the changed names."""
    changed = [k for k, v in cleaned.items() if getattr(row, k) != v]
    for key in changed:
        setattr(row, key, cleaned[key])
    if changed:
        row.updated_at = utcnow()
        s.add(row)
        audit.record(s, vault.actor, "update", type(row).__tablename__, row.id, case_id_of(row),
                     detail=",".join(changed))
        notify(vault, s, row)
    return changed


def update(vault: Vault, model: type[M], row_id: str, form: FormSpec | None, changes: dict[str, Any]) -> M:
    cleaned = validate(form, changes, partial=True) if form is not None else dict(changes)
    with vault.session(write=True) as s:
        row = load_for_change(s, model, row_id)
        apply_changes(vault, s, row, cleaned)
        return row


def delete(vault: Vault, model: type[M], row_id: str) -> None:
    with vault.session(write=True) as s:
        row = load_for_change(s, model, row_id)
        if s.exec(select(Addendum).where(Addendum.target_id == row_id)).first() is not None:
            raise LockedEntry()
        case_id = case_id_of(row)
        s.delete(row)
        audit.record(s, vault.actor, "delete", model.__tablename__, row_id, case_id)
        for hook in vault.after_write:
            hook(s, ("deleted", model.__tablename__, row_id))


def sign(vault: Vault, model: type[Signable], row_id: str) -> Signable:
    """Lock an entry under the practitioner's name; its content hash is recorded in the audit chain."""
    with vault.session(write=True) as s:
        row = load_for_change(s, model, row_id)
        row.signed_at = utcnow()
        row.signed_by = vault.actor
        # One write of the signature: reading the children must not flush signed_at first, or the sync log would
        # carry the hash as a later edit of an already signed row.
        with s.no_autoflush:
            row.content_hash = signed_hash(s, row)
        s.add(row)
        audit.record(s, vault.actor, "sign", model.__tablename__, row.id, case_id_of(row), detail=row.content_hash)
        return row


def add_addendum(vault: Vault, model: type[Signable], target_id: str, values: dict[str, Any],
                 sign_it: bool = False) -> Addendum:
    cleaned = validate(ADDENDUM, values)
    with vault.session(write=True) as s:
        target = s.get(model, target_id)
        if target is None:
            raise NotFound(f"기록을 찾을 수 없습니다: {target_id}", f"No such record: {target_id}")
        case_id = case_id_of(target)
        if case_id is None:
            raise NotFound("사례에 속한 기록만 추가기록을 쓸 수 있습니다.", "Only case records take addenda.")
        add = Addendum(case_id=case_id, target_type=model.__tablename__, target_id=target_id,
                       author=vault.actor, **cleaned)
        s.add(add)
        s.flush()
        audit.record(s, vault.actor, "addendum", "addendum", add.id, case_id, detail=f"{model.__tablename__}:{target_id}")
        if sign_it:
            add.signed_at, add.signed_by = utcnow(), vault.actor
            add.content_hash = content_hash(add)
            audit.record(s, vault.actor, "sign", "addendum", add.id, case_id, detail=add.content_hash)
        notify(vault, s, add)
        return add


def verify_signed(session: Session, model: type[Signable]) -> list[tuple[str, str]]:
    """Signed rows whose content no longer matches the hash taken at signing: (table, id) pairs."""
    bad = []
    for row in session.exec(select(model).where(model.signed_at != None)):  # noqa: E711
        # a signature from before children were covered still holds the row's own hash
        if row.content_hash != content_hash(row) and row.content_hash != signed_hash(session, row):
            bad.append((model.__tablename__, row.id))
    return bad
