"""Test configuration shared by every test package."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from harvest_v2 import reset_drift_report


@pytest.fixture(autouse=True)
def _fresh_drift_report() -> Iterator[None]:
    # The drift report is process-wide; each test sees only the drift it causes.
    reset_drift_report()
    yield
    reset_drift_report()


@pytest.fixture(autouse=True)
def _fresh_refresh_tokens() -> Iterator[None]:
    # What the process knows of each refresh token (a refusal stays for good) is process-wide too;
    # tests reuse token values, so each starts with none known.
    from harvest_v2._core import _refresh

    _refresh.forget_refresh_tokens()
    yield
