"""Everything PySide6's Qt asks of ICU, printed as JSON: run once against the wheel's full ICU data and once with
the bundle's trimmed libicudata first on LD_LIBRARY_PATH (Qt6Core finds ICU through RUNPATH, which that
overrides); tests/packaging/test_bundle.py compares the two. "icudata" names the data library actually loaded.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import (QBuffer, QByteArray, QCollator, QLocale, QStringDecoder, QStringEncoder,
                            QTextBoundaryFinder, QTimeZone, QXmlStreamReader, Qt, qInstallMessageHandler)

WORDS = ["홍길동", "김철수", "가나다", "감나무", "강감찬", "Zebra", "apple", "Apple", "éclair", "item10", "item9",
         "李舜臣", "金九", "ㄱㄴ", "나비", "ＡＢＣ", "1번", "10번", "2번", "-비고", "비고", "까치", "ㄲ"]
CODECS = {"EUC-KR": "홍길동 사례".encode("euc-kr"), "CP949": "똠방각하".encode("cp949"),
          "windows-1252": "café €".encode("cp1252"), "ISO-2022-KR": "가나".encode("iso2022_kr")}


def collation(out: dict[str, object]) -> None:
    for name in ("ko_KR", "en_US", "C", "de_DE"):
        for numeric in (False, True):
            for case in (Qt.CaseSensitivity.CaseSensitive, Qt.CaseSensitivity.CaseInsensitive):
                collator = QCollator(QLocale(name))
                collator.setNumericMode(numeric)
                collator.setCaseSensitivity(case)
                out[f"sort {name} {numeric} {case.name}"] = sorted(WORDS, key=collator.sortKey)
                out[f"compare {name} {numeric} {case.name}"] = [
                    (collator.compare(a, b) > 0) - (collator.compare(a, b) < 0) for a, b in zip(WORDS, WORDS[1:])]
        collator = QCollator(QLocale(name))
        collator.setIgnorePunctuation(True)
        out[f"sort {name} ignoring punctuation"] = sorted(WORDS, key=collator.sortKey)


def zones_and_case(out: dict[str, object]) -> None:
    for name in ("ko_KR", "en_US"):
        locale = QLocale(name)
        out[f"upper {name}"] = [locale.toUpper(s) for s in ("straße", "ǆ", "i", "ﬁ", "홍abc")]
        out[f"lower {name}"] = [locale.toLower(s) for s in ("İSTANBUL", "ΣΑΣ", "ABC홍")]
        for zone in (b"Asia/Seoul", b"Europe/Berlin", b"America/New_York"):
            for kind in QTimeZone.TimeType:
                for form in QTimeZone.NameType:
                    out[f"zone {name} {zone.decode()} {kind.name} {form.name}"] = QTimeZone(zone).displayName(
                        kind, form, locale)
    out["zone count"] = len(QTimeZone.availableTimeZoneIds())


def codecs(out: dict[str, object]) -> None:
    for name, data in CODECS.items():
        out[f"codec {name}"] = [QStringDecoder(name).isValid(), QStringEncoder(name).isValid()]
        buffer = QBuffer()
        buffer.setData(QByteArray(f'<?xml version="1.0" encoding="{name}"?><a>'.encode() + data + b"</a>"))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        xml = QXmlStreamReader(buffer)
        text = []
        while not xml.atEnd():
            if xml.readNext() == QXmlStreamReader.TokenType.Characters:
                text.append(xml.text())
        out[f"xml {name}"] = ["".join(text), xml.hasError()]


def text_breaks(out: dict[str, object]) -> None:
    for kind, text in ((QTextBoundaryFinder.BoundaryType.Word, "사례관리 대상자 홍길동(男)의 상담 기록입니다. 李舜臣"),
                       (QTextBoundaryFinder.BoundaryType.Line, "사례관리대상자홍길동의상담기록입니다 다음 줄"),
                       (QTextBoundaryFinder.BoundaryType.Grapheme, "각ㄱㅏㄱ한글")):
        finder = QTextBoundaryFinder(kind, text)
        bounds = []
        while (at := finder.toNextBoundary()) != -1:
            bounds.append(at)
        out[f"breaks {kind.name}"] = bounds


def loaded_icu_data() -> str:
    with open("/proc/self/maps", encoding="utf-8") as maps:
        return next((line.split()[-1] for line in maps if "libicudata" in line), "")


def main() -> None:
    warnings: list[str] = []
    qInstallMessageHandler(lambda _mode, _context, message: warnings.append(message))
    out: dict[str, object] = {}
    collation(out)
    zones_and_case(out)
    codecs(out)
    text_breaks(out)
    out["warnings"] = warnings
    out["icudata"] = loaded_icu_data()
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
