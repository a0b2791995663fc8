"""The fake under hostile or careless input: Harvest's answers, never a 500 or a traceback.

Over real HTTP (the fake's own server), since the 500s these rules replace came from uvicorn.
"""

from __future__ import annotations

import datetime
import socket
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from harvest_v2 import File, Harvest, ValidationError
from harvest_v2.testing import FakeHarvest, RateLimits
from harvest_v2.testing.__main__ import main

MAX_JSON_DEPTH = 100  # Ruby JSON's max_nesting, which Harvest's parser keeps


@pytest.fixture
def fake() -> Iterator[FakeHarvest]:
    with FakeHarvest(rate_limits=RateLimits(enabled=False)) as served:
        yield served


def _post(fake: FakeHarvest, path: str, body: bytes) -> httpx.Response:
    headers = {**fake.headers(), "Content-Type": "application/json"}
    return httpx.post(f"{fake.base_url}{path}", content=body, headers=headers, timeout=30)


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,  # deeper than Python's decoder can follow
        b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        b'{"name": ' + b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1) + b"}",  # parses, too deep for Harvest
        b'{"name": "Acme",',
    ],
    ids=["arrays 100,000 deep", "objects 100,000 deep", "just over Harvest's depth", "truncated"],
)
def test_a_body_that_cannot_be_read_as_json_answers_400(fake: FakeHarvest, body: bytes) -> None:
    response = _post(fake, "/clients", body)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert fake.status_counts == {400: 1}


def test_json_as_deep_as_harvest_allows_is_read(fake: FakeHarvest) -> None:
    nested = b"[" * (MAX_JSON_DEPTH - 1) + b"]" * (MAX_JSON_DEPTH - 1)
    response = _post(fake, "/clients", b'{"name": "Acme", "address": ' + nested + b"}")
    assert response.status_code == 422  # read, then refused for its type: address is text
    assert "address" in response.json()["message"]


def test_status_counts_count_an_answer_the_fake_failed_to_make(
    fake: FakeHarvest, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("a bug in the fake")

    monkeypatch.setattr(fake.app.engine, "serve", broken)
    response = httpx.get(f"{fake.base_url}/clients/1", headers=fake.headers(), timeout=30)
    assert response.status_code == 500
    assert fake.status_counts == {500: 1}


def test_status_counts_count_what_faults_sent(fake: FakeHarvest) -> None:
    fake.faults.non_json_next()
    response = httpx.get(f"{fake.base_url}/clients/999", headers=fake.headers(), timeout=30)
    assert response.status_code == 200  # the fault's HTML page replaced the 404
    assert fake.status_counts == {200: 1}


@pytest.mark.parametrize("name", ["", "   "])
def test_a_create_with_a_blank_required_name_answers_422(fake: FakeHarvest, name: str) -> None:
    clients_before = fake.store.count("Client")
    response = _post(fake, "/clients", f'{{"name": "{name}"}}'.encode())
    assert response.status_code == 422
    assert response.json() == {"message": "name can't be blank"}
    assert fake.store.count("Client") == clients_before


def test_a_blank_required_field_through_the_client_is_a_validation_error(fake: FakeHarvest) -> None:
    with Harvest(**fake.client_kwargs(), throttle=False) as hv, pytest.raises(ValidationError, match="can't be blank"):
        hv.tasks.create(name="")
    assert fake.status_counts == {422: 1}


def _listening_port() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    return sock


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_port_out_of_range_is_one_line(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--port", port]) == 2
    err = capsys.readouterr().err
    assert err == f"python -m harvest_v2.testing: error: --port must be 0-65535 (0: a free one), got {port}\n"


def test_a_busy_port_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with _listening_port() as busy:
        port = busy.getsockname()[1]
        assert main(["--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"python -m harvest_v2.testing: error: cannot listen on 127.0.0.1:{port}: ")
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("busy", [False, True], ids=["port 99999", "busy port"])
def test_the_command_fails_in_one_line(busy: bool) -> None:
    with _listening_port() as taken:
        port = str(taken.getsockname()[1]) if busy else "99999"
        result = subprocess.run(
            [sys.executable, "-m", "harvest_v2.testing", "--port", port],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        (b'{"name": "Acme", "address": NaN}', 400, "NaN"),
        (b'{"name": "Acme", "address": Infinity}', 400, "Infinity"),
        (b'{"name": "Acme", "address": -Infinity}', 400, "Infinity"),
        (b'{"name": "Acme \\ud800"}', 400, "surrogate"),
        (b'{"name": "Acme", "\\udfff": 1}', 400, "surrogate"),
        (b'{"name": "Acme", "nested": [{"deep": "\\udbff"}]}', 400, "surrogate"),
    ],
    ids=["NaN", "Infinity", "-Infinity", "lone high surrogate", "lone low surrogate in a key", "nested surrogate"],
)
def test_text_and_numbers_no_answer_could_carry_are_refused_and_never_stored(
    fake: FakeHarvest, body: bytes, status: int, reason: str
) -> None:
    clients_before = fake.store.count("Client")
    response = _post(fake, "/clients", body)
    assert response.status_code == status
    assert reason in response.text
    assert fake.store.count("Client") == clients_before
    listing = httpx.get(f"{fake.base_url}/clients", headers=fake.headers(), timeout=30)
    assert listing.status_code == 200  # nothing poisoned: every later answer can still be written


@pytest.mark.parametrize("number", [b"1e999", b"-1e400", b"NaN"])
def test_a_money_field_past_a_double_is_refused(fake: FakeHarvest, number: bytes) -> None:
    response = _post(fake, "/tasks", b'{"name": "Huge", "default_hourly_rate": ' + number + b"}")
    assert response.status_code in (400, 422)
    if response.status_code == 422:
        assert response.json()["message"].startswith("default_hourly_rate must be a finite number")
    assert fake.store.count("Task") == 0
    paired = _post(fake, "/tasks", b'{"name": "Fine \\ud83d\\ude00", "default_hourly_rate": 1e2}')
    assert paired.status_code == 201  # a surrogate pair is one character, and 1e2 is a number
    assert paired.json()["name"] == "Fine \U0001f600"


def test_a_receipt_with_a_spent_date_is_stored_and_reported(fake: FakeHarvest) -> None:
    with Harvest(**fake.client_kwargs(), throttle=False) as hv:
        client = hv.clients.create(name="Receipts", currency="EUR")
        project = hv.projects.create(
            client_id=client.required.id, name="Receipts", is_billable=True, bill_by="Project", budget_by="none"
        )
        category = hv.expense_categories.create(name="Meals")
        day = datetime.date(2026, 11, 5)
        expense = hv.expenses.create(
            project_id=project.required.id,
            expense_category_id=category.required.id,
            spent_date=day,
            total_cost=Decimal("12.50"),
            receipt=File(b"%PDF-1.4 receipt", "lunch.pdf", "application/pdf"),
        )
        assert (expense.spent_date, expense.total_cost, expense.billable) == (day, Decimal("12.50"), True)
        receipt = expense.required.receipt
        assert receipt is not None and receipt.file_name == "lunch.pdf"
        assert [row.total_amount for row in hv.reports.expense_clients(from_=day, to=day)] == [Decimal("12.50")]
        assert [e.id for e in hv.expenses.list(from_=day, to=day)] == [expense.id]
    assert 500 not in fake.status_counts
