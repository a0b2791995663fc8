"""FakeHarvest: the fake served over real HTTP on 127.0.0.1, in a background thread."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

import uvicorn

from ._app import Exchange, FakeHarvestApp
from ._faults import Faults, InjectedDrop
from ._identity import TOKEN_PATH, IdentityAccount, IdentityServer, OAuthApp
from ._limits import RateLimits
from ._routes import route_table
from ._seed import apply_seed, seed_account
from ._store import Store

__all__ = ["DEFAULT_ACCOUNT_ID", "DEFAULT_CLIENT_ID", "DEFAULT_CLIENT_SECRET", "DEFAULT_TOKEN", "FakeHarvest"]

DEFAULT_TOKEN = "fake-harvest-token"
DEFAULT_CLIENT_ID = "fake-oauth-client-id"
DEFAULT_CLIENT_SECRET = "fake-oauth-client-secret"
FORECAST_ACCOUNT_ID = 2000001


def _not_an_injected_drop(record: logging.LogRecord) -> bool:
    # uvicorn logs a traceback for every app exception; a drop asked for by the test is not an error.
    return not (record.exc_info and isinstance(record.exc_info[1], InjectedDrop))


logging.getLogger("uvicorn.error").addFilter(_not_an_injected_drop)
DEFAULT_ACCOUNT_ID = "1000001"


class FakeHarvest:
    """A stateful stand-in for api.harvestapp.com/v2, started on a free loopback port.

        with FakeHarvest() as fake:
            hv = Harvest(access_token=fake.access_token, account_id=fake.account_id,
                         user_agent="My tests (me@example.com)", base_url=fake.base_url)

    `store` holds the data (seed or inspect it), `faults` injects failures,
    `limits` are Harvest's rate limits (on by default; `time_scale` shrinks the windows).
    `identity` plays Harvest ID at `id_url` (OAuth2 for the application DEFAULT_CLIENT_ID /
    DEFAULT_CLIENT_SECRET; accounts: this fake's Harvest account and a Forecast one); its access
    tokens last `token_expires_in` seconds on `identity_clock`.
    """

    def __init__(
        self,
        *,
        port: int = 0,
        host: str = "127.0.0.1",
        access_token: str = DEFAULT_TOKEN,
        account_id: str = DEFAULT_ACCOUNT_ID,
        rate_limits: RateLimits | None = None,
        seed: str | None = None,
        on_exchange: Callable[[Exchange], None] | None = None,
        token_expires_in: int = 1_209_599,
        identity_clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = Store()
        self.faults = Faults()
        self.limits = rate_limits if rate_limits is not None else RateLimits()
        self.access_token = access_token
        self.account_id = account_id
        self.current_user_id = seed_account(self.store)
        self.identity = IdentityServer(
            accounts=[
                IdentityAccount(int(account_id), "Fake Harvest Company", "harvest"),
                IdentityAccount(FORECAST_ACCOUNT_ID, "Fake Forecast Company", "forecast"),
            ],
            apps=[OAuthApp(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)],
            expires_in=token_expires_in,
            clock=identity_clock,
        )
        self.app = FakeHarvestApp(
            self.store,
            access_token=access_token,
            account_id=account_id,
            current_user_id=self.current_user_id,
            limits=self.limits,
            faults=self.faults,
            index=route_table(),
            on_exchange=on_exchange,
            identity=self.identity,
        )
        if seed is not None:
            apply_seed(self.store, seed, self.current_user_id)
        self._host = host
        self._requested_port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = port

    @property
    def base_url(self) -> str:
        """The URL to pass as Harvest(base_url=...)."""
        return f"http://{self._host}:{self.port}/v2"

    @property
    def id_url(self) -> str:
        """Where the fake's Harvest ID answers: the value for harvest_v2.oauth's id_url."""
        return f"http://{self._host}:{self.port}"

    @property
    def token_url(self) -> str:
        """The fake's OAuth2 token endpoint: the value for Harvest(token_url=...)."""
        return self.id_url + TOKEN_PATH

    @property
    def status_counts(self) -> dict[int, int]:
        """How many responses of each status the fake has sent."""
        return dict(self.app.status_counts)

    def start(self) -> FakeHarvest:
        """Bind the port and serve in a background thread; returns once requests are accepted."""
        if self._thread is not None:
            raise RuntimeError("this FakeHarvest is already running")
        # proto=IPPROTO_TCP makes asyncio switch Nagle off on accepted connections;
        # with proto 0 every response waits ~40 ms for the client's delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._requested_port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, lifespan="off", log_level="warning", access_log=False, timeout_keep_alive=30, http="h11"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.name = f"FakeHarvest:{self.port}"
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"FakeHarvest did not start on {self._host}:{self.port}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread to finish."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = self._thread = None

    def serve_forever(self) -> None:
        """Block until interrupted (the command-line entry); starts serving first if needed.

        The interruption (KeyboardInterrupt, or what a SIGTERM handler raises) goes on once the
        server has stopped, so the process exits with the status a shell expects (130, 143).
        """
        if self._thread is None:
            self.start()
        assert self._thread is not None
        try:
            while self._thread.is_alive():
                self._thread.join(timeout=0.5)
        finally:
            self.stop()

    def __enter__(self) -> FakeHarvest:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        # The token is a test value, but reprs of credentials stay out of logs by habit.
        return f"FakeHarvest(base_url={self.base_url!r}, account_id={self.account_id!r})"

    def headers(self, user_agent: str = "harvest_v2 fake client (tests@example.com)") -> dict[str, str]:
        """The headers the fake accepts, for calling it with plain httpx or any other HTTP client."""
        return {
            "Authorization": f"Bearer {self.access_token}",
            "Harvest-Account-Id": self.account_id,
            "User-Agent": user_agent,
        }

    def client_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for Harvest(...) / AsyncHarvest(...) pointing at this fake.

        They include strict=True: a response of the fake that differs from the
        spec raises SchemaDriftError instead of passing unnoticed.
        """
        return {
            "access_token": self.access_token,
            "account_id": self.account_id,
            "user_agent": "harvest_v2 fake client (tests@example.com)",
            "base_url": self.base_url,
            "strict": True,
        }
