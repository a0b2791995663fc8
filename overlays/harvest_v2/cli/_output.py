"""Writers for records: json, jsonl, csv and table, each streaming one record at a time.

Records arrive as the JSON objects the models give back (``model.to_dict()``):
dates are already ISO text and Decimal stays Decimal, written as an exact
JSON number (msgspec) or its exact digits (csv, table), never through float.

What Harvest's users typed is data in every format:

- json and jsonl escape control characters (``\\u001b``), C1 controls and the
  bidi overrides too (which JSON allows raw but some terminals obey), so the
  output is safe to show and decodes to exactly what was stored.
- csv follows RFC 4180 (CRLF line ends, so a field holding a lone CR or LF is
  quoted and a row stays a row) and neutralises formulas the way OWASP
  recommends: a text cell starting with ``= + - @``, their full-width forms,
  a tab, CR, LF or NUL gets a leading apostrophe, so a spreadsheet shows
  ``'=HYPERLINK(...)`` as text instead of evaluating it. Numbers are never
  touched (a negative amount stays a number). ``--csv-raw`` writes the text
  as stored, for programs that read the file.
- table cells are plain text (never rich markup), with control characters
  shown rather than sent to the terminal (`terminal_text`).
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any

import msgspec

from .._core._serde import form_value
from ._fields import FieldSelection, all_columns, default_columns
from ._safe_text import terminal_text

__all__ = ["FORMATS", "OutputOptions", "cell_text", "flatten", "print_table", "spreadsheet_safe", "write"]

FORMATS = ("json", "jsonl", "csv", "table")

_ENCODER = msgspec.json.Encoder(decimal_format="number")
_TABLE_CHUNK = 500
"""Rows per table printed while a list streams: a table needs its rows to size columns, but memory stays bounded."""

_FORMULA_START = frozenset("=+-@\t\r\n\0\uff1d\uff0b\uff0d\uff20")
"""What makes a spreadsheet read a cell as a formula (OWASP's list, with NUL and the full-width signs)."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?")


@dataclass(frozen=True)
class OutputOptions:
    """How records are written: the format, the fields, and the csv and table choices."""

    fmt: str
    model: type | None = None
    """The records' model type: where csv and table columns come from."""
    fields: FieldSelection | None = None
    """--fields (None: every field, or the table's readable default)."""
    csv_raw: bool = False
    """Text cells exactly as stored, formulas included (for programs, not spreadsheets)."""
    table_width: int = 80
    """The width a default table fits its columns in (the terminal's)."""
    notes: IO[str] | None = None
    """Where to say which columns a default table left out (stderr)."""


_RAW_IN_JSON = re.compile(rb"\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")
"""C1 controls (U+0080-U+009F) and bidi embeddings, overrides and isolates, as UTF-8 bytes."""


def _escape_raw(match: re.Match[bytes]) -> bytes:
    return b"\\u%04x" % ord(match.group().decode())


def _encode(value: Any) -> bytes:
    encoded = _ENCODER.encode(value)
    if b"\xc2" not in encoded and b"\xe2" not in encoded:  # a byte search is far cheaper than the regex
        return encoded
    # Inside JSON these characters can only be in strings, where an escape means the same.
    return _RAW_IN_JSON.sub(_escape_raw, encoded)


def cell_text(value: Any) -> str:
    """A value as one csv/table cell: exact numbers, true/false, empty for null, JSON for lists and objects."""
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, bool):
        return form_value(value)  # as a form field carries it: one rule for JSON's scalars as text
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list | dict):
        return _encode(value).decode()
    return str(value)


def spreadsheet_safe(value: Any) -> str:
    """A csv cell no spreadsheet evaluates: text that would start a formula gets a leading apostrophe."""
    if isinstance(value, str):
        return "'" + value if value[:1] in _FORMULA_START else value
    return cell_text(value)  # numbers, booleans, null, and lists as JSON (starting with [ or {)


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


def _json_array(records: Iterable[Mapping[str, Any]], out: IO[str]) -> None:
    # Element by element, so a long list never sits in memory; closed however the stream ends
    # (Ctrl-C, a failed page), so what was written is still one valid JSON document.
    out.write("[")
    first = True
    try:
        for record in records:
            body = msgspec.json.format(_encode(record), indent=2).decode()
            out.write(("\n  " if first else ",\n  ") + body.replace("\n", "\n  "))
            first = False
    finally:
        with contextlib.suppress(OSError, ValueError):  # the reader is gone: nothing left to keep valid
            out.write("]\n" if first else "\n]\n")


def _csv(records: Iterable[Mapping[str, Any]], out: IO[str], options: OutputOptions) -> None:
    writer = csv.writer(out, lineterminator="\r\n")
    cell = cell_text if options.csv_raw else spreadsheet_safe
    columns = _columns(options)
    paths = [column.split(".") for column in columns] if columns is not None else None
    if columns is not None:
        writer.writerow([cell(column) for column in columns])
    for record in records:
        if paths is None:  # no model to take columns from: the first record's (a header cell is Harvest's text too)
            columns = list(flatten(record))
            paths = [column.split(".") for column in columns]
            writer.writerow([cell(column) for column in columns])
        writer.writerow([cell(_lookup_path(record, path)) for path in paths])


def _columns(options: OutputOptions) -> list[str] | None:
    if options.fields is not None and options.model is not None:
        return options.fields.columns(options.model)
    if options.fields is not None and not options.fields.everything:
        return list(options.fields.paths)
    if options.model is not None:
        return all_columns(options.model)
    return None


def _is_short(values: list[Any]) -> bool:
    # Numbers and dates read wrong when wrapped (2026-07-|01): they keep their line, text wraps.
    return all(
        isinstance(v, int | Decimal | float) or (isinstance(v, str) and _DATE.fullmatch(v) is not None)
        for v in values
        if v is not None
    )


def print_table(rows: Sequence[Sequence[Any]], columns: Sequence[str], out: IO[str]) -> None:
    """Rows of values as a terminal table: every cell plain text (never markup), controls shown, text wrapped."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False)
    for position, column in enumerate(columns):
        values = [row[position] for row in rows]
        short = _is_short(values)
        numeric = short and any(isinstance(v, int | Decimal | float) and not isinstance(v, bool) for v in values)
        table.add_column(
            Text(terminal_text(column), style="bold"),
            no_wrap=short,
            overflow="ellipsis" if short else "fold",
            justify="right" if numeric else "left",
        )
    for row in rows:
        table.add_row(*(Text(terminal_text(cell_text(value))) for value in row))
    # markup, emoji codes and highlighting off: a cell is shown as typed, "[/bold] done" included.
    Console(file=out, soft_wrap=False, markup=False, emoji=False, highlight=False).print(table)


def _chunks(records: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    chunk: list[Mapping[str, Any]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _table_of_many(records: Iterable[Mapping[str, Any]], out: IO[str], options: OutputOptions) -> None:
    columns: list[str] | None = _columns(options) if options.fields is not None else None
    empty = True
    for chunk in _chunks(records, _TABLE_CHUNK):
        empty = False
        if columns is None:
            # The first chunk decides, so every chunk of one listing has the same columns.
            if options.model is not None:
                columns, available = default_columns(
                    options.model, chunk, options.table_width, lambda value: len(cell_text(value))
                )
                if available > len(columns) and options.notes is not None:
                    options.notes.write(
                        f"harvest-v2: showing {len(columns)} of {available} columns; "
                        "--fields picks others, --fields all shows every one\n"
                    )
            else:
                columns = list(flatten(chunk[0]))
        paths = [column.split(".") for column in columns]
        print_table([[_lookup_path(record, path) for path in paths] for record in chunk], columns, out)
    if empty and options.notes is not None:
        options.notes.write("harvest-v2: no records\n")  # a person reading a table would otherwise see nothing


def _table_of_one(record: Mapping[str, Any], out: IO[str], options: OutputOptions) -> None:
    columns = _columns(options) or list(flatten(record))
    rows = [[column, _lookup_path(record, column.split("."))] for column in columns]
    print_table(rows, ["field", "value"], out)


def write(records: Iterable[Mapping[str, Any]], out: IO[str], options: OutputOptions, *, many: bool) -> None:
    """Write one record (many=False) or a stream of them, as the options say."""
    fields = options.fields
    if fields is not None and not fields.everything and options.fmt in ("json", "jsonl"):
        records = (fields.project(record) for record in records)
    if options.fmt == "jsonl":
        for record in records:
            out.write(_encode(record).decode() + "\n")
    elif options.fmt == "json" and many:
        _json_array(records, out)
    elif options.fmt == "json":
        for record in records:
            out.write(msgspec.json.format(_encode(record), indent=2).decode() + "\n")
    elif options.fmt == "csv":
        _csv(records, out, options)
    elif options.fmt == "table" and many:
        _table_of_many(records, out, options)
    elif options.fmt == "table":
        for record in records:
            _table_of_one(record, out, options)
    else:
        raise ValueError(f"unknown format {options.fmt!r}; choose from {', '.join(FORMATS)}")
