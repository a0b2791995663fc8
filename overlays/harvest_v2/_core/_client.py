"""The request loop behind Harvest and AsyncHarvest, and the settings it runs with.

Every call goes: pace (client-side rate limit) -> send with auth headers ->
on 401 refresh the OAuth2 token once (_refresh) -> retry what RetryPolicy
allows -> raise a typed error, or hand the answer to _response, which makes
it the operation's model. `_Pipeline` holds the parts without I/O, shared by
the sync and async clients, which differ only in how they send and sleep.

Whatever goes wrong surfaces as a HarvestError (or a TypeError/ValueError
before anything is sent): links.next to another origin, a body that fails to
decompress, a client used after close or an AsyncHarvest from a second event
loop included. Messages built from what a server sent pass through
`Credentials.redact`, so a server echoing a token cannot put it in an error.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

import httpx

if TYPE_CHECKING:
    import asyncio  # at run time only the async client imports it: `import harvest_v2` stays light

from ._auth import Credentials, check_user_agent
from ._environment import settings_from_environment
from ._errors import (
    APIStatusError,
    ClientClosedError,
    HarvestError,
    TransportError,
    UnexpectedResponseError,
    WrongEventLoopError,
    error_for_status,
)
from ._operation_call import OperationCall
from ._origin import BaseURL
from ._pacing import GENERAL_LIMIT, REPORTS_LIMIT, Booking, Pacer, RateLimit, Reserver, shared_pacer
from ._refresh import DEFAULT_TOKEN_URL, TokenRefresh, TokenSet, TokenStore, check_token_url
from ._refreshing import AsyncRefresher, Refresher
from ._response import read_result
from ._retry import Attempt, RetryPolicy, Verdict
from ._serde import encode_json, form_value

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "AsyncHarvestClient",
    "HarvestClient",
]

DEFAULT_BASE_URL = "https://api.harvestapp.com/v2"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Finite by default: a hung connection must not stall a sync job forever."""

logger = logging.getLogger("harvest_v2")
_JSON_CONTENT = {"Content-Type": "application/json"}

T = TypeVar("T")
TransportT = TypeVar("TransportT")
SleepT = TypeVar("SleepT")

# Failures before any byte of the request left: nothing reached Harvest (TransportError.sent False).
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class _Pipeline:
    """Request building, logging, retry decisions and errors: everything of the loop but I/O."""

    def __init__(
        self,
        *,
        credentials: Credentials,
        refresh: TokenRefresh | None,
        user_agent: str,
        base_url: str,
        retry: RetryPolicy,
        pacer: Reserver | None,
        wall_clock: Callable[[], float],
        timeout: httpx.Timeout,
        strict: bool = False,
    ) -> None:
        self.credentials = credentials
        self.refresh = refresh
        self.user_agent = user_agent
        self.base_url = BaseURL(base_url)
        # Requests are built here, not by httpx.Client.build_request, for the same cost as BaseURL's join.
        self._headers = self.default_headers()
        self._extensions = {"timeout": timeout.as_dict()}
        self.retry = retry
        self.pacer = pacer
        self.wall_clock = wall_clock
        self.strict = strict

    def default_headers(self) -> dict[str, str]:
        # The credentials go on each request instead (build), read with their generation.
        return {"User-Agent": self.user_agent, "Accept": "application/json"}

    def build(self, call: OperationCall, auth: dict[str, str]) -> httpx.Request:
        """The complete request: defaults, this call's credentials, body and timeout."""
        url = self.base_url.url_for(call, self.credentials.redact)
        headers = {**self._headers, **auth}
        method, params, extensions = call.method, call.params, self._extensions
        try:
            if call.files:
                form = {key: form_value(value) for key, value in (call.json or {}).items()}
                files = {key: file.to_tuple() for key, file in call.files.items()}
                return httpx.Request(
                    method, url, params=params, data=form, files=files, headers=headers, extensions=extensions
                )
            if call.json is None:
                return httpx.Request(method, url, params=params, headers=headers, extensions=extensions)
            # Our encoder writes Decimal as a JSON number, exactly; httpx's json= would refuse it.
            headers.update(_JSON_CONTENT)
            content = encode_json(call.json)
            return httpx.Request(method, url, params=params, content=content, headers=headers, extensions=extensions)
        except httpx.InvalidURL as exc:
            # Path and query values come from the generated code, quoted; kept as a HarvestError regardless.
            raise HarvestError(
                self.credentials.redact(f"could not build the request URL: {exc}"), method=call.method, url=str(url)
            ) from None

    def book(self, call: OperationCall) -> Booking | None:
        return self.pacer.reserve(call.operation.bucket) if self.pacer is not None else None

    async def abook(self, call: OperationCall) -> Booking | None:
        return await self.pacer.areserve(call.operation.bucket) if self.pacer is not None else None

    def release(self, booking: Booking | None) -> None:
        """Give back the slot of a request that was not sent (cancelled, interrupted, or never connected)."""
        if booking is not None:
            booking.owner.release(booking)

    async def arelease(self, booking: Booking | None) -> None:
        if booking is not None:
            await booking.owner.arelease(booking)

    def decide(self, call: OperationCall, error: HarvestError, retries: int, waited: float) -> Verdict:
        return self.retry.decide(Attempt(call.method, error, retries), waited)

    def log_attempt(self, request: httpx.Request, status: int | str, started: float, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug(
                "%s %s -> %s in %.1f ms (attempt %d)", request.method, request.url.path, status, elapsed, attempt
            )

    def log_retry(self, request: httpx.Request, decision: Verdict, retries: int) -> None:
        logger.warning(
            "%s %s: %s; retrying in %.2f s (retry %d of %d)",
            request.method,
            request.url.path,
            decision.reason,
            decision.delay or 0.0,
            retries + 1,
            self.retry.max_retries,
        )

    def status_error(self, request: httpx.Request, response: httpx.Response) -> APIStatusError:
        body = self.credentials.redact(response.content.decode("utf-8", "replace")).encode()
        return error_for_status(
            response.status_code, request.method, str(request.url), body, response.headers, self.wall_clock()
        )

    def transport_error(self, request: httpx.Request, exc: Exception) -> TransportError:
        # httpcore's texts can quote a header; redact in case one held a credential.
        return TransportError(
            self.credentials.redact(f"{type(exc).__name__}: {exc}"),
            method=request.method,
            url=str(request.url),
            sent=not isinstance(exc, _NOT_SENT),
        )

    def undecodable(self, request: httpx.Request, response: httpx.Response, exc: Exception) -> UnexpectedResponseError:
        """A body that fails to decompress (a Content-Encoding it does not match)."""
        encoding = response.headers.get("content-encoding", "none")
        return UnexpectedResponseError(
            self.credentials.redact(f"body could not be decoded (Content-Encoding {encoding}): {exc}"),
            status=response.status_code,
            method=request.method,
            url=str(request.url),
            content_type=response.headers.get("content-type", ""),
        )

    def http_error(self, request: httpx.Request, exc: Exception) -> HarvestError:
        """Any other httpx failure, so none escapes as a non-HarvestError."""
        return HarvestError(
            self.credentials.redact(f"{type(exc).__name__}: {exc}"), method=request.method, url=str(request.url)
        )


def _redis_pacer(
    url: str,
    required: bool,
    fallback: Pacer,
    timeout: float | httpx.Timeout,
    clock: Callable[[], float],
) -> Reserver:
    # Imported here: redis is an optional extra, and `import harvest_v2` stays as fast without it.
    from ._redis_pacing import RedisPacer

    limits = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    return RedisPacer(
        url,
        fallback.account_id,
        fallback.general.limit,
        fallback.reports.limit,
        fallback=fallback,
        required=required,
        connect_timeout=limits.connect if limits.connect is not None else 10.0,
        read_timeout=limits.read if limits.read is not None else 30.0,
        clock=clock,
    )


def _request_seconds(timeout: httpx.Timeout) -> float:
    """The longest one request may take under timeout: how long a process may hold the token lock."""
    return sum(part for part in (timeout.connect, timeout.write, timeout.read, timeout.pool) if part is not None)


def _token_store(
    given: TokenStore | None, redis_url: str | None, credentials: Credentials, timeout: httpx.Timeout
) -> TokenStore | None:
    """The store of refreshed tokens: the one given, else Redis when redis_url is (pacing on or off)."""
    if given is not None:
        if not isinstance(given, TokenStore):
            raise TypeError(f"token_store must have load(key) and save(key, tokens), got {type(given).__name__}")
        return given
    if redis_url is None or credentials.client_secret is None:
        return None
    from ._redis_pacing import check_redis_url
    from ._redis_tokens import RedisTokenStore

    return RedisTokenStore(
        check_redis_url(redis_url),
        credentials.client_secret.reveal(),
        connect_timeout=timeout.connect if timeout.connect is not None else 10.0,
        read_timeout=timeout.read if timeout.read is not None else 30.0,
    )


def _retry_policy(retry: RetryPolicy | None, max_retries: int | None, max_retry_wait: float | None) -> RetryPolicy:
    """The policy a client uses: retry= as given, or the default rules with the shorthands' budget."""
    if retry is None:
        return RetryPolicy(
            max_retries=5 if max_retries is None else max_retries,
            max_wait=300.0 if max_retry_wait is None else max_retry_wait,
        )
    if max_retries is not None or max_retry_wait is not None:
        # Two budgets would leave one of them silently ignored.
        raise ValueError(
            "pass either retry=RetryPolicy(...) or max_retries/max_retry_wait, not both: "
            "give the budget to the policy, RetryPolicy(max_retries=..., max_wait=...)"
        )
    if not isinstance(retry, RetryPolicy):
        raise TypeError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
    return retry


class _BaseClient(Generic[TransportT, SleepT]):
    """Settings and validation shared by Harvest and AsyncHarvest.

    A client is done once closed: any later call raises ClientClosedError.

    access_token, account_id and user_agent are required (user_agent in the
    form "AppName (email or URL)"). For OAuth2 also pass refresh_token,
    client_id and client_secret: a 401 then refreshes the token (one refresh
    at a time; calls that got the 401 meanwhile retry with its token) and
    on_token_refresh receives the new TokenSet to store. Clients holding the same
    refresh token share its refresh: in the process always, across processes through
    token_store (a TokenStore) or, given only redis_url, through Redis.

    base_url and timeout (finite by default) tune the transport; retry takes a
    RetryPolicy (its rules and budget), or max_retries and max_retry_wait
    (seconds of retry waiting per call) set the default policy's budget; throttle=False
    switches client-side pacing off; rate_limit and reports_rate_limit set
    the paced limits. redis_url ("redis://host:port/db") paces through Redis,
    shared by every process on the account; when Redis fails the request is
    paced in process after one warning, or raises with redis_required=True.
    strict=True raises SchemaDriftError where a response differs from the
    spec instead of keeping the value and reporting it.
    transport, sleep, clock and wall_clock are injection points for tests.
    """

    def __init__(
        self,
        access_token: str | None = None,
        account_id: str | int | None = None,
        user_agent: str | None = None,
        *,
        refresh_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        on_token_refresh: Callable[[TokenSet], Any] | None = None,
        token_url: str = DEFAULT_TOKEN_URL,
        token_store: TokenStore | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        throttle: bool = True,
        rate_limit: RateLimit = GENERAL_LIMIT,
        reports_rate_limit: RateLimit = REPORTS_LIMIT,
        redis_url: str | None = None,
        redis_required: bool = False,
        transport: TransportT | None = None,
        sleep: SleepT | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        strict: bool = False,
    ) -> None:
        credentials = Credentials(
            access_token=access_token,
            account_id=account_id,
            refresh_token=refresh_token,
            client_id=client_id,
            client_secret=client_secret,
        )
        token_url = check_token_url(token_url)  # even without OAuth2 settings: a wrong one shows at once
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL}, got {base_url!r}")
        if timeout is None:
            raise ValueError("timeout must be finite (seconds or an httpx.Timeout); None would let a call hang forever")
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        pacer: Reserver | None = None
        if throttle:
            local = shared_pacer(credentials.account_id, rate_limit, reports_rate_limit, clock=clock)
            pacer = local if redis_url is None else _redis_pacer(redis_url, redis_required, local, timeout, clock)
        user_agent = check_user_agent(user_agent)
        refresh = (
            TokenRefresh(
                credentials,
                token_url=token_url,
                user_agent=user_agent,
                on_token_refresh=on_token_refresh,
                token_store=_token_store(token_store, redis_url, credentials, self._timeout),
                lock_seconds=_request_seconds(self._timeout) + 10.0,
            )
            if credentials.can_refresh
            else None
        )
        self._pipeline = _Pipeline(
            credentials=credentials,
            refresh=refresh,
            user_agent=user_agent,
            base_url=base_url,
            retry=_retry_policy(retry, max_retries, max_retry_wait),
            pacer=pacer,
            wall_clock=wall_clock,
            timeout=self._timeout,
            strict=strict,
        )
        self._sleep: SleepT = sleep if sleep is not None else self._default_sleep()
        self._transport = transport
        # The httpx client (and its TLS context, tens of milliseconds) is built on first use,
        # so short-lived scripts and constructing Harvest stay fast.
        self._http_client: Any = None
        self._http_lock = threading.Lock()

    # Class-level default: set on the instance by close().
    _closed = False

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError(
                f"this {type(self).__name__} is closed (close() or the end of its with block); create a new one"
            )

    def _closed_error(self, exc: RuntimeError) -> Exception:
        # httpx raises RuntimeError for a client closed under us (close() or aclose() from
        # another thread or task).
        if self._closed or (self._http_client is not None and self._http_client.is_closed):
            self._closed = True
            return ClientClosedError(f"this {type(self).__name__} was closed while the call was being made")
        return exc

    @property
    def _http(self) -> Any:
        if self._http_client is None:
            with self._http_lock:
                if self._http_client is None:
                    self._http_client = self._open(self._timeout, self._transport)
        return self._http_client

    def _default_sleep(self) -> SleepT:
        raise NotImplementedError

    def _open(self, timeout: httpx.Timeout, transport: TransportT | None) -> Any:
        raise NotImplementedError

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """Build from HARVEST_ACCESS_TOKEN, HARVEST_ACCOUNT_ID, HARVEST_USER_AGENT and optional HARVEST_BASE_URL.

        HARVEST_REDIS_URL, when set, is redis_url: pacing shared through Redis.
        """
        settings = settings_from_environment(overrides)
        return cls(**settings)

    @property
    def account_id(self) -> str:
        return self._pipeline.credentials.account_id

    @property
    def base_url(self) -> str:
        return str(self._pipeline.base_url.url).rstrip("/")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(account_id={self.account_id!r}, base_url={self.base_url!r}, "
            f"user_agent={self._pipeline.user_agent!r})"
        )


class HarvestClient(_BaseClient[httpx.BaseTransport, Callable[[float], None]]):
    """Synchronous core; `harvest_v2.Harvest` adds one attribute per resource."""

    @property
    def _http(self) -> httpx.Client:
        return cast(httpx.Client, super()._http)

    def _default_sleep(self) -> Callable[[float], None]:
        return time.sleep

    def _open(self, timeout: httpx.Timeout, transport: httpx.BaseTransport | None) -> httpx.Client:
        return httpx.Client(headers=self._pipeline.default_headers(), timeout=timeout, transport=transport)

    def close(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        self._closed = True
        if self._http_client is not None:
            self._http_client.close()
        if self._pipeline.pacer is not None:
            self._pipeline.pacer.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _send(self, call: OperationCall) -> httpx.Response:
        self._check_open()
        p = self._pipeline
        retries, waited, refreshed, attempt = 0, 0.0, False, 0
        while True:
            # Open and build first: the paced slot is then taken right before sending,
            # so the server sees the request when the pacer counted it.
            generation, auth = p.credentials.auth()
            self._http  # noqa: B018 - opens the HTTP client (TLS setup) before the paced slot is taken
            request = p.build(call, auth)
            booking = p.book(call)
            try:
                if booking is not None and booking.delay > 0:
                    self._sleep(booking.delay)
            except BaseException:
                p.release(booking)  # cancelled or interrupted while waiting: the slot was never used
                raise
            attempt += 1
            started = time.perf_counter()
            error: HarvestError
            try:
                response = self._receive(request)
            except httpx.TransportError as exc:
                p.log_attempt(request, type(exc).__name__, started, attempt)
                error = p.transport_error(request, exc)
                if not error.sent:
                    p.release(booking)
            else:
                p.log_attempt(request, response.status_code, started, attempt)
                if response.is_success:
                    return response
                if response.status_code == 401 and p.refresh is not None and not refreshed:
                    refreshed = True
                    self._refresh(p.refresh, generation)
                    continue
                error = p.status_error(request, response)
            decision = p.decide(call, error, retries, waited)
            if decision.delay is None:
                raise error._with_reason(decision.reason)
            p.log_retry(request, decision, retries)
            self._sleep(decision.delay)
            waited += decision.delay
            retries += 1

    def _receive(self, request: httpx.Request) -> httpx.Response:
        # Streamed then read here (what send() does inside) so a body that fails to decompress
        # is reported with the response's status and headers.
        try:
            response = self._http.send(request, stream=True)
        except RuntimeError as exc:
            raise self._closed_error(exc) from None
        except httpx.TransportError:
            raise
        except httpx.HTTPError as exc:
            raise self._pipeline.http_error(request, exc) from None
        try:
            response.read()
        except BaseException as exc:
            response.close()
            if isinstance(exc, httpx.DecodingError):
                raise self._pipeline.undecodable(request, response, exc) from None
            if isinstance(exc, httpx.HTTPError) and not isinstance(exc, httpx.TransportError):
                raise self._pipeline.http_error(request, exc) from None
            raise
        return response

    def _refresh(self, refresh: TokenRefresh, failed_generation: int) -> None:
        """Refresh the token, once for however many calls, clients and processes got a 401 with it (_refreshing)."""
        Refresher(refresh, self._http.send, self._sleep).run(failed_generation)

    def _call_operation(self, call: OperationCall, model: type[T] | None) -> T | None:
        """Send one operation's request (paced, retried, authenticated) and parse its result into model."""
        response = self._send(call)
        return read_result(response, call, model, strict=self._pipeline.strict)


class AsyncHarvestClient(_BaseClient[httpx.AsyncBaseTransport, Callable[[float], Awaitable[None]]]):
    """Asynchronous core; `harvest_v2.AsyncHarvest` adds one attribute per resource."""

    @property
    def _http(self) -> httpx.AsyncClient:
        return cast(httpx.AsyncClient, super()._http)

    def _default_sleep(self) -> Callable[[float], Awaitable[None]]:
        import asyncio

        return asyncio.sleep

    def _open(self, timeout: httpx.Timeout, transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
        return httpx.AsyncClient(headers=self._pipeline.default_headers(), timeout=timeout, transport=transport)

    # The event loop this client's connections belong to (weakly: a finished loop may be collected).
    _loop: weakref.ref[asyncio.AbstractEventLoop] | None = None

    async def aclose(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        self._closed = True
        if self._http_client is not None:
            await self._http_client.aclose()
        if self._pipeline.pacer is not None:
            await self._pipeline.pacer.aclose()

    def _check_loop(self) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise WrongEventLoopError(
                f"this {type(self).__name__} was first used in another event loop, which its connections belong "
                "to; create one AsyncHarvest per event loop (for example inside the coroutine given to asyncio.run)"
            )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _send(self, call: OperationCall) -> httpx.Response:
        self._check_open()
        self._check_loop()
        p = self._pipeline
        retries, waited, refreshed, attempt = 0, 0.0, False, 0
        while True:
            # Open and build first: the paced slot is then taken right before sending,
            # so the server sees the request when the pacer counted it.
            generation, auth = p.credentials.auth()
            self._http  # noqa: B018 - opens the HTTP client (TLS setup) before the paced slot is taken
            request = p.build(call, auth)
            booking = await p.abook(call)
            try:
                if booking is not None and booking.delay > 0:
                    await self._sleep(booking.delay)
            except BaseException:
                await p.arelease(booking)  # cancelled or interrupted while waiting: the slot was never used
                raise
            attempt += 1
            started = time.perf_counter()
            error: HarvestError
            try:
                response = await self._receive(request)
            except httpx.TransportError as exc:
                p.log_attempt(request, type(exc).__name__, started, attempt)
                error = p.transport_error(request, exc)
                if not error.sent:
                    await p.arelease(booking)
            else:
                p.log_attempt(request, response.status_code, started, attempt)
                if response.is_success:
                    return response
                if response.status_code == 401 and p.refresh is not None and not refreshed:
                    refreshed = True
                    await self._refresh(p.refresh, generation)
                    continue
                error = p.status_error(request, response)
            decision = p.decide(call, error, retries, waited)
            if decision.delay is None:
                raise error._with_reason(decision.reason)
            p.log_retry(request, decision, retries)
            await self._sleep(decision.delay)
            waited += decision.delay
            retries += 1

    async def _receive(self, request: httpx.Request) -> httpx.Response:
        # Streamed then read here (what send() does inside) so a body that fails to decompress
        # is reported with the response's status and headers.
        try:
            response = await self._http.send(request, stream=True)
        except RuntimeError as exc:
            raise self._closed_error(exc) from None
        except httpx.TransportError:
            raise
        except httpx.HTTPError as exc:
            raise self._pipeline.http_error(request, exc) from None
        try:
            await response.aread()
        except BaseException as exc:
            await response.aclose()
            if isinstance(exc, httpx.DecodingError):
                raise self._pipeline.undecodable(request, response, exc) from None
            if isinstance(exc, httpx.HTTPError) and not isinstance(exc, httpx.TransportError):
                raise self._pipeline.http_error(request, exc) from None
            raise
        return response

    async def _refresh(self, refresh: TokenRefresh, failed_generation: int) -> None:
        """Refresh the token, once for however many calls, clients and processes got a 401 with it (_refreshing)."""
        await AsyncRefresher(refresh, self._http.send, self._sleep).run(failed_generation)

    async def _call_operation(self, call: OperationCall, model: type[T] | None) -> T | None:
        """Send one operation's request (paced, retried, authenticated) and parse its result into model."""
        response = await self._send(call)
        return read_result(response, call, model, strict=self._pipeline.strict)
