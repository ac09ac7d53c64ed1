"""The hub's 접속기록 (issue 18 carried gap): kept at least 2 years, chained, reviewed monthly — as the laptop's own
access log is (:mod:`caseapp.services.access_log`, :mod:`caseapp.services.access_review`).

``caseapp_hub.access_record`` gets a row whenever a supervisor's pull hands over a case not assigned to them (who,
which device and address, which case, when). The hub's triggers (hub_sql/functions.sql) chain every row's hash to
the one before, refuse any change, and let rows go only through ``purge_access`` once past the retention; the owner
reviews each ended month (``review_access``), which keeps the chain's head so that a later ``verify_access`` notices
a reviewed stretch rewritten or cut short. Everything here runs as the hub's owner (the admin login).
"""

from __future__ import annotations

from contextlib import suppress
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
    chain's check, kept on the hub with the chain's head at the time. A month reviewed before keeps that review
    among its earlier ones (``earlier_review_kept`` in the answer)."""
    return dict(call_function(url_or_conn, "review_access", month))


def unreviewed_access_month(url_or_conn: Any) -> str | None:
    """Last month as ``YYYY-MM`` when its access records have not been reviewed yet, else None."""
    value = call_function(url_or_conn, "unreviewed_access_month")
    return str(value) if value else None


# --- the admin screen's 접속기록 tab ---------------------------------------------------------------------------

def month_span(month: date) -> tuple[date, date]:
    """The first and last day of ``month``'s calendar month (what ``access_records`` takes for one month)."""
    start = month.replace(day=1)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, date.fromordinal(following.toordinal() - 1)


def month_review(conn: Any, month: date) -> dict[str, Any] | None:
    """``month``'s recorded review as review_access keeps it (``{"reviewed_at", "reviewed_by", "records",
    "earlier"}``; the reviewer is the login role that ran it; ``earlier``: the month's earlier reviews, oldest
    first, each with the same three keys), or None when the month is not reviewed."""
    from caseapp.services.hub_schema import SCHEMA
    found = conn.execute(f"SELECT reviewed_at, reviewed_by, records FROM {SCHEMA}.access_review WHERE month = %s",
                         (month.replace(day=1),)).fetchone()
    earlier = conn.execute(f"SELECT reviewed_at, reviewed_by, records FROM {SCHEMA}.access_review_earlier "
                           "WHERE month = %s ORDER BY reviewed_at, id", (month.replace(day=1),)).fetchall()
    conn.commit()
    if found is None:
        return None
    return {**_review(found), "earlier": [_review(row) for row in earlier]}


def _review(row: Any) -> dict[str, Any]:
    return {"reviewed_at": row[0].isoformat(), "reviewed_by": str(row[1]), "records": int(row[2])}


def purgeable_access(conn: Any) -> int:
    """How many records :func:`purge_access` would delete now: the same rows it picks (oldest first, up to the
    first one still within 2 years), counted without deleting, for the confirmation that says how many go."""
    from caseapp.services.hub_schema import SCHEMA
    table = f"{SCHEMA}.access_record"
    found = conn.execute(f"SELECT count(*) FROM {table} WHERE id <= coalesce("
                         f"(SELECT min(id) - 1 FROM {table} WHERE at >= now() - interval '2 years'), "
                         f"(SELECT max(id) FROM {table}))").fetchone()
    conn.commit()
    return int(found[0])


def access_month(url_or_conn: Any, month: date) -> dict[str, Any]:
    """Everything the admin screen's 접속기록 tab shows for ``month``, read over one connection as the hub's owner:
    ``{"month": "YYYY-MM", "records", "review", "verify", "unreviewed_month", "purgeable"}`` (records as
    :func:`access_records` gives them, oldest first). A role that may not read the access records (a supervisor's
    login) gets one clear UserError that keeps the server's own words."""
    import psycopg

    from caseapp.errors import UserError
    from caseapp.services.hub_admin import connect
    conn = connect(url_or_conn)
    try:
        start, end = month_span(month)
        return {"month": start.strftime("%Y-%m"), "records": access_records(conn, start, end),
                "review": month_review(conn, start), "verify": verify_access(conn),
                "unreviewed_month": unreviewed_access_month(conn), "purgeable": purgeable_access(conn)}
    except psycopg.errors.InsufficientPrivilege as exc:
        with suppress(psycopg.Error):
            conn.rollback()
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise UserError(f"접속기록은 허브 관리자(hub init 을 실행한 역할)만 볼 수 있습니다: {first}",
                        f"Only the hub's administrator (the role that ran hub init) sees the access records: "
                        f"{first}") from None
    except psycopg.errors.UndefinedTable:  # a hub set up by an older program: hub init adds what this one reads
        with suppress(psycopg.Error):
            conn.rollback()
        raise UserError("이 허브는 새 프로그램의 접속기록 점검 기록을 아직 갖추지 않았습니다. 허브 관리자가 "
                        "'caseapp hub init'을 다시 실행하세요(기존 자료는 그대로입니다).",
                        "This hub does not have the access review records of this program yet; the hub "
                        "administrator runs 'caseapp hub init' again (nothing in it is lost).") from None
    finally:
        if conn is not url_or_conn:
            conn.close()
