"""The statistics' queries in plain SQL: each source's statement compiled once per process, run on the DB-API cursor.

Building and compiling the sources' SQLAlchemy statements cost more than running them (hundreds of ms for a
year's figures), so :class:`PlainAggregates` compiles a source once per filter shape (with or without a
practitioner, a level) and only binds this period's values afterwards. A source that several queries read (its
groups, a distinct count, the per-case GAS sums) is materialised once into a temporary table (in memory:
``temp_store = MEMORY``) instead of being computed again for each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy.dialects import sqlite
from sqlmodel import Session

from caseapp.domain import statistics as defs
from caseapp.storage import case_keys
from caseapp.storage.models import UuidText

_ROWS = "temp.caseapp_stats_rows"
# A dimension that follows from another of its source's columns: (that column, the function from its value).
Derived = dict[str, tuple[str, Callable[[Any], Any]]]
_DIALECT = sqlite.dialect()


class SourceBuilder(Protocol):
    shape: tuple[bool, bool]

    def build(self, key: str) -> Any: ...

    def values(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # the parameter of each ``?``, in order
    constants: dict[str, Any]  # the values of the statement's own literals (codes, stage lists)
    keys: frozenset[str] = frozenset()  # the parameters compared with a key column (bound as stored, 0030)

    def params(self, built: SourceBuilder) -> tuple[Any, ...]:
        """The ``?`` values for this period and filter, in order."""
        values = {**self.constants, **built.values()}
        return tuple(case_keys.key(values[name]) if name in self.keys else _bound(values[name])
                     for name in self.names)


_cache: dict[tuple[str, tuple[bool, bool]], _Compiled] = {}


def compiled_source(built: SourceBuilder, source: str) -> _Compiled:
    """A source's statement as plain SQL (compiled once per filter shape); ``params(built)`` binds its values."""
    key = (source, built.shape)
    found = _cache.get(key)
    if found is None:
        compiled = built.build(source).compile(dialect=_DIALECT, compile_kwargs={"render_postcompile": True})
        found = _cache[key] = _Compiled(compiled.string, tuple(compiled.positiontup or ()), dict(compiled.params),
                                        frozenset(n for n, b in compiled.binds.items() if isinstance(b.type, UuidText)))
    return found


def _bound(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value  # as SQLAlchemy's Date binds it on SQLite


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def per_case_figures(rows: list[Any], columns: list[str],
                     refs: list[defs.FigureRef]) -> dict[str, float | int | None]:
    """The per-case figures from one row per case (its row count, then the sum of each of ``columns``)."""
    out: dict[str, float | int | None] = {}
    for ref in refs:
        if ref.measure == "distinct:case_id":
            out[ref.key] = len(rows)
        else:
            i = columns.index(ref.measure.partition(":")[2]) + 1
            out[ref.key] = defs.mean_or_none([defs.t_score_of_sum(int(r[i]), int(r[0])) for r in rows])
    return out


class PlainAggregates:
    """Groups, per-case sums and distinct counts of one source (see ``statistics._compute``)."""

    def __init__(self, s: Session, built: SourceBuilder, source: str, queries: int, needed: set[str],
                 derived: Derived | None = None) -> None:
        """``queries``: how many queries will read the rows; ``needed``: the columns they read; ``derived``: the
        dimensions :meth:`groups` fills in from another column instead of grouping by them."""
        self.derived = derived or {}
        needed = {self.derived[c][0] if c in self.derived else c for c in needed}
        self.cur = s.connection().connection.driver_connection.cursor()
        compiled = compiled_source(built, source)
        params = compiled.params(built)
        self.materialised = queries > 1
        if self.materialised:  # only the columns read (ids the figures do not read cost most of the copy)
            kept = ", ".join(_quoted(c) for c in sorted(needed | {"on"}))
            self.cur.execute(f"DROP TABLE IF EXISTS {_ROWS}")
            self.cur.execute(f"CREATE TEMP TABLE {_ROWS.partition('.')[2]} AS SELECT {kept} FROM ({compiled.sql})",
                             params)
            self.rows, self.params = _ROWS, ()
        else:
            self.rows, self.params = f"({compiled.sql}) AS src", params

    def _run(self, sql: str, extra: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return self.cur.execute(sql, self.params + extra).fetchall()

    def groups(self, dims: list[str], columns: list[str], monthly: bool = True) -> list[dict[str, Any]]:
        """One GROUP BY over every dimension of the source's figures, and the month when a monthly series reads
        it (as ``statistics._groups``; fewer keys to sort where none does). A derived dimension is not a key
        (sorting by it too costs time and splits no group): its column is, and each group gets its value."""
        wanted = dims
        dims = sorted({self.derived[d][0] if d in self.derived else d for d in dims})
        keys = [_quoted(d) for d in dims] + (['substr(CAST("on" AS VARCHAR), 1, 7)'] if monthly else [])
        names = [*dims, *(["_month"] if monthly else []), "_n"]
        selected = [*keys, "count(*)"]
        for c in columns:
            names += [f"_sum_{c}", f"_cnt_{c}"]
            selected += [f"sum({_quoted(c)})", f"count({_quoted(c)})"]
        group_by = f" GROUP BY {', '.join(keys)}" if keys else ""
        rows = [case_keys.texts(dict(zip(names, row)))
                for row in self._run(f"SELECT {', '.join(selected)} FROM {self.rows}{group_by}")]
        for name in wanted:
            if name in self.derived:
                column, of = self.derived[name]
                for g in rows:
                    g[name] = of(g[column])
        return [g for g in rows if g["_n"]]  # no GROUP BY: one row even over no rows, where grouping has none

    def per_case(self, refs: list[defs.FigureRef]) -> dict[str, float | int | None]:
        """GAS T-scores (summed per case in SQL, the T formula once per case) and the number of cases."""
        columns = sorted({r.measure.partition(":")[2] for r in refs if r.measure.startswith("gas_t:")})
        sums = "".join(f", sum({_quoted(c)})" for c in columns)
        return per_case_figures(self._run(f"SELECT count(*){sums} FROM {self.rows} GROUP BY case_id"), columns, refs)

    def distinct(self, column: str, where: tuple[tuple[str, tuple[object, ...]], ...]) -> int:
        tests = [f"{_quoted(name)} IN ({', '.join('?' * len(values))})" for name, values in where]
        extra = tuple(case_keys.key(v) if case_keys.is_key_column(name) and isinstance(v, str) else v
                      for name, values in where for v in values)
        sql = f"SELECT count(DISTINCT {_quoted(column)}) FROM {self.rows}"
        return int(self._run(sql + (f" WHERE {' AND '.join(tests)}" if tests else ""), extra)[0][0] or 0)

    def close(self) -> None:
        if self.materialised:
            self.cur.execute(f"DROP TABLE IF EXISTS {_ROWS}")
