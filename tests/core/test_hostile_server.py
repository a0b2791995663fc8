"""Every failure is a HarvestError: a server answering bytes no honest HTTP server would.

A raw socket on 127.0.0.1 answers each request with fixed bytes and closes, so httpx and httpcore
meet the broken status lines, bodies, encodings and headers themselves. Whatever breaks, the call
raises a HarvestError whose text holds no token.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from harvest_v2 import HarvestError, UnexpectedResponseError

from tests.helpers import ACCOUNT, AGENT, TOKEN, Clients

_JSON = b"Content-Type: application/json\r\n"

RAW: dict[str, bytes] = {
    "not HTTP": b"NOT HTTP AT ALL\r\n\r\n",
    "nothing": b"",
    "status 999": b"HTTP/1.1 999 Odd\r\nContent-Length: 2\r\n" + _JSON + b"\r\n{}",
    "body shorter than its length": b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n" + _JSON + b"\r\n{}",
    "broken chunks": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n" + _JSON + b"\r\nzz\r\n{}\r\n0\r\n\r\n",
    "gzip that is not": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n" + _JSON + b"\r\nabcd",
    "unknown charset": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json; charset=zz\r\n\r\n{x",
    "header too long": b"HTTP/1.1 200 OK\r\nX-A: " + b"a" * 200_000 + b"\r\nContent-Length: 2\r\n\r\n{}",
    "redirect elsewhere": b"HTTP/1.1 302 Found\r\nLocation: http://evil.example/\r\nContent-Length: 0\r\n\r\n",
    "429 waiting forever": b"HTTP/1.1 429 Slow down\r\nRetry-After: 1e400\r\nContent-Length: 0\r\n\r\n",
}


class _RawServer:
    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return  # closed: the test is over
            with connection:
                try:
                    connection.settimeout(5)
                    connection.recv(65536)
                    connection.sendall(self.raw)
                except OSError:
                    pass  # the client gave up first


@pytest.fixture(params=list(RAW))
def hostile(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    server = _RawServer(RAW[request.param])
    yield request.param, f"http://127.0.0.1:{server.port}/v2"
    server.sock.close()


def _settings(base_url: str) -> dict[str, Any]:
    return {"access_token": TOKEN, "account_id": ACCOUNT, "user_agent": AGENT, "base_url": base_url}


def _check(case: str, error: BaseException) -> None:
    assert isinstance(error, HarvestError), f"{case}: {type(error).__name__}: {error}"
    assert TOKEN not in str(error)
    if case == "gzip that is not":
        assert isinstance(error, UnexpectedResponseError) and "could not be decoded" in str(error)


def test_a_call_raises_only_harvest_errors(clients: Clients, hostile: tuple[str, str]) -> None:
    case, base_url = hostile
    hv = clients.cls(**_settings(base_url), throttle=False, max_retries=0)
    with pytest.raises(Exception) as info:
        clients.run(hv, lambda hv: hv.clients.get(1))
    _check(case, info.value)
