"""A real file from the previous release (schema 0003, eight demo cases) is migrated to head and every value of every
column it had is still there — or, where a migration deliberately recodes a column, it holds the new code for the
old one.

The fixture ``tests/fixtures/schema-0003`` was written by caseapp at revision 0003 (commit 6a13bc4) with
``CASEAPP_KDF_COST=10 caseapp init --name 김사회 --org 행복종합사회복지관`` and ``demo-data --cases 8 --seed 3``; today's
code cannot regenerate it (demo data now fills the newer fields), so it is kept as it is.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from caseapp.services.vault import Vault
from caseapp.storage import audit_codes, case_keys, migrate
from caseapp.storage.compact_values import micros_from_text, uuid_stored
from caseapp.storage.engine import raw_connect
from caseapp.storage.keystore import KeyFile

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0003"
PASSPHRASE = "fixture passphrase 0003"

# Derived data that migrations may rebuild: compared nowhere.
DERIVED_TABLES = {"alembic_version", "searchdoc"}
# Rows that move on as the file is used: opening it appends an access record (its audit rows are compared one by one).
MOVING_ROWS = {("meta", "audit_head")}
DERIVED_PREFIXES = ("search_",)  # FTS shadow tables

# (table, column) -> how the old stored value maps to the new one. Filled by the migrations that recode codes.
RECODED: dict[tuple[str, str], Callable[[Any], Any]] = {
    # 0007: the 사례회의 and 종결 유형 code lists of the 통합사례관리 forms (old codes kept in *_before_0007)
    ("caseconference", "kind"): lambda v: {"expert": "solution", "family": "internal"}.get(v, v),
    ("termination", "reason"): lambda v: {"client_request": "refused"}.get(v, v),
    # 0019: the audit hash as its 32 bytes; the previous row's hash not stored where it is that row's hash (the
    # test below checks that every link of the fixture is, so nothing is lost)
    ("auditevent", "hash"): bytes.fromhex,
    ("auditevent", "prev_hash"): lambda v: None,
    # 0022: the audit trail's canonical UUIDs as their 16 bytes, its times as microseconds since 1970 UTC (each
    # reads back as the same text and time: storage/compact_values.py)
    ("auditevent", "id"): uuid_stored,
    ("auditevent", "entity_id"): uuid_stored,
    ("auditevent", "case_id"): uuid_stored,
    ("auditevent", "at"): lambda v: micros_from_text(v) if micros_from_text(v) is not None else v,
    # 0027: the audit trail's action and entity type as their frozen codes (storage/audit_codes.py)
    ("auditevent", "action"): lambda v: audit_codes.stored(audit_codes.ACTIONS, v),
    ("auditevent", "entity_type"): lambda v: audit_codes.stored(audit_codes.ENTITY_TYPES, v),
    # 0030: the case tables' canonical UUID keys as their 16 bytes (read back as the same text: storage/case_keys.py)
    **{(table, column): uuid_stored for table, columns in case_keys.KEY_COLUMNS.items() for column in columns},
}


def _dump(path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row of every ordinary table, keyed by table, then primary key, then column."""
    key = KeyFile.load(path.with_name("caseapp.key")).unwrap_with_passphrase(PASSPHRASE)
    conn = raw_connect(path, key)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE 'sqlite_%'")]
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for table in tables:
            if table in DERIVED_TABLES or table.startswith(DERIVED_PREFIXES):
                continue
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            columns = [row[1] for row in info]
            pk = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]] or ["rowid"]
            cursor = conn.execute(f'SELECT {", ".join(pk)}, * FROM "{table}"')
            rows: dict[str, dict[str, Any]] = {}
            for record in cursor:
                ident = "|".join(str(case_keys.key_text(v)) for v in record[:len(pk)])  # a 16-byte key as its text
                rows[ident] = dict(zip(columns, record[len(pk):]))
            out[table] = rows
        return out
    finally:
        conn.close()


def test_fixture_is_schema_0003_with_cases(tmp_path: Path) -> None:
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(FIXTURE / name, tmp_path / name)
    before = _dump(tmp_path / "caseapp.db")
    assert len(before["case"]) == 8 and len(before["serviceentry"]) > 20
    key = KeyFile.load(tmp_path / "caseapp.key").unwrap_with_passphrase(PASSPHRASE)
    conn = raw_connect(tmp_path / "caseapp.db", key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
    finally:
        conn.close()


def test_every_value_of_a_0003_file_survives_the_migration_to_head(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(FIXTURE / name, data_dir / name)
    before = _dump(data_dir / "caseapp.db")
    chain = sorted((int(r["seq"]), r["prev_hash"], r["hash"]) for r in before["auditevent"].values())
    assert [prev for _seq, prev, _hash in chain] == ["0" * 64] + [h for _seq, _prev, h in chain[:-1]]

    vault = Vault.open(PASSPHRASE)
    try:
        with vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
    finally:
        vault.close()

    after = _dump(data_dir / "caseapp.db")
    lost: list[str] = []
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        for ident, values in rows.items():
            if (table, ident) in MOVING_ROWS:
                continue
            now = after[table].get(ident)
            if now is None:
                lost.append(f"{table}[{ident}] row missing")
                continue
            for column, old in values.items():
                if column not in now:
                    lost.append(f"{table}.{column} column missing")
                    break
                expected = RECODED.get((table, column), lambda v: v)(old)
                if now[column] != expected:
                    lost.append(f"{table}[{ident}].{column}: {old!r} -> {now[column]!r}")
    assert not lost, "\n".join(lost[:40])
