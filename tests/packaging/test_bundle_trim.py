"""What the bundle leaves out is decided by packaging/bundle_trim.py and packaging/icu_data.py: these rules are
checked here without a build (fast); tests/packaging/test_bundle.py checks the built bundle itself."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    # By path: "packaging" is also the name of a PyPI package, so packaging/ is not importable as a package.
    spec = importlib.util.spec_from_file_location(f"caseapp_build_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bundle_trim = _load("bundle_trim")
icu_data = _load("icu_data")

QT = "PySide6/Qt"


def test_icu_items_keep_korean_english_collation_zones_and_korean_codecs() -> None:
    kept = ["coll/ko.res", "coll/root.res", "coll/ucadata.icu", "coll/en_US_POSIX.res", "zone/ko.res",
            "zone/en_GB.res", "zone/root.res", "zone/tzdbNames.res", "ko.res", "ko_KP.res", "en.res", "root.res",
            "pool.res", "res_index.res", "coll/res_index.res", "zoneinfo64.res", "metaZones.res",
            "timezoneTypes.res", "likelySubtags.res", "langInfo.res", "supplementalData.res", "cnvalias.icu",
            "ibm-970_P110_P110-2006_U2.cnv", "windows-949-2000.cnv", "ibm-5348_P100-1997.cnv", "region/en.res",
            "region/ko.res"]
    dropped = ["coll/fr.res", "coll/de_.res", "zone/ja.res", "fr_CA.res", "kok.res", "zh_Hant_TW.res",
               "brkitr/root.res", "brkitr/cjdict.dict", "translit/root.res", "curr/ko.res", "unit/en.res",
               "rbnf/ko.res", "gb18030.cnv", "ibm-37_P100-1995.cnv", "unames.icu", "lang/ko.res", "lang/pool.res",
               "uts46.nrm", "confusables.cfu", "nfkc.nrm", "nfkc_cf.nrm"]
    assert icu_data.items_to_remove(kept + dropped) == dropped


def test_a_qt_that_calls_another_icu_service_stops_the_build() -> None:
    symbols = ["ucol_open_73", "ucnv_open_73", "u_strToUpper_73", "ucal_open_73", "memcpy@GLIBC_2.14",
               "_ZN7QString4argEv"]
    assert icu_data.unsupported_icu_imports(symbols, "73") == []
    assert icu_data.unsupported_icu_imports([*symbols, "ubrk_open_73", "udat_format_73"], "73") == [
        "ubrk_open_73", "udat_format_73"]


def test_the_installed_qt_uses_only_the_icu_services_the_trimmed_data_serves() -> None:
    if shutil.which("nm") is None:
        pytest.skip("nm (binutils) is needed to read Qt6Core's imports")
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    data = sorted(lib.glob("libicudata.so.*"))
    if not data:
        pytest.skip("this PySide6 ships no ICU (not a Linux wheel)")
    version = data[0].name.rsplit(".", 1)[-1]
    icu_data.check_qt_core(lib / "libQt6Core.so.6", version)  # raises IcuFilterError when Qt needs more


def test_trim_drops_unused_plugins_host_libraries_and_what_only_they_needed(tmp_path: Path) -> None:
    binaries = [
        (f"{QT}/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        (f"{QT}/plugins/platforms/libqvnc.so", "/w/libqvnc.so", "BINARY"),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", "/w/libqgtk3.so", "BINARY"),
        (f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so", "/w/libqxdgdesktopportal.so", "BINARY"),
        (f"{QT}/plugins/printsupport/libcupsprintersupport.so", "/w/libcupsprintersupport.so", "BINARY"),
        (f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", "/w/ibus.so", "BINARY"),
        (f"{QT}/plugins/tls/libqopensslbackend.so", "/w/tls.so", "BINARY"),
        (f"{QT}/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Network.so.6", "/w/libQt6Network.so.6", "BINARY"),
        (f"{QT}/lib/libicudata.so.73", "/w/libicudata.so.73", "BINARY"),
        (f"{QT}/lib/libQt6Core.so.6", "/w/libQt6Core.so.6", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/usr/lib/libpixman-1.so.0", "BINARY"),
        ("libpng16.so.16", "/usr/lib/libpng16.so.16", "BINARY"),
        ("libcups.so.2", "/usr/lib/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/usr/lib/libgnutls.so.30", "BINARY"),
        ("libstdc++.so.6", "/usr/lib/libstdc++.so.6", "BINARY"),
        ("pypdfium2_raw/libpdfium.so", "/w/libpdfium.so", "BINARY"),  # loaded by ctypes: nothing NEEDs it
        ("PySide6/QtNetwork.abi3.so", "/w/QtNetwork.abi3.so", "EXTENSION"),
    ]
    needed = {
        "/w/libqgtk3.so": ["libcairo.so.2", "libQt6Gui.so.6"], "/usr/lib/libcairo.so.2": ["libpixman-1.so.0",
                                                                                      "libpng16.so.16"],
        "/w/libQt6Gui.so.6": ["libpng16.so.16", "libstdc++.so.6"], "/w/libcupsprintersupport.so": ["libcups.so.2"],
        "/usr/lib/libcups.so.2": ["libgnutls.so.30"], "/w/tls.so": ["libQt6Network.so.6"],
        "/w/libqxcb.so": ["libQt6Gui.so.6"], "/w/QtNetwork.abi3.so": ["libQt6Network.so.6"],
    }
    datas = [("libQt6Gui.so.6", f"{QT}/lib/libQt6Gui.so.6", "SYMLINK"), ("libcairo.so.2", "x", "SYMLINK"),
             ("THIRD-PARTY-NOTICES.txt", "/b/notices", "DATA")]
    trimmed_icu = tmp_path / "libicudata.so.73"
    calls = []

    def filter_icu(library: Path, qt_core: Path, workdir: Path) -> Path:
        calls.append((library, qt_core, workdir))
        return trimmed_icu

    kept, kept_datas, report = bundle_trim.trim_linux(
        binaries, datas, tmp_path, needed=lambda path: needed.get(path, []), filter_icu=filter_icu)
    names = {dest for dest, _src, _kind in kept}
    assert names == {
        f"{QT}/plugins/platforms/libqxcb.so", f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so",
        f"{QT}/plugins/printsupport/libcupsprintersupport.so",
        f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",  # Korean input (ibus)
        f"{QT}/lib/libQt6Gui.so.6", f"{QT}/lib/libicudata.so.73", f"{QT}/lib/libQt6Core.so.6",
        # Network stays: QtNetwork's bindings need it even though the TLS plugin that also did is gone
        f"{QT}/lib/libQt6Network.so.6",
        "libpng16.so.16",  # cairo needed it too, but so does Qt6Gui
        "pypdfium2_raw/libpdfium.so", "PySide6/QtNetwork.abi3.so"}
    assert sorted(e[0] for e in report.removed["needed only by what was left out"]) == [
        "libcairo.so.2", "libgnutls.so.30", "libpixman-1.so.0"]
    assert sorted(e[0] for e in report.removed["Qt plugin not used"]) == [
        f"{QT}/plugins/platforms/libqvnc.so", f"{QT}/plugins/platformthemes/libqgtk3.so",
        f"{QT}/plugins/tls/libqopensslbackend.so"]
    assert [e[0] for e in report.removed["host library"]] == ["libcups.so.2", "libstdc++.so.6"]
    assert calls == [(Path("/w/libicudata.so.73"), Path("/w/libQt6Core.so.6"), tmp_path)]
    assert (f"{QT}/lib/libicudata.so.73", str(trimmed_icu), "BINARY") in kept
    assert kept_datas == [datas[0], datas[2]]  # the dropped library's symlink goes with it


def test_a_library_shipped_twice_becomes_one_file_when_every_user_finds_its_symbols_in_the_copy_kept() -> None:
    host_crypto = ("libcrypto.so.3", "/usr/lib/libcrypto.so.3", "BINARY")
    wheel_crypto = ("psycopg_binary.libs/libcrypto-3a0647ea.so.3", "/w/libcrypto-3a0647ea.so.3", "BINARY")
    pikepdf_jpeg = ("pikepdf.libs/libjpeg-e87d2658.so.62.2.0", "/w/jpeg-pikepdf.so", "BINARY")
    pillow_xau = ("pillow.libs/libXau-154567c4.so.6.0.0", "/w/xau-pillow.so", "BINARY")
    binaries = [
        host_crypto, wheel_crypto,
        ("python3.11/lib-dynload/_hashlib.so", "/w/_hashlib.so", "EXTENSION"),
        ("psycopg_binary.libs/libpq-e9b5c9ac.so.5.18", "/w/libpq.so", "BINARY"),
        pikepdf_jpeg, ("pillow.libs/libjpeg-6dc8d115.so.62.4.0", "/w/jpeg-pillow.so", "BINARY"),
        ("pikepdf.libs/libqpdf-781b0270.so.30.4.2", "/w/libqpdf.so", "BINARY"),
        ("PIL/_imaging.so", "/w/_imaging.so", "EXTENSION"),
        pillow_xau, ("libXau.so.6", "/usr/lib/libXau.so.6", "BINARY"),
        ("pillow.libs/libxcb-9065bb12.so.1.1.0", "/w/xcb-pillow.so", "BINARY"),
        ("libssl.so.3", "/usr/lib/libssl.so.3", "BINARY"),
        ("psycopg_binary.libs/libssl-6a9b88ec.so.3", "/w/libssl-6a9b88ec.so.3", "BINARY"),
        ("python3.11/lib-dynload/_ssl.so", "/w/_ssl.so", "EXTENSION"),
        ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "/w/zstd-pillow.so", "BINARY"),
        ("libzstd.so.1", "/usr/lib/libzstd.so.1", "BINARY"),  # nothing here links it (say, ctypes loads it)
    ]
    needed = {"/w/_hashlib.so": ["libcrypto.so.3"],
              "/w/libqpdf.so": ["libjpeg-e87d2658.so.62.2.0"],
              "/w/_imaging.so": ["libjpeg-6dc8d115.so.62.4.0", "libzstd-40ad5e7e.so.1.5.7", "libxcb-9065bb12.so.1.1.0"],
              "/w/xcb-pillow.so": ["libXau-154567c4.so.6.0.0"], "/w/_ssl.so": ["libssl.so.3"],
              "/w/libpq.so": ["libcrypto-3a0647ea.so.3", "libssl-6a9b88ec.so.3"]}
    defined = {  # the wheel's newer OpenSSL lacks a host-only symbol that _hashlib does not take
        "/usr/lib/libcrypto.so.3": {"EVP_MD_fetch@OPENSSL_3.0.0", "EC_GFp_nistp224_method@OPENSSL_3.0.0"},
        "/w/libcrypto-3a0647ea.so.3": {"EVP_MD_fetch@OPENSSL_3.0.0", "OSSL_PARAM_new@OPENSSL_3.2.0"},
        # qpdf takes jpeg_mem_src from its own copy, which Pillow's does not export: both stay
        "/w/jpeg-pikepdf.so": {"jpeg_start_decompress@LIBJPEG_6.2", "jpeg_mem_src@LIBJPEG_8.0"},
        "/w/jpeg-pillow.so": {"jpeg_start_decompress@LIBJPEG_6.2", "jpeg_read_icc_profile@LIBJPEG_6.2"},
        "/w/xau-pillow.so": {"XauGetBestAuthByAddr", "XauDisposeAuth"},
        "/usr/lib/libXau.so.6": {"XauGetBestAuthByAddr", "XauDisposeAuth"},
        "/w/zstd-pillow.so": {"ZSTD_decompress", "ZSTD_compress"}, "/usr/lib/libzstd.so.1": {"ZSTD_decompress"},
        # both serve everyone; the host's is smaller, but the wheel's is the newer release (it exports more)
        "/usr/lib/libssl.so.3": {"SSL_new@OPENSSL_3.0.0"},
        "/w/libssl-6a9b88ec.so.3": {"SSL_new@OPENSSL_3.0.0", "SSL_new_listener@OPENSSL_3.5.0"},
    }
    undefined = {"/w/_hashlib.so": {"EVP_MD_fetch@OPENSSL_3.0.0", "PyLong_FromLong"},
                 "/w/libpq.so": {"EVP_MD_fetch@OPENSSL_3.0.0", "OSSL_PARAM_new@OPENSSL_3.2.0", "SSL_new@OPENSSL_3.0.0"},
                 "/w/_ssl.so": {"SSL_new@OPENSSL_3.0.0"},
                 "/w/libqpdf.so": {"jpeg_start_decompress@LIBJPEG_6.2", "jpeg_mem_src@LIBJPEG_8.0"},
                 "/w/_imaging.so": {"jpeg_read_icc_profile@LIBJPEG_6.2", "ZSTD_compress"},
                 "/w/xcb-pillow.so": {"XauGetBestAuthByAddr"}}
    sizes = {"/w/xau-pillow.so": 2_100_000, "/usr/lib/libXau.so.6": 14_000,  # (Pillow's is mostly padding)
             "/usr/lib/libssl.so.3": 700_000, "/w/libssl-6a9b88ec.so.3": 1_000_000}
    report = bundle_trim.TrimReport()
    kept = bundle_trim.share_duplicates(
        binaries, report, needed=lambda path: needed.get(path, []), defined=lambda path: defined.get(path, set()),
        undefined=lambda path: undefined.get(path, set()), size=lambda path: sizes.get(path, 1_000_000))
    assert ("libcrypto.so.3", "psycopg_binary.libs/libcrypto-3a0647ea.so.3", "SYMLINK") in kept
    assert ("libssl.so.3", "psycopg_binary.libs/libssl-6a9b88ec.so.3", "SYMLINK") in kept, "the newer copy stays"
    assert wheel_crypto in kept and host_crypto not in kept
    assert pikepdf_jpeg in kept and ("pillow.libs/libjpeg-6dc8d115.so.62.4.0", "/w/jpeg-pillow.so", "BINARY") in kept
    assert (pillow_xau[0], "../libXau.so.6", "SYMLINK") in kept, "the smaller of two equal copies stays"
    assert ("libzstd.so.1", "/usr/lib/libzstd.so.1", "BINARY") in kept, "a library nothing links is left alone"
    assert len(kept) == len(binaries)
    assert report.removed == {"a second copy of a bundled library (now a link to the other)": [
        host_crypto, pillow_xau, ("libssl.so.3", "/usr/lib/libssl.so.3", "BINARY")]}


def test_library_families_ignore_the_wheel_hash() -> None:
    assert bundle_trim._family("libcrypto.so.3") == bundle_trim._family("libcrypto-3a0647ea.so.3") == (
        "libcrypto", "3")
    assert bundle_trim._family("libxcb-9065bb12.so.1.1.0") == ("libxcb", "1")
    assert bundle_trim._family("libxcb-render-util.so.0") == ("libxcb-render-util", "0")
    assert bundle_trim._family("libcom_err-2abe824b.so.2.1") != bundle_trim._family("libcom_err-55c5739a.so.3.0")
    assert bundle_trim._family("_psycopg.cpython-311-x86_64-linux-gnu.so") is None


def test_symbols_are_read_with_their_versions_from_a_real_library() -> None:
    if shutil.which("nm") is None:
        pytest.skip("nm (binutils) is needed")
    import ssl  # noqa: F401 (loads _ssl, which links the system's libssl)
    import _ssl

    exported = bundle_trim.defined_symbols(_ssl.__file__)
    imported = bundle_trim.undefined_symbols(_ssl.__file__)
    assert "PyInit__ssl" in exported
    assert any(name.startswith("SSL_new@OPENSSL_") for name in imported), sorted(imported)[:20]
    assert not {"_edata", "_end", "__bss_start"} & exported
