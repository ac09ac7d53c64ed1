"""Migration 0023 packs each search document's title, text and 초성 into one compressed value: a file with rows at
0022 comes through with every document, hit, snippet, rank order, case-list filter result and match reason as
before; the downgrade gives the three columns back exactly; the packed format reads back what was written."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from sqlmodel import select

from caseapp.i18n_text import set_language
from caseapp.services import cases, demo_data, entries, search
from caseapp.storage import case_keys, migrate, packed_text
from caseapp.storage.models import SearchDoc

from migration_helpers import downgrade_to, sql  # type: ignore[import-not-found]

QUERIES = ("주거", "우울", "김", "ㄱㅁ", "김민", "병원 동행", "5678", "정신건강복지센터", "주거 우울", "2026",
           "상담", "가", "ㅅ", "콜론:", "emoji", "1234-5678", "기록 하나")
ODD_TEXTS = ("콜론: 12:34:56 그리고 세미콜론; 기록 하나", "emoji 😀 뒤에 글자 \u1100\u1175\u11b7 (NFD)",
             "긴 기록 " + "반복되는 문장입니다. " * 900)  # longer than the compressor's window


@pytest.fixture
def filled(vault: Any) -> Any:
    demo_data.generate(vault, 4, seed=3)
    case = cases.open_case(vault, {"name": "김민수", "phone": "010-1234-5678"}, {"presenting_request": "주거 불안"})
    for text in ODD_TEXTS:
        entries.add_service_entry(vault, case.id, "information", text)
    return vault


def _docs_at_0022(vault: Any) -> list[tuple[Any, ...]]:
    return sql(vault.engine, "SELECT rowid, entity_type, entity_id, case_id, title, body, chosung, chunk FROM searchdoc "
                       "ORDER BY rowid")


def _docs(vault: Any) -> list[tuple[Any, ...]]:
    with vault.session() as s:
        return [(d.rowid, d.entity_type, d.entity_id, d.case_id, d.title, d.body, d.chosung, d.chunk)
                for d in s.exec(select(SearchDoc).order_by(SearchDoc.rowid))]  # type: ignore[arg-type]


def _results(vault: Any) -> list[Any]:
    out: list[Any] = []
    for lang in ("ko", "en"):  # English titles are described again from the record
        set_language(lang)
        for query in QUERIES:
            hits = search.search(vault, query)
            found = search.search_cases(vault, query)
            reasons = search.explain_case_matches(vault, query, found)
            out.append((query, lang, [h.to_json() for h in hits], found,
                        sorted((k, r.text(), r.marks) for k, r in reasons.items())))
    set_language("ko")
    return out


def test_a_0022_file_migrates_with_every_result_unchanged(filled: Any) -> None:
    docs, results = _docs(filled), _results(filled)
    assert len(docs) > 40 and sum(1 for r in results if r[2]) > 20  # a file with rows, and queries that hit
    assert any(ODD_TEXTS[2][:20] in d[5] for d in docs)

    downgrade_to(filled.engine, "0022")
    assert {"title", "body", "chosung"} <= {r[1] for r in sql(filled.engine, "PRAGMA table_info(searchdoc)")}
    assert _docs_at_0022(filled) == docs  # the downgrade gave every value back
    # and they are the rows 0022's own code writes from these records: rebuilt in the 0022 layout, the same
    with filled.engine.begin() as conn:
        search.rebuild_index(conn)
    assert _docs_at_0022(filled) == docs

    migrate.upgrade(filled.engine)
    assert "text" in {r[1] for r in sql(filled.engine, "PRAGMA table_info(searchdoc)")}
    assert not {"title", "body", "chosung"} & {r[1] for r in sql(filled.engine, "PRAGMA table_info(searchdoc)")}
    assert sql(filled.engine, "SELECT DISTINCT typeof(text), substr(text, 1, 1) FROM searchdoc") == [("blob", b"\x01")]
    assert sql(filled.engine, "PRAGMA freelist_count") == [(0,)]  # vacuumed after the rewrite
    assert {r[0] for r in sql(filled.engine, "SELECT name FROM sqlite_master WHERE tbl_name = 'searchdoc' "
                                       "AND type = 'index'")} == {"ix_searchdoc_entity_id", "ix_searchdoc_case_id_chunk"}
    assert _docs(filled) == docs
    assert _results(filled) == results

    # it goes on working: a new note is found by its words, packed like the others
    first_case = case_keys.key_text(sql(filled.engine, 'SELECT id FROM "case"')[0][0])
    note = entries.add_service_entry(filled, docs[0][3] or first_case,
                                     "information", "새로운 낱말 해바라기")
    assert [(h.entity_id, h.snippet) for h in search.search(filled, "해바라기")] == [(note.id, "새로운 낱말 해바라기")]


@pytest.mark.parametrize("parts", [("", "", ""), ("제목 12:3", "ㄱㅁ", "본문:\n둘째 줄"), ("t", "", "😀" * 5000),
                                   ("서비스 제공 기록 2026-03-02 · 위기개입", "ㄱㅁㅅ ㅂㅇㅎ", "3:4:가짜 머리")])
def test_packed_text_reads_back_exactly(parts: tuple[str, str, str]) -> None:
    packed = packed_text.pack(*parts)
    assert packed[0] == packed_text.VERSION and packed_text.unpack(packed) == parts


def test_the_dictionary_is_frozen_and_an_unknown_version_is_refused() -> None:
    """Every stored value depends on the dictionary's bytes: changing it needs a new version, not an edit."""
    assert hashlib.sha256(packed_text.DICTIONARY_V1).hexdigest() == (
        "b76900ea687f4d9be0b7ebb9da273e27f0c7855852c459cf83b340bba6ab2696")
    with pytest.raises(packed_text.PackedTextError):
        packed_text.unpack(b"\x02" + packed_text.pack("a", "", "b")[1:])
    with pytest.raises(packed_text.PackedTextError):
        packed_text.unpack(b"")
