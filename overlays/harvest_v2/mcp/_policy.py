"""Which operations an assistant may call: the mode, --allow and --deny, and each tool's MCP hints.

An operation's effect comes from its HTTP method, except for the few whose
effect reaches outside the account (an email to a client, a payment on an
invoice): the spec cannot say that, so CONSEQUENCES names them, keyed by
operationId like the fake's behaviours (a test checks every key against the
operations table).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Literal

from mcp.types import ToolAnnotations

from .._core._operation import Operation
from .._operations import OPERATIONS

__all__ = ["CONSEQUENCES", "MODES", "Effect", "Mode", "ToolPolicy", "annotations_for", "effect_of"]

Mode = Literal["read-only", "write", "full"]
MODES: tuple[Mode, ...] = ("read-only", "write", "full")

Effect = Literal["read", "write", "delete", "consequential"]
"""What calling an operation does: reads; creates or changes records; deletes; or reaches outside the account."""

CONSEQUENCES: Mapping[str, str] = {
    "create_invoice_message": "It can email the invoice to the client's contacts, or move the invoice's state.",
    "create_estimate_message": "It can email the estimate to the client's contacts, or move the estimate's state.",
    "create_invoice_payment": "It records money received against an invoice and can mark the invoice paid.",
    "create_user": "Harvest emails the new user an invitation.",
}
"""Operations whose effect reaches people or money outside the account, and what they do."""

_MODE_EFFECTS: Mapping[Mode, frozenset[Effect]] = {
    "read-only": frozenset({"read"}),
    "write": frozenset({"read", "write"}),
    "full": frozenset({"read", "write", "delete", "consequential"}),
}


def effect_of(operation: Operation) -> Effect:
    if operation.operation_id in CONSEQUENCES:
        return "consequential"
    if operation.method == "GET":
        return "read"
    if operation.method == "DELETE":
        return "delete"
    return "write"


def annotations_for(operation: Operation, title: str) -> ToolAnnotations:
    """MCP's hints: reads are read-only; deletes and consequential calls destructive; PATCH, PUT, DELETE idempotent."""
    effect = effect_of(operation)
    if effect == "read":
        return ToolAnnotations(title=title, read_only_hint=True, open_world_hint=False)
    return ToolAnnotations(
        title=title,
        read_only_hint=False,
        destructive_hint=effect in ("delete", "consequential"),
        # The same update or deletion twice leaves the account as once; a second POST makes a second record.
        idempotent_hint=operation.method in ("PUT", "PATCH", "DELETE"),
        open_world_hint=effect == "consequential",
    )


@dataclass(frozen=True)
class ToolPolicy:
    """Which operations are served: those of the mode not matching a deny pattern, plus any matching an allow one.

    Patterns are shell-style (fnmatch, case-sensitive) on the operationId:
    `--mode full --deny 'delete_*'`, `--deny '*' --allow list_time_entries --allow create_time_entry`.
    """

    mode: Mode = "read-only"
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {self.mode!r}")
        for kind, patterns in (("allow", self.allow), ("deny", self.deny)):
            for pattern in patterns:
                if not any(fnmatchcase(operation_id, pattern) for operation_id in OPERATIONS):
                    raise ValueError(
                        f"--{kind} {pattern!r} matches no operation (patterns match operationIds such as "
                        "list_time_entries, get_client, delete_*)"
                    )

    def permits(self, operation: Operation) -> bool:
        operation_id = operation.operation_id
        if _matches(operation_id, self.allow):
            return True
        return effect_of(operation) in _MODE_EFFECTS[self.mode] and not _matches(operation_id, self.deny)

    def refusal(self, operation: Operation) -> str:
        """Why a call is refused, and what the operator could change."""
        effect = effect_of(operation)
        needs = next(mode for mode in MODES if effect in _MODE_EFFECTS[mode])
        if effect in _MODE_EFFECTS[self.mode]:
            reason = "a --deny pattern of this server excludes it"
        else:
            reason = f"this server runs in {self.mode} mode and {operation.operation_id} needs {needs} mode"
        return (
            f"{operation.operation_id} is not enabled: {reason}. The operator can start `harvest-v2 mcp` "
            f"with --mode {needs} or --allow {operation.operation_id}."
        )


def _matches(operation_id: str, patterns: Iterable[str]) -> bool:
    return any(fnmatchcase(operation_id, pattern) for pattern in patterns)
