"""NOT_GIVEN: an argument left out sends nothing, as does msgspec's UNSET (the old default); a value given is sent."""

from __future__ import annotations

import copy
import datetime
import functools
import inspect
import json
import pickle
import subprocess
import sys
from decimal import Decimal
from typing import Any

import harvest_v2
import httpx
import msgspec
import pytest
from harvest_v2 import NOT_GIVEN, UNSET, NotGiven
from harvest_v2._core._not_given import is_given
from harvest_v2._operations import OPERATIONS
from harvest_v2.client import AsyncHarvest, Harvest

from tests.core.test_arguments import Recorder
from tests.helpers import Clients


def test_not_given_is_one_falsy_object_with_a_clear_repr() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
    assert copy.copy(NOT_GIVEN) is NOT_GIVEN
    assert copy.deepcopy({"a": NOT_GIVEN})["a"] is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN
    assert NOT_GIVEN is not UNSET and NOT_GIVEN is not None


@pytest.mark.parametrize("value", [0, "", None, False, [], Decimal("0")])
def test_falsy_values_are_given(value: object) -> None:
    assert is_given(value)


def test_neither_marker_is_given() -> None:
    assert not is_given(NOT_GIVEN)
    assert not is_given(UNSET)


def test_not_given_is_recognised_without_msgspec_loaded() -> None:
    code = (
        "import sys\n"
        "from harvest_v2._core._not_given import NOT_GIVEN, is_given\n"
        "assert 'msgspec' not in sys.modules\n"
        "assert not is_given(NOT_GIVEN) and is_given(0) and is_given(None)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def _sent(request: httpx.Request) -> tuple[str, str, dict[str, Any] | None]:
    body = json.loads(request.content, parse_float=Decimal) if request.content else None
    return request.method, str(request.url), body


def _list(hv: Any, **arguments: Any) -> Any:
    return hv.time_entries.list(**arguments)


def _create(hv: Any, **arguments: Any) -> Any:
    return hv.time_entries.create(hours=Decimal("1.5"), **arguments)


@pytest.mark.parametrize("left_out", [NOT_GIVEN, UNSET], ids=["NOT_GIVEN", "UNSET"])
def test_an_argument_left_out_sends_nothing_in_the_query(clients: Clients, left_out: Any) -> None:
    recorder = Recorder()
    for arguments in (
        {"user_id": left_out, "is_running": left_out, "from_": left_out},
        {},
        {"user_id": 0, "is_running": False},
    ):
        hv, _ = clients.make(recorder)  # one client each: a listing closes its client with its with block
        clients.items(hv, functools.partial(_list, **arguments))
    with_marker, omitted, given = (_sent(request) for request in recorder.requests)
    assert with_marker == omitted
    assert "user_id" not in with_marker[1] and "from" not in with_marker[1]
    assert "user_id=0" in given[1] and "is_running=false" in given[1]


@pytest.mark.parametrize("left_out", [NOT_GIVEN, UNSET], ids=["NOT_GIVEN", "UNSET"])
def test_an_argument_left_out_sends_nothing_in_the_body(clients: Clients, left_out: Any) -> None:
    recorder = Recorder()
    day = datetime.date(2025, 3, 1)
    for optional in (
        {"notes": left_out, "user_id": left_out, "external_reference": left_out},
        {},
        {"notes": "", "user_id": 0},
    ):
        hv, _ = clients.make(recorder)
        clients.run(hv, functools.partial(_create, project_id=1, task_id=2, spent_date=day, **optional))
    with_marker, omitted, given = (_sent(request) for request in recorder.requests)
    assert with_marker == omitted
    assert with_marker[2] == {"project_id": 1, "task_id": 2, "spent_date": "2025-03-01", "hours": Decimal("1.5")}
    assert given[2] is not None and given[2]["notes"] == "" and given[2]["user_id"] == 0


@pytest.mark.parametrize("cls", [Harvest, AsyncHarvest])
def test_every_optional_method_argument_defaults_to_not_given(cls: type[Harvest] | type[AsyncHarvest]) -> None:
    hv = cls("t", "1", "Not given check (ops@example.com)")
    checked = 0
    for operation in OPERATIONS.values():
        method = getattr(getattr(hv, operation.tag), operation.method_name)
        for parameter in inspect.signature(method).parameters.values():
            annotation = str(parameter.annotation)
            if "NotGiven" in annotation or "Unset" in annotation:
                assert parameter.default is NOT_GIVEN, f"{operation.operation_id}({parameter.name})"
                assert "Unset" not in annotation, f"{operation.operation_id}({parameter.name}): {annotation}"
                checked += 1
    assert checked > 100  # the spec has hundreds: a check that found none would prove nothing


def test_the_public_names_are_the_core_ones() -> None:
    assert harvest_v2.NOT_GIVEN is NOT_GIVEN and harvest_v2.NotGiven is NotGiven
    assert UNSET is msgspec.UNSET  # UNSET stays msgspec's: the marker of a model attribute that was absent
