"""`harvest-v2 auth`: login (a personal token at a prompt, or OAuth2 via a local redirect), status, logout, accounts.

Secrets are read from a hidden prompt or the environment, never from arguments (which
show in `ps`), and never printed.
"""

from __future__ import annotations

import http.server
import os
import threading
import webbrowser
from typing import Any
from urllib.parse import urlsplit

import click

from ._exit import Failure
from ._profiles import DEFAULT_PROFILE, ProfileStore, describe
from ._safe_text import one_line

__all__ = ["auth", "profile_settings"]

_AGENT = "harvest-v2 command line (https://github.com/harvest-v2)"


def profile_settings(name: str | None) -> dict[str, Any]:
    """The client settings a stored profile gives (empty when none is stored under name)."""
    store = ProfileStore()
    profile = store.load(name or DEFAULT_PROFILE)
    if profile is None:
        if name is not None:
            raise click.UsageError(f"no profile {name!r}: run harvest-v2 --profile {name} auth login")
        return {}
    settings = {key: value for key, value in profile.items() if value}
    if profile.get("refresh_token"):
        profile_name = name or DEFAULT_PROFILE

        def keep(tokens: Any) -> None:  # rotated refresh tokens go back to the profile
            store.save(
                profile_name,
                {**profile, "access_token": tokens.access_token, "refresh_token": tokens.refresh_token},
            )

        settings["on_token_refresh"] = keep
    return settings


def _profile(ctx: click.Context) -> str:
    return str(getattr(ctx.obj, "profile", None) or DEFAULT_PROFILE)


@click.group()
def auth() -> None:
    """Log in, see and forget the credentials of a profile (--profile NAME or HARVEST_PROFILE)."""


@auth.command()
@click.option("--oauth", is_flag=True, help="Authorize in the browser (OAuth2) instead of pasting a personal token.")
@click.option("--client-id", envvar="HARVEST_CLIENT_ID", help="The OAuth2 application's client id.")
@click.option("--account-id", "account_id", help="Which Harvest account (asked for when the token reaches several).")
@click.option("--id-url", envvar="HARVEST_ID_URL", help="Harvest ID's root (default: https://id.getharvest.com).")
@click.option("--no-browser", is_flag=True, help="Print the authorization URL only.")
@click.option("--timeout", default=300.0, help="Seconds to wait for the browser's redirect.")
@click.pass_context
def login(
    ctx: click.Context,
    oauth: bool,
    client_id: str | None,
    account_id: str | None,
    id_url: str | None,
    no_browser: bool,
    timeout: float,
) -> None:
    """Store credentials in the profile: a personal access token (prompted, hidden) or OAuth2 tokens."""
    name = _profile(ctx)
    store = ProfileStore()
    if not oauth:
        token = click.prompt("Personal access token", hide_input=True, err=True).strip()
        account = account_id or click.prompt("Account id", err=True).strip()
        profile: dict[str, Any] = {"access_token": token, "account_id": account}
    else:
        profile = _oauth_login(client_id, account_id, id_url, no_browser, timeout)
    # The user agent and API root given at login (options or variables) belong to the profile too.
    given = getattr(ctx.obj, "values", {})
    profile.update({key: given[key] for key in ("user_agent", "base_url") if given.get(key)})
    who = _verify(profile)
    store.save(name, profile)
    click.echo(f"{describe(name, profile)}{who}; saved in {store.where}", err=True)


def _verify(profile: dict[str, Any]) -> str:
    """Who the credentials log in as (one call to users/me), so a wrong token is not stored."""
    from .. import AuthenticationError, Harvest, HarvestError

    settings = {"user_agent": _AGENT, **profile}
    try:
        with Harvest(**settings, max_retries=1) as hv:
            me = hv.users.get_current()
    except AuthenticationError:
        raise Failure("Harvest refused these credentials for this account: nothing was saved") from None
    except (HarvestError, ValueError) as exc:
        raise Failure(one_line(exc)) from None
    name = one_line(f"{me.first_name} {me.last_name}")
    return f" (logged in as {name})"


def _oauth_login(
    client_id: str | None, account_id: str | None, id_url: str | None, no_browser: bool, timeout: float
) -> dict[str, Any]:
    from .. import HarvestError
    from ..oauth import DEFAULT_ID_URL, AccountSelectionError, HarvestID

    if not client_id:
        raise click.UsageError("OAuth2 needs the application's client id: --client-id or HARVEST_CLIENT_ID")
    secret = os.environ.get("HARVEST_CLIENT_SECRET") or click.prompt("Client secret", hide_input=True, err=True)
    redirect = _Redirect()
    try:
        with HarvestID(client_id, secret, user_agent=_AGENT, id_url=id_url or DEFAULT_ID_URL) as service:
            start = service.authorization_url(redirect.uri)
            click.echo(f"Open this URL to authorize: {start.url}", err=True)
            if not no_browser:
                webbrowser.open(start.url)  # does nothing where there is no browser
            query = redirect.wait(timeout)
            tokens = service.exchange_code(query, expected_state=start.state, redirect_uri=redirect.uri)
            try:
                account = service.harvest_account(tokens.access_token, account_id)
            except AccountSelectionError as exc:
                raise click.UsageError(one_line(f"{exc.message}; run again with --account-id")) from None
    except ValueError as exc:  # a client id, secret or --id-url that cannot be used: said before anything is sent
        raise click.UsageError(one_line(exc)) from None
    except HarvestError as exc:
        raise Failure(one_line(exc)) from None
    finally:
        redirect.close()
    return {
        "access_token": tokens.access_token,
        "refresh_token": tokens.refresh_token,
        "client_id": client_id,
        "client_secret": secret,
        "account_id": str(account.id),
        "token_url": service.token_url,
    }


class _Redirect:
    """A one-shot HTTP server on 127.0.0.1 (a free port) receiving Harvest ID's redirect."""

    def __init__(self) -> None:
        received: dict[str, str] = {}
        done = threading.Event()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != "/callback":
                    self.send_error(404)
                    return
                received["query"] = parts.query
                done.set()
                body = b"Authorized: you can close this window and return to the terminal.\n"
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self._received, self._done = received, done
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/callback"

    def wait(self, timeout: float) -> str:
        if not self._done.wait(timeout):
            raise Failure(f"no redirect from the browser within {timeout:g} s")
        return "?" + self._received["query"]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@auth.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Which credentials the profile holds (never the secrets themselves)."""
    name = _profile(ctx)
    store = ProfileStore()
    profile = store.load(name)
    if profile is None:
        raise Failure(f"profile {name}: not logged in (harvest-v2 --profile {name} auth login)")
    click.echo(f"{describe(name, profile)}; stored in {store.where}")


@auth.command()
@click.pass_context
def logout(ctx: click.Context) -> None:
    """Forget the profile's credentials."""
    name = _profile(ctx)
    if not ProfileStore().delete(name):
        raise Failure(f"profile {name}: not logged in")
    click.echo(f"profile {name}: logged out", err=True)


@auth.command()
@click.option(
    "--id-url", envvar="HARVEST_ID_URL", help="Harvest ID's root (default: the one the profile logged in with)."
)
@click.pass_context
def accounts(ctx: click.Context, id_url: str | None) -> None:
    """The accounts the profile's OAuth2 token reaches (Harvest and Forecast)."""
    from .. import HarvestError
    from ..oauth import DEFAULT_ID_URL, TOKEN_PATH, HarvestID

    name = _profile(ctx)
    profile = ProfileStore().load(name)
    if profile is None or not profile.get("client_id"):
        raise Failure(f"profile {name}: no OAuth2 login (harvest-v2 --profile {name} auth login --oauth)")
    try:
        # The Harvest ID that issued the token is the one that knows its accounts.
        root = id_url or str(profile.get("token_url") or DEFAULT_ID_URL).removesuffix(TOKEN_PATH)
        with HarvestID(profile["client_id"], profile["client_secret"], user_agent=_AGENT, id_url=root) as service:
            found = service.accounts(profile["access_token"])
    except HarvestError as exc:
        raise Failure(one_line(exc)) from None
    for account in found:
        click.echo(f"{account.id}\t{account.product}\t{one_line(account.name)}")
