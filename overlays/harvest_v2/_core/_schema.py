"""What the spec says each attribute is, and the one reader that holds every value to it.

Every generated model carries a `ModelSchema`: its attributes, each with a
`Kind` (integer, decimal, date, a nested model...), whether it is required
and whether it may be null. msgspec decodes what matches the spec in C and
refuses anything else; only then does `build_tolerant` read the record
attribute by attribute, with each Kind's `read` deciding what a value
becomes. The contract it holds: an attribute holds a value of its declared
type, None where the spec allows null, or UNSET; whatever could not be held
as it came (a value of another type, a null the spec does not allow, a date
that does not parse, an attribute the spec does not declare, a value
converted on the way) is kept as received in `additional_properties`, so
`to_dict()` gives the body back exactly, and every difference of a kind in
_drift.DRIFT_KINDS is reported. `validate` reads a whole body the same way
and raises SchemaDriftError at the first difference: that is strict mode.
The `dump_*` helpers write values back for `to_dict`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, get_args

from ._drift import DriftKind, record_drift
from ._errors import SchemaDriftError
from ._serde import format_datetime
from ._types import NO_ADDITIONAL_PROPERTIES, UNSET

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
    "fits",
    "read_attribute",
    "unknown_attributes",
    "validate",
]


class _Mismatch(Exception):
    """The value cannot be held in the attribute's type: it becomes UNSET, kept as received."""

    def __init__(self, kind: DriftKind) -> None:
        self.kind = kind


class _Held(Exception):
    """The value is held as `value`, but not as it came: the text as received is kept for to_dict.

    kind names the drift to report (a lossless conversion across JSON types,
    an enum value the spec does not list); None when nothing differs from the
    spec (a date-time written +00:00 rather than Z).
    """

    def __init__(self, value: Any, kind: DriftKind | None, *, keep: bool = True) -> None:
        self.value = value
        self.kind = kind
        self.keep = keep


class SchemaModel(Protocol):
    """A generated model: built from a JSON object, described by a ModelSchema."""

    _schema: ClassVar[ModelSchema]
    additional_properties: Mapping[str, Any]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Any: ...


class Kind:
    """What one attribute's JSON value must be, and what it becomes in Python."""

    expected = "any value"
    as_held: type | None = None
    """The class of a decoded JSON value that `read` holds unchanged (None: every value is converted or checked)."""

    def read(self, value: Any) -> Any:
        """The Python value of a non-null JSON value.

        Raises _Mismatch when the value cannot be held, _Held when it is held
        differently from how it came.
        """
        return value


def fits(kind: Kind, value: Any) -> bool:
    """Whether a non-null JSON value is exactly what the kind says (a request's check: Harvest refuses "10.5" for
    a decimal although a response holding it is read without loss)."""
    try:
        kind.read(value)
    except (_Held, _Mismatch):
        return False
    return True


class _Exact(Kind):
    def __init__(self, expected: str, cls: type) -> None:
        self.expected = expected
        self._cls = cls
        self.as_held = cls

    def read(self, value: Any) -> Any:
        if value.__class__ is self._cls:
            return value
        raise _Mismatch("type")


class _Integer(Kind):
    expected = "integer"
    as_held = int

    def read(self, value: Any) -> Any:
        if value.__class__ is int:
            return value
        if value.__class__ in (Decimal, float) and _is_whole(value):
            # 5.0 is the integer 5 written as a fraction: held as 5, the text kept, reported.
            raise _Held(int(value), "type")
        raise _Mismatch("type")


def _is_whole(value: Decimal | float) -> bool:
    try:
        return int(value) == value
    except (ValueError, OverflowError, InvalidOperation):  # nan, infinity
        return False


_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


class _Decimal(Kind):
    expected = "number (decimal)"
    as_held = Decimal

    def read(self, value: Any) -> Any:
        cls = value.__class__
        if cls is Decimal:
            return value
        if cls is int:
            return Decimal(value)
        if cls is float:
            # From a caller's json.loads: through its shortest repr, so 1.1 stays 1.1.
            return Decimal(repr(value))
        if cls is str and _JSON_NUMBER.fullmatch(value):
            # "12.50" is the number 12.50 as text: held as Decimal("12.50"), the text kept, reported.
            try:
                raise _Held(Decimal(value), "type")
            except InvalidOperation:
                pass
        raise _Mismatch("type")


class _Number(Kind):
    expected = "number"

    def read(self, value: Any) -> Any:
        if value.__class__ in (int, float, Decimal):
            return float(value)
        raise _Mismatch("type")


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# RFC 3339 as Harvest writes it: a T, seconds, an optional fraction a datetime holds exactly, Z or an offset.
_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})"
)


class _Date(Kind):
    expected = "date (YYYY-MM-DD)"

    def read(self, value: Any) -> Any:
        if value.__class__ is not str:
            raise _Mismatch("type")
        if _DATE.fullmatch(value):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                pass
        raise _Mismatch("unparseable")


class _DateTime(Kind):
    expected = "date-time (RFC 3339, such as 2025-01-31T17:00:00Z)"

    def read(self, value: Any) -> Any:
        if value.__class__ is not str:
            raise _Mismatch("type")
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise _Mismatch("unparseable") from None
        if not _RFC3339.fullmatch(value):
            # Parses, but is not RFC 3339 (a space for the T, no zone, +0200): which instant is meant is a guess.
            raise _Mismatch("format")
        if format_datetime(parsed) != value:
            raise _Held(parsed, None)  # +00:00 rather than Z, or a shorter fraction: the same instant
        return parsed


class Enum(Kind):
    """A string the spec enumerates (a Literal alias).

    Other strings are held too (Harvest adds values, and the attribute's type
    is `Literal[...] | str`), and reported; strict mode refuses them.
    """

    as_held = str  # when among the values

    def __init__(self, alias: Any) -> None:
        self.values = frozenset(get_args(alias))
        self.expected = "one of " + ", ".join(repr(v) for v in sorted(self.values))

    def read(self, value: Any) -> Any:
        if value.__class__ is not str:
            raise _Mismatch("type")
        if value not in self.values:
            raise _Held(value, "enum", keep=False)
        return value


class Model(Kind):
    """A nested object described by its own model."""

    def __init__(self, model: type[SchemaModel]) -> None:
        self.model = model

    @property
    def expected(self) -> str:  # type: ignore[override]
        return f"object {self.model._schema.name}"

    def read(self, value: Any) -> Any:
        if value.__class__ is not dict:
            raise _Mismatch("type")
        # Attribute by attribute: msgspec's own conversion would take "1.5" for a decimal without a word.
        return build_tolerant(self.model, value)


class List(Kind):
    """An array whose items are each of one kind."""

    def __init__(self, item: Kind) -> None:
        self.item = item

    @property
    def expected(self) -> str:  # type: ignore[override]
        return f"array of {self.item.expected}"

    def read(self, value: Any) -> Any:
        if value.__class__ is not list:
            raise _Mismatch("type")
        # One item that cannot be held makes the whole array UNSET (raised from here): a list[int] holds ints only.
        out = []
        held = keep = False
        kind: DriftKind | None = None
        for item in value:
            try:
                out.append(self.item.read(item))
            except _Held as exc:
                out.append(exc.value)
                held, keep, kind = True, keep or exc.keep, kind or exc.kind
        if held:
            raise _Held(out, kind, keep=keep)
        return out


ANY = Kind()
OBJECT = _Exact("object", dict)
INTEGER = _Integer()
STRING = _Exact("string", str)
BOOLEAN = _Exact("boolean", bool)
DECIMAL = _Decimal()
NUMBER = _Number()
DATE = _Date()
DATETIME = _DateTime()


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


_UNSET_OUTCOME = "the attribute is UNSET and additional_properties[{name!r}] holds the value as received"


def build_tolerant(cls: type[Any], src: Any) -> Any:
    """Build a model attribute by attribute, holding every value to its type and reporting every difference."""
    if not isinstance(src, Mapping):
        raise TypeError(f"{cls.__name__} is built from a JSON object, got {describe(src)}")
    schema: ModelSchema = cls._schema
    values: dict[str, Any] = {}
    kept = unknown_attributes(schema, src)
    for f in schema.fields:
        values[f.attr] = read_attribute(schema, f, src.get(f.name, UNSET), kept)[0]
    # A model's __init__ stores what it is given without checking, so UNSET stands in for what did not fit.
    return cls(**values, additional_properties=kept or NO_ADDITIONAL_PROPERTIES)


def read_attribute(schema: ModelSchema, f: Field, value: Any, kept: dict[str, Any]) -> tuple[Any, bool]:
    """What attribute `f` of `schema` holds for a JSON value (UNSET: absent), and whether that was reported.

    Whatever differs from the spec is reported; the value as received goes into `kept` (by JSON name) when the
    attribute does not give it back exactly.
    """
    if value is UNSET:
        if f.required:
            record_drift(schema.name, f.name, "missing", f.expected, "nothing", "the attribute is UNSET")
        return UNSET, f.required
    if value is None:
        if f.nullable:
            return None, False
        record_drift(schema.name, f.name, "null", f.expected, "null", _UNSET_OUTCOME.format(name=f.name))
        kept[f.name] = value
        return UNSET, True
    try:
        return f.kind.read(value), False
    except _Mismatch as exc:
        record_drift(schema.name, f.name, exc.kind, f.expected, describe(value), _UNSET_OUTCOME.format(name=f.name))
        kept[f.name] = value
        return UNSET, True
    except _Held as exc:
        if exc.keep:
            kept[f.name] = value
        if exc.kind is not None:
            outcome = f"the attribute holds {exc.value!r}" if exc.kind != "enum" else "the attribute holds it"
            record_drift(schema.name, f.name, exc.kind, f.expected, describe(value), outcome)
        return exc.value, exc.kind is not None


def unknown_attributes(schema: ModelSchema, src: Mapping[str, Any]) -> dict[str, Any]:
    """The attributes the schema does not declare, each reported once."""
    extra = {k: v for k, v in src.items() if k not in schema.names}
    for name, value in extra.items():
        outcome = f"additional_properties[{name!r}] holds it"
        record_drift(schema.name, name, "unknown", "no such attribute", describe(value), outcome)
    return extra


def validate(cls: type[Any], data: Any, path: str = "") -> None:
    """Raise SchemaDriftError at the first place `data` differs from the model's schema (strict mode).

    The same reading as build_tolerant: whatever it would report, this raises.
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
            _check(schema, attribute, f"{here}[{i}]", kind.item, kind.item.expected, item)
    else:
        try:
            kind.read(value)
        except _Mismatch as exc:
            _raise_strict(schema, attribute, here, expected, value, exc.kind)
        except _Held as exc:
            if exc.kind is not None:
                _raise_strict(schema, attribute, here, expected, value, exc.kind)


def _raise_strict(
    schema: ModelSchema, attribute: str, path: str, expected: str, value: Any, kind: DriftKind
) -> NoReturn:
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
        # Only a model built by hand can hold a naive value (from Harvest it is drift, UNSET); write it plainly.
        return format_datetime(value) if value.tzinfo is not None else value.isoformat()
    return value


def dump_model(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "additional_properties") else value


def dump_models(value: Any) -> Any:
    return [dump_model(v) for v in value] if value.__class__ is list else value
