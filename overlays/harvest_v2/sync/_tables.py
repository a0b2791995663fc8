"""The database side of a copy: column types that keep values exact, the tables, and their creation.

Money stays Decimal: NUMERIC on PostgreSQL, the exact decimal text on SQLite (whose
NUMERIC would round through a float). Date-times are instants in UTC on every
database. Nested objects and arrays are JSON (JSONB on PostgreSQL), written with
Decimal numbers as the exact JSON numbers Harvest sent. Tables and columns are
created from the spec and never dropped: a spec that gains an attribute gains a
column, and one that loses an attribute leaves its column (and history) alone.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import msgspec
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect

from ._resources import Field, FieldKind, SyncResource

__all__ = [
    "DELETED_AT",
    "KEPT_AS_RECEIVED",
    "NATIVE_TYPES",
    "STATE_TABLE",
    "Drifted",
    "ExactDecimal",
    "JsonText",
    "UtcDateTime",
    "build_metadata",
    "ensure_tables",
    "json_bind_processor",
    "json_dumps",
    "json_loads",
    "to_column",
    "write_processor",
]

DELETED_AT = "deleted_at"
"""The column a deletion sets when deletions are marked rather than removed."""
KEPT_AS_RECEIVED = "additional_properties"
"""The JSON column holding, as Harvest sent them, a record's attributes the spec lacks and the values
its columns could not take as they came (the model's additional_properties); NULL when there are none."""
STATE_TABLE = "harvest_sync_state"

_encoder = msgspec.json.Encoder(decimal_format="number")


class JsonText(str):
    """JSON already written (a nested object or array of a record), stored as it is."""

    __slots__ = ()


class Drifted:
    """A declared attribute the model could not hold (UNSET), with the value Harvest sent for it.

    Its column takes the value when it converts to the column's kind without loss (to_column),
    else NULL; the value itself is kept in the KEPT_AS_RECEIVED column either way.
    """

    __slots__ = ("received",)

    def __init__(self, received: Any) -> None:
        self.received = received

    def __repr__(self) -> str:
        return f"Drifted({self.received!r})"


def json_dumps(value: Any) -> str:
    """JSON text with Decimal written as the exact number (the engine's JSON serializer)."""
    return _encoder.encode(value).decode()


def json_loads(text: str | bytes) -> Any:
    """JSON with every fraction as Decimal (the engine's JSON deserializer)."""
    return json.loads(text, parse_float=Decimal)


class ExactDecimal(sa.types.TypeDecorator[Decimal]):
    """NUMERIC where the database keeps decimals exactly; the decimal's text on SQLite."""

    impl = sa.Numeric
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.Text())
        return dialect.type_descriptor(sa.Numeric(asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value)) if not isinstance(value, Decimal) else value


class UtcDateTime(sa.types.TypeDecorator[datetime]):
    """An instant, stored in UTC (timestamptz on PostgreSQL), always read back aware."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive date-time {value.isoformat()}: an instant needs its time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _type(kind: FieldKind) -> sa.types.TypeEngine[Any]:
    if kind == "integer":
        return sa.BigInteger()
    if kind == "decimal":
        return ExactDecimal()
    if kind == "boolean":
        return sa.Boolean()
    if kind == "date":
        return sa.Date()
    if kind == "datetime":
        return UtcDateTime()
    if kind == "text":
        return sa.Text()
    return sa.JSON().with_variant(JSONB(), "postgresql")


def build_metadata(resources: dict[str, SyncResource]) -> sa.MetaData:
    """A table per resource (id, an attribute per column, deleted_at) and the state table."""
    metadata = sa.MetaData()
    for resource in resources.values():
        columns = [sa.Column(field.name, _type(field.kind), nullable=True) for field in resource.fields]
        table = sa.Table(
            resource.name,
            metadata,
            sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=False),
            *columns,
            sa.Column(KEPT_AS_RECEIVED, _type("json"), nullable=True),
            sa.Column(DELETED_AT, UtcDateTime(), nullable=True),
        )
        if resource.date_field is not None:
            # Deletion checks count rows per date range.
            sa.Index(f"ix_{resource.name}_{resource.date_field}", table.c[resource.date_field])
    sa.Table(
        STATE_TABLE,
        metadata,
        sa.Column("resource", sa.Text(), primary_key=True),
        sa.Column("account_id", sa.Text(), nullable=False),
        sa.Column("checkpoint", UtcDateTime(), nullable=True, comment="updated_since of the next run, before overlap"),
        sa.Column("run_started", UtcDateTime(), nullable=True, comment="start of a run not yet finished"),
        sa.Column("run_since", UtcDateTime(), nullable=True, comment="updated_since of that run"),
        sa.Column("run_newest", UtcDateTime(), nullable=True, comment="newest updated_at that run has written"),
        sa.Column("last_full_check", UtcDateTime(), nullable=True),
        sa.Column("synced_at", UtcDateTime(), nullable=True),
    )
    return metadata


def ensure_tables(engine: sa.Engine, metadata: sa.MetaData) -> list[str]:
    """Create what is missing: tables, then columns the spec gained; returns the columns added."""
    added: list[str] = []
    with engine.begin() as conn:
        metadata.create_all(conn)
        inspector = sa.inspect(conn)
        preparer = conn.dialect.identifier_preparer
        for table in metadata.tables.values():
            present = {column["name"] for column in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name in present:
                    continue
                ddl = column.type.compile(dialect=conn.dialect)
                conn.execute(
                    sa.text(f"ALTER TABLE {preparer.quote(table.name)} ADD COLUMN {preparer.quote(column.name)} {ddl}")
                )
                added.append(f"{table.name}.{column.name}")
    return added


# What each kind of column takes as it is, and what it never takes (a bool is an int to Python).
_NATIVE: dict[FieldKind, type | tuple[type, ...]] = {
    "integer": int,
    "decimal": (Decimal, int),
    "boolean": bool,
    "date": date,
    "datetime": datetime,
    "text": str,
    "json": object,
}
_NOT: dict[FieldKind, type | tuple[type, ...]] = {
    "integer": bool,
    "decimal": bool,
    "boolean": (),
    "date": datetime,
    "datetime": (),
    "text": (),
    "json": (),
}


NATIVE_TYPES: dict[FieldKind, frozenset[type]] = {
    "integer": frozenset({int}),
    "decimal": frozenset({Decimal}),
    "boolean": frozenset({bool}),
    "date": frozenset({date}),
    "datetime": frozenset(),  # an instant must be checked for its zone
    "text": frozenset({str}),
    "json": frozenset({JsonText}),
}
"""The exact types a column of each kind takes without conversion (to_column decides the rest)."""


def json_bind_processor(dialect: Dialect) -> Callable[[Any], Any]:
    """How JsonText reaches the database: as text for SQLite, as jsonb of that text for psycopg."""
    if dialect.name == "postgresql":
        from psycopg.types.json import Jsonb

        def as_jsonb(value: Any) -> Any:
            return None if value is None else Jsonb(value, dumps=_written)

        return as_jsonb
    return _written_or_none


def write_processor(column_type: sa.types.TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """How a value of the column's kind reaches the driver on the hot path of a bulk upsert (None: as it is).

    The same values SQLAlchemy's own processors write (tests compare them), in one call per value
    instead of a chain of three: on a first sync that chain was most of the time a page took.
    """
    impl = column_type.dialect_impl(dialect)
    if isinstance(impl, sa.JSON):
        return json_bind_processor(dialect)
    sqlite = dialect.name == "sqlite"
    if isinstance(column_type, UtcDateTime):
        return _sqlite_instant if sqlite else _utc_instant
    if isinstance(column_type, ExactDecimal):
        return _decimal_text if sqlite else None
    if sqlite and isinstance(column_type, sa.Date):
        return _date_text
    if isinstance(column_type, (sa.Boolean, sa.Text, sa.BigInteger)):
        return None  # the driver takes bool, str and int as they are (SQLite stores True as 1)
    return impl.bind_processor(dialect)


def _utc_instant(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive date-time {value.isoformat()}: an instant needs its time zone")
    return value.astimezone(UTC)


def _sqlite_instant(value: datetime | None) -> str | None:
    # SQLAlchemy's SQLite DATETIME text: naive UTC, microseconds always written.
    moment = _utc_instant(value)
    return None if moment is None else moment.replace(tzinfo=None).isoformat(" ", "microseconds")


def _decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _date_text(value: date | None) -> str | None:
    if value is None:
        return None
    if type(value) is not date:
        raise TypeError(f"SQLite Date type only accepts Python date objects as input, got {value!r}")
    return value.isoformat()


def _written(value: Any) -> str:
    return value if isinstance(value, JsonText) else json_dumps(value)


def _written_or_none(value: Any) -> str | None:
    return None if value is None else _written(value)


class ValueMismatch(ValueError):
    """A value Harvest sent does not fit its column's kind (the spec says otherwise)."""


def to_column(field: Field, value: Any) -> Any:
    """The value of one attribute as its column holds it (the wire's text parsed, Decimal kept)."""
    if value is None:
        return None
    kind = field.kind
    if isinstance(value, _NATIVE[kind]) and not isinstance(value, _NOT[kind]):
        if kind == "decimal" and isinstance(value, int):
            return Decimal(value)
        if not (isinstance(value, datetime) and value.tzinfo is None):
            return value
    if kind == "json":
        return JsonText(json_dumps(value))
    try:
        if kind == "date" and isinstance(value, str):
            return date.fromisoformat(value)
        if kind == "datetime" and isinstance(value, str):
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                return moment
    except (TypeError, ValueError):
        pass
    raise ValueMismatch(f"{field.name} should be {kind}, Harvest sent {type(value).__name__} {str(value)[:40]!r}")
