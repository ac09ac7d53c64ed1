"""sync settings: the agency's deadline rules travel between the practitioner's machines

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 18:00:00

The deadline rules live in ``meta`` (key ``deadline_rules``), which is not synced: it also holds this file's own
audit head, key generation and sync key. ``syncsetting`` is a view of just the synced keys of ``meta`` as rows
(``id`` = key, ``value``), with INSTEAD OF triggers that write through to ``meta``, so the sync engine logs, sends,
applies, conflicts and resolves a setting like any other row (issue 17). Rules already set here are logged once as
an insert of this device; no stored value changes.
"""

from __future__ import annotations

from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

SYNCED_KEYS = "('deadline_rules')"  # keep in step with caseapp.services.sync_settings.SYNCED_KEYS


def upgrade() -> None:
    op.execute(f"CREATE VIEW syncsetting AS SELECT key AS id, value FROM meta WHERE key IN {SYNCED_KEYS}")
    op.execute(f"""CREATE TRIGGER syncsetting_insert INSTEAD OF INSERT ON syncsetting
        WHEN NEW.id IN {SYNCED_KEYS}
        BEGIN INSERT INTO meta (key, value) VALUES (NEW.id, coalesce(NEW.value, ''))
              ON CONFLICT (key) DO UPDATE SET value = excluded.value; END""")
    op.execute("""CREATE TRIGGER syncsetting_update INSTEAD OF UPDATE ON syncsetting
        BEGIN UPDATE meta SET value = coalesce(NEW.value, '') WHERE key = OLD.id; END""")
    op.execute("""CREATE TRIGGER syncsetting_delete INSTEAD OF DELETE ON syncsetting
        BEGIN DELETE FROM meta WHERE key = OLD.id; END""")
    bind = op.get_bind()
    held = [r[0] for r in bind.exec_driver_sql(f"SELECT key FROM meta WHERE key IN {SYNCED_KEYS}").fetchall()]
    if held:
        from caseapp.storage.migrations.legacy_sync_log import log_current  # 0013-0024 layout
        cur = bind.connection.cursor()
        for key in held:
            log_current(cur, key)


def downgrade() -> None:
    for name in ("syncsetting_insert", "syncsetting_update", "syncsetting_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS syncsetting")
    op.execute("DELETE FROM syncrow WHERE tbl = 'syncsetting'")
