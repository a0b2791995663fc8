"""Writers for records: json, jsonl, csv and table, each streaming one record at a time.

Records arrive as the JSON objects the models give back (``model.to_dict()``):
dates are already ISO text and Decimal stays Decimal, written as an exact
JSON number (msgspec) or its exact digits (csv, table), never through float.
"""

from __future__ import annotations

import csv
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import IO, Any

import msgspec

from .._core._serde import form_value
from ._convert import is_model, model_fields, type_hints

__all__ = ["FORMATS", "cell_text", "columns_for", "flatten", "write"]

FORMATS = ("json", "jsonl", "csv", "table")

_ENCODER = msgspec.json.Encoder(decimal_format="number")
_TABLE_CHUNK = 500
"""Rows per table printed while a list streams: a table needs its rows to size columns, but memory stays bounded."""


def _encode(value: Any) -> bytes:
    return _ENCODER.encode(value)


def cell_text(value: Any) -> str:
    """A value as one csv/table cell: exact numbers, true/false, empty for null, JSON for lists and objects."""
    if value is None or isinstance(value, bool):
        return form_value(value)  # as a form field carries it: one rule for JSON's scalars as text
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list | dict):
        return _encode(value).decode()
    return str(value)


def _lookup(record: Mapping[str, Any], column: str) -> Any:
    return _lookup_path(record, column.split("."))


def _lookup_path(record: Mapping[str, Any], path: Sequence[str]) -> Any:
    value: Any = record
    for part in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted keys (project.name); lists stay whole."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, Mapping) and value:
            out.update(flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _model_of(annotation: Any) -> type | None:
    for member in typing.get_args(annotation) or (annotation,):
        if is_model(member):
            return member  # type: ignore[no-any-return]
    return None


def _json_key(name: str) -> str:
    # Generated attributes append _ to names Python reserves (next -> next_); JSON has the plain name.
    return name[:-1] if name.endswith("_") else name


def columns_for(model: type, *, brief: bool = False, prefix: str = "", depth: int = 0) -> list[str]:
    """Columns for a model's records, from its type rather than from one record.

    A column set read off the first record would lose ``invoice.id`` whenever
    that record's invoice is null. With brief=True (tables) a nested object
    contributes only its name (or id), and lists are left out.
    """
    columns: list[str] = []
    hints = type_hints(model)
    for name in model_fields(model):
        key = prefix + _json_key(name)
        annotation = hints[name]
        nested = _model_of(annotation)
        is_list = any(typing.get_origin(m) is list for m in (typing.get_args(annotation) or (annotation,)))
        if is_list:
            if not brief:
                columns.append(key)
        elif nested is not None and depth < 4:
            if brief:
                inner = model_fields(nested)
                columns.append(f"{key}.name" if "name" in inner else f"{key}.id" if "id" in inner else key)
            else:
                columns += columns_for(nested, prefix=f"{key}.", depth=depth + 1)
        else:
            columns.append(key)
    return columns


def _json_list(records: Iterable[Mapping[str, Any]], out: IO[str]) -> None:
    # A JSON array written element by element, so a long list never sits in memory.
    first = True
    for record in records:
        body = msgspec.json.format(_encode(record), indent=2).decode()
        out.write(("[\n  " if first else ",\n  ") + body.replace("\n", "\n  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def _table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], out: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*(cell_text(_lookup(row, c)) for c in columns))
    Console(file=out, soft_wrap=False).print(table)


def _chunks(records: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    chunk: list[Mapping[str, Any]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write(
    records: Iterable[Mapping[str, Any]],
    out: IO[str],
    *,
    fmt: str,
    many: bool,
    columns: Sequence[str] | None,
) -> None:
    """Write one record (many=False) or a stream of them in a format.

    columns applies to csv and table; json and jsonl always carry whole records.
    """
    if fmt == "jsonl":
        for record in records:
            out.write(_encode(record).decode() + "\n")
    elif fmt == "json" and many:
        _json_list(records, out)
    elif fmt == "json":
        for record in records:
            out.write(msgspec.json.format(_encode(record), indent=2).decode() + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        header_written = False
        paths: list[list[str]] = []
        for record in records:
            if not header_written:
                columns = list(columns) if columns else list(flatten(record))
                writer.writerow(columns)
                paths = [c.split(".") for c in columns]  # split once, not once per row
                header_written = True
            writer.writerow([cell_text(_lookup_path(record, path)) for path in paths])
        if not header_written and columns:
            writer.writerow(columns)
    elif fmt == "table" and many:
        for chunk in _chunks(records, _TABLE_CHUNK):
            _table(chunk, list(columns) if columns else list(flatten(chunk[0])), out)
    elif fmt == "table":
        for record in records:
            flat = flatten(record)
            wanted = list(columns) if columns else list(flat)
            _table([{"field": c, "value": cell_text(_lookup(record, c))} for c in wanted], ["field", "value"], out)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
