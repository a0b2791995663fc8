"""Every generated model is a HarvestModel: keyword-only, strict in the fast path, tolerant in from_dict."""

from __future__ import annotations

import inspect

import harvest_v2.models
import msgspec
import pytest
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
