"""`harvest-v2 fake`: the fake Harvest of harvest_v2.testing, served until Ctrl-C.

The arguments go to `python -m harvest_v2.testing` unchanged (its --help is
this command's help); this only adds the lines that point harvest-v2 at it.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence

import click

from .._core._environment import ENVIRONMENT_VARIABLES
from .._core._ports import free_port

__all__ = ["fake"]

_USER_AGENT = "harvest-v2 fake (you@example.com)"


def _value(args: Sequence[str], option: str) -> str | None:
    # Only reads the few options that decide the environment printed; the fake parses them all.
    for position, arg in enumerate(args):
        if arg == option and position + 1 < len(args):
            return args[position + 1]
        if arg.startswith(option + "="):
            return arg.split("=", 1)[1]
    return None


@click.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
    short_help="Serve a fake Harvest locally (python -m harvest_v2.testing) and print how to use it.",
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def fake(args: tuple[str, ...]) -> None:
    """Serve a fake Harvest API v2 on 127.0.0.1 until Ctrl-C: [--port P] [--seed demo] [--no-rate-limit]..."""
    try:
        from ..testing import DEFAULT_ACCOUNT_ID, DEFAULT_TOKEN
        from ..testing.__main__ import main as serve
    except ImportError as exc:
        raise click.UsageError(f'the fake needs the testing extra: pip install "harvest-v2[testing]" ({exc})') from None
    argv = list(args)
    if "-h" in argv or "--help" in argv:
        raise SystemExit(serve(["--help"]))
    host = _value(argv, "--host") or "127.0.0.1"
    port = _value(argv, "--port")
    if port is None or port == "0":
        port = str(free_port(host))
        argv += ["--port", port]
    environment = {
        ENVIRONMENT_VARIABLES["base_url"]: f"http://{host}:{port}/v2",
        ENVIRONMENT_VARIABLES["access_token"]: _value(argv, "--token") or DEFAULT_TOKEN,
        ENVIRONMENT_VARIABLES["account_id"]: _value(argv, "--account-id") or DEFAULT_ACCOUNT_ID,
        ENVIRONMENT_VARIABLES["user_agent"]: _USER_AGENT,
    }
    if not port.isdigit():
        raise SystemExit(serve(argv))  # the fake's own parser says what is wrong with it
    click.echo("Point harvest-v2 at the fake (in another shell):")
    click.echo("  export " + " ".join(f"{k}={shlex.quote(v)}" for k, v in environment.items()))
    click.echo("  harvest-v2 users get-current", nl=True)
    raise SystemExit(serve(argv))
