"""Honest annotations and `model.required`: every attribute tolerant parsing may leave UNSET says so, and a caller
that needs a value gets it, or an UnsetAttributeError naming the schema, the attribute and what came."""

from __future__ import annotations

import copy
import typing
from decimal import Decimal
from typing import Any

import harvest_v2.models as models
import msgspec
import pytest
from harvest_v2 import UNSET, HarvestError, UnsetAttributeError
from harvest_v2._core._model import HarvestModel
from harvest_v2._core._schema import ANY

from tests.helpers import BASE, Clients, json_response, page_json
from tests.models._instances import RESPONSE_SCHEMAS, SCHEMAS, synthesize


def _admits_unset(annotation: Any) -> bool:
    return msgspec.UnsetType in typing.get_args(annotation)


def _model_classes() -> list[type[HarvestModel]]:
    found = (getattr(models, name) for name in models.__all__)
    return [cls for cls in found if isinstance(cls, type) and issubclass(cls, HarvestModel)]


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_every_attribute_of_a_response_model_is_annotated_as_possibly_unset(name: str) -> None:
    fields = [f for f in msgspec.structs.fields(getattr(models, name)) if f.name != "additional_properties"]
    assert fields
    assert [f.name for f in fields if not _admits_unset(f.type)] == []


def test_a_model_only_callers_build_keeps_its_required_inputs_bare() -> None:
    inputs = [cls for cls in _model_classes() if cls.__name__ not in RESPONSE_SCHEMAS]
    assert {cls.__name__ for cls in inputs} >= {"InvoiceMessageRecipientInput", "InvoiceTimeImport"}
    for cls in inputs:
        required = {f.attr for f in cls._schema.fields if f.required}
        typed = {f.name: f.type for f in msgspec.structs.fields(cls)}
        assert [attr for attr in required if _admits_unset(typed[attr])] == [], cls.__name__


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_required_gives_every_value_and_names_each_attribute_left_unset(name: str) -> None:
    cls = getattr(models, name)
    instance = synthesize(SCHEMAS[name], "full")
    whole = cls.from_dict(copy.deepcopy(instance))
    failures: list[str] = []
    for field in cls._schema.fields:
        if field.name not in instance:
            continue
        if getattr(whole.required, field.attr) is not getattr(whole, field.attr):
            failures.append(f"{field.attr}: .required gave another value than the attribute")
        changes: list[tuple[str, dict[str, Any], str]] = [
            ("left out", {k: v for k, v in instance.items() if k != field.name}, "nothing (the attribute was absent)"),
        ]
        if field.kind is not ANY:
            other = 404 if isinstance(instance[field.name], str) else "text instead"
            shown = "number 404" if other == 404 else "string 'text instead'"
            kept = f"{shown} (kept as received in additional_properties[{field.name!r}])"
            changes.append(("retyped", {**instance, field.name: other}, kept))
        for what, body, received in changes:
            model = cls.from_dict(copy.deepcopy(body))
            try:
                getattr(model.required, field.attr)
            except UnsetAttributeError as exc:
                if (exc.schema, exc.attribute, exc.received) != (name, field.attr, received):
                    failures.append(f"{what} {field.attr}: named {exc.schema}.{exc.attribute}, got {exc.received}")
                if exc.expected != field.expected:
                    failures.append(f"{what} {field.attr}: expected {exc.expected!r}, not {field.expected!r}")
            else:
                failures.append(f"{what} {field.attr}: .required did not raise")
    assert not failures, "\n".join(failures)


def _entry(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = synthesize(SCHEMAS["TimeEntry"], "full")
    body.update(changes)
    return body


def test_the_error_says_which_attribute_what_the_spec_expects_and_what_came() -> None:
    entry = models.TimeEntry.from_dict(_entry(hours="1,5"))
    assert entry.hours is UNSET
    with pytest.raises(UnsetAttributeError) as caught:
        entry.required.hours * 2
    assert isinstance(caught.value, HarvestError)
    assert str(caught.value) == (
        f"TimeEntry.hours is UNSET where a value is required: the spec expects {caught.value.expected}, "
        "Harvest sent string '1,5' (kept as received in additional_properties['hours'])"
    )
    assert "number" in caught.value.expected


def test_a_null_where_the_spec_allows_it_is_none_and_where_it_does_not_is_unset() -> None:
    entry = models.TimeEntry.from_dict(_entry(invoice=None, is_locked=None))
    assert entry.required.invoice is None
    with pytest.raises(UnsetAttributeError, match=r"TimeEntry\.is_locked .* Harvest sent null"):
        _ = entry.required.is_locked


def test_text_from_harvest_in_the_error_is_data_never_a_terminal_escape() -> None:
    entry = models.TimeEntry.from_dict(_entry(is_locked="\x1b[2J\x1b]0;owned\x07yes"))
    with pytest.raises(UnsetAttributeError) as caught:
        _ = entry.required.is_locked
    assert "\x1b" not in str(caught.value) and "\x07" not in str(caught.value)
    assert "\\x1b[2J" in str(caught.value)


def test_nested_models_narrow_the_same_way() -> None:
    entry = models.TimeEntry.from_dict(_entry(project={"id": 7}))
    assert entry.required.project.required.id == 7
    with pytest.raises(UnsetAttributeError, match=r"ProjectReference\.name .* nothing"):
        _ = entry.required.project.required.name


def test_an_optional_attribute_harvest_left_out_raises_only_when_required() -> None:
    body = _entry()
    del body["rounded_hours"]
    entry = models.TimeEntry.from_dict(body)
    assert entry.rounded_hours is UNSET
    with pytest.raises(UnsetAttributeError, match=r"TimeEntry\.rounded_hours .* nothing"):
        _ = entry.required.rounded_hours


def test_a_name_the_spec_does_not_declare_is_an_attribute_error_and_the_view_shows_no_data() -> None:
    entry = models.TimeEntry.from_dict(_entry(notes="private note"))
    # Read by a name held in a variable: a type checker already refuses both names written out.
    misspelt, method = "hourz", "to_dict"
    with pytest.raises(AttributeError, match="TimeEntry has no attribute 'hourz' in the spec"):
        getattr(entry.required, misspelt)
    with pytest.raises(AttributeError):
        getattr(entry.required, method)  # methods are not attributes of the spec
    assert repr(entry.required) == "<required attributes of TimeEntry>"


def test_a_model_built_by_hand_narrows_too() -> None:
    reference = models.ProjectReference(id=3, name="Apollo")
    assert (reference.required.id, reference.required.name) == (3, "Apollo")
    with pytest.raises(UnsetAttributeError, match=r"ProjectReference\.is_billable .* nothing"):
        _ = reference.required.is_billable


# -- through both clients, tolerant (the default mode), as a caller meets it ---------------------------------------


def test_a_drifted_record_from_a_call_narrows_or_says_what_came(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: json_response(200, _entry(id=42, hours="1,5")), strict=False)
    entry = clients.run(hv, lambda hv: hv.time_entries.get(42))
    assert entry.required.id == 42
    with pytest.raises(UnsetAttributeError, match=r"TimeEntry\.hours .* string '1,5'"):
        _ = entry.required.hours


def _listing_page(**changes: Any) -> dict[str, Any]:
    body = page_json(
        "time_entries", [_entry(id=1)], next_url=f"{BASE}/time_entries?page=2", page=1, total_entries=2, total_pages=2
    )
    body.update(changes)
    return body


@pytest.mark.parametrize(
    ("changes", "attribute"),
    [
        ({"links": "none"}, "links"),
        ({"links": {"first": None, "previous": None, "last": None}}, "next_"),
        ({"time_entries": "none"}, "time_entries"),
    ],
)
def test_a_listing_whose_page_cannot_say_what_follows_raises_rather_than_ending_short(
    clients: Clients, changes: dict[str, Any], attribute: str
) -> None:
    requests: list[str] = []

    def handler(request: Any) -> Any:
        requests.append(str(request.url))
        return json_response(200, _listing_page(**changes))

    hv, _ = clients.make(handler, strict=False)
    with pytest.raises(UnsetAttributeError) as caught:
        clients.items(hv, lambda hv: hv.time_entries.list())
    assert caught.value.attribute == attribute
    assert len(requests) == 1


def test_a_listing_whose_pages_are_whole_is_unchanged(clients: Clients) -> None:
    def handler(request: Any) -> Any:
        last = request.url.params.get("page") == "2"
        body = page_json(
            "time_entries",
            [_entry(id=2 if last else 1, hours=1.25)],
            next_url=None if last else f"{BASE}/time_entries?page=2",
            page=2 if last else 1,
            total_entries=2,
            total_pages=2,
        )
        return json_response(200, body)

    hv, _ = clients.make(handler, strict=False)
    # One record a page, as asked: per_page 1 follows links.next (too small for overlapping reads).
    entries = clients.items(hv, lambda hv: hv.time_entries.list(per_page=1))
    assert [(e.required.id, e.required.hours) for e in entries] == [(1, Decimal("1.25")), (2, Decimal("1.25"))]
