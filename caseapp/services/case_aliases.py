"""Case numbers a case had before sync reconciled two machines' cases of one number (issue 17).

When two machines each opened a case under the same number, the one numbered first keeps it and the other becomes
``NUMBER-xxxx``, the old number kept in ``casenumberalias``. A practitioner (or a script) who still types the old
number reaches the case that holds it now, and is told which case that is and where the other one went.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session, col, select

from caseapp.domain.korean import with_particle
from caseapp.errors import NotFound
from caseapp.storage.models import Case, CaseNumberAlias

Note = Callable[[str, str], None]  # (Korean, English) line for the user


def once_numbered(s: Session, number: str, *, besides: str | None = None) -> list[Case]:
    """The cases that carried ``number`` before sync renumbered them (not ``besides``), by current number."""
    ids = select(CaseNumberAlias.case_id).where(CaseNumberAlias.number == number)
    query = select(Case).where(col(Case.id).in_(ids))
    if besides is not None:
        query = query.where(Case.id != besides)
    return list(s.exec(query.order_by(Case.case_number)).all())


def resolve_number(s: Session, number: str, note: Note | None = None) -> Case | None:
    """The case ``number`` names: the case holding it now, else the one case sync renumbered from it (a note
    says so). None when no case has or had it; several renumbered ones and none holding it is refused."""
    holder = s.exec(select(Case).where(Case.case_number == number)).first()
    renamed = once_numbered(s, number, besides=holder.id if holder else None)
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
