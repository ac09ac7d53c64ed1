"""Migration 0008 on a file made before consents had kinds: every consent keeps every value (purpose codes, dates,
method, notes, signatures), 보호자 대리 becomes 법정대리인, the rest stay "not recorded", and the monitoring interval of
every case is kept."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from sqlmodel import Session, select

from caseapp.services import records
from caseapp.storage import migrate
from caseapp.storage.engine import make_engine
from caseapp.storage.keystore import KeyFile
from caseapp.storage.models import Case, Consent
from tests.fixtures import make_fixtures as fx

STAMP = fx.STAMP
OLD = [  # id, purpose, given_on, withdrawn_on, expires_on, method, notes, signed
    ("c-service", "service", "2025-03-02", None, None, "written", "서비스 설명 후 서명", True),
    ("c-personal", "personal_info", "2025-03-02", None, "2026-03-02", "electronic", "", False),
    ("c-sharing", "sharing", "2025-03-02", "2025-06-01", None, "verbal", "주거복지센터 한정", False),
    ("c-photos", "photos", "2025-03-03", None, None, "guardian", "딸이 대신 동의", False),
    ("c-sensitive", "sensitive_info", None, None, None, "written", "다음 방문 때 받기", False),
]


def _old_hash(row: tuple) -> str:
    """What 0003-era code stored as the content hash of a signed consent (its columns then)."""
    cid, purpose, given, withdrawn, expires, method, notes, _signed = row
    content = {"case_id": fx.CASE_ID, "expires_on": expires, "given_on": given, "method": method, "notes": notes,
               "purpose": purpose, "withdrawn_on": withdrawn}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def test_consents_and_intervals_keep_every_value(tmp_path: Path) -> None:
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(fx.SCHEMA_0001 / name, tmp_path / name)
    key = KeyFile.load(tmp_path / "caseapp.key").unwrap_with_passphrase(fx.PASSPHRASE)
    engine = make_engine(tmp_path / "caseapp.db", key)
    try:
        migrate.upgrade(engine, target="0003")
        with engine.begin() as conn:
            for row in OLD:
                cid, purpose, given, withdrawn, expires, method, notes, signed = row
                conn.exec_driver_sql(
                    "INSERT INTO consent (id, created_at, updated_at, signed_at, signed_by, content_hash, case_id, "
                    "purpose, given_on, withdrawn_on, expires_on, method, notes) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (cid, STAMP, STAMP, STAMP if signed else None, "김사회" if signed else None,
                     _old_hash(row) if signed else None, fx.CASE_ID, purpose, given, withdrawn, expires, method,
                     notes))
            interval_before = conn.exec_driver_sql("SELECT monitoring_interval_days FROM \"case\"").scalar_one()
        migrate.upgrade(engine)
        with Session(engine) as s:
            migrated = {c.id: c for c in s.exec(select(Consent))}
            case = s.exec(select(Case)).one()
        assert case.monitoring_interval_days == interval_before == 30
        for cid, purpose, given, withdrawn, expires, method, notes, signed in OLD:
            c = migrated[cid]
            kept = (c.purpose, c.given_on and c.given_on.isoformat(), c.withdrawn_on and c.withdrawn_on.isoformat(),
                    c.expires_on and c.expires_on.isoformat(), c.method, c.notes)
            assert kept == (purpose, given, withdrawn, expires, method, notes), cid
            assert c.consented_by == ("guardian" if method == "guardian" else None), cid
            assert (c.purpose_detail, c.items, c.recipients, c.retention, c.guardian_name) == ("",) * 5
        signed_row = migrated["c-service"]
        assert signed_row.signed_by == "김사회"
        assert records.content_hash(signed_row) == signed_row.content_hash  # the signature still verifies
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM consentscan").scalar_one() == 0
    finally:
        engine.dispose()
