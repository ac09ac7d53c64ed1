"""Small facts kept as text in the ``meta`` table (the sync circle's key, the device name, the hub's settings, the
signing identity's state).

They lived in :mod:`caseapp.services.signing`, which imports the whole signing stack (pyHanko, ReportLab, pikepdf,
aiohttp through pyHanko's timestamp client: ~50 MB resident): the main window's sync and hub status lines read two
of these values at every start and brought all of it in with them.
"""

from __future__ import annotations

from sqlmodel import Session

from caseapp.storage.models import Meta


def meta_text(s: Session, key: str) -> str:
    """One small fact kept in ``Meta`` ("" when absent)."""
    row = s.get(Meta, key)
    return row.value if row else ""


def put_meta_text(s: Session, key: str, value: str) -> None:
    row = s.get(Meta, key) or Meta(key=key)
    row.value = value
    s.add(row)
