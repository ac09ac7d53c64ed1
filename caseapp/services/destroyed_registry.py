"""The registry of destroyed cases (``destroyed-cases.json`` beside the case file): every destroyed case id (UUIDs
only, no personal data) and whether the file was compacted since. See :mod:`caseapp.services.destruction` for why
it lives outside the case file; kept apart from it (no ORM here) so the checks on every open read it cheaply,
also for a command that only reads (:mod:`caseapp.services.read_vault`)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from caseapp import paths
from caseapp.storage.atomic import write_bytes_atomic

REGISTRY_NAME = "destroyed-cases.json"


def registry_file() -> Path:
    return paths.data_dir() / REGISTRY_NAME


def _read_registry() -> list[dict[str, Any]]:
    try:
        data = json.loads(registry_file().read_text(encoding="utf-8"))
        return [d for d in data if isinstance(d, dict) and isinstance(d.get("case_id"), str)]
    except (OSError, ValueError, TypeError):
        return []


def _write_registry(entries: list[dict[str, Any]]) -> None:
    write_bytes_atomic(registry_file(), json.dumps(entries, indent=1).encode("utf-8"))


def remember(found: dict[str, datetime], *, compacted: bool) -> None:
    """Add destroyed cases to the registry (raises OSError: the caller decides whether that is fatal)."""
    entries = _read_registry()
    known = {e["case_id"] for e in entries}
    new = [{"case_id": cid, "destroyed_at": when.isoformat(timespec="seconds"), "compacted": compacted}
           for cid, when in found.items() if cid not in known]
    if new:
        _write_registry(entries + new)


def mark_compacted() -> None:
    entries = _read_registry()
    if any(not e.get("compacted", True) for e in entries):
        _write_registry([{**e, "compacted": True} for e in entries])


def destroyed_registry() -> list[str]:
    """Ids of every case destroyed in this data folder (no personal data)."""
    return [e["case_id"] for e in _read_registry()]


def compaction_pending() -> bool:
    """A destruction whose traces may still sit on free pages or in the WAL: the last compaction did not finish."""
    return any(not e.get("compacted", True) for e in _read_registry())
