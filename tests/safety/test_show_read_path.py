"""``caseapp show`` reads without the ORM (services/case_show.py on a read vault) and prints what it printed when it
read through the ORM, byte for byte: every case of a demo file at every stage, as text in both languages and as
JSON, with resident numbers masked or shown as their consents say, consent scans, register lines, correction
requests and numbers sync renumbered. The view is recorded as before; a file that needs a repair or a migration
takes the full open; an unknown number and a wrong passphrase end as they did."""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp import cli, cli_common, i18n_text, paths
from caseapp.services import audit, case_snapshot, cases
from caseapp.services.vault import Vault
from caseapp.storage import audit_codes
from caseapp.storage.keystore import KeyFile

from .conftest import PASSPHRASE
from .helpers import REPO

Run = Callable[..., tuple[int, str, str]]
RESIDENT_NUMBER = "850315-2345678"
MASKED = "850315-2******"


# --- the reference: ``show`` as it was, every read through the ORM -------------------------------------------------

def orm_cmd_show(args: argparse.Namespace) -> int:
    """``cmd_show`` before it read without the ORM (main at 3d48379), its reads spelled out."""
    from caseapp.export.content import guard_resident_number
    from caseapp.services import access_log
    with cli_common.open_vault() as vault:
        case = cli_common.find_case(vault, args.case_number)
        snap = cases.snapshot(vault, case.id)
        access_log.record_view(vault, case.id)
        extra = orm_registers_json(vault, snap) if args.json else {}
        scans = orm_scans(vault, case.id)
    snap = guard_resident_number(snap, date.today())
    if args.json:
        cli_common.print_json(cli.snapshot_json(snap, scans) | extra)
    else:
        sys.stdout.write(cli.snapshot_text(snap, i18n_text.current_language(), scans))
    return 0


def orm_registers_json(vault: Vault, snap: Any) -> dict[str, Any]:
    from caseapp.services import corrections, registers
    withdrawn = [c for c in snap.consents if c.withdrawn_on is not None]
    return {"disclosures": [registers.disclosure_json(d) for d in registers.disclosures(vault, snap.case.id)],
            "withdrawal_notices": [{"consent_id": c.id, "purpose": c.purpose,
                                    "withdrawn_on": c.withdrawn_on.isoformat(),
                                    "notify": [registers.disclosure_json(d)
                                               for d in registers.affected_by_withdrawal(vault, c)]}
                                   for c in withdrawn],
            "correction_requests": [corrections.request_json(r) for r in corrections.requests(vault, snap.case.id)]}


def orm_scans(vault: Vault, case_id: str) -> dict[str, list[Any]]:
    from sqlmodel import col, select

    from caseapp.services.consents import ScanInfo
    from caseapp.storage.models import ConsentScan
    cols = (ConsentScan.id, ConsentScan.consent_id, ConsentScan.file_name, ConsentScan.media_type, ConsentScan.size,
            ConsentScan.sha256)
    out: dict[str, list[Any]] = {}
    with vault.session() as s:
        for row in s.exec(select(*cols).where(ConsentScan.case_id == case_id)
                          .order_by(col(ConsentScan.created_at))).all():
            out.setdefault(row[1], []).append(ScanInfo(*row))
    return out


# --- a demo file with everything ``show`` prints ------------------------------------------------------------------

@dataclasses.dataclass
class Demo:
    numbers: list[str]  # every case, by number
    masked: str  # a case whose client's resident number is masked (no 고유식별정보 consent)
    revealed: str  # one whose number is shown in full (a consent in force), with a scan of that consent
    withdrawn: str  # one whose consents were withdrawn: register lines to notify, correction requests
    renamed: str  # a number sync renamed a case from (that case is found, with a note)
    shared: str  # a number a case holds and another had (the holder is found, with a note)
    ambiguous: str  # a number two renamed cases had (refused)


@pytest.fixture
def demo(vault: Vault, tmp_path: Path) -> Iterator[Demo]:
    from sqlmodel import select

    from caseapp.domain import forms
    from caseapp.domain.consent_terms import in_force
    from caseapp.services import consents, corrections, demo_data, records, registers
    from caseapp.storage.models import Case, CaseNumberAlias, Consent
    demo_data.generate(vault, 14, seed=5)  # every stage among them
    with vault.session() as s:
        found = list(s.exec(select(Case).order_by(Case.case_number)))
    assert {c.stage for c in found} >= {"intake", "planning", "implementation", "monitoring", "termination",
                                        "follow_up"} and any(c.closed_on for c in found)
    today = date.today()
    consented = {c.id: [x for x in cases.snapshot(vault, c.id).consents
                        if x.purpose == "unique_id" and in_force(x, today)] for c in found}
    masked, withdrawn = [c for c in found if not consented[c.id]][:2]  # the demo gives most cases the consent
    revealed = next(c for c in found if consented[c.id])
    for case in (masked, revealed, withdrawn):  # the number in its field and repeated in free text
        cases.update_client(vault, case.client_id, {"resident_number": RESIDENT_NUMBER,
                                                    "notes": f"주민등록번호 {RESIDENT_NUMBER} 확인"})
    scan = tmp_path / "동의서.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    consents.attach_scan(vault, consented[revealed.id][0].id, scan)
    gone = consents.add_consent(vault, withdrawn.id, {"purpose": "unique_id", "given_on": today - timedelta(9)})
    sharing = consents.add_consent(vault, withdrawn.id, {"purpose": "sharing", "given_on": today - timedelta(9)})
    with vault.session(write=True) as s:
        case, consent = s.get(Case, withdrawn.id), s.get(Consent, sharing.id)
        registers.add_disclosure(s, vault.actor, kind="referral_letter", recipient="평창군 보건소", items="의뢰서",
                                 coverage=registers.consent_covers([consent], "평창군 보건소"), case=case)
        registers.add_disclosure(s, vault.actor, kind="record_export", recipient="법원", items="사례 기록 전체",
                                 coverage=registers.Coverage(False, ""), reason="법원 제출 명령", case=case)
    for consent_id in (gone.id, sharing.id):
        records.update(vault, Consent, consent_id, forms.CONSENT, {"withdrawn_on": today})
    asked = corrections.add_request(vault, withdrawn.id, "주소를 정정해 주세요", received_on=today - timedelta(2))
    corrections.answer(vault, asked.id, "corrected", note="새 주소로 고침")
    corrections.add_request(vault, withdrawn.id, "전화번호 삭제 요청")
    with vault.session(write=True) as s:
        s.add(CaseNumberAlias(case_id=found[3].id, number="2020-0001"))
        s.add(CaseNumberAlias(case_id=found[5].id, number=found[4].case_number))
        s.add(CaseNumberAlias(case_id=found[6].id, number="2020-0002"))
        s.add(CaseNumberAlias(case_id=found[7].id, number="2020-0002"))
    vault.close()
    yield Demo([c.case_number for c in found], masked.case_number, revealed.case_number, withdrawn.case_number,
               "2020-0001", found[4].case_number, "2020-0002")


@pytest.fixture
def run(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    def _run(*args: str, passphrase: str = PASSPHRASE, orm: bool = False,
             env: dict[str, str] | None = None) -> tuple[int, str, str]:
        monkeypatch.setenv("CASEAPP_PASSPHRASE", passphrase)
        with monkeypatch.context() as m:
            for name, value in (env or {}).items():
                m.setenv(name, value)
            if orm:  # the command as it was
                m.setattr(cli, "cmd_show", orm_cmd_show)
            try:
                code = cli.main(["--data-dir", str(data_dir), *args])
            finally:
                paths.set_data_dir(None)
        out = capsys.readouterr()
        return code, out.out, out.err
    return _run


@contextmanager
def plain_db() -> Iterator[Any]:
    """The file on a plain connection: what a test reads here writes no audit row of its own."""
    import sqlcipher3
    key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(PASSPHRASE)
    conn = sqlcipher3.connect(str(paths.database_file()), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield conn
    finally:
        conn.close()


def audit_tail(n: int) -> list[tuple[Any, ...]]:
    """The newest ``n`` audit rows (all but their id, time and hash) with their kept note."""
    with plain_db() as conn:
        rows = conn.execute("SELECT e.actor, e.action, e.entity_type, e.entity_id, e.case_id, e.detail, "
                            "e.prev_hash IS NOT NULL, typeof(e.at), length(e.hash), n.text "
                            "FROM auditevent e LEFT JOIN accessnote n ON n.seq = e.seq "
                            "ORDER BY e.seq DESC LIMIT ?", (n,)).fetchall()
    return list(reversed(rows))


# --- the same output -----------------------------------------------------------------------------------------------

def test_every_case_prints_the_same_bytes_as_through_the_orm(demo: Demo, run: Run, full_opens: list[int]) -> None:
    for number in demo.numbers:
        for lang in ("ko", "en"):
            for form in ((), ("--json",)):
                args = ("--lang", lang, "show", number, *form)
                fast = run(*args)
                assert full_opens == []  # a clean file: no ORM open
                assert fast == run(*args, orm=True), args
                full_opens.clear()
                assert fast[0] == 0 and (fast[2] == "") == (number != demo.shared)  # its note: another test


def test_the_settings_language_is_followed_as_before(demo: Demo, run: Run) -> None:
    for env in ({"CASEAPP_LANG": "en"}, {"CASEAPP_LANG": "ko"}):
        fast = run("show", demo.withdrawn, env=env)
        assert fast == run("show", demo.withdrawn, env=env, orm=True)
    assert "Stage history" in run("show", demo.withdrawn, env={"CASEAPP_LANG": "en"})[1]


def test_the_resident_number_is_shown_in_full_only_under_its_consent(demo: Demo, run: Run) -> None:
    import json
    for number, shown in ((demo.masked, MASKED), (demo.revealed, RESIDENT_NUMBER), (demo.withdrawn, MASKED)):
        code, out, _err = run("show", number, "--json")
        data = json.loads(out)
        assert code == 0 and data["client"]["resident_number"] == shown
        assert data["client"]["notes"] == f"주민등록번호 {shown} 확인"  # free text repeating it, masked alike
        text = run("show", number)[1]
        assert (RESIDENT_NUMBER in text) == (shown == RESIDENT_NUMBER)


def test_scans_registers_and_corrections_are_printed_as_before(demo: Demo, run: Run) -> None:
    import json
    data = json.loads(run("show", demo.withdrawn, "--json")[1])
    assert [d["recipient"] for d in data["disclosures"]] == ["평창군 보건소", "법원"]
    assert [n["purpose"] for n in data["withdrawal_notices"]] == ["unique_id", "sharing"]
    assert [d["recipient"] for d in data["withdrawal_notices"][1]["notify"]] == ["평창군 보건소"]
    assert [r["outcome"] for r in data["correction_requests"]] == ["corrected", None]
    revealed = json.loads(run("show", demo.revealed, "--json")[1])
    attached = [a for c in revealed["consents"] for a in c["attachments"]]
    assert [a["name"] for a in attached] == ["동의서.png"] and attached[0]["size"] == 264
    assert "서명본 스캔: 동의서.png (264 바이트" in run("show", demo.revealed)[1]


def test_numbers_sync_renamed_find_their_case_with_the_same_note(demo: Demo, run: Run) -> None:
    for number in (demo.renamed, demo.shared):
        for lang in ("ko", "en"):
            fast = run("--lang", lang, "show", number)
            assert fast == run("--lang", lang, "show", number, orm=True)
            assert fast[0] == 0 and fast[2].startswith(("알림: ", "Note: "))


# --- the view recorded as before ----------------------------------------------------------------------------------

def test_the_view_is_recorded_as_through_the_orm(demo: Demo, run: Run) -> None:
    def shown(orm: bool) -> list[tuple[Any, ...]]:
        assert run("show", demo.revealed, orm=orm)[0] == 0
        return audit_tail(2)

    fast, orm = shown(False), shown(True)
    assert fast == orm
    (unlock, view) = fast
    actions = [audit_codes.read(audit_codes.ACTIONS, row[1]) for row in (unlock, view)]  # stored as codes (0027)
    assert actions == ["unlock", "view"] and view[4] is not None
    vault = Vault.open(PASSPHRASE)
    try:
        with vault.session() as s:
            assert audit.verify_chain(s) == []
    finally:
        vault.close()


# --- no ORM on a clean file ---------------------------------------------------------------------------------------

def test_show_imports_no_orm_and_no_export_content_on_a_clean_file(demo: Demo, data_dir: Path) -> None:
    for form in ("", ", '--json'"):
        code = (f"import sys; from caseapp.__main__ import main; rc = main(['show', '{demo.revealed}'{form}]); "
                "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'caseapp.storage.models', 'alembic', "
                "'caseapp.export.content') if m in sys.modules)); sys.exit(rc)")
        env = {**os.environ, "CASEAPP_DATA_DIR": str(data_dir), "CASEAPP_PASSPHRASE": PASSPHRASE,
               "PYTHONPATH": str(REPO)}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                             cwd=str(REPO), stdin=subprocess.DEVNULL, check=False)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip().splitlines()[-1] == "[]"


# --- one definition of the snapshot -------------------------------------------------------------------------------

def _typed(row: Any) -> dict[str, tuple[str, Any]]:
    return {k: (type(v).__name__, v) for k, v in row.model_dump().items()}


def test_the_plain_snapshot_holds_the_orms_rows_value_for_value(demo: Demo) -> None:
    vault = Vault.open(PASSPHRASE)
    try:
        ids = [cases.find_case(vault, n).id for n in demo.numbers]
        for case_id in ids:
            orm = cases.snapshot(vault, case_id)
            with vault.read_cursor() as cursor:
                plain = case_snapshot.read_snapshot(cursor, case_id)
            for f in dataclasses.fields(orm):
                a, b = getattr(orm, f.name), getattr(plain, f.name)
                if f.name == "assessments":
                    assert [(_typed(x.assessment), {k: _typed(r) for k, r in x.ratings.items()},
                             {k: _typed(r) for k, r in x.budget.items()}) for x in a] == \
                        [(_typed(x.assessment), {k: _typed(r) for k, r in x.ratings.items()},
                          {k: _typed(r) for k, r in x.budget.items()}) for x in b]
                elif f.name == "resources":
                    assert {k: _typed(r) for k, r in a.items()} == {k: _typed(r) for k, r in b.items()}
                elif isinstance(a, list):
                    assert [_typed(r) for r in a] == [_typed(r) for r in b], f.name
                else:
                    assert _typed(a) == _typed(b), f.name
    finally:
        vault.close()


# --- failure paths ------------------------------------------------------------------------------------------------

def test_an_unknown_or_ambiguous_number_fails_as_before(demo: Demo, run: Run) -> None:
    for number in ("2099-9999", demo.ambiguous):
        for lang in ("ko", "en"):
            fast = run("--lang", lang, "show", number)
            assert fast == run("--lang", lang, "show", number, orm=True)
            assert fast[0] != 0 and fast[1] == "" and fast[2]
    assert "No case numbered 2099-9999." in run("--lang", "en", "show", "2099-9999")[2]


def test_a_wrong_passphrase_fails_and_is_noted_as_before(demo: Demo, run: Run) -> None:
    import json
    side = paths.pending_access_file()

    def noted() -> None:
        lines = side.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1 and json.loads(lines[0])["k"] == "unlock_failed"
        side.unlink()
    fast = run("--lang", "en", "show", demo.masked, passphrase="틀린 암호")
    noted()
    assert fast == run("--lang", "en", "show", demo.masked, passphrase="틀린 암호", orm=True)
    noted()
    assert fast[0] == 2


def test_a_stale_case_summary_takes_the_full_open_and_prints_the_same(demo: Demo, run: Run,
                                                                      full_opens: list[int]) -> None:
    with plain_db() as conn:  # a case without its summary: the full open writes it
        conn.execute('DELETE FROM casesummary WHERE case_id = (SELECT id FROM "case" WHERE case_number = ?)',
                     (demo.withdrawn,))
    fast = run("show", demo.withdrawn, "--json")
    assert full_opens == [1]  # the full open refreshed the summaries
    assert fast == run("show", demo.withdrawn, "--json", orm=True)
    assert fast[0] == 0


def test_an_older_schema_is_migrated_first(data_dir: Path, run: Run, full_opens: list[int]) -> None:
    import shutil

    from tests.fixtures import make_fixtures as fx
    data_dir.mkdir(parents=True)
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(fx.SCHEMA_0001 / name, data_dir / name)
    code, out, _err = run("show", fx.CASE_NUMBER, passphrase=fx.PASSPHRASE)
    assert code == 0 and fx.CLIENT_NAME in out
    assert full_opens == [1]
    assert any(paths.backups_dir().glob("pre-migration-0001-to-*.db"))
    assert run("show", fx.CASE_NUMBER, passphrase=fx.PASSPHRASE) == (0, out, "")
    assert full_opens == [1]  # at head now: the fast path
