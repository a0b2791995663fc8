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
import msgspec
from harvest_v2 import UNSET, SchemaDriftError, drift_report, reset_drift_report
from harvest_v2._core import _decode, _schema
from harvest_v2._core._schema import build_tolerant, validate
from hypothesis import HealthCheck, assume, given, settings
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


def _taken_silently(cls: type[Any], attribute: str, value: Any) -> bool:
    """Whether msgspec's C decoder would take `value` for the attribute although the exact reader would not
    give it back as it came (the known gap in README: a decimal as text, another date-time spelling)."""
    field = next((f for f in cls._schema.fields if f.name == attribute), None)
    if field is None or value is None or isinstance(field.kind, _schema.Model | _schema.List):
        return False
    annotation = next(f.type for f in msgspec.structs.fields(cls) if f.encode_name == attribute)
    try:
        msgspec.json.Decoder(annotation, float_hook=Decimal).decode(_ENCODER.encode(value))
    except msgspec.ValidationError:
        return False
    return not _schema.fits(field.kind, value)


_ENCODER = msgspec.json.Encoder(decimal_format="number")


def _owner(cls: type[Any], path: tuple[Any, ...]) -> type[Any] | None:
    """The model of the object at `path` below a `cls` object (array items by index), None when not a model."""
    kind: _schema.Kind = _schema.Model(cls)
    for step in path:
        if isinstance(step, int) and isinstance(kind, _schema.List):
            kind = kind.item
            continue
        if not isinstance(kind, _schema.Model):
            return None
        field = next((f for f in kind.model._schema.fields if f.name == step), None)
        if field is None:
            return None
        kind = field.kind
    return kind.model if isinstance(kind, _schema.Model) else None


@st.composite
def drifted_pages(draw: st.DrawFn) -> dict[str, Any]:
    page: dict[str, Any] = synthesize(SCHEMAS["TimeEntries"], "full")
    entry = page["time_entries"][0]
    page["time_entries"] = [{**copy.deepcopy(entry), "id": i} for i in range(4)]
    for _ in range(draw(st.integers(1, 3))):
        record = page["time_entries"][draw(st.integers(0, 3))]
        places = [p for p in _places(record) if isinstance(p[-1], str)]
        where = draw(st.sampled_from(places))
        parent: Any = record
        for step in where[:-1]:
            parent = parent[step]
        change = draw(st.sampled_from(["drop", "null", "replace"]))
        if change == "drop":
            del parent[where[-1]]
        elif change == "null":
            parent[where[-1]] = None
        else:
            value = draw(_json)
            owner = _owner(models.TimeEntry, where[:-1])
            assume(owner is None or not _taken_silently(owner, where[-1], value))
            parent[where[-1]] = value
    return page


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drifted_pages())
def test_a_drifted_page_read_again_through_what_it_taught_is_read_alike(page: dict[str, Any]) -> None:
    # The first read learns (record by record), the second goes through the twin where it can: both hold the
    # contract, agree with each other, give the page back exactly and report what the exact reader reports.
    wire = _ENCODER.encode(page)
    _decode._learnt.clear()
    _decode._loose.clear()
    _decode._drifting.clear()
    reset_drift_report()
    expected = {(d.schema, d.attribute, d.kind) for d in _reported(lambda: build_tolerant(models.TimeEntries, page))}
    first, second = (_decode.read_tolerant(models.TimeEntries, wire) for _ in range(2))
    assert {(d.schema, d.attribute, d.kind) for d in drift_report()} == expected
    assert second == first
    for parsed in (first, second):
        assert all(type(e) is models.TimeEntry and _well_typed(e) for e in parsed.required.time_entries)
        assert _typed(_decode_json(parsed.to_json())) == _typed(_decode_json(wire))


def _reported(read: Any) -> list[Any]:
    read()
    report = drift_report()
    reset_drift_report()
    return report


def _decode_json(body: bytes) -> Any:
    return msgspec.json.Decoder(float_hook=Decimal).decode(body)
