"""The ORM-free reader's column list (storage/plain_rows.py) is the models' own: every column, in the model's field
order, with the conversion the ORM applies on SQLite. A model changed without its entry fails here, naming the
line to paste."""

from __future__ import annotations

from typing import Any

import pytest
import sqlmodel

from caseapp.storage import models, plain_rows

KINDS = {"AutoString": "s", "UuidText": "k", "Integer": "i", "LargeBinary": "x", "Boolean": "b", "Date": "d",
         "UTCDateTime": "t", "JSON": "j"}
TABLE_MODELS = {m.__tablename__: m for m in vars(models).values()
                if isinstance(m, type) and issubclass(m, sqlmodel.SQLModel) and hasattr(m, "__table__")}


def model_spec(model: Any) -> str:
    columns = {c.name: c for c in model.__table__.columns}
    assert list(model.model_fields) == list(columns), "every field a column of the same name, in the same order"
    return " ".join(f"{name}:{KINDS[type(columns[name].type).__name__]}" for name in model.model_fields)


@pytest.mark.parametrize("table", sorted(plain_rows.COLUMNS))
def test_each_table_is_listed_as_its_model_defines_it(table: str) -> None:
    expected = model_spec(TABLE_MODELS[table])
    assert " ".join(plain_rows.COLUMNS[table].split()) == expected, f'paste into COLUMNS: "{table}": "{expected}"'
    assert not set(vars(plain_rows.PlainRow)) & set(TABLE_MODELS[table].model_fields)  # no column hides a method


def test_every_table_of_the_snapshot_is_listed() -> None:
    from caseapp.services import cases
    assert {m.__tablename__ for m in cases.SNAPSHOT_MODELS.values()} <= set(plain_rows.COLUMNS)


def test_a_plain_row_dumps_and_copies_as_a_model_does() -> None:
    row = plain_rows.row_class("correctionrequest")()
    row.__dict__.update(dict.fromkeys(row.plain_fields, ""))
    row.__dict__["request"] = "주소 정정"
    copy = row.model_copy(update={"request": "삭제"})
    assert list(row.model_dump()) == list(models.CorrectionRequest.model_fields)
    assert (row.request, copy.request, copy.outcome) == ("주소 정정", "삭제", "")
