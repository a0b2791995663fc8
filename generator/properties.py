"""What a property of the spec becomes in generated Python: its annotation and (de)serialisation code.

openapi-python-client parses the spec into property objects; these functions
turn one property into the source fragments the templates need, so the
templates hold the structure of the generated code and this module the rules
of structure (models, arrays, nullable unions, enums); what a scalar becomes
is a row of the registry in kinds.py. py_type is the annotation of a property
(enums are `Literal[...] | str`), attribute_type a model attribute's (`| Unset`
wherever tolerant parsing of a response may leave it UNSET); kind_expr, dump_expr and arg_expr are the
expressions for the model's schema table, for to_dict and for checking a
method's argument; annotation_imports the imports the annotations need;
body_fields flattens a request body into keyword arguments.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser.properties import EnumProperty, LiteralEnumProperty, ModelProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty

from .kinds import KINDS, Kind, kind_of_property
from .text import lit, raw


def _non_null(prop: Any) -> list[Any]:
    return [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]


def _is_nullable(prop: Any) -> bool:
    return isinstance(prop, UnionProperty) and any(isinstance(p, NoneProperty) for p in prop.inner_properties)


def _row(prop: Any) -> Kind | None:
    """The registry's row for a scalar property; None for models, arrays, unions and enums."""
    return kind_of_property(type(prop).__name__)


def _identity(prop: Any) -> bool:
    """True when the JSON value is already the Python value."""
    if isinstance(prop, ModelProperty):
        return False
    if isinstance(prop, ListProperty):
        return _identity(prop.inner_property)
    if isinstance(prop, UnionProperty):
        return all(_identity(p) for p in _non_null(prop))
    row = _row(prop)
    return row is None or (row.dump is None and row.argument is None)


def _single(prop: Any) -> Any:
    """The one non-null type of a property (`X` of `X | null`)."""
    if not isinstance(prop, UnionProperty):
        return prop
    options = _non_null(prop)
    if len(options) != 1:
        kinds = ", ".join(type(p).__name__ for p in options)
        raise ValueError(f"{raw(prop.name)}: unions other than `X | null` are not supported by the templates ({kinds})")
    return options[0]


def py_type(
    prop: Any, *, required: bool | None = None, qualify: bool = False, argument: bool = False, attribute: bool = False
) -> str:
    """Annotation of a property; optional ones add `| Unset` (`| NotGiven` as an argument).

    qualify writes builtins.list: inside resource classes a method named list
    shadows the builtin in annotations. argument widens decimals to what a
    caller may pass (Decimal, int or float) and closes enums: a method argument
    is the spec's Literal alone, so a type checker catches payment_term="net30";
    nothing checks it at run time, so a value Harvest added since is still sent
    (typing.cast or a type: ignore says so to the checker). attribute (a
    model's) writes an enum as its `<Enum>OrStr` alias, which msgspec reads as
    the known values only.
    """
    required = prop.required if required is None else required
    text = _bare_type(prop, qualify, argument, attribute)
    if required:
        return text
    # A method argument left out is NOT_GIVEN (_core._not_given); UNSET marks a model attribute.
    return f"{text} | NotGiven" if argument else f"{text} | Unset"


def _bare_type(prop: Any, qualify: bool, argument: bool = False, attribute: bool = False) -> str:
    if isinstance(prop, LiteralEnumProperty):
        # Harvest adds enum values over time; the raw string it sends is kept, never refused.
        if attribute:
            return f"{prop.class_info.name}OrStr"
        return str(prop.class_info.name) if argument else f"{prop.class_info.name} | str"
    if isinstance(prop, EnumProperty):
        raise ValueError(f"{raw(prop.name)}: set literal_enums: true in generator/config.yaml")
    if isinstance(prop, ModelProperty):
        return str(prop.class_info.name)
    if isinstance(prop, ListProperty):
        inner = _bare_type(prop.inner_property, qualify, argument, attribute)
        return f"{'builtins.' if qualify else ''}list[{inner}]"
    if isinstance(prop, UnionProperty):
        parts: list[str] = []
        for member in prop.inner_properties:
            for piece in _bare_type(member, qualify, argument, attribute).split(" | "):
                if piece not in parts:
                    parts.append(piece)
        if "None" in parts:
            parts.remove("None")
            parts.append("None")
        return " | ".join(parts)
    if isinstance(prop, NoneProperty):
        return "None"
    row = _row(prop)
    if row is None:
        raise ValueError(
            f"{raw(prop.name)}: {type(prop).__name__} has no row in generator/kinds.py (what its type and format "
            "become); add one"
        )
    return (row.argument_annotation or row.annotation) if argument else row.annotation


def attribute_type(model: Any, prop: Any) -> str:
    """Annotation of a model attribute, honest about UNSET.

    A model some response builds is parsed tolerantly: any attribute, required
    or not, is UNSET when Harvest left it out or sent what its type cannot hold,
    so the annotation says `| Unset` and a type checker makes the caller narrow
    (harvest_v2.required). A model only callers build (a request body's nested
    object) keeps its required attributes bare: they are inputs.
    """
    if prop.python_name in _MODEL_MEMBERS:
        raise ValueError(
            f"{model.class_info.name}.{prop.python_name}: the name is one of HarvestModel's own "
            f"({', '.join(sorted(_MODEL_MEMBERS))}); an attribute would hide it"
        )
    tolerant = str(model.class_info.name) in _RESPONSE_MODELS
    return py_type(prop, required=prop.required and not tolerant, attribute=True)


_MODEL_MEMBERS = frozenset({"required", "to_dict", "to_json", "from_dict", "additional_properties"})
"""What every model has from HarvestModel (or the template), so no attribute of the spec may be named so."""


def struct_default(prop: Any) -> str:
    """The default of a model attribute: UNSET when optional, and the JSON name when Python renames it."""
    json_name = raw(prop.name)
    renamed = json_name != prop.python_name
    if prop.required:
        return f" = msgspec.field(name={json_name!r})" if renamed else ""
    return f" = msgspec.field(default=UNSET, name={json_name!r})" if renamed else " = UNSET"


def dump_expr(prop: Any, expr: str) -> str:
    """Expression writing an attribute back to JSON in to_dict; drifted raw values pass through."""
    inner = _single(prop)
    if isinstance(inner, ModelProperty):
        return f"_dump_model({expr})"
    row = _row(inner)
    if row is not None and row.dump is not None:
        return f"_{row.dump}({expr})"
    if isinstance(inner, ListProperty):
        if isinstance(inner.inner_property, ModelProperty):
            return f"_dump_models({expr})"
        if not _identity(inner.inner_property):
            raise ValueError(f"{raw(prop.name)}: arrays of {type(inner.inner_property).__name__} are not supported")
    return expr


def kind_expr(prop: Any) -> str:
    """The _core._schema Kind of a property, as source for the model's schema table."""
    inner = _single(prop)
    if isinstance(inner, LiteralEnumProperty):
        return f"_k.Enum({inner.class_info.name})"
    if isinstance(inner, ModelProperty):
        return f"_k.Model({inner.class_info.name})"
    if isinstance(inner, ListProperty):
        item = inner.inner_property
        if isinstance(item, ModelProperty):
            return f"_k.List(_k.Model({item.class_info.name}))"
        return f"_k.List({kind_expr(item)})"
    row = _row(inner)
    return f"_k.{row.schema_kind}" if row is not None and row.schema_kind is not None else "_k.ANY"


def is_nullable(prop: Any) -> bool:
    return _is_nullable(prop)


def arg_expr(prop: Any, name: str, *, query: bool) -> str:
    """Expression turning a method argument into what the request carries, checked before anything is sent.

    The registry's argument checks (_core/_arguments) name the argument when
    given the wrong type; those that write a query differently say so.
    """
    inner = _single(prop)
    key = lit(prop.python_name)
    row = _row(inner)
    if row is not None and row.argument is not None:
        conv = f"_{row.argument}({key}, {name}{f', query={query}' if row.query_aware else ''})"
    elif isinstance(inner, ModelProperty):
        conv = f"_model_arg({key}, {name})"
    elif isinstance(inner, ListProperty) and isinstance(inner.inner_property, ModelProperty):
        conv = f"_models_arg({key}, {name})"
    else:
        return name
    return f"None if {name} is None else {conv}" if _is_nullable(prop) else conv


def annotation_imports(props: list[Any], package: str, *, argument: bool = False) -> list[str]:
    """The import lines the annotations of props (recursively) need, sorted; package is the relative
    prefix of the harvest_v2 package from the generated module (".." from a model); argument: as
    method arguments rather than model attributes."""
    lines: set[str] = set()

    def walk(prop: Any) -> None:
        if isinstance(prop, ListProperty):
            walk(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            for inner in prop.inner_properties:
                walk(inner)
        elif (row := _row(prop)) is not None:
            needed = row.argument_imports if argument and row.argument_imports is not None else row.imports
            lines.update(line.replace("from harvest_v2.", f"from {package}", 1) for line in needed)

    for prop in props:
        walk(prop)
    return sorted(lines)


DUMP_HELPERS = sorted({k.dump for k in KINDS if k.dump})
"""The `_core._schema` dump helpers the registry names (models import each as `_<name>`)."""

ARGUMENT_CHECKS = sorted({k.argument for k in KINDS if k.argument})
"""The `_core._arguments` checks the registry names (endpoint modules import each as `_<name>`)."""


def referenced_classes(props: list[Any], kind: str = "model") -> list[tuple[str, str]]:
    """(module, class) of every model (kind="model") or enum (kind="enum") the props mention, sorted."""
    found: set[tuple[str, str]] = set()
    wanted = ModelProperty if kind == "model" else LiteralEnumProperty

    def walk(prop: Any) -> None:
        if isinstance(prop, wanted):
            found.add((prop.class_info.module_name, prop.class_info.name))
        elif isinstance(prop, ListProperty):
            walk(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            for inner in prop.inner_properties:
                walk(inner)

    for prop in props:
        walk(prop)
    return sorted(found)


_MODELS: dict[str, Any] = {}
_RESPONSE_MODELS: set[str] = set()


def register_response_models(names: set[str]) -> None:
    """Remember which models some response builds (their attributes may be UNSET; see attribute_type)."""
    _RESPONSE_MODELS.clear()
    _RESPONSE_MODELS.update(names)


def register_models(models: list[Any]) -> None:
    """Remember the fully processed models: references inside unions are unprocessed copies."""
    _MODELS.clear()
    _MODELS.update({str(m.class_info.name): m for m in models})


def model_properties(model: Any) -> list[Any]:
    if model.required_properties is None and model.optional_properties is None:
        model = _MODELS.get(str(model.class_info.name), model)
    return list(model.required_properties or []) + list(model.optional_properties or [])


def body_fields(endpoint: Any) -> list[Any]:
    """Fields of an operation's request body, flattened across oneOf variants and content types.

    A field is required only when every variant requires it, so each variant
    stays expressible through keyword arguments.
    """
    variants: list[Any] = []
    for body in endpoint.bodies:
        prop = body.prop
        if isinstance(prop, UnionProperty):
            variants.extend(_non_null(prop))
        else:
            variants.append(prop)
    fields: dict[str, Any] = {}
    required_in: dict[str, int] = {}
    for variant in variants:
        if not isinstance(variant, ModelProperty):
            raise ValueError(f"{endpoint.name}: request bodies must be objects")
        for prop in model_properties(variant):
            fields.setdefault(prop.python_name, prop)
            required_in[prop.python_name] = required_in.get(prop.python_name, 0) + (1 if prop.required else 0)
    out = []
    for name, prop in fields.items():
        out.append((prop, required_in[name] == len(variants)))
    # Required keywords first, then the rest, each group in spec order.
    return [(p, r) for p, r in out if r] + [(p, r) for p, r in out if not r]


def is_file(prop: Any) -> bool:
    return isinstance(prop, FileProperty)


def is_none(prop: Any) -> bool:
    return prop is None or isinstance(prop, NoneProperty)
