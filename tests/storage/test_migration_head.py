"""The fast open path trusts migrate.HEAD_REVISION; it must name the newest migration script."""

from caseapp.storage import migrate


def test_head_constant_matches_the_newest_migration_script() -> None:
    assert migrate.HEAD_REVISION == migrate.head_revision()


def test_opening_an_up_to_date_file_does_not_need_alembic(vault) -> None:  # type: ignore[no-untyped-def]
    current, head = migrate.needs_upgrade(vault.engine)
    assert current == head == migrate.HEAD_REVISION
