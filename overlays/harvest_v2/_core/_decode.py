"""A response body into its model in the default mode: in C while it matches the spec, record by record where not.

The whole body is decoded by msgspec in one call (the fast path). When msgspec
refuses it, a list page is split into its records without decoding them
(msgspec.Raw), the records are decoded by one loop in C that resumes after a
record msgspec refuses, and only that record is read attribute by attribute
(_schema.build_tolerant): one odd record costs its page that record's slow
read, not a slow read of every record. When records carry attributes the spec lacks (Harvest adds one to
every record, as it did approval_status), their names are learnt from the
first such record and later pages are decoded in C by a twin of the record's
model that declares them, the values landing in additional_properties. After
a page with an odd record, the next page of that listing is read record by
record at once. Anything else (a body that is not an object, an envelope that
differs from the spec) is read attribute by attribute whole.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from decimal import Decimal
from types import GenericAlias
from typing import Any, TypeVar

import msgspec

from ._drift import record_drift
from ._schema import List, Model, ModelSchema, build_tolerant, describe
from ._serde import SpecMismatch, decode_json, decode_model

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
class _Twin:
    """A page decoder whose record model also declares attributes learnt from Harvest's answers.

    With one learnt name the twin is a subclass of the record's model that only renames its
    additional_properties slot to that JSON name: the same memory layout, so a decoded record becomes
    a record of the model by a change of class, in place. With several, the twin declares each and
    its records are converted to the model.
    """

    names: tuple[tuple[str, str], ...]  # (JSON name, twin attribute)
    decoder: msgspec.json.Decoder[Any]  # the page
    item_decoder: msgspec.json.Decoder[Any]  # one record
    swap: bool


_pages: dict[type[Any], _Page | None] = {}
_learnt: dict[type[Any], frozenset[str]] = {}
_twins: dict[tuple[type[Any], frozenset[str]], _Twin] = {}
_drifting: set[type[Any]] = set()  # envelopes whose last page had a record msgspec refused
_lock = threading.Lock()


def read_tolerant(model: type[T], content: bytes) -> T:
    """The body as `model`, whatever differs from the spec held to the contract of _schema and reported.

    Raises ValueError when the body is not JSON, SpecMismatch when it is not a JSON object.
    """
    page = _page_of(model)
    learnt = _learnt.get(page.item) if page is not None else None
    twin = _twin(model, page, learnt) if page is not None and learnt else None
    if page is not None and model in _drifting:
        # Odd records come in runs (an account's old data, a feature Harvest is rolling out): after a page
        # with one, read the next record by record at once, rather than after a whole-page attempt that
        # would be thrown away at the first odd record. A clean page ends the run.
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
    if twin is not None:
        if odd:
            skip = set(odd)
            twins = [i for i in range(len(records)) if i not in skip]
            for i, record in zip(twins, _finish(page, twin, [records[i] for i in twins]), strict=True):
                records[i] = record
        else:
            records = _finish(page, twin, records)
    with _lock:
        (_drifting.add if odd else _drifting.discard)(model)
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
    """Remember the attributes a record carried that the spec lacks, when they were its only difference."""
    schema: ModelSchema = item._schema
    unknown = frozenset(k for k in data if k not in schema.names)
    if unknown and set(record.additional_properties) == unknown:
        with _lock:
            _learnt[item] = _learnt.get(item, frozenset()) | unknown


def _decode_with_twin(model: type[T], page: _Page, twin: _Twin, content: bytes) -> T | None:
    try:
        head = twin.decoder.decode(content)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    return _envelope(model, head, page.attr, _finish(page, twin, getattr(head, page.attr)))


def _finish(page: _Page, twin: _Twin, twins: list[Any]) -> list[Any]:
    """Records of the model itself from records of the twin, the learnt attributes in additional_properties."""
    schema: ModelSchema = page.item._schema
    unset = msgspec.UNSET
    seen: dict[str, tuple[Any, int]] = {}
    if twin.swap:
        ((name, _),) = twin.names
        times, first = 0, None
        for record in twins:
            value = record.additional_properties
            record.__class__ = page.item
            if value is unset:
                record.additional_properties = {}
            else:
                if times == 0:
                    first = value
                times += 1
                record.additional_properties = {name: value}
        records = twins
        if times:
            seen[name] = (first, times)
    else:
        # In C: the twin records become records of the model itself (==, pickling and type() as for any other).
        records = msgspec.convert(twins, GenericAlias(list, (page.item,)), from_attributes=True)
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
    return records


def _twin(model: type[Any], page: _Page, learnt: frozenset[str]) -> _Twin:
    key = (model, learnt)
    twin = _twins.get(key)
    if twin is None:
        item: type[Any]
        names: tuple[tuple[str, str], ...]
        if len(learnt) == 1:
            (name,) = learnt
            slot = ("additional_properties", Any, msgspec.field(default=msgspec.UNSET, name=name))
            item = msgspec.defstruct(
                page.item.__name__, [slot], bases=(page.item,), kw_only=True, forbid_unknown_fields=True, gc=False
            )
            names = ((name, "additional_properties"),)
            swap = item.__basicsize__ == page.item.__basicsize__  # the change of class needs the same layout
        else:
            swap = False
        if not swap:
            names = tuple((name, f"_learnt_{i}") for i, name in enumerate(sorted(learnt)))
            item = _restruct(page.item, {}, names)
        envelope = _restruct(model, {page.attr: GenericAlias(list, (item,))})
        twin = _Twin(
            names,
            msgspec.json.Decoder(envelope, float_hook=Decimal),
            msgspec.json.Decoder(item, float_hook=Decimal),
            swap,
        )
        with _lock:
            _twins[key] = twin
    return twin
