"""``--json`` output: the same text the standard library's indenting encoder writes, from the fast encoder."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from caseapp.cli_common import json_text, print_json


@dataclass
class _Row:
    name: str


def _stdlib(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, default=str)


def test_json_text_matches_the_standard_library_layout() -> None:
    data = {"cases": [{"case_number": "2026-0001", "client": "김민수 \"큰따옴표\" \\ /", "overdue": True,
                       "closed_on": None, "days_in_stage": 12, "ratio": 0.25, "tags": [], "extra": {},
                       "nested": {"a": [1, [2, {}]]}, "opened_on": date(2026, 3, 2),
                       "at": datetime(2026, 3, 2, 9, 30, 1), "id": uuid.UUID(int=7), "row": _Row("이름")}],
            "note": "줄\n바꿈\t탭 \x1b 제어"}
    assert json_text(data) == _stdlib(data)
    assert json.loads(json_text(data))["cases"][0]["client"] == "김민수 \"큰따옴표\" \\ /"


def test_what_the_fast_encoder_refuses_is_still_written() -> None:
    data = {1: "정수 키", "big": 2 ** 70}  # orjson takes neither; the standard library does
    assert json_text(data) == _stdlib(data)


def test_print_json_escapes_what_a_terminal_would_obey(capsys) -> None:  # type: ignore[no-untyped-def]
    print_json([{"client": "김\x1b]0;title\x07\u202e"}])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert json.loads(out) == [{"client": "김\x1b]0;title\x07\u202e"}]
