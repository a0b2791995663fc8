"""A response body into its model in the default mode: in C while it matches the spec, record by record where not.

The whole body is decoded by msgspec in one call (the fast path). When msgspec
refuses it, a list page is split into its records without decoding them
(msgspec.Raw), the records are decoded by one loop in C that resumes after a
record msgspec refuses, and only that record is read attribute by attribute
(_schema.build_tolerant): one odd record costs its page that record's slow
read, not a slow read of every record. What made msgspec refuse a record is
learnt: attributes the spec lacks (Harvest adds one to every record, as it did
approval_status) and record attributes holding one JSON value whose value it
refused (loose). Later pages are decoded in one C call by a twin of the
record's model that declares the learnt attributes (their values landing in
additional_properties) and the loose ones as any JSON value (each record's
value then read as build_tolerant reads it). After a page with an odd record,
the next is read through the twin (or record by record) at once. Anything else
(a body that is not an object, an envelope that differs from the spec) is read
attribute by attribute whole.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from decimal import Decimal
from types import GenericAlias
from typing import Any, TypeVar

import msgspec

from ._drift import record_drift
from ._schema import Enum, Field, List, Model, ModelSchema, build_tolerant, describe, fits, read_attribute
from ._serde import SpecMismatch, decode_json, decode_model
from ._types import NO_ADDITIONAL_PROPERTIES

__all__ = ["read_tolerant"]

T = TypeVar("T")


@dataclass(frozen=True)
class _Page:
    """How to split a list envelope into its records."""

    attr: str  # the envelope's attribute holding the records
    item: type[Any]  # the records' model
    splitter: msgspec.json.Decoder[Any]  # the envelope with its records left undecoded
    item_decoder: msgspec.json.Decoder[Any]


@dataclass(frozen=True)
class _Loose:
    """A record attribute the twin declares as any JSON value, each record's value then held to the spec."""

    field: Field
    as_held: type | None  # a value of this class is already what the attribute holds (see Kind.as_held)
    values: frozenset[str] | None  # for an enum: the values held unchanged


@dataclass(frozen=True)
class _Twin:
    """A page decoder whose record model is the spec's, widened by what earlier pages taught.

    Attributes Harvest sent that the spec lacks are declared (learnt), and attributes whose values msgspec
    refused are declared as any JSON value (loose), so such a page is still one call in C. With at most one
    learnt name the twin is a subclass of the record's model that renames its additional_properties slot to
    that JSON name and redeclares the loose attributes in place: the same memory layout, so a decoded record
    becomes a record of the model by a change of class, and each loose value is then read as build_tolerant
    reads it (reported, kept as received). With several learnt names the twin declares each, nothing is
    loose, and its records are converted to the model.
    """

    names: tuple[tuple[str, str], ...]  # (JSON name, twin attribute)
    decoder: msgspec.json.Decoder[Any]  # the page
    item_decoder: msgspec.json.Decoder[Any]  # one record
    swap: bool
    loose: tuple[_Loose, ...] = ()


_pages: dict[type[Any], _Page | None] = {}
_learnt: dict[type[Any], frozenset[str]] = {}
_loose: dict[type[Any], frozenset[str]] = {}  # record models: JSON names of attributes whose values msgspec refused
_twins: dict[tuple[type[Any], frozenset[str], frozenset[str]], _Twin] = {}
_drifting: set[type[Any]] = set()  # envelopes whose last page had a value msgspec refused or a twin read
_lock = threading.Lock()


def read_tolerant(model: type[T], content: bytes) -> T:
    """The body as `model`, whatever differs from the spec held to the contract of _schema and reported.

    Raises ValueError when the body is not JSON, SpecMismatch when it is not a JSON object.
    """
    page = _page_of(model)
    twin = None
    if page is not None:
        learnt = _learnt.get(page.item, frozenset())
        loose = _loose.get(page.item, frozenset())
        if learnt or loose:
            twin = _twin(model, page, learnt, loose)
    if page is not None and model in _drifting:
        # Odd records come in runs (an account's old data, a feature Harvest is rolling out): after a page
        # with one, read the next with what it taught at once (one call in C when the twin holds it, else
        # record by record), rather than after a whole-page attempt thrown away at the first odd record.
        # A clean page ends the run.
        if twin is not None:
            twin_result = _decode_with_twin(model, page, twin, content)
            if twin_result is not None:
                return twin_result
        by_record = _decode_by_record(model, page, twin, content)
        if by_record is not None:
            return by_record
    try:
        return decode_model(model, content)
    except SpecMismatch:
        pass
    if page is not None:
        if twin is not None:
            twin_result = _decode_with_twin(model, page, twin, content)
            if twin_result is not None:
                return twin_result
        split_result = _decode_by_record(model, page, twin, content)
        if split_result is not None:
            return split_result
    return _read_whole(model, content)


def _read_whole(model: type[T], content: bytes) -> T:
    data = decode_json(content)
    if not isinstance(data, dict):
        raise SpecMismatch(f"expected a JSON object, got {describe(data)}")
    result: T = build_tolerant(model, data)
    return result


def _page_of(model: type[Any]) -> _Page | None:
    if model in _pages:
        return _pages[model]
    page = None
    schema: ModelSchema = model._schema
    lists = [f for f in schema.fields if isinstance(f.kind, List) and isinstance(f.kind.item, Model)]
    if len(lists) == 1:
        field = lists[0]
        item = field.kind.item.model  # type: ignore[attr-defined]
        splitter = msgspec.json.Decoder(_restruct(model, {field.attr: list[msgspec.Raw]}), float_hook=Decimal)
        page = _Page(field.attr, item, splitter, msgspec.json.Decoder(item, float_hook=Decimal))
    with _lock:
        _pages[model] = page
    return page


def _restruct(model: type[Any], retyped: dict[str, Any], extra: tuple[tuple[str, str], ...] = ()) -> type[Any]:
    """A Struct with model's attributes (some retyped) and extra optional ones of any type (JSON name, attribute)."""
    fields: list[tuple[str, Any, Any]] = []
    for f in msgspec.structs.fields(model):
        if f.default is not msgspec.NODEFAULT:
            default = msgspec.field(default=f.default, name=f.encode_name)
        elif f.default_factory is not msgspec.NODEFAULT:
            default = msgspec.field(default_factory=f.default_factory, name=f.encode_name)
        else:
            default = msgspec.field(name=f.encode_name)
        fields.append((f.name, retyped.get(f.name, f.type), default))
    for json_name, attr in extra:
        fields.append((attr, Any, msgspec.field(default=msgspec.UNSET, name=json_name)))
    twin: type[Any] = msgspec.defstruct(
        model.__name__, fields, kw_only=True, forbid_unknown_fields=True, gc=False, module=model.__module__
    )
    return twin


def _decode_by_record(model: type[T], page: _Page, twin: _Twin | None, content: bytes) -> T | None:
    try:
        head = page.splitter.decode(content)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None  # the envelope itself differs from the spec: read whole
    raws: list[msgspec.Raw] = getattr(head, page.attr)
    decode = (page.item_decoder if twin is None else twin.item_decoder).decode
    records: list[Any] = []
    odd: list[int] = []  # where the records read attribute by attribute are
    while True:
        try:
            # The loop over records runs in C (list.extend over map); a refused record stops it with the records
            # before it kept, it is read attribute by attribute, and the loop resumes after it.
            records.extend(map(decode, raws[len(records) :] if records else raws))
            break
        except msgspec.ValidationError:
            if not _read_record(page, raws, records, odd):
                return None  # a record that is no object: the list cannot be held, read whole
    drifted = bool(odd)
    if twin is not None:
        if odd:
            skip = set(odd)
            twins = [i for i in range(len(records)) if i not in skip]
            finished, drifted_twins = _finish(page, twin, [records[i] for i in twins])
            for i, record in zip(twins, finished, strict=True):
                records[i] = record
        else:
            records, drifted_twins = _finish(page, twin, records)
        drifted = drifted or drifted_twins
    with _lock:
        (_drifting.add if drifted else _drifting.discard)(model)
    return _envelope(model, head, page.attr, records)


def _read_record(page: _Page, raws: list[msgspec.Raw], records: list[Any], odd: list[int]) -> bool:
    """Read the next record attribute by attribute; False when it is no object (the list cannot be held)."""
    data = decode_json(raws[len(records)])
    if not isinstance(data, dict):
        return False
    record = build_tolerant(page.item, data)
    _learn(page.item, data, record)
    odd.append(len(records))
    records.append(record)
    return True


def _envelope(model: type[T], head: Any, attr: str, records: list[Any]) -> T:
    values = {f.name: getattr(head, f.name) for f in msgspec.structs.fields(head) if f.name != attr}
    values[attr] = records
    return model(**values)


def _learn(item: type[Any], data: dict[str, Any], record: Any) -> None:
    """Remember what made msgspec refuse a record: attributes the spec lacks, values of declared ones."""
    schema: ModelSchema = item._schema
    unknown = frozenset(k for k in data if k not in schema.names)
    loose = frozenset(f.name for f in schema.fields if _loosens(f) and _refused(f, data))
    with _lock:
        if unknown and set(record.additional_properties) <= unknown | loose:
            _learnt[item] = _learnt.get(item, frozenset()) | unknown
        if loose:
            _loose[item] = _loose.get(item, frozenset()) | loose


def _loosens(f: Field) -> bool:
    # A nested object or an array would come out of the twin as dicts and lists, each to be rebuilt in Python:
    # slower than reading the odd record alone, so only attributes holding one JSON value are loosened.
    return not isinstance(f.kind, Model | List)


def _refused(f: Field, data: dict[str, Any]) -> bool:
    if f.name not in data:
        return f.required
    value = data[f.name]
    if value is None:
        return not f.nullable
    return not fits(f.kind, value)


def _decode_with_twin(model: type[T], page: _Page, twin: _Twin, content: bytes) -> T | None:
    try:
        head = twin.decoder.decode(content)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    records, drifted = _finish(page, twin, getattr(head, page.attr))
    with _lock:
        (_drifting.add if drifted else _drifting.discard)(model)
    return _envelope(model, head, page.attr, records)


def _finish(page: _Page, twin: _Twin, twins: list[Any]) -> tuple[list[Any], bool]:
    """Records of the model itself from records of the twin, and whether a loose value differed from the spec.

    The learnt attributes land in additional_properties; each loose value is held to the spec (reported, and
    kept as received when the attribute does not give it back exactly).
    """
    item = page.item
    schema: ModelSchema = item._schema
    unset = msgspec.UNSET
    seen: dict[str, tuple[Any, int]] = {}
    drifted = False
    if twin.swap:
        name = twin.names[0][0] if twin.names else None
        loose = twin.loose
        times, first = 0, None
        for record in twins:
            if name is None:
                record.__class__ = item
            else:
                value = record.additional_properties
                record.__class__ = item
                if value is unset:
                    record.additional_properties = NO_ADDITIONAL_PROPERTIES
                else:
                    if times == 0:
                        first = value
                    times += 1
                    record.additional_properties = {name: value}
            for lo in loose:
                value = getattr(record, lo.field.attr)
                if value.__class__ is lo.as_held and (lo.values is None or value in lo.values):
                    continue
                kept: dict[str, Any] = {}
                held, reported = read_attribute(schema, lo.field, value, kept)
                setattr(record, lo.field.attr, held)
                if kept:
                    record.additional_properties = {**record.additional_properties, **kept}
                drifted = drifted or reported
        records = twins
        if name is not None and times:
            seen[name] = (first, times)
    else:
        # In C: the twin records become records of the model itself (==, pickling and type() as for any other).
        records = msgspec.convert(twins, GenericAlias(list, (item,)), from_attributes=True)
        for name, attr in twin.names:
            times, first = 0, None
            for record, source in zip(records, twins, strict=True):
                value = getattr(source, attr)
                if value is not unset:
                    if times == 0:
                        first = value
                    times += 1
                    record.additional_properties = {**record.additional_properties, name: value}
            if times:
                seen[name] = (first, times)
    for name, (first, times) in seen.items():
        outcome = f"additional_properties[{name!r}] holds it"
        record_drift(schema.name, name, "unknown", "no such attribute", describe(first), outcome, times=times)
    return records, drifted


def _twin(model: type[Any], page: _Page, learnt: frozenset[str], loose: frozenset[str]) -> _Twin:
    if len(learnt) > 1:
        loose = frozenset()  # the converted twin holds declared attributes to the spec: nothing can be loose
    key = (model, learnt, loose)
    twin = _twins.get(key)
    if twin is None:
        twin = _make_twin(model, page, learnt, loose)
        with _lock:
            _twins[key] = twin
    return twin


def _make_twin(model: type[Any], page: _Page, learnt: frozenset[str], loose: frozenset[str]) -> _Twin:
    item: type[Any]
    names: tuple[tuple[str, str], ...] = ()
    swap = False
    if len(learnt) <= 1:
        slots: list[tuple[str, Any, Any]] = []
        for name in learnt:
            slots.append(("additional_properties", Any, msgspec.field(default=msgspec.UNSET, name=name)))
            names = ((name, "additional_properties"),)
        fields = [f for f in page.item._schema.fields if f.name in loose]
        for f in fields:
            slots.append((f.attr, Any, msgspec.field(default=msgspec.UNSET, name=f.name)))
        item = msgspec.defstruct(
            page.item.__name__, slots, bases=(page.item,), kw_only=True, forbid_unknown_fields=True, gc=False
        )
        # The change of class needs the same layout: redeclared attributes keep their slots.
        swap = item.__basicsize__ == page.item.__basicsize__ and item.__struct_fields__ == page.item.__struct_fields__
        if not swap and loose:
            return _make_twin(model, page, learnt, frozenset())
    if not swap:
        names = tuple((name, f"_learnt_{i}") for i, name in enumerate(sorted(learnt)))
        item = _restruct(page.item, {}, names)
        fields = []
    envelope = _restruct(model, {page.attr: GenericAlias(list, (item,))})
    return _Twin(
        names,
        msgspec.json.Decoder(envelope, float_hook=Decimal),
        msgspec.json.Decoder(item, float_hook=Decimal),
        swap,
        tuple(_Loose(f, f.kind.as_held, f.kind.values if isinstance(f.kind, Enum) else None) for f in fields),
    )
