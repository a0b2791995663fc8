"""`harvest-v2 mcp`: serve every operation as a tool to an AI assistant, over stdio or local HTTP.

The credentials, pacing and retry settings are the command's global ones
(HARVEST_ACCESS_TOKEN, HARVEST_ACCOUNT_ID, HARVEST_USER_AGENT, HARVEST_BASE_URL,
HARVEST_REDIS_URL or their flags). stdout belongs to the protocol in stdio
mode, so everything else, logs included, goes to stderr.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

import click

from ._settings import logging_to_stderr, settings_of

if TYPE_CHECKING:
    from ..mcp import Mode, ToolPolicy

__all__ = ["mcp"]

_SECRET_VARIABLE = "HARVEST_MCP_SECRET"


@click.command(
    "mcp",
    short_help="Serve every operation as a tool to an AI assistant (Model Context Protocol).",
)
@click.option(
    "--mode",
    type=click.Choice(["read-only", "write", "full"]),
    default="read-only",
    show_default=True,
    help="read-only: reading tools only; write: also create and update; full: also delete, send invoices and "
    "estimates, record payments and invite users.",
)
@click.option(
    "--allow",
    multiple=True,
    metavar="PATTERN",
    help="Also serve the operations matching this pattern, whatever the mode (operationIds, shell-style: "
    "'create_time_entry', 'list_*'). Repeatable; wins over --deny.",
)
@click.option(
    "--deny",
    multiple=True,
    metavar="PATTERN",
    help="Do not serve the operations of the mode matching this pattern ('delete_*', '*_report_*'). Repeatable.",
)
@click.option(
    "--http",
    "http",
    is_flag=True,
    help=f"Serve streamable HTTP on 127.0.0.1 instead of stdio; callers send Authorization: Bearer "
    f"${_SECRET_VARIABLE}.",
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port for --http (0: any free)."
)
@click.option(
    "--max-limit",
    type=click.IntRange(1, 2000),
    default=None,
    help="Most records one list call may return [default: 500].",
)
@click.option(
    "--show-tools",
    is_flag=True,
    help="Print the tools this policy serves (name and effect: read, write, delete, consequential) and exit.",
)
@click.pass_context
def mcp(
    ctx: click.Context,
    /,
    mode: str,
    allow: tuple[str, ...],
    deny: tuple[str, ...],
    http: bool,
    port: int,
    max_limit: int | None,
    show_tools: bool,
) -> None:
    """Serve the Harvest API v2 to an AI assistant over the Model Context Protocol.

    Every operation is a tool named by its operationId (list_time_entries, get_client...),
    described and typed from the spec. Read-only unless --mode or --allow say otherwise; a tool
    outside the policy is neither listed nor run. List tools return `limit` records per call with
    a continuation for the rest. Requests are paced under Harvest's limits (shared through Redis
    with HARVEST_REDIS_URL) and retried as the client does.

    \b
    Register it with an assistant as a stdio server, for example:
      {"mcpServers": {"harvest": {"command": "harvest-v2", "args": ["mcp"],
        "env": {"HARVEST_ACCESS_TOKEN": "...", "HARVEST_ACCOUNT_ID": "...",
                "HARVEST_USER_AGENT": "Assistant (you@example.com)"}}}}
    """
    try:
        import mcp as _sdk  # noqa: F401
    except ImportError:
        raise click.UsageError('the MCP server needs its extra: pip install "harvest-v2[mcp]"') from None
    from ..mcp import MAX_LIMIT, ToolPolicy
    from ..mcp._transports import MIN_SECRET_LENGTH

    try:
        policy = ToolPolicy(mode=_mode(mode), allow=allow, deny=deny)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if show_tools:
        _show(policy)
        return
    secret = os.environ.get(_SECRET_VARIABLE, "") if http else ""
    if http and not secret:
        raise click.UsageError(
            f"--http needs a bearer secret in {_SECRET_VARIABLE} (for example: "
            f"export {_SECRET_VARIABLE}=$(python -c 'import secrets; print(secrets.token_urlsafe(32))'))"
        )
    if http and len(secret) < MIN_SECRET_LENGTH:
        raise click.UsageError(f"{_SECRET_VARIABLE} must be at least {MIN_SECRET_LENGTH} characters")
    settings = settings_of(ctx).client_kwargs()
    limit = max_limit or MAX_LIMIT
    import anyio

    try:
        with logging_to_stderr(
            int(ctx.find_root().params.get("verbose") or 0),
            quiet=logging.WARNING,
            line="harvest-v2 mcp: %(levelname)s %(name)s: %(message)s",
        ):
            anyio.run(_serve, settings, policy, limit, secret if http else None, port)
    except ValueError as exc:
        # Settings the client refuses at construction (a header value it cannot carry); never quotes a secret.
        raise click.UsageError(" ".join(str(exc).split())) from None


def _show(policy: ToolPolicy) -> None:
    from .._operations import OPERATIONS
    from ..mcp._policy import effect_of

    for name, operation in OPERATIONS.items():
        if policy.permits(operation):
            click.echo(f"{name}\t{effect_of(operation)}")


def _mode(text: str) -> Mode:
    from ..mcp import MODES

    for mode in MODES:
        if mode == text:
            return mode
    raise click.UsageError(f"--mode must be one of {', '.join(MODES)}")


async def _serve(settings: dict[str, Any], policy: ToolPolicy, max_limit: int, secret: str | None, port: int) -> None:
    from .. import AsyncHarvest
    from ..mcp import DEFAULT_LIMIT, create_server, serve_http, serve_stdio

    async with AsyncHarvest(**settings) as hv:
        server = create_server(hv, policy, default_limit=min(DEFAULT_LIMIT, max_limit), max_limit=max_limit)
        if secret is None:
            await serve_stdio(server)
        else:
            await serve_http(
                server,
                secret=secret,
                port=port,
                on_ready=lambda url: click.echo(
                    f"harvest-v2 mcp: serving {url} (Authorization: Bearer ${_SECRET_VARIABLE})", err=True
                ),
            )
