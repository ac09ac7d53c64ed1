"""Ids in ``IN (...)`` lists of a bounded length: SQLite limits the bound parameters of one statement (999 in older
builds), and a list of a whole file's ids (10,000 cases) must not reach it. Every reader and writer that binds a
list of ids goes through :func:`chunks`, plain SQL and ORM alike."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit


def chunks(ids: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """``ids`` in consecutive slices of at most ``size`` (none for no ids), in their order."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def marks(chunk: Sequence[object]) -> str:
    """The ``?, ?, ...`` of a plain-SQL ``IN (...)`` for ``chunk``."""
    return ",".join("?" * len(chunk))
