"""A fake Harvest API v2 for tests: `pip install harvest-v2[testing]`.

    from harvest_v2 import Harvest
    from harvest_v2.testing import FakeHarvest

    with FakeHarvest() as fake:
        hv = Harvest(**fake.client_kwargs())
        hv.clients.create(name="Acme")

From the shell: `python -m harvest_v2.testing --port 8080 --seed demo`.
In pytest: `pytest_plugins = ["harvest_v2.testing.pytest_plugin"]` gives the
`fake_harvest` fixture.
"""

from ._app import Exchange
from ._churn import Churn
from ._faults import Faults
from ._identity import IdentityAccount, IdentityServer, OAuthApp
from ._limits import RateLimits
from ._server import DEFAULT_ACCOUNT_ID, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_TOKEN, FakeHarvest
from ._store import Store

__all__ = [
    "DEFAULT_ACCOUNT_ID",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_TOKEN",
    "Churn",
    "Exchange",
    "FakeHarvest",
    "Faults",
    "IdentityAccount",
    "IdentityServer",
    "OAuthApp",
    "RateLimits",
    "Store",
]
