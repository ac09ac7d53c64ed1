"""Each reading of the open (services/open_checks.py) gives the same answer on both opens: the full open's
services (``commit_mark``, ``key_state``, ``case_summaries``, ``destruction``, ``migrate``, the vault's actor) and the
ORM-free open of ``caseapp search`` (:class:`caseapp.services.read_vault.ReadVault`), on the same file, in the states
that decide whether the full open must run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from caseapp import paths
from caseapp.services import audit, case_summaries, commit_mark, destruction, key_state, open_checks
from caseapp.services.read_vault import ReadVault
from caseapp.services.vault import Vault
from caseapp.storage import case_keys, migrate
from caseapp.storage.sql_chunks import CHUNK, chunks, marks


@pytest.fixture
def plain(vault: Vault) -> Iterator[ReadVault]:
    """The ORM-free open's connection to the same file (the vault stays open beside it)."""
    rv = ReadVault(paths.data_dir(), vault.key, vault.keyfile)
    yield rv
    rv.close()


def _plain(rv: ReadVault, reading: Any, *args: Any) -> Any:
    with rv.read_cursor() as cur:
        return reading(cur, *args)


def _sql(vault: Vault, statement: str, params: tuple[Any, ...] = ()) -> None:
    with vault.light_cursor() as cur:  # around the ORM: no summary upkeep, no audit row
        cur.execute(statement, params)


def _set_meta(vault: Vault, key: str, value: str | None) -> None:
    if value is None:
        _sql(vault, "DELETE FROM meta WHERE key = ?", (key,))
    else:
        _sql(vault, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                    "excluded.value", (key, value))


def test_the_audit_head_is_read_alike_from_the_chain_head_and_without_it(vault: Vault, case: Any,
                                                                         plain: ReadVault) -> None:
    kept = commit_mark.audit_head(vault)
    assert kept > 0 and _plain(plain, open_checks.audit_head) == kept
    _set_meta(vault, audit.HEAD_KEY, None)  # a file from before the head was kept: the highest row
    assert commit_mark.audit_head(vault) == _plain(plain, open_checks.audit_head) == kept
    _sql(vault, "DELETE FROM auditevent")
    assert commit_mark.audit_head(vault) == _plain(plain, open_checks.audit_head) == 0


@pytest.mark.parametrize(("stored", "expected"), [("7", 7), ("not a number", 0), ("", 0), (None, 0)])
def test_the_stored_key_generation_is_read_alike(vault: Vault, plain: ReadVault, stored: str | None,
                                                 expected: int) -> None:
    _set_meta(vault, key_state.META_KEY, stored)
    assert key_state.stored_generation(vault) == _plain(plain, open_checks.stored_generation) == expected


def test_the_schema_revision_is_read_alike(vault: Vault, plain: ReadVault) -> None:
    with vault.engine.connect() as conn:
        full = migrate.current_revision(conn)
    assert full == _plain(plain, open_checks.current_revision) == migrate.HEAD_REVISION
    _sql(vault, "UPDATE alembic_version SET version_num = '9999'")
    with vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == _plain(plain, open_checks.current_revision) == "9999"
    _sql(vault, "DELETE FROM alembic_version")
    with vault.engine.connect() as conn:
        assert migrate.current_revision(conn) is None
    assert _plain(plain, open_checks.current_revision) is None


def test_the_actor_is_the_same_on_both_opens(vault: Vault, plain: ReadVault) -> None:
    assert vault.actor == "김사회" == _plain(plain, open_checks.current_actor)


def test_a_stale_summary_is_seen_alike(vault: Vault, case: Any, plain: ReadVault) -> None:
    def both() -> tuple[int, bool]:
        with vault.session() as s:
            full = case_summaries.stale_count(s)
            assert case_summaries.basis(s) == _plain(plain, open_checks.file_basis)  # the same basis, read apart
        return full, _plain(plain, lambda cur: open_checks.has_stale(cur, open_checks.file_basis(cur)))

    assert both() == (0, False)
    _sql(vault, "DELETE FROM casesummary WHERE case_id = ?", (case_keys.key(case.id),))
    assert both() == (1, True)
    case_summaries.refresh_stale(vault)
    assert both() == (0, False)
    _set_meta(vault, "deadline_rules", '{"plan_within_days": 20}')  # other rules: every summary is stale
    assert both() == (1, True)
    _set_meta(vault, "deadline_rules", "{damaged")  # damaged rules read as the defaults, on both
    assert both() == (0, False)


def test_the_destroyed_cases_agree_or_not_alike(vault: Vault, case: Any, plain: ReadVault,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def agree() -> bool:
        return bool(_plain(plain, open_checks.destroyed_agree, destruction.destroyed_registry()))

    assert agree()
    destruction.remember({case.id: destruction.utcnow()}, compacted=True)  # an older backup put back
    assert not agree()
    assert _plain(plain, open_checks.undestroyed_among, destruction.destroyed_registry()) == [case.id]
    reapplied: list[list[str]] = []
    monkeypatch.setattr(destruction, "reapply_destructions", lambda _v, ids: reapplied.append(ids))
    destruction.keep_destroyed(vault)
    assert reapplied == [[case.id]]  # the full open destroys again exactly what the plain reading found


def test_a_destruction_the_registry_missed_disagrees(vault: Vault, case: Any, plain: ReadVault) -> None:
    _sql(vault, "UPDATE \"case\" SET destroyed_at = '2026-01-02 03:04:05.000000' WHERE id = ?",
         (case_keys.key(case.id),))
    assert not _plain(plain, open_checks.destroyed_agree, destruction.destroyed_registry())
    destruction.keep_destroyed(vault)  # the full open adds it to the registry
    assert _plain(plain, open_checks.destroyed_agree, destruction.destroyed_registry())


def test_undestroyed_among_reads_more_ids_than_one_in_list(vault: Vault, case: Any, plain: ReadVault) -> None:
    others = [f"00000000-0000-0000-0000-{i:012d}" for i in range(2 * CHUNK + 3)]  # not in the file
    assert _plain(plain, open_checks.undestroyed_among, [*others, case.id]) == [case.id]


def test_chunks_cover_every_id_in_order_within_the_bound() -> None:
    ids = list(range(2 * CHUNK + 1))
    parts = list(chunks(ids))
    assert [len(p) for p in parts] == [CHUNK, CHUNK, 1]
    assert [i for p in parts for i in p] == ids
    assert list(chunks([])) == []
    assert list(chunks("abcde", 2)) == ["ab", "cd", "e"]
    assert marks([1, 2, 3]) == "?,?,?"


def test_the_readings_import_no_orm() -> None:
    """read_vault reads them without SQLAlchemy; the full open's services import them at start-up, cheaply."""
    import os
    import subprocess
    import sys

    from .helpers import REPO
    code = ("import sys; import caseapp.services.open_checks, caseapp.services.read_vault; "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(REPO), timeout=120,
                         env={**os.environ, "PYTHONPATH": str(REPO)}, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
