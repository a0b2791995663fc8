"""The click command tree, built from the Harvest class: a group per resource, a command per method.

Nothing lists an endpoint. Resources are Harvest's resource attributes
(``client.RESOURCES``), commands are the public methods of each resource
class, arguments and options come from each method's signature and type
hints, and help text from the docstrings and the bundled spec. Groups and
commands are built when first asked for, so `harvest-v2 clients get 1` does
not import the other 23 resources.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import shutil
import sys
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NoReturn

import click

from .. import HarvestError
from .._core._environment import ENVIRONMENT_VARIABLES, REQUIRED_SETTINGS
from .._core._options import CALL_OPTIONS
from .._core._pagination import Paginator
from .._core._types import Unset
from ..client import RESOURCES, Harvest
from ._convert import ConversionError, Converter, converter_for, load_json_text, type_hints
from ._output import FORMATS, columns_for, write
from ._progress import Progress
from ._spec import operation_ids, operation_text

__all__ = ["cli"]

_CREDENTIALS = (
    ("access_token", ENVIRONMENT_VARIABLES["access_token"], "Personal access token or OAuth2 access token."),
    ("account_id", ENVIRONMENT_VARIABLES["account_id"], "Harvest account id (Harvest-Account-Id header)."),
    ("user_agent", ENVIRONMENT_VARIABLES["user_agent"], 'Who is calling, as Harvest asks: "App name (email or URL)".'),
    (
        "base_url",
        ENVIRONMENT_VARIABLES["base_url"],
        "API root (default https://api.harvestapp.com/v2); a fake or proxy.",
    ),
    ("redis_url", ENVIRONMENT_VARIABLES["redis_url"], "Share rate-limit pacing across processes through Redis."),
)

_NULL = object()
"""What an option of a nullable parameter gives for the text `null` (None means not given)."""


def _cli_name(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


# --- settings, client and errors -------------------------------------------------------


@dataclass
class _Settings:
    """The global options, handed to every operation command through the click context."""

    values: dict[str, str | None] = field(default_factory=dict)
    verbosity: int = 0
    throttle: bool = True
    max_retries: int | None = None


class _Failure(click.ClickException):
    """An API or transport failure: one line on stderr, exit status 1."""

    exit_code = 1

    def show(self, file: typing.IO[Any] | None = None) -> None:
        click.echo(f"harvest-v2: {self.message}", err=True)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _open_client(settings: _Settings) -> Harvest:
    kwargs: dict[str, Any] = {}
    for name, variable, _ in _CREDENTIALS:
        value = (settings.values.get(name) or "").strip()
        if value:
            kwargs[name] = value
        elif name in REQUIRED_SETTINGS:
            raise click.UsageError(f"no {name.replace('_', ' ')}: set {variable} or pass --{_cli_name(name)}")
    if not settings.throttle:
        kwargs["throttle"] = False
    if settings.max_retries is not None:
        kwargs["max_retries"] = settings.max_retries
    if "redis_url" in kwargs and "redis_url" not in inspect.signature(Harvest).parameters:
        # Shared pacing arrives with a later harvest_v2; without it each process paces alone.
        click.echo("harvest-v2: this harvest_v2 cannot pace through Redis; --redis-url ignored", err=True)
        del kwargs["redis_url"]
    try:
        return Harvest(**kwargs)
    except ValueError as exc:
        raise click.UsageError(_one_line(exc)) from None


@contextlib.contextmanager
def _logging_for_the_command(verbosity: int) -> Iterator[None]:
    """The harvest_v2 logger as the command wants it, restored afterwards (the command may run in-process)."""
    # Quiet by default, so a failure is the one line that says why; -v adds retries and token
    # refreshes, -vv one line per request.
    logger = logging.getLogger("harvest_v2")
    saved = logger.level, logger.propagate
    logger.setLevel((logging.ERROR, logging.INFO, logging.DEBUG)[min(verbosity, 2)])
    # A handler per run: sys.stderr may have changed since the last one (tests, embedding).
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("harvest-v2: %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


# --- parameter types --------------------------------------------------------------------


class _Typed(click.ParamType[Any]):
    """A click type backed by a Converter, so click reports a bad value as a usage error (exit 2)."""

    def __init__(self, converter: Converter) -> None:
        self.converter = converter
        self.name = converter.metavar.lower()

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return self.converter.metavar

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        if self.converter.nullable and value == "null":
            return _NULL
        try:
            return self.converter.from_text(value)
        except ConversionError as exc:
            self.fail(str(exc), param, ctx)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        if self.converter.is_file:
            return [CompletionItem(incomplete, type="file")]
        return [CompletionItem(c) for c in self.converter.choices if c.startswith(incomplete)]


# --- one operation ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    """A resource method as the command sees it: its parameters' converters and what it returns."""

    resource: str
    method: str
    signature: inspect.Signature
    positional: dict[str, Converter]
    keywords: dict[str, Converter]
    required: frozenset[str]
    item_type: type | None
    page_type: type | None
    list_attribute: str | None

    @property
    def label(self) -> str:
        return f"{_cli_name(self.resource)} {_cli_name(self.method)}"


def _operation_id(function: Any, candidates: Iterable[str]) -> str | None:
    # Each generated method imports its operation's module, named by the operationId.
    code = getattr(function, "__code__", None)
    names = set(code.co_names) if code is not None else set()
    return next((c for c in candidates if c in names), None)


def _list_attribute(page_type: type, item_type: type) -> str | None:
    for name, annotation in type_hints(page_type).items():
        if typing.get_origin(annotation) is list and typing.get_args(annotation) == (item_type,):
            return name
    return None


def _describe(resource: str, method: str) -> _Operation:
    function = getattr(_resource_class(resource), method)
    hints = type_hints(function)
    signature = inspect.signature(function)
    positional: dict[str, Converter] = {}
    keywords: dict[str, Converter] = {}
    required: set[str] = set()
    for parameter in list(signature.parameters.values())[1:]:  # [0] is self
        if parameter.name in CALL_OPTIONS:
            continue  # per-call options of the client, not arguments of the operation
        converter = converter_for(hints[parameter.name])
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[parameter.name] = converter
            if parameter.default is inspect.Parameter.empty:
                required.add(parameter.name)
        else:
            positional[parameter.name] = converter
    returned = hints.get("return")
    item_type = page_type = list_attribute = None
    if typing.get_origin(returned) is Paginator:
        item_type, page_type = typing.get_args(returned)
        list_attribute = _list_attribute(page_type, item_type)
    else:
        # `Model | None` (a deletion may answer without a body) shows the model when there is one.
        members = [m for m in typing.get_args(returned) if m is not type(None)] or [returned]
        if len(members) == 1 and isinstance(members[0], type):
            item_type = members[0]
    return _Operation(
        resource=resource,
        method=method,
        signature=signature,
        positional=positional,
        keywords=keywords,
        required=frozenset(required),
        item_type=item_type,
        page_type=page_type,
        list_attribute=list_attribute,
    )


def _option_help(text: str, converter: Converter, required: bool, default: Any) -> str:
    notes = list(converter.notes)
    if converter.open_choices:
        notes.append("other values are passed through")
    if default is not inspect.Parameter.empty and default is not None and not isinstance(default, Unset):
        notes.append(f"default {default}")
    if required:
        notes.append("required")
    suffix = f" [{'; '.join(notes)}]" if notes else ""
    return (text or "").strip() + suffix


def _build_command(resource: str, method: str) -> click.Command:
    operation = _describe(resource, method)
    function = getattr(_resource_class(resource), method)
    op_id = _operation_id(function, operation_ids())
    spec = operation_text(op_id) if op_id else None
    described = spec.parameters if spec else {}
    params: list[click.Parameter] = []
    for name, converter in operation.positional.items():
        params.append(click.Argument([name], type=_Typed(converter), metavar=name.upper()))
    for name, converter in operation.keywords.items():
        default = operation.signature.parameters[name].default
        help_text = _option_help(described.get(name, ""), converter, name in operation.required, default)
        flag = _cli_name(name)
        if converter.is_bool:
            params.append(click.Option([f"--{flag}/--no-{flag}", name], default=None, help=help_text))
        else:
            params.append(click.Option([f"--{flag}", name], type=_Typed(converter), help=help_text))
    if operation.keywords:
        params.append(
            click.Option(
                ["--json-body", "json_body"],
                metavar="JSON",
                help="The keyword arguments as one JSON object (inline, @file.json or @- for stdin); "
                "options given as well win.",
            )
        )
    if operation.item_type is not None:
        params.append(
            click.Option(
                ["--format", "output_format"],
                type=click.Choice(FORMATS),
                help="Output format [default: table on a terminal, else "
                + ("jsonl" if operation.page_type else "json")
                + "].",
            )
        )
        params.append(
            click.Option(
                ["--fields", "fields"],
                metavar="A,B,C.D",
                help="Columns for csv and table, dotted for nested values (id,spent_date,project.name).",
            )
        )
    if operation.page_type is not None:
        params.append(
            click.Option(
                ["--progress/--no-progress", "progress"],
                default=True,
                help="Progress on stderr (animated on a terminal).",
            )
        )
    summary = (spec.summary if spec else "") or inspect.getdoc(function) or ""
    parts = [summary, spec.description if spec else ""]
    if spec:
        parts.append(f"{spec.method} {spec.path} ({spec.operation_id})")
    help_text = "\n\n".join(p.strip() for p in parts if p and p.strip())

    @click.pass_context
    def callback(ctx: click.Context, /, **values: Any) -> None:
        _run(ctx, operation, values)

    return click.Command(
        _cli_name(method),
        callback=callback,
        params=params,
        help=help_text,
        short_help=summary.splitlines()[0] if summary else None,
        no_args_is_help=False,
    )


def _json_body(operation: _Operation, text: str) -> dict[str, Any]:
    try:
        data = load_json_text(text)
    except ConversionError as exc:
        raise click.BadParameter(str(exc), param_hint="--json-body") from None
    if not isinstance(data, dict):
        raise click.BadParameter("expected a JSON object", param_hint="--json-body")
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        name = key if key in operation.keywords else f"{key}_" if f"{key}_" in operation.keywords else None
        if name is None:
            known = ", ".join(_cli_name(k).replace("-", "_") for k in operation.keywords)
            raise click.BadParameter(f"unknown field {key!r} (fields: {known})", param_hint="--json-body")
        try:
            kwargs[name] = operation.keywords[name].from_json(value)
        except ConversionError as exc:
            raise click.BadParameter(f"{key}: {exc}", param_hint="--json-body") from None
    return kwargs


def _columns(operation: _Operation, fmt: str, fields: str | None) -> list[str] | None:
    if operation.item_type is None or fmt not in ("csv", "table"):
        return None
    known = columns_for(operation.item_type)
    if not fields and fmt == "table":
        brief = columns_for(operation.item_type, brief=True)
        # Past about ten characters a column, a terminal table turns to slivers; say what was left out.
        limit = max(4, shutil.get_terminal_size((80, 24)).columns // 10)
        if len(brief) > limit:
            click.echo(
                f"harvest-v2: showing {limit} of {len(brief)} columns; --fields picks others, --format json has all",
                err=True,
            )
        return brief[:limit]
    if not fields:
        return known
    wanted = [f.strip() for f in fields.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in known and not any(k.startswith(f + ".") for k in known)]
    if unknown:
        raise click.BadParameter(
            f"no field {', '.join(unknown)} in {operation.item_type.__name__} (fields: {', '.join(known)})",
            param_hint="--fields",
        )
    return wanted


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _run(ctx: click.Context, operation: _Operation, values: dict[str, Any]) -> None:
    settings = ctx.find_object(_Settings) or _Settings()
    fmt: str | None = values.pop("output_format", None)
    fields: str | None = values.pop("fields", None)
    body: str | None = values.pop("json_body", None)
    show_progress: bool = values.pop("progress", False)
    args = [values.pop(name) for name in operation.positional]
    kwargs = _json_body(operation, body) if body else {}
    for name, value in values.items():
        if value is not None:
            kwargs[name] = None if value is _NULL else value
    missing = sorted(operation.required - kwargs.keys())
    if missing:
        raise click.UsageError(
            f"missing {', '.join('--' + _cli_name(m) for m in missing)} (or give them in --json-body)", ctx
        )
    if fmt is None:
        fmt = "table" if _stdout_is_terminal() else "jsonl" if operation.page_type else "json"
    columns = _columns(operation, fmt, fields)
    with _logging_for_the_command(settings.verbosity), _open_client(settings) as hv:
        try:
            result = getattr(getattr(hv, operation.resource), operation.method)(*args, **kwargs)
        except HarvestError as exc:
            raise _Failure(f"{operation.label} failed: {_one_line(exc)}") from None
        except (ValueError, TypeError) as exc:
            # Refused while building the request (a value the client cannot encode): a usage error.
            raise click.UsageError(f"{operation.label}: {_one_line(exc)}", ctx) from None
        try:
            if isinstance(result, Paginator):
                _stream(operation, result, fmt, columns, show_progress)
            elif result is not None:
                write([result.to_dict()], sys.stdout, fmt=fmt, many=False, columns=columns)
            sys.stdout.flush()
        except HarvestError as exc:
            # A later page failed: what was written so far stays written, and the status says it is incomplete.
            raise _Failure(f"{operation.label} failed: {_one_line(exc)}") from None
        except BrokenPipeError:
            _quiet_broken_pipe()
        except (OSError, RuntimeError, ValueError, TypeError) as exc:
            raise _Failure(f"{operation.label} failed: {type(exc).__name__}: {_one_line(exc)}") from None


def _stream(operation: _Operation, paginator: Paginator[Any, Any], fmt: str, columns: Any, show: bool) -> None:
    attribute = operation.list_attribute
    if attribute is None:
        raise RuntimeError(f"{operation.label}: cannot find the records in a page")

    def records(progress: Progress | None) -> Iterator[Mapping[str, Any]]:
        for page in paginator.pages():
            items = getattr(page, attribute)
            if progress is not None:
                total = getattr(page, "total_entries", None)
                progress.page(len(items), total if isinstance(total, int) else None)
            for item in items:
                yield item.to_dict()

    if not show:
        write(records(None), sys.stdout, fmt=fmt, many=True, columns=columns)
        return
    # A live bar and a table drawn on the same terminal would tear each other; the bar is for
    # when the data goes to a file or a pipe.
    animated = None if not _stdout_is_terminal() else False
    with Progress(operation.label, sys.stderr, animated=animated) as progress:
        write(records(progress), sys.stdout, fmt=fmt, many=True, columns=columns)


def _quiet_broken_pipe() -> NoReturn:
    # The reader (head, less) went away: stop without a traceback; Python's own advice for SIGPIPE.
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(1)


# --- groups -----------------------------------------------------------------------------


@cache
def _resource_class(resource: str) -> type:
    # Harvest's resource attributes build their class on first use; calling the property's
    # function without a client gives the class without importing the other resources.
    prop = inspect.getattr_static(Harvest, resource)
    instance = prop.func(None)
    return type(instance)


def _methods(resource: str) -> list[str]:
    cls = _resource_class(resource)
    return sorted(name for name, value in vars(cls).items() if not name.startswith("_") and inspect.isfunction(value))


class _ResourceGroup(click.Group):
    """One resource: a subcommand per public method, built on demand."""

    def __init__(self, resource: str) -> None:
        doc = inspect.getdoc(_resource_class(resource)) or ""
        super().__init__(_cli_name(resource), help=doc, short_help=doc.splitlines()[0] if doc else None)
        self.resource = resource

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [_cli_name(m) for m in _methods(self.resource)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        by_cli = {_cli_name(m): m for m in _methods(self.resource)}
        method = by_cli.get(cmd_name) or by_cli.get(cmd_name.replace("_", "-"))
        return None if method is None else _build_command(self.resource, method)


class _Root(click.Group):
    """`harvest-v2`: one group per resource, plus `fake`."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*(_cli_name(r) for r in RESOURCES), "fake"])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name == "fake":
            from ._fake import fake

            return fake
        resource = cmd_name.replace("-", "_")
        return _ResourceGroup(resource) if resource in RESOURCES else None


def _version() -> str:
    from .. import __version__

    return __version__


@click.group(
    cls=_Root,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--access-token",
    envvar=ENVIRONMENT_VARIABLES["access_token"],
    show_envvar=True,
    metavar="TOKEN",
    help="Personal access token or OAuth2 access token (prefer the variable: arguments show in ps).",
)
@click.option("--account-id", envvar=ENVIRONMENT_VARIABLES["account_id"], show_envvar=True, help=_CREDENTIALS[1][2])
@click.option("--user-agent", envvar=ENVIRONMENT_VARIABLES["user_agent"], show_envvar=True, help=_CREDENTIALS[2][2])
@click.option("--base-url", envvar=ENVIRONMENT_VARIABLES["base_url"], show_envvar=True, help=_CREDENTIALS[3][2])
@click.option("--redis-url", envvar=ENVIRONMENT_VARIABLES["redis_url"], show_envvar=True, help=_CREDENTIALS[4][2])
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
@click.option(
    "-v", "--verbose", count=True, help="-v: retries and token refreshes on stderr; -vv: one line per request."
)
@click.version_option(_version(), prog_name="harvest-v2")
@click.pass_context
def cli(
    ctx: click.Context, /, verbose: int, throttle: bool, max_retries: int | None, **credentials: str | None
) -> None:
    """Every operation of the Harvest API v2: harvest-v2 RESOURCE METHOD [IDS]... [--OPTION VALUE]...

    \b
      harvest-v2 time-entries list --from 2026-07-01 --to 2026-09-30 --format csv > q3.csv
      harvest-v2 clients get 42
      harvest-v2 clients create --name Acme
      harvest-v2 reports time-clients --from 2026-01-01 --to 2026-03-31

    Lists stream every page. Output is a table on a terminal, else JSON (one object)
    or JSON lines (lists); --format json|jsonl|csv|table chooses. Exit status: 0 done,
    1 Harvest or the connection failed, 2 the command was wrong.
    """
    ctx.obj = _Settings(values=dict(credentials), verbosity=verbose, throttle=throttle, max_retries=max_retries)
