"""The command reads a page's records through `.required`: records that drifted to UNSET are a HarvestError naming
them (which the command prints as one line, status 1), never a TypeError from iterating UNSET."""

from __future__ import annotations

import pytest
from harvest_v2 import HarvestError, UnsetAttributeError
from harvest_v2.cli._operation_commands import _page_records
from harvest_v2.models import Clients

from tests.helpers import client_json, page_json


def _page(records: object) -> Clients:
    body = page_json("clients", [client_json(1)], next_url=None, page=1, total_entries=1, total_pages=1)
    return Clients.from_dict({**body, "clients": records})


def test_the_records_of_a_page_are_read_as_they_are() -> None:
    assert [client.required.id for client in _page([client_json(1), client_json(2)]).required.clients] == [1, 2]
    assert [c.id for c in _page_records(_page([client_json(3)]), "clients")] == [3]


def test_records_that_drifted_to_unset_are_a_harvest_error_naming_them() -> None:
    with pytest.raises(UnsetAttributeError, match=r"Clients\.clients .* Harvest sent string 'none'") as caught:
        _page_records(_page("none"), "clients")
    assert isinstance(caught.value, HarvestError)
