"""The agency hub's schema on PostgreSQL (issue 18): roles, tables, row-level security, functions, grants.

Everything lives in one schema, ``caseapp_hub``, owned by the role that ran ``hub init`` (the *owner*); the laptops
connect as login roles that own nothing and reach the data only through SECURITY DEFINER functions (push, pull,
register_device, assign, status) and, for reading their own cases, through SELECT under row-level security.
:func:`install` is idempotent: run again, it adds what a newer caseapp needs (new tables, new columns) and leaves
every row in place.

The case tables are the desktop's own SQLModel tables (``caseapp.storage.models``) created on the postgresql dialect,
only the synced ones (``sync_log.SYNCED_TABLES``), and without what belongs to one desktop file: foreign keys (a
row's parent may come from another laptop later, or never: a practitioner row of a device not on the hub), unique
constraints (two laptops' case numbers collide until the laptops reconcile them), NOT NULL (a change of some fields
may arrive before the row's insert), and the SQLite-only tables (FTS5 search index ``searchdoc``, ``casesummary``,
the sync log tables, ``meta``, ``draft``, keys and trust, audit chain and access notes).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Index, Integer, LargeBinary, MetaData, Table, Text
from sqlalchemy import UniqueConstraint
from sqlalchemy import JSON
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlalchemy.types import TypeDecorator, TypeEngine

SCHEMA = "caseapp_hub"
PRACTITIONER_GROUP = "caseapp_practitioner"
SUPERVISOR_GROUP = "caseapp_supervisor"
DIRECTOR_GROUP = "caseapp_director"
GROUPS = {"practitioner": PRACTITIONER_GROUP, "supervisor": SUPERVISOR_GROUP, "director": DIRECTOR_GROUP}
CASE_READERS = f"{PRACTITIONER_GROUP}, {SUPERVISOR_GROUP}"
# Rows of no case that every practitioner's laptop shares (sync_log: installation-wide).
SHARED_TABLES = frozenset({"practitioner", "agency", "resource"})
HUB_TABLES = ("hub_meta", "hub_user", "hub_user_history", "device", "change", "case_assignment",
              "assignment_history", "held_change", "refused_change", "access_record", "access_review",
              "access_review_earlier", "row_clock", "hub_column", "hub_parent")
STATS_VIEWS = ("stats_cases_by_month", "stats_services_by_month", "stats_caseload")
LAPTOP_FUNCTIONS = ("register_device(text, text)", "push(text, jsonb)", "pull(text, bigint, integer)",
                    "status()", "my_cases()", "assign(text, text)", "stats(date, date)")
ADMIN_SCREEN_FUNCTIONS = ("assignments()", "history(integer)")  # the admin screen's reads (issue 18)


def _sql(name: str) -> str:
    from caseapp import paths
    return (paths.hub_sql_dir() / name).read_text(encoding="utf-8")


def _kind(sa_type: TypeEngine[Any]) -> tuple[str, TypeEngine[Any]]:
    """How a raw value converts on the hub (hub_sql _sqlval), and the column's type there. Datetimes are naive UTC
    (SQLModel's UTCDateTime stores them so on the desktop)."""
    if isinstance(sa_type, TypeDecorator):
        sa_type = sa_type.impl_instance
    if isinstance(sa_type, Boolean):
        return "bool", Boolean()
    if isinstance(sa_type, Integer):
        return "int", sa_type
    if isinstance(sa_type, Float):
        return "float", sa_type
    if isinstance(sa_type, DateTime):
        return "timestamp", DateTime(timezone=False)
    if isinstance(sa_type, Date):
        return "date", Date()
    if isinstance(sa_type, JSON):
        return "json", postgresql.JSONB()
    if isinstance(sa_type, LargeBinary):
        return "bytea", postgresql.BYTEA()
    return "text", Text()  # every string: a sealed value is longer than the column's desktop length


def case_tables() -> list[Table]:
    """The synced desktop tables as the hub holds them (see the module docstring for what is left out)."""
    from sqlmodel import SQLModel

    import caseapp.storage.models  # noqa: F401  (registers every table in SQLModel.metadata)
    from caseapp.services.sync_log import SYNCED_TABLES

    target = MetaData(schema=SCHEMA)
    tables = []
    for name in SYNCED_TABLES:
        source = SQLModel.metadata.tables.get(name)
        if source is None:  # a view over meta (syncsetting: the deadline rules): relayed in the log, not a table here
            continue
        table = Table(name, target, *(Column(c.name, _kind(c.type)[1], primary_key=c.primary_key,
                                             nullable=not c.primary_key) for c in source.columns))
        for index in source.indexes:
            if not index.unique:
                Index(f"hub_{index.name}", *(table.c[c.name] for c in index.columns))
        for first in _unique_leads(source):
            Index(f"hub_ix_{name}_{first}", table.c[first])
        tables.append(table)
    return tables


def _unique_leads(source: Table) -> list[str]:
    """The first column of each UNIQUE constraint the hub leaves out, where no plain index leads with it: on the
    desktop the constraint's index is that column's index (migration 0022 dropped the one-column index beside it),
    the hub needs its own (the name it had before, so ``install`` on an older hub adds nothing)."""
    led = {next(iter(index.columns)).name for index in source.indexes if not index.unique}
    firsts = [next(iter(c.columns)).name for c in source.constraints
              if isinstance(c, UniqueConstraint) and len(c.columns)]
    return sorted(set(firsts) - led)


def _case_tables_ddl() -> list[str]:
    from sqlmodel import SQLModel

    dialect = postgresql.dialect()
    statements: list[str] = []
    for table in case_tables():
        statements.append(str(CreateTable(table, if_not_exists=True).compile(dialect=dialect)))
        for column in table.columns:  # a column a newer caseapp added to a table an older init made
            if not column.primary_key:
                statements.append(f'ALTER TABLE {SCHEMA}."{table.name}" ADD COLUMN IF NOT EXISTS "{column.name}" '
                                  f"{column.type.compile(dialect=dialect)}")
        statements += [str(CreateIndex(index, if_not_exists=True).compile(dialect=dialect))
                       for index in table.indexes]
    source = SQLModel.metadata.tables
    statements.append(f"DELETE FROM {SCHEMA}.hub_column")
    for table in case_tables():
        for column in table.columns:
            kind = _kind(source[table.name].c[column.name].type)[0]
            statements.append(f"INSERT INTO {SCHEMA}.hub_column (tbl, col, kind, sqltype) VALUES "
                              f"('{table.name}', '{column.name}', '{kind}', "
                              f"'{column.type.compile(dialect=dialect)}')")
    return statements


def _put_function_sql() -> str:
    """``caseapp_hub._put(t, r, win)``: write the winning fields ``win`` (raw values) of row ``r`` into the hub's copy
    of table ``t``. Generated with one static statement per table, so PostgreSQL plans each once per session (a
    dynamic EXECUTE per change would parse and plan every time). False for a table the hub does not have."""
    from sqlmodel import SQLModel

    dialect = postgresql.dialect()
    source = SQLModel.metadata.tables
    branches = []
    for table in case_tables():
        columns = [c for c in table.columns if not c.primary_key]
        names = ", ".join(f'"{c.name}"' for c in columns)
        values = ", ".join(f"{SCHEMA}._sqlval(win -> '{c.name}', '{_kind(source[table.name].c[c.name].type)[0]}')"
                           f"::{c.type.compile(dialect=dialect)}" for c in columns)
        sets = ", ".join(f"\"{c.name}\" = CASE WHEN win ? '{c.name}' THEN excluded.\"{c.name}\" ELSE x.\"{c.name}\" END"
                         for c in columns)
        branches.append(f"IF t = '{table.name}' THEN\n"
                        f'        INSERT INTO {SCHEMA}."{table.name}" AS x (id, {names}) VALUES (r, {values})\n'
                        f"            ON CONFLICT (id) DO UPDATE SET {sets};\n        RETURN true;")
    return (f"CREATE OR REPLACE FUNCTION {SCHEMA}._put(t text, r text, win jsonb) RETURNS boolean\n"
            "LANGUAGE plpgsql AS $$\nBEGIN\n    " + "\n    ELS".join(branches) +
            "\n    END IF;\n    RETURN false;\nEND $$")


def _parents_ddl() -> list[str]:
    from caseapp.services.sync_log import PARENTS
    return [f"DELETE FROM {SCHEMA}.hub_parent"] + [
        f"INSERT INTO {SCHEMA}.hub_parent (tbl, fk, parent) VALUES ('{table}', '{fk}', '{parent}')"
        for table, (fk, parent) in sorted(PARENTS.items())]


def _roles_ddl() -> list[str]:
    return [f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
            f"CREATE ROLE {group} NOLOGIN; END IF; END $$" for group in GROUPS.values()]


def _policy(table: str, name: str, using: str) -> list[str]:
    return [f'DROP POLICY IF EXISTS {name} ON {SCHEMA}."{table}"',
            f'CREATE POLICY {name} ON {SCHEMA}."{table}" FOR SELECT TO {CASE_READERS} USING ({using})']


def _case_reading_policy(table: Table, parents: dict[str, tuple[str, str]]) -> str:
    """Which rows of a case table a practitioner's (or supervisor's) own role may SELECT: those of its cases."""
    mine = f"(SELECT {SCHEMA}.my_cases())"
    if table.name == "case":
        return f"id IN {mine}"
    if table.name == "client":
        return f'id IN (SELECT client_id FROM {SCHEMA}."case")'  # the case table's own policy applies inside
    if table.name == "householdmember":
        return f'client_id IN (SELECT client_id FROM {SCHEMA}."case")'
    if "case_id" in table.c:
        return f"case_id IN {mine}"
    if table.name in parents:
        fk, parent = parents[table.name]
        return f'"{fk}" IN (SELECT id FROM {SCHEMA}."{parent}")'
    if table.name in SHARED_TABLES:
        return "true"
    return "false"


def _security_ddl(owner: str) -> list[str]:
    from caseapp.services.sync_log import PARENTS

    statements = [f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC",
                  f"GRANT USAGE ON SCHEMA {SCHEMA} TO {', '.join(GROUPS.values())}",
                  f"REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM PUBLIC, {', '.join(GROUPS.values())}",
                  f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {SCHEMA} FROM PUBLIC, {', '.join(GROUPS.values())}",
                  f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {SCHEMA} FROM PUBLIC, {', '.join(GROUPS.values())}"]
    tables = case_tables()
    for name in HUB_TABLES + tuple(t.name for t in tables):
        statements += [f'ALTER TABLE {SCHEMA}."{name}" ENABLE ROW LEVEL SECURITY',
                       f'ALTER TABLE {SCHEMA}."{name}" FORCE ROW LEVEL SECURITY',
                       f'DROP POLICY IF EXISTS hub_owner ON {SCHEMA}."{name}"',
                       f'CREATE POLICY hub_owner ON {SCHEMA}."{name}" FOR ALL TO "{owner}" USING (true) '
                       f"WITH CHECK (true)"]
    for table in tables:
        statements += _policy(table.name, "hub_case_reader", _case_reading_policy(table, PARENTS))
        statements.append(f'GRANT SELECT ON {SCHEMA}."{table.name}" TO {CASE_READERS}')
    statements += _policy("change", "hub_case_reader", f"vis_case IN (SELECT {SCHEMA}.my_cases()) OR "
                          "(vis_case IS NULL AND tbl NOT IN ('client', 'householdmember'))")
    statements.append(f"GRANT SELECT ON {SCHEMA}.change TO {CASE_READERS}")
    # every group may call them: each function refuses what the caller's kind may not do, with a clear message
    statements += [f"GRANT EXECUTE ON FUNCTION {SCHEMA}.{f} TO {', '.join(GROUPS.values())}"
                   for f in LAPTOP_FUNCTIONS + ADMIN_SCREEN_FUNCTIONS]
    statements += [f"GRANT SELECT ON {SCHEMA}.{view} TO {DIRECTOR_GROUP}" for view in STATS_VIEWS]
    return statements


def install(conn: Any) -> None:
    """Create or bring up to date the hub in ``conn``'s database, as its current user (the owner). One transaction:
    ``conn`` is a psycopg connection not in autocommit; the caller commits."""
    owner = conn.execute("SELECT current_user").fetchone()[0]
    # one round trip per part (simple query protocol: several statements, no parameters)
    conn.execute(";\n".join([f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}", *_roles_ddl()]))
    conn.execute(_sql("tables.sql"))
    conn.execute(";\n".join(_case_tables_ddl() + _parents_ddl()))
    conn.execute(_sql("functions.sql"))
    conn.execute(_put_function_sql())
    conn.execute(_sql("stats.sql"))
    conn.execute(";\n".join(_security_ddl(owner)))
