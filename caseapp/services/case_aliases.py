"""Case numbers a case had before sync reconciled two machines' cases of one number (issue 17).

When two machines each opened a case under the same number, the one numbered first keeps it and the other becomes
``NUMBER-xxxx``, the old number kept in ``casenumberalias``. A practitioner (or a script) who still types the old
number reaches the case that holds it now, and is told which case that is and where the other one went.

The ORM is imported by the functions that use it: ``caseapp show`` resolves a number on a plain cursor
(:func:`resolve_plain`) with the same rule (:func:`chosen`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from caseapp.domain.korean import with_particle
from caseapp.errors import NotFound
from caseapp.storage import case_keys, plain_rows

if TYPE_CHECKING:
    from sqlmodel import Session

    from caseapp.storage.models import Case

Note = Callable[[str, str], None]  # (Korean, English) line for the user


def once_numbered(s: Session, number: str, *, besides: str | None = None) -> list[Case]:
    """The cases that carried ``number`` before sync renumbered them (not ``besides``), by current number."""
    from sqlmodel import col, select

    from caseapp.storage.models import Case, CaseNumberAlias
    ids = select(CaseNumberAlias.case_id).where(CaseNumberAlias.number == number)
    query = select(Case).where(col(Case.id).in_(ids))
    if besides is not None:
        query = query.where(Case.id != besides)
    return list(s.exec(query.order_by(Case.case_number)).all())


def resolve_number(s: Session, number: str, note: Note | None = None) -> Case | None:
    """The case ``number`` names: the case holding it now, else the one case sync renumbered from it (a note
    says so). None when no case has or had it; several renumbered ones and none holding it is refused."""
    from sqlmodel import select

    from caseapp.storage.models import Case
    holder = s.exec(select(Case).where(Case.case_number == number)).first()
    return chosen(number, holder, once_numbered(s, number, besides=holder.id if holder else None), note)


def resolve_plain(cursor: Any, number: str, note: Note | None = None) -> Any:
    """:func:`resolve_number` on a DB-API cursor: the case as a :class:`~caseapp.storage.plain_rows.PlainRow`."""
    holder = next(iter(plain_rows.rows(cursor, "case", "case_number = ?", (number,))), None)
    where, params = "id IN (SELECT case_id FROM casenumberalias WHERE number = ?)", (number,)
    if holder is not None:
        where, params = f"{where} AND id != ?", (number, case_keys.key(holder.id))
    return chosen(number, holder, plain_rows.rows(cursor, "case", where, params, "case_number"), note)


def chosen(number: str, holder: Any, renamed: list[Any], note: Note | None) -> Any:
    """The rule of :func:`resolve_number`, given the case holding ``number`` (or None) and the ones renamed from it."""
    if holder is not None:
        if renamed and note is not None:
            others = ", ".join(c.case_number for c in renamed)
            note(f"사례번호 {number}: 동기화 전에 다른 사례도 이 번호였습니다. 그 사례는 이제 {others}입니다.",
                 f"Case number {number}: before sync another case had this number too; that case is now "
                 f"{others}.")
        return holder
    if len(renamed) > 1:
        numbers = ", ".join(c.case_number for c in renamed)
        raise NotFound(f"사례번호 {with_particle(number, '은')} 동기화로 여러 사례({numbers})로 바뀌었습니다. "
                       "지금 번호로 고르세요.",
                       f"Case number {number} was renumbered by sync into several cases ({numbers}). Use the "
                       "current number.")
    if renamed:
        if note is not None:
            note(f"사례번호 {with_particle(number, '은')} 동기화로 {with_particle(renamed[0].case_number, '으로')} "
                 "바뀌었습니다. 그 사례입니다.",
                 f"Case number {number} is now {renamed[0].case_number} (renumbered by sync); using that case.")
        return renamed[0]
    return None


def no_case_numbered(number: str) -> NotFound:
    """What a command says when no case has or had ``number``."""
    return NotFound(f"사례번호 {with_particle(number, '을')} 찾을 수 없습니다.", f"No case numbered {number}.")
