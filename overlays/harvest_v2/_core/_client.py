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

import copy
import logging
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

import httpx

if TYPE_CHECKING:
    import asyncio  # at run time only the async client imports it: `import harvest_v2` stays light
    from contextvars import ContextVar

    from ._operation import Operation
    from ._raw import RawResponse
    from ._refresh import TokenRefresh, TokenSet, TokenStore

from ._auth import DEFAULT_TOKEN_URL, Credentials, check_token_url, check_user_agent
from ._environment import check_proxy_environment, settings_from_environment
from ._errors import (
    APIStatusError,
    ClientClosedError,
    DeadlineExceededError,
    HarvestError,
    TransportError,
    UnexpectedResponseError,
    WrongEventLoopError,
    error_for_status,
)
from ._operation_call import OperationCall
from ._options import CallOptions, ExtraHeaders, Timeout, call_options, check_timeout
from ._origin import BaseURL
from ._pacing import GENERAL_LIMIT, REPORTS_LIMIT, Booking, Pacer, RateLimit, Reserver, shared_pacer
from ._retry import Attempt, RetryPolicy, Verdict

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_TIMEOUT",
    "AsyncHarvestClient",
    "HarvestClient",
]

DEFAULT_BASE_URL = "https://api.harvestapp.com/v2"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Finite by default: a hung connection must not stall a sync job forever."""

DEFAULT_MAX_BODY_SIZE = 256 * 1024 * 1024
"""Bytes of a decompressed answer, far above Harvest's largest page (2000 records, a few MB):
a small gzip body that inflates past it is refused instead of exhausting memory."""

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
        deadline: float | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        self.credentials = credentials
        self.refresh = refresh
        self.user_agent = user_agent
        self.base_url = BaseURL(base_url)
        # Requests are built here, not by httpx.Client.build_request, for the same cost as BaseURL's join.
        self._headers = self.default_headers()
        self.retry = retry
        self.pacer = pacer
        self.wall_clock = wall_clock
        self.strict = strict
        self.max_body_size = _check_max_body_size(max_body_size)
        self.deadline: float | None = None if deadline is None else _check_deadline(deadline)
        self.set_timeout(timeout)

    def set_timeout(self, timeout: httpx.Timeout) -> None:
        self.timeout = timeout
        self._extensions = {"timeout": timeout.as_dict()}
        self.settings_changed()

    def settings_changed(self) -> None:
        # Derived once per setting, not per call.
        self._derived_deadline = self._derive_deadline(self.timeout)

    def call_deadline(self, options: CallOptions | None) -> float:
        """Seconds a call may take in all, attempts and waits included: as set, or derived.

        Derived: every attempt may use its whole timeout (connect, write, then read) and the
        retry policy's whole waiting budget may be spent between them.
        """
        if self.deadline is not None:
            return self.deadline
        if options is None or options.timeout is None:
            return self._derived_deadline
        return self._derive_deadline(options.timeout)

    def _derive_deadline(self, timeout: httpx.Timeout) -> float:
        attempt = sum(value for value in (timeout.connect, timeout.write, timeout.read) if value is not None)
        return attempt * (self.retry.max_retries + 1) + self.retry.max_wait

    def default_headers(self) -> dict[str, str]:
        # The credentials go on each request instead (build), read with their generation.
        return {"User-Agent": self.user_agent, "Accept": "application/json"}

    def build(self, call: OperationCall) -> tuple[int, httpx.Request]:
        """The complete request (defaults, body, timeout, this call's options and credentials), and
        the generation of the token it carries.

        No frame that can fail keeps the token: the headers holding it are dropped before an error leaves.
        """
        url = self.base_url.url_for(call, self.credentials.redact)
        method, params, body, headers, extensions = call.method, call.params, call.json, self._headers, self._extensions
        if call.options is not None:
            url, params, body, headers, extensions = self._apply(call, url, call.options)
        generation, auth = self.credentials.auth()
        headers = {**headers, **auth}
        del auth
        try:
            if call.files:
                # _serde loads msgspec, which only a body needs: a client is built without it.
                from ._serde import form_value

                form = {key: form_value(value) for key, value in (body or {}).items()}
                files = {key: file.to_tuple() for key, file in call.files.items()}
                request = httpx.Request(
                    method, url, params=params, data=form, files=files, headers=headers, extensions=extensions
                )
            elif body is None:
                request = httpx.Request(method, url, params=params, headers=headers, extensions=extensions)
            else:
                from ._serde import encode_json

                # Our encoder writes Decimal as a JSON number, exactly; httpx's json= would refuse it.
                content = encode_json(body)
                headers.update(_JSON_CONTENT)
                request = httpx.Request(
                    method, url, params=params, content=content, headers=headers, extensions=extensions
                )
        except httpx.InvalidURL as exc:
            headers = {}
            # Path and query values come from the generated code, quoted; kept as a HarvestError regardless.
            raise HarvestError(
                self.credentials.redact(f"could not build the request URL: {exc}"), method=call.method, url=str(url)
            ) from None
        return generation, request

    def _apply(
        self, call: OperationCall, url: httpx.URL, options: CallOptions
    ) -> tuple[httpx.URL, dict[str, Any] | None, Any, dict[str, str], dict[str, Any]]:
        """A call's URL, params, body, headers and extensions with what its options add."""
        params = call.params
        if options.extra_query is not None:
            if params is None:
                # A links.next URL carries its query: params= would replace it, so merge into the URL.
                url = url.copy_merge_params(options.extra_query)
            else:
                params = {**params, **options.extra_query}
        body = call.json
        if options.extra_body is not None:
            if body is None:
                raise ValueError(
                    f"extra_body: {call.method} {call.operation.path} ({call.operation.operation_id}) sends no body; "
                    "use extra_query for query parameters"
                )
            body = {**body, **options.extra_body}
        headers = self._headers
        if options.extra_headers is not None:
            # Case-insensitively, as HTTP compares names: an extra User-Agent replaces ours.
            replaced = {name.lower() for name in options.extra_headers}
            headers = {name: value for name, value in headers.items() if name.lower() not in replaced}
            headers.update(options.extra_headers)
        extensions = self._extensions if options.timeout is None else {"timeout": options.timeout.as_dict()}
        return url, params, body, headers, extensions

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

    def decide(self, call: OperationCall, error: HarvestError, retries: int, waited: float, ends_at: float) -> Verdict:
        if isinstance(error, DeadlineExceededError):
            return Verdict(None, "")
        decision = self.retry.decide(Attempt(call.method, error, retries), waited)
        if decision.delay is not None and time.monotonic() + decision.delay > ends_at:
            return Verdict(
                None, f"{decision.reason}; waiting {decision.delay:.1f}s more would pass the call's deadline"
            )
        return decision

    def check_wait(self, request: httpx.Request, delay: float, ends_at: float) -> None:
        """Refuse to wait for a rate-limit slot past the call's deadline."""
        if time.monotonic() + delay > ends_at:
            raise DeadlineExceededError(
                f"the rate-limit slot comes in {delay:.1f}s, after the call's deadline",
                method=request.method,
                url=str(request.url),
            )

    # What an answer becomes is loaded with the first answer, so `import harvest_v2` stays light.

    def result(self, response: httpx.Response, call: OperationCall, model: type[T] | None) -> T | None:
        from ._response import read_result

        return read_result(response, call, model, strict=self.strict)

    def raw(self, response: httpx.Response, call: OperationCall, model: type[Any] | None) -> RawResponse[Any]:
        from ._raw import RawResponse

        return RawResponse(response, call, model, strict=self.strict)

    def json(self, response: httpx.Response) -> Any:
        from ._response import read_json

        return read_json(response)

    def escape_call(
        self, method: str, path: str, params: Mapping[str, Any] | None, json: Any, table: Mapping[str, Operation]
    ) -> OperationCall:
        from ._escape import escape_call

        return escape_call(method, path, params, json, table, self.base_url.url.path)

    def start(self, call: OperationCall) -> tuple[float, float]:
        """When a call starts and when it must end, both by time.monotonic()."""
        started = time.monotonic()
        return started, started + self.call_deadline(call.options)

    def body(self, request: httpx.Request, response: httpx.Response, ends_at: float) -> _Body:
        return _Body(self, request, response, ends_at)

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

    def transport_error(self, request: httpx.Request, exc: Exception, ends_at: float) -> TransportError:
        if isinstance(exc, httpx.TimeoutException) and time.monotonic() >= ends_at:
            return self.deadline_error(request, ends_at)
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

    def deadline_error(self, request: httpx.Request, ends_at: float) -> DeadlineExceededError:
        return DeadlineExceededError(
            "the call ran past its deadline (attempts and waits included; deadline= sets it)",
            method=request.method,
            url=str(request.url),
        )

    def too_large(self, request: httpx.Request, response: httpx.Response) -> UnexpectedResponseError:
        return UnexpectedResponseError(
            f"the decompressed body is larger than max_body_size ({self.max_body_size} bytes)",
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


class _Body:
    """A response body read chunk by chunk: refused past max_body_size or past the call's deadline.

    A body dripping in slowly is ended here when the transport is the caller's own; with ours
    each read already stops at the deadline (_deadline).
    """

    __slots__ = ("_chunks", "_ends_at", "_pipeline", "_request", "_response", "_size")

    def __init__(self, pipeline: _Pipeline, request: httpx.Request, response: httpx.Response, ends_at: float) -> None:
        self._pipeline = pipeline
        self._request = request
        self._response = response
        self._ends_at = ends_at
        self._chunks: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._pipeline.max_body_size:
            raise self._pipeline.too_large(self._request, self._response)
        if time.monotonic() > self._ends_at:
            raise self._pipeline.deadline_error(self._request, self._ends_at)
        self._chunks.append(chunk)

    def keep(self) -> httpx.Response:
        # What httpx's read() does with the chunks it decoded.
        self._response._content = b"".join(self._chunks)
        return self._response


def _record(response: httpx.Response, retries: int, started: float) -> None:
    """Keep on the answer what its raw view reports: resends, and the call's time, waits included."""
    response.extensions["harvest_v2.call"] = (retries, time.monotonic() - started)


def _check_max_body_size(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"max_body_size must be a positive int (bytes), got {value!r}")
    return value


def _check_deadline(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < float("inf"):
        raise ValueError(f"deadline must be a finite number of seconds above 0, got {value!r}")
    return float(value)


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


def _token_refresh(
    credentials: Credentials,
    token_url: str,
    user_agent: str,
    on_token_refresh: Callable[[TokenSet], Any] | None,
    token_store: TokenStore | None,
    redis_url: str | None,
    timeout: httpx.Timeout,
) -> TokenRefresh:
    # Imported for OAuth2 clients only: a client built from a personal access token never refreshes.
    from ._refresh import TokenRefresh

    return TokenRefresh(
        credentials,
        token_url=token_url,
        user_agent=user_agent,
        on_token_refresh=on_token_refresh,
        token_store=_token_store(token_store, redis_url, credentials, timeout),
        lock_seconds=_request_seconds(timeout) + 10.0,
    )


def _token_store(
    given: TokenStore | None, redis_url: str | None, credentials: Credentials, timeout: httpx.Timeout
) -> TokenStore | None:
    """The store of refreshed tokens: the one given, else Redis when redis_url is (pacing on or off)."""
    from ._refresh import TokenStore

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


class _Shared(Generic[TransportT]):
    """What a client and those with_options derived from it share: connections, and their state."""

    __slots__ = ("closed", "deadline", "http", "lock", "loop", "transport")

    deadline: ContextVar[float | None]
    """_deadline's variable, which the connections' reads obey: set with them on first use, so building a
    client does not load it (nor contextvars)."""

    def __init__(self, transport: TransportT | None) -> None:
        self.transport = transport
        # The httpx client (and its TLS context, tens of milliseconds) is built on first use,
        # so short-lived scripts and constructing Harvest stay fast.
        self.http: Any = None
        self.lock = threading.Lock()
        self.closed = False
        # AsyncHarvest only: the event loop the connections belong to (weakly: a finished loop may be collected).
        self.loop: weakref.ref[asyncio.AbstractEventLoop] | None = None


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
    deadline (seconds) bounds each call in all, attempts and waits included;
    by default it is derived from timeout and the retry budget. max_body_size
    (bytes, decompressed) bounds each answer. with_options() derives a client
    with other settings that shares this one's connections and pacer.
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
        deadline: float | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        credentials = Credentials(
            access_token=access_token,
            account_id=account_id,
            refresh_token=refresh_token,
            client_id=client_id,
            client_secret=client_secret,
        )
        token_url = check_token_url(token_url)  # even without OAuth2 settings: a wrong one shows at once
        if transport is None:
            check_proxy_environment()  # what httpx reads when it opens the connections, on the first call
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL}, got {base_url!r}")
        if timeout is None:
            raise ValueError("timeout must be finite (seconds or an httpx.Timeout); None would let a call hang forever")
        timeout = check_timeout("timeout", timeout)
        pacer: Reserver | None = None
        if throttle:
            local = shared_pacer(credentials.account_id, rate_limit, reports_rate_limit, clock=clock)
            pacer = local if redis_url is None else _redis_pacer(redis_url, redis_required, local, timeout, clock)
        user_agent = check_user_agent(user_agent)
        refresh = (
            _token_refresh(credentials, token_url, user_agent, on_token_refresh, token_store, redis_url, timeout)
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
            timeout=timeout,
            strict=strict,
            deadline=deadline,
            max_body_size=max_body_size,
        )
        self._sleep: SleepT = sleep if sleep is not None else self._default_sleep()
        self._shared: _Shared[TransportT] = _Shared(transport)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        strict: bool | None = None,
        deadline: float | None = None,
        max_body_size: int | None = None,
    ) -> Self:
        """This client with other settings, sharing its connections, pacer and credentials.

        What is not given stays as it is. max_retries and max_retry_wait change the budget of the
        current retry policy, retry= replaces it. Closing either client closes the shared
        connections, so close the one you built.
        """
        pipeline = copy.copy(self._pipeline)
        if timeout is not None:
            pipeline.set_timeout(check_timeout("timeout", timeout))
        if retry is not None or max_retries is not None or max_retry_wait is not None:
            current = self._pipeline.retry
            if retry is None:
                retry = RetryPolicy(
                    current.rules,
                    max_retries=current.max_retries if max_retries is None else max_retries,
                    max_wait=current.max_wait if max_retry_wait is None else max_retry_wait,
                )
                max_retries = max_retry_wait = None
            pipeline.retry = _retry_policy(retry, max_retries, max_retry_wait)
        if strict is not None:
            pipeline.strict = bool(strict)
        if deadline is not None:
            pipeline.deadline = _check_deadline(deadline)
        if max_body_size is not None:
            pipeline.max_body_size = _check_max_body_size(max_body_size)
        pipeline.settings_changed()
        derived = object.__new__(type(self))
        # Only the core's state: the resources (cached per client) are built again for the new one.
        derived.__dict__.update({name: value for name, value in vars(self).items() if name.startswith("_")})
        derived._pipeline = pipeline
        return derived

    def _check_open(self) -> None:
        if self._shared.closed:
            raise ClientClosedError(
                f"this {type(self).__name__} is closed (close() or the end of its with block); create a new one"
            )

    def _closed_error(self, exc: RuntimeError) -> Exception:
        # httpx raises RuntimeError for a client closed under us (close() or aclose() from
        # another thread or task).
        shared = self._shared
        if shared.closed or (shared.http is not None and shared.http.is_closed):
            shared.closed = True
            return ClientClosedError(f"this {type(self).__name__} was closed while the call was being made")
        return exc

    @property
    def _http(self) -> Any:
        shared = self._shared
        if shared.http is None:
            with shared.lock:
                if shared.http is None:
                    from ._deadline import DEADLINE, limit_streams

                    http = self._open(self._pipeline.timeout, shared.transport)
                    limit_streams(http)
                    shared.deadline = DEADLINE
                    shared.http = http
        return shared.http

    def _default_sleep(self) -> SleepT:
        raise NotImplementedError

    def _open(self, timeout: httpx.Timeout, transport: TransportT | None) -> Any:
        raise NotImplementedError

    @staticmethod
    def _operation_table() -> Mapping[str, Operation]:
        """The operations table of the generated half (its client class gives it); empty in the bare core."""
        return {}

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
        self._shared.closed = True
        if self._shared.http is not None:
            self._shared.http.close()
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
        call_started, ends_at = p.start(call)
        retries, waited, refreshed, attempt = 0, 0.0, False, 0
        while True:
            # Open and build first: the paced slot is then taken right before sending,
            # so the server sees the request when the pacer counted it.
            self._http  # noqa: B018 - opens the HTTP client (TLS setup) before the paced slot is taken
            generation, request = p.build(call)
            booking = p.book(call)
            try:
                if booking is not None and booking.delay > 0:
                    p.check_wait(request, booking.delay, ends_at)
                    self._sleep(booking.delay)
            except BaseException:
                p.release(booking)  # cancelled or interrupted while waiting: the slot was never used
                raise
            attempt += 1
            started = time.perf_counter()
            error: HarvestError
            try:
                response = self._receive(request, ends_at)
            except httpx.TransportError as exc:
                p.log_attempt(request, type(exc).__name__, started, attempt)
                error = p.transport_error(request, exc, ends_at)
                if not error.sent:
                    p.release(booking)
            else:
                p.log_attempt(request, response.status_code, started, attempt)
                if response.is_success:
                    _record(response, retries, call_started)
                    return response
                if response.status_code == 401 and p.refresh is not None and not refreshed:
                    refreshed = True
                    self._refresh(p.refresh, generation)
                    continue
                error = p.status_error(request, response)
            decision = p.decide(call, error, retries, waited, ends_at)
            if decision.delay is None:
                raise error._with_reason(decision.reason)
            p.log_retry(request, decision, retries)
            self._sleep(decision.delay)
            waited += decision.delay
            retries += 1

    def _receive(self, request: httpx.Request, ends_at: float) -> httpx.Response:
        # The deadline every read of ours obeys (_deadline), for this call's thread or task only.
        deadline = self._shared.deadline
        reset = deadline.set(ends_at)
        try:
            return self._receive_within(request, ends_at)
        finally:
            deadline.reset(reset)

    def _receive_within(self, request: httpx.Request, ends_at: float) -> httpx.Response:
        # Streamed then read here (what send() does inside) so a body that fails to decompress
        # is reported with the response's status and headers, and one too large or too slow is stopped.
        try:
            response = self._http.send(request, stream=True)
        except RuntimeError as exc:
            raise self._closed_error(exc) from None
        except httpx.TransportError:
            raise
        except httpx.HTTPError as exc:
            raise self._pipeline.http_error(request, exc) from None
        try:
            body = self._pipeline.body(request, response, ends_at)
            for chunk in response.iter_bytes():
                body.add(chunk)
            return body.keep()
        except BaseException as exc:
            response.close()
            if isinstance(exc, httpx.DecodingError):
                raise self._pipeline.undecodable(request, response, exc) from None
            if isinstance(exc, httpx.HTTPError) and not isinstance(exc, httpx.TransportError):
                raise self._pipeline.http_error(request, exc) from None
            raise
        finally:
            response.close()

    def _refresh(self, refresh: TokenRefresh, failed_generation: int) -> None:
        """Refresh the token, once for however many calls, clients and processes got a 401 with it (_refreshing)."""
        from ._refreshing import Refresher  # with the first 401 of an OAuth2 client: most never refresh

        Refresher(refresh, self._http.send, self._sleep).run(failed_generation)

    def _call_operation(self, call: OperationCall, model: type[T] | None) -> T | None:
        """Send one operation's request (paced, retried, authenticated) and parse its result into model."""
        response = self._send(call)
        return self._pipeline.result(response, call, model)

    def _call_raw(self, call: OperationCall, model: type[Any] | None) -> RawResponse[Any]:
        """Send one operation's request as _call_operation does; keep the answer for with_raw_response."""
        response = self._send(call)
        return self._pipeline.raw(response, call, model)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        extra_headers: ExtraHeaders | None = None,
        timeout: Timeout | None = None,
    ) -> Any:
        """Call what the spec lacks: method and path (under base_url, such as "/users/me"), with the
        client's auth, pacing, retries, errors and origin rule; returns the decoded JSON (Decimal for
        numbers with a fraction), or None for an answer without a body.
        """
        call = self._pipeline.escape_call(method, path, params, json, self._operation_table())
        call.options = call_options(extra_headers, None, None, timeout)
        response = self._send(call)
        return self._pipeline.json(response)


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

    async def aclose(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        self._shared.closed = True
        if self._shared.http is not None:
            await self._shared.http.aclose()
        if self._pipeline.pacer is not None:
            await self._pipeline.pacer.aclose()

    def _check_loop(self) -> None:
        import asyncio

        loop, shared = asyncio.get_running_loop(), self._shared
        if shared.loop is None:
            shared.loop = weakref.ref(loop)
        elif shared.loop() is not loop:
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
        call_started, ends_at = p.start(call)
        retries, waited, refreshed, attempt = 0, 0.0, False, 0
        while True:
            # Open and build first: the paced slot is then taken right before sending,
            # so the server sees the request when the pacer counted it.
            self._http  # noqa: B018 - opens the HTTP client (TLS setup) before the paced slot is taken
            generation, request = p.build(call)
            booking = await p.abook(call)
            try:
                if booking is not None and booking.delay > 0:
                    p.check_wait(request, booking.delay, ends_at)
                    await self._sleep(booking.delay)
            except BaseException:
                await p.arelease(booking)  # cancelled or interrupted while waiting: the slot was never used
                raise
            attempt += 1
            started = time.perf_counter()
            error: HarvestError
            try:
                response = await self._receive(request, ends_at)
            except httpx.TransportError as exc:
                p.log_attempt(request, type(exc).__name__, started, attempt)
                error = p.transport_error(request, exc, ends_at)
                if not error.sent:
                    await p.arelease(booking)
            else:
                p.log_attempt(request, response.status_code, started, attempt)
                if response.is_success:
                    _record(response, retries, call_started)
                    return response
                if response.status_code == 401 and p.refresh is not None and not refreshed:
                    refreshed = True
                    await self._refresh(p.refresh, generation)
                    continue
                error = p.status_error(request, response)
            decision = p.decide(call, error, retries, waited, ends_at)
            if decision.delay is None:
                raise error._with_reason(decision.reason)
            p.log_retry(request, decision, retries)
            await self._sleep(decision.delay)
            waited += decision.delay
            retries += 1

    async def _receive(self, request: httpx.Request, ends_at: float) -> httpx.Response:
        # The deadline every read of ours obeys (_deadline), for this call's thread or task only.
        deadline = self._shared.deadline
        reset = deadline.set(ends_at)
        try:
            return await self._receive_within(request, ends_at)
        finally:
            deadline.reset(reset)

    async def _receive_within(self, request: httpx.Request, ends_at: float) -> httpx.Response:
        # Streamed then read here (what send() does inside) so a body that fails to decompress
        # is reported with the response's status and headers, and one too large or too slow is stopped.
        try:
            response = await self._http.send(request, stream=True)
        except RuntimeError as exc:
            raise self._closed_error(exc) from None
        except httpx.TransportError:
            raise
        except httpx.HTTPError as exc:
            raise self._pipeline.http_error(request, exc) from None
        try:
            body = self._pipeline.body(request, response, ends_at)
            async for chunk in response.aiter_bytes():
                body.add(chunk)
            return body.keep()
        except BaseException as exc:
            await response.aclose()
            if isinstance(exc, httpx.DecodingError):
                raise self._pipeline.undecodable(request, response, exc) from None
            if isinstance(exc, httpx.HTTPError) and not isinstance(exc, httpx.TransportError):
                raise self._pipeline.http_error(request, exc) from None
            raise
        finally:
            await response.aclose()

    async def _refresh(self, refresh: TokenRefresh, failed_generation: int) -> None:
        """Refresh the token, once for however many calls, clients and processes got a 401 with it (_refreshing)."""
        from ._refreshing import AsyncRefresher  # with the first 401 of an OAuth2 client: most never refresh

        await AsyncRefresher(refresh, self._http.send, self._sleep).run(failed_generation)

    async def _call_operation(self, call: OperationCall, model: type[T] | None) -> T | None:
        """Send one operation's request (paced, retried, authenticated) and parse its result into model."""
        response = await self._send(call)
        return self._pipeline.result(response, call, model)

    async def _call_raw(self, call: OperationCall, model: type[Any] | None) -> RawResponse[Any]:
        """Send one operation's request as _call_operation does; keep the answer for with_raw_response."""
        response = await self._send(call)
        return self._pipeline.raw(response, call, model)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        extra_headers: ExtraHeaders | None = None,
        timeout: Timeout | None = None,
    ) -> Any:
        """Call what the spec lacks: method and path (under base_url, such as "/users/me"), with the
        client's auth, pacing, retries, errors and origin rule; returns the decoded JSON (Decimal for
        numbers with a fraction), or None for an answer without a body.
        """
        call = self._pipeline.escape_call(method, path, params, json, self._operation_table())
        call.options = call_options(extra_headers, None, None, timeout)
        response = await self._send(call)
        return self._pipeline.json(response)
