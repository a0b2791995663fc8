"""Every response model parses what the spec allows and serialises it back unchanged.

Instances are synthesised from the bundled spec for each schema a response can
contain, in several variants: every attribute set, nullable ones null, only the
required ones, an enum value the spec does not know, and an attribute the
schema does not know.
"""

from __future__ import annotations

import copy

import harvest_v2.models as models
import pytest

from tests.models._instances import RESPONSE_SCHEMAS, SCHEMAS, VARIANTS, synthesize


def test_every_response_schema_has_a_model() -> None:
    assert len(RESPONSE_SCHEMAS) > 40
    missing = [name for name in RESPONSE_SCHEMAS if not hasattr(models, name)]
    assert not missing


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_parses_and_serialises_back(name: str, variant: str) -> None:
    instance = synthesize(SCHEMAS[name], variant)
    model = getattr(models, name).from_dict(copy.deepcopy(instance))
    assert model.to_dict() == instance


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_unknown_attributes_are_kept(name: str) -> None:
    instance = synthesize(SCHEMAS[name], "full")
    instance["attribute_from_the_future"] = {"nested": [1, 2]}
    model = getattr(models, name).from_dict(copy.deepcopy(instance))
    assert model.additional_properties == {"attribute_from_the_future": {"nested": [1, 2]}}
    assert model.to_dict() == instance
