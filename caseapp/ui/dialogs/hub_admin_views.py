"""The admin screen's three tables (issue 18): hub users, case assignments and their history, filled from
:func:`caseapp.services.hub_admin.overview`. Read-only views; the dialog owns the actions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.services import hub_admin

def kind_label(kind: str | None) -> str:
    labels = {"practitioner": QCoreApplication.translate("HubAdminViews", "practitioner"),
              "supervisor": QCoreApplication.translate("HubAdminViews", "supervisor"),
              "director": QCoreApplication.translate("HubAdminViews", "director")}
    return labels.get(kind or "", kind or "")


def when(iso: Any) -> str:
    """An ISO timestamp from the hub as local date and time; '-' for none."""
    if not iso:
        return "-"
    try:
        return datetime.fromisoformat(str(iso)).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(iso)


def who(role_or_name: Any) -> str:
    """A history row's author: the hub user's name (its login role without the prefix) or the owner's role."""
    text = str(role_or_name or "")
    return text.removeprefix(hub_admin.ROLE_PREFIX)


def user_rows(users: list[dict[str, Any]]) -> list[list[str]]:
    yes, no = QCoreApplication.translate("HubAdminViews", "yes"), QCoreApplication.translate("HubAdminViews", "no")
    rows = []
    for user in users:
        devices = user.get("devices") or []
        last = max((d.get(k) or "" for d in devices for k in ("last_push_at", "last_pull_at")), default="")
        rows.append([user["name"], user.get("display_name") or "", kind_label(user.get("kind")),
                     user.get("team") or "", yes if user.get("active") else no,
                     ", ".join(d.get("name") or d["device"] for d in devices) or "-", when(last)])
    return rows


def assignment_rows(assignments: list[dict[str, Any]]) -> list[list[str]]:
    return [[a.get("case_number") or a["case_id"], a["practitioner"], when(a.get("assigned_at")),
             who(a.get("assigned_by"))] for a in assignments]


def history_what(entry: dict[str, Any]) -> str:
    """One history row's change in words."""
    subject = str(entry.get("subject") or "")
    if entry.get("area") == "assignment":
        if entry.get("from"):
            text = QCoreApplication.translate("HubAdminViews", "case %1: %2 → %3")
            return text.replace("%1", subject).replace("%2", str(entry["from"])).replace("%3", str(entry["to"]))
        text = QCoreApplication.translate("HubAdminViews", "case %1 assigned to %2")
        return text.replace("%1", subject).replace("%2", str(entry["to"]))
    verbs = {"add": QCoreApplication.translate("HubAdminViews", "user %1 added"),
             "deactivate": QCoreApplication.translate("HubAdminViews", "user %1 deactivated"),
             "activate": QCoreApplication.translate("HubAdminViews", "user %1 activated again")}
    text = verbs.get(entry.get("what") or "") or QCoreApplication.translate("HubAdminViews", "user %1 changed")
    detail = kind_label(entry.get("kind")) + (f" · {entry['team']}" if entry.get("team") else "")
    return f"{text.replace('%1', subject)} ({detail})" if detail else text.replace("%1", subject)


def history_rows(entries: list[dict[str, Any]]) -> list[list[str]]:
    return [[when(e.get("at")), who(e.get("by")), history_what(e)] for e in entries]
