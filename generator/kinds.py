"""The registry of kinds: what each JSON type and format of the spec becomes in Python.

One row per (JSON type, format) the generated client treats in its own way.
Everything that decides per kind reads this table: the templates (through
properties.py: annotations, imports, the model's schema table, to_dict's dump
helpers, the argument checks), release/api_diff.py (the Python types callers
read and may pass) and the core, whose kind objects (_core/_schema.py) and
argument checks (_core/_arguments.py) are the ones the rows name (a test holds
the two sides to each other). Adding a format is adding a row here and, when
it needs new runtime behaviour, the kind or check the row names.

A format without a row is the plain row of its JSON type (`email` and `uri`
are strings, `int32` and `int64` integers): that is what the generator does
with it, and what api-diff reports.

This module is plain data on purpose: release/ reads it without importing
openapi-python-client.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KINDS", "Kind", "kind_for", "kind_of_property"]


@dataclass(frozen=True)
class Kind:
    """What values of one JSON type and format become."""

    json_type: str
    """The JSON Schema type: string, number, integer or boolean."""
    format: str | None
    """The spec's `format`, or None for the type's plain row."""
    parsed_as: str
    """The openapi-python-client property class the generator meets for it."""
    annotation: str
    """The annotation of an attribute in generated code."""
    python_name: str
    """The Python type callers read, as api-diff names it."""
    imports: tuple[str, ...] = ()
    """Import lines the annotation needs (`from harvest_v2.` becomes the generated module's relative prefix)."""
    schema_kind: str | None = None
    """The `_core._schema` kind object checking and converting a received value (None: not in responses)."""
    dump: str | None = None
    """The `_core._schema` helper writing an attribute back to JSON in to_dict (None: the value is its JSON)."""
    argument: str | None = None
    """The `_core._arguments` check turning a method argument into what the request carries (None: as given)."""
    argument_imports: tuple[str, ...] | None = None
    """Import lines the argument annotation needs, when not those of the attribute's."""
    query_aware: bool = False
    """Whether the check is told it writes a query parameter (`query=`), which it writes differently."""
    argument_annotation: str | None = None
    """The annotation of a method argument, when it accepts more than the attribute holds."""
    accepts: tuple[str, ...] = ()
    """The Python types an argument accepts, as api-diff names them (default: python_name alone)."""

    @property
    def passed(self) -> tuple[str, ...]:
        """The Python types callers may pass for it."""
        return self.accepts or (self.python_name,)


KINDS: tuple[Kind, ...] = (
    Kind("string", None, "StringProperty", "str", "str", schema_kind="STRING"),
    Kind(
        "string",
        "date",
        "DateProperty",
        "datetime.date",
        "datetime.date",
        imports=("import datetime",),
        schema_kind="DATE",
        dump="dump_date",
        argument="date_arg",
    ),
    Kind(
        "string",
        "date-time",
        "DateTimeProperty",
        "AwareDateTime",
        "datetime.datetime",
        imports=("import datetime", "from harvest_v2._core._types import AwareDateTime"),
        schema_kind="DATETIME",
        dump="dump_datetime",
        argument="datetime_arg",
        argument_annotation="datetime.datetime",
        argument_imports=("import datetime",),
    ),
    Kind(
        "string",
        "binary",
        "FileProperty",
        "File",
        "File",
        imports=("from harvest_v2._core._types import File",),
        # The api modules import File for type checkers only (it lives beside msgspec's UNSET).
        argument_imports=(),
    ),
    Kind(
        "number",
        None,
        "FloatProperty",
        "float",
        "float",
        schema_kind="NUMBER",
        argument="number_arg",
        accepts=("float", "int"),
    ),
    Kind(
        "number",
        "decimal",
        "DecimalProperty",
        "Decimal",
        "decimal.Decimal",
        imports=("from decimal import Decimal",),
        schema_kind="DECIMAL",
        argument="decimal_arg",
        query_aware=True,
        argument_annotation="Decimal | float",
        accepts=("decimal.Decimal", "float", "int"),
    ),
    Kind("integer", None, "IntProperty", "int", "int", schema_kind="INTEGER"),
    Kind("boolean", None, "BooleanProperty", "bool", "bool", schema_kind="BOOLEAN"),
)

_BY_FORMAT = {(k.json_type, k.format): k for k in KINDS}
_BY_PROPERTY = {k.parsed_as: k for k in KINDS}


def kind_for(json_type: str, fmt: str | None) -> Kind | None:
    """The row for a JSON type and format (a format without a row is its type's plain row); None for others."""
    return _BY_FORMAT.get((json_type, fmt)) or _BY_FORMAT.get((json_type, None))


def kind_of_property(property_class: str) -> Kind | None:
    """The row for an openapi-python-client property class name (DateProperty...); None when not a scalar."""
    return _BY_PROPERTY.get(property_class)
