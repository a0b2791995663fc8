"""The HTTP face of the fake: Harvest's checks in Harvest's order, then the engine.

Order of checks, as Harvest answers them: User-Agent (400), credentials (401),
rate limit (429), injected faults, routing (404), a body that is not JSON or
nests deeper than Harvest's parser allows (400), parameters and body (422).
Only this module speaks HTTP: the engine's results become replies here, with
the success status of the operation's row.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from ._behaviours import BEHAVIOURS
from ._engine import Call, Engine, NotFound, Result
from ._faults import Fault, Faults, InjectedDrop
from ._identity import PATHS as IDENTITY_PATHS
from ._identity import IdentityServer
from ._limits import RateLimits, retry_after_header
from ._paging import Page
from ._routes import Route, RouteTable, Schema, named
from ._store import Store, public
from ._validation import InvalidInput, check_body, parse_query_value
from ._wire import decode_json, encode_json

__all__ = ["Exchange", "FakeHarvestApp"]

BASE_PATH = "/v2"
MAX_JSON_DEPTH = 100
"""Deepest nesting of a JSON body accepted; Harvest's parser (Ruby's JSON, max_nesting 100) refuses more."""


class BadRequest(Exception):
    """The request cannot be read at all: 400 with a plain-text reason, as Harvest answers."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Exchange:
    """One request and the answer the fake gave, for tests that inspect or validate traffic."""

    method: str
    path: str
    query: str
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    response_headers: dict[str, str]
    response_body: bytes
    injected: bool = False
    """True when a fault from `faults` shaped this answer."""


@dataclass
class _Reply:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


def _json(status: int, payload: Any) -> _Reply:
    return _Reply(status, encode_json(payload))


def _unauthorized() -> _Reply:
    return _json(
        401,
        {
            "error": "invalid_token",
            "error_description": "The token is missing, expired, revoked or not for this account.",
        },
    )


def _not_found() -> _Reply:
    return _json(404, {"status": 404, "error": "Not found"})


class FakeHarvestApp:
    """ASGI application serving every operation of the packaged spec."""

    def __init__(
        self,
        store: Store,
        *,
        access_token: str,
        account_id: str,
        current_user_id: int,
        limits: RateLimits,
        faults: Faults,
        index: RouteTable,
        on_exchange: Callable[[Exchange], None] | None = None,
        identity: IdentityServer | None = None,
    ) -> None:
        self.store = store
        self.identity = identity
        self.access_token = access_token
        self.account_id = account_id
        self.current_user_id = current_user_id
        self.limits = limits
        self.faults = faults
        self.index = index
        self.engine = Engine(index, store)
        self.on_exchange = on_exchange
        self.status_counts: dict[int, int] = {}
        self._counts_lock = threading.Lock()
        self._by_method: dict[str, list[Route]] = {}
        for route in index.routes:
            self._by_method.setdefault(route.operation.method, []).append(route)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        body = await request.body()
        if self.identity is not None and request.url.path in IDENTITY_PATHS:
            # Harvest ID is another host in life; here it shares the port, under its own paths.
            answer = await self.identity.answer(
                request.method, request.url.path, request.url.query, dict(request.headers), body
            )
            await send({"type": "http.response.start", "status": answer.status, "headers": _raw(answer.headers)})
            await send({"type": "http.response.body", "body": answer.body})
            return
        if self.faults.latency:
            await asyncio.sleep(self.faults.latency)
        fault = self.faults.take()
        try:
            reply = await self._answer(request, body, fault)
        except Exception:
            # A bug of the fake: uvicorn answers 500 and logs the traceback; counted like any answer.
            self._count(500)
            raise
        if fault is not None and fault.kind in ("drop", "malformed", "non_json"):
            self._count(200)  # what these faults send in place of the reply
        else:
            self._count(reply.status)
        headers = {"content-type": reply.content_type, **reply.headers}
        if fault is not None and fault.kind == "drop":
            # Promise a body and stop half-way: the client sees the connection close mid-response.
            await send(
                {"type": "http.response.start", "status": 200, "headers": _raw({**headers, "content-length": "100"})}
            )
            await send({"type": "http.response.body", "body": b'{"partial":', "more_body": True})
            raise InjectedDrop("fault injection: connection dropped")
        if fault is not None and fault.kind in ("malformed", "non_json"):
            reply = _broken(fault)
            headers = {"content-type": reply.content_type}
        headers["content-length"] = str(len(reply.body))
        if self.on_exchange is not None:
            # Recorded before the answer leaves, so a test sees it as soon as its call returns.
            self.on_exchange(
                Exchange(
                    method=request.method,
                    path=request.url.path,
                    query=request.url.query,
                    request_headers=dict(request.headers),
                    request_body=body,
                    status=reply.status,
                    response_headers=headers,
                    response_body=reply.body,
                    injected=fault is not None,
                )
            )
        await send({"type": "http.response.start", "status": reply.status, "headers": _raw(headers)})
        await send({"type": "http.response.body", "body": reply.body})

    def _count(self, status: int) -> None:
        # The server thread writes while tests read from theirs.
        with self._counts_lock:
            self.status_counts[status] = self.status_counts.get(status, 0) + 1

    async def _answer(self, request: Request, body: bytes, fault: Fault | None) -> _Reply:
        if not request.headers.get("user-agent", "").strip():
            return _Reply(400, b"A User-Agent header naming your application is required.", "text/plain")
        authorization = request.headers.get("authorization", "")
        account = request.headers.get("harvest-account-id")
        known = authorization == f"Bearer {self.access_token}" or (
            self.identity is not None and self.identity.accepts(authorization, self.account_id)
        )
        if not known or account != self.account_id:
            return _unauthorized()
        path = request.url.path
        if not path.startswith(BASE_PATH + "/"):
            return _not_found()
        found = self._route(request.method, path.removeprefix(BASE_PATH))
        # Routed ahead of the limit only to learn the row's bucket: an unknown path counts as general
        # and still answers 404 after the limit and the faults, in Harvest's order.
        bucket = found[0].operation.bucket if found else "general"
        wait = self.limits.admit(self.account_id, bucket)  # per account, as Harvest counts
        if wait is not None:
            return _Reply(
                429, b"Too many requests; retry later.", "text/html", {"retry-after": retry_after_header(wait)}
            )
        if fault is not None and fault.kind == "status":
            headers = {"retry-after": fault.retry_after} if fault.retry_after is not None else {}
            if fault.status == 429:
                return _Reply(429, b"", "text/html", headers)
            return _Reply(fault.status, b"<html><body>Injected failure</body></html>", "text/html", headers)
        if found is None:
            return _not_found()
        try:
            return await self._dispatch(request, *found, body)
        except NotFound:
            return _not_found()
        except BadRequest as exc:
            return _Reply(400, exc.message.encode(), "text/plain")
        except InvalidInput as exc:
            return _json(422, {"message": exc.message})

    def _route(self, method: str, path: str) -> tuple[Route, re.Match[str]] | None:
        for route in self._by_method.get(method, []):
            match = route.pattern.match(path)
            if match is not None:
                return route, match
        return None

    async def _dispatch(self, request: Request, route: Route, match: re.Match[str], body: bytes) -> _Reply:
        try:
            path_params = {name: int(value) for name, value in match.groupdict().items()}
        except ValueError:
            raise NotFound from None
        raw_query = parse_qsl(request.url.query, keep_blank_values=True)
        call = Call(
            route=route,
            path_params=path_params,
            query=self._query(route, raw_query),
            raw_query=raw_query,
            body=await self._body(route, request, body),
            base_url=f"{request.url.scheme}://{request.url.netloc}{BASE_PATH}",
            current_user_id=self.current_user_id,
        )
        behaviour = BEHAVIOURS.get(route.operation.operation_id)
        with self.store.lock:
            kind = self.engine.kind_of(route.operation)
            if route.operation.list_key and kind is not None:
                self.faults.before_list(self.store, kind, call.query, lambda: self.engine.listed_ids(call))
            result = behaviour.rule(self.engine, call) if behaviour else self.engine.serve(call)
            # Encoded under the lock: the records are the store's own, which other requests change.
            return _Reply(route.operation.status, self._encode(result))

    def _encode(self, result: Result) -> bytes:
        if result is None:
            return b""
        if not isinstance(result, Page):
            return encode_json(public(result))
        if result.kind is None:
            items = b",".join(encode_json(row) for row in result.records)
        else:
            items = b",".join(self.store.encoded(result.kind, record) for record in result.records)
        # The envelope is spliced rather than re-encoded: the records' JSON is cached per record.
        return b'{"' + result.list_key.encode() + b'":[' + items + b"]," + encode_json(result.meta)[1:]

    def _query(self, route: Route, raw_query: list[tuple[str, str]]) -> dict[str, Any]:
        declared = {p.name: p for p in route.query}
        values: dict[str, Any] = {}
        for name, raw in raw_query:
            parameter = declared.get(name)
            if parameter is not None:
                values[name] = parse_query_value(self.index, parameter.schema, name, raw)
        for parameter in route.query:
            if parameter.required and parameter.name not in values:
                raise InvalidInput(f"the query parameter {parameter.name} is required")
        if "cursor" in values and "page" in values:
            # Harvest lets the cursor win when both are sent.
            del values["page"]
        return values

    async def _body(self, route: Route, request: Request, body: bytes) -> dict[str, Any]:
        schemas = route.operation.request_schemas
        if not schemas:
            return {}
        content_type = request.headers.get("content-type", "")
        if content_type.startswith("multipart/form-data") and "multipart/form-data" in schemas:
            return await self._form(named(schemas["multipart/form-data"]), request)
        try:
            payload = decode_json(body) if body else None
        except RecursionError:
            # Nesting deeper than the decoder can follow (a 500 before).
            raise BadRequest("The request body is not valid JSON.") from None
        except ValueError as exc:
            raise BadRequest(f"The request body is not valid JSON: {exc}.") from None
        if _depth(payload) > MAX_JSON_DEPTH:
            raise BadRequest(f"The request body nests deeper than {MAX_JSON_DEPTH} levels.")
        if not isinstance(payload, dict):
            raise InvalidInput("the request body must be a JSON object")
        check_body(self.index, named(schemas.get("application/json") or next(iter(schemas.values()))), payload)
        return payload

    async def _form(self, schema: Schema, request: Request) -> dict[str, Any]:
        try:
            form = await request.form()
        except Exception as exc:  # python-multipart raises several types for unreadable bodies
            raise InvalidInput(f"the multipart body could not be read: {exc}") from None
        properties = self.index.properties(schema)
        values: dict[str, Any] = {}
        for name, raw in form.multi_items():
            if isinstance(raw, UploadFile):
                content = await raw.read()
                values[name] = {
                    "url": f"https://example.com/receipts/{raw.filename}",
                    "file_name": raw.filename,
                    "file_size": len(content),
                    "content_type": raw.content_type,
                }
            elif name in properties:
                values[name] = _as_json(parse_query_value(self.index, properties[name], name, raw))
        for name in self.index.required(schema):
            if name not in values:
                raise InvalidInput(f"{name} can't be blank")
        return values


def _as_json(value: Any) -> Any:
    """A form value as a JSON body would have carried it: dates as ISO text, like every stored date."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _depth(value: Any) -> int:
    """How deeply a decoded JSON value nests, without recursion (the value may be thousands deep)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            items = list(item.values())
        elif isinstance(item, list):
            items = item
        else:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in items)
    return deepest


def _broken(fault: Fault) -> _Reply:
    if fault.kind == "malformed":
        return _Reply(200, b'{"time_entries": [{"id": 1, "spent_date": "2025-', "application/json")
    return _Reply(200, b"<html><body><h1>Service temporarily unavailable</h1></body></html>", "text/html")


def _raw(headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    return [(name.encode(), value.encode()) for name, value in headers.items()]
