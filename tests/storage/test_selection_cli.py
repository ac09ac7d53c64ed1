"""``caseapp select``, ``cases --level`` and the selection keys of ``cases --json`` / ``show --json``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from caseapp import cli
from caseapp.services import cases
from tests.conftest import PASSPHRASE


@pytest.fixture
def run(vault: Any, data_dir: Any, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Iterator[Any]:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)

    def invoke(*args: str) -> tuple[int, str, str]:
        vault.engine.dispose()  # the CLI's own connection sees everything committed
        code = cli.main(["--data-dir", str(data_dir), *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    yield invoke


def test_select_then_list_filter_and_json_keys(run: Any, vault: Any, case: Any) -> None:
    other = cases.open_case(vault, {"name": "이영희", "household_type": "1인 가구"})
    code, out, _ = run("select", case.case_number, "--level", "고난도사례", "--reason", "퇴거 위기와 부채")
    assert code == 0 and len(out.strip()) == 36
    code, out, _ = run("cases", "--json")
    levels = {c["case_number"]: c["selection_level"] for c in json.loads(out)}
    assert levels == {case.case_number: "complex", other.case_number: None}
    code, out, _ = run("cases", "--level", "complex", "--json")
    assert [c["case_number"] for c in json.loads(out)] == [case.case_number]
    code, out, _ = run("cases", "--level", "none", "--json")
    assert [c["case_number"] for c in json.loads(out)] == [other.case_number]
    code, out, _ = run("show", case.case_number, "--json")
    data = json.loads(out)
    assert data["selection"]["level"] == "complex" and data["selection"]["reason"] == "퇴거 위기와 부채"
    assert [d["level"] for d in data["selections"]] == ["complex"]
    assert {"household", "client", "case", "conferences"} <= set(data)  # the old keys are all still there
    code, out, _ = run("show", other.case_number, "--json")
    data = json.loads(out)
    assert data["selection"] is None and data["client"]["household_type"] == "single"
    assert data["client"]["livelihood"] == [] and "registered_address" in data["client"]
    code, out, _ = run("--lang", "ko", "show", case.case_number)
    assert "■ 대상자 선정" in out and "고난도사례" in out


def test_bad_level_and_missing_reason_are_clear_and_save_nothing(run: Any, case: Any) -> None:
    code, _out, err = run("--lang", "en", "cases", "--level", "huge")
    assert code != 0 and "Unknown selection level: huge" in err and "complex" in err
    code, _out, err = run("--lang", "en", "select", case.case_number, "--level", "information_only")
    assert code != 0 and "say why" in err
    code, out, _ = run("show", case.case_number, "--json")
    assert json.loads(out)["selections"] == []
