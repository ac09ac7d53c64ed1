"""The hub's 접속기록 (issue 18 carried gap): kept at least 2 years, chained, reviewed monthly — as the laptop's own
access log is (:mod:`caseapp.services.access_log`, :mod:`caseapp.services.access_review`).

``caseapp_hub.access_record`` gets a row whenever a supervisor's pull hands over a case not assigned to them (who,
which device and address, which case, when). The hub's triggers (hub_sql/functions.sql) chain every row's hash to
the one before, refuse any change, and let rows go only through ``purge_access`` once past the retention; the owner
reviews each ended month (``review_access``), which keeps the chain's head so that a later ``verify_access`` notices
a reviewed stretch rewritten or cut short. Everything here runs as the hub's owner (the admin login).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from caseapp.services.hub_admin import call_function


def purge_access(url: str) -> dict[str, int]:
    """Delete the hub's access records older than 2 years, oldest first (the owner runs it; the chain's start moves
    to the last one removed, so verify_access still checks every row kept)."""
    return dict(call_function(url, "purge_access"))


def verify_access(url_or_conn: Any) -> dict[str, Any]:
    """Check the hub's access-record chain row by row and every monthly review's head: ``{"ok", "records",
    "broken_at", "reviews_altered", "head"}``."""
    return dict(call_function(url_or_conn, "verify_access"))


def access_records(url_or_conn: Any, start: date, end: date) -> list[dict[str, Any]]:
    """The hub's access records from ``start`` to ``end`` (inclusive, UTC days), oldest first: who (hub user, device,
    address) read which case (its id and number) when."""
    return list(call_function(url_or_conn, "access_records", start, end))


def review_access(url_or_conn: Any, month: date) -> dict[str, Any]:
    """Record the monthly review of ``month``'s access records (an ended month): its count per user and the
    chain's check, kept on the hub with the chain's head at the time."""
    return dict(call_function(url_or_conn, "review_access", month))


def unreviewed_access_month(url_or_conn: Any) -> str | None:
    """Last month as ``YYYY-MM`` when its access records have not been reviewed yet, else None."""
    value = call_function(url_or_conn, "unreviewed_access_month")
    return str(value) if value else None
