"""A model's attributes as values the caller requires: ``model.required.<attribute>``, never UNSET.

Every attribute of a response model is annotated ``T | Unset`` because the
default (tolerant) mode leaves one UNSET when Harvest leaves it out or sends
what its type cannot hold. Code that cannot go on without a value reads it
through the view instead: the annotation is ``T`` (each generated model
declares its view's types for type checkers), and UNSET raises
UnsetAttributeError naming the schema, the attribute, what the spec expects
and what came. A read that finds a value costs one getattr more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import UnsetAttributeError
from ._types import UNSET

if TYPE_CHECKING:
    from ._model import HarvestModel
    from ._schema import Field, ModelSchema

__all__ = ["RequiredView", "required_value"]

# Per model class: its attributes by Python name (built on first use; a class's schema never changes).
_FIELDS: dict[type, dict[str, Field]] = {}


def _fields(cls: type) -> dict[str, Field]:
    fields = _FIELDS.get(cls)
    if fields is None:
        schema: ModelSchema | None = getattr(cls, "_schema", None)
        fields = _FIELDS[cls] = {f.attr: f for f in schema.fields} if schema is not None else {}
    return fields


def required_value(model: object, name: str) -> Any:
    """``model.<name>``, or UnsetAttributeError when it holds UNSET (what ``model.required.<name>`` does).

    For the core's own readers of records it only knows by protocol (pages, links): a model without a
    schema is read plainly, and its UNSET is reported with what is known.
    """
    value = getattr(model, name)
    if value is not UNSET:
        return value
    # Only here, on the way to an error: the listing code imports this module, and _schema loads on first use.
    from ._schema import describe

    cls = type(model)
    field = _fields(cls).get(name)
    schema: ModelSchema | None = getattr(cls, "_schema", None)
    json_name = field.name if field is not None else name
    kept: Any = getattr(model, "additional_properties", {})
    if json_name in kept:
        received = f"{describe(kept[json_name])} (kept as received in additional_properties[{json_name!r}])"
    else:
        received = "nothing (the attribute was absent)"
    raise UnsetAttributeError(
        schema=schema.name if schema is not None else cls.__name__,
        attribute=name,
        expected=field.expected if field is not None else "a value",
        received=received,
    )


class RequiredView:
    """``model.required``: reads the model's attributes, raising UnsetAttributeError where one is UNSET."""

    __slots__ = ("_model",)

    def __init__(self, model: HarvestModel) -> None:
        object.__setattr__(self, "_model", model)

    # __getattribute__ rather than __getattr__: the view has no attributes of its own to find first, and the
    # AttributeError that would precede every __getattr__ call is most of the cost of a read.
    def __getattribute__(self, name: str) -> Any:
        model: HarvestModel = object.__getattribute__(self, "_model")
        cls = type(model)
        fields = _FIELDS.get(cls) or _fields(cls)
        if name not in fields:
            if name.startswith("__"):  # what Python itself asks of any object (__class__ for isinstance...)
                return object.__getattribute__(self, name)
            raise AttributeError(f"{cls._schema.name} has no attribute {name!r} in the spec")
        value = getattr(model, name)
        return required_value(model, name) if value is UNSET else value

    def __repr__(self) -> str:
        return f"<required attributes of {type(object.__getattribute__(self, '_model')).__name__}>"
