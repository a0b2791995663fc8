"""model.to_json(): the JSON of to_dict as bytes, Decimal money exact, for every model."""

from __future__ import annotations

import json
from decimal import Decimal

import harvest_v2.models
from harvest_v2._core._model import HarvestModel
from harvest_v2._openapi import load_document
from harvest_v2.models import TimeEntry

from tests.models._instances import synthesize


def _entry() -> TimeEntry:
    schema = load_document()["components"]["schemas"]["TimeEntry"]
    record = synthesize(schema, "full")
    record["hours"] = Decimal("12345678901234567.891")
    record["billable_rate"] = Decimal("0.10")
    return TimeEntry.from_dict(record)


def test_to_json_writes_decimal_money_exactly_and_round_trips_to_dict() -> None:
    entry = _entry()
    data = entry.to_json()
    assert isinstance(data, bytes)
    assert b'"hours":12345678901234567.891' in data
    assert b'"billable_rate":0.10' in data
    assert json.loads(data, parse_float=Decimal) == entry.to_dict()
    assert TimeEntry.from_dict(json.loads(data, parse_float=Decimal)) == entry


def test_every_model_has_the_one_to_json() -> None:
    for name in harvest_v2.models.__all__:
        model = getattr(harvest_v2.models, name)
        if isinstance(model, type) and issubclass(model, HarvestModel):
            assert model.to_json is HarvestModel.to_json, name
