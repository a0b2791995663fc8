"""The bulk upsert's own processors write exactly what SQLAlchemy's column types would, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from harvest_v2.sync._resources import sync_resources
from harvest_v2.sync._tables import JsonText, build_metadata, write_processor
from sqlalchemy.dialects import postgresql, sqlite

SAMPLES: dict[type, list[Any]] = {
    sa.BigInteger: [0, 7, 2**40],
    sa.Boolean: [True, False],
    sa.Date: [date(2026, 1, 2), date(1999, 12, 31)],
    sa.Text: ["", "Ünïcode \u202e text"],
}
INSTANTS = [
    datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=timezone(timedelta(hours=-5))),
]
DECIMALS = [Decimal("0"), Decimal("12.50"), Decimal("12345678901234567.891"), Decimal("-0.001")]


def _postgresql() -> Any:
    dialect: Any = postgresql.psycopg.dialect
    return dialect()


def _sqlalchemy_processor(column_type: sa.types.TypeEngine[Any], dialect: Any) -> Any:
    processor = column_type.dialect_impl(dialect).bind_processor(dialect)  # what SQLAlchemy binds with
    return (lambda value: value) if processor is None else processor


@pytest.mark.parametrize("dialect", [sqlite.dialect(), _postgresql()], ids=["sqlite", "postgresql"])
def test_write_processors_match_the_column_types(dialect: Any) -> None:
    metadata = build_metadata(sync_resources())
    checked = 0
    for column in metadata.tables["time_entries"].columns:
        ours = write_processor(column.type, dialect)
        if isinstance(column.type.dialect_impl(dialect), sa.JSON):
            continue  # JSON text is written by json_bind_processor, as before
        theirs = _sqlalchemy_processor(column.type, dialect)
        kind = type(column.type).__name__
        samples = (
            INSTANTS
            if kind == "UtcDateTime"
            else DECIMALS
            if kind == "ExactDecimal"
            else next(values for cls, values in SAMPLES.items() if isinstance(column.type, cls))
        )
        for value in samples:
            written = value if ours is None else ours(value)
            assert written == theirs(value), (column.name, value)
            assert type(written) is type(theirs(value)) or isinstance(value, bool), (column.name, value)
            checked += 1
        if ours is not None:
            assert ours(None) is None
    assert checked > 40


def test_a_naive_instant_is_refused_on_both_paths() -> None:
    metadata = build_metadata(sync_resources())
    column = metadata.tables["time_entries"].c.updated_at
    for dialect in (sqlite.dialect(), _postgresql()):
        processor = write_processor(column.type, dialect)
        assert processor is not None
        with pytest.raises(ValueError, match="naive"):
            processor(datetime(2026, 1, 2))


def test_json_text_passes_as_written() -> None:
    metadata = build_metadata(sync_resources())
    column = metadata.tables["time_entries"].c.project
    processor = write_processor(column.type, sqlite.dialect())
    assert processor is not None
    assert processor(JsonText('{"id":1,"rate":12.50}')) == '{"id":1,"rate":12.50}'
