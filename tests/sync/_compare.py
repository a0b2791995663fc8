"""What the sync tests compare: every table of a copy against a full listing through the client, row for row."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

import sqlalchemy as sa
from harvest_v2 import Harvest
from harvest_v2.sync import resource_names
from harvest_v2.sync._database import database_url, open_engine
from harvest_v2.sync._resources import sync_resources
from harvest_v2.sync._tables import build_metadata


def canonical(value: Any) -> Any:
    """One spelling per value: numbers as Decimal, dates and instants as ISO text in UTC."""
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    if isinstance(value, bool) or value is None or (isinstance(value, str) and not _looks_like_instant(value)):
        return value
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, datetime):
        return value.astimezone().isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return datetime.fromisoformat(value).astimezone().isoformat()
    raise TypeError(f"unexpected {type(value).__name__} {value!r}")


def _looks_like_instant(text: str) -> bool:
    return len(text) >= 20 and text[4] == "-" and text[10] == "T" and text.endswith("Z")


def listing(hv: Harvest, name: str) -> dict[int, dict[str, Any]]:
    resource = sync_resources()[name]
    method = getattr(getattr(hv, resource.operation.tag), resource.operation.method_name)
    return {record.id: canonical(record.to_dict()) for record in method()}


@cache
def _metadata() -> sa.MetaData:
    return build_metadata(sync_resources())


def copy_rows(url: str, name: str) -> dict[int, dict[str, Any]]:
    engine = open_engine(database_url(url))
    table = _metadata().tables[name]
    try:
        with engine.connect() as conn:
            rows = [dict(row._mapping) for row in conn.execute(sa.select(table))]
    finally:
        engine.dispose()
    return {row["id"]: canonical(row) for row in rows}


def assert_copy_equals_account(hv: Harvest, url: str, names: list[str] | None = None) -> None:
    """Every table (or those named) holds exactly the records a full listing gives, attribute for attribute."""
    for name in names or resource_names():
        expected = listing(hv, name)
        rows = copy_rows(url, name)
        assert sorted(rows) == sorted(expected), name
        for record_id, record in expected.items():
            row = rows[record_id]
            assert row.pop("deleted_at") is None
            assert row == {key: record.get(key) for key in row}, (name, record_id)
