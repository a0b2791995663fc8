"""A call's total deadline, down to each socket read.

httpx's timeouts are per read: a server that drips a byte every 0.2 s, or
sends "102 Processing" forever (httpcore skips informational answers in a
loop), never lets one read wait long enough to time out. The client sets
the running call's deadline in a context variable (a thread's or a task's
own) and the streams of the HTTP client it opens read it: every read, write
and connect waits at most until the deadline, and none starts after it.
A transport passed in by the caller (tests' MockTransport) is used as given;
the request loop still checks the deadline between body chunks and before
every wait.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from contextvars import ContextVar
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = ["DEADLINE", "bound_by_deadline", "limit_streams"]

DEADLINE: ContextVar[float | None] = ContextVar("harvest_v2_deadline", default=None)
"""time.monotonic() at which the running call must end; None outside a call."""


def bound_by_deadline(timeout: float | None) -> float | None:
    """timeout shortened to what is left of the running call's deadline; raises once it has passed."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore

        raise httpcore.ReadTimeout("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


@cache
def _backends() -> tuple[type[Any], type[Any]]:
    """The deadline-obeying network backends (sync, async): built on first use, as httpcore is imported."""
    import httpcore

    class _Stream(httpcore.NetworkStream):
        __slots__ = ("_inner",)

        def __init__(self, inner: httpcore.NetworkStream) -> None:
            self._inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return self._inner.read(max_bytes, bound_by_deadline(timeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self._inner.write(buffer, bound_by_deadline(timeout))

        def close(self) -> None:
            self._inner.close()

        def start_tls(
            self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
        ) -> _Stream:
            return _Stream(self._inner.start_tls(ssl_context, server_hostname, bound_by_deadline(timeout)))

        def get_extra_info(self, info: str) -> Any:
            return self._inner.get_extra_info(info)

    class _Backend(httpcore.NetworkBackend):
        def __init__(self, inner: httpcore.NetworkBackend) -> None:
            self._inner = inner

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            stream = self._inner.connect_tcp(host, port, bound_by_deadline(timeout), local_address, socket_options)
            return _Stream(stream)

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
        ) -> httpcore.NetworkStream:
            return _Stream(self._inner.connect_unix_socket(path, bound_by_deadline(timeout), socket_options))

        def sleep(self, seconds: float) -> None:
            self._inner.sleep(seconds)

    class _AsyncStream(httpcore.AsyncNetworkStream):
        __slots__ = ("_inner",)

        def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
            self._inner = inner

        async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return await self._inner.read(max_bytes, bound_by_deadline(timeout))

        async def write(self, buffer: bytes, timeout: float | None = None) -> None:
            await self._inner.write(buffer, bound_by_deadline(timeout))

        async def aclose(self) -> None:
            await self._inner.aclose()

        async def start_tls(
            self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
        ) -> _AsyncStream:
            return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, bound_by_deadline(timeout)))

        def get_extra_info(self, info: str) -> Any:
            return self._inner.get_extra_info(info)

    class _AsyncBackend(httpcore.AsyncNetworkBackend):
        def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
            self._inner = inner

        async def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.AsyncNetworkStream:
            stream = await self._inner.connect_tcp(
                host, port, bound_by_deadline(timeout), local_address, socket_options
            )
            return _AsyncStream(stream)

        async def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
        ) -> httpcore.AsyncNetworkStream:
            return _AsyncStream(await self._inner.connect_unix_socket(path, bound_by_deadline(timeout), socket_options))

        async def sleep(self, seconds: float) -> None:
            await self._inner.sleep(seconds)

    return _Backend, _AsyncBackend


def limit_streams(client: httpx.Client | httpx.AsyncClient) -> None:
    """Make the connection pools httpx built for client (direct and proxied) obey the call's deadline.

    httpx offers no argument for httpcore's network backend, so the pools it built are given one
    afterwards; a transport of another kind (the caller's own) is left as it is.
    """
    import httpcore

    backend_class, async_backend_class = _backends()
    transports = [client._transport, *client._mounts.values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, backend_class):
            pool._network_backend = backend_class(backend)  # type: ignore[union-attr]
        elif isinstance(backend, httpcore.AsyncNetworkBackend) and not isinstance(backend, async_backend_class):
            pool._network_backend = async_backend_class(backend)  # type: ignore[union-attr]
