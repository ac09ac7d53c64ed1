"""What the one-folder bundle leaves out, and the Linux pruning caseapp.spec runs on PyInstaller's lists.

Every cut here is measured (packaging/README.md has the table) and covered by tests/packaging/test_bundle.py,
which runs the built bundle: CLI, export + verify, the GUI on X11, and Qt's ICU use through the trimmed data.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

# Python modules nothing at run time imports (PyInstaller finds them through optional or build-time imports).
UNUSED_PYTHON = [
    # build tools: pkg_resources and distutils come in through setuptools, which cffi's build helper imports
    "setuptools", "pkg_resources", "distutils", "_distutils_hack",
    # Mako's syntax highlighting plugin (alembic renders no templates at run time) and pyparsing's diagrams
    "pygments", "jinja2",
    # interactive-only: the help() browser's topics and line editing
    "pydoc_data", "readline",
    # the standard library's SQLite: caseapp opens its files through sqlcipher3 only
    "sqlite3", "_sqlite3",
    # the debugger and test runners (reportlab imports doctest only under `if __name__ == "__main__"`)
    "pdb", "pydoc", "doctest", "unittest",
    # SQLAlchemy's dialects for servers caseapp never talks to (sqlite for the case file, postgresql for the hub;
    # alembic.ddl names the others only for type checkers)
    "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.oracle",
    # codecs for Japanese and Chinese legacy encodings (Korean ones, _codecs_kr and ISO-2022, stay)
    "_codecs_jp", "_codecs_cn", "_codecs_hk", "_codecs_tw",
    # Pillow's optional codecs and helpers: ReportLab and demo-data only read and write PNG/JPEG with the core
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL._imagingcms", "PIL._imagingtk", "PIL.ImageTk",
    "PIL._imagingft",
    # lxml's objectify/HTML/SAX/builder layers: pikepdf, openpyxl and python-hwpx use lxml.etree
    "lxml.objectify", "lxml.html", "lxml.sax", "lxml.builder", "lxml.isoschematron", "lxml.doctestcompare",
    "lxml.usedoctest", "lxml.cssselect",
    # cffi's C parser: compiled cffi modules need only _cffi_backend, and oscrypto (pyHanko's trust-list helper)
    # falls back to ctypes without it. (Its parser reads grammar from docstrings, which the bundle's -OO drops.)
    "cffi", "pycparser",
    # C speed-ups of pyHanko's HTTP stack (time-stamp/OCSP clients caseapp, offline, never runs): each package
    # falls back to its pure-Python code when they are missing; multidict's test helper
    "aiohttp._http_parser", "aiohttp._http_writer", "aiohttp._websocket.reader_c", "aiohttp._websocket.mask",
    "yarl._quoting_c", "frozenlist._frozenlist", "propcache._helpers_c", "multidict._testcapi",
    # decimal's pure-Python twin (the C _decimal ships), pydantic's mypy plugin and its v1 API (imported only to
    # warn about a v1 model mixed into v2 code; SQLModel runs on v2)
    "_pydecimal", "pydantic.mypy", "pydantic.v1",
    # encoding detection for ReportLab's XMP-from-a-file (caseapp's PDF/A metadata is written through pikepdf)
    "charset_normalizer",
    # python-hwpx's HWP5 writer, page layout, form fitting, table patching and equations: caseapp's two .hwpx
    # documents (report, referral letter) build from the skeleton without them (their tests pass with them blocked;
    # tests/packaging/test_bundle.py writes the report from the bundle)
    "hwpx.hwp5", "hwpx.layout", "hwpx.form_fit", "hwpx.table_patch", "hwpx.equation",
]

# Qt plugins on Linux: a plugin folder not named here ships whole; a folder named here keeps only the file-name
# prefixes listed (an empty tuple drops the folder).
QT_PLUGINS_KEPT = {
    # X11, Wayland and headless (tests); eglfs/linuxfb/vnc/minimal/vkkhrdisplay are for kiosks and embedded boards
    "platforms": ("libqxcb", "libqwayland", "libqoffscreen"),
    "egldeviceintegrations": (),  # eglfs backends
    "generic": (),  # evdev/tuio input drivers for eglfs/linuxfb
    "networkinformation": (),  # caseapp is offline; QNetworkInformation is never asked
    "tls": (),  # no TLS: the only sockets are the local single-instance ones
    # the gtk3 theme needs the host's libgtk-3, which would then run against the older cairo/pango PyInstaller
    # copied in beside it; the xdg-desktop-portal theme (file dialogs through the portal) stays
    "platformthemes": ("libqxdgdesktopportal",),
    # PNG is built into QtGui; SVG/ICO/GIF/JPEG are what icon themes, the clipboard and drag-and-drop hand over
    "imageformats": ("libqsvg", "libqico", "libqgif", "libqjpeg"),
    # Wayland: desktop compositors (GNOME, KDE, sway…) speak xdg-shell; ivi (cars), fullscreen (kiosks), wl-shell
    # (retired) and qt-shell (Qt's own compositors) are for other kinds of screens. The *-server buffer
    # integrations serve compositors that share buffers with their clients; wayland-egl (GL) stays.
    "wayland-shell-integration": ("libxdg-shell",),
    "wayland-graphics-integration-client": ("libqt-plugin-wayland-egl",),
    # GLX/EGL for OpenGL windows on X11: caseapp's widgets paint with the raster engine and it has no OpenGL
    # widget (the xcb plugin runs without a GL integration and says so only in its debug log)
    "xcbglintegrations": (),
}

# Libraries every Linux desktop provides and that must come from the host: the AppImage project's "excludelist"
# (as linuxdeployqt ships it in excludelist.h), trimmed to what PyInstaller copies here. A bundled copy of
# these breaks against the host's graphics drivers (libstdc++, libgcc_s), font configuration (fontconfig,
# freetype, harfbuzz) or PKCS#11 modules (p11-kit). glibc itself is never bundled, and the bundle already needs
# a glibc at least as new as the build machine's, which these libraries' host versions match.
HOST_LIBRARIES = frozenset({
    "libcom_err.so.2", "libexpat.so.1", "libfontconfig.so.1", "libfreetype.so.6", "libfribidi.so.0",
    "libgcc_s.so.1", "libgdk_pixbuf-2.0.so.0", "libgio-2.0.so.0", "libglib-2.0.so.0", "libgmp.so.10",
    "libgobject-2.0.so.0", "libgpg-error.so.0", "libharfbuzz.so.0", "libp11-kit.so.0", "libpango-1.0.so.0",
    "libpangocairo-1.0.so.0", "libpangoft2-1.0.so.0", "libstdc++.so.6", "libthai.so.0", "libusb-1.0.so.0",
    "libuuid.so.1", "libX11.so.6", "libxcb.so.1", "libz.so.1",
    # The CUPS client: printing goes through the host's CUPS, which installs libcups2 (and its TLS stack, 6 MB
    # bundled). Without it Qt's CUPS plugin does not load and the print dialog offers PDF output only.
    "libcups.so.2",
    # The D-Bus client library (ABI-stable since 2006; every desktop session runs D-Bus, and Qt reaches the portal,
    # ibus and the screen saver through it). Debian's copy brings libsystemd and with it libgcrypt, lz4 and libcap.
    "libdbus-1.so.3",
})

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination name, source path, type code)


@dataclass
class TrimReport:
    removed: dict[str, list[Entry]] = field(default_factory=dict)  # reason -> entries left out
    replaced: list[tuple[Entry, Entry]] = field(default_factory=list)  # (original, trimmed)

    def add(self, reason: str, entry: Entry) -> None:
        self.removed.setdefault(reason, []).append(entry)

    def describe(self) -> str:
        """A few lines for the build log: what was left out, per reason, in MB."""
        def mb(entries: Iterable[Entry]) -> float:
            return sum(Path(src).stat().st_size for _dest, src, _kind in entries if Path(src).exists()) / 1e6
        lines = [f"  left out ({reason}): {len(entries)} files, {mb(entries):.1f} MB"
                 for reason, entries in self.removed.items()]
        lines += [f"  trimmed {old[0]}: {mb([old]):.1f} MB -> {mb([new]):.1f} MB" for old, new in self.replaced]
        return "\n".join(lines)


def _family(name: str) -> tuple[str, str] | None:
    """(library, major) of a shared library's file name, without the hash auditwheel adds to a wheel's private
    copy: libcrypto.so.3 and psycopg_binary.libs/libcrypto-3a0647ea.so.3 are both ("libcrypto", "3")."""
    match = _LIBRARY.fullmatch(name)
    return (match.group(1), match.group(2)) if match else None


_LIBRARY = re.compile(r"(lib[A-Za-z0-9_+.-]+?)(?:-[0-9a-f]{8})?\.so\.(\d+)(?:\.\d+)*")
# Symbols the linker defines in every shared object; nobody imports them from a library.
_LINKER_SYMBOLS = frozenset({"__bss_start", "_edata", "_end", "_init", "_fini"})


def _symbols(path: str, which: str) -> set[str]:
    out = subprocess.run(["nm", "-D", which, "--with-symbol-versions", path], capture_output=True, text=True).stdout
    names = {line.split()[-1].replace("@@", "@") for line in out.splitlines() if line.strip()}
    return {name for name in names if name.split("@")[0] not in _LINKER_SYMBOLS}


def defined_symbols(path: str) -> set[str]:
    """The dynamic symbols a shared object exports, as name@version."""
    return _symbols(path, "--defined-only")


def undefined_symbols(path: str) -> set[str]:
    """The dynamic symbols a binary imports, as name@version (or bare names)."""
    return _symbols(path, "--undefined-only")


def _plugin_dropped(dest: str) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts or "plugins" not in parts:
        return False
    at = parts.index("plugins")
    if len(parts) != at + 3:  # .../plugins/<folder>/<file>
        return False
    kept = QT_PLUGINS_KEPT.get(parts[at + 1])
    return kept is not None and not parts[-1].startswith(kept)


def needed_libraries(path: str) -> list[str]:
    """The DT_NEEDED sonames of an ELF file."""
    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True).stdout
    return [line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line]


def trim_linux(binaries: list[Entry], datas: list[Entry], icu_workdir: Path,
               needed: Callable[[str], list[str]] = needed_libraries,
               filter_icu: Callable[[Path, Path, Path], Path] | None = None,
               defined: Callable[[str], set[str]] = defined_symbols,
               undefined: Callable[[str], set[str]] = undefined_symbols,
               ) -> tuple[list[Entry], list[Entry], TrimReport]:
    """Drop unused Qt plugins, host libraries and whatever only those needed; make a library that ships twice one
    file; swap in the trimmed ICU data."""
    report = TrimReport()
    dropped: set[str] = set()
    for entry in binaries:
        if _plugin_dropped(entry[0]):
            report.add("Qt plugin not used", entry)
            dropped.add(entry[0])
        elif PurePosixPath(entry[0]).name in HOST_LIBRARIES:
            report.add("host library", entry)
            dropped.add(entry[0])
    orphans = set(_orphans(binaries, dropped, needed))
    for entry in binaries:
        if entry[0] in orphans:
            report.add("needed only by what was left out", entry)
    dropped |= orphans
    kept = [entry for entry in binaries if entry[0] not in dropped]
    kept = share_duplicates(kept, report, needed, defined, undefined)
    if filter_icu is not None:
        kept = _swap_icu(kept, icu_workdir, filter_icu, report)
    datas = [entry for entry in datas
             if not (entry[2] == "SYMLINK" and (entry[1] in dropped or entry[0] in dropped
                                                 or PurePosixPath(entry[0]).name in _names(dropped)))]
    return kept, datas, report


def _names(dests: Iterable[str]) -> set[str]:
    return {PurePosixPath(d).name for d in dests}


def _orphans(binaries: list[Entry], dropped: set[str], needed: Callable[[str], list[str]]) -> list[str]:
    """Libraries reachable from dropped binaries and from nothing that stays."""
    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    cache: dict[str, list[str]] = {}

    def deps(entry: Entry) -> list[Entry]:
        if entry[1] not in cache:
            cache[entry[1]] = needed(entry[1])
        return [dep for name in cache[entry[1]] for dep in by_name.get(name, [])]

    def closure(start: Iterable[Entry], skip: set[str]) -> set[str]:
        seen: set[str] = set()
        stack = list(start)
        while stack:
            entry = stack.pop()
            for dep in deps(entry):
                if dep[0] not in seen and dep[0] not in skip:
                    seen.add(dep[0])
                    stack.append(dep)
        return seen

    candidates = closure((e for e in binaries if e[0] in dropped), skip=dropped)
    roots = [e for e in binaries if e[0] not in dropped and e[0] not in candidates]
    # (not through what is left out: a host library brings its own dependencies from the host)
    reached = closure(roots, skip=dropped)
    return sorted(candidates - reached)


def share_duplicates(binaries: list[Entry], report: TrimReport, needed: Callable[[str], list[str]],
                     defined: Callable[[str], set[str]], undefined: Callable[[str], set[str]],
                     size: Callable[[str], int] | None = None) -> list[Entry]:
    """One copy of a library that arrives twice — the build host's libcrypto.so.3 for Python's ssl/hashlib beside
    psycopg_binary's libcrypto-3a0647ea.so.3 for libpq, Pillow's and pikepdf's libjpeg: a copy becomes a symbolic
    link to another only when every bundled binary that links it finds each symbol it takes from it (name and
    version) in the other. Of the copies that serve every user of the family, the one that exports the most stays
    (the newer release: a library built against an older one runs on a newer one, not the other way round), the
    smaller on a tie (Pillow's libXau is 2 MB of padding around 14 kB). A library nothing links (loaded by ctypes,
    symbol needs unknown) stays as it is."""
    size = size or _file_size
    families: dict[tuple[str, str], list[Entry]] = {}
    for entry in binaries:
        family = _family(PurePosixPath(entry[0]).name)
        if family is not None and entry[2] in ("BINARY", "EXTENSION"):
            families.setdefault(family, []).append(entry)
    linked_by: dict[str, list[Entry]] = {}
    for entry in binaries:
        if entry[2] in ("BINARY", "EXTENSION"):
            for name in needed(entry[1]):
                linked_by.setdefault(name, []).append(entry)
    links: dict[str, Entry] = {}
    for members in families.values():
        if len(members) < 2:
            continue
        exports = {entry[0]: defined(entry[1]) for entry in members}
        taken: dict[str, set[str]] = {}  # member -> what its users take from it (only members somebody links)
        for entry in members:
            users = linked_by.get(PurePosixPath(entry[0]).name, [])
            if users:
                taken[entry[0]] = set().union(*(undefined(user[1]) for user in users)) & exports[entry[0]]
        serves_all = [entry for entry in members
                      if all(needs <= exports[entry[0]] for dest, needs in taken.items() if dest != entry[0])]
        keeper = max(serves_all or members, key=lambda entry: (len(exports[entry[0]]), -size(entry[1]), entry[0]))
        for entry in members:
            if entry is not keeper and entry[0] in taken and taken[entry[0]] <= exports[keeper[0]]:
                target = os.path.relpath(keeper[0], os.path.dirname(entry[0]) or ".")
                links[entry[0]] = (entry[0], target, "SYMLINK")
                report.add("a second copy of a bundled library (now a link to the other)", entry)
    return [links.get(entry[0], entry) for entry in binaries]


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _swap_icu(binaries: list[Entry], workdir: Path, filter_icu: Callable[[Path, Path, Path], Path],
              report: TrimReport) -> list[Entry]:
    data = [e for e in binaries if PurePosixPath(e[0]).name.startswith("libicudata.so.")]
    core = [e for e in binaries if PurePosixPath(e[0]).name == "libQt6Core.so.6"]
    if not data or not core:
        return binaries
    dest, src, kind = data[0]
    trimmed = filter_icu(Path(src), Path(core[0][1]), workdir)
    report.replaced.append((data[0], (dest, str(trimmed), kind)))
    return [(dest, str(trimmed), kind) if e[0] == dest else e for e in binaries]
