"""Drive every operation of the spec through the public client, with arguments built from the spec.

Nothing here lists endpoints: the plan comes from the generated operations
table (each row's method name, method and status), the arguments from the
parameter and body schemas of the packaged OpenAPI document, and ids from
records the fake holds (or the plan created).
"""

from __future__ import annotations

import datetime
import keyword
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import harvest_v2.models
from harvest_v2._core._operation import Operation
from harvest_v2._openapi import schema_name
from harvest_v2._operations import OPERATIONS
from harvest_v2.testing import FakeHarvest
from harvest_v2.testing._routes import RouteTable, Schema, named, route_table
from harvest_v2.testing._store import scope_of

TODAY = datetime.date.today()


# State a call needs that the spec cannot say: a timer restarts only once stopped
# (the entry the plan creates without hours starts running).
_LATER = {"restart_time_entry"}


def _phase(op: Operation) -> int:
    if op.method == "POST" and op.status == 201:
        return 0
    if op.method == "DELETE":
        return 4
    if op.operation_id in _LATER:
        return 3
    return 2 if op.method == "PATCH" else 1


def plan(fake: FakeHarvest) -> list[Operation]:
    """Every operation: creates first, each after the creates of what it refers to; deletes last."""
    operations = sorted(OPERATIONS.values(), key=lambda op: (_phase(op), op.operation_id))
    creates = [op for op in operations if _phase(op) == 0]
    arguments = Arguments(fake)
    made = {kind for kind in fake.app.engine.item_kinds.values() if fake.store.count(kind)}
    ordered: list[Operation] = []
    while creates:
        ready = next((op for op in creates if arguments.needs(op) <= made), creates[0])
        creates.remove(ready)
        ordered.append(ready)
        made.add(fake.app.engine.kind_of(ready) or "")
    # Deletes in reverse creation order: assignments go before their project.
    kinds = fake.app.engine.item_kinds
    created = [fake.app.engine.kind_of(op) for op in ordered]
    deletes = [op for op in operations if _phase(op) == 4]
    deletes.sort(key=lambda op: -created.index(kinds[op.path]) if kinds.get(op.path) in created else 0)
    return ordered + [op for op in operations if 0 < _phase(op) < 4] + deletes


@dataclass
class PreparedCall:
    operation: Operation
    resource: str
    method: str
    args: list[Any]
    kwargs: dict[str, Any]


class Arguments:
    """Builds valid arguments for an operation against the records in a fake."""

    def __init__(self, fake: FakeHarvest) -> None:
        self.fake = fake
        self.index: RouteTable = route_table()
        self.engine = fake.app.engine
        self.created: dict[str, int] = {}

    def prepare(self, op: Operation) -> PreparedCall:
        args = self._path_args(op)
        query = self.index.route(op.operation_id).query
        kwargs = {_py(p.name): self._value(p.name, p.schema) for p in query if p.required}
        body = self._body_schema(op)
        if body is not None:
            kwargs.update(self._body(op, body))
        return PreparedCall(op, op.tag, op.method_name, args, kwargs)

    def needs(self, op: Operation) -> set[str]:
        """Kinds of record an operation's path and required body fields refer to."""
        names = list(self.index.route(op.operation_id).path_params)
        body = self._body_schema(op)
        if body is not None:
            names += self.index.required(body)
        return {self.engine.param_kinds[name] for name in names if name in self.engine.param_kinds}

    def remember(self, op: Operation, result: Any) -> None:
        """Keep the id of what a create returned, so get, update and delete use it."""
        kind = self.engine.kind_of(op)
        if _phase(op) == 0 and kind is not None and getattr(result, "id", None) is not None:
            self.created[kind] = result.id

    def _path_args(self, op: Operation) -> list[Any]:
        names = list(self.index.route(op.operation_id).path_params)
        if not names:
            return []
        values: dict[str, int | None] = {}
        own = op.path.endswith("}")
        if own:
            kind = self.engine.item_kinds[op.path]
            record = self._record(kind)
            values[names[-1]] = record["id"]
            for name in names[:-1]:
                values[name] = scope_of(record).get(name) or (record.get(name.removesuffix("_id")) or {}).get("id")
        for name in names:
            if values.get(name) is None:
                values[name] = self._record(self.engine.param_kinds[name])["id"]
        return [values[name] for name in names]

    def _record(self, kind: str) -> dict[str, Any]:
        if kind in self.created:
            record: dict[str, Any] | None = self.fake.store.get(kind, self.created[kind])
            if record is not None:
                return record
        records = list(self.fake.store.newest_first(kind))
        if not records:
            raise LookupError(f"no {kind} in the fake store to call with")
        return records[0]

    def _body_schema(self, op: Operation) -> Schema | None:
        name = op.request_schemas.get("application/json") or next(iter(op.request_schemas.values()), None)
        if name is None:
            return None
        schema = named(name)
        variants: list[Schema] | None = self.index.schema(schema).get("oneOf")
        if variants:
            # The variant asking for the least (an event message rather than one with recipients).
            return min(variants, key=lambda variant: len(self.index.required(variant)))
        return schema

    def _body(self, op: Operation, schema: Schema) -> dict[str, Any]:
        properties = self.index.properties(schema)
        names = self.index.required(schema)
        if not names:
            # An update: change one plain field.
            names = [
                name
                for name, prop in properties.items()
                if self.index.non_null(prop)[0].get("type") in ("string", "boolean") and "format" not in prop
            ][:1]
        return {_py(name): self._value(name, properties[name]) for name in names}

    def _model(self, model: str) -> Any:
        """A request model (a recipient, a line item) with its required fields filled in."""
        schema = named(model)
        properties = self.index.properties(schema)
        fields = {_py(name): self._value(name, properties[name]) for name in self.index.required(schema)}
        return getattr(harvest_v2.models, model)(**fields)

    def _value(self, name: str, schema: Schema) -> Any:
        schema, _ = self.index.non_null(schema)
        kind, fmt = schema.get("type"), schema.get("format")
        if name.endswith("_id") and kind == "integer":
            return self._record(self.engine.param_kinds[name])["id"]
        if name.endswith("_ids") and kind == "array":
            # Ids the spec ties to no path (teammate_ids) name people.
            return [self._record(self.engine.param_kinds.get(name[:-1], "User"))["id"]]
        if name == "from":
            return TODAY - datetime.timedelta(days=300)
        if name == "to":
            return TODAY
        if name.endswith("_time") and kind == "string":
            return "08:00"  # a time of day (started_time, ended_time), which the fake reads
        makers: dict[Any, Callable[[], Any]] = {
            "email": lambda: f"{name}@example.com",
            "uri": lambda: "https://example.com/e2e",
            "date": lambda: TODAY,
            "date-time": lambda: datetime.datetime.now(datetime.UTC),
        }
        if fmt in makers:
            return makers[fmt]()
        if "enum" in schema:
            return schema["enum"][0]
        simple: dict[Any, Any] = {"integer": 1, "number": 1.5, "boolean": True, "string": f"e2e {name}"}
        if kind in simple:
            return simple[kind]
        item_model = schema_name(schema.get("items", {}))
        if kind == "array" and item_model:
            return [self._model(item_model)]
        raise NotImplementedError(f"no e2e value for {name}: {schema}")


def _py(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) else name


def expected_type(op: Operation) -> str | None:
    """The model class name a call returns (an item's, for lists); None for no body."""
    return op.item_schema if op.list_key else op.response_schema
