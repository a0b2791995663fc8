"""Helpers our Jinja templates call: names, Python types and (de)serialisation code.

openapi-python-client parses the spec into property objects; these functions
turn one property into the Python source fragments the templates need, so the
templates hold the structure of the generated code and this module the rules:

- method_name: the operationId without the tag's words (list_clients -> list);
- py_type: the annotation of a property (enums are `Literal[...] | str`);
- from_json / to_json: expressions converting one value, written out inline
  because generated parsing must stay close to json.loads in cost;
- pagination: how a list operation's envelope is recognised from the spec.
"""

from __future__ import annotations

import re
from typing import Any

from openapi_python_client.parser.properties import EnumProperty, LiteralEnumProperty, ModelProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

from .decimal_property import DecimalProperty

# The attributes every list envelope carries (spec/schemas/common.yaml#/Pagination).
PAGINATION_FIELDS = frozenset(
    {"per_page", "total_pages", "total_entries", "next_page", "previous_page", "page", "links"}
)


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def method_name(operation_id: str, tag: str) -> str:
    """Name of the resource method for an operation: operationId minus the tag's words.

    The tag's words are removed once, in plural or singular form:
    list_time_entries -> list, stop_time_entry -> stop,
    delete_time_entry_external_reference -> delete_external_reference,
    time_report_clients (tag reports) -> time_clients.
    """
    words = operation_id.split("_")
    tag_words = tag.split("_")
    candidates = [tag_words, [*tag_words[:-1], singular(tag_words[-1])]]
    for candidate in candidates:
        n = len(candidate)
        for i in range(len(words) - n + 1):
            if words[i : i + n] == candidate and len(words) > n:
                return "_".join(words[:i] + words[i + n :])
    return operation_id


def resource_class(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_")) + "Resource"


def _non_null(prop: Any) -> list[Any]:
    return [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]


def _is_nullable(prop: Any) -> bool:
    return isinstance(prop, UnionProperty) and any(isinstance(p, NoneProperty) for p in prop.inner_properties)


def _identity(prop: Any) -> bool:
    """True when the JSON value is already the Python value."""
    if isinstance(prop, (DateProperty, DateTimeProperty, ModelProperty, FloatProperty)):
        return False
    if isinstance(prop, ListProperty):
        return _identity(prop.inner_property)
    if isinstance(prop, UnionProperty):
        return all(_identity(p) for p in _non_null(prop))
    return True


def _single(prop: Any) -> Any:
    """The one non-null type of a property (`X` of `X | null`)."""
    if not isinstance(prop, UnionProperty):
        return prop
    options = _non_null(prop)
    if len(options) != 1:
        kinds = ", ".join(type(p).__name__ for p in options)
        raise ValueError(f"{raw(prop.name)}: unions other than `X | null` are not supported by the templates ({kinds})")
    return options[0]


def py_type(prop: Any, *, required: bool | None = None, qualify: bool = False, argument: bool = False) -> str:
    """Annotation of a property; optional properties add `| Unset`.

    qualify writes builtins.list: inside resource classes a method named list
    shadows the builtin in annotations. argument widens decimals to what a
    caller may pass (Decimal, int or float).
    """
    required = prop.required if required is None else required
    text = _bare_type(prop, qualify)
    if argument:
        text = text.replace("Decimal", "Decimal | float")
    return text if required else f"{text} | Unset"


def _bare_type(prop: Any, qualify: bool) -> str:
    if isinstance(prop, LiteralEnumProperty):
        # Harvest adds enum values over time; the raw string is kept, never refused.
        return f"{prop.class_info.name} | str"
    if isinstance(prop, EnumProperty):
        raise ValueError(f"{raw(prop.name)}: set literal_enums: true in generator/config.yaml")
    if isinstance(prop, ModelProperty):
        return str(prop.class_info.name)
    if isinstance(prop, ListProperty):
        inner = _bare_type(prop.inner_property, qualify)
        return f"{'builtins.' if qualify else ''}list[{inner}]"
    if isinstance(prop, UnionProperty):
        parts: list[str] = []
        for member in prop.inner_properties:
            for piece in _bare_type(member, qualify).split(" | "):
                if piece not in parts:
                    parts.append(piece)
        if "None" in parts:
            parts.remove("None")
            parts.append("None")
        return " | ".join(parts)
    if isinstance(prop, NoneProperty):
        return "None"
    return raw(prop.get_base_type_string())


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
    if isinstance(inner, DateProperty):
        return f"_dump_date({expr})"
    if isinstance(inner, DateTimeProperty):
        return f"_dump_datetime({expr})"
    if isinstance(inner, ModelProperty):
        return f"_dump_model({expr})"
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
    for cls, name in (
        (DecimalProperty, "DECIMAL"),
        (FloatProperty, "NUMBER"),
        (IntProperty, "INTEGER"),
        (StringProperty, "STRING"),
        (BooleanProperty, "BOOLEAN"),
        (DateTimeProperty, "DATETIME"),
        (DateProperty, "DATE"),
    ):
        if isinstance(inner, cls):
            return f"_k.{name}"
    return "_k.ANY"


def is_nullable(prop: Any) -> bool:
    return _is_nullable(prop)


def arg_expr(prop: Any, name: str, *, query: bool) -> str:
    """Expression turning a method argument into what the request carries, checked before anything is sent.

    Dates, date-times and decimals go through _core/_serde helpers that name
    the argument when given the wrong type; query decimals become plain text.
    """
    inner = _single(prop)
    key = lit(prop.python_name)
    if isinstance(inner, DecimalProperty):
        conv = f"_decimal_arg({key}, {name}, query={query})"
    elif isinstance(inner, FloatProperty):
        conv = f"_number_arg({key}, {name})"
    elif isinstance(inner, DateTimeProperty):
        conv = f"_datetime_arg({key}, {name})"
    elif isinstance(inner, DateProperty):
        conv = f"_date_arg({key}, {name})"
    elif isinstance(inner, ModelProperty):
        conv = f"_model_arg({key}, {name})"
    elif isinstance(inner, ListProperty) and isinstance(inner.inner_property, ModelProperty):
        conv = f"_models_arg({key}, {name})"
    else:
        return name
    return f"None if {name} is None else {conv}" if _is_nullable(prop) else conv


def needs(props: list[Any], kind: str) -> bool:
    """Whether any of props (recursively) needs the runtime helper of kind."""
    wanted = {
        "date": DateProperty,
        "datetime": DateTimeProperty,
        "file": FileProperty,
        "decimal": DecimalProperty,
    }[kind]

    def walk(prop: Any) -> bool:
        if isinstance(prop, wanted):
            return True
        if isinstance(prop, ListProperty):
            return walk(prop.inner_property)
        if isinstance(prop, UnionProperty):
            return any(walk(p) for p in prop.inner_properties)
        return False

    return any(walk(p) for p in props)


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


def success_response(endpoint: Any) -> Any:
    """The 2xx response whose body the operation returns, or None."""
    for response in sorted(endpoint.responses.patterns):
        low = response.status_code.range[0] if response.status_code.range else 0
        if 200 <= low < 300:
            return response
    return None


def pagination(endpoint: Any) -> dict[str, Any] | None:
    """Items attribute and item type of a list operation, or None.

    A GET whose 2xx body carries every attribute of the Pagination envelope plus
    exactly one array of records is a list operation.
    """
    if endpoint.method.lower() != "get":
        return None
    response = success_response(endpoint)
    if response is None or not isinstance(response.prop, ModelProperty):
        return None
    props = model_properties(response.prop)
    names = {raw(p.name) for p in props}
    if not names >= PAGINATION_FIELDS:
        return None
    arrays = [p for p in props if isinstance(p, ListProperty) and raw(p.name) not in PAGINATION_FIELDS]
    if len(arrays) != 1:
        return None
    item = arrays[0].inner_property
    return {
        "key": raw(arrays[0].name),
        "item_schema": str(item.class_info.name) if isinstance(item, ModelProperty) else None,
        "items": arrays[0].python_name,
        "item_type": _bare_type(item, True),
        "item_classes": referenced_classes([item], "model"),
    }


def raw(value: Any) -> str:
    """The plain text of a spec string or generated code fragment."""
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    return str(value)


def lit(value: Any) -> str:
    """A Python string literal holding the text (spec strings are escaped, never pasted into code)."""
    return repr(raw(value))


def docstring(text: Any) -> str:
    value = str(text.get_untrusted_value() if hasattr(text, "get_untrusted_value") else text or "").strip()
    value = re.sub(r"\s+", " ", value).replace("\\", "\\\\").replace('"""', "'''")
    return value


TEMPLATE_HELPERS: dict[str, Any] = {
    "method_name": method_name,
    "resource_class": resource_class,
    "py_type": py_type,
    "struct_default": struct_default,
    "dump_expr": dump_expr,
    "kind_expr": kind_expr,
    "arg_expr": arg_expr,
    "is_nullable": is_nullable,
    "needs": needs,
    "referenced_classes": referenced_classes,
    "model_properties": model_properties,
    "body_fields": body_fields,
    "success_response": success_response,
    "pagination": pagination,
    "docstring": docstring,
    "raw": raw,
    "lit": lit,
    "is_file": lambda prop: isinstance(prop, FileProperty),
    "is_none": lambda prop: prop is None or isinstance(prop, NoneProperty),
}
