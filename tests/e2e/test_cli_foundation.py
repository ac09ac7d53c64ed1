"""The command line end to end: real subprocesses of ``python -m caseapp`` against a throwaway data folder."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "e2e 암호 correct-horse"


def run(data_dir: Path, *args: str, passphrase: str | None = PASSPHRASE, env: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CASEAPP_")}
    full_env.update({"CASEAPP_KDF_COST": "10", "PYTHONPATH": str(REPO), "CASEAPP_LANG": "en"})
    if passphrase is not None:
        full_env["CASEAPP_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "caseapp", "--data-dir", str(data_dir), *args], cwd=REPO,
                          env=full_env, capture_output=True, text=True, input=stdin, timeout=120)


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """One initialised data folder with 12 demo cases, shared by the read-mostly tests of this module."""
    data_dir = tmp_path_factory.mktemp("e2e") / "data"
    init = run(data_dir, "init", "--name", "김사회", "--org", "행복종합사회복지관")
    assert init.returncode == 0, init.stderr
    match = re.search(r"Recovery key: ([A-Z2-7-]+)", init.stdout)
    assert match, init.stdout
    demo_run = run(data_dir, "demo-data", "--cases", "12", "--seed", "5")
    assert demo_run.returncode == 0, demo_run.stderr
    yield data_dir, match.group(1)


@pytest.fixture(scope="module")
def listing(demo: tuple[Path, str]) -> list[dict[str, object]]:
    result = run(demo[0], "cases", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_init_prints_the_recovery_key_once_with_advice(demo: tuple[Path, str]) -> None:
    data_dir, recovery = demo
    assert len(recovery.replace("-", "")) == 32
    assert (data_dir / "caseapp.db").exists() and (data_dir / "caseapp.key").exists()
    again = run(data_dir, "init", "--name", "김사회", "--org", "복지관")
    assert again.returncode == 1
    assert "already" in one_error_line(again)


def test_cases_json_lists_the_demo_cases_across_stages(demo: tuple[Path, str], listing: list) -> None:
    data_dir, _ = demo
    listed = listing
    assert len(listed) == 12
    assert set(listed[0]) >= {"case_number", "client", "stage", "stage_since", "next_due", "overdue",
                              "due_this_week"}
    assert len({c["stage"] for c in listed}) >= 3
    stage = listed[0]["stage"]
    only = json.loads(run(data_dir, "cases", "--stage", stage, "--json").stdout)
    assert only and {c["stage"] for c in only} == {stage}
    overdue = json.loads(run(data_dir, "cases", "--overdue", "--json").stdout)
    assert all(c["overdue"] for c in overdue)


def test_cases_stage_accepts_korean_label_and_rejects_nonsense(demo: tuple[Path, str]) -> None:
    data_dir, _ = demo
    assert run(data_dir, "cases", "--stage", "사후관리").returncode == 0
    bad = run(data_dir, "cases", "--stage", "nonsense")
    assert bad.returncode == 1
    assert "Unknown stage" in one_error_line(bad)


def test_show_json_has_the_whole_case(demo: tuple[Path, str], listing: list) -> None:
    data_dir, _ = demo
    number = listing[0]["case_number"]
    result = run(data_dir, "show", number, "--json")
    assert result.returncode == 0, result.stderr
    snap = json.loads(result.stdout)
    assert snap["case"]["case_number"] == number
    for key in ("client", "household", "stage_history", "consents", "assessments", "eco_map", "goals", "tasks",
                "services", "referrals", "conferences", "reviews", "terminations", "follow_ups"):
        assert key in snap
    assert snap["assessments"] and len(snap["assessments"][0]["ratings"]) == 9
    text = run(data_dir, "show", number)
    assert text.returncode == 0 and number in text.stdout and "Follow-up" in text.stdout


def test_add_entry_prints_an_id_that_show_then_contains(demo: tuple[Path, str], listing: list) -> None:
    data_dir, _ = demo
    number = listing[-1]["case_number"]
    added = run(data_dir, "add-entry", number, "--type", "상담·치료", "--text", "e2e 상담 기록: 수면 개선",
                "--date", "2026-05-04", "--mode", "phone", "--minutes", "25", "--sign")
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.strip()
    assert re.fullmatch(r"[0-9a-f-]{36}", entry_id)
    services = json.loads(run(data_dir, "show", number, "--json").stdout)["services"]
    mine = [s for s in services if s["id"] == entry_id]
    assert mine and mine[0]["practice_type"] == "counselling" and mine[0]["contact_mode"] == "phone"
    assert mine[0]["duration_min"] == 25 and mine[0]["occurred_on"] == "2026-05-04"
    assert mine[0]["signed_at"] is not None


def test_add_entry_bad_input_is_one_line(demo: tuple[Path, str], listing: list) -> None:
    data_dir, _ = demo
    number = listing[0]["case_number"]
    bad_type = run(data_dir, "add-entry", number, "--type", "잡담", "--text", "x")
    assert bad_type.returncode == 1 and "practice type" in one_error_line(bad_type)
    bad_date = run(data_dir, "add-entry", number, "--type", "information", "--text", "x", "--date", "어제")
    assert bad_date.returncode == 1 and "date" in one_error_line(bad_date)
    missing = run(data_dir, "show", "1999-9999")
    assert missing.returncode == 1 and "1999-9999" in one_error_line(missing)


def test_wrong_passphrase_exits_2_with_one_line(demo: tuple[Path, str]) -> None:
    data_dir, _ = demo
    before = (data_dir / "caseapp.db").read_bytes()
    result = run(data_dir, "cases", passphrase="definitely wrong")
    assert result.returncode == 2
    assert "Wrong passphrase" in one_error_line(result)
    assert result.stdout == ""
    assert (data_dir / "caseapp.db").read_bytes() == before
    (data_dir / "unlock-attempts.json").unlink(missing_ok=True)  # keep the back-off out of later tests


def test_no_case_file_yet_exits_3(tmp_path: Path) -> None:
    result = run(tmp_path / "empty", "cases")
    assert result.returncode == 3 and "caseapp init" in one_error_line(result)


def test_search_finds_two_syllable_words(demo: tuple[Path, str]) -> None:
    data_dir, _ = demo
    result = run(data_dir, "search", "주거", "--json", "--limit", "5")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert 0 < len(hits) <= 5
    assert set(hits[0]) == {"entity_type", "entity_id", "case_id", "case_number", "client_name", "title", "snippet"}
    text = run(data_dir, "search", "주거")
    assert text.returncode == 0 and "hit" in text.stdout


def test_passphrase_change_and_recovery_key(tmp_path: Path) -> None:
    data_dir = tmp_path / "keys"
    init = run(data_dir, "--lang", "ko", "init", "--name", "김사회", "--org", "복지관")
    assert init.returncode == 0, init.stderr
    assert "복구 키" in init.stdout and "인쇄" in init.stdout  # advice to print or write it down
    recovery = re.search(r"Recovery key: ([A-Z2-7-]+)", init.stdout).group(1)  # type: ignore[union-attr]
    changed = run(data_dir, "change-passphrase", env={"CASEAPP_NEW_PASSPHRASE": "second passphrase"})
    assert changed.returncode == 0, changed.stderr
    assert run(data_dir, "cases").returncode == 2
    assert run(data_dir, "cases", passphrase="second passphrase").returncode == 0
    recovered = run(data_dir, "unlock-with-recovery-key", passphrase=None,
                    env={"CASEAPP_RECOVERY_KEY": recovery, "CASEAPP_NEW_PASSPHRASE": "third passphrase"})
    assert recovered.returncode == 0, recovered.stderr
    assert run(data_dir, "cases", passphrase="third passphrase").returncode == 0
    bad = run(data_dir, "unlock-with-recovery-key", passphrase=None,
              env={"CASEAPP_RECOVERY_KEY": "AAAA-BBBB", "CASEAPP_NEW_PASSPHRASE": "fourth passphrase"})
    assert bad.returncode == 2 and "recovery key" in one_error_line(bad)


def test_passphrase_from_stdin_when_not_set(demo: tuple[Path, str], listing: list) -> None:
    result = run(demo[0], "cases", "--json", passphrase=None, stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == len(listing)
