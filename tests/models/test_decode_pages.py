"""Pages that differ from the spec: read record by record, unknown attributes learnt, nothing lost, all reported."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import httpx
import msgspec
from harvest_v2 import drift_report, reset_drift_report
from harvest_v2._core import _decode
from harvest_v2._core._decode import read_tolerant
from harvest_v2.models import TimeEntries, TimeEntry

from tests.helpers import Clients
from tests.models._instances import SCHEMAS, synthesize

_ENCODER = msgspec.json.Encoder(decimal_format="number")


def _page(count: int) -> dict[str, Any]:
    page: dict[str, Any] = synthesize(SCHEMAS["TimeEntries"], "full")
    record = page["time_entries"][0]
    page["time_entries"] = [{**copy.deepcopy(record), "id": i} for i in range(count)]
    return page


def _forget_learnt() -> None:
    _decode._learnt.clear()


def test_one_odd_record_is_read_alone_and_its_neighbours_keep_the_fast_path(clients: Clients) -> None:
    page = _page(50)
    page["time_entries"][20]["hours"] = "1,5"
    wire = _ENCODER.encode(page)
    hv, _ = clients.make(lambda request: httpx.Response(200, content=wire, headers=_JSON), strict=False)
    parsed = clients.run(hv, lambda hv: hv.time_entries.list().first_page())
    assert [e.id for e in parsed.time_entries] == list(range(50))
    odd: Any = parsed.time_entries[20]
    assert odd.hours is msgspec.UNSET and odd.additional_properties == {"hours": "1,5"}
    assert all(e.additional_properties == {} for i, e in enumerate(parsed.time_entries) if i != 20)
    assert parsed.to_dict() == msgspec.json.decode(wire, type=dict)
    assert [(d.attribute, d.kind, d.count, d.operations) for d in drift_report()] == [
        ("hours", "type", 1, ["list_time_entries"])
    ]


def test_an_attribute_on_every_record_is_learnt_and_later_pages_stay_in_c() -> None:
    _forget_learnt()
    page = _page(30)
    for record in page["time_entries"]:
        record["billing_code"] = "A-17"
    del page["time_entries"][3]["billing_code"]  # a record without it
    wire = _ENCODER.encode(page)
    first = read_tolerant(TimeEntries, wire)
    assert _decode._learnt[TimeEntry] == {"billing_code"}
    second = read_tolerant(TimeEntries, wire)  # through the learnt twin
    for parsed in (first, second):
        entries = parsed.required.time_entries
        assert all(type(e) is TimeEntry for e in entries)
        assert entries[0].additional_properties == {"billing_code": "A-17"}
        assert entries[3].additional_properties == {}
        assert parsed.to_dict() == msgspec.json.decode(wire, type=dict)
    assert first == second
    assert pickle.loads(pickle.dumps(second)) == second
    ((drift),) = drift_report()
    assert (drift.attribute, drift.kind, drift.count) == ("billing_code", "unknown", 29 * 2)
    reset_drift_report()
    read_tolerant(TimeEntries, wire)
    assert [(d.attribute, d.kind) for d in drift_report()] == [("billing_code", "unknown")]  # reported again


def test_several_learnt_attributes_and_other_drift_alongside() -> None:
    _forget_learnt()
    page = _page(10)
    for record in page["time_entries"]:
        record["billing_code"] = "A-17"
        record["cost_center"] = {"id": 4}
    wire = _ENCODER.encode(page)
    read_tolerant(TimeEntries, wire)
    assert _decode._learnt[TimeEntry] == {"billing_code", "cost_center"}
    page["time_entries"][5]["is_locked"] = "no"  # the twin refuses the page: record by record again
    odd_wire = _ENCODER.encode(page)
    for body in (wire, odd_wire):
        parsed = read_tolerant(TimeEntries, body)
        assert parsed.to_dict() == msgspec.json.decode(body, type=dict)
        assert parsed.required.time_entries[0].additional_properties == {
            "billing_code": "A-17",
            "cost_center": {"id": 4},
        }
        assert all(type(e) is TimeEntry for e in parsed.required.time_entries)
    assert {(d.attribute, d.kind) for d in drift_report()} == {
        ("billing_code", "unknown"),
        ("cost_center", "unknown"),
        ("is_locked", "type"),
    }


def test_an_envelope_that_differs_is_read_whole() -> None:
    page = _page(3)
    page["total_pages"] = "one"
    parsed = read_tolerant(TimeEntries, _ENCODER.encode(page))
    assert [type(e) for e in parsed.required.time_entries] == [TimeEntry] * 3
    assert parsed.additional_properties == {"total_pages": "one"}
    assert [(d.attribute, d.kind) for d in drift_report()] == [("total_pages", "type")]


_JSON = {"Content-Type": "application/json"}


def test_after_a_page_with_an_odd_record_the_next_is_read_record_by_record_until_one_is_clean() -> None:
    page = _page(5)
    clean = _ENCODER.encode(page)
    page["time_entries"][2]["hours"] = None
    odd = _ENCODER.encode(page)
    _decode._drifting.discard(TimeEntries)
    _forget_learnt()
    read_tolerant(TimeEntries, odd)
    assert TimeEntries in _decode._drifting
    again = read_tolerant(TimeEntries, odd)
    assert again.to_dict() == msgspec.json.decode(odd, type=dict)
    assert read_tolerant(TimeEntries, clean).to_dict() == msgspec.json.decode(clean, type=dict)
    assert TimeEntries not in _decode._drifting
    assert [(d.attribute, d.kind, d.count) for d in drift_report()] == [("hours", "null", 2)]
