"""How the server is reached: stdio (an assistant spawns it) or streamable HTTP on 127.0.0.1 behind a bearer secret."""

from __future__ import annotations

import hmac
import json
import socket
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio
import uvicorn
from mcp.server import Server
from mcp.server.stdio import stdio_server

__all__ = ["MIN_SECRET_LENGTH", "serve_http", "serve_stdio"]

MIN_SECRET_LENGTH = 16

_Scope = MutableMapping[str, Any]
_Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
_Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
_ASGIApp = Callable[[_Scope, _Receive, _Send], Awaitable[None]]


async def serve_stdio(server: Server[Any]) -> None:
    """Serve one assistant over this process's stdin and stdout until stdin closes."""
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


class _BearerGate:
    """Lets through only requests whose Authorization is `Bearer <secret>` (compared in constant time)."""

    def __init__(self, app: _ASGIApp, secret: str) -> None:
        self._app = app
        self._secret = secret.encode()

    def _admits(self, scope: _Scope) -> bool:
        header = next((value for name, value in scope.get("headers", []) if name == b"authorization"), b"")
        scheme, _, token = bytes(header).partition(b" ")
        return scheme.lower() == b"bearer" and hmac.compare_digest(token.strip(), self._secret)

    async def __call__(self, scope: _Scope, receive: _Receive, send: _Send) -> None:
        if scope["type"] != "http" or self._admits(scope):
            await self._app(scope, receive, send)
            return
        body = json.dumps({"error": "invalid_token", "error_description": "Authorization: Bearer <secret> required"})
        await send(
            {
                "type": "http.response.start",
                "status": 401,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"www-authenticate", b'Bearer realm="harvest-v2 mcp"'),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body.encode()})


async def serve_http(
    server: Server[Any],
    *,
    secret: str,
    port: int = 0,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve streamable HTTP at http://127.0.0.1:<port>/mcp for callers presenting `secret`; port 0 picks one.

    `on_ready` receives the endpoint's URL once the server accepts connections. A port that is
    taken raises ValueError.
    """
    if len(secret) < MIN_SECRET_LENGTH:
        raise ValueError(f"the bearer secret must be at least {MIN_SECRET_LENGTH} characters")
    # Loopback only: the secret guards the account, and the SDK's DNS-rebinding checks expect a local host.
    app = _BearerGate(server.streamable_http_app(host="127.0.0.1"), secret)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(("127.0.0.1", port))
    except OSError as exc:
        listener.close()
        raise ValueError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from None
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/mcp"
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    http = uvicorn.Server(config)

    async def announce() -> None:
        while not http.started:
            if http.should_exit:
                return
            await anyio.sleep(0.02)
        if on_ready is not None:
            on_ready(url)

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(announce)
        await http.serve(sockets=[listener])
        tasks.cancel_scope.cancel()
