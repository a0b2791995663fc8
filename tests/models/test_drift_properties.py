"""Property-based: any body drifted from the spec, at any depth, reads under the contract.

Bodies are synthesised from the spec and changed at one random place (an attribute
dropped, nulled, replaced by any JSON value, or one the spec lacks added), at the top
level or inside references, assignments and line items. The exact reader (what every
record msgspec refuses goes through) must: build the model; hold in every attribute its
declared type, None where nullable, or UNSET; give the body back exactly, JSON types
included; and report drift exactly when strict mode refuses the body.
"""

from __future__ import annotations

import copy
import datetime
from decimal import Decimal
from typing import Any

import harvest_v2.models as models
from harvest_v2 import UNSET, SchemaDriftError, drift_report, reset_drift_report
from harvest_v2._core import _schema
from harvest_v2._core._schema import build_tolerant, validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.models._instances import SCHEMAS, synthesize

_TOP = ["TimeEntry", "Invoice", "Expense", "Estimate", "User"]

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.decimals(allow_nan=False, allow_infinity=False, places=3)
    | st.text(max_size=12)
    | st.sampled_from(["2025-01-31", "2025-01-31T17:00:00Z", "2025-01-31 17:00", "12.50", "5.0", "draft"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _places(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every attribute path in a body: objects' keys, and into arrays' first items."""
    out: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            out.append((*here, key))
            out.extend(_places(item, (*here, key)))
    elif isinstance(value, list) and value:
        out.extend(_places(value[0], (*here, 0)))
    return out


@st.composite
def drifted(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    name = draw(st.sampled_from(_TOP))
    body: dict[str, Any] = synthesize(SCHEMAS[name], draw(st.sampled_from(["full", "nulls", "minimal"])))
    places = [p for p in _places(body) if isinstance(p[-1], str)]
    where = draw(st.sampled_from(places))
    parent: Any = body
    for step in where[:-1]:
        parent = parent[step]
    change = draw(st.sampled_from(["drop", "null", "replace", "add"]))
    if change == "drop":
        del parent[where[-1]]
    elif change == "null":
        parent[where[-1]] = None
    elif change == "replace":
        parent[where[-1]] = draw(_json)
    else:
        parent["added_" + draw(st.text("abcdefgh", min_size=1, max_size=5))] = draw(_json)
    return name, body


def _typed(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    if isinstance(value, Decimal):
        return ("number", str(value))
    if isinstance(value, float):  # synthesised bodies carry floats, as json.loads gives them
        return ("number", repr(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return ("number", str(value))
    return (type(value).__name__, value)


def _holds(kind: _schema.Kind, value: Any) -> bool:
    if isinstance(kind, _schema.Model):
        return isinstance(value, kind.model) and _well_typed(value)
    if isinstance(kind, _schema.List):
        return isinstance(value, list) and all(_holds(kind.item, v) for v in value)
    if isinstance(kind, _schema.Enum):
        return isinstance(value, str)
    expected: dict[Any, Any] = {
        _schema.INTEGER: lambda v: type(v) is int,
        _schema.DECIMAL: lambda v: type(v) is Decimal,
        _schema.STRING: lambda v: type(v) is str,
        _schema.BOOLEAN: lambda v: type(v) is bool,
        _schema.DATE: lambda v: type(v) is datetime.date,
        _schema.DATETIME: lambda v: type(v) is datetime.datetime and v.tzinfo is not None,
    }
    return bool(expected.get(kind, lambda v: True)(value))


def _well_typed(model: Any) -> bool:
    for field in model._schema.fields:
        value = getattr(model, field.attr)
        if value is UNSET or (value is None and field.nullable):
            continue
        if not _holds(field.kind, value):
            return False
    return True


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drifted())
def test_any_drifted_body_reads_under_the_contract(case: tuple[str, dict[str, Any]]) -> None:
    name, body = case
    cls = getattr(models, name)
    reset_drift_report()
    model = build_tolerant(cls, copy.deepcopy(body))
    assert _well_typed(model)
    assert _typed(model.to_dict()) == _typed(body)
    try:
        validate(cls, copy.deepcopy(body))
    except SchemaDriftError as exc:
        reported = {(d.schema, d.attribute, d.kind) for d in drift_report()}
        assert (exc.schema, exc.attribute, exc.kind) in reported
    else:
        assert drift_report() == []
