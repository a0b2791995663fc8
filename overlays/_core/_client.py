"""The request pipeline behind Harvest and AsyncHarvest.

Every call goes: pace (client-side rate limit) -> send with auth headers ->
on 401 refresh the OAuth2 token once -> retry what RetryPolicy allows ->
raise a typed error or parse the JSON body into the operation's model.
`_Pipeline` holds the parts without I/O, shared by the sync and async
clients, which differ only in how they send and sleep.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, cast

import httpx

from ._auth import DEFAULT_TOKEN_URL, Credentials, TokenSet, check_user_agent
from ._errors import (
    APIStatusError,
    AuthenticationError,
    HarvestError,
    RateLimitError,
    TransportError,
    UnexpectedResponseError,
    error_for_status,
    redact_url,
)
from ._pacing import GENERAL_LIMIT, REPORTS_LIMIT, Pacer, RateLimit, Reserver, shared_pacer
from ._request import RequestSpec
from ._retry import Decision, RetryPolicy
from ._serde import form_value

DEFAULT_BASE_URL = "https://api.harvestapp.com/v2"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Finite by default: a hung connection must not stall a sync job forever."""

logger = logging.getLogger("harvest_v2")

T = TypeVar("T")
TransportT = TypeVar("TransportT")
SleepT = TypeVar("SleepT")


class _Pipeline:
    """Request building, logging, retry decisions, errors and parsing: everything but I/O."""

    def __init__(
        self,
        *,
        credentials: Credentials,
        user_agent: str,
        base_url: str,
        retry: RetryPolicy,
        pacer: Reserver | None,
        wall_clock: Callable[[], float],
    ) -> None:
        self.credentials = credentials
        self.user_agent = user_agent
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        self.retry = retry
        self.pacer = pacer
        self.wall_clock = wall_clock

    def default_headers(self) -> dict[str, str]:
        return {"User-Agent": self.user_agent, "Accept": "application/json", **self.credentials.headers()}

    def url_for(self, spec: RequestSpec) -> httpx.URL:
        if spec.path.startswith(("http://", "https://")):
            url = httpx.URL(spec.path)
            # links.next comes from the response; never send the token to another origin.
            if (url.scheme, url.host, url.port) != (self.base_url.scheme, self.base_url.host, self.base_url.port):
                raise UnexpectedResponseError(
                    "refusing to follow a pagination link to another origin than base_url",
                    status=0,
                    method=spec.method,
                    url=str(url),
                )
            return url
        return self.base_url.join(spec.path.lstrip("/"))

    def build(self, http: httpx.Client | httpx.AsyncClient, spec: RequestSpec) -> httpx.Request:
        url = self.url_for(spec)
        if spec.files:
            form = {key: form_value(value) for key, value in (spec.json or {}).items()}
            files = {key: file.to_tuple() for key, file in spec.files.items()}
            return http.build_request(spec.method, url, params=spec.params, data=form, files=files)
        return http.build_request(spec.method, url, params=spec.params, json=spec.json)

    def pace_delay(self, spec: RequestSpec) -> float:
        return self.pacer.reserve(spec.path) if self.pacer is not None else 0.0

    async def pace_delay_async(self, spec: RequestSpec) -> float:
        return await self.pacer.areserve(spec.path) if self.pacer is not None else 0.0

    def decide(
        self, spec: RequestSpec, retries: int, waited: float, response: httpx.Response | None, error: Exception | None
    ) -> Decision:
        return self.retry.decide(
            method=spec.method,
            retries_done=retries,
            waited=waited,
            now=self.wall_clock(),
            response=response,
            error=error,
        )

    def log_attempt(self, request: httpx.Request, status: int | str, started: float, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug(
                "%s %s -> %s in %.1f ms (attempt %d)", request.method, request.url.path, status, elapsed, attempt
            )

    def log_retry(self, request: httpx.Request, decision: Decision, retries: int) -> None:
        logger.warning(
            "%s %s: %s; retrying in %.2f s (retry %d of %d)",
            request.method,
            request.url.path,
            decision.reason,
            decision.delay or 0.0,
            retries + 1,
            self.retry.max_retries,
        )

    def status_error(self, request: httpx.Request, response: httpx.Response, decision: Decision) -> APIStatusError:
        url = str(request.url)
        status = response.status_code
        content_type = response.headers.get("content-type", "")
        error = error_for_status(status, request.method, url, response.content, content_type)
        if status == 429 or (status == 503 and decision.retry_after is not None):
            return RateLimitError(
                f"{error.message} ({decision.reason})",
                status=status,
                method=request.method,
                url=url,
                body=error.body,
                retry_after=decision.retry_after,
            )
        return error

    def transport_error(self, request: httpx.Request, exc: Exception, decision: Decision) -> TransportError:
        return TransportError(
            f"{type(exc).__name__}: {exc} ({decision.reason})", method=request.method, url=str(request.url)
        )

    def parse(self, response: httpx.Response, parse: Callable[[Any], T]) -> T:
        request = response.request
        content_type = response.headers.get("content-type", "")

        def unexpected(message: str) -> UnexpectedResponseError:
            return UnexpectedResponseError(
                message,
                status=response.status_code,
                method=request.method,
                url=str(request.url),
                content_type=content_type,
                preview=response.content[:80],
            )

        if "json" not in content_type:
            raise unexpected("expected a JSON body")
        try:
            data = json.loads(response.content)
        except ValueError as exc:
            raise unexpected(f"body is not valid JSON ({exc})") from None
        try:
            return parse(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            model = getattr(parse, "__annotations__", {}).get("return", "the expected model")
            raise unexpected(f"JSON body does not match {model}: {type(exc).__name__} {exc}") from None

    def refresh_request(self) -> httpx.Request:
        # Built bare (not through the API client) so no API header, old token included, goes to the token endpoint.
        return httpx.Request(
            "POST",
            self.credentials.token_url,
            data=self.credentials.refresh_form(),
            headers={"User-Agent": self.user_agent, "Accept": "application/json"},
        )

    def accept_refresh(self, http: httpx.Client | httpx.AsyncClient, response: httpx.Response) -> TokenSet:
        if not response.is_success:
            raise AuthenticationError(
                "OAuth2 token refresh was refused",
                status=response.status_code,
                method="POST",
                url=redact_url(self.credentials.token_url),
            )
        try:
            tokens = self.credentials.accept_refresh(json.loads(response.content))
        except ValueError as exc:
            raise AuthenticationError(
                f"OAuth2 token refresh answer unusable: {exc}",
                status=response.status_code,
                method="POST",
                url=self.credentials.token_url,
            ) from None
        http.headers.update(self.credentials.headers())
        logger.info("OAuth2 access token refreshed")
        return tokens


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


class _BaseClient(Generic[TransportT, SleepT]):
    """Settings and validation shared by Harvest and AsyncHarvest.

    access_token, account_id and user_agent are required (user_agent in the
    form "AppName (email or URL)"). For OAuth2 also pass refresh_token,
    client_id and client_secret: a 401 then refreshes the token once and
    on_token_refresh receives the new TokenSet to store.

    base_url, timeout (finite by default), max_retries and max_retry_wait
    (seconds of retry waiting per call) tune the transport; throttle=False
    switches client-side pacing off; rate_limit and reports_rate_limit set
    the paced limits. redis_url ("redis://host:port/db") paces through Redis,
    shared by every process on the account; when Redis fails the request is
    paced in process after one warning, or raises with redis_required=True.
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
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 5,
        max_retry_wait: float = 300.0,
        throttle: bool = True,
        rate_limit: RateLimit = GENERAL_LIMIT,
        reports_rate_limit: RateLimit = REPORTS_LIMIT,
        redis_url: str | None = None,
        redis_required: bool = False,
        transport: TransportT | None = None,
        sleep: SleepT | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        credentials = Credentials(
            access_token=access_token,
            account_id=account_id,
            refresh_token=refresh_token,
            client_id=client_id,
            client_secret=client_secret,
            token_url=token_url,
            on_token_refresh=on_token_refresh,
        )
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL}, got {base_url!r}")
        if timeout is None:
            raise ValueError("timeout must be finite (seconds or an httpx.Timeout); None would let a call hang forever")
        pacer: Reserver | None = None
        if throttle:
            local = shared_pacer(credentials.account_id, rate_limit, reports_rate_limit, clock=clock)
            pacer = local if redis_url is None else _redis_pacer(redis_url, redis_required, local, timeout, clock)
        self._pipeline = _Pipeline(
            credentials=credentials,
            user_agent=check_user_agent(user_agent),
            base_url=base_url,
            retry=RetryPolicy(max_retries=max_retries, max_wait=max_retry_wait),
            pacer=pacer,
            wall_clock=wall_clock,
        )
        self._sleep: SleepT = sleep if sleep is not None else self._default_sleep()
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._transport = transport
        # The httpx client (and its TLS context, tens of milliseconds) is built on first use,
        # so short-lived scripts and constructing Harvest stay fast.
        self._http_client: Any = None
        self._http_lock = threading.Lock()

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
        settings: dict[str, Any] = {}
        for name, variable in (
            ("access_token", "HARVEST_ACCESS_TOKEN"),
            ("account_id", "HARVEST_ACCOUNT_ID"),
            ("user_agent", "HARVEST_USER_AGENT"),
        ):
            if name in overrides:
                continue
            value = os.environ.get(variable, "").strip()
            if not value:
                raise ValueError(f"environment variable {variable} is not set (needed for {name})")
            settings[name] = value
        if "base_url" not in overrides and os.environ.get("HARVEST_BASE_URL", "").strip():
            settings["base_url"] = os.environ["HARVEST_BASE_URL"].strip()
        if "redis_url" not in overrides and os.environ.get("HARVEST_REDIS_URL", "").strip():
            settings["redis_url"] = os.environ["HARVEST_REDIS_URL"].strip()
        settings.update(overrides)
        return cls(**settings)

    @property
    def account_id(self) -> str:
        return self._pipeline.credentials.account_id

    @property
    def base_url(self) -> str:
        return str(self._pipeline.base_url).rstrip("/")

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
        """Close the connection pool."""
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

    def _send(self, spec: RequestSpec) -> httpx.Response:
        p = self._pipeline
        retries, waited, refreshed, attempt = 0, 0.0, False, 0
        while True:
            # Build first (the first build opens the HTTP client): the paced slot is then taken
            # right before sending, so the server sees the request when the pacer counted it.
            request = p.build(self._http, spec)
            delay = p.pace_delay(spec)
            if delay > 0:
                self._sleep(delay)
            attempt += 1
            started = time.perf_counter()
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                p.log_attempt(request, type(exc).__name__, started, attempt)
                decision = p.decide(spec, retries, waited, None, exc)
                if decision.delay is None:
                    raise p.transport_error(request, exc, decision) from None
            else:
                p.log_attempt(request, response.status_code, started, attempt)
                if response.is_success:
                    return response
                if response.status_code == 401 and p.credentials.can_refresh and not refreshed:
                    refreshed = True
                    self._refresh()
                    continue
                decision = p.decide(spec, retries, waited, response, None)
                if decision.delay is None:
                    raise p.status_error(request, response, decision)
            p.log_retry(request, decision, retries)
            self._sleep(decision.delay)
            waited += decision.delay
            retries += 1

    def _refresh(self) -> None:
        try:
            response = self._http.send(self._pipeline.refresh_request())
        except httpx.TransportError as exc:
            raise HarvestError(f"OAuth2 token refresh failed: {type(exc).__name__}") from None
        tokens = self._pipeline.accept_refresh(self._http, response)
        if self._pipeline.credentials.on_token_refresh is not None:
            self._pipeline.credentials.on_token_refresh(tokens)

    def _request(self, spec: RequestSpec, parse: Callable[[Any], T] | None) -> T | None:
        response = self._send(spec)
        return None if parse is None else self._pipeline.parse(response, parse)


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
        """Close the connection pool."""
        if self._http_client is not None:
            await self._http_client.aclose()
        if self._pipeline.pacer is not None:
            await self._pipeline.pacer.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _send(self, spec: RequestSpec) -> httpx.Response:
        p = self._pipeline
        retries, waited, refreshed, attempt = 0, 0.0, False, 0
        while True:
            # Build first (the first build opens the HTTP client): the paced slot is then taken
            # right before sending, so the server sees the request when the pacer counted it.
            request = p.build(self._http, spec)
            delay = await p.pace_delay_async(spec)
            if delay > 0:
                await self._sleep(delay)
            attempt += 1
            started = time.perf_counter()
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                p.log_attempt(request, type(exc).__name__, started, attempt)
                decision = p.decide(spec, retries, waited, None, exc)
                if decision.delay is None:
                    raise p.transport_error(request, exc, decision) from None
            else:
                p.log_attempt(request, response.status_code, started, attempt)
                if response.is_success:
                    return response
                if response.status_code == 401 and p.credentials.can_refresh and not refreshed:
                    refreshed = True
                    await self._refresh()
                    continue
                decision = p.decide(spec, retries, waited, response, None)
                if decision.delay is None:
                    raise p.status_error(request, response, decision)
            p.log_retry(request, decision, retries)
            await self._sleep(decision.delay)
            waited += decision.delay
            retries += 1

    async def _refresh(self) -> None:
        try:
            response = await self._http.send(self._pipeline.refresh_request())
        except httpx.TransportError as exc:
            raise HarvestError(f"OAuth2 token refresh failed: {type(exc).__name__}") from None
        tokens = self._pipeline.accept_refresh(self._http, response)
        if self._pipeline.credentials.on_token_refresh is not None:
            self._pipeline.credentials.on_token_refresh(tokens)

    async def _request(self, spec: RequestSpec, parse: Callable[[Any], T] | None) -> T | None:
        response = await self._send(spec)
        return None if parse is None else self._pipeline.parse(response, parse)
