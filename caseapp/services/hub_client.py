"""The laptop's side of the agency hub (issue 18): join, push and pull the same changes a sync bundle carries.

The hub is one more transport of :mod:`caseapp.domain.sync_protocol`. ``join`` pins the server's certificate
(:mod:`caseapp.services.hub_connection`), registers this device, unwraps the agency key with the user's hub password
and keeps the address, user, password, pin, hub id and key in ``meta`` inside the encrypted file. ``sync``:

1. *push* — this device's changes the hub lacks (its vector, read first), the sensitive fields sealed with the agency
   key (:mod:`caseapp.services.hub_crypto`), in batches; the hub re-checks each change and reports refusals;
2. *pull* — pages of the changes of the cases assigned to this user (and installation-wide rows) after the stored
   cursor; each page is opened, applied by :func:`caseapp.services.sync_apply.apply` in hub mode (``subset=True``:
   this file holds only its cases' share of other devices' sequences) and its cursor stored in the same transaction,
   so a kill leaves the file before or after a whole page. Conflicts are the two-machine ones (``sync conflicts``).
   The first page that changes anything is preceded by a ``pre-hub-sync`` backup, once per sync, as a bundle import
   is by its ``pre-sync`` one (rotated apart, :data:`caseapp.services.backup_catalogue.ROTATED_APART`).
3. *released* cases (assigned to a colleague) are removed here without a change or a 파기 record — they live on in
   the hub and on the colleague's laptop — with an audit event ``hub_release``. Their change-log rows go too, so the
   case comes back whole if it is assigned here again; when one of them was this device's newest change, a
   placeholder row keeps the sequence from being used twice (removed when the hub hands that change back).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlmodel import Session

from caseapp.domain.sync_protocol import Change
from caseapp.errors import UserError, ValidationError
from caseapp.services import access_log, audit, hub_crypto, hub_connection, meta_values, sync_log
from caseapp.services.hub_connection import Endpoint, Pin
from caseapp.services.vault import Vault
from caseapp.storage import case_keys, compact_log

PREFIX = "hub."
KEYS = ("url", "user", "role", "password", "ca_pem", "ssl_mode", "hub_id", "agency_key", "kind", "team", "cursor",
        "last_sync_at", "last_error", "hub_vector", "placeholders", "device_name")
PAGE = 500  # changes per pull page and per push batch: bounded memory and transactions on a big first sync

Progress = Callable[[int, int], None]


class NotJoined(UserError):
    def __init__(self) -> None:
        super().__init__("이 컴퓨터는 기관 허브에 연결되어 있지 않습니다. 먼저 'caseapp hub join'을 실행하세요.",
                         "This computer has not joined an agency hub. Run 'caseapp hub join' first.")


@dataclass(frozen=True)
class HubSettings:
    endpoint: Endpoint
    user: str
    role: str
    password: str
    pin: Pin
    hub_id: str
    agency_key: bytes
    kind: str
    team: str


@dataclass
class SyncReport:
    """What one ``hub sync`` did (``hub sync --json``; keys documented in README)."""

    pushed: int = 0
    accepted: int = 0
    held: int = 0
    refused: list[dict[str, Any]] = field(default_factory=list)
    pulled: int = 0
    new_records: int = 0
    changed_records: int = 0
    conflicts: int = 0
    deletions: int = 0
    destructions: int = 0
    released: list[str] = field(default_factory=list)  # case numbers removed here (assigned to a colleague)
    cursor: int = 0
    synced_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- settings in meta ---------------------------------------------------------------------------------------------

def _get(s: Session, key: str) -> str:
    return meta_values.meta_text(s, PREFIX + key)


def _put(s: Session, key: str, value: str) -> None:
    meta_values.put_meta_text(s, PREFIX + key, value)


def settings_in(s: Session) -> HubSettings | None:
    url = _get(s, "url")
    if not url:
        return None
    return HubSettings(endpoint=hub_connection.parse_url(url), user=_get(s, "user"), role=_get(s, "role"),
                       password=_get(s, "password"), pin=Pin(_get(s, "ca_pem").encode("ascii"), _get(s, "ssl_mode")),
                       hub_id=_get(s, "hub_id"), agency_key=base64.b64decode(_get(s, "agency_key")),
                       kind=_get(s, "kind"), team=_get(s, "team"))


def settings(vault: Vault) -> HubSettings | None:
    with vault.session() as s:
        return settings_in(s)


def required(vault: Vault) -> HubSettings:
    found = settings(vault)
    if found is None:
        raise NotJoined()
    return found


def role_name(user: str) -> str:
    from caseapp.services import hub_admin
    return hub_admin.role_name(user)


# --- join -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class JoinResult:
    hub_id: str
    user: str
    kind: str
    team: str
    fingerprint: str
    first_sync: SyncReport


def join(vault: Vault, url: str, user: str, password: str, *, ca_file: str | None = None,
         expected_fingerprint: str | None = None, device_name: str | None = None,
         progress: Progress | None = None) -> JoinResult:
    """Connect this installation to the hub as ``user``, then sync once. Nothing is stored when joining fails; a
    first sync that fails after it (the hub went away meanwhile) is made by the next sync."""
    vault.require_writable()
    endpoint = hub_connection.parse_url(url)
    user = user.strip()
    if not user:
        raise ValidationError("허브 사용자 이름(--user)을 주세요.", "Give the hub user name (--user).")
    existing = settings(vault)
    if existing is not None and existing.user != user:
        raise ValidationError(f"이 사례 파일은 허브 사용자 {existing.user}(으)로 연결되어 있습니다. 한 파일은 한 사용자로만 "
                              "동기화합니다.",
                              f"This case file has joined the hub as {existing.user}; a file syncs as one hub user.")
    pin = hub_connection.pin_for(endpoint, ca_file, expected_fingerprint)
    role = role_name(user)
    name = (device_name or "").strip() or _device_label(vault)
    with hub_connection.connect(endpoint, role, password, pin) as conn:
        info = _call(conn, "SELECT caseapp_hub.register_device(%s, %s)", (access_log.device_id(), name))
    if existing is not None and existing.hub_id != str(info["hub_id"]):
        raise ValidationError("이 사례 파일은 이미 다른 기관 허브에 연결되어 있습니다. 한 파일은 한 허브와만 동기화합니다.",
                              "This case file has already joined another agency hub; a file syncs with one hub.")
    if info.get("kind") == "director":
        raise ValidationError("관장 계정은 사례 기록을 받지 않으므로 이 컴퓨터를 허브와 동기화하지 않습니다. 통계는 "
                              "'caseapp hub stats' 또는 파일 › 동기화 › 기관 통계에서 봅니다.",
                              "A director account receives no case records, so it does not sync a case file; the "
                              "statistics are 'caseapp hub stats' or File › Sync › Agency statistics.")
    key = hub_crypto.unwrap_agency_key(info["agency_key"], str(info["user"]), password)
    with vault.session(write=True) as s:
        values = {"url": endpoint.address(), "user": str(info["user"]), "role": role, "password": password,
                  "ca_pem": pin.pem.decode("ascii"), "ssl_mode": pin.mode, "hub_id": str(info["hub_id"]),
                  "agency_key": base64.b64encode(key).decode("ascii"), "kind": str(info.get("kind") or ""),
                  "team": str(info.get("team") or ""), "device_name": name}
        if existing is None:
            values["cursor"] = "0"
        for k, v in values.items():
            _put(s, k, v)
        audit.record(s, vault.actor, "hub_join", "hub", str(info["hub_id"]),
                     detail=f"url={endpoint.address()} user={info['user']} "
                            f"cert sha256={hub_connection.fingerprint(pin.pem)}")
    report = sync(vault, progress=progress)
    return JoinResult(hub_id=str(info["hub_id"]), user=str(info["user"]), kind=str(info.get("kind") or ""),
                      team=str(info.get("team") or ""), fingerprint=hub_connection.fingerprint(pin.pem),
                      first_sync=report)


def _device_label(vault: Vault) -> str:
    from caseapp.services import sync_peers
    with vault.session() as s:
        return sync_peers.device_name(s)


def _call(conn: Any, sql: str, params: tuple[Any, ...]) -> Any:
    """One hub function call in its own transaction; the hub's refusals become one clear line."""
    import psycopg

    from caseapp.services import hub_admin
    try:
        with conn.transaction():
            row = conn.execute(sql, params).fetchone()
    except psycopg.OperationalError:  # the connection dropped mid-sync: what committed here stays committed
        raise hub_connection.unreachable(Endpoint(conn.info.host or "hub", int(conn.info.port or 5432), "")) from None
    except psycopg.Error as exc:
        refusal = hub_admin.user_error(exc)  # the hub's own refusals (SQLSTATE CA001, Korean in DETAIL)
        if refusal is not None:
            raise refusal from None
        if isinstance(exc, psycopg.errors.InsufficientPrivilege):
            raise UserError("허브가 이 사용자에게 그 작업을 허락하지 않습니다.",
                            "The hub does not allow this user to do that.") from None
        text = (getattr(exc.diag, "message_primary", "") or type(exc).__name__).strip()
        raise UserError("허브가 요청을 처리하지 못했습니다(허브를 'caseapp hub init'으로 갱신해야 할 수 있음): " + text,
                        "The hub could not handle the request (it may need 'caseapp hub init' again): " + text
                        ) from None
    value = row[0] if row else None
    return json.loads(value) if isinstance(value, str) else value


# --- sync -------------------------------------------------------------------------------------------------------

def sync(vault: Vault, *, progress: Progress | None = None) -> SyncReport:
    """Push this device's new changes, then pull until the hub has nothing more; see the module docstring."""
    vault.require_writable()
    hub = required(vault)
    report = SyncReport()
    try:
        with hub_connection.connect(hub.endpoint, hub.role, hub.password, hub.pin) as conn:
            _register(vault, hub, conn)
            _push(vault, hub, conn, report, progress)
            _pull(vault, hub, conn, report, progress)
    except UserError as exc:
        _note_failure(vault, exc)
        raise
    report.synced_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with vault.session(write=True) as s:
        _put(s, "last_sync_at", report.synced_at)
        _put(s, "last_error", "")
    return report


def _register(vault: Vault, hub: HubSettings, conn: Any) -> None:
    """Every sync registers the device again (idempotent; a hub restored from an older dump learns it back) and
    checks it still talks to the hub it joined."""
    with vault.session() as s:
        name = _get(s, "device_name")
    info = _call(conn, "SELECT caseapp_hub.register_device(%s, %s)",
                 (access_log.device_id(), name or _device_label(vault)))
    if str(info.get("hub_id")) != hub.hub_id:
        raise ValidationError(f"이 주소의 허브({info.get('hub_id')})는 이 컴퓨터가 연결한 허브({hub.hub_id})가 아닙니다. "
                              "아무것도 보내거나 받지 않았습니다.",
                              f"The hub at this address ({info.get('hub_id')}) is not the one this computer joined "
                              f"({hub.hub_id}). Nothing was sent or received.")


def _note_failure(vault: Vault, exc: UserError) -> None:
    """The last failure is kept for ``hub status`` (one line, both languages); the case data is untouched."""
    try:
        with vault.session(write=True) as s:
            _put(s, "last_error", json.dumps([exc.ko, exc.en], ensure_ascii=False))
    except UserError:
        pass


def _push(vault: Vault, hub: HubSettings, conn: Any, report: SyncReport, progress: Progress | None) -> None:
    me = access_log.device_id()
    have = _call(conn, "SELECT caseapp_hub.push(%s, %s::jsonb)", (me, "[]")).get("vector") or {}
    with vault.session() as s:
        held_by_hub = {**sync_log.local_vector(s), me: int(have.get(me, 0))}  # only this device's changes go up
        mine = [c for c in sync_log.changes_missing(s, held_by_hub) if c.device == me]
        placeholders = _placeholders(s)
    mine = [c for c in mine if [c.device, c.seq] not in placeholders]
    for start in range(0, len(mine), PAGE):
        batch = [_sealed(hub.agency_key, c).to_json() for c in mine[start:start + PAGE]]
        answer = _call(conn, "SELECT caseapp_hub.push(%s, %s::jsonb)", (me, json.dumps(batch, ensure_ascii=False)))
        report.pushed += len(batch)
        report.accepted += int(answer.get("accepted") or 0)
        report.held += int(answer.get("held") or 0)
        report.refused += list(answer.get("refused") or [])
        have = answer.get("vector") or have
        if progress is not None:
            progress(start + len(batch), len(mine))
    with vault.session(write=True) as s:
        _put(s, "hub_vector", str(int(have.get(me, 0))))


# At most one ``pre-hub-sync`` backup an hour: the window syncs every five minutes, and on a 1.3 GB file each copy is
# seconds of CPU and the whole file written (three kept: ~4 GB). What a restore of the newest one takes back is
# still on the hub (the cursor goes back with it, so the next sync pulls it again).
HUB_BACKUP_EVERY = timedelta(hours=1)


def hub_backup_due(now: datetime | None = None) -> bool:
    """Whether a hub sync that brings changes makes its backup first: no local ``pre-hub-sync`` backup within
    :data:`HUB_BACKUP_EVERY` (backup names carry local time)."""
    from caseapp.services import backup_catalogue
    now = now or datetime.now()
    newest = next((b for b in backup_catalogue.list_backups(include_mirror=False)
                   if b.reason == "pre-hub-sync" and b.location == "local"), None)
    return newest is None or not (now - HUB_BACKUP_EVERY < newest.created <= now)


def _pull(vault: Vault, hub: HubSettings, conn: Any, report: SyncReport, progress: Progress | None) -> None:
    from caseapp.services import sync_apply
    with vault.session() as s:
        after = int(_get(s, "cursor") or 0)
    me = access_log.device_id()
    backed_up = False
    while True:
        page = _call(conn, "SELECT caseapp_hub.pull(%s, %s, %s)", (me, after, PAGE))
        changes = [_opened(hub.agency_key, Change.from_json(item[1]), me) for item in page.get("changes") or []]
        released = [str(c) for c in page.get("released") or []]
        last = int(page.get("last") or after)
        more = bool(page.get("more")) and last > after  # a position that does not move would page forever
        if not changes and not released and last == after:
            report.cursor = after
            return  # nothing new: no write transaction (an idle sync costs the laptop no disk flush)
        if (changes or released) and not backed_up:  # as before a bundle import: a bad batch from the hub can be undone by a restore
            if hub_backup_due():
                from caseapp.services import backup  # here: the status bar imports this module, backup the signing stack
                backup.create_backup(vault, "pre-hub-sync")
            backed_up = True
        with vault.session(write=True) as s:
            _forget_placeholders(s, changes)
            for case_id in released:
                number = remove_released(s, case_id, vault.actor)
                if number:
                    report.released.append(number)
            s.flush()  # before apply, which may expire the session's objects (a destruction)
            result = sync_apply.apply(s, changes, source_device=hub.hub_id, subset=True)
            _put(s, "cursor", str(last))
        sync_apply.after_commit(vault, result)
        p = result.preview
        report.pulled += len(changes)
        report.new_records += p.new_records
        report.changed_records += p.changed_records
        report.conflicts += p.conflicts
        report.deletions += p.deletions
        report.destructions += p.destructions
        report.cursor = after = last
        if progress is not None:
            progress(report.pulled, report.pulled + (PAGE if more else 0))
        if not more:
            return


def _sealed(key: bytes, c: Change) -> Change:
    fields = hub_crypto.seal_fields(key, c.table, c.row_id, c.fields)
    return c if fields is c.fields else replace(c, fields=fields)


def _opened(key: bytes, c: Change, me: str) -> Change:
    fields = hub_crypto.open_fields(key, c.table, c.row_id, c.fields)
    if c.table == "practitioner" and c.device != me and "is_current" in fields:
        fields = {**fields, "is_current": False}  # a colleague's row: this installation's practitioner stays its own
    return c if fields is c.fields else replace(c, fields=fields)


# --- released cases -----------------------------------------------------------------------------------------------

def remove_released(s: Session, case_id: str, actor: str) -> str | None:
    """Remove a case handed to a colleague: its records, its client when no other case here uses it, the derived
    rows and its change-log rows, without logging a change or a 파기 record. Returns its number (None: not here)."""
    from caseapp.services import search
    cur = sync_log.cursor(s)
    key = case_keys.key(case_id)
    found = cur.execute('SELECT case_number, client_id FROM "case" WHERE id = ?', (key,)).fetchone()
    if found is None:
        return None
    number, client_id = found[0], case_keys.key_text(found[1])
    was_paused = s.info.get(sync_log.PAUSED_KEY, False)
    s.info[sync_log.PAUSED_KEY] = True
    cur.execute("PRAGMA secure_delete = ON")
    try:
        s.flush()
        _delete_case_rows(cur, case_id)
        search.forget_case(s, case_id)
        cur.execute("DELETE FROM searchdoc WHERE case_id = ?", (key,))  # 16 bytes (searchdoc 0027, case keys 0030)
        cur.execute("DELETE FROM casesummary WHERE case_id = ?", (key,))
        cur.execute("DELETE FROM draft WHERE case_id = ?", (case_id,))
        cur.execute("DELETE FROM casenumberalias WHERE case_id = ?", (key,))
        cur.execute('DELETE FROM "case" WHERE id = ?', (key,))
        rows = [("case", case_id)]
        client_key = case_keys.key(client_id)
        if cur.execute('SELECT 1 FROM "case" WHERE client_id = ?', (client_key,)).fetchone() is None:
            members = [case_keys.key_text(r[0])
                       for r in cur.execute("SELECT id FROM householdmember WHERE client_id = ?", (client_key,))]
            cur.execute("DELETE FROM householdmember WHERE client_id = ?", (client_key,))
            cur.execute("DELETE FROM client WHERE id = ?", (client_key,))
            rows += [("client", client_id)] + [("householdmember", m) for m in members]
        _forget_in_log(s, cur, case_id, rows)
        audit.record(s, actor, "hub_release", "case", case_id, case_id, detail=f"number={number}")
        s.flush()
        s.expire_all()  # the ORM must not hold the removed rows
    finally:
        cur.execute("PRAGMA secure_delete = OFF")
        s.info[sync_log.PAUSED_KEY] = was_paused
    return str(number)


def _delete_case_rows(cur: Any, case_id: str) -> None:
    """Every synced row of the case, children first (the synced tables are listed parents first)."""
    for table in reversed(sync_log.SYNCED_TABLES):
        if table in ("case", "client", "householdmember"):
            continue
        columns = {r[1] for r in cur.execute(f'PRAGMA table_info("{table}")').fetchall()}
        if "case_id" in columns:
            cur.execute(f'DELETE FROM "{table}" WHERE case_id = ?', (case_keys.key(case_id),))
        elif table in sync_log.PARENTS:
            fk, parent = sync_log.PARENTS[table]
            cur.execute(f'DELETE FROM "{table}" WHERE "{fk}" IN (SELECT id FROM "{parent}" WHERE case_id = ?)',
                        (case_keys.key(case_id),))


def _forget_in_log(s: Session, cur: Any, case_id: str, rows: list[tuple[str, str]]) -> None:
    """The case's change-log rows go (so a later reassignment brings it back whole), but this device's newest
    sequence number stays taken: a placeholder keeps it until the hub hands that change back."""
    me = access_log.device_id()
    top = sync_log.vector(cur).get(me, 0)
    top_id = sync_log.change_id(cur, me, top) if top else None
    pairs = json.dumps([list(r) for r in rows])
    in_rows = "(tbl, row_id) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))"
    in_log, in_log_params = sync_log.rows_clause(rows)  # the log stores tables, ids as codes and bytes
    stored_case = compact_log.id_stored(case_id)
    keep = cur.execute(f"SELECT 1 FROM syncchange WHERE id = ? AND (case_id = ? OR {in_log})",
                       (top_id, stored_case, *in_log_params)).fetchone() if top_id else None
    cur.execute(f"DELETE FROM syncchange WHERE (case_id = ? OR {in_log}) AND id != ?",
                (stored_case, *in_log_params, top_id or 0))
    if keep:
        cur.execute("UPDATE syncchange SET fields = NULL, base = NULL, scrubbed = 1 WHERE id = ?", (top_id,))
        _put(s, "placeholders", json.dumps(sorted({*map(tuple, _placeholders(s)), (me, int(top))})))
    cur.execute(f"DELETE FROM syncrow WHERE case_id = ? OR {in_rows}", (case_id, pairs))
    if keep:  # a placeholder insert does not give its row clocks (they are implied by the row's newest insert)
        [found] = sync_log.stored_changes(cur, [top_id])
        if found[5] == "insert":
            sync_log.mark_no_clocks(cur, found[3], found[4])
    cur.execute(f"DELETE FROM syncconflict WHERE case_id = ? OR {in_rows}", (case_id, pairs))


def _placeholders(s: Session) -> list[list[Any]]:
    return [list(p) for p in json.loads(_get(s, "placeholders") or "[]")]


def _forget_placeholders(s: Session, incoming: list[Change]) -> None:
    """A placeholder's change handed back by the hub (its case assigned here again) is applied for real."""
    held = {tuple(p) for p in _placeholders(s)}
    back = held & {(c.device, c.seq) for c in incoming}
    if not back:
        return
    cur = sync_log.cursor(s)
    for device, seq in back:
        cur.execute("DELETE FROM syncchange WHERE id = ?", (sync_log.change_id(cur, device, seq),))
    _put(s, "placeholders", json.dumps(sorted(held - back)))


# --- status -------------------------------------------------------------------------------------------------------

def local_status(vault: Vault) -> dict[str, Any]:
    """What this file knows without asking the hub (``hub status --json``'s keys; README)."""
    with vault.session() as s:
        hub = settings_in(s)
        if hub is None:
            return {"joined": False}
        from caseapp.services import sync_apply  # the sync engine: not imported at each unlock of a file with no hub
        me = access_log.device_id()
        on_hub = int(_get(s, "hub_vector") or 0)
        mine = sync_log.local_vector(s).get(me, 0)
        error = json.loads(_get(s, "last_error") or "null")
        conflicts = len(sync_apply.open_conflicts(s, "en"))
        return {"joined": True, "url": hub.endpoint.address(), "user": hub.user, "kind": hub.kind, "team": hub.team,
                "hub_id": hub.hub_id, "device": me, "certificate_sha256": hub_connection.fingerprint(hub.pin.pem),
                "tls": hub.pin.mode, "last_sync_at": _get(s, "last_sync_at") or None,
                "last_error": error, "unsent_changes": max(0, mine - on_hub), "open_conflicts": conflicts,
                "cursor": int(_get(s, "cursor") or 0)}


def last_error_text(status: dict[str, Any], lang: str) -> str:
    error = status.get("last_error")
    return "" if not error else str(error[0] if lang == "ko" else error[1])


def remote_status(vault: Vault) -> dict[str, Any]:
    """The hub's own account (``caseapp_hub.status()``) as this user may see it."""
    hub = required(vault)
    with hub_connection.connect(hub.endpoint, hub.role, hub.password, hub.pin) as conn:
        return dict(_call(conn, "SELECT caseapp_hub.status()", ()) or {})


def assign(vault: Vault, case_number: str, to_user: str) -> dict[str, Any]:
    """Hand a case to a colleague as this installation's hub user (a supervisor of the team). The number is looked
    up here first, old numbers included (sync may have given a case another machine numbered alike a ``-xxxx``
    suffix, :mod:`caseapp.services.case_aliases`); a case this file does not hold goes to the hub as given (its id,
    its number, or the ``-xxxx`` number the hub shows for it)."""
    from caseapp.services import case_aliases, hub_admin
    hub = required(vault)
    with vault.session() as s:
        found = case_aliases.resolve_number(s, case_number.strip())
        case_id = found.id if found is not None else None
    with hub_connection.connect(hub.endpoint, hub.role, hub.password, hub.pin) as conn:
        return dict(hub_admin.assign(conn, case_id or case_number.strip(), to_user) or {})
