"""Responses that differ from the spec: kept, round-tripped, reported, and refused under strict.

Every attribute of every response schema is dropped, nulled, retyped, made an
unparseable date or joined by an attribute the spec lacks, one at a time, on a
valid instance synthesised from the spec.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import harvest_v2.models as models
import pytest
from harvest_v2 import UNSET, SchemaDriftError, drift_report, reset_drift_report
from harvest_v2._core._schema import DATE, DATETIME, Field, validate

from tests.models._instances import RESPONSE_SCHEMAS, SCHEMAS, synthesize


def _other_type(value: Any) -> Any:
    return 404 if isinstance(value, str) else "text instead"


Mutation = tuple[str, str, dict[str, Any], str | None]


def mutations(instance: dict[str, Any], fields: dict[str, Field]) -> Iterator[Mutation]:
    """(what, attribute, body, expected drift kind or None) for each single-attribute change."""
    for name, value in instance.items():
        field = fields[name]
        dropped = {k: v for k, v in instance.items() if k != name}
        yield "drop", name, dropped, "missing" if field.required else None
        yield "null", name, {**instance, name: None}, None if field.nullable else "null"
        if field.kind.expected != "any value":
            yield "retype", name, {**instance, name: _other_type(value)}, "type"
        if field.kind in (DATE, DATETIME):
            yield "garble", name, {**instance, name: "31/02/2025"}, "unparseable"
    yield "add", "added_later", {**instance, "added_later": {"x": [1, Decimal("2.5")]}}, "unknown"


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_any_single_attribute_drift_parses_round_trips_is_reported_and_strict_refuses(name: str) -> None:
    cls = getattr(models, name)
    fields = {f.name: f for f in cls._schema.fields}
    instance = synthesize(SCHEMAS[name], "full")
    failures = []
    for what, attribute, body, kind in mutations(instance, fields):
        reset_drift_report()
        model = cls.from_dict(copy.deepcopy(body))
        if model.to_dict() != body:
            failures.append(f"{what} {attribute}: to_dict() differs from what came in")
        seen = {(d.schema, d.attribute, d.kind) for d in drift_report()}
        if kind is not None and (name, attribute, kind) not in seen:
            failures.append(f"{what} {attribute}: not reported as {kind} (report: {sorted(seen)})")
        if kind is None and seen:
            failures.append(f"{what} {attribute}: reported {sorted(seen)} though the spec allows it")
        try:
            validate(cls, body)
        except SchemaDriftError as exc:
            if kind is None:
                failures.append(f"{what} {attribute}: strict refused what the spec allows: {exc}")
            elif (exc.schema, exc.attribute, exc.kind) != (name, attribute, kind):
                failures.append(f"{what} {attribute}: strict named {exc.schema}.{exc.attribute} ({exc.kind})")
        else:
            if kind is not None:
                failures.append(f"{what} {attribute}: strict accepted it")
    assert not failures, "\n".join(failures)


def test_a_drifted_value_is_unset_kept_as_it_came_and_the_rest_keeps_its_types() -> None:
    body = synthesize(SCHEMAS["TimeEntry"], "full")
    body["spent_date"] = "yesterday"
    body["project"] = None
    body["hours"] = "1,5"
    entry = models.TimeEntry.from_dict(copy.deepcopy(body))
    # Never a value of another type.
    assert (entry.spent_date, entry.project, entry.hours) == (UNSET, UNSET, UNSET)
    assert entry.additional_properties == {"spent_date": "yesterday", "project": None, "hours": "1,5"}
    assert entry.to_dict() == body
    assert isinstance(entry.task, models.TaskReference)
    assert isinstance(entry.required.created_at.year, int)
    kinds = {(d.attribute, d.kind) for d in drift_report()}
    assert {("spent_date", "unparseable"), ("project", "null"), ("hours", "type")} <= kinds


def test_one_odd_record_does_not_cost_the_page_or_its_neighbours_their_types() -> None:
    record = synthesize(SCHEMAS["TimeEntry"], "full")
    page = synthesize(SCHEMAS["TimeEntries"], "full")
    odd = {k: v for k, v in record.items() if k != "task"}
    page["time_entries"] = [copy.deepcopy(record) for _ in range(1999)] + [odd]
    parsed = models.TimeEntries.from_dict(copy.deepcopy(page))
    assert all(isinstance(e.task, models.TaskReference) for e in parsed.required.time_entries[:1999])
    assert parsed.required.time_entries[1999].to_dict() == odd
    assert parsed.to_dict() == page
    assert [(d.schema, d.attribute, d.kind, d.count) for d in drift_report()] == [("TimeEntry", "task", "missing", 1)]


def test_an_item_of_another_type_makes_the_list_unset_and_kept_as_it_came() -> None:
    # A list[TimeEntry] holds TimeEntry objects only: one string among them cannot be held.
    record = synthesize(SCHEMAS["TimeEntry"], "full")
    page = synthesize(SCHEMAS["TimeEntries"], "full")
    page["time_entries"] = [record, "not a record"]
    parsed = models.TimeEntries.from_dict(copy.deepcopy(page))
    held: Any = parsed.time_entries
    assert held is UNSET
    assert parsed.additional_properties["time_entries"] == page["time_entries"]
    assert parsed.to_dict() == page
    assert ("TimeEntries", "time_entries", "type") in {(d.schema, d.attribute, d.kind) for d in drift_report()}


def test_strict_names_the_place_in_the_body() -> None:
    page = synthesize(SCHEMAS["TimeEntries"], "full")
    page["time_entries"][0]["project"]["name"] = None
    with pytest.raises(SchemaDriftError) as caught:
        validate(models.TimeEntries, page)
    error = caught.value
    assert (error.schema, error.attribute, error.path, error.kind) == (
        "ProjectReference",
        "name",
        "time_entries[0].project.name",
        "null",
    )
    assert "should be string" in str(error) and "got null" in str(error)


def test_a_clean_instance_reports_nothing() -> None:
    for name in RESPONSE_SCHEMAS:
        getattr(models, name).from_dict(synthesize(SCHEMAS[name], "full"))
    assert drift_report() == []
