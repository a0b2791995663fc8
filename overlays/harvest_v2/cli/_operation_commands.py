"""A click group per resource and a command per operation, built from the operations table.

Each row of ``harvest_v2._operations.OPERATIONS`` is a command: its tag names
the group, its method name the command, its list key says whether the
output is a stream of records (and where they are in a page), its item or
response schema which model the records are, its method, path and bucket go
into `--help`. Only what the table cannot know comes from elsewhere: the
arguments and their types from the resource method's signature, the words
from the bundled spec (`_help`). Groups and commands are built when first
asked for, so `harvest-v2 clients get 1` does not import the other resources.
"""

from __future__ import annotations

import importlib
import inspect
import keyword
import shutil
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import click

from .. import HarvestError, models
from .._core._not_given import NotGiven
from .._core._operation import Operation
from .._core._options import CALL_OPTIONS
from .._core._pacing import REPORTS_LIMIT
from .._core._pagination import Paginator
from .._core._resource import SyncResource
from .._operations import OPERATIONS
from ._convert import ConversionError, Converter, converter_for, load_json_text, type_hints
from ._exit import closed_pipe_as_reader_gone, failure
from ._fields import FieldSelection, complete_fields, select_fields
from ._help import operation_text, resource_text
from ._output import FORMATS, OutputOptions, write
from ._progress import Progress
from ._settings import open_client

__all__ = ["ResourceGroup", "cli_name", "resources"]

_NULL = object()
"""What an option of a nullable parameter gives for the text `null` (None means not given)."""


def _bucket_note(bucket: str) -> str:
    if bucket != "reports":
        return ""
    limit = REPORTS_LIMIT
    return f"Counts against Harvest's reports limit ({limit.requests} requests per {limit.period / 60:g} minutes)."


def cli_name(name: str) -> str:
    """A Python name as the command spells it: from_ -> from, time_entries -> time-entries."""
    return name.rstrip("_").replace("_", "-")


@cache
def _rows_by_tag() -> dict[str, dict[str, Operation]]:
    by_tag: dict[str, dict[str, Operation]] = {}
    for row in OPERATIONS.values():
        by_tag.setdefault(row.tag, {})[row.method_name] = row
    return by_tag


def resources() -> list[str]:
    """The tags of the operations table: one command group each."""
    return sorted(_rows_by_tag())


@cache
def _resource_class(tag: str) -> type[SyncResource]:
    # The generated package keeps a tag's resource classes in api/<tag>; the synchronous one is
    # the SyncResource among its exports. No client is built and no descriptor is called.
    module = importlib.import_module(f"{__package__.rpartition('.')[0]}.api.{tag}")
    found = [
        value
        for value in (getattr(module, name) for name in getattr(module, "__all__", ()))
        if isinstance(value, type) and issubclass(value, SyncResource)
    ]
    if len(found) != 1:
        raise RuntimeError(f"api.{tag} should export one SyncResource subclass, found {len(found)}")
    return found[0]


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
class _Command:
    """An operation as the command sees it: its row, its parameters' converters and its records' model."""

    row: Operation
    signature: inspect.Signature
    positional: dict[str, Converter]
    keywords: dict[str, Converter]
    required: frozenset[str]
    model: type | None
    """The model of what it writes: the list's items, or the one record it answers with; None for no body."""

    @property
    def label(self) -> str:
        return f"{cli_name(self.row.tag)} {cli_name(self.row.method_name)}"

    @property
    def is_list(self) -> bool:
        return self.row.list_key is not None


def _describe(row: Operation) -> _Command:
    function = getattr(_resource_class(row.tag), row.method_name)
    signature = inspect.signature(function)
    hints = type_hints(function)  # the parameters' types: the table does not carry them
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
    schema = row.item_schema if row.list_key is not None else row.response_schema
    return _Command(
        row=row,
        signature=signature,
        positional=positional,
        keywords=keywords,
        required=frozenset(required),
        model=getattr(models, schema) if schema else None,
    )


def _option_help(text: str, converter: Converter, required: bool, default: Any) -> str:
    notes = list(converter.notes)
    if converter.open_choices:
        notes.append("other values are passed through")
    if default is not inspect.Parameter.empty and default is not None and not isinstance(default, NotGiven):
        notes.append(f"default {default}")
    if required:
        notes.append("required")
    suffix = f" [{'; '.join(notes)}]" if notes else ""
    return (text or "").strip() + suffix


def _field_completion(model: type | None) -> Any:
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
        return complete_fields(incomplete, model) if model is not None else []

    return complete


def _output_options(command: _Command) -> list[click.Parameter]:
    params: list[click.Parameter] = [
        click.Option(
            ["--format", "output_format"],
            type=click.Choice(FORMATS),
            help="Output format [default: table on a terminal, else "
            + ("jsonl" if command.is_list else "json")
            + "]."
            + (
                " jsonl streams (each line a record); json is one array, closed even when interrupted."
                if command.is_list
                else ""
            ),
        ),
        click.Option(
            ["--fields", "fields"],
            metavar="A,B,C.D",
            shell_complete=_field_completion(command.model),
            help="Fields to write, in every format, dotted for nested values (id,spent_date,project.name); "
            "json keeps them nested. `all`: every field (a table otherwise shows a readable few).",
        ),
        click.Option(
            ["--csv-raw", "csv_raw"],
            is_flag=True,
            help="CSV cells exactly as stored. Without it, text starting with = + - @ (or a tab, CR or LF) "
            "gets a leading ' so a spreadsheet shows it instead of running it as a formula.",
        ),
    ]
    if command.is_list:
        params += [
            click.Option(
                ["--limit", "limit"],
                type=click.IntRange(min=1),
                metavar="N",
                help="Stop after N records (and ask for no more than N per page).",
            ),
            click.Option(
                ["--progress/--no-progress", "progress"],
                default=True,
                help="Progress on stderr (animated on a terminal).",
            ),
        ]
    return params


def _build_command(row: Operation) -> click.Command:
    command = _describe(row)
    text = operation_text(row.operation_id)
    described = text.parameters if text else {}
    params: list[click.Parameter] = []
    for name, converter in command.positional.items():
        params.append(click.Argument([name], type=_Typed(converter), metavar=name.upper()))
    for name, converter in command.keywords.items():
        default = command.signature.parameters[name].default
        help_text = _option_help(described.get(name, ""), converter, name in command.required, default)
        flag = cli_name(name)
        if converter.is_bool:
            params.append(click.Option([f"--{flag}/--no-{flag}", name], default=None, help=help_text))
        else:
            params.append(click.Option([f"--{flag}", name], type=_Typed(converter), help=help_text))
    if command.keywords:
        params.append(
            click.Option(
                ["--json-body", "json_body"],
                metavar="JSON",
                help="The keyword arguments as one JSON object (inline, @file.json or @- for stdin); "
                "options given as well win.",
            )
        )
    # Every command takes the output options, so a script can pass --format json to any of them.
    params += _output_options(command)
    summary = (text.summary if text else "") or inspect.getdoc(getattr(_resource_class(row.tag), row.method_name)) or ""
    parts = [summary, text.description if text else "", _bucket_note(row.bucket)]
    parts.append(f"{row.method} {row.path} ({row.operation_id})")
    help_text = "\n\n".join(p.strip() for p in parts if p and p.strip())

    @click.pass_context
    def callback(ctx: click.Context, /, **values: Any) -> None:
        _run(ctx, command, values)

    return click.Command(
        cli_name(row.method_name),
        callback=callback,
        params=params,
        help=help_text,
        short_help=summary.splitlines()[0] if summary else None,
    )


def _json_body(command: _Command, text: str) -> dict[str, Any]:
    try:
        data = load_json_text(text)
    except ConversionError as exc:
        raise click.BadParameter(str(exc), param_hint="--json-body") from None
    if not isinstance(data, dict):
        raise click.BadParameter("expected a JSON object", param_hint="--json-body")
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        name = key if key in command.keywords else f"{key}_" if f"{key}_" in command.keywords else None
        if name is None:
            known = ", ".join(k.rstrip("_") for k in command.keywords)
            raise click.BadParameter(f"unknown field {key!r} (fields: {known})", param_hint="--json-body")
        try:
            kwargs[name] = command.keywords[name].from_json(value)
        except ConversionError as exc:
            raise click.BadParameter(f"{key}: {exc}", param_hint="--json-body") from None
    return kwargs


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _table_width() -> int:
    return shutil.get_terminal_size((80, 24)).columns


def _output(command: _Command, values: dict[str, Any]) -> OutputOptions:
    fmt: str | None = values.pop("output_format", None)
    fields_text: str | None = values.pop("fields", None)
    csv_raw: bool = values.pop("csv_raw", False)
    if fmt is None:
        fmt = "table" if _stdout_is_terminal() else "jsonl" if command.is_list else "json"
    fields: FieldSelection | None = None
    if command.model is None and fields_text is not None:
        raise click.BadParameter(f"{command.label} answers without a body: there are no fields", param_hint="--fields")
    if command.model is not None:
        try:
            fields = select_fields(fields_text, command.model)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--fields") from None
    return OutputOptions(
        fmt=fmt,
        model=command.model,
        fields=fields,
        csv_raw=csv_raw,
        table_width=_table_width(),
        notes=sys.stderr,
    )


def _run(ctx: click.Context, command: _Command, values: dict[str, Any]) -> None:
    options = _output(command, values)
    body: str | None = values.pop("json_body", None)
    show_progress: bool = values.pop("progress", False)
    limit: int | None = values.pop("limit", None)
    args = [values.pop(name) for name in command.positional]
    kwargs = _json_body(command, body) if body else {}
    for name, value in values.items():
        if value is not None:
            kwargs[name] = None if value is _NULL else value
    missing = sorted(command.required - kwargs.keys())
    if missing:
        raise click.UsageError(
            f"missing {', '.join('--' + cli_name(m) for m in missing)} (or give them in --json-body)", ctx
        )
    page_size = command.signature.parameters.get("per_page")
    if limit is not None and page_size is not None and "per_page" not in kwargs:
        # The method's default is the largest page Harvest serves (2000): never ask for more than wanted.
        kwargs["per_page"] = min(limit, page_size.default) if isinstance(page_size.default, int) else limit
    with open_client(ctx) as hv:
        method = getattr(getattr(hv, command.row.tag), command.row.method_name)
        try:
            result = method(*args, **kwargs)
        except HarvestError as exc:
            raise failure(command.label, exc) from None
        except (ValueError, TypeError) as exc:
            # Refused while building the request (a value the client cannot encode): a usage error.
            raise click.UsageError(f"{command.label}: {' '.join(str(exc).split())}", ctx) from None
        try:
            with closed_pipe_as_reader_gone():
                if isinstance(result, Paginator):
                    _stream(command, result, options, limit, show_progress)
                elif result is not None:
                    write([result.to_dict()], sys.stdout, options, many=False)
                sys.stdout.flush()
        except HarvestError as exc:
            # A later page failed: what was written so far stays written, and the status says it is incomplete.
            raise failure(command.label, exc) from None
        except (OSError, UnicodeError) as exc:
            raise failure(command.label, exc) from None


def _page_records(page: Any, list_key: str) -> list[Any]:
    # Generated attributes append _ to names Python reserves; the table has the JSON key.
    # Read through `required`: records that drifted to UNSET raise UnsetAttributeError (a HarvestError, one line).
    records: list[Any] = getattr(page.required, f"{list_key}_" if keyword.iskeyword(list_key) else list_key)
    return records


def _stream(
    command: _Command, paginator: Paginator[Any, Any], options: OutputOptions, limit: int | None, show: bool
) -> None:
    list_key = command.row.list_key
    assert list_key is not None  # only list operations return a Paginator

    def records(progress: Progress | None) -> Iterator[Mapping[str, Any]]:
        remaining = limit
        for page in paginator.pages():
            items = _page_records(page, list_key)
            if remaining is not None:
                items = items[:remaining]
                remaining -= len(items)
            if progress is not None:
                total = getattr(page, "total_entries", None)
                if isinstance(total, int) and limit is not None:
                    total = min(total, limit)
                progress.page(len(items), total if isinstance(total, int) else None)
            for item in items:
                yield item.to_dict()
            if remaining is not None and remaining <= 0:
                return  # no further page is asked for

    if not show:
        write(records(None), sys.stdout, options, many=True)
        return
    # A live bar and a table drawn on the same terminal would tear each other; the bar is for
    # when the data goes to a file or a pipe.
    animated = None if not _stdout_is_terminal() else False
    with Progress(command.label, sys.stderr, animated=animated) as progress:
        write(records(progress), sys.stdout, options, many=True)


# --- groups -----------------------------------------------------------------------------


class ResourceGroup(click.Group):
    """One resource (a tag of the operations table): a command per row, built on demand."""

    def __init__(self, tag: str) -> None:
        text = resource_text(tag)
        super().__init__(cli_name(tag), help=text, short_help=text or None)
        self.tag = tag

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(cli_name(method) for method in _rows_by_tag()[self.tag])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        rows = {cli_name(method): row for method, row in _rows_by_tag()[self.tag].items()}
        row = rows.get(cmd_name) or rows.get(cmd_name.replace("_", "-"))
        return None if row is None else _build_command(row)
