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
