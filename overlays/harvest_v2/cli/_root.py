"""`harvest-v2`: the root group, its global options, and where every subcommand is registered.

A resource group per tag of the operations table comes on its own
(`_operation_commands`). Any other subcommand is one line of SUBCOMMANDS:
its name and where its click command lives, imported only when that
subcommand runs (or `--help` lists it), so `harvest-v2 clients get 1` pays
for none of them. Such a subcommand takes a client from `open_client(ctx)`
(`_settings`), raises `Failure` for exit status 1 (`_exit`), and writes
records through `_output.write` and messages through `echo_error`
(`_safe_text`).
"""

from __future__ import annotations

import importlib
import io
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import click

from ._exit import closed_pipe_as_reader_gone, run, signals_as_exceptions
from ._operation_commands import ResourceGroup, cli_name, resources
from ._settings import CREDENTIALS, Settings

__all__ = ["SUBCOMMANDS", "cli"]

SUBCOMMANDS: dict[str, str] = {
    "auth": "harvest_v2.cli._auth:auth",
    "fake": "harvest_v2.cli._fake:fake",
    "mcp": "harvest_v2.cli._mcp:mcp",
    "sync": "harvest_v2.cli._sync:sync",
}
"""Subcommands beside the resources: name -> "module:attribute" of its click command."""


def _load(target: str) -> click.Command:
    module, _, attribute = target.partition(":")
    command = getattr(importlib.import_module(module), attribute)
    if not isinstance(command, click.Command):
        raise TypeError(f"{target} is not a click command")
    return command


def _utf8_stdout() -> None:
    """Output in UTF-8 whatever the locale, so an export never stops half written at the first emoji.

    A file or a pipe gets UTF-8 (with LF line ends untranslated: csv writes its own CRLF); a
    terminal keeps its own encoding, and a character it cannot show becomes ? rather than an error.
    """
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper):
        return
    try:
        terminal = stream.isatty()
    except ValueError:
        return
    if terminal:
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8", errors="strict", newline="\n")


class _Root(click.Group):
    """The resources of the operations table, plus SUBCOMMANDS; exits with the statuses of `_exit`."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*(cli_name(tag) for tag in resources()), *SUBCOMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in SUBCOMMANDS:
            return _load(SUBCOMMANDS[cmd_name])
        tag = cmd_name.replace("-", "_")
        return ResourceGroup(tag) if tag in resources() else None

    def invoke(self, ctx: click.Context) -> Any:
        # Every subcommand, registered ones included, stops quietly when its reader goes away.
        with closed_pipe_as_reader_gone():
            return super().invoke(ctx)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> NoReturn:
        """Run the command and exit with its status (0, 1, 2, 130, 143), in a process or a CliRunner alike."""
        _utf8_stdout()
        with signals_as_exceptions():
            run(lambda: super(_Root, self).main(args, prog_name, complete_var, standalone_mode=False, **extra))


def _version() -> str:
    from .. import __version__

    return __version__


_Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def _credential_option(index: int) -> _Decorator:
    credential = CREDENTIALS[index]
    return click.option(
        credential.flag,
        credential.name,
        envvar=credential.variable,
        show_envvar=True,
        metavar="TOKEN" if credential.name == "access_token" else None,
        help=credential.help,
    )


@click.group(
    cls=_Root,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@_credential_option(0)
@_credential_option(1)
@_credential_option(2)
@_credential_option(3)
@_credential_option(4)
@click.option(
    "--throttle/--no-throttle",
    default=True,
    help="Pace requests under Harvest's rate limits (on by default; off for a proxy or fake that does not limit).",
)
@click.option(
    "--max-retries",
    type=click.IntRange(min=0),
    help="Resends after a 429, a 5xx or a dropped connection (default 5; POST and PATCH only when nothing was sent).",
)
@click.option("--profile", envvar="HARVEST_PROFILE", show_envvar=True, help="Credentials stored by auth login.")
@click.option(
    "-v", "--verbose", count=True, help="-v: retries and token refreshes on stderr; -vv: one line per request."
)
@click.version_option(_version(), prog_name="harvest-v2")
@click.pass_context
def cli(
    ctx: click.Context,
    /,
    verbose: int,
    throttle: bool,
    max_retries: int | None,
    profile: str | None,
    **credentials: str | None,
) -> None:
    """Every operation of the Harvest API v2: harvest-v2 RESOURCE METHOD [IDS]... [--OPTION VALUE]...

    \b
      harvest-v2 time-entries list --from 2026-07-01 --to 2026-09-30 --format csv > q3.csv
      harvest-v2 clients get 42
      harvest-v2 clients create --name Acme
      harvest-v2 reports time-clients --from 2026-01-01 --to 2026-03-31

    Lists stream every page. Output is a table on a terminal, else JSON (one object)
    or JSON lines (lists); --format json|jsonl|csv|table chooses. Exit status: 0 done
    (or the reader closed the pipe), 1 Harvest or the connection failed, 2 the command
    was wrong, 130 interrupted, 143 terminated.
    """
    ctx.obj = Settings(
        values=dict(credentials), profile=profile, verbosity=verbose, throttle=throttle, max_retries=max_retries
    )
