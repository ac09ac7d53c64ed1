"""No client name, phone number or note text is readable in any file caseapp writes: the case file, its WAL,
the key file, settings, drafts, logs, temporary files, the backups and the user's backup folder."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from sqlmodel import select

from caseapp import paths
from caseapp.services import backup, demo_data, drafts, entries
from caseapp.storage.models import Client, HouseholdMember, ServiceEntry

from .helpers import all_files


def _secrets(vault) -> list[str]:  # type: ignore[no-untyped-def]
    """Sensitive strings from the demo data: every client name and phone, household names, note texts."""
    with vault.session() as s:
        clients = s.exec(select(Client)).all()
        notes = [e.text for e in s.exec(select(ServiceEntry))]
        members = [m.name for m in s.exec(select(HouseholdMember)) if m.name]
    found = [c.name for c in clients] + [c.phone for c in clients if c.phone] + members
    found += [n[:24] for n in notes if len(n) >= 12]  # the start of each note is distinctive enough
    found += [c.address for c in clients if c.address]
    return sorted(set(found))


def _needles(text: str) -> list[bytes]:
    # UTF-8 as stored, UTF-16 as a Windows tool or Qt might write it, digits-only phone numbers.
    out = [text.encode("utf-8"), text.encode("utf-16-le")]
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 8 and digits != text:
        out.append(digits.encode("ascii"))
    return out


def _leaks(folders: list[Path], secrets: list[str]) -> list[tuple[str, str]]:
    leaks = []
    for f in all_files(*folders):
        data = f.read_bytes()
        for secret in secrets:
            if any(n in data for n in _needles(secret)):
                leaks.append((str(f), secret))
    return leaks


@pytest.fixture
def demo_vault(vault, tmp_path):  # type: ignore[no-untyped-def]
    from caseapp import settings
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.save(settings.Settings(backup_folder=str(usb)))
    demo_data.generate(vault, 12, seed=7)
    return vault, usb


def test_nothing_readable_anywhere(demo_vault) -> None:  # type: ignore[no-untyped-def]
    vault, usb = demo_vault
    secrets = _secrets(vault)
    assert len(secrets) > 30
    with vault.session() as s:
        case_id = s.exec(select(ServiceEntry.case_id)).first()
    # everything a working day produces: typing (drafts), more entries in the WAL, backups, a mirror copy
    drafts.save_draft(vault, f"case:{case_id}:service_entry:new", {"text": secrets[0] + " 쓰는 중"}, case_id=case_id)
    entries.add_service_entry(vault, case_id, "counselling", f"{secrets[1]}에게 전화함")
    backup.create_backup(vault, "manual")
    backup.create_backup(vault, "daily")
    wal = Path(str(paths.database_file()) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the WAL must be part of the scan"
    folders = [paths.data_dir(), usb]
    names = {f.name for f in all_files(*folders)}
    assert {"caseapp.db", "caseapp.key", "settings.json", "caseapp.db-wal"} <= names
    assert _leaks(folders, secrets) == []
    vault.close()
    assert _leaks(folders, secrets) == []  # after the final checkpoint too


def test_logs_never_hold_client_data(demo_vault, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """An internal error whose message carries client data: stderr says "see log", the log has frames only."""
    from caseapp import cli
    vault, _usb = demo_vault
    secrets = _secrets(vault)

    def crashing_command(args: argparse.Namespace) -> int:
        raise RuntimeError(f"failed while saving {secrets[0]} {secrets[-1]}")

    assert cli.run_guarded(crashing_command, argparse.Namespace()) == cli.EXIT_INTERNAL
    captured = capsys.readouterr()
    assert secrets[0] not in captured.err
    log_files = all_files(paths.logs_dir())
    assert log_files, "the internal error should have been logged"
    assert _leaks([paths.logs_dir()], secrets) == []
