"""How the sync screens name devices, moments and field values ("사무실 PC 12월 1일 14:03")."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from caseapp.domain.forms import FieldSpec, Kind
from caseapp.domain.sync_protocol import Hlc, PeerView
from caseapp.ui.i18n import tr_enum

def moment_text(moment: datetime, today: datetime | None = None) -> str:
    """A moment in the computer's local time, short: "12월 1일 14:03" (the year only when it is not this year)."""
    aware = moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment
    local = aware.astimezone()
    now = (today or datetime.now(timezone.utc)).astimezone()
    # Qt date patterns; translated so that Korean reads 12월 1일 and English 1 Dec
    if local.year == now.year:
        pattern = QCoreApplication.translate("SyncText", "d MMM HH:mm")
    else:
        pattern = QCoreApplication.translate("SyncText", "d MMM yyyy HH:mm")
    stamp = QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
    return QLocale().toString(stamp, pattern)


def parse_moment(text: str) -> datetime | None:
    """A PeerView timestamp (ISO, UTC when it carries no zone) or a change's clock; None for "" or nonsense."""
    if not text:
        return None
    try:
        return datetime.fromtimestamp(Hlc.decode(text).wall_ms / 1000, timezone.utc)
    except ValueError:
        pass
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed


def clock_text(text: str) -> str:
    moment = parse_moment(text)
    return moment_text(moment) if moment is not None else text


def device_name(device: str, this_device: str, peers: Iterable[PeerView]) -> str:
    """The name the practitioner gave the device at pairing; this machine is "이 PC"; otherwise its id."""
    if device == this_device:
        return QCoreApplication.translate("SyncText", "This PC")
    for peer in peers:
        if peer.device == device and peer.name:
            return peer.name
    return device


def last_exchange(peer: PeerView) -> datetime | None:
    moments = [m for m in (parse_moment(peer.last_export_at), parse_moment(peer.last_import_at)) if m is not None]
    return max(moments) if moments else None


def status_text(peers: Iterable[PeerView], today: datetime | None = None) -> str:
    """The status bar's line: "마지막 동기화: 사무실 PC 12월 1일 14:03 · 노트북 아직 없음"; "" without peers."""
    parts = []
    for peer in peers:
        moment = last_exchange(peer)
        when = moment_text(moment, today) if moment is not None else QCoreApplication.translate("SyncText", "not yet")
        parts.append(f"{peer.name or peer.device} {when}")
    if not parts:
        return ""
    return QCoreApplication.translate("SyncText", "Last sync: %1").replace("%1", " · ".join(parts))


def form_value(value: Any, spec: FieldSpec | None) -> Any:
    """A value as the change log holds it (the column's stored form: a multiple choice as JSON text, a yes/no as
    0/1) in the form the field's editor takes."""
    if spec is not None and spec.kind is Kind.MULTI_CHOICE and isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError:
            return [value] if value else []
        return decoded if isinstance(decoded, list) else [decoded]
    if spec is not None and spec.kind is Kind.BOOL and isinstance(value, int):
        return bool(value)
    return value


def value_text(value: Any, spec: FieldSpec | None) -> str:
    """A field value as the practitioner reads it: choice labels, 예/아니요, the text itself; empty says so."""
    value = form_value(value, spec)
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("SyncText", "(empty)")
    kind = spec.kind if spec is not None else None
    if kind is Kind.CHOICE and spec is not None:
        return tr_enum(str(value), spec.choices)
    if kind is Kind.MULTI_CHOICE and spec is not None and isinstance(value, (list, tuple)):
        return ", ".join(tr_enum(str(v), spec.choices) for v in value)
    if kind is Kind.BOOL or isinstance(value, bool):
        if value:
            return QCoreApplication.translate("SyncText", "Yes")
        return QCoreApplication.translate("SyncText", "No")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return str(value)
