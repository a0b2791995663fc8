"""The fake under hostile or careless input: Harvest's answers, never a 500 or a traceback.

Over real HTTP (the fake's own server), since the 500s these rules replace came from uvicorn.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from harvest_v2 import Harvest, ValidationError
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
