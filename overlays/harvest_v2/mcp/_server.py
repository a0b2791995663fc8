"""The MCP server: tools/list and tools/call over the catalogue, through one AsyncHarvest.

Every call goes through the typed client by its operations-table row
(`hv.<tag>.<method_name>`), so pacing (shared through Redis with redis_url),
retries, drift reporting and the origin checks are the client's own. A
failure is a tool error carrying Harvest's message (the client's errors never
hold a credential); a tool outside the policy is neither listed nor run.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

import msgspec
from mcp.server import Server, ServerRequestContext
from mcp.shared.exceptions import MCPError
from mcp.types import (
    INTERNAL_ERROR,
    INVALID_PARAMS,
    CallToolRequestParams,
    CallToolResult,
    ListResourcesResult,
    ListToolsResult,
    PaginatedRequestParams,
    ReadResourceRequestParams,
    ReadResourceResult,
    Resource,
    TextContent,
    TextResourceContents,
)

from .. import AsyncHarvest, HarvestError, ListingChangedError
from .._core._harvest_limits import MAX_PER_PAGE
from .._core._pagination import overlapping_read, record_ids
from .._core._printable import one_line
from .._core._required import required_value
from .._version import __version__
from ._arguments import ArgumentError
from ._listing import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    Continuation,
    next_position,
    overlap_for,
    resume_after,
    sort_key_text,
)
from ._policy import ToolPolicy
from ._tools import ToolSpec, catalogue

__all__ = ["create_server"]

logger = logging.getLogger("harvest_v2.mcp")

_encoder = msgspec.json.Encoder(decimal_format="number")

_INSTRUCTIONS = (
    "Tools for one Harvest account (time tracking, projects, clients, invoices, estimates, expenses, reports). "
    "Tool names are Harvest API v2 operationIds. List tools return one page of records at a time: "
    "follow `continuation` until it is null before saying you have them all, and use total_entries for counts. "
    "Money and hours are exact decimals; pass them as strings to keep them exact. Reports cover at most "
    "365 days per call. Only the tools this server lists are enabled; its operator chooses them."
)


def _instructions(policy: ToolPolicy) -> str:
    chosen = " (with --allow/--deny patterns)" if policy.allow or policy.deny else ""
    return f"{_INSTRUCTIONS} This server runs in {policy.mode} mode{chosen}."


# Text from Harvest is data: an assistant's host may print it on a terminal, so no control character
# reaches it raw. JSON already escapes C0; DEL and C1 (0x9b is a terminal's CSI) are escaped here too.
_UNPRINTABLE_IN_JSON = re.compile(r"[\x7f-\x9f]")


def _json(value: Any) -> str:
    text = _encoder.encode(value).decode()
    return _UNPRINTABLE_IN_JSON.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def _error(message: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(text=one_line(message))], is_error=True)


class _Tools:
    """The served tools of one server and how each is called."""

    def __init__(self, hv: AsyncHarvest, policy: ToolPolicy, default_limit: int, max_limit: int) -> None:
        self.hv = hv
        self.policy = policy
        self.default_limit = default_limit
        self.all = catalogue(default_limit, max_limit)
        self.served = {name: spec for name, spec in self.all.items() if policy.permits(spec.operation)}
        # A GET that takes nothing and answers one record (the company, the current user) is also a resource.
        self.resources = {
            f"harvest://{spec.operation.path.strip('/')}": spec
            for spec in self.served.values()
            if spec.operation.method == "GET" and not spec.is_list and not spec.arguments.fields
        }

    def _method(self, spec: ToolSpec) -> Any:
        return getattr(getattr(self.hv, spec.operation.tag), spec.operation.method_name)

    async def call(self, name: str, arguments: Mapping[str, Any]) -> CallToolResult:
        spec = self.all.get(name)
        if spec is None:
            return _error(f"there is no tool {name!r}; tools/list gives the tools of this server")
        if name not in self.served:
            logger.info("%s refused: outside the policy", name)
            return _error(self.policy.refusal(spec.operation))
        try:
            payload = await (self._list(spec, arguments) if spec.is_list else self._one(spec, arguments))
        except ArgumentError as exc:
            message = f"{name}: invalid arguments: {exc}"
        except HarvestError as exc:
            message = f"{name} failed: {type(exc).__name__}: {exc}"
        except (ValueError, TypeError) as exc:
            # The client's own checks of a value (a naive date-time, a value no header can carry).
            message = f"{name}: {exc}"
        else:
            logger.info("%s answered", name)
            return CallToolResult(content=[TextContent(text=_json(payload))])
        # The tool's name and the error go to the log, not the arguments: they are the account's data.
        logger.info("%s", one_line(message))
        return _error(message)

    async def _one(self, spec: ToolSpec, arguments: Mapping[str, Any]) -> Any:
        spec.arguments.check(arguments)
        spec.check_report_range(arguments)
        result = await self._method(spec)(**spec.arguments.keywords(arguments))
        if result is None:
            return {"done": True, "operation": spec.name}
        return result.to_dict()

    async def _list(self, spec: ToolSpec, arguments: Mapping[str, Any]) -> dict[str, Any]:
        token = arguments.get("continuation")
        resumed: Continuation | None = None
        if token is not None:
            if not isinstance(token, str):
                raise ArgumentError("continuation: expected the string a previous call returned")
            resumed = Continuation.decode(token, spec.name)
            resumed.check_same(arguments)
            filters, limit = resumed.arguments, resumed.limit
        else:
            # A continuation of null (some assistants send every argument) starts the listing.
            filters = {key: value for key, value in arguments.items() if key not in ("limit", "continuation")}
            given = arguments.get("limit")
            # Absent, or null as some assistants send every argument: the default.
            limit = self.default_limit if given is None else given
        # Filters from a continuation are checked again: it came back from outside.
        spec.arguments.check({**filters, "limit": limit})
        spec.check_report_range(filters)
        keywords = spec.arguments.keywords(filters)
        keywords["per_page"] = min(int(limit), MAX_PER_PAGE)
        operation = spec.operation
        start = 0
        if resumed is not None and resumed.position is not None:
            # Pages start at multiples of per_page: up to twice `limit` and the overlap lets one start just
            # before the position and still reach about `limit` records past it (Harvest's 2000 caps it;
            # a call may then give fewer, and the next goes on from there).
            reach = min(2 * (int(limit) + overlap_for(int(limit))), MAX_PER_PAGE)
            number, size = overlapping_read(resumed.position, reach, overlap_for(int(limit)))
            keywords.update(page=number, per_page=size)
            start = (number - 1) * size
        elif resumed is not None and resumed.cursor is not None:
            keywords["cursor"] = resumed.cursor
        elif resumed is not None:
            keywords["page"] = resumed.page
            start = (resumed.page - 1) * keywords["per_page"] if resumed.page else 0
        page = await self._method(spec)(**keywords).first_page()
        records = list(required_value(page, operation.list_key or ""))
        link = required_value(required_value(page, "links"), "next_")
        total = getattr(page, "total_entries", None)
        total = total if isinstance(total, int) and not isinstance(total, bool) else None
        by = operation.order_by or "id"
        ids = record_ids(records)
        read, end = records, len(records)
        if resumed is not None and resumed.position is not None:
            after = None if ids is None else resume_after(ids, [sort_key_text(r, by) for r in records], resumed.tail)
            if after is None:
                raise _moved(operation.operation_id, resumed.position, total, "none of the records it ended with")
            # A read may reach past `limit` new records (per_page is chosen for the overlap): the rest is next time.
            end = min(len(read), after + int(limit))
            records = read[after:end]
        elif resumed is not None and resumed.cursor is None and resumed.total is not None and total != resumed.total:
            raise _moved(operation.operation_id, start, total, f"total_entries went from {resumed.total}")
        position = next_position(link)
        continuation: str | None = None
        overlap = overlap_for(int(limit))
        if position is not None and position[1] is not None:
            if resumed is not None and resumed.cursor is not None and _goes_back(position, resumed):
                raise ValueError("Harvest's links.next points back at a page already given; the listing stops here")
            continuation = Continuation(spec.name, dict(filters), int(limit), cursor=position[1]).encode()
        elif (position is not None or end < len(read)) and ids is not None and end >= 1:
            at = start + end
            tail = tuple((ids[i], sort_key_text(read[i], by)) for i in range(max(0, end - overlap), end))
            # Positions move with the list, so progress is a record given, or at least a new place to go on from.
            if resumed is not None and not records and (at, tail) == (resumed.position, resumed.tail):
                raise ValueError("the listing went no further than the previous call; it stops here")
            continuation = Continuation(spec.name, dict(filters), int(limit), position=at, tail=tail).encode()
        elif position is not None:
            if resumed is not None and _goes_back(position, resumed):
                raise ValueError("Harvest's links.next points back at a page already given; the listing stops here")
            continuation = Continuation(spec.name, dict(filters), int(limit), page=position[0], total=total).encode()
        return {
            "records": [record.to_dict() for record in records],
            "total_entries": total,
            "continuation": continuation,
        }

    async def read(self, uri: str) -> ReadResourceResult:
        spec = self.resources.get(uri)
        if spec is None:
            raise MCPError(code=INVALID_PARAMS, message=f"no resource {uri!r}; resources/list gives them")
        try:
            result = await self._method(spec)()
        except HarvestError as exc:
            raise MCPError(code=INTERNAL_ERROR, message=f"{spec.name} failed: {type(exc).__name__}: {exc}") from None
        return ReadResourceResult(
            contents=[TextResourceContents(uri=uri, mime_type="application/json", text=_json(result.to_dict()))]
        )


def _moved(operation: str, position: int, total: int | None, what: str) -> ListingChangedError:
    return ListingChangedError(
        f"{operation}: the list changed since the previous call further than this call reads back ({what} is "
        "where it was), so records may lie between the two calls; start the listing again without a "
        "continuation, or narrow it (from, to, updated_since) so fewer records change between calls",
        operation=operation,
        page=position,
        total_before=None,
        total_after=total,
        method="GET",
        url="",
    )


def _goes_back(position: tuple[int | None, str | None], resumed: Continuation) -> bool:
    page, cursor = position
    if cursor is not None:
        return cursor == resumed.cursor
    return resumed.page is not None and page is not None and page <= resumed.page


def create_server(
    hv: AsyncHarvest,
    policy: ToolPolicy | None = None,
    *,
    default_limit: int = DEFAULT_LIMIT,
    max_limit: int = MAX_LIMIT,
) -> Server[Any]:
    """An MCP server offering the operations `policy` permits as tools, each called through `hv`.

    `hv` must be used from the event loop the server runs in (an AsyncHarvest belongs to one loop).
    """
    if not 1 <= max_limit <= MAX_PER_PAGE:
        raise ValueError(f"max_limit must be between 1 and {MAX_PER_PAGE}, got {max_limit}")
    if not 1 <= default_limit <= max_limit:
        raise ValueError(f"default_limit must be between 1 and max_limit ({max_limit}), got {default_limit}")
    tools = _Tools(hv, policy or ToolPolicy(), default_limit, max_limit)

    async def list_tools(ctx: ServerRequestContext[Any], params: PaginatedRequestParams | None) -> ListToolsResult:
        return ListToolsResult(tools=[spec.tool for spec in tools.served.values()])

    async def call_tool(ctx: ServerRequestContext[Any], params: CallToolRequestParams) -> CallToolResult:
        return await tools.call(params.name, params.arguments or {})

    async def list_resources(
        ctx: ServerRequestContext[Any], params: PaginatedRequestParams | None
    ) -> ListResourcesResult:
        return ListResourcesResult(
            resources=[
                Resource(
                    uri=uri,
                    name=spec.name,
                    title=spec.text.summary or None,
                    description=spec.text.description or spec.text.summary or None,
                    mime_type="application/json",
                )
                for uri, spec in tools.resources.items()
            ]
        )

    async def read_resource(ctx: ServerRequestContext[Any], params: ReadResourceRequestParams) -> ReadResourceResult:
        return await tools.read(str(params.uri))

    return Server(
        "harvest-v2",
        version=__version__,
        title="Harvest",
        instructions=_instructions(tools.policy),
        on_list_tools=list_tools,
        on_call_tool=call_tool,
        on_list_resources=list_resources,
        on_read_resource=read_resource,
    )
