"""Row ids and timestamps, apart from the table models (importing those costs ~0.25 s): what a row written with
plain SQL (an access record, :func:`caseapp.services.audit.append_plain`) needs."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
