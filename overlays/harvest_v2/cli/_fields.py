"""Which fields of a record the command writes: --fields, every field, or a readable default for tables.

Columns come from the record's model type, never from one record: a column
set read off the first record would lose ``invoice.id`` whenever that
record's invoice is null. A column is a dotted path into the JSON record
(``project.name``); lists stay whole (one cell).
"""

from __future__ import annotations

import datetime
import decimal
import difflib
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec

from ._convert import is_model, model_fields, type_hints

__all__ = ["ALL_FIELDS", "FieldSelection", "all_columns", "complete_fields", "default_columns", "select_fields"]

ALL_FIELDS = "all"
"""`--fields all`: every column (the table otherwise shows a readable few)."""

_MAX_DEPTH = 4
_LONG_TEXT = frozenset({"notes", "description", "body", "address"})
"""Free text people write paragraphs in: placed last in a default table, where wrapping costs least."""


def _json_key(name: str) -> str:
    # Generated attributes append _ to names Python reserves (next -> next_); JSON has the plain name.
    return name[:-1] if name.endswith("_") else name


def _members(annotation: Any) -> tuple[Any, ...]:
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    return typing.get_args(annotation) if union else (annotation,)


def _nested_model(annotation: Any) -> type | None:
    return next((member for member in _members(annotation) if is_model(member)), None)


def _is_list(annotation: Any) -> bool:
    return any(typing.get_origin(member) is list for member in _members(annotation))


def all_columns(model: type, prefix: str = "", depth: int = 0) -> list[str]:
    """Every column of a model's records, nested objects flattened (project.id, project.name)."""
    columns: list[str] = []
    hints = type_hints(model)
    for name in model_fields(model):
        key = prefix + _json_key(name)
        nested = _nested_model(hints[name])
        if nested is not None and not _is_list(hints[name]) and depth < _MAX_DEPTH:
            columns += all_columns(nested, f"{key}.", depth + 1)
        else:
            columns.append(key)
    return columns


def _headline(nested: type) -> str | None:
    """The attribute that names a nested record in a table: its name, else its number (an invoice)."""
    fields = model_fields(nested)
    return next((candidate for candidate in ("name", "number") if candidate in fields), None)


@dataclass(frozen=True)
class _Candidate:
    column: str
    optional: bool
    """The spec says the attribute may be absent (it depends on the token's permissions or the report)."""
    long_text: bool
    measure: bool = False
    """An id, a date or a number: what a row is about, kept before names and other text when space runs out."""


def _candidates(model: type) -> list[_Candidate]:
    hints = type_hints(model)
    found: list[_Candidate] = []
    for name in model_fields(model):
        key = _json_key(name)
        annotation = hints[name]
        members = set(_members(annotation))
        if _is_list(annotation):
            continue
        nested = _nested_model(annotation)
        if nested is not None:
            headline = _headline(nested)
            if headline is not None:
                found.append(_Candidate(f"{key}.{headline}", msgspec.UnsetType in members, False))
            continue
        if members & {bool, datetime.datetime}:
            continue
        measure = bool(members & {int, float, decimal.Decimal, datetime.date})
        found.append(_Candidate(key, msgspec.UnsetType in members, key in _LONG_TEXT, measure))
    return found


_CELL_PADDING = 3
"""A rich table cell's share of the line: a space either side and one border."""
_WRAPPED_TEXT = 24
"""The width a text column is budgeted at: wider text wraps onto more lines."""
_NOTES_WIDTH = 30


def default_columns(
    model: type, rows: Sequence[Mapping[str, Any]], width: int, cell_width: Callable[[Any], int]
) -> tuple[list[str], int]:
    """The columns a table shows without --fields within `width` characters, and how many it could have shown.

    From the model's type, in the spec's order: ids, dates, text, numbers and
    enums, and each referenced record by its name (``project.name``); left
    out are flags, timestamps (created_at...), lists and references with
    nothing to name them by, and columns no row of `rows` has a value in (a
    report's other groupings). Columns are taken while they fit (each as wide
    as its header and widest cell in `rows`, text budgeted at a wrapped
    width): ids, dates and numbers first, then names and other text, and
    attributes the spec marks as sometimes absent after all of those; shown
    in the spec's order, free text (notes) last, where wrapping costs least.
    """
    widths: dict[str, int] = {}
    for candidate in _candidates(model):
        cells = [cell_width(value) for row in rows if (value := _lookup(row, candidate.column)) not in (None, "")]
        if cells:
            cap = _NOTES_WIDTH if candidate.long_text else _WRAPPED_TEXT
            widths[candidate.column] = min(max(len(candidate.column), *cells), max(cap, len(candidate.column)))
    present = [c for c in _candidates(model) if c.column in widths]
    long_text = [c for c in present if c.long_text][:1]
    room = width - 1 - sum(widths[c.column] + _CELL_PADDING for c in long_text)
    kept: set[str] = set()
    for candidate in sorted((c for c in present if not c.long_text), key=lambda c: (c.optional, not c.measure)):
        needed = widths[candidate.column] + _CELL_PADDING
        if needed <= room or not kept:
            kept.add(candidate.column)
            room -= needed
    chosen = [c.column for c in present if c.column in kept] + [c.column for c in long_text]
    return chosen, len(present)


def _lookup(record: Mapping[str, Any], column: str) -> Any:
    value: Any = record
    for part in column.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


@dataclass(frozen=True)
class FieldSelection:
    """What --fields chose: dotted paths, each a column (csv, table) or a branch kept in shape (json, jsonl)."""

    paths: tuple[str, ...]
    everything: bool = False
    """`--fields all`: every field, whatever the format (a table's default is a readable few)."""

    def columns(self, model: type) -> list[str]:
        """The columns for csv and table: a path naming an object stands for each of its columns."""
        known = all_columns(model)
        if self.everything:
            return known
        out: list[str] = []
        for path in self.paths:
            out += [path] if path in known else [column for column in known if column.startswith(path + ".")]
        return out

    def project(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """The record cut down to the chosen paths, nested as it came: {"id": 1, "project": {"name": "X"}}."""
        if self.everything:
            return dict(record)
        out: dict[str, Any] = {}
        for path in self.paths:
            _copy_path(record, out, path.split("."))
        return out


def _copy_path(source: Mapping[str, Any], target: dict[str, Any], parts: Sequence[str]) -> None:
    head, rest = parts[0], parts[1:]
    if head not in source:
        return  # absent (UNSET) in this record: absent in the output too
    value = source[head]
    if not rest or not isinstance(value, Mapping):
        target[head] = value  # a null object stays null rather than becoming {}
        return
    branch = target.setdefault(head, {})
    if isinstance(branch, dict):
        _copy_path(value, branch, rest)


def select_fields(text: str | None, model: type) -> FieldSelection | None:
    """--fields as given (comma-separated dotted paths, or `all`); None without --fields.

    Raises ValueError naming each unknown field and listing the known ones.
    """
    if text is None:
        return None
    wanted = [part.strip() for part in text.split(",") if part.strip()]
    if not wanted:
        raise ValueError(f"no field named; give some of: {', '.join(all_columns(model))} (or {ALL_FIELDS})")
    if wanted == [ALL_FIELDS]:
        return FieldSelection((), everything=True)
    known = all_columns(model)
    unknown = [f for f in wanted if f not in known and not any(k.startswith(f + ".") for k in known)]
    if unknown:
        guesses = [guess for f in unknown for guess in difflib.get_close_matches(f, known, n=1)]
        hint = f"; did you mean {', '.join(guesses)}?" if guesses else ""
        raise ValueError(f"no field {', '.join(unknown)} in {model.__name__}{hint} (fields: {', '.join(known)})")
    return FieldSelection(tuple(dict.fromkeys(wanted)))


def complete_fields(incomplete: str, model: type) -> list[str]:
    """Shell completion of --fields: the known columns (and their objects) for the part after the last comma."""
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    columns = all_columns(model)
    objects = {column.rsplit(".", 1)[0] for column in columns if "." in column}
    return [prefix + name for name in sorted({*columns, *objects, ALL_FIELDS}) if name.startswith(last)]
