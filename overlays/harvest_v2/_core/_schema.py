"""What the spec says each attribute is, and the two slow paths that read it.

Every generated model carries a `ModelSchema`: its attributes, each with a
`Kind` (integer, decimal, date, a nested model...), whether it is required
and whether it may be null. msgspec parses what matches the spec in C and
refuses anything else; only then does `build_tolerant` read the record
attribute by attribute from the schema, keeping whatever does not fit as it
came (missing -> UNSET, null -> None, anything else raw) and reporting each
difference to _drift. `validate` walks a whole body against the schemas
and raises SchemaDriftError at the first difference: that is strict mode.
The `dump_*` helpers write values back for `to_dict`, passing drifted raw
values through unchanged so a round trip loses nothing.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, get_args

from ._drift import record_drift
from ._errors import SchemaDriftError
from ._serde import format_datetime
from ._types import UNSET

if TYPE_CHECKING:
    from typing import ClassVar

__all__ = [
    "ANY",
    "BOOLEAN",
    "DATE",
    "DATETIME",
    "DECIMAL",
    "INTEGER",
    "NUMBER",
    "OBJECT",
    "STRING",
    "Enum",
    "Field",
    "Kind",
    "List",
    "Model",
    "ModelSchema",
    "SchemaModel",
    "build_tolerant",
    "describe",
    "dump_date",
    "dump_datetime",
    "dump_model",
    "dump_models",
    "unknown_attributes",
    "validate",
]


class _Mismatch(Exception):
    def __init__(self, kind: str) -> None:
        self.kind = kind


class SchemaModel(Protocol):
    """A generated model: built from a JSON object, described by a ModelSchema."""

    _schema: ClassVar[ModelSchema]
    additional_properties: dict[str, Any]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Any: ...


class Kind:
    """What one attribute's JSON value must be, and how it becomes its Python value."""

    expected = "any value"

    def convert(self, value: Any) -> Any:
        """The Python value; raises _Mismatch naming the kind of drift."""
        return value


class _Exact(Kind):
    def __init__(self, expected: str, *classes: type) -> None:
        self.expected = expected
        self._classes = classes

    def convert(self, value: Any) -> Any:
        if value.__class__ in self._classes:
            return value
        raise _Mismatch("type")


class _Decimal(Kind):
    expected = "number (decimal)"

    def convert(self, value: Any) -> Any:
        # ints exactly, floats (from a caller's json.loads) through their shortest repr, so 1.1 stays 1.1
        if value.__class__ is int:
            return Decimal(value)
        if value.__class__ is float:
            return Decimal(repr(value))
        if isinstance(value, Decimal):
            return value
        raise _Mismatch("type")


class _Number(Kind):
    expected = "number"

    def convert(self, value: Any) -> Any:
        if value.__class__ in (int, float) or isinstance(value, Decimal):
            return float(value)
        raise _Mismatch("type")


class _Parsed(Kind):
    def __init__(self, expected: str, parse: Any) -> None:
        self.expected = expected
        self._parse = parse

    def convert(self, value: Any) -> Any:
        if value.__class__ is not str:
            raise _Mismatch("type")
        try:
            return self._parse(value)
        except ValueError:
            raise _Mismatch("unparseable") from None


class Enum(Kind):
    """A string the spec enumerates (a Literal alias).

    Other strings are kept: Harvest adds values, and the attribute's type
    (`Literal[...] | str`) admits them. Only strict mode refuses them.
    """

    def __init__(self, alias: Any) -> None:
        self.values = frozenset(get_args(alias))
        self.expected = "one of " + ", ".join(repr(v) for v in sorted(self.values))

    def convert(self, value: Any) -> Any:
        if value.__class__ is not str:
            raise _Mismatch("type")
        return value

    def check(self, value: Any) -> None:
        """Strict: the value must be one the spec lists."""
        self.convert(value)
        if value not in self.values:
            raise _Mismatch("enum")


class Model(Kind):
    """A nested object described by its own model."""

    def __init__(self, model: type[SchemaModel]) -> None:
        self.model = model

    @property
    def expected(self) -> str:  # type: ignore[override]
        return f"object {self.model._schema.name}"

    def convert(self, value: Any) -> Any:
        if value.__class__ is not dict:
            raise _Mismatch("type")
        return self.model.from_dict(value)


class List(Kind):
    """An array whose items are each of one kind."""

    def __init__(self, item: Kind) -> None:
        self.item = item

    @property
    def expected(self) -> str:  # type: ignore[override]
        return f"array of {self.item.expected}"

    def convert(self, value: Any) -> Any:
        if value.__class__ is not list:
            raise _Mismatch("type")
        return [self.item.convert(v) for v in value]


ANY = Kind()
OBJECT = _Exact("object", dict)
INTEGER = _Exact("integer", int)
STRING = _Exact("string", str)
BOOLEAN = _Exact("boolean", bool)
DECIMAL = _Decimal()
NUMBER = _Number()
DATE = _Parsed("date (YYYY-MM-DD)", datetime.date.fromisoformat)
DATETIME = _Parsed("date-time (ISO 8601)", datetime.datetime.fromisoformat)


class Field:
    """One attribute of a model: Python name, JSON name, kind, required, nullable."""

    __slots__ = ("attr", "kind", "name", "nullable", "required")

    def __init__(self, attr: str, name: str, kind: Kind, *, required: bool, nullable: bool) -> None:
        self.attr = attr
        self.name = name
        self.kind = kind
        self.required = required
        self.nullable = nullable

    @property
    def expected(self) -> str:
        return self.kind.expected + (" or null" if self.nullable else "")


class ModelSchema:
    """The attributes of one schema of the spec."""

    __slots__ = ("fields", "name", "names")

    def __init__(self, name: str, fields: Sequence[Field]) -> None:
        self.name = name
        self.fields = tuple(fields)
        self.names = frozenset(f.name for f in self.fields)


def describe(value: object) -> str:
    """A short description of a JSON value for drift messages."""
    if value is None:
        return "null"
    if value is True or value is False:
        return f"boolean {str(value).lower()}"
    if isinstance(value, int | float | Decimal):
        return f"number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"string {shown!r}"
    if isinstance(value, dict):
        return f"an object ({len(value)} attributes)"
    if isinstance(value, list):
        return f"an array ({len(value)} items)"
    return type(value).__name__


def build_tolerant(cls: type[Any], src: Any) -> Any:
    """Build a model attribute by attribute, keeping and reporting whatever does not fit the spec."""
    if not isinstance(src, Mapping):
        raise TypeError(f"{cls.__name__} is built from a JSON object, got {describe(src)}")
    schema: ModelSchema = cls._schema
    values: dict[str, Any] = {}
    for f in schema.fields:
        if f.name in src:
            values[f.attr] = _convert(schema, f, src[f.name])
        else:
            if f.required:
                record_drift(schema.name, f.name, "missing", f.expected, "nothing")
            values[f.attr] = UNSET
    # A model's __init__ stores what it is given without checking: exactly what keeps drifted values.
    return cls(**values, additional_properties=unknown_attributes(schema, src))


def _convert(schema: ModelSchema, f: Field, value: Any) -> Any:
    if value is None:
        if not f.nullable:
            record_drift(schema.name, f.name, "null", f.expected, "null")
        return None
    if isinstance(f.kind, List) and value.__class__ is list:
        # One odd item must not cost the others their types.
        out = []
        for item in value:
            try:
                out.append(f.kind.item.convert(item))
            except _Mismatch as exc:
                record_drift(schema.name, f.name + "[]", exc.kind, f.kind.item.expected, describe(item))
                out.append(item)
        return out
    try:
        return f.kind.convert(value)
    except _Mismatch as exc:
        record_drift(schema.name, f.name, exc.kind, f.expected, describe(value))
        # An unlisted enum value is still a string: keep it, as the type `Literal[...] | str` promises.
        return value


def unknown_attributes(schema: ModelSchema, src: Mapping[str, Any]) -> dict[str, Any]:
    """The attributes the schema does not declare, each reported once."""
    extra = {k: v for k, v in src.items() if k not in schema.names}
    for name, value in extra.items():
        record_drift(schema.name, name, "unknown", "no such attribute", describe(value))
    return extra


def validate(cls: type[Any], data: Any, path: str = "") -> None:
    """Raise SchemaDriftError at the first place `data` differs from the model's schema (strict mode).

    `path` locates the object in the response body (time_entries[3].project) for the message.
    """
    schema: ModelSchema = cls._schema
    if not isinstance(data, Mapping):
        _raise_strict(schema, "", path, f"object {schema.name}", data, "type")
    for f in schema.fields:
        here = f"{path}.{f.name}" if path else f.name
        if f.name not in data:
            if f.required:
                _raise_strict(schema, f.name, here, f.expected, None, "missing")
            continue
        value = data[f.name]
        if value is None:
            if not f.nullable:
                _raise_strict(schema, f.name, here, f.expected, value, "null")
            continue
        _check(schema, f.name, here, f.kind, f.expected, value)
    for name in data:
        if name not in schema.names:
            _raise_strict(schema, name, f"{path}.{name}" if path else name, "no such attribute", data[name], "unknown")


def _check(schema: ModelSchema, attribute: str, here: str, kind: Kind, expected: str, value: Any) -> None:
    if isinstance(kind, Model) and value.__class__ is dict:
        validate(kind.model, value, here)
    elif isinstance(kind, List) and value.__class__ is list:
        for i, item in enumerate(value):
            _check(schema, attribute + "[]", f"{here}[{i}]", kind.item, kind.item.expected, item)
    else:
        try:
            kind.check(value) if isinstance(kind, Enum) else kind.convert(value)
        except _Mismatch as exc:
            _raise_strict(schema, attribute, here, expected, value, exc.kind)


def _raise_strict(schema: ModelSchema, attribute: str, path: str, expected: str, value: Any, kind: str) -> NoReturn:
    raise SchemaDriftError(
        schema=schema.name,
        attribute=attribute,
        path=path or "(body)",
        expected=expected,
        received="nothing" if kind == "missing" else describe(value),
        kind=kind,
    )


def dump_date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


def dump_datetime(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        # A naive value can only have come from Harvest as it was; write it back the same way.
        return format_datetime(value) if value.tzinfo is not None else value.isoformat()
    return value


def dump_model(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "additional_properties") else value


def dump_models(value: Any) -> Any:
    return [dump_model(v) for v in value] if value.__class__ is list else value
