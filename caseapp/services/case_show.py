"""What ``caseapp show`` reads of one case, on a DB-API cursor and without the ORM.

The case a number names (:func:`caseapp.services.case_aliases.resolve_plain`), its snapshot (:func:`caseapp.
services.case_snapshot.read_snapshot`), its consents' scans and, for ``--json``, the register keys: what was given
to whom, the recipients each withdrawn consent affects, and the correction requests. Each read is the plain-SQL
twin of the service the window uses (the same WHERE and ORDER BY, so the same rows in the same order; the tests
compare them), and the JSON of a register line and of a correction request is defined here once, for both.

A :class:`~caseapp.services.read_vault.ReadVault` and a full :class:`~caseapp.services.vault.Vault` both offer
``read_cursor``: ``show`` reads this way whichever open the file needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from caseapp.services import case_aliases, case_snapshot
from caseapp.services.case_snapshot import CaseSnapshot
from caseapp.storage import case_keys, plain_rows


@dataclass(frozen=True)
class ScanInfo:
    """A consent's scanned signed copy, without its bytes."""

    id: str
    consent_id: str
    file_name: str
    media_type: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.file_name, "media_type": self.media_type, "size": self.size,
                "sha256": self.sha256}


@dataclass(frozen=True)
class ShownCase:
    snapshot: CaseSnapshot
    scans: dict[str, list[ScanInfo]]  # consent id -> its scans, oldest first
    registers: dict[str, Any] = field(default_factory=dict)  # ``show --json``'s register keys, when asked for


def read(vault: Any, case_number: str, *, registers: bool, note: case_aliases.Note | None = None) -> ShownCase:
    """The case ``case_number`` names (a number sync renumbered: ``note`` is told), in one read transaction."""
    with vault.read_cursor() as cursor:
        case = case_aliases.resolve_plain(cursor, case_number.strip(), note)
        if case is None:
            raise case_aliases.no_case_numbered(case_number)
        snap = case_snapshot.read_snapshot(cursor, case.id)
        return ShownCase(snap, scans(cursor, case.id), registers_json(cursor, snap) if registers else {})


def scans(cursor: Any, case_id: str) -> dict[str, list[ScanInfo]]:
    """consent id -> its scans (no bytes), oldest first."""
    out: dict[str, list[ScanInfo]] = {}
    for row in cursor.execute("SELECT id, consent_id, file_name, media_type, size, sha256 FROM consentscan "
                              "WHERE case_id = ? ORDER BY created_at", (case_keys.key(case_id),)).fetchall():
        scan_id, consent_id = case_keys.key_text(row[0]), case_keys.key_text(row[1])
        out.setdefault(consent_id, []).append(ScanInfo(scan_id, consent_id, *row[2:]))
    return out


# --- the registers ------------------------------------------------------------------------------------------------

def registers_json(cursor: Any, snap: CaseSnapshot) -> dict[str, Any]:
    """``show --json``'s register keys: what was given to whom, the recipients each withdrawn consent affects, and
    the correction requests."""
    case_id = snap.case.id
    disclosures = plain_rows.rows(cursor, "disclosure", "case_id = ?", (case_keys.key(case_id),), "disclosed_at")
    withdrawn = [c for c in snap.consents if c.withdrawn_on is not None]
    requests = plain_rows.rows(cursor, "correctionrequest", "case_id = ?", (case_keys.key(case_id),),
                               "received_on, created_at")
    return {"disclosures": [disclosure_json(d) for d in disclosures],
            "withdrawal_notices": [{"consent_id": c.id, "purpose": c.purpose,
                                    "withdrawn_on": c.withdrawn_on.isoformat(),
                                    "notify": [disclosure_json(d) for d in affected_by_withdrawal(cursor, c)]}
                                   for c in withdrawn],
            "correction_requests": [request_json(r) for r in requests]}


def affected_by_withdrawal(cursor: Any, consent: Any) -> list[Any]:
    """Disclosures that relied on a consent of this case and purpose (withdrawn now): whom to notify."""
    return plain_rows.rows(cursor, "disclosure", "case_id = ? AND consent_purpose = ? AND consent_covered = 1",
                           (case_keys.key(consent.case_id), consent.purpose), "disclosed_at")


def disclosure_json(line: Any) -> dict[str, Any]:
    """One line of the 제3자 제공 대장 as ``--json`` writes it (``caseapp disclosures``, ``show``)."""
    return {"case_number": line.case_number, "kind": line.kind,
            "disclosed_at": line.disclosed_at.isoformat(timespec="seconds"), "recipient": line.recipient,
            "items": line.items, "basis": line.basis, "consent_covered": line.consent_covered,
            "reason": line.reason, "export_id": line.export_id, "by": line.actor}


def request_json(row: Any) -> dict[str, Any]:
    """A correction request as ``--json`` writes it (``caseapp corrections``, ``show``)."""
    return {"id": row.id, "received_on": row.received_on.isoformat(), "due_on": row.due_on.isoformat(),
            "request": row.request, "outcome": row.outcome or None,
            "outcome_on": row.outcome_on.isoformat() if row.outcome_on else None, "outcome_note": row.outcome_note}
