"""A smaller ICU data library for the Linux bundle (used by caseapp.spec; needs icupkg, as, ld, objcopy, nm).

PySide6's Qt6Core links libicuuc/libicui18n, which read every locale's data from libicudata.so.NN (31 MB, an ELF
file whose only content is the symbol icudtNN_dat). Qt6Core calls just four ICU services — collation (ucol_*),
time-zone display names (ucal_*), legacy text codecs (ucnv_*) and case mapping (u_strTo*, whose tables are
compiled into libicuuc) — and caseapp speaks Korean and English, so the bundle gets a data library of the same
soname with root/ko/en locale data, the collation and time-zone trees, and the Korean and Western codecs only
(about 4 MB). Text breaking is not on the list: Qt segments text with its own Unicode tables.

The build checks Qt6Core's ICU imports first: a Qt that starts calling another ICU service stops the build here
instead of shipping a library that lacks its data.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

# What Qt6Core may import from ICU for this data to be enough (checked against `nm -D` of the real Qt6Core).
QT_ICU_SERVICES = ("ucol_", "ucal_", "ucnv_", "UCNV_", "u_strToUpper", "u_strToLower")
KEEP_LANGUAGES = frozenset({"root", "ko", "en"})
# Trees whose services Qt never calls: break iteration (with its 3 MB of dictionaries), currencies, units,
# number spell-out and transliteration.
DROP_TREES = frozenset({"brkitr", "curr", "unit", "rbnf", "translit"})
# Language display names (uloc_getDisplayLanguage): time-zone names use the region tree, which stays.
DROP_TREES |= {"lang"}
# QStringDecoder/QXmlStreamReader codecs worth keeping: EUC-KR, CP949/UHC, ISO-2022-KR's tables and windows-1252.
KEEP_CONVERTERS = ("ibm-970_", "ibm-971_", "windows-949-", "ibm-949_", "ibm-1363_", "ibm-5348_", "ibm-1252_")
# Unicode character names (u_charName), the spoof checker's confusables (uspoof), IDNA's UTS #46 mapping (uidna;
# Qt has its own) and the NFKC normalizers (Qt normalizes with its own tables, collation uses the built-in NFC)
# serve no Qt call.
DROP_ITEMS = frozenset({"unames.icu", "confusables.cfu", "uts46.nrm", "nfkc.nrm", "nfkc_cf.nrm"})
# A locale bundle's name: language, then optional script/region/variant parts ("ko", "en_US_POSIX", "de_").
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")
_NOT_LOCALES = frozenset({"root", "pool", "res_index"})
TOOLS = ("icupkg", "as", "ld", "objcopy", "nm")


class IcuFilterError(RuntimeError):
    """The data library cannot be filtered (a tool is missing, or Qt needs an ICU service the filter drops)."""


def items_to_remove(items: Iterable[str]) -> list[str]:
    """The package items (as `icupkg -l` names them, e.g. "coll/fr.res") the bundle does without."""
    removed = []
    for item in items:
        tree, _, name = item.rpartition("/")
        base, _, ext = name.rpartition(".")
        if tree in DROP_TREES or name in DROP_ITEMS:
            removed.append(item)
        elif ext == "cnv" and not name.startswith(KEEP_CONVERTERS):
            removed.append(item)
        elif (ext == "res" and base not in _NOT_LOCALES and _LOCALE.fullmatch(base)
              and base.split("_")[0] not in KEEP_LANGUAGES):
            removed.append(item)
    return removed


def unsupported_icu_imports(undefined_symbols: Iterable[str], version: str) -> list[str]:
    """ICU functions Qt imports that the filtered data was not chosen for (empty when the filter is safe)."""
    suffix = f"_{version}"
    icu = [s.split("@")[0] for s in undefined_symbols if s.split("@")[0].endswith(suffix)]
    return sorted(s for s in icu if not s.startswith(QT_ICU_SERVICES))


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def check_qt_core(qt_core: Path, version: str) -> None:
    symbols = [line.split()[-1] for line in _run("nm", "-D", "--undefined-only", str(qt_core)).splitlines()
               if line.strip()]
    extra = unsupported_icu_imports(symbols, version)
    if extra:
        raise IcuFilterError(f"{qt_core.name} calls ICU functions the trimmed ICU data was not chosen for: "
                             f"{', '.join(extra)} — revisit packaging/icu_data.py")


def filtered_library(library: Path, qt_core: Path, workdir: Path) -> Path:
    """Build <workdir>/libicudata.so.NN holding only the data caseapp's Qt uses; returns its path."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise IcuFilterError(f"trimming Qt's ICU data needs {', '.join(missing)} "
                             "(Debian: apt-get install icu-devtools binutils)")
    match = re.fullmatch(r"libicudata\.so\.(\d+)", library.name)
    if not match:
        raise IcuFilterError(f"not an ICU data library: {library}")
    version = match.group(1)
    check_qt_core(qt_core, version)
    package = f"icudt{version}l"  # the item prefix inside the data; icupkg names it after the output file
    workdir.mkdir(parents=True, exist_ok=True)
    full, trimmed = workdir / "full" / f"{package}.dat", workdir / "trimmed" / f"{package}.dat"
    for folder in (full.parent, trimmed.parent):
        folder.mkdir(exist_ok=True)
    trimmed.unlink(missing_ok=True)
    _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(full))
    if full.read_bytes()[2:4] != b"\xda\x27":  # ICU's data header magic
        raise IcuFilterError(f"{library.name}: .rodata does not start with ICU data")
    removed = items_to_remove(_run("icupkg", "-l", str(full)).split())
    remove_list = workdir / "removed-items.txt"
    remove_list.write_text("\n".join(removed) + "\n", encoding="utf-8")
    _run("icupkg", "-r", str(remove_list), str(full), str(trimmed))
    source = workdir / "icudata.S"
    source.write_text(
        '\t.section .rodata,"a"\n'
        f"\t.globl icudt{version}_dat\n\t.type icudt{version}_dat, @object\n\t.balign 16\n"
        f'icudt{version}_dat:\n\t.incbin "{trimmed}"\n\t.size icudt{version}_dat, . - icudt{version}_dat\n'
        '\t.section .note.GNU-stack,"",@progbits\n', encoding="utf-8")
    out = workdir / library.name
    _run("as", "-o", str(workdir / "icudata.o"), str(source))
    _run("ld", "-shared", "-soname", library.name, "-o", str(out), str(workdir / "icudata.o"))
    return out
