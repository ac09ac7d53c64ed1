"""The agency's statistics from the hub (issue 18): what the 관장 sees — figures, never case text.

The hub computes them itself (``caseapp_hub.stats(from, to)`` in hub_sql/stats.sql, SECURITY DEFINER): the director
and the hub administrator get the whole agency, a supervisor the cases assigned to its team, a practitioner is
refused. The result is flat JSON with the keys of ``caseapp stats --json`` where the meaning is the same
(``cases.opened``, ``services.total``, ``services.by_type.<code>`` …) plus ``caseload.<hub user>`` and ``monthly``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from caseapp.errors import UserError, ValidationError
from caseapp.services import hub_connection
from caseapp.services.hub_connection import Endpoint, Pin

MONTHLY_KEYS = ("cases.opened", "cases.closed", "services.total", "services.minutes")
_LEAD_KEYS = ("cases.held_start", "cases.opened", "cases.closed", "cases.held_end", "services.total",
              "services.minutes")
_SECTIONS = (("services.by_type.", ("실천 유형별 건수", "Services by practice type")),
             ("services.by_mode.", ("접촉 방법별 건수", "Services by contact mode")),
             ("caseload.", ("담당자별 관리 사례(기간 말)", "Caseload per practitioner (at the end)")))
_OWN_LABELS = {"cases.held_start": ("기간 시작 시 관리 중(개시·종결일 기준)", "Held at the start (by open/close dates)"),
               "cases.held_end": ("기간 말 관리 중(개시·종결일 기준)", "Held at the end (by open/close dates)")}


@dataclass(frozen=True)
class Account:
    """Who asks the hub: its address, the login role, the password and the pinned certificate."""

    endpoint: Endpoint
    role: str
    password: str
    pin: Pin


def account(url: str, user: str | None, password: str, *, ca_file: str | None = None,
            expected_fingerprint: str | None = None) -> Account:
    """A hub user (``user``: its hub name) or the hub administrator (no ``user``; the role named in the address),
    with the server's certificate pinned as ``hub join`` pins it."""
    from caseapp.services import hub_admin
    endpoint = hub_connection.parse_url(url)
    name = (user or "").strip()
    if not name and not endpoint.user:
        raise ValidationError("허브 사용자 이름(--user) 또는 관리자 주소(postgresql://ADMIN@HOST:PORT/DB)를 주세요.",
                              "Give the hub user (--user) or the administrator's address "
                              "(postgresql://ADMIN@HOST:PORT/DB).")
    role = hub_admin.role_name(name) if name else endpoint.user
    return Account(endpoint, role, password, hub_connection.pin_for(endpoint, ca_file, expected_fingerprint))


def joined_account(vault: Any) -> Account | None:
    """This installation's own hub user, as stored when it joined; None when it has not joined a hub."""
    from caseapp.services import hub_client
    hub = hub_client.settings(vault)
    return None if hub is None else Account(hub.endpoint, hub.role, hub.password, hub.pin)


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("종료일이 시작일보다 앞섭니다.", "--to is before --from.")


def fetch(who: Account, start: date, end: date) -> dict[str, Any]:
    """The hub's figures for ``start``..``end`` (both included) as ``who`` may see them."""
    import psycopg

    from caseapp.services import hub_admin
    check_period(start, end)
    with hub_connection.connect(who.endpoint, who.role, who.password, who.pin) as conn:
        try:
            found = hub_admin.call_function(conn, "stats", start, end)
        except psycopg.OperationalError as exc:
            raise hub_connection.explain(who.endpoint, exc) from None
        except psycopg.errors.UndefinedFunction:
            raise UserError("이 허브에는 기관 통계가 아직 없습니다. 허브 관리자가 'caseapp hub init'을 다시 실행하세요.",
                            "This hub has no agency statistics yet; the hub administrator runs 'caseapp hub init' "
                            "again.") from None
        except psycopg.errors.InsufficientPrivilege:
            raise UserError("허브가 이 사용자에게 기관 통계를 허락하지 않습니다.",
                            "The hub does not allow this user the agency statistics.") from None
    return dict(found or {})


def label(key: str, lang: str) -> str:
    """A figure's label: the Statistics window's own where the key is one of its figures."""
    from caseapp.domain import statistics as defs
    if key in _OWN_LABELS:
        ko, en = _OWN_LABELS[key]
        return ko if lang == "ko" else en
    if key.startswith("caseload."):
        return key.removeprefix("caseload.")
    shown = defs.figure_label(key, lang)
    if shown != key:
        return shown.split(": ", 1)[-1] if key.startswith("services.by_") else shown
    code = key.rsplit(".", 1)[-1]
    return ("기록 없음" if lang == "ko" else "Not recorded") if code == "none" else code


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[tuple[str, str, int | float]]  # (key, label, value)


def sections(result: dict[str, Any], lang: str) -> list[Section]:
    """The figures as titled groups for the text output and the window: totals, by type, by mode, caseload, per
    month."""
    def pick(ko: str, en: str) -> str:
        return ko if lang == "ko" else en

    out = [Section(pick("사례·서비스", "Cases and services"),
                   [(k, label(k, lang), result.get(k, 0)) for k in _LEAD_KEYS])]
    for prefix, (ko, en) in _SECTIONS:
        keys = sorted(k for k in result if k.startswith(prefix))
        out.append(Section(pick(ko, en), [(k, label(k, lang), result[k]) for k in keys]))
    monthly: dict[str, dict[str, Any]] = result.get("monthly") or {}
    out.append(Section(pick("월별", "Per month"),
                       [(f"monthly.{m}.{k}", f"{m} {label(k, lang)}", monthly[m].get(k, 0))
                        for m in sorted(monthly) for k in MONTHLY_KEYS]))
    return out


def scope_text(result: dict[str, Any], lang: str) -> str:
    if result.get("scope") == "team":
        team = result.get("team") or "-"
        return f"팀 {team}" if lang == "ko" else f"team {team}"
    return "기관 전체" if lang == "ko" else "whole agency"
