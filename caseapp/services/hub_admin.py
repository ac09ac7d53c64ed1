"""Setting up and running an agency hub (issue 18): what ``caseapp hub init/add-user/assign/status`` call.

The admin runs :func:`init_hub` once with a URL whose role becomes the owner of the ``caseapp_hub`` schema (a role
with CREATEROLE and CREATE on the database; a superuser works too, but then row-level security does not apply to
it). ``init_hub`` also makes the *agency key* (:mod:`caseapp.services.hub_crypto`) and keeps it on the hub wrapped
with the admin password (``hub_meta.admin_key``); :func:`add_user` unwraps it with that password and wraps it again
for the new user's hub password. The hub itself never holds the key in clear. ``init_hub`` run again with the same
admin password brings the schema up to date and changes no row; with another password it is refused.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from caseapp.errors import UserError
from caseapp.services import hub_connection, hub_crypto, hub_schema

ROLE_PREFIX = "caseapp_u_"
KINDS = tuple(hub_schema.GROUPS)
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_ADMIN_KEY_USER = "hub-admin"  # the name the admin's copy of the agency key is bound to
HUB_ERROR = "CA001"  # SQLSTATE of the hub functions' own errors (hub_sql/functions.sql _raise)


def role_name(name: str) -> str:
    """The login role of hub user ``name`` (1–40 of a-z, 0-9, _; a letter first)."""
    if not _NAME.match(name or ""):
        raise UserError(f"허브 사용자 이름은 영문 소문자로 시작하고 영문 소문자·숫자·_ 만 씁니다(40자까지): {name!r}",
                        f"A hub user name starts with a lower-case letter and uses a-z, 0-9 and _ (40 at most): "
                        f"{name!r}")
    return ROLE_PREFIX + name


def user_error(exc: BaseException) -> UserError | None:
    """A hub function's own error (SQLSTATE CA001) as a UserError; None for any other error."""
    diag = getattr(exc, "diag", None)
    if diag is None or getattr(exc, "sqlstate", None) != HUB_ERROR:
        return None
    return UserError(diag.message_detail or diag.message_primary or str(exc), diag.message_primary or str(exc))


def connect(url_or_conn: Any) -> Any:
    """A psycopg connection from a libpq URL (as given: sslmode/sslrootcert in it) or the connection itself."""
    if not isinstance(url_or_conn, str):
        return url_or_conn
    import psycopg
    try:
        return psycopg.connect(url_or_conn, connect_timeout=15)
    except psycopg.OperationalError as exc:
        raise UserError(f"허브에 연결할 수 없습니다: {_first_line(exc)}",
                        f"Cannot connect to the hub: {_first_line(exc)}") from None


@contextmanager
def _transaction(url: str) -> Iterator[Any]:
    """A connection for one transaction: committed when the block ends, rolled back on any error, then closed."""
    import psycopg
    conn = connect(url)
    try:
        yield conn
        conn.commit()
    except (psycopg.errors.InsufficientPrivilege, psycopg.OperationalError) as exc:
        with suppress(psycopg.Error):  # e.g. the URL's role lacks CREATEROLE, or the server went away
            conn.rollback()
        raise UserError(f"허브 서버가 거부했습니다(아무것도 바뀌지 않았습니다): {_first_line(exc)}",
                        f"The hub server refused (nothing was changed): {_first_line(exc)}") from None
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UserError(f"사용자 종류는 {', '.join(KINDS)} 중 하나입니다: {kind!r}",
                        f"The user kind is one of {', '.join(KINDS)}: {kind!r}")


def _check_password(password: str) -> None:
    if len(password or "") < 8:
        raise UserError("허브 암호는 8자 이상이어야 합니다.", "A hub password has at least 8 characters.")


def _verifier(conn: Any, role: str, password: str) -> str:
    """The password as a SCRAM verifier made here: it never travels in clear (server logs, pg_stat_activity)."""
    return str(conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode())


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _call(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> Any:
    """One statement; a hub error becomes a UserError (the transaction rolled back, nothing changed)."""
    import psycopg
    try:
        return conn.execute(sql, params)
    except psycopg.Error as exc:
        conn.rollback()
        mapped = user_error(exc)
        if mapped is not None:
            raise mapped from None
        raise


def _owner_of_schema(conn: Any) -> str | None:
    found = conn.execute("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = %s",
                         (hub_schema.SCHEMA,)).fetchone()
    return str(found[0]) if found else None


def _admin_key(conn: Any, admin_password: str) -> bytes:
    found = conn.execute(f"SELECT value FROM {hub_schema.SCHEMA}.hub_meta WHERE key = 'admin_key'").fetchone()
    if found is None:
        raise UserError("이 데이터베이스에는 허브가 없습니다. 먼저 hub init 을 실행하세요.",
                        "There is no hub in this database. Run hub init first.")
    return hub_crypto.unwrap_agency_key(found[0], _ADMIN_KEY_USER, admin_password)


def init_hub(url: str, admin_password: str) -> dict[str, Any]:
    """Create (or bring up to date) the hub in the URL's database, owned by the URL's role. Returns
    ``{"hub_id", "owner", "created", "tables"}``."""
    if not admin_password:
        raise UserError("허브 관리자 암호가 필요합니다.", "The hub admin password is needed.")
    with _transaction(url) as conn:
        me = conn.execute("SELECT current_user").fetchone()[0]
        owner = _owner_of_schema(conn)
        if owner is not None and owner != me:
            raise UserError(f"허브 스키마의 소유자는 {owner} 입니다. 그 역할의 URL로 실행하세요.",
                            f"The hub schema is owned by {owner}; run this with that role's URL.")
        hub_schema.install(conn)
        found = conn.execute(f"SELECT value FROM {hub_schema.SCHEMA}.hub_meta WHERE key = 'admin_key'").fetchone()
        created = found is None
        if created:
            blob = hub_crypto.wrap_agency_key(hub_crypto.new_agency_key(), _ADMIN_KEY_USER, admin_password)
            conn.execute(f"INSERT INTO {hub_schema.SCHEMA}.hub_meta (key, value) VALUES ('admin_key', %s), "
                         "('hub_id', %s)", (json.dumps(blob), json.dumps(secrets.token_hex(6))))
        else:
            hub_crypto.unwrap_agency_key(found[0], _ADMIN_KEY_USER, admin_password)  # the same admin, or refused
        hub_id = conn.execute(f"SELECT value #>> '{{}}' FROM {hub_schema.SCHEMA}.hub_meta "
                              "WHERE key = 'hub_id'").fetchone()[0]
    return {"hub_id": hub_id, "owner": me, "created": created, "tables": len(hub_schema.case_tables())}


def add_user(url: str, name: str, kind: str, password: str, team: str | None = None, *, admin_password: str,
             display_name: str = "") -> dict[str, Any]:
    """A login role ``caseapp_u_<name>`` in the group of ``kind`` and its hub_user row with the agency key wrapped
    for ``password``. Run as the owner. Returns ``{"name", "role", "kind", "team"}``."""
    role = role_name(name)
    _check_kind(kind)
    _check_password(password)
    from psycopg import sql
    with _transaction(url) as conn:
        key = _admin_key(conn, admin_password)
        if conn.execute(f"SELECT 1 FROM {hub_schema.SCHEMA}.hub_user WHERE name = %s", (name,)).fetchone():
            raise UserError(f"이미 있는 허브 사용자입니다: {name}", f"This hub user exists already: {name}")
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
            raise UserError(f"서버에 {role} 역할이 이미 있습니다(다른 데이터베이스의 허브?). 다른 이름을 쓰세요.",
                            f"The server already has a role {role} (another database's hub?). Use another name.")
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(role), sql.Literal(_verifier(conn, role, password)),
            sql.Identifier(hub_schema.GROUPS[kind])))
        conn.execute(f"INSERT INTO {hub_schema.SCHEMA}.hub_user (name, role_name, kind, team, display_name, "
                     "agency_key) VALUES (%s, %s, %s, %s, %s, %s)",
                     (name, role, kind, team, display_name, json.dumps(hub_crypto.wrap_agency_key(key, name,
                                                                                                   password))))
    return {"name": name, "role": role, "kind": kind, "team": team}


def set_password(url: str, name: str, password: str, *, admin_password: str) -> None:
    """A new hub password for ``name`` (forgotten, or changed): the login role's verifier and the user's copy of the
    agency key are replaced in one transaction. Run as the owner; the laptop then joins again with the new one."""
    from psycopg import sql
    _check_password(password)
    with _transaction(url) as conn:
        key = _admin_key(conn, admin_password)
        found = conn.execute(f"SELECT role_name FROM {hub_schema.SCHEMA}.hub_user WHERE name = %s",
                             (name,)).fetchone()
        if found is None:
            raise UserError(f"그런 허브 사용자가 없습니다: {name}", f"No such hub user: {name}")
        conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
            sql.Identifier(found[0]), sql.Literal(_verifier(conn, found[0], password))))
        conn.execute(f"UPDATE {hub_schema.SCHEMA}.hub_user SET agency_key = %s WHERE name = %s",
                     (json.dumps(hub_crypto.wrap_agency_key(key, name, password)), name))


def deactivate_user(url: str, name: str) -> None:
    """The user can no longer log in (NOLOGIN) nor act through the functions; history keeps who and when."""
    from psycopg import sql
    with _transaction(url) as conn:
        found = conn.execute(f"UPDATE {hub_schema.SCHEMA}.hub_user SET active = false WHERE name = %s "
                             "RETURNING role_name", (name,)).fetchone()
        if found is None:
            raise UserError(f"그런 허브 사용자가 없습니다: {name}", f"No such hub user: {name}")
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(found[0])))


def change_user(url: str, name: str, *, kind: str | None = None, team: str | None = None) -> dict[str, Any]:
    """A user's role (the group its login role is in) or team changes; the history keeps who, when and what.
    ``team=""`` takes the user out of any team. The user's cases stay assigned to it."""
    from psycopg import sql
    if kind is not None:
        _check_kind(kind)
    with _transaction(url) as conn:
        found = conn.execute(f"SELECT role_name, kind, team FROM {hub_schema.SCHEMA}.hub_user WHERE name = %s "
                             "FOR UPDATE", (name,)).fetchone()
        if found is None:
            raise UserError(f"그런 허브 사용자가 없습니다: {name}", f"No such hub user: {name}")
        role, old_kind, old_team = found
        new_kind = kind or old_kind
        new_team = old_team if team is None else (team or None)
        if new_kind != old_kind:
            conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(hub_schema.GROUPS[old_kind]),
                                                             sql.Identifier(role)))
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(hub_schema.GROUPS[new_kind]),
                                                          sql.Identifier(role)))
        conn.execute(f"UPDATE {hub_schema.SCHEMA}.hub_user SET kind = %s, team = %s WHERE name = %s",
                     (new_kind, new_team, name))
    return {"name": name, "role": role, "kind": new_kind, "team": new_team}


def call_function(url_or_conn: Any, function: str, *args: Any) -> Any:
    """``SELECT caseapp_hub.<function>(args…)`` in its own transaction, committed; its one value. A hub error is a
    UserError. ``url_or_conn``: a URL (connected and closed here) or an open connection (left open)."""
    conn = connect(url_or_conn)
    try:
        placeholders = ", ".join(["%s"] * len(args))
        result = _call(conn, f"SELECT {hub_schema.SCHEMA}.{function}({placeholders})", args).fetchone()
        conn.commit()
        return result[0]
    finally:
        if conn is not url_or_conn:
            conn.close()


def assign(url_or_conn: Any, case_number_or_id: str, to_user: str) -> dict[str, Any]:
    """Hand a case to ``to_user`` (as the owner, or a supervisor within its team). Returns
    ``{"case_id", "case_number", "from", "to"}``; the case moves at the laptops' next sync."""
    return dict(call_function(url_or_conn, "assign", case_number_or_id, to_user))


def hub_status(url_or_conn: Any) -> dict[str, Any]:
    """Users (as far as the caller may see them), their devices and last push/pull, and counts."""
    return dict(call_function(url_or_conn, "status"))


def purge_history(url: str) -> dict[str, int]:
    """Delete role and assignment history older than 3 years (the owner runs it; see README)."""
    return dict(call_function(url, "purge_history"))


def after_restore(url: str) -> int:
    """Run once as the owner after restoring the hub from a dump (README "Backup and recovery"): the change log's
    position jumps past every laptop's pull cursor, so nothing pushed from now on is missed. Returns the new
    position."""
    return int(call_function(url, "after_restore"))


# --- the administrator's login and the admin screen's reads ----------------------------------------------------

HISTORY_ROWS = 500  # the admin screen's history: the newest rows (the hub keeps 3 years of them)


@dataclass(frozen=True)
class AdminLogin:
    """A checked administrator's (or supervisor's) login: the address, its password and the pinned certificate."""

    endpoint: hub_connection.Endpoint
    password: str
    pin: hub_connection.Pin


def admin_address(url: str, *, ca_file: str | None = None,
                  fingerprint: str | None = None) -> tuple[hub_connection.Endpoint, hub_connection.Pin]:
    """The administrator's address (it names the role) and the server's certificate pinned: a refused certificate
    is one clear UserError before any password is asked for or sent."""
    from caseapp.errors import ValidationError
    endpoint = hub_connection.parse_url(url)
    if not endpoint.user:
        raise ValidationError("관리자 주소에 역할 이름이 필요합니다(예: postgresql://admin@HOST:PORT/DB).",
                              "The administrator's address needs the role (e.g. postgresql://admin@HOST:PORT/DB).")
    return endpoint, hub_connection.pin_for(endpoint, ca_file, fingerprint)


def admin_login(endpoint: hub_connection.Endpoint, pin: hub_connection.Pin, password: str) -> AdminLogin:
    """Log in once as the address's role: a wrong password or an unreachable server is one clear UserError before
    anything is done."""
    with hub_connection.connect(endpoint, endpoint.user, password, pin):
        pass
    return AdminLogin(endpoint, password, pin)


@contextmanager
def admin_session(login: AdminLogin) -> Iterator[str]:
    """A URL for this module's functions as the login's role, valid inside the block; a connection lost inside it
    is the one clear line every hub command gives."""
    import psycopg
    with hub_connection.admin_url(login.endpoint, login.password, login.pin) as url:
        try:
            yield url
        except psycopg.OperationalError as exc:
            raise hub_connection.explain(login.endpoint, exc) from None


def assignments(url_or_conn: Any) -> list[dict[str, Any]]:
    """Case number → practitioner of the cases the caller may see (the owner all, a supervisor its team's)."""
    return list(call_function(url_or_conn, "assignments"))


def history(url_or_conn: Any, limit: int = HISTORY_ROWS) -> list[dict[str, Any]]:
    """User and assignment changes (who, when, what), newest first, as far as the caller may see them."""
    return list(call_function(url_or_conn, "history", limit))


def overview(url_or_conn: Any) -> dict[str, Any]:
    """What the admin screen shows, read over one connection: ``{"admin", "status", "assignments", "history"}``;
    ``admin`` is whether the caller owns the hub (only the owner adds and changes users)."""
    conn = connect(url_or_conn)
    try:
        admin = _owner_of_schema(conn) == conn.execute("SELECT current_user").fetchone()[0]
        conn.commit()
        return {"admin": admin, "status": hub_status(conn), "assignments": assignments(conn),
                "history": history(conn)}
    finally:
        if conn is not url_or_conn:
            conn.close()
