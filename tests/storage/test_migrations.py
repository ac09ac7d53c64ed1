"""Migrations: a new file is built from nothing, an older schema is upgraded (after a backup copy), a newer one is
refused and left alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caseapp import paths
from caseapp.errors import NewerSchema
from caseapp.services import cases
from caseapp.services.setup import initialise
from caseapp.services.vault import Vault
from caseapp.storage import migrate
from tests.conftest import PASSPHRASE
from tests.fixtures import make_fixtures as fx


def _revision(vault: Vault) -> str | None:
    with vault.engine.connect() as conn:
        return migrate.current_revision(conn)


def test_new_file_is_migrated_from_empty_to_head(data_dir) -> None:
    vault, _ = initialise(PASSPHRASE, "김사회", "복지관")
    try:
        assert _revision(vault) == migrate.head_revision()
        with vault.engine.connect() as conn:
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"client", "case", "serviceentry", "auditevent", "alembic_version"} <= tables
    finally:
        vault.close()
    assert not paths.backups_dir().exists() or not any(paths.backups_dir().glob("pre-migration-*"))


def test_schema_0001_file_is_upgraded_with_data_intact_and_a_backup_first(data_dir) -> None:
    data_dir.mkdir(parents=True)
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(fx.SCHEMA_0001 / name, data_dir / name)

    vault = Vault.open(fx.PASSPHRASE)
    try:
        assert _revision(vault) == migrate.head_revision()
        case = cases.find_case(vault, fx.CASE_NUMBER)
        snap = cases.snapshot(vault, case.id)
        assert snap.client.name == fx.CLIENT_NAME
        assert snap.client.vulnerability_flags == ["housing_insecure"]
        assert [e.text for e in snap.services] == [fx.ENTRY_TEXT]
        assert vault.actor == "김사회"
    finally:
        vault.close()

    backups = sorted(paths.backups_dir().glob("pre-migration-0001-to-*.db"))
    assert len(backups) == 1
    assert backups[0].with_suffix(".key").exists()
    # the copy is the old schema, still readable with the old key file
    shutil.rmtree(data_dir / "restored", ignore_errors=True)
    restored = data_dir / "restored"
    restored.mkdir()
    shutil.copy2(backups[0], restored / "caseapp.db")
    shutil.copy2(backups[0].with_suffix(".key"), restored / "caseapp.key")
    from caseapp.storage.engine import make_engine
    from caseapp.storage.keystore import KeyFile
    key = KeyFile.load(restored / "caseapp.key").unwrap_with_passphrase(fx.PASSPHRASE)
    engine = make_engine(restored / "caseapp.db", key)
    try:
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == "0001"
            assert conn.exec_driver_sql("SELECT name FROM client").scalar_one() == fx.CLIENT_NAME
    finally:
        engine.dispose()


def test_an_open_that_migrates_says_so_before_its_backup_and_a_current_one_does_not(data_dir) -> None:
    data_dir.mkdir(parents=True)
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(fx.SCHEMA_0001 / name, data_dir / name)
    told: list[int] = []

    def updating() -> None:  # the window tells the user the open will take longer; the backup comes after
        told.append(len(list(paths.backups_dir().glob("pre-migration-*.db"))))
    Vault.open(fx.PASSPHRASE, updating=updating).close()
    assert told == [0]
    Vault.open(fx.PASSPHRASE, updating=updating).close()  # at head: an ordinary unlock, nothing said
    assert told == [0] and len(list(paths.backups_dir().glob("pre-migration-*.db"))) == 1


def test_fixture_is_really_schema_0001(tmp_path: Path) -> None:
    """Guards the fixture itself: if it were regenerated at head the upgrade test above would prove nothing."""
    from caseapp.storage.engine import make_engine
    from caseapp.storage.keystore import KeyFile
    shutil.copy2(fx.SCHEMA_0001 / "caseapp.db", tmp_path / "caseapp.db")  # opening switches on WAL: use a copy
    key = KeyFile.load(fx.SCHEMA_0001 / "caseapp.key").unwrap_with_passphrase(fx.PASSPHRASE)
    engine = make_engine(tmp_path / "caseapp.db", key)
    try:
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == "0001"
            assert migrate.current_revision(conn) != migrate.head_revision()
    finally:
        engine.dispose()


def test_file_from_a_newer_caseapp_is_refused_and_unchanged(data_dir) -> None:
    vault, _ = initialise(PASSPHRASE, "김사회", "복지관")
    cases.open_case(vault, {"name": "정미경"}, {})
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    vault.close()
    db, key = paths.database_file(), paths.key_file()
    before = (db.read_bytes(), key.read_bytes())

    with pytest.raises(NewerSchema) as info:
        Vault.open(PASSPHRASE)
    assert info.value.exit_code == 4
    assert "newer version" in info.value.message("en")
    assert (db.read_bytes(), key.read_bytes()) == before
    assert not paths.backups_dir().exists() or not any(paths.backups_dir().iterdir())
