"""Every generated model is a HarvestModel: keyword-only, strict in the fast path, tolerant in from_dict."""

from __future__ import annotations

import datetime
import inspect
import json
from decimal import Decimal
from typing import Any

import harvest_v2.models
import msgspec
import pytest
from harvest_v2 import json_default
from harvest_v2._core._model import HarvestModel
from harvest_v2.models import Client

MODELS = [getattr(harvest_v2.models, name) for name in harvest_v2.models.__all__]
STRUCTS = [model for model in MODELS if inspect.isclass(model)]


def test_every_model_class_is_a_harvest_model_built_by_the_one_from_dict() -> None:
    assert len(STRUCTS) > 40
    for model in STRUCTS:
        assert issubclass(model, HarvestModel), model
        assert model.from_dict.__func__ is HarvestModel.from_dict.__func__, model  # type: ignore[attr-defined]
        assert model.__struct_config__.forbid_unknown_fields, model


def test_a_model_takes_keywords_only() -> None:
    with pytest.raises(TypeError, match="positional"):
        Client(1)  # type: ignore[call-arg]


def test_the_fast_path_refuses_an_unknown_attribute_and_from_dict_keeps_it() -> None:
    body = {
        "id": 1,
        "name": "Acme",
        "is_active": True,
        "address": None,
        "currency": "EUR",
        "created_at": "2024-01-01T00:00:00Z",
        "updated_at": "2024-01-01T00:00:00Z",
        "loyalty_tier": "gold",
    }
    with pytest.raises(msgspec.ValidationError, match="loyalty_tier"):
        msgspec.convert(body, Client)
    client = Client.from_dict(body)
    assert client.additional_properties == {"loyalty_tier": "gold"}
    assert client.to_dict() == body


def _entry_with_money() -> Any:
    from harvest_v2.models import TimeEntry
    from harvest_v2.testing import FakeHarvest

    body = {
        **FakeHarvest(seed="bulk:1").store.all("TimeEntry")[0],
        "id": 7,
        "hours": Decimal("12345678901234567.891"),
        "billable_rate": Decimal("110.10"),
        "spent_date": "2026-02-03",
    }
    return TimeEntry.from_dict(body), body


def test_to_json_writes_money_as_exact_numbers() -> None:
    entry, _ = _entry_with_money()
    raw = entry.to_json()
    assert isinstance(raw, bytes)
    assert b'"hours":12345678901234567.891' in raw and b'"billable_rate":110.10' in raw
    assert b'"spent_date":"2026-02-03"' in raw
    assert json.loads(raw, parse_float=Decimal) == entry.to_dict()
    assert type(entry).from_dict(json.loads(raw, parse_float=Decimal)) == entry


def test_to_json_keeps_what_the_spec_does_not_know() -> None:
    client = Client.from_dict({**_CLIENT, "loyalty_tier": "gold", "address": None})
    assert json.loads(client.to_json())["loyalty_tier"] == "gold"
    assert json.loads(client.to_json())["address"] is None


def test_json_default_lets_json_dumps_write_models_and_decimals() -> None:
    entry, _ = _entry_with_money()
    text = json.dumps(
        {"entries": [entry], "total": Decimal("0.10"), "day": datetime.date(2026, 1, 2)}, default=json_default
    )
    back = json.loads(text)
    assert back["total"] == "0.10" and back["day"] == "2026-01-02"
    assert back["entries"][0]["hours"] == "12345678901234567.891" and back["entries"][0]["id"] == 7
    with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
        json.dumps(object(), default=json_default)


_CLIENT = {
    "id": 1,
    "name": "Acme",
    "is_active": True,
    "currency": "EUR",
    "created_at": "2024-01-01T00:00:00Z",
    "updated_at": "2024-01-01T00:00:00Z",
}
