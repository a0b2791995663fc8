"""The sync reads a page's records through `.required`: records that drifted to UNSET are a HarvestError naming
them, never a TypeError from iterating UNSET."""

from __future__ import annotations

import pytest
from harvest_v2 import HarvestError, UnsetAttributeError
from harvest_v2._operations import OPERATIONS
from harvest_v2.models import Clients
from harvest_v2.sync._source import _page

from tests.helpers import client_json, page_json


def _envelope(records: object) -> Clients:
    body = page_json("clients", [client_json(1)], next_url=None, page=1, total_entries=2, total_pages=1)
    return Clients.from_dict({**body, "clients": records})


def test_a_page_of_records_becomes_rows() -> None:
    page = _page(OPERATIONS["list_clients"], _envelope([client_json(1), client_json(2)]))
    assert [row["id"] for row in page.records] == [1, 2]


def test_records_that_drifted_to_unset_are_a_harvest_error_naming_them() -> None:
    with pytest.raises(UnsetAttributeError, match=r"Clients\.clients .* Harvest sent string 'none'") as caught:
        _page(OPERATIONS["list_clients"], _envelope("none"))
    assert isinstance(caught.value, HarvestError)
