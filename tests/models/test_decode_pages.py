"""Pages that differ from the spec: read record by record, unknown attributes learnt, nothing lost, all reported."""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import pytest
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


def test_odd_records_first_last_and_adjacent_each_resume_the_loop_in_c() -> None:
    page = _page(10)
    for i in (0, 1, 6, 9):
        page["time_entries"][i]["hours"] = f"{i},5"
    wire = _ENCODER.encode(page)
    _decode._drifting.discard(TimeEntries)
    for _ in range(2):  # the whole-page attempt first, then record by record at once
        parsed = read_tolerant(TimeEntries, wire)
        assert [e.id for e in parsed.required.time_entries] == list(range(10))
        assert [i for i, e in enumerate(parsed.required.time_entries) if _any(e).hours is msgspec.UNSET] == [0, 1, 6, 9]
        assert [
            e.additional_properties.get("hours") for e in parsed.required.time_entries if e.additional_properties
        ] == [
            "0,5",
            "1,5",
            "6,5",
            "9,5",
        ]
        assert all(type(e) is TimeEntry for e in parsed.required.time_entries)
        assert parsed.to_dict() == msgspec.json.decode(wire, type=dict)
    assert [(d.attribute, d.kind, d.count) for d in drift_report()] == [("hours", "type", 8)]


def _any(record: TimeEntry) -> Any:
    return record  # the attribute may hold UNSET at run time although typed Decimal (the contract's price)


def _forget_loose() -> None:
    _decode._loose.clear()
    _decode._learnt.clear()
    _decode._drifting.discard(TimeEntries)


_DROP = object()

# Values msgspec refuses for a record's own attribute (or takes), each read through the twin that declares the
# attribute as any JSON value, then held to the spec exactly as a record read attribute by attribute.
_LOOSE_CASES = [
    ("hours", "1,5"),  # type: UNSET, kept
    ("hours", None),  # null where not nullable
    ("hours", _DROP),  # missing
    ("id", Decimal("7.0")),  # integer written as a fraction
    ("is_locked", "no"),
    ("approval_status", "held"),  # an enum value the spec does not list
    ("spent_date", "2025-02-31"),
    ("created_at", "yesterday"),
    ("notes", 42),
]


@pytest.mark.parametrize(
    ("name", "value"), _LOOSE_CASES, ids=[f"{n}={'absent' if v is _DROP else v!r}" for n, v in _LOOSE_CASES]
)
def test_a_record_attribute_msgspec_refused_is_loosened_and_later_pages_stay_one_call_in_c(
    name: str, value: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forget_loose()
    page = _page(8)
    for i in (2, 5):
        if value is _DROP:
            del page["time_entries"][i][name]
        else:
            page["time_entries"][i][name] = value
    page["time_entries"][3]["hours"] = 2  # a JSON integer for a decimal is the spec's: Decimal("2"), no report
    wire = _ENCODER.encode(page)
    calls: list[str] = []
    first = read_tolerant(TimeEntries, wire)  # record by record, learning the attribute
    assert name in _decode._loose[TimeEntry]
    original = _decode._decode_by_record

    def by_record(*args: Any) -> Any:
        calls.append("by record")
        return original(*args)

    monkeypatch.setattr(_decode, "_decode_by_record", by_record)
    second = read_tolerant(TimeEntries, wire)  # one call in C through the twin
    assert calls == []
    assert second == first
    assert [e.additional_properties for e in second.required.time_entries] == [
        e.additional_properties for e in first.required.time_entries
    ]
    assert all(type(e) is TimeEntry for e in second.required.time_entries)
    assert (
        second.required.time_entries[3].hours == Decimal("2") and type(second.required.time_entries[3].hours) is Decimal
    )
    assert _typed(_DECODER.decode(second.to_json())) == _typed(_DECODER.decode(wire))  # exactly what came
    assert pickle.loads(pickle.dumps(second)) == second
    counts = {(d.attribute, d.kind): d.count for d in drift_report()}
    for key, count in counts.items():
        assert count == 4, key  # two records on each page: reported alike both ways
    if value is _DROP:
        assert counts == {(name, "missing"): 4}


def test_in_a_run_the_twin_also_reads_what_msgspec_would_take_without_a_word() -> None:
    # Once an attribute is loose, its values are read as build_tolerant reads them: a decimal sent as text is
    # converted, kept as it came and reported, where the C decoder would take it silently (see README's gap).
    _forget_loose()
    page = _page(6)
    page["time_entries"][1]["hours"] = "1,5"
    read_tolerant(TimeEntries, _ENCODER.encode(page))
    page["time_entries"][1]["hours"] = 1.5
    page["time_entries"][4]["hours"] = "1.50"
    wire = _ENCODER.encode(page)
    parsed = read_tolerant(TimeEntries, wire)
    assert parsed.required.time_entries[4].hours == Decimal("1.50")
    assert parsed.required.time_entries[4].additional_properties == {"hours": "1.50"}
    assert _typed(_DECODER.decode(parsed.to_json())) == _typed(_DECODER.decode(wire))
    assert [(d.attribute, d.kind, d.count) for d in drift_report()] == [("hours", "type", 2)]


def test_a_clean_page_after_a_drifted_one_ends_the_run_and_takes_the_plain_decode_again(clients: Clients) -> None:
    _forget_loose()
    page = _page(6)
    clean = _ENCODER.encode(page)
    page["time_entries"][4]["hours"] = "1,5"
    odd = _ENCODER.encode(page)
    bodies = iter([odd, odd, clean, clean])

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=next(bodies), headers=_JSON)

    parsed = []
    for _ in range(4):
        hv, _ = clients.make(answer, strict=False)
        parsed.append(clients.run(hv, lambda hv: hv.time_entries.list().first_page()))
    assert _decode._loose[TimeEntry] == {"hours"}
    assert parsed[0] == parsed[1] and parsed[2] == parsed[3]
    assert parsed[1].time_entries[4].additional_properties == {"hours": "1,5"}
    assert all(e.additional_properties == {} for e in parsed[3].time_entries)
    assert TimeEntries not in _decode._drifting
    assert [(d.attribute, d.kind, d.count) for d in drift_report()] == [("hours", "type", 2)]


def _typed(value: Any) -> Any:
    """A JSON value with its JSON types spelled out, so 5 and 5.0 and "5" all differ."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, str(value))


_DECODER = msgspec.json.Decoder(float_hook=Decimal)


def test_a_learnt_attribute_and_a_loose_one_share_one_twin() -> None:
    _forget_loose()
    page = _page(6)
    for record in page["time_entries"]:
        record["billing_code"] = "A-17"
    page["time_entries"][2]["is_locked"] = "no"
    del page["time_entries"][4]["billing_code"]
    wire = _ENCODER.encode(page)
    first = read_tolerant(TimeEntries, wire)
    assert (_decode._learnt[TimeEntry], _decode._loose[TimeEntry]) == (
        frozenset({"billing_code"}),
        frozenset({"is_locked"}),
    )
    second = read_tolerant(TimeEntries, wire)
    twin = _decode._twins[(TimeEntries, frozenset({"billing_code"}), frozenset({"is_locked"}))]
    assert twin.swap and [lo.field.name for lo in twin.loose] == ["is_locked"]
    assert second == first and all(type(e) is TimeEntry for e in second.required.time_entries)
    assert second.required.time_entries[2].additional_properties == {"billing_code": "A-17", "is_locked": "no"}
    assert second.required.time_entries[4].additional_properties == {}
    assert second.to_dict() == msgspec.json.decode(wire, type=dict)
    assert {(d.attribute, d.kind): d.count for d in drift_report()} == {
        ("billing_code", "unknown"): 10,
        ("is_locked", "type"): 2,
    }
