"""A call's total deadline and the body cap, against servers on 127.0.0.1 that never end or inflate.

Each server is a raw socket answering with bytes of its own pace, so httpcore meets the drip, the
endless 1xx and the gzip bomb itself. The deadlines are short and real (the point is wall time).
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from harvest_v2 import DeadlineExceededError, RateLimitError, UnexpectedResponseError
from harvest_v2._core._operation import Bucket
from harvest_v2._core._pacing import Booking

from tests.helpers import ACCOUNT, AGENT, TOKEN, Clients

_END_AFTER = 10.0  # a server stops on its own after this long, whatever the client does
_Answer = Callable[[socket.socket], None]


def _drip(data: bytes, every: float) -> _Answer:
    def answer(connection: socket.socket) -> None:
        for byte in data:
            connection.sendall(bytes([byte]))
            time.sleep(every)

    return answer


def _drip_body(connection: socket.socket) -> None:
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
    _drip(b" " * 100000, 0.05)(connection)


def _endless_processing(connection: socket.socket) -> None:
    started = time.monotonic()
    while time.monotonic() - started < _END_AFTER:
        connection.sendall(b"HTTP/1.1 102 Processing\r\n\r\n")
        time.sleep(0.05)


_BOMB = gzip.compress(b" " * (20 * 1024 * 1024))


def _gzip_bomb(connection: socket.socket) -> None:
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        b"Content-Length: %d\r\n\r\n" % len(_BOMB)
    )
    connection.sendall(head + _BOMB)


class _Server:
    def __init__(self, answer: _Answer) -> None:
        self.answer = answer
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/v2"
        self.requests = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return  # closed: the test is over
            self.requests += 1
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            try:
                connection.settimeout(_END_AFTER)
                connection.recv(65536)
                self.answer(connection)
            except OSError:
                pass  # the client gave up, as it should


@pytest.fixture
def serve() -> Iterator[Callable[[_Answer], _Server]]:
    servers: list[_Server] = []

    def start(answer: _Answer) -> _Server:
        servers.append(_Server(answer))
        return servers[-1]

    yield start
    for server in servers:
        server.sock.close()


def _real_client(clients: Clients, url: str, **options: object) -> object:
    # Real transport (the caller passes none), so the deadline reaches every socket read.
    settings: dict[str, object] = {"base_url": url, "throttle": False, "strict": True, "max_retries": 0}
    settings.update(options)
    hv = clients.cls(TOKEN, ACCOUNT, AGENT, **settings)  # type: ignore[arg-type]
    clients._made.append(hv)
    return hv


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(_drip_body, id="body dripping a byte every 50 ms"),
        pytest.param(_drip(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" * 50, 0.05), id="dripping head"),
        pytest.param(_endless_processing, id="102 Processing forever"),
    ],
)
def test_a_server_that_never_finishes_is_stopped_at_the_deadline(
    clients: Clients, serve: Callable[[_Answer], _Server], answer: _Answer
) -> None:
    server = serve(answer)
    # Each read comes well within the 2 s timeout: only the deadline can end the call.
    hv = _real_client(clients, server.url, timeout=2, deadline=0.6)
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError, match="deadline") as raised:
        clients.wait(hv.clients.get(7))  # type: ignore[attr-defined]
    took = time.monotonic() - started
    assert 0.5 < took < 1.5
    assert raised.value.method == "GET"
    assert server.requests == 1  # not retried


def test_the_deadline_can_be_set_per_client_with_options(clients: Clients, serve: Callable[[_Answer], _Server]) -> None:
    server = serve(_endless_processing)
    hv = _real_client(clients, server.url, timeout=2)
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        clients.wait(hv.with_options(deadline=0.4).clients.get(7))  # type: ignore[attr-defined]
    assert time.monotonic() - started < 1.3


def test_a_gzip_bomb_is_refused_at_max_body_size(clients: Clients, serve: Callable[[_Answer], _Server]) -> None:
    server = serve(_gzip_bomb)
    hv = _real_client(clients, server.url, max_body_size=1024 * 1024)
    with pytest.raises(UnexpectedResponseError, match=r"larger than max_body_size \(1048576 bytes\)") as raised:
        clients.wait(hv.clients.get(7))  # type: ignore[attr-defined]
    assert raised.value.status == 200


def test_a_retry_wait_that_would_pass_the_deadline_is_not_taken(clients: Clients) -> None:
    answers = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal answers
        answers += 1
        return httpx.Response(429, headers={"Retry-After": "5"}, json={"message": "slow down"})

    hv, sleep = clients.make(handler, deadline=2)
    with pytest.raises(RateLimitError, match="would pass the call's deadline"):
        clients.wait(hv.clients.get(7))
    assert answers == 1
    assert sleep.waits == []


def test_a_pacing_wait_past_the_deadline_raises_before_sending(clients: Clients) -> None:
    sent = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        return httpx.Response(200, json={})

    hv, sleep = clients.make(handler, deadline=1, throttle=True, account_id="555001")
    pacer = hv._pipeline.pacer
    assert pacer is not None
    reserve, areserve_real = pacer.reserve, pacer.areserve

    def late(bucket: Bucket) -> Booking:
        booking = reserve(bucket)
        booking.delay = 30.0  # the slot comes in 30 s
        return booking

    async def alate(bucket: Bucket) -> Booking:
        booking = await areserve_real(bucket)
        booking.delay = 30.0
        return booking

    pacer.reserve = late  # type: ignore[method-assign]
    pacer.areserve = alate  # type: ignore[method-assign]
    with pytest.raises(DeadlineExceededError, match=r"rate-limit slot comes in 30\.0s"):
        clients.wait(hv.clients.get(7))
    assert sent == 0
    assert sleep.waits == []


def test_the_default_deadline_is_derived_from_timeout_and_retries(clients: Clients) -> None:
    hv, _ = clients.make(lambda request: httpx.Response(200), timeout=httpx.Timeout(20, connect=5), max_retries=2)
    pipeline = hv._pipeline
    assert pipeline.call_deadline(None) == (5 + 20 + 20) * 3 + 300
    # A per-call timeout counts in the derived deadline of that call.
    from harvest_v2._core._options import call_options

    assert pipeline.call_deadline(call_options(None, None, None, 1)) == 3 * 3 + 300
    assert hv.with_options(deadline=12)._pipeline.call_deadline(None) == 12


def test_the_default_body_cap_lets_a_large_page_through(clients: Clients) -> None:
    big = b'{"padding": "' + b"x" * (8 * 1024 * 1024) + b'"}'

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
        return httpx.Response(200, content=gzip.compress(big), headers=headers)

    hv, _ = clients.make(handler, strict=False)
    response = clients.wait(hv.request("GET", "/company"))
    assert len(response["padding"]) == 8 * 1024 * 1024
