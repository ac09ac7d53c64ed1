"""Outputs the user names (-o, the GUI's save dialogs) never land on caseapp's own files, and are written whole.

A mistyped ``-o`` used to overwrite ``caseapp.key`` or ``caseapp.db`` with exit 0: with no backup, total loss.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlmodel import select

from caseapp import cli, paths
from caseapp.errors import StorageUnavailable
from caseapp.export.options import ExportOptions
from caseapp.services import entries, exports
from caseapp.storage.models import ExportRecord

from .conftest import PASSPHRASE


@pytest.fixture
def closed(vault, case, monkeypatch):  # type: ignore[no-untyped-def]
    """A case file with one case and one referral, closed, the passphrase in the environment (CLI in-process)."""
    resource = entries.add_resource(vault, {"name": "평창군 주거복지센터", "kind": "organisation",
                                            "category": "housing"})
    entries.add(vault, case.id, "referral", {"resource_id": resource.id, "status": "accepted",
                                             "sent_on": "2026-01-05", "reason": "긴급 주거비"})
    vault.close()
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    return case


def _own_files() -> dict[Path, bytes]:
    """The case file, key file and backups (state files such as the clean-close record may change on open)."""
    return {p: p.read_bytes() for p in paths.data_dir().rglob("*") if p.suffix in (".db", ".key")}


def _commands(case_number: str, target: str) -> list[list[str]]:
    return [["backup", "-o", target], ["export", case_number, "--unsigned", "-o", target],
            ["blank-forms", "-o", target], ["export-cert", "-o", target],
            ["referral-letter", case_number, "--unsigned", "-o", target]]


@pytest.mark.parametrize("name", ["caseapp.key", "caseapp.db"])
def test_every_output_command_refuses_the_programs_own_files(closed, name, capsys) -> None:  # type: ignore[no-untyped-def]
    before = _own_files()
    for command in _commands(closed.case_number, str(paths.data_dir() / name)):
        code = cli.main(["--lang", "en", *command])
        err = capsys.readouterr().err
        assert code == 1, (command, err)
        assert "caseapp's own" in err, (command, err)
        assert _own_files() == before, command


def test_a_symlink_or_hard_link_to_the_key_file_is_refused_too(closed, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = _own_files()
    link = tmp_path / "innocent.pdf"
    link.symlink_to(paths.key_file())
    hard = tmp_path / "hard.pdf"
    os.link(paths.database_file(), hard)
    for target in (link, hard):
        for command in _commands(closed.case_number, str(target)):
            assert cli.main(["--lang", "en", *command]) == 1, command
            assert "caseapp's own" in capsys.readouterr().err
    assert _own_files() == before


def test_export_all_into_the_data_folder_is_refused(closed, capsys) -> None:  # type: ignore[no-untyped-def]
    before = _own_files()
    for folder in (paths.data_dir(), paths.backups_dir(), paths.data_dir() / "new-sub"):
        assert cli.main(["--lang", "en", "export", "--all", "--unsigned", "-o", str(folder)]) == 1
        assert "caseapp's own" in capsys.readouterr().err
    assert _own_files() == before
    assert not (paths.data_dir() / "new-sub").exists()


def test_a_backup_in_the_backup_folder_is_protected(closed, settings_with_mirror, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["backup"]) == 0
    capsys.readouterr()
    mirror = Path(settings_with_mirror.backup_folder)
    copies = sorted(mirror.iterdir())
    assert copies, "the backup was mirrored"
    before = {p: p.read_bytes() for p in copies}
    for copy in copies:
        assert cli.main(["--lang", "en", "blank-forms", "-o", str(copy)]) == 1
        assert "backup" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in copies} == before
    # Other files in the backup folder are the user's business.
    assert cli.main(["blank-forms", "-o", str(mirror / "서식.pdf")]) == 0


def test_an_existing_output_is_replaced_never_truncated_in_place(closed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A file the user chose to overwrite is renamed over: a hard link elsewhere keeps the old bytes, the new file
    is owner-only."""
    target = tmp_path / "forms.pdf"
    target.write_bytes(b"old contents")
    other_name = tmp_path / "linked-elsewhere.pdf"
    os.link(target, other_name)
    assert cli.main(["blank-forms", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert other_name.read_bytes() == b"old contents"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_a_folder_as_single_output_is_a_clear_error(closed, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    for command in _commands(closed.case_number, str(tmp_path)):
        assert cli.main(["--lang", "en", *command]) == 1, command
        assert "folder" in capsys.readouterr().err


# --- the PDF and its export record exist together or not at all --------------------------------------------------

def test_export_that_cannot_be_logged_leaves_no_pdf(vault, case, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The data folder's disk is full (the log cannot be written) while the output folder has room."""
    from caseapp.services import audit

    def disk_full(*_a: object, **_k: object) -> None:
        raise StorageUnavailable("디스크 공간이 부족하여 저장하지 못했습니다.", "The disk is full; nothing was saved.")

    out = tmp_path / "out"
    out.mkdir()
    with monkeypatch.context() as patch:
        patch.setattr(audit, "record", disk_full)
        with pytest.raises(StorageUnavailable):
            exports.export_case(vault, case.id, out / "x.pdf", ExportOptions(signed=False))
        exports.export_blank_forms(out / "blank.pdf")  # nothing to log: written as before
    assert sorted(p.name for p in out.iterdir()) == ["blank.pdf"]
    with vault.session() as s:
        assert s.exec(select(ExportRecord)).first() is None


def test_export_that_cannot_be_renamed_leaves_no_record(vault, case, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real_replace = os.replace

    def refuse(src: object, dst: object) -> None:
        if str(dst).endswith("x.pdf"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)  # type: ignore[arg-type]

    out = tmp_path / "out"
    out.mkdir()
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", refuse)
        with pytest.raises(exports.ExportFailed):
            exports.export_case(vault, case.id, out / "x.pdf", ExportOptions(signed=False))
    assert list(out.iterdir()) == []
    with vault.session() as s:
        assert s.exec(select(ExportRecord)).first() is None
    from caseapp.services import checkup
    assert [p.code for p in checkup.run_checks(vault) if p.severity == "error"] == []  # the audit chain holds


def test_a_symlink_loop_is_a_clear_error(closed, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    assert cli.main(["--lang", "en", "blank-forms", "-o", str(loop)]) == 1
    assert "symlink loop" in capsys.readouterr().err
    assert cli.main(["--lang", "en", "export", "--all", "-o", str(loop / "sub")]) == 1
    assert "symlink loop" in capsys.readouterr().err
