"""Property-based conformance: schemathesis generates requests from the spec and checks the fake's answers.

Bounded (a few cases per operation) so it fits in `make test`; the e2e suite
covers behaviour, this covers the spec's edges the suite did not think of.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from harvest_v2._openapi import load_document
from harvest_v2.testing import FakeHarvest, RateLimits
from hypothesis import HealthCheck, Phase, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

schema = schemathesis.openapi.from_dict(load_document())
# Requests the spec allows. The fake ignores unknown query parameters as Harvest does, and the
# auth headers are ours to send, so schema-violating (negative) cases would test our harness.
schema.config.generation.update(modes=[GenerationMode.POSITIVE])


@pytest.fixture(scope="module")
def shared_fake() -> Iterator[FakeHarvest]:
    with FakeHarvest(seed="bulk:50", rate_limits=RateLimits(enabled=False)) as fake:
        yield fake


@schema.parametrize()
@settings(
    max_examples=4, deadline=None, derandomize=True, phases=[Phase.generate], suppress_health_check=list(HealthCheck)
)
def test_fake_conforms_to_the_spec(case: schemathesis.Case[Any], shared_fake: FakeHarvest) -> None:
    headers = shared_fake.headers("schemathesis (tests@example.com)")
    # A schema-valid body may still name records that do not exist (client_id 0): Harvest's 422
    # for that is correct, so "valid data must be accepted" does not apply to references.
    case.call_and_validate(base_url=shared_fake.base_url, headers=headers, excluded_checks=[positive_data_acceptance])
