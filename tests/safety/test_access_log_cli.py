"""``caseapp access-log`` and the export commands' ``--reason`` as a user runs them: output, JSON keys, exit codes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from caseapp import cli, paths
from caseapp.domain.access import previous_month

from .conftest import PASSPHRASE

KEYS = {"seq", "at", "actor", "kind", "case_number", "device", "reason", "what", "note"}


@pytest.fixture
def run(vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)

    def _run(*args: str, passphrase: str = PASSPHRASE) -> tuple[int, str, str]:
        monkeypatch.setenv("CASEAPP_PASSPHRASE", passphrase)
        try:
            code = cli.main(["--data-dir", str(data_dir), "--lang", "en", *args])
        finally:
            paths.set_data_dir(None)
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def _log(run, *args: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    code, out, err = run("access-log", "--json", *args)
    assert code == 0, err
    return json.loads(out)


def test_show_search_and_export_are_listed_with_their_case(run, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("show", case.case_number)[0] == 0
    assert run("search", "김민수")[0] == 0
    assert run("export", case.case_number, "-o", str(tmp_path / "r.pdf"), "--unsigned",
               "--reason", "client_request", "--reason-text", "본인 열람 요청")[0] == 0
    assert run("cases", passphrase="wrong")[0] != 0
    entries = _log(run)
    assert all(set(e) == KEYS for e in entries)
    kinds = [e["kind"] for e in entries]
    assert kinds.count("view") == 1 and kinds.count("search") == 1 and kinds.count("export") == 1
    assert kinds.count("unlock_failed") == 1
    export = next(e for e in entries if e["kind"] == "export")
    assert (export["case_number"], export["reason"], export["note"]) == (case.case_number, "client_request",
                                                                        "본인 열람 요청")
    search = next(e for e in entries if e["kind"] == "search")
    assert search["note"] == "김민수" and search["case_number"] is None
    of_case = _log(run, "--case", case.case_number)
    assert sorted(e["kind"] for e in of_case) == ["export", "view"]

    code, out, _ = run("access-log", "--case", case.case_number)
    assert code == 0 and "Case viewed" in out and "2 record(s)" in out


def test_export_without_reason_keeps_working_and_bad_reasons_are_refused(run, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("export", case.case_number, "-o", str(tmp_path / "a.pdf"), "--unsigned")[0] == 0
    assert [e["reason"] for e in _log(run) if e["kind"] == "export"] == ["service"]  # the documented default
    # words instead of a code are an "other" reason in those words (the 제3자 제공 대장's basis is given this way)
    code, _, err = run("export", case.case_number, "-o", str(tmp_path / "b.pdf"), "--unsigned",
                       "--reason", "법원 제출 요청")
    assert code == 0, err
    assert [e["reason"] for e in _log(run) if e["kind"] == "export"][-1] == "other"
    code, _, err = run("export", case.case_number, "-o", str(tmp_path / "c.pdf"), "--reason", "other")
    assert code == 1 and "other" in err and not (tmp_path / "c.pdf").exists()


def test_dates_and_cases_are_checked(run) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("access-log", "--from", "2026-02-30")
    assert code == 1 and "--from is not a date" in err
    code, _, err = run("access-log", "--from", "2026-03-02", "--to", "2026-03-01")
    assert code == 1 and "--to is before --from" in err
    code, _, err = run("access-log", "--case", "1999-0001")
    assert code != 0 and "1999-0001" in err
    assert _log(run, "--from", "2001-01-01", "--to", "2001-01-31") == []


def test_review_says_which_month_and_is_signed(run) -> None:  # type: ignore[no-untyped-def]
    month = previous_month(date.today())
    code, out, _ = run("access-log", "--review")
    assert code == 0 and f"{month:%Y-%m}" in out
    code, out, _ = run("access-log", "--review", "--json", "--from", f"{month:%Y-%m}-15")
    review = json.loads(out)
    assert code == 0 and review["month"] == f"{month:%Y-%m}" and review["signature_valid"] is True
    assert {"month", "seq", "actor", "reviewed_at", "count", "flagged", "signature_valid"} == set(review)
    code, _, err = run("access-log", "--review", "--case", "2026-0001")
    assert code == 1 and "--review" in err
    assert [e["kind"] for e in _log(run)].count("review") == 2
