"""A hub sync that changes the file backs it up first, as a bundle import does (a bad batch from the hub can be
undone by a restore); the hub backups rotate apart from the daily and manual ones; and kill -9 in the middle of a
hub sync's pull leaves the file at a whole page, from which the next sync goes on to the same end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hub_laptops import PASSPHRASE, Laptop, Office, clients_here, office, open_case, sync  # type: ignore[import-not-found]  # noqa: F401 (office: fixture)

from caseapp import paths

REPO = Path(__file__).resolve().parents[2]


def hub_backups(laptop: Laptop) -> list[Path]:
    with laptop.use():
        return sorted(paths.backups_dir().glob("*-pre-hub-sync.db"))


def test_a_sync_that_brings_changes_backs_up_first_and_an_idle_one_does_not(office: Office, monkeypatch: Any) -> None:
    from caseapp.services import backup, hub_client
    monkeypatch.setattr(hub_client, "HUB_BACKUP_EVERY", timedelta(0))  # every sync that changes the file backs up
    sue = office.laptop("sue", "이팀장")
    assert hub_backups(sue) == []  # an empty hub: the join's sync changed nothing here
    alice = office.laptop("alice", "김사회")
    sync(sue)  # alice's practitioner row (installation-wide)
    before = hub_backups(sue)
    assert len(before) == 1
    sync(sue)
    assert hub_backups(sue) == before  # nothing new: nothing written
    open_case(alice, "김민수")
    sync(alice)
    report = sync(sue)
    assert report.pulled > 0 and clients_here(sue) == ["김민수"]
    made = [p for p in hub_backups(sue) if p not in before]
    assert len(made) == 1 and made[0].with_suffix(".key").is_file()

    with sue.use():  # the backup is the file as it was before the pull: restoring it undoes the hub's batch
        restored = backup.restore_backup(made[0], vault=sue.vault)
        sue.vault = restored.vault
    assert clients_here(sue) == []


def test_at_most_one_hub_backup_an_hour(office: Office) -> None:
    sue = office.laptop("sue", "이팀장")
    alice = office.laptop("alice", "김사회")
    sync(sue)
    first = hub_backups(sue)
    assert len(first) == 1
    open_case(alice, "김민수")
    sync(alice)
    assert sync(sue).pulled > 0 and clients_here(sue) == ["김민수"]
    assert hub_backups(sue) == first  # within the hour: the changes are still on the hub, no second 1.3 GB copy
    from caseapp.services import hub_client
    with sue.use():
        assert not hub_client.hub_backup_due()
        assert hub_client.hub_backup_due(datetime.now() + timedelta(minutes=61))
        assert hub_client.hub_backup_due(datetime.now() - timedelta(days=1))  # a backup dated ahead of the clock


def test_hub_backups_rotate_among_themselves_and_leave_the_others(office: Office) -> None:
    from caseapp import settings as settings_mod
    from caseapp.services import backup, backup_catalogue
    alice = office.laptop("alice", "김사회")
    start = datetime(2026, 3, 2, 9, 0, 0)
    keep = settings_mod.Settings(backups_to_keep=2)
    with alice.use():
        backup.create_backup(alice.vault, "manual", settings=keep, now=start)
        backup.create_backup(alice.vault, "daily", settings=keep, now=start + timedelta(minutes=1))
        for n in range(6):  # an afternoon of five-minute syncs
            backup.create_backup(alice.vault, "pre-hub-sync", settings=keep, now=start + timedelta(minutes=5 + 5 * n))
        reasons = [b.reason for b in backup_catalogue.scan(paths.backups_dir(), "local")]
        assert reasons == ["pre-hub-sync"] * backup_catalogue.ROTATED_APART["pre-hub-sync"] + ["daily", "manual"]
        assert backup_catalogue.backup_due(settings_mod.Settings(daily_backup=True),
                                           now=start + timedelta(hours=24, minutes=2))  # hub backups are not daily


_CHILD = """
import os, signal, sys
from caseapp import paths
from caseapp.services import hub_client, sync_apply
from caseapp.services.vault import Vault
hub_client.PAGE = 3
real, calls = sync_apply.apply, []
def dying(*args, **kwargs):
    result = real(*args, **kwargs)
    calls.append(1)
    if len(calls) == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)  # applied, not committed: the page's transaction is open
    return result
sync_apply.apply = dying
with paths.using_data_dir(sys.argv[1]):
    hub_client.sync(Vault.open(sys.argv[3]))
"""


def _cursor(laptop: Laptop) -> int:
    from caseapp.services import meta_values
    with laptop.use(), laptop.vault.session() as s:
        assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        return int(meta_values.meta_text(s, "hub.cursor") or 0)


def test_kill_9_during_a_hub_pull_leaves_a_whole_page_and_the_next_sync_finishes(office: Office) -> None:
    sue = office.laptop("sue", "이팀장")
    alice = office.laptop("alice", "김사회")
    for name in ("김민수", "최지원", "박영희"):
        open_case(alice, name)
    sync(alice)
    sue.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.run([sys.executable, "-c", _CHILD, str(sue.folder), "2", PASSPHRASE], env=env, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    from caseapp.services.vault import Vault
    with sue.use():
        sue.vault = Vault.open(PASSPHRASE)
    first_page = _cursor(sue)
    assert first_page > 0  # the first page committed, the second did not
    assert len(hub_backups(sue)) == 1  # taken before the first page
    held = len(clients_here(sue))
    assert held < 3
    report = sync(sue)
    assert report.pulled > 0 and _cursor(sue) > first_page
    assert clients_here(sue) == ["김민수", "박영희", "최지원"]
