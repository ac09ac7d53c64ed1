"""Rows of a table model read with plain SQL on the session's DB-API connection, handed back as the ORM hands them.

Opening a case reads two dozen kinds of record, 500 service entries among them; through the ORM each statement
went through SQLAlchemy's execution and loading layers and each row through its identity map (~15 ms CPU of a
warm open). Here a statement is one cursor call and a row one instance: made by the model's class manager (as the
ORM makes it, so SQLModel's own set-up runs), its column values converted by the same dialect result processors
the ORM uses (dates, datetimes, JSON lists, booleans come back identical) and given its identity key, so it is
detached like a row the ORM loaded in a session that has since closed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm.attributes import instance_state, manager_of_class
from sqlmodel import Session

M = TypeVar("M")


@dataclass(frozen=True)
class _Shape:
    select: str  # SELECT <every column> FROM "<table>"
    keys: tuple[str, ...]  # the attribute each column is loaded into
    processors: tuple[Callable[[Any], Any] | None, ...]
    identity_class: type  # the first part of the ORM's identity key
    primary_key: tuple[str, ...]  # the attributes of the primary key's columns


_SHAPES: dict[tuple[type, str], _Shape] = {}


def _shape(model: type, session: Session) -> _Shape:
    dialect = session.get_bind().dialect
    found = _SHAPES.get((model, dialect.name))
    if found is None:
        mapper = model.__mapper__  # type: ignore[attr-defined]
        table = model.__table__  # type: ignore[attr-defined]
        columns = list(table.columns)
        quote = dialect.identifier_preparer.quote
        found = _Shape(
            f"SELECT {', '.join(quote(c.name) for c in columns)} FROM {quote(table.name)}",
            tuple(mapper.get_property_by_column(c).key for c in columns),
            tuple(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns),
            mapper.identity_key_from_primary_key([None] * len(mapper.primary_key))[0],
            tuple(mapper.get_property_by_column(c).key for c in mapper.primary_key))
        _SHAPES[(model, dialect.name)] = found
    return found


def rows(session: Session, model: type[M], where: str, params: Sequence[Any] = (), order: str = "") -> list[M]:
    """``SELECT * FROM <model's table> WHERE <where> [ORDER BY <order>]`` as detached model instances. ``where``
    and ``order`` are SQL written by the caller (column names, ``?`` placeholders), never user text."""
    shape = _shape(model, session)
    sql = f"{shape.select} WHERE {where}" + (f" ORDER BY {order}" if order else "")
    raw = session.connection().connection.cursor().execute(sql, tuple(params)).fetchall()
    new = manager_of_class(model).new_instance
    keyed = tuple(zip(shape.keys, shape.processors))
    identity, pk = shape.identity_class, shape.primary_key
    out: list[M] = []
    for values in raw:
        obj = new()
        loaded = obj.__dict__
        for (key, process), value in zip(keyed, values):
            loaded[key] = process(value) if process is not None else value
        # Detached with its identity, as make_transient_to_detached leaves it (every column is loaded and nothing
        # was changed through the attribute events, so there is no state to commit or expire: 7 µs a row less).
        # The key holds the converted values, as the ORM's identity key from a row does (the raw ones are the same
        # for today's text and integer keys, not for a key column whose type converts what it reads).
        instance_state(obj).key = (identity, tuple(loaded[key] for key in pk), None)
        out.append(obj)
    return out

