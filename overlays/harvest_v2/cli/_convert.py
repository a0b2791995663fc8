"""Option values, from command-line text or JSON, to the types the generated methods declare.

Nothing here knows an endpoint: a converter is chosen from a type annotation
alone (``datetime.date | NotGiven``, ``InvoiceState | str``, ``list[InvoiceLineItemCreate]``...),
so a parameter added to the spec is converted the day it is generated.
"""

from __future__ import annotations

import datetime
import decimal
import json
import mimetypes
import sys
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import msgspec

from .._core._not_given import NotGiven
from .._core._types import File, Unset

__all__ = [
    "ConversionError",
    "Converter",
    "converter_for",
    "is_model",
    "load_json_text",
    "model_fields",
    "type_hints",
]


class ConversionError(ValueError):
    """A value that does not fit its annotation; the message says what was expected."""


class _ModelNamespace(Mapping[str, Any]):
    """Resolves the names that generated modules import only under TYPE_CHECKING: models, paginators, File.

    Only capitalised names are looked up, so builtins and module names fall
    through to the function's own globals.
    """

    def __getitem__(self, name: str) -> Any:
        if not name[:1].isupper():
            raise KeyError(name)
        from .. import models

        try:
            return getattr(models, name)
        except (AttributeError, ImportError):
            pass
        # Exact numbers may be annotated `Decimal` with the import kept for type checkers only.
        if name == "Decimal":
            return decimal.Decimal
        # Uploads are annotated File, which the api modules import for type checkers only (it loads msgspec).
        if name == "File":
            return File
        # List methods return paginators, loaded with the first list call.
        if name in ("Paginator", "AsyncPaginator"):
            from .._core import _pagination

            return getattr(_pagination, name)
        raise KeyError(name)

    def __iter__(self) -> typing.Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


_MODELS = _ModelNamespace()


def type_hints(obj: Any) -> dict[str, Any]:
    """typing.get_type_hints, with the models the generated code imports lazily made resolvable."""
    return typing.get_type_hints(obj, localns=_MODELS)


@dataclass(frozen=True)
class Converter:
    """How one annotated value is read from text (an option) and from JSON (a body)."""

    metavar: str
    from_text: Callable[[str], Any]
    from_json: Callable[[Any], Any]
    choices: tuple[str, ...] = ()
    open_choices: bool = False
    """True when values outside ``choices`` are accepted too (``Literal[...] | str``)."""
    is_bool: bool = False
    is_file: bool = False
    nullable: bool = False
    model: type | None = None
    item_model: type | None = None
    notes: tuple[str, ...] = field(default=())


def _members(annotation: Any) -> list[Any]:
    """The members of a union, flattened, NotGiven (and Unset) dropped: not giving an option is what leaves it out."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        out: list[Any] = []
        for arg in typing.get_args(annotation):
            out += _members(arg)
        return out
    if annotation is NotGiven or annotation is Unset:
        return []
    return [annotation]


def is_model(tp: Any) -> bool:
    """True for a generated model class (a msgspec.Struct with from_dict and to_dict)."""
    return isinstance(tp, type) and hasattr(tp, "from_dict") and hasattr(tp, "to_dict") and bool(model_fields(tp))


def model_fields(cls: type) -> dict[str, bool]:
    """A model's constructor fields, each with whether it is required; additional_properties left out."""
    fields: dict[str, bool] = {}
    if isinstance(cls, type) and issubclass(cls, msgspec.Struct):
        fields = {f.name: f.required for f in msgspec.structs.fields(cls)}
    fields.pop("additional_properties", None)
    return fields


def converter_for(annotation: Any) -> Converter:
    """The converter for a parameter or attribute annotation."""
    members = _members(annotation)
    nullable = type(None) in members
    members = [m for m in members if m is not type(None)]
    base = _base_converter(members, annotation)
    if not nullable:
        return base
    return Converter(
        metavar=base.metavar,
        from_text=lambda text: None if text == "null" else base.from_text(text),
        from_json=lambda value: None if value is None else base.from_json(value),
        choices=base.choices,
        open_choices=base.open_choices,
        is_bool=base.is_bool,
        is_file=base.is_file,
        nullable=True,
        model=base.model,
        item_model=base.item_model,
        notes=(*base.notes, "null clears it"),
    )


def _base_converter(members: list[Any], annotation: Any) -> Converter:
    literal_values: list[str] = []
    plain: set[Any] = set()
    lists: list[Any] = []
    for member in members:
        origin = typing.get_origin(member)
        if origin is Literal:
            literal_values += [str(value) for value in typing.get_args(member)]
        elif origin is list:
            lists.append(member)
        else:
            plain.add(member)
    if lists:
        (element,) = typing.get_args(lists[0]) or (Any,)
        return _list_converter(converter_for(element))
    models = [m for m in plain if is_model(m)]
    if models:
        return _model_converter(models[0])
    if File in plain:
        return Converter("PATH", _file_from_path, _refuse_json("a file path, given as an option"), is_file=True)
    if literal_values:
        # Open whether or not the annotation says `| str` (method arguments are the closed Literal for
        # type checkers): a value Harvest added after our spec still goes through.
        return _choice_converter(tuple(literal_values), open_choices=True)
    # The widest exact type wins: a Decimal-or-float parameter is read as Decimal, never through float.
    for tp, converter in _SCALARS:
        if tp in plain:
            return converter
    if Any in plain or not plain:
        return Converter("JSON", lambda text: load_json_text(text), lambda value: value)
    raise TypeError(f"no command-line conversion for {annotation!r}")


# --- scalars -------------------------------------------------------------------------


def _expect(kind: str, value: Any) -> ConversionError:
    return ConversionError(f"expected {kind}, got {json.dumps(value, default=str)[:60]}")


def _bool_text(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "yes", "1", "on"):
        return True
    if lowered in ("false", "no", "0", "off"):
        return False
    raise ConversionError(f"expected true or false, got {text!r}")


def _bool_json(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _expect("true or false", value)


def _int_text(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ConversionError(f"expected a whole number, got {text!r}") from None


def _int_json(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, decimal.Decimal) and value == value.to_integral_value():
        return int(value)
    raise _expect("a whole number", value)


def _decimal_text(text: str) -> decimal.Decimal:
    try:
        number = decimal.Decimal(text.strip())
    except decimal.InvalidOperation:
        raise ConversionError(f"expected a number such as 1.25, got {text!r}") from None
    if not number.is_finite():
        raise ConversionError(f"expected a finite number, got {text!r}")
    return number


def _decimal_json(value: Any) -> decimal.Decimal:
    # JSON is read with parse_float=Decimal, so the digits typed are the digits kept.
    if isinstance(value, decimal.Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return decimal.Decimal(value)
    raise _expect("a number", value)


def _float_text(text: str) -> float:
    return float(_decimal_text(text))


def _float_json(value: Any) -> float:
    return float(_decimal_json(value))


def _str_text(text: str) -> str:
    return text


def _str_json(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise _expect("a string", value)


def _date_text(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise ConversionError(f"expected a date such as 2026-07-01, got {text!r}") from None


def _date_json(value: Any) -> datetime.date:
    return _date_text(_str_json(value))


def _datetime_text(text: str) -> datetime.datetime:
    try:
        value = datetime.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConversionError(f"expected a date-time such as 2026-07-01T09:00:00Z, got {text!r}") from None
    if value.tzinfo is None:
        # Harvest reads instants as UTC; a local wall-clock time would silently shift.
        raise ConversionError(f"{text!r} has no time zone; add Z or an offset such as +02:00")
    return value


def _datetime_json(value: Any) -> datetime.datetime:
    return _datetime_text(_str_json(value))


_SCALARS: tuple[tuple[Any, Converter], ...] = (
    (bool, Converter("BOOLEAN", _bool_text, _bool_json, is_bool=True)),
    (datetime.datetime, Converter("DATETIME", _datetime_text, _datetime_json)),
    (datetime.date, Converter("DATE", _date_text, _date_json)),
    (decimal.Decimal, Converter("DECIMAL", _decimal_text, _decimal_json)),
    (float, Converter("NUMBER", _float_text, _float_json)),
    (int, Converter("INTEGER", _int_text, _int_json)),
    (str, Converter("TEXT", _str_text, _str_json)),
)


def _choice_converter(values: tuple[str, ...], *, open_choices: bool) -> Converter:
    def check(text: str) -> str:
        if text in values or open_choices:
            return text
        raise ConversionError(f"expected one of {', '.join(values)}; got {text!r}")

    def check_json(value: Any) -> str:
        return check(_str_json(value))

    return Converter("[" + "|".join(values) + "]", check, check_json, choices=values, open_choices=open_choices)


# --- files, lists and models -----------------------------------------------------------


def _refuse_json(expected: str) -> Callable[[Any], Any]:
    def refuse(value: Any) -> Any:
        raise ConversionError(f"expected {expected}, not a JSON value")

    return refuse


def _file_from_path(text: str) -> File:
    path = Path(text)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ConversionError(f"cannot read {text}: {exc.strerror or exc}") from None
    return File(content, file_name=path.name, mime_type=mimetypes.guess_type(path.name)[0])


def load_json_text(text: str) -> Any:
    """JSON from an option value: inline, ``@file.json``, or ``@-`` for standard input.

    Numbers with a fraction are read as Decimal, so no digit is lost before the
    annotation decides the type.
    """
    source = "the value"
    if text.startswith("@"):
        source = text[1:] or "-"
        try:
            text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConversionError(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        return json.loads(text, parse_float=decimal.Decimal)
    except ValueError as exc:
        raise ConversionError(f"{source} is not valid JSON: {exc}") from None


def _list_converter(element: Converter) -> Converter:
    def from_json(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise _expect("a JSON array", value)
        items = []
        for position, item in enumerate(value):
            try:
                items.append(element.from_json(item))
            except ConversionError as exc:
                raise ConversionError(f"item {position}: {exc}") from None
        return items

    def from_text(text: str) -> list[Any]:
        stripped = text.strip()
        if stripped.startswith(("[", "@")) or element.item_model or element.model:
            return from_json(load_json_text(stripped))
        # Scalars may also be given as a comma-separated list: --user-ids 1,2,3.
        return [element.from_text(part.strip()) for part in stripped.split(",") if part.strip()]

    if element.model is not None:
        metavar, notes = "JSON", (f"a JSON array of {element.model.__name__} objects, or @file.json",)
    else:
        metavar, notes = f"{element.metavar},...", ("comma-separated or a JSON array",)
    return Converter(metavar, from_text, from_json, choices=element.choices, item_model=element.model, notes=notes)


def _attribute_for(key: str, names: Mapping[str, Any]) -> str | None:
    # Generated attributes append _ to names Python reserves (from -> from_).
    if key in names:
        return key
    if f"{key}_" in names:
        return f"{key}_"
    return None


def model_from_json(cls: type, value: Any) -> Any:
    """Build a model from a JSON object, converting each attribute by its own annotation."""
    if not isinstance(value, dict):
        raise _expect(f"a JSON object for {cls.__name__}", value)
    hints = type_hints(cls)
    fields = model_fields(cls)
    kwargs: dict[str, Any] = {}
    for key, item in value.items():
        name = _attribute_for(key, fields)
        if name is None:
            known = ", ".join(sorted(n.rstrip("_") for n in fields))
            raise ConversionError(f"{cls.__name__} has no field {key!r} (fields: {known})")
        try:
            kwargs[name] = converter_for(hints[name]).from_json(item)
        except ConversionError as exc:
            raise ConversionError(f"{cls.__name__}.{key}: {exc}") from None
    missing = [n for n, required in fields.items() if required and n not in kwargs]
    if missing:
        raise ConversionError(f"{cls.__name__} needs {', '.join(repr(n.rstrip('_')) for n in missing)}")
    return cls(**kwargs)


def _model_converter(cls: type) -> Converter:
    def from_text(text: str) -> Any:
        return model_from_json(cls, load_json_text(text))

    return Converter(
        "JSON",
        from_text,
        lambda value: model_from_json(cls, value),
        model=cls,
        notes=(f"a JSON {cls.__name__} object, or @file.json",),
    )
