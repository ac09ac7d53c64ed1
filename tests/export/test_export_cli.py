"""The export commands as a user runs them: exit codes and one-line errors (CLI contract of issue 3/5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp import cli

PASSPHRASE = "테스트 암호 correct-horse"


@pytest.fixture
def run(cli_data_dir: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)

    def _run(*args: str) -> tuple[int, str, str]:
        code = cli.main([*cli_data_dir, "--lang", "en", *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def test_export_verify_and_lookup(run, exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "one.pdf"
    code, out, _ = run("export", exported.case.case_number, "-o", str(target), "--sections", "plan", "services",
                       "--from", "2026-01-01", "--to", "2026-12-31", "--invisible-signature")
    assert code == 0 and target.exists()
    sha = next(line.split()[-1] for line in out.splitlines() if line.startswith("sha256:"))
    code, out, _ = run("verify", str(target))
    assert code == 0 and "Result: VALID" in out
    code, out, _ = run("lookup-hash", sha)
    assert code == 0 and "has not changed" in out
    code, out, _ = run("lookup-hash", "f" * 64)
    assert code == 1 and "No logged export" in out


def test_unsigned_export_does_not_verify(run, exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plain.pdf"
    assert run("export", exported.case.case_number, "-o", str(target), "--unsigned", "--redacted")[0] == 0
    code, out, _ = run("verify", str(target))
    assert code == 1 and "no digital signature" in out


def test_export_all_into_a_folder(run, exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("export", "--all", "-o", str(tmp_path / "all"), "--unsigned")
    assert code == 0
    assert (tmp_path / "all" / f"{exported.case.case_number}.pdf").exists()


@pytest.mark.parametrize("args,needle", [
    (["export", "2026-0001", "-o", "x.pdf", "--sections", "bogus"], "Unknown section"),
    (["export", "2026-0001", "-o", "x.pdf", "--from", "yesterday"], "is not a date"),
    (["export", "-o", "x.pdf"], "either one CASE_NUMBER or --all"),
    (["export", "9999-9999", "-o", "x.pdf"], "No case numbered"),
    (["verify", "missing.pdf"], "Cannot read the file"),
    (["lookup-hash", "xyz"], "SHA-256"),
    (["import-cert", "missing.pem"], "Cannot read the file"),
])
def test_errors_are_one_line(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                             needle: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    code, _, err = run(*args)
    assert code == 1
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_referral_letter_command(run, exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    letter = tmp_path / "letter.pdf"
    code, out, _ = run("referral-letter", exported.case.case_number, "-o", str(letter))
    assert code == 0 and letter.exists() and "sha256:" in out
    assert run("verify", str(letter))[0] == 0
    code, _, err = run("referral-letter", exported.case.case_number, "-o", str(letter), "--referral", "7")
    assert code == 1 and "between 1 and 1" in err


def test_blank_forms_and_export_cert(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("blank-forms", "-o", str(tmp_path / "forms.pdf"))[0] == 0
    assert (tmp_path / "forms.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = run("export-cert", "-o", str(tmp_path / "root.pem"))
    assert code == 0 and "fingerprint" in out
    assert (tmp_path / "root.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")


def test_wrong_passphrase_exits_2(vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # its own case file: a failed unlock counts towards the back-off of the file it was tried on
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "definitely wrong")
    assert cli.main(["export-cert", "-o", str(tmp_path / "r.pem")]) == 2
    assert not (tmp_path / "r.pem").exists()


@pytest.mark.slow  # five interpreter start-ups (~30 s on a busy 2-core box); the in-process tests cover the logic
@pytest.mark.skipif(__import__("shutil").which("pdfsig") is None, reason="poppler-utils not installed")
def test_end_to_end_through_the_real_entry_point(tmp_path: Path) -> None:
    """init → add-entry → export → verify → pdfsig, as separate processes (as a user or script runs them)."""
    import os
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "CASEAPP_DATA_DIR": str(tmp_path / "data"), "CASEAPP_PASSPHRASE": PASSPHRASE,
           "PYTHONPATH": str(root)}

    def caseapp(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "caseapp", *args], env=env, capture_output=True, text=True,
                              cwd=tmp_path, timeout=120)

    assert caseapp("init", "--name", "김사회", "--org", "행복종합사회복지관").returncode == 0
    from caseapp.services import cases
    from caseapp.services.vault import Vault
    from caseapp import paths
    paths.set_data_dir(tmp_path / "data")
    try:
        with Vault.open(PASSPHRASE) as vault:
            number = cases.open_case(vault, {"name": "김민수"}).case_number
    finally:
        paths.set_data_dir(None)
    assert caseapp("add-entry", number, "--type", "counselling", "--text", "첫 상담", "--sign").returncode == 0
    pdf = tmp_path / "out.pdf"
    done = caseapp("export", number, "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    checked = caseapp("verify", str(pdf))
    assert checked.returncode == 0 and "결과: 유효함" in checked.stdout
    sig = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in sig and "Total document signed" in sig
    pdf.write_bytes(pdf.read_bytes() + b"%%EOF\n% appended\n")
    assert caseapp("verify", str(pdf)).returncode == 1
