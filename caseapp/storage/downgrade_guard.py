"""Downgrades that keep every row: a check before the first change, then the new columns dropped in place.

A downgrade runs inside its migration's one transaction. It first counts the rows holding something the older
schema has no place for (a value in a column it drops, a row of a table it drops). If any do, it refuses with a
message naming them before it has changed anything: the transaction rolls back and the file stays at its revision.
Otherwise nothing is lost by dropping, and it drops the columns in place (``ALTER TABLE … DROP COLUMN``, SQLite
3.35+): a batch copy of a table that other tables point at ends in ``DROP TABLE``, which foreign keys refuse as
soon as the file has rows (0004's downgrade failed so on every real file).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Connection

from caseapp.errors import UserError


@dataclass(frozen=True)
class Held:
    """Rows of ``table`` matching ``where`` (SQL) hold something the older schema cannot keep: ``ko``/``en``."""

    table: str
    where: str
    ko: str
    en: str


class DowngradeWouldLose(UserError):
    """The downgrade was refused before it changed anything: the older schema has no place for these values."""

    def __init__(self, revision: str, found: Sequence[tuple[str, str, int]]) -> None:
        self.found = list(found)
        ko = ", ".join(f"{what} {n}건" for what, _en, n in found)
        en = ", ".join(f"{what} ({n})" for _ko, what, n in found)
        super().__init__(f"스키마 {revision} 이전으로 되돌리면 다음 값이 사라지므로 되돌리지 않았습니다: {ko}. "
                         "파일은 변경되지 않았습니다.",
                         f"Not taken back before schema {revision}: the older schema has no place for {en}. "
                         "The file was not changed.")


def held_rows(bind: Connection, held: Iterable[Held]) -> list[tuple[str, str, int]]:
    """(ko, en, rows) for each kind of value some rows hold."""
    found = []
    for h in held:
        n = bind.execute(sa.text(f'SELECT count(*) FROM "{h.table}" WHERE {h.where}')).scalar_one()
        if n:
            found.append((h.ko, h.en, int(n)))
    return found


def refuse_if_held(bind: Connection, revision: str, held: Iterable[Held],
                   more: Sequence[tuple[str, str, int]] = ()) -> None:
    """Raise :class:`DowngradeWouldLose` if any row holds a value the downgrade of ``revision`` would drop
    (``more``: counts the caller made itself, for a value SQL alone cannot judge)."""
    found = held_rows(bind, held) + [m for m in more if m[2]]
    if found:
        raise DowngradeWouldLose(revision, found)


def not_empty(*columns: str) -> str:
    """SQL: any of the text ``columns`` holds text (NULL and '' are empty)."""
    return " OR ".join(f"COALESCE(\"{c}\", '') != ''" for c in columns)


def not_null(*columns: str) -> str:
    return " OR ".join(f'"{c}" IS NOT NULL' for c in columns)


def drop_columns(bind: Connection, table: str, names: Iterable[str]) -> None:
    """Drop each column in place (no table copy, so the foreign keys pointing at ``table`` are no obstacle)."""
    for name in names:
        bind.execute(sa.text(f'ALTER TABLE "{table}" DROP COLUMN "{name}"'))
