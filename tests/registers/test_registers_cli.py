"""The register commands end to end: destroy --purge-backups, destruction-register (list and signed PDF),
export --recipient/--reason, disclosures, withdraw-consent, show --json, client-copy and correction requests."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseapp import cli
from caseapp.services import backup, cases, entries
from caseapp.storage.models import Case
from tests.conftest import PASSPHRASE


@pytest.fixture
def run(vault, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)

    def go(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err
    return go


def test_destroy_purges_backups_on_request_and_the_register_lists_it(vault, case, run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with vault.session(write=True) as s:
        row = s.get(Case, case.id)
        row.closed_on, row.stage = date(2018, 1, 5), "termination"
        s.add(row)
    made = backup.create_backup(vault, "manual").info.path
    code, out, err = run("destroy", case.case_number, "--yes", "--purge-backups", "--reason", "보존기간 경과")
    assert code == 0 and "백업 1개에서 지웠습니다" in out and err == ""
    code, out, _ = run("destruction-register", "--json")
    [line] = json.loads(out)
    assert line["case_number"] == case.case_number and line["backups"][0]["name"] == made.name
    assert line["backups"][0]["purged_at"] and line["backups"][0]["held"] is False
    code, out, _ = run("destruction-register", "-o", str(tmp_path / "reg.pdf"))
    assert code == 0 and (tmp_path / "reg.pdf").exists()
    assert run("verify", str(tmp_path / "reg.pdf"))[0] == 0


def test_destroy_without_purging_says_which_backups_still_hold_it(vault, case, run) -> None:  # type: ignore[no-untyped-def]
    with vault.session(write=True) as s:
        row = s.get(Case, case.id)
        row.closed_on, row.stage = date(2018, 1, 5), "termination"
        s.add(row)
    backup.create_backup(vault, "manual")
    code, _out, err = run("destroy", case.case_number, "--yes")
    assert code == 0 and "--purge-backups" in err


def test_export_to_a_recipient_warns_without_consent_and_is_listed(vault, case, run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out_pdf = str(tmp_path / "x.pdf")
    code, _out, err = run("export", case.case_number, "-o", out_pdf, "--recipient", "평창경찰서")
    assert code != 0 and "--reason" in err and not Path(out_pdf).exists()
    assert run("export", case.case_number, "-o", out_pdf, "--recipient", "평창경찰서", "--reason", "법원 명령")[0] == 0
    code, out, _ = run("disclosures", case.case_number, "--json")
    [line] = json.loads(out)
    assert (line["recipient"], line["consent_covered"], line["reason"]) == ("평창경찰서", False, "법원 명령")


def test_withdraw_consent_lists_whom_to_notify_also_in_show_json(vault, case, run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    entries.add(vault, case.id, "consent", {"purpose": "sharing",
                                            "given_on": (date.today() - timedelta(days=2)).isoformat()})
    assert run("export", case.case_number, "-o", str(tmp_path / "x.pdf"), "--recipient", "주거복지센터")[0] == 0
    code, out, _ = run("withdraw-consent", case.case_number, "--purpose", "sharing")
    assert code == 0 and "주거복지센터" in out and "알리세요" in out
    assert run("withdraw-consent", case.case_number, "--purpose", "sharing")[0] != 0  # nothing left to withdraw
    code, out, _ = run("show", case.case_number, "--json")
    data = json.loads(out)
    [notice] = data["withdrawal_notices"]
    assert notice["purpose"] == "sharing" and [d["recipient"] for d in notice["notify"]] == ["주거복지센터"]
    assert [d["recipient"] for d in data["disclosures"]] == ["주거복지센터"]


def test_client_copy_and_correction_requests(vault, case, run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("client-copy", case.case_number, "-o", str(tmp_path / "copy.pdf"))
    assert code == 0 and run("verify", str(tmp_path / "copy.pdf"))[0] == 0
    code, out, _ = run("correction-request", case.case_number, "--text", "주소 정정", "--date", "2026-01-02")
    assert code == 0 and "2026-01-12" in out
    code, out, _ = run("correction-requests", "--open", "--json")
    assert [r["due_on"] for r in json.loads(out)] == ["2026-01-12"]
    code, _out, err = run("correction-answer", case.case_number, "--outcome", "refused")
    assert code != 0 and err  # a refusal needs --note
    assert run("correction-answer", case.case_number, "--outcome", "corrected")[0] == 0
    code, out, _ = run("correction-requests", "--open", "--json")
    assert json.loads(out) == []
    assert cases.find_case(vault, case.case_number).id == case.id


def test_a_report_given_to_a_recipient_is_a_disclosure(vault, case, run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _out, _err = run("report", "--period", str(date.today().year), "-o", str(tmp_path / "r.csv"),
                           "--recipient", "평창군청 주민복지과")
    assert code == 0
    code, out, _ = run("disclosures", "--json")
    [line] = json.loads(out)
    assert (line["kind"], line["recipient"], line["consent_covered"]) == ("report", "평창군청 주민복지과", True)
    assert "통계" in line["basis"] and line["case_number"] == ""
