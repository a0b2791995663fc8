"""A model's attributes as values the caller requires: ``model.required.<attribute>``, never UNSET.

Every attribute of a response model is annotated ``T | Unset`` because the
default (tolerant) mode leaves one UNSET when Harvest leaves it out or sends
what its type cannot hold. Code that cannot go on without a value reads it
through the view instead: the annotation is ``T`` (each generated model
declares its view's types for type checkers), and UNSET raises
UnsetAttributeError naming the schema, the attribute, what the spec expects
and what came. One attribute read costs one getattr on the way through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import UnsetAttributeError
from ._schema import Field, describe
from ._types import UNSET

if TYPE_CHECKING:
    from ._model import HarvestModel

__all__ = ["RequiredView"]

# Per model class: its attributes by Python name (built on first use; a class's schema never changes).
_FIELDS: dict[type[HarvestModel], dict[str, Field]] = {}


def _fields(cls: type[HarvestModel]) -> dict[str, Field]:
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = {f.attr: f for f in cls._schema.fields}
    return fields


class RequiredView:
    """``model.required``: reads the model's attributes, raising UnsetAttributeError where one is UNSET."""

    __slots__ = ("_model",)

    def __init__(self, model: HarvestModel) -> None:
        self._model = model

    def __getattr__(self, name: str) -> Any:
        model = self._model
        field = _fields(type(model)).get(name)
        if field is None:
            raise AttributeError(f"{type(model)._schema.name} has no attribute {name!r} in the spec")
        value = getattr(model, name)
        if value is UNSET:
            kept: Any = getattr(model, "additional_properties", {})
            if field.name in kept:
                received = f"{describe(kept[field.name])} (kept as received in additional_properties[{field.name!r}])"
            else:
                received = "nothing (the attribute was absent)"
            schema = type(model)._schema.name
            raise UnsetAttributeError(schema=schema, attribute=name, expected=field.expected, received=received)
        return value

    def __repr__(self) -> str:
        return f"<required attributes of {type(self._model).__name__}>"
