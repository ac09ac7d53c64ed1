"""The desktop bundle works on a machine with nothing but the bundle: built with packaging/build.sh (PyInstaller),
then, from the bundle alone and on a fresh data folder, `--version`, `init`, `demo-data`, an `export` that
verifies, and the GUI starting to its unlock window; and what packaging/bundle_trim.py leaves out, with Qt's
trimmed ICU data answering like the full one.

Slow (a PyInstaller build takes minutes): `.ci/run` runs it after the default suite. Set CASEAPP_BUNDLE_DIR to a
built `dist/caseapp` to reuse one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from collections.abc import Iterator
from pathlib import Path

import pytest

import caseapp

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "번들 시험용 긴 암호 2026"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("CASEAPP_BUNDLE_DIR")
    if given:
        return Path(given)
    if shutil.which("pyinstaller") is None:
        pytest.fail("PyInstaller is not installed: python3 -m pip install '.[bundle]'")
    out = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "CASEAPP_DIST_DIR": str(out / "dist"), "CASEAPP_BUILD_DIR": str(out / "build")}
    build = subprocess.run(["bash", "packaging/build.sh"], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=1800)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert "budget" in build.stdout  # the build reports its size against the budget
    tarballs = list((out / "dist").glob("caseapp-*-linux-*.tar.gz"))
    assert len(tarballs) == 1
    return out / "dist" / "caseapp"


def _clean_env(data_dir: Path) -> dict[str, str]:
    """No checkout on the path: the bundle must carry everything itself."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CASEAPP_"))}
    env.update({"CASEAPP_DATA_DIR": str(data_dir), "CASEAPP_PASSPHRASE": PASSPHRASE, "CASEAPP_KDF_COST": "10",
                "CASEAPP_LANG": "en"})
    return env


def _run(bundle: Path, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle / "caseapp"), *args], env=_clean_env(data_dir), capture_output=True,
                          text=True, timeout=600, cwd=data_dir.parent, stdin=subprocess.DEVNULL)


def test_bundle_carries_its_data_and_nothing_for_tests(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "resources" / "fonts" / "NanumGothic.ttf").exists()
    assert (internal / "i18n" / "caseapp_ko.qm").exists()
    assert (internal / "resources" / "icons" / "caseapp-256.png").exists()
    assert (internal / "resources" / "icc" / "sRGB.icc").exists()
    assert (internal / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8").count("LGPL") >= 1
    assert list(internal.rglob("platforms/libqxcb.so")), "the X11 platform plugin must ship"
    assert list(internal.rglob("platforms/libqoffscreen.so"))
    assert list(internal.rglob("printsupport/*")), "print support plugins must ship"
    assert not list(internal.rglob("pytest*")) and not list(internal.rglob("hypothesis*"))
    assert not (internal / "tests").exists()
    # Korean input goes through the ibus (and compose) input context plugins: they must survive the trimming.
    assert list(internal.rglob("platforminputcontexts/libibusplatforminputcontextplugin.so"))
    assert list(internal.rglob("platforms/libqwayland*.so"))


def test_bundle_leaves_out_what_caseapp_never_uses(bundle: Path) -> None:
    """The cuts of packaging/bundle_trim.py, seen in the built folder (and the size they bought)."""
    internal = bundle / "_internal"
    shipped = {path.name for path in internal.rglob("*")}
    for name in ("libqvnc.so", "libqlinuxfb.so", "libqeglfs.so", "libqgtk3.so", "libqtiff.so", "libqwebp.so",
                 "libqopensslbackend.so", "libqnetworkmanager.so",  # unused Qt plugins
                 "libstdc++.so.6", "libX11.so.6", "libglib-2.0.so.0", "libfontconfig.so.1", "libcups.so.2",
                 "libgnutls.so.30", "libcairo.so.2", "libpango-1.0.so.0",  # the host's, or only the gtk theme's
                 "libsqlite3.so.0",  # the standard library's SQLite: caseapp uses sqlcipher3's
                 "libQt6Network.so.6", "QtNetwork.abi3.so", "libkrb5.so.3", "libgssapi_krb5.so.2",  # Qt Network
                 "libdbus-1.so.3", "libsystemd.so.0", "libgcrypt.so.20",  # the host's D-Bus and what it brought
                 "_http_parser.cpython-311-x86_64-linux-gnu.so"):  # aiohttp's C parser (pure Python stays)
        assert name not in shipped, name
    # One OpenSSL for Python and libpq: the build host's copy is a link to psycopg_binary's.
    for name in ("libcrypto.so.3", "libssl.so.3"):
        link = internal / name
        assert link.is_symlink() and link.resolve().parent.name == "psycopg_binary.libs", name
    assert not [n for n in shipped if n.startswith(("_avif", "_webp", "objectify", "_codecs_jp"))]
    assert not list(internal.rglob("pygments")) and not list(internal.rglob("setuptools"))
    (data,) = [path for path in internal.rglob("libicudata.so.*") if not path.is_symlink()]
    assert data.stat().st_size < 6_000_000  # was 32 MB: every language's ICU data


def test_the_engines_load_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """SQLCipher, Python's OpenSSL (now psycopg_binary's copy) and libpq for the agency hub all load in the frozen
    program: `about --json` asks each for its version."""
    about = _run(bundle, tmp_path / "data", "about", "--json")
    assert about.returncode == 0, about.stderr
    engines = json.loads(about.stdout)["components"]
    assert engines["libpq"] and engines["libpq"].endswith("(binary)"), engines
    assert engines["openssl"].startswith("OpenSSL 3.") and engines["sqlcipher"][0].isdigit(), engines


def test_trimmed_icu_data_answers_qt_like_the_full_data(bundle: Path, tmp_path: Path) -> None:
    """Korean/English collation, time-zone names, case mapping, legacy Korean codecs and text breaks come out the
    same through the bundle's libicudata as through the wheel's full one (tests/packaging/icu_probe.py)."""
    import PySide6

    (data,) = [path for path in (bundle / "_internal").rglob("libicudata.so.*") if not path.is_symlink()]
    wheel_data = Path(PySide6.__file__).parent / "Qt" / "lib" / data.name
    assert wheel_data.exists(), "the bundle was built from another PySide6 than the one installed here"
    only_trimmed = tmp_path / "icu"
    only_trimmed.mkdir()
    shutil.copy2(data, only_trimmed / data.name)
    probe = [sys.executable, str(ROOT / "tests" / "packaging" / "icu_probe.py")]
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    full = subprocess.run(probe, env=env, capture_output=True, text=True, timeout=300)
    trimmed = subprocess.run(probe, env={**env, "LD_LIBRARY_PATH": str(only_trimmed)}, capture_output=True,
                             text=True, timeout=300)
    assert full.returncode == 0 and trimmed.returncode == 0, full.stderr[-2000:] + trimmed.stderr[-2000:]
    full_answers, trimmed_answers = json.loads(full.stdout), json.loads(trimmed.stdout)
    assert Path(full_answers.pop("icudata")).resolve() == wheel_data.resolve()
    assert trimmed_answers.pop("icudata") == str(only_trimmed / data.name)
    assert trimmed_answers["warnings"] == []  # Qt says "Could not create collator" when ICU has no data
    # Korean collation proper: hanja sorted by their reading among the Hangul, Hangul before Latin.
    assert trimmed_answers["sort ko_KR False CaseSensitive"][4:10] == ["ㄱㄴ", "가나다", "감나무", "강감찬", "金九",
                                                                       "김철수"]
    assert trimmed_answers["zone ko_KR Asia/Seoul StandardTime LongName"] == "대한민국 표준시"
    assert trimmed_answers["xml EUC-KR"] == ["홍길동 사례", False]
    assert trimmed_answers == full_answers


def test_cli_from_the_bundle_on_a_fresh_folder(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    version = _run(bundle, data, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"caseapp {caseapp.__version__}"
    init = _run(bundle, data, "init", "--name", "김사회", "--org", "행복복지관")
    assert init.returncode == 0, init.stderr
    demo = _run(bundle, data, "demo-data", "--cases", "20")
    assert demo.returncode == 0, demo.stderr
    cases = _run(bundle, data, "cases", "--json")
    assert cases.returncode == 0, cases.stderr
    listed = json.loads(cases.stdout)
    rows = listed["cases"] if isinstance(listed, dict) else listed
    number = rows[0]["case_number"]
    pdf = tmp_path / "record.pdf"
    export = _run(bundle, data, "export", number, "-o", str(pdf))
    assert export.returncode == 0, export.stderr
    verify = _run(bundle, data, "verify", str(pdf))
    assert verify.returncode == 0, verify.stdout + verify.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True)
    if fonts.returncode == 0:
        assert "NanumGothic" in fonts.stdout and "Helvetica" not in fonts.stdout
    # python-hwpx ships without its HWP5, layout and schema parts: the .hwpx report still builds and reads back.
    hwpx = tmp_path / "report.hwpx"
    report = _run(bundle, data, "report", "--period", str(date.today().year), "-o", str(hwpx))
    assert report.returncode == 0, report.stderr
    from hwpx import HwpxDocument
    text = HwpxDocument.open(str(hwpx)).text
    assert "Case-management activity report" in (text.plain() if callable(text.plain) else text.plain)


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("Xvfb and xdotool are needed to see the bundle's window")
    for number in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.1)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_gui_from_the_bundle_reaches_the_unlock_window(bundle: Path, tmp_path: Path, xvfb_display: str) -> None:
    data = tmp_path / "data"
    assert _run(bundle, data, "init", "--name", "김사회", "--org", "행복복지관").returncode == 0
    env = _clean_env(data)
    env.pop("CASEAPP_PASSPHRASE")
    env.update({"DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"})
    gui = subprocess.Popen([str(bundle / "caseapp")], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 90
        found = ""
        while time.monotonic() < deadline and gui.poll() is None:
            # Every visible window, names compared here: xdotool's own name match misses titles with Hangul in them.
            search = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                                    env={**os.environ, "DISPLAY": xvfb_display}, capture_output=True, text=True)
            names = [subprocess.run(["xdotool", "getwindowname", window], capture_output=True, text=True,
                                    env={**os.environ, "DISPLAY": xvfb_display}).stdout.strip()
                     for window in search.stdout.split()]
            found = next((name for name in names if "Unlock" in name or "잠금 해제" in name), found or " | ".join(names))
            if "Unlock" in found or "잠금 해제" in found:
                break  # (a window may be found before its title is set: keep looking until the title shows)
            time.sleep(0.5)
        assert gui.poll() is None, gui.communicate()[1][-2000:]
        assert "Unlock" in found or "잠금 해제" in found, f"expected the unlock window, saw {found!r}"
    finally:
        gui.terminate()
        try:
            gui.wait(timeout=20)
        except subprocess.TimeoutExpired:
            gui.kill()
            gui.wait()


def test_install_linux_puts_caseapp_in_the_menu_and_uninstalls(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CASEAPP_"))}
    env["HOME"] = str(home)
    installed = subprocess.run(["bash", str(bundle / "install-linux.sh")], env=env, capture_output=True, text=True,
                               timeout=600)
    assert installed.returncode == 0, installed.stderr
    program = home / ".local" / "opt" / "caseapp" / "caseapp"
    assert program.exists() and (home / ".local" / "bin" / "caseapp").resolve() == program.resolve()
    desktop = (home / ".local" / "share" / "applications" / "caseapp.desktop").read_text(encoding="utf-8")
    assert f"Exec={program}" in desktop
    for size in (16, 32, 48, 256, 512):
        assert (home / f".local/share/icons/hicolor/{size}x{size}/apps/caseapp.png").exists()
    assert (home / ".local/share/metainfo/kr.caseapp.caseapp.metainfo.xml").exists()
    version = subprocess.run([str(home / ".local" / "bin" / "caseapp"), "--version"], capture_output=True,
                             text=True, env=env)
    assert version.returncode == 0
    data = home / ".local" / "share" / "caseapp"
    data.mkdir(parents=True)
    (data / "caseapp.db").write_bytes(b"keep me")
    removed = subprocess.run(["bash", str(program.parent / "install-linux.sh"), "--uninstall"], env=env,
                             capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    assert not program.exists() and not (home / ".local/share/applications/caseapp.desktop").exists()
    assert (data / "caseapp.db").read_bytes() == b"keep me", "uninstalling must never touch the data folder"
