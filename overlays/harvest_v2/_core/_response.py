"""What a successful answer becomes: the operation's model, or None.

A body exactly as the spec says is decoded in C straight into its model.
Any other JSON object is read attribute by attribute (tolerant: what differs
is kept as it came and reported on harvest_v2.drift), or, with strict=True,
checked against the spec first, raising SchemaDriftError at the first
difference. A body that is not a JSON object raises UnexpectedResponseError
naming the status, the content type and its first bytes. The request loop
(_client) hands over only successful answers; errors are _errors'.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from ._decode import read_tolerant
from ._drift import parsing
from ._errors import UnexpectedResponseError
from ._operation_call import OperationCall
from ._schema import validate
from ._serde import SpecMismatch, decode_json

__all__ = ["read_json", "read_result"]

T = TypeVar("T")


def read_result(response: httpx.Response, call: OperationCall, model: type[T] | None, *, strict: bool) -> T | None:
    """What a call returns: its model, or None for an operation without one and for a deletion without a body."""
    if model is None:
        return None
    if not response.content and call.method == "DELETE":
        # Harvest answers deletions with the deleted record, but an empty body is a success too.
        return None
    return _parse(response, call, model, strict=strict)


def read_json(response: httpx.Response) -> Any:
    """What hv.request() returns: the decoded JSON (numbers with a fraction as Decimal), None for no body."""
    if not response.content:
        return None
    _require_json(response)
    return _decoded(response)


def _unexpected(response: httpx.Response, message: str) -> UnexpectedResponseError:
    """The error for an answer that is not what any call can read: status, method, URL, content type, first bytes."""
    return UnexpectedResponseError(
        message,
        status=response.status_code,
        method=response.request.method,
        url=str(response.request.url),
        content_type=response.headers.get("content-type", ""),
        preview=response.content[:80],
    )


def _require_json(response: httpx.Response) -> None:
    if "json" not in response.headers.get("content-type", ""):
        raise _unexpected(response, "expected a JSON body")


def _decoded(response: httpx.Response) -> Any:
    try:
        return decode_json(response.content)
    except ValueError as exc:
        raise _unexpected(response, f"body is not valid JSON ({exc})") from None


def _parse(response: httpx.Response, call: OperationCall, model: type[T], *, strict: bool) -> T:
    _require_json(response)
    if not strict:
        try:
            with parsing(call.operation.operation_id):
                return read_tolerant(model, response.content)
        except SpecMismatch:
            pass  # somewhere the body differs from the spec: read it attribute by attribute below
        except ValueError as exc:
            raise _unexpected(response, f"body is not valid JSON ({exc})") from None
    data = _decoded(response)
    if not isinstance(data, dict):
        raise _unexpected(response, f"expected a JSON object for {model.__name__}")
    if strict:
        # Every attribute against the spec, stricter than the fast decoder (which takes "1.5" for a decimal).
        validate(model, data)
    with parsing(call.operation.operation_id):
        result: T = model.from_dict(data)  # type: ignore[attr-defined]
    return result
