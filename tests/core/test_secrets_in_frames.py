"""No frame of ours holds the token in plain text: tracebacks printed with locals show none.

pytest --showlocals, rich's tracebacks and error trackers print every local of every frame of a
failed call. Each test fails a call (an error answer, a dropped connection, a refused refresh),
then walks the frames of the traceback that belong to harvest_v2 and looks for the token in the
repr of each local, as those tools show it.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from types import TracebackType

import httpx
import pytest
from harvest_v2 import HarvestError

from tests.helpers import TOKEN, Clients

REFRESH_TOKEN = "refresh-secret-token-654321"
CLIENT_SECRET = "client-secret-value-987654"
_SECRETS = (TOKEN, REFRESH_TOKEN, CLIENT_SECRET)


def _our_frames(tb: TracebackType | None) -> list[tuple[str, dict[str, object]]]:
    frames = []
    for frame, _ in traceback.walk_tb(tb):
        module = str(frame.f_globals.get("__name__", ""))
        if module.startswith("harvest_v2"):
            frames.append((f"{module}.{frame.f_code.co_name}", dict(frame.f_locals)))
    return frames


def _assert_no_secret(error: BaseException) -> None:
    seen = 0
    exc: BaseException | None = error
    while exc is not None:
        for where, local_vars in _our_frames(exc.__traceback__):
            seen += 1
            for name, value in local_vars.items():
                shown = repr(value)
                for secret in _SECRETS:
                    assert secret not in shown, f"{where}: local {name} shows a secret: {shown[:200]}"
        exc = exc.__cause__ or exc.__context__
    assert seen >= 2, "the traceback should pass through the client's own frames"
    assert all(secret not in str(error) for secret in _SECRETS)


def _fail(status: int) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"error": "nope", "error_description": "refused"})

    return handler


def _drop(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadError("connection reset by peer", request=request)


@pytest.mark.parametrize(
    ("handler", "options"),
    [
        pytest.param(_fail(500), {}, id="server error"),
        pytest.param(_fail(401), {}, id="unauthorized"),
        pytest.param(_drop, {}, id="dropped connection"),
        pytest.param(
            _fail(401),
            {"refresh_token": REFRESH_TOKEN, "client_id": "client-id-1234", "client_secret": CLIENT_SECRET},
            id="refused refresh",
        ),
    ],
)
def test_a_failed_call_leaves_no_secret_in_any_frame(
    clients: Clients, handler: Callable[[httpx.Request], httpx.Response], options: dict[str, object]
) -> None:
    hv, _ = clients.make(handler, max_retries=0, **options)
    with pytest.raises(HarvestError) as raised:
        clients.wait(hv.clients.get(7))
    _assert_no_secret(raised.value)


def test_a_failed_listing_leaves_no_secret_in_any_frame(clients: Clients) -> None:
    hv, _ = clients.make(_fail(503), max_retries=0)
    with pytest.raises(HarvestError) as raised:
        clients.items(hv, lambda hv: hv.clients.list(extra_headers={"X-Trace": "t"}))
    _assert_no_secret(raised.value)
