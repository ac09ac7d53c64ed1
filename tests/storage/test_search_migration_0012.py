"""Migrations 0012 and 0018 rebuild the search index in new layouts (narrower rank rowids, the case-list filter in
chunks): on a demo file written by the caseapp before them, every kind of query answers as that caseapp did — the
same records in the same order with the same snippets, the same cases for the case-list filter and the same reasons.
Only records that tie (the same date, written in the same second) may change places among themselves: the hash of
the id that ordered them is gone from the rowid since 0018, and they now rank in the order they were written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typing import Any

from caseapp.services import search
from caseapp.services.vault import Vault
from caseapp.storage import migrate
from caseapp.storage.compact_values import uuid_stored

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0011-search"
PASSPHRASE = "fixture passphrase 0011"


def test_every_query_answers_as_before_the_migration(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(FIXTURE / name, data_dir / name)
    answers = json.loads((FIXTURE / "search-answers.json").read_text(encoding="utf-8"))
    vault = Vault.open(PASSPHRASE)
    try:
        with vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            # the old index's pages went back to the disk (VACUUM after the migration); later migrations in the
            # chain add rows of their own (0013's change log), so the file's size alone says nothing
            assert conn.exec_driver_sql("PRAGMA freelist_count").scalar() == 0
        # 2-character bigrams, longer words, one character, 초성, names, case numbers, phone digits, several words
        assert len(answers) > 15 and sum(1 for a in answers if a["cases"]) >= 15
        for before in answers:
            query = before["query"]
            hits = [h.to_json() for h in search.search(vault, query, limit=200)]
            assert in_tie_groups(vault, hits) == in_tie_groups(vault, before["hits"]), query
            found = search.search_cases(vault, query, limit=500)
            assert found == before["cases"], query
            reasons = {k: v.text() for k, v in search.explain_case_matches(vault, query, found).items()}
            assert reasons == before["reasons"], query
    finally:
        vault.close()


def in_tie_groups(vault: Vault, hits: list[dict[str, Any]]) -> list[tuple[Any, list[str]]]:
    """The hits as consecutive groups of records that tie in the ranking (rank group and date: the rowid above the
    time of day; and the second the record was written), each group's hits sorted."""
    groups: list[tuple[Any, list[str]]] = []
    with vault.engine.connect() as conn:
        for hit in hits:
            rowid = conn.exec_driver_sql("SELECT rowid FROM searchdoc WHERE entity_id = ?",  # 16 bytes (0027)
                                         (uuid_stored(hit["entity_id"]),)).scalar()
            written = conn.exec_driver_sql(f'SELECT created_at FROM "{hit["entity_type"]}" WHERE id = ?',
                                           (hit["entity_id"],)).scalar()
            key = (rowid >> search.DAY_SHIFT, str(written)[:19])
            if not groups or groups[-1][0] != key:
                groups.append((key, []))
            groups[-1][1].append(json.dumps(hit, ensure_ascii=False, sort_keys=True))
    return [(key, sorted(members)) for key, members in groups]
