"""The pytest plugin consumers add to their conftest.py gives a working `fake_harvest` fixture."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CONFTEST = 'pytest_plugins = ["harvest_v2.testing.pytest_plugin"]\n'
CONSUMER_TEST = """
import pytest
from harvest_v2 import Harvest, SchemaDriftError


def test_consumer_code_against_the_fake(fake_harvest):
    with Harvest(**fake_harvest.client_kwargs()) as hv:
        created = hv.clients.create(name="Consumer Co")
        assert [c.name for c in hv.clients.list()] [0] == "Consumer Co"
    assert fake_harvest.store.get("Client", created.id)["name"] == "Consumer Co"


def test_the_plugin_runs_clients_strict(fake_harvest):
    with Harvest(**fake_harvest.client_kwargs()) as hv:
        created = hv.clients.create(name="Drifting Co")
        # A record the fake would serve unlike the spec: strict clients refuse it.
        fake_harvest.store.update("Client", created.id, {"is_active": "yes"})
        with pytest.raises(SchemaDriftError) as caught:
            hv.clients.get(created.id)
    assert (caught.value.schema, caught.value.attribute) == ("Client", "is_active")
"""


def test_fake_harvest_fixture_in_a_consumer_suite(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_consumer.py").write_text(CONSUMER_TEST)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
