"""The generic behaviour of every spec operation: list, get, create, update, delete.

An operation's role comes from its row in the operations table (a list key, a
POST answering 201, a method on a path ending in an id), the record kind from
the row's schema name, and references from `<name>_id` body fields and path
parameters. The engine answers with results (a record, a Page, None), never
HTTP: _app makes replies of them. Rules particular to one resource live in
_behaviours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .._core._operation import Operation
from ._paging import DEFAULT_PER_PAGE, PAGING_PARAMS, Page, PageRequest, paginate
from ._routes import Route, RouteTable, Schema, named
from ._store import Record, Store, scope_of
from ._synthesis import synthesize
from ._validation import InvalidInput

__all__ = ["Call", "Engine", "NotFound", "Result", "person_name"]

# What Harvest fills in for a new record when the request leaves it out.
CREATE_DEFAULTS: dict[str, Any] = {"is_active": True, "currency": "USD"}

Result = Record | Page | None
"""What serving an operation gives: one record, one page of a list, or nothing (no content)."""


class NotFound(Exception):
    """The path names a record that does not exist."""


@dataclass
class Call:
    """One request, parsed and checked against its operation."""

    route: Route
    path_params: dict[str, int]
    query: dict[str, Any]
    raw_query: list[tuple[str, str]]
    body: dict[str, Any]
    base_url: str
    current_user_id: int

    @property
    def operation(self) -> Operation:
        """The operations-table row of the call."""
        return self.route.operation


class Engine:
    """Serves any operation of the spec from the store."""

    def __init__(self, index: RouteTable, store: Store) -> None:
        self.index = index
        self.store = store
        # The kind of record behind each item path and each id parameter:
        # /projects/{project_id} and project_id -> Project. Item paths without a GET
        # (invoice messages) take the kind their collection lists or creates.
        self.item_kinds: dict[str, str] = {}
        collection_kinds: dict[str, str] = {}
        for route in index.routes:
            op = route.operation
            kind = self.kind_of(op)
            if kind is None:
                continue
            if op.path.endswith("}") and op.method == "GET":
                self.item_kinds[op.path] = kind
            elif op.list_key or op.status == 201:
                collection_kinds.setdefault(op.path, kind)
        for route in index.routes:
            path = route.operation.path
            if path.endswith("}") and path not in self.item_kinds and route.collection_path in collection_kinds:
                self.item_kinds[path] = collection_kinds[route.collection_path]
        self.param_kinds: dict[str, str] = {}
        for path, kind in sorted(self.item_kinds.items()):
            self.param_kinds.setdefault(path.rsplit("{", 1)[1].rstrip("}"), kind)
        self._filtered: dict[tuple[Any, ...], tuple[list[Record], list[int]]] = {}

    # -- roles ---------------------------------------------------------------

    def kind_of(self, op: Operation) -> str | None:
        """The record kind an operation answers with: its list's item schema, else its response schema."""
        return op.item_schema if op.list_key else op.response_schema

    def serve(self, call: Call) -> Result:
        """The generic answer of any operation, by its role in the table: list, create, get, update, delete."""
        op = call.operation
        if op.list_key:
            return self.page(call)
        if op.method == "POST" and op.status == 201:
            return self.create(call)
        own_id = op.path.endswith("}")
        if own_id and op.method == "GET":
            return self.find(call)
        if own_id and op.method == "PATCH":
            return self.update(call, self.find(call), call.body)
        if own_id and op.method == "DELETE":
            record = self.find(call)
            self.store.delete(self.kind(op), record["id"])
            # Harvest answers a deletion with the record as it was; the spec says which operations do.
            return record if op.response_schema else None
        return self.singleton(call)

    def kind(self, op: Operation) -> str:
        kind = self.item_kinds.get(op.path) or self.kind_of(op)
        if kind is None:
            raise InvalidInput(f"{op.operation_id} has no record kind in the spec")
        return kind

    # -- single records ----------------------------------------------------------

    def find(self, call: Call) -> Record:
        kind = self.kind(call.operation)
        self._check_parents(call)
        names = call.route.path_params
        record = self.store.get(kind, call.path_params[names[-1]])
        if record is None or not self._in_scope(record, call, names[:-1]):
            raise NotFound
        return record

    def create(self, call: Call) -> Record:
        kind = self.kind(call.operation)
        self._check_parents(call)
        schema = named(kind)
        related: list[Record] = []
        record = self._apply(kind, {}, call.body, related)
        scope = dict(call.path_params)
        for name, value in scope.items():
            parent = self._link(kind, record, name, value)
            if parent is not None:
                related.append(parent)
        self._inherit(kind, record, related)
        defaults = {**synthesize(self.index, schema), **CREATE_DEFAULTS}
        defaults.pop("id", None)
        properties = self.index.properties(schema)
        defaults = {name: value for name, value in defaults.items() if name in properties}
        return self.store.add(kind, {**defaults, **record}, scope=scope)

    def update(self, call: Call, record: Record, changes: dict[str, Any]) -> Record:
        kind = self.kind(call.operation)
        return self.store.update(kind, record["id"], self._apply(kind, record, changes))

    def singleton(self, call: Call) -> Record | None:
        """Operations on a path without an id that returns one object (the company, a template)."""
        op = call.operation
        kind = op.response_schema
        if kind is None:
            return None
        with self.store.lock:
            record = self.store.singletons.get(kind)
            if record is None:
                record = self.store.singletons[kind] = synthesize(self.index, named(kind))
            if op.method in ("PATCH", "PUT", "POST"):
                record.update(self._apply(kind, record, call.body))
            return record

    def _check_parents(self, call: Call) -> None:
        names = call.route.path_params
        parents = names[:-1] if call.operation.path.endswith("}") else names
        for name in parents:
            parent_kind = self.param_kinds.get(name)
            if parent_kind and self.store.get(parent_kind, call.path_params[name]) is None:
                raise NotFound

    def _in_scope(self, record: Record, call: Call, names: Iterable[str]) -> bool:
        return all(self._matches_id(record, name, call.path_params[name]) for name in names)

    def _matches_id(self, record: Record, name: str, value: int) -> bool:
        if scope_of(record).get(name) == value:
            return True
        if record.get(name) == value:
            return True
        base = name.removesuffix("_id")
        related = record.get(base)
        if related is None and base not in record:
            # A record that refers to it through its rows: an invoice's line items name projects.
            return any(
                isinstance(item, dict) and isinstance(item.get(base), dict) and item[base].get("id") == value
                for rows in record.values()
                if isinstance(rows, list)
                for item in rows
            )
        return isinstance(related, dict) and related.get("id") == value

    # -- turning request fields into record fields ------------------------------------

    def _apply(self, kind: str, record: Record, body: dict[str, Any], related: list[Record] | None = None) -> Record:
        """Record fields for a body: plain fields copied, `<x>_id` turned into the `<x>` reference.

        The records those ids name are appended to `related`.
        """
        properties = self.index.properties(named(kind))
        changes: Record = {}
        for name, value in body.items():
            if name.endswith("_id") and name.removesuffix("_id") in properties and value is not None:
                target = self._link(kind, changes, name, value)
                if target is not None and related is not None:
                    related.append(target)
            elif name in properties:
                changes[name] = self._value(name, properties[name], value, record.get(name))
        return changes

    def _value(self, name: str, schema: Schema, value: Any, current: Any) -> Any:
        """Nested records (line items) get ids and their missing attributes; `_destroy` removes one."""
        schema, _ = self.index.non_null(schema)
        if schema.get("type") != "array" or not isinstance(value, list):
            return value
        item_schema = schema.get("items", {})
        if not self.index.properties(item_schema):
            return value
        # Copies: a refused item later in the list must leave the stored rows as they were.
        existing = {item.get("id"): dict(item) for item in current or [] if isinstance(item, dict)}
        result = list(existing.values()) if current is not None else []
        for position, item in enumerate(value):
            if not isinstance(item, dict):
                continue
            if item.get("_destroy") and item.get("id") not in existing:
                raise InvalidInput(f"{name}[{position}]._destroy names no existing row (id {item.get('id')})")
            fields = self._nested_fields(item_schema, item)
            if item.get("id") in existing:
                target = existing[item["id"]]
                if item.get("_destroy"):
                    result.remove(target)
                else:
                    target.update(fields)
                continue
            known = self.index.properties(item_schema)
            new = {**synthesize(self.index, item_schema), **{k: v for k, v in fields.items() if k in known}}
            if "id" in known:
                new["id"] = self.store.new_id()
            result.append(new)
        return result

    def _nested_fields(self, schema: Schema, item: dict[str, Any]) -> Record:
        """A nested item's fields, its `<x>_id` fields turned into the `<x>` reference (a line item's project)."""
        properties = self.index.properties(schema)
        fields: Record = {}
        for name, value in item.items():
            base = name.removesuffix("_id")
            if name.startswith("_"):
                continue
            if name.endswith("_id") and base in properties and name not in properties:
                if value is None:
                    fields[base] = None
                    continue
                target_kind = self.param_kinds.get(name)
                target = self.store.get(target_kind, value) if target_kind else None
                if target is None:
                    raise InvalidInput(f"{name} {value} does not name an existing {base.replace('_', ' ')}")
                fields[base] = self.project(properties[base], target)
            else:
                fields[name] = value
        return fields

    def _link(self, kind: str, record: Record, name: str, value: int) -> Record | None:
        """Set the reference `<x>` of `record` to the stored record `<x>_id` names; return that record."""
        base = name.removesuffix("_id")
        properties = self.index.properties(named(kind))
        target_kind = self.param_kinds.get(name)
        if base not in properties or target_kind is None:
            if name in properties:
                record[name] = value
            return None
        target = self.store.get(target_kind, value)
        if target is None:
            raise InvalidInput(f"{name} {value} does not name an existing {base.replace('_', ' ')}")
        record[base] = self.project(properties[base], target)
        return target

    def project(self, schema: Schema, source: Record) -> Record | None:
        """`source` cut down to the attributes of a reference schema."""
        schema, _ = self.index.non_null(schema)
        properties = self.index.properties(schema)
        if not properties:
            return None
        filled = synthesize(self.index, schema, complete=False)
        for name in properties:
            if name in source:
                filled[name] = source[name]
        if "name" in properties and "name" not in source and "first_name" in source:
            # A person is referred to by full name (a time entry's user, an invoice's creator).
            filled["name"] = person_name(source)
        return {k: v for k, v in filled.items() if k in properties}

    def _inherit(self, kind: str, record: Record, related: list[Record]) -> None:
        """References the request did not give, taken from related records (a time entry's client from its project)."""
        properties = self.index.properties(named(kind))
        for name, schema in properties.items():
            if record.get(name) is not None:
                continue
            for other in related:
                value = other.get(name)
                if isinstance(value, dict) and "id" in value:
                    parent_kind = self.param_kinds.get(f"{name}_id")
                    full = self.store.get(parent_kind, value["id"]) if parent_kind else None
                    record[name] = self.project(schema, full or value)
                    break

    # -- lists -------------------------------------------------------------------

    def page(self, call: Call, rows: list[Record] | None = None) -> Page:
        """One page of a list operation: the stored records its scope and filters select, or computed `rows`."""
        op = call.operation
        assert op.list_key is not None and op.pagination is not None
        kind: str | None
        if rows is None:
            kind = self.kind_of(op) or op.operation_id
            self._check_parents(call)
            records, keys = self._matching(kind, call)
        else:
            # Computed rows (reports) have no ids; their position stands in for one.
            kind, records, keys = None, rows, [-(i + 1) for i in range(len(rows))]
        request = PageRequest(
            url=call.base_url + op.path.format(**call.path_params),
            raw_query=call.raw_query,
            pagination=op.pagination,
            per_page=int(call.query.get("per_page", DEFAULT_PER_PAGE)),
            page=int(call.query.get("page", 1)),
            cursor=call.query.get("cursor"),
        )
        chunk, meta = paginate(records, keys, request)
        return Page(op.list_key, chunk, kind, meta)

    def listed_ids(self, call: Call) -> list[int]:
        """The ids of the stored records a list call selects, in the order the list serves them."""
        kind = self.kind_of(call.operation) or call.operation.operation_id
        return [record["id"] for record in self._matching(kind, call)[0]]

    def _matching(self, kind: str, call: Call) -> tuple[list[Record], list[int]]:
        """Records passing the scope and filters, in the list's order, cached until the store changes."""
        op = call.operation
        filters = tuple(sorted((k, _hashable(v)) for k, v in call.query.items() if k not in PAGING_PARAMS))
        scope = tuple(sorted(call.path_params.items()))
        key = (kind, op.path, filters, scope, self.store.version)
        cached = self._filtered.get(key)
        if cached is not None:
            return cached
        tests = [self._filter(kind, name, value) for name, value in call.query.items() if name not in PAGING_PARAMS]
        scope_names = list(call.path_params)
        records = [
            record
            for record in self.store.newest_first(kind)
            if all(self._matches_id(record, name, call.path_params[name]) for name in scope_names)
            and all(test(record) for test in tests)
        ]
        _order(records, op)
        result = records, [-record["id"] for record in records]
        if len(self._filtered) > 64:
            self._filtered.clear()
        self._filtered[key] = result
        return result

    def _filter(self, kind: str, name: str, value: Any) -> Callable[[Record], bool]:
        properties = self.index.properties(named(kind))
        if name == "updated_since":
            return lambda record: datetime.fromisoformat(record["updated_at"]) >= value
        if name in ("from", "to"):
            field_name = next(
                (
                    prop
                    for prop, schema in properties.items()
                    if self.index.non_null(schema)[0].get("format") == "date"
                    and prop in ("spent_date", "issue_date", "date")
                ),
                None,
            )
            if field_name is None:
                return lambda record: True
            bound = value.isoformat() if isinstance(value, date) else str(value)
            if name == "from":
                return lambda record: str(record.get(field_name) or "") >= bound
            return lambda record: str(record.get(field_name) or "9999") <= bound
        if name.endswith("_id"):
            return lambda record: self._matches_id(record, name, value)
        if name in properties:
            if isinstance(value, list):
                return lambda record: record.get(name) in value
            return lambda record: record.get(name) == value
        return lambda record: True


def _order(records: list[Record], op: Operation) -> None:
    """Sort a list's records as Harvest serves them: by the table row's order, ties newest created first.

    A cursor list stays newest created first whatever its row says: the fake's cursor is the last
    id read, and it bisects on that order.
    """
    records.sort(key=lambda record: record["id"], reverse=True)
    by = op.order_by
    if op.pagination != "page" or by is None or by == "id":
        return
    # Stable: records with equal keys keep the newest-first order of the sort above. ISO dates
    # sort as text; a record without the attribute goes last.
    present = [record for record in records if record.get(by) is not None]
    absent = [record for record in records if record.get(by) is None]
    present.sort(key=lambda record: str(record[by]), reverse=op.order_direction == "desc")
    records[:] = present + absent


def person_name(user: Record) -> str:
    """A user's full name, as Harvest writes it wherever it names a person."""
    return f"{user.get('first_name') or ''} {user.get('last_name') or ''}".strip()


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value
