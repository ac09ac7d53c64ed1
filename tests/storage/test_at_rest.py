"""Nothing about a client is readable in the data folder: the database, its WAL and the key file are opaque."""

from __future__ import annotations

from pathlib import Path

from caseapp.services import cases, entries

NAME = "홍길순"
PHONE = "010-4321-8765"
NOTE = "우울감 호소, 주거급여 신청 동행"


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_client_data_is_not_in_any_file(data_dir, vault) -> None:
    case = cases.open_case(vault, {"name": NAME, "phone": PHONE, "address": "강원특별자치도 평창군 진부면 1"},
                           {"presenting_request": NOTE})
    entries.add_service_entry(vault, case.id, "counselling", NOTE)
    needles = [s.encode("utf-8") for s in (NAME, PHONE, PHONE.replace("-", ""), NOTE, "주거급여")]

    while_open = _all_bytes(data_dir)  # includes the -wal file with the fresh commits
    assert Path(str(vault.db_path) + "-wal").exists()
    for needle in needles:
        assert needle not in while_open, needle

    vault.close()
    after_close = _all_bytes(data_dir)
    assert len(after_close) > 10_000
    for needle in needles:
        assert needle not in after_close, needle
