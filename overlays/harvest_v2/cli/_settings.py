"""The command's global settings, and the one way a subcommand gets a client from them.

    @click.command()
    @click.pass_context
    def sync(ctx: click.Context) -> None:
        with open_client(ctx) as hv:          # or: async with open_async_client(ctx) as hv
            ...

Credentials come from the global options or their HARVEST_* variables; a
missing or malformed one is a usage error (status 2) before anything is sent.
Inside the `with`, the harvest_v2 logger writes to stderr at the verbosity
asked for (-v, -vv), each line made safe for a terminal.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import click

from .. import AsyncHarvest, Harvest
from .._core._environment import ENVIRONMENT_VARIABLES, REQUIRED_SETTINGS
from ._safe_text import terminal_text

__all__ = [
    "CREDENTIALS",
    "Credential",
    "Settings",
    "logging_to_stderr",
    "open_async_client",
    "open_client",
    "settings_of",
]


@dataclass(frozen=True)
class Credential:
    """One connection setting: the constructor keyword and its help; its variable and flag follow from the name."""

    name: str
    help: str

    @property
    def variable(self) -> str:
        return ENVIRONMENT_VARIABLES[self.name]

    @property
    def required(self) -> bool:
        return self.name in REQUIRED_SETTINGS

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


CREDENTIALS = (
    Credential(
        "access_token", "Personal access token or OAuth2 access token (prefer the variable: arguments show in ps)."
    ),
    Credential("account_id", "Harvest account id (Harvest-Account-Id header)."),
    Credential("user_agent", 'Who is calling, as Harvest asks: "App name (email or URL)".'),
    Credential("base_url", "API root (default https://api.harvestapp.com/v2); a fake or proxy."),
    Credential("redis_url", "Share rate-limit pacing across processes through Redis."),
)
"""The global options that build a client, one per environment variable."""


@dataclass
class Settings:
    """The global options, handed to every subcommand through the click context (``ctx.obj``)."""

    values: dict[str, str | None] = field(default_factory=dict)
    profile: str | None = None
    """The stored credentials (`auth login`) to fall back on; options and variables win over them."""
    verbosity: int = 0
    throttle: bool = True
    max_retries: int | None = None

    def client_kwargs(self) -> dict[str, Any]:
        """The keywords for Harvest or AsyncHarvest; a missing credential is a usage error naming its variable."""
        from ._auth import profile_settings

        # A stored profile fills what the options and variables leave out (all of it, or none of it: a token
        # given on the command line is never mixed with a stored refresh token).
        kwargs: dict[str, Any] = {} if self.values.get("access_token") else profile_settings(self.profile)
        for credential in CREDENTIALS:
            value = (self.values.get(credential.name) or "").strip()
            if value:
                kwargs[credential.name] = value
            elif credential.required and credential.name not in kwargs:
                raise click.UsageError(
                    f"no {credential.name.replace('_', ' ')}: set {credential.variable} or pass {credential.flag}"
                )
        if not self.throttle:
            kwargs["throttle"] = False
        if self.max_retries is not None:
            kwargs["max_retries"] = self.max_retries
        return kwargs


def settings_of(ctx: click.Context) -> Settings:
    """The settings of the running command (defaults when a subcommand runs on its own, as in tests)."""
    return ctx.find_object(Settings) or Settings()


class _TerminalSafeFormatter(logging.Formatter):
    """Log lines as `harvest-v2: message`, with whatever Harvest sent in them unable to drive the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return terminal_text(super().format(record))


@contextlib.contextmanager
def logging_to_stderr(
    verbosity: int, *, quiet: int = logging.ERROR, line: str = "harvest-v2: %(message)s"
) -> Iterator[None]:
    """The harvest_v2 logger on stderr at `quiet` (-v: INFO, -vv: DEBUG), each record as `line`; restored afterwards.

    The command may run in-process (tests, embedding), so the logger is given back as it was.
    """
    # A command is quiet by default, so a failure is the one line that says why; -v adds retries and token
    # refreshes, -vv one line per request. A long-running server (mcp) keeps WARNING where an operator sees it.
    logger = logging.getLogger("harvest_v2")
    saved = logger.level, logger.propagate
    logger.setLevel((quiet, logging.INFO, logging.DEBUG)[min(verbosity, 2)])
    # A handler per run: sys.stderr may have changed since the last one (tests, embedding).
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_TerminalSafeFormatter(line))
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def _refused(error: ValueError) -> click.UsageError:
    # The constructor's messages name the argument and never quote a secret.
    return click.UsageError(" ".join(str(error).split()))


@contextlib.contextmanager
def open_client(ctx: click.Context) -> Iterator[Harvest]:
    """A Harvest client built from the command's settings, closed at the end of the block."""
    settings = settings_of(ctx)
    kwargs = settings.client_kwargs()
    with logging_to_stderr(settings.verbosity):
        try:
            client = Harvest(**kwargs)
        except ValueError as exc:
            raise _refused(exc) from None
        with client:
            yield client


@contextlib.asynccontextmanager
async def open_async_client(ctx: click.Context) -> AsyncIterator[AsyncHarvest]:
    """An AsyncHarvest client built from the command's settings, closed at the end of the block."""
    settings = settings_of(ctx)
    kwargs = settings.client_kwargs()
    with logging_to_stderr(settings.verbosity):
        try:
            client = AsyncHarvest(**kwargs)
        except ValueError as exc:
            raise _refused(exc) from None
        async with client:
            yield client
