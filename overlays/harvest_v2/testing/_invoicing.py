"""Invoices and estimates as Harvest keeps them: numbers, currency, dates and terms, totals, states, payments.

- A new invoice or estimate takes the next number in sequence unless given one
  (numbers are unique per kind), the client's currency unless given one, today
  as issue date unless given one, a fresh client_key, the authenticated user as
  creator, and starts as a draft. An invoice's due date follows its payment term
  (upon receipt, net 15 to 60 days after the issue date, or custom: the due
  date given).
- `line_items_import` builds the invoice's rows from the uninvoiced billable time
  and expenses of the client's projects (see _import_rows), and marks each
  entry billed on the invoice and locked. Removing the row, or deleting the
  invoice, releases them.
- Totals: each row is quantity x unit price rounded to cents; the discount comes
  off the subtotal, the two taxes apply to the taxed rows after the discount;
  due_amount is the amount less the payments.
- States move by messages (the event transitions below, refused with 422 from a
  state they do not start from; emailing a draft sends it) and by payments: the
  payment that leaves nothing due marks the invoice paid, deleting a payment of
  a paid invoice re-opens it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from ._engine import Call, Engine, NotFound, person_name
from ._money import cents, exact
from ._rates import reference_id, reported_hours
from ._routes import named
from ._store import Record, public, scope_of
from ._validation import InvalidInput
from ._wire import now_iso

__all__ = [
    "create_estimate",
    "create_estimate_message",
    "create_invoice",
    "create_invoice_message",
    "create_invoice_payment",
    "delete_invoice",
    "delete_invoice_payment",
    "totals",
    "update_estimate",
    "update_invoice",
]

PAYMENT_TERM_DAYS = {"upon receipt": 0, "net 15": 15, "net 30": 30, "net 45": 45, "net 60": 60}
"""Days from issue date to due date per payment term; "custom" takes the due date given."""
LOCKED_BY_INVOICE = "Item Invoiced and Locked for this Time Period"
_CURRENCY = re.compile(r"[A-Z]{3}")
# The categories Harvest files imported rows under when the account has not named its own.
_SERVICE_KIND, _EXPENSE_KIND = "Service", "Product"
# Internal: which time entries and expenses each imported row billed ({row id: [(kind, id)]}).
_BILLED = "_billed"


# -- totals ----------------------------------------------------------------------------


def totals(record: Record, paid: Decimal) -> dict[str, Any]:
    """Row amounts, discount, the two taxes on taxed rows, the grand total and what is still due.

    Everything is Decimal: each amount is rounded to cents half-up once, so the rows add up
    to the subtotal and the total is exactly subtotal - discount + taxes.
    """
    items = [dict(item) for item in record.get("line_items") or []]
    for item in items:
        item["amount"] = cents(exact(item.get("quantity")) * exact(item.get("unit_price")))
    subtotal = sum((item["amount"] for item in items), Decimal(0))
    percent = exact(record.get("discount"))
    discount = cents(subtotal * percent / 100)
    # Taxes apply to the taxed rows after the discount takes its share of them.
    kept = (100 - percent) / 100
    taxed = sum((i["amount"] for i in items if i.get("taxed")), Decimal(0))
    taxed2 = sum((i["amount"] for i in items if i.get("taxed2")), Decimal(0))
    tax = cents(taxed * kept * exact(record.get("tax")) / 100)
    tax2 = cents(taxed2 * kept * exact(record.get("tax2")) / 100)
    amount = subtotal - discount + tax + tax2
    result = {
        "line_items": items,
        "amount": amount,
        "discount_amount": discount,
        "tax_amount": tax,
        "tax2_amount": tax2,
    }
    if "due_amount" in record:
        result["due_amount"] = amount - paid
    return result


def _payments(engine: Engine, invoice_id: int) -> list[Record]:
    return [p for p in engine.store.newest_first("InvoicePayment") if scope_of(p).get("invoice_id") == invoice_id]


def _reprice(engine: Engine, kind: str, record_id: int) -> Record:
    """Totals again; for an invoice, what is due and whether that makes it paid (or no longer paid)."""
    record = engine.store.get(kind, record_id)
    assert record is not None
    if kind != "Invoice":
        return engine.store.update(kind, record_id, totals(record, Decimal(0)))
    payments = _payments(engine, record_id)
    paid = sum((exact(p.get("amount")) for p in payments), Decimal(0))
    changes = totals(record, paid)
    if payments and changes["due_amount"] <= 0 and record.get("state") in ("draft", "open"):
        last = max(payments, key=lambda p: (str(p.get("paid_at")), p["id"]))
        changes.update(state="paid", paid_at=last.get("paid_at"), paid_date=last.get("paid_date"))
    elif record.get("state") == "paid" and changes["due_amount"] > 0:
        changes.update(state="open", paid_at=None, paid_date=None)
    return engine.store.update(kind, record_id, changes)


# -- what a new invoice or estimate takes from its account and client ----------------------


def _client(engine: Engine, client_id: Any) -> Record:
    client = engine.store.get("Client", client_id)
    if client is None:
        raise InvalidInput(f"client_id {client_id} does not name an existing client")
    return client


def _check_number(engine: Engine, kind: str, number: Any, own_id: int | None = None) -> None:
    if not isinstance(number, str) or not number.strip():
        raise InvalidInput("number can't be blank")
    for other in engine.store.newest_first(kind):
        if other.get("number") == number and other["id"] != own_id:
            raise InvalidInput(f"number {number!r} is already taken by {_noun(kind)} {other['id']}")


def _next_number(engine: Engine, kind: str) -> str:
    """One more than the highest numeric number so far ("1" for the first)."""
    numbers = [int(r["number"]) for r in engine.store.newest_first(kind) if str(r.get("number") or "").isdigit()]
    return str(max(numbers, default=0) + 1)


def _check_currency(currency: Any) -> None:
    if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency):
        raise InvalidInput(f"currency must be an ISO 4217 code such as EUR, got {currency!r}")


def _opening(engine: Engine, call: Call, kind: str, client: Record) -> Record:
    """Number, currency, issue date, client key, creator and state of a new invoice or estimate."""
    body = call.body
    creator_schema = engine.index.properties(named(kind))["creator"]
    creator = engine.store.get("User", call.current_user_id) or {"id": call.current_user_id}
    return {
        "number": body.get("number") or _next_number(engine, kind),
        "currency": body.get("currency") or client.get("currency") or "USD",
        "issue_date": body.get("issue_date") or date.today().isoformat(),
        "client_key": secrets.token_hex(20),
        "creator": engine.project(creator_schema, creator),
        "state": "draft",
    }


def _due(body: Record, current: Record) -> Record:
    """payment_term and due_date after a change of issue date, term or due date."""
    issue = date.fromisoformat(str(body.get("issue_date") or current["issue_date"]))
    if "payment_term" in body:
        term = body["payment_term"]
    elif "due_date" in body:
        term = "custom"  # a due date given by hand is a custom term
    else:
        term = current.get("payment_term") or "upon receipt"
    if term == "custom":
        due = str(body.get("due_date") or current.get("due_date") or issue.isoformat())
    else:
        due = (issue + timedelta(days=PAYMENT_TERM_DAYS[term])).isoformat()
    if date.fromisoformat(due) < issue:
        raise InvalidInput(f"due_date {due} is before the issue date {issue.isoformat()}")
    return {"payment_term": term, "due_date": due}


def _check_opening(engine: Engine, kind: str, body: Record) -> Record:
    """Refuse a bad client, number or currency before anything is stored; returns the client."""
    client = _client(engine, body.get("client_id"))
    if "number" in body:
        _check_number(engine, kind, body["number"])
    if "currency" in body:
        _check_currency(body["currency"])
    return client


# -- invoices --------------------------------------------------------------------------------


def create_invoice(engine: Engine, call: Call) -> Record:
    body = call.body
    client = _check_opening(engine, "Invoice", body)
    plan = _import_rows(engine, client, body["line_items_import"]) if "line_items_import" in body else None
    changes = _opening(engine, call, "Invoice", client)
    changes.update(_due(body, changes))  # refused (a due date before the issue date) before anything is stored
    record = engine.create(call)
    if plan is not None:
        rows, billed = plan.stored(engine)
        changes.update(line_items=[*record.get("line_items", []), *rows], period_start=plan.start, period_end=plan.end)
        changes[_BILLED] = billed
        sources = [source for row_sources in billed.values() for source in row_sources]
        _mark_billed(engine, sources, {"id": record["id"], "number": changes["number"]})
    engine.store.update("Invoice", record["id"], changes)
    return _reprice(engine, "Invoice", record["id"])


def update_invoice(engine: Engine, call: Call) -> Record:
    body = call.body
    record = engine.find(call)
    if "number" in body:
        _check_number(engine, "Invoice", body["number"], record["id"])
    if "currency" in body:
        _check_currency(body["currency"])
    changes: Record = {}
    if {"issue_date", "payment_term", "due_date"} & body.keys():
        changes.update(_due(body, record))
    before = {item.get("id") for item in record.get("line_items") or []}
    record = engine.update(call, record, body)
    billed: dict[int, list[tuple[str, int]]] = dict(record.get(_BILLED) or {})
    removed = before - {item.get("id") for item in record.get("line_items") or []}
    for row_id in removed & billed.keys():
        _release(engine, billed.pop(row_id))
    changes[_BILLED] = billed
    if "number" in body:
        for sources in billed.values():
            _mark_billed(engine, sources, {"id": record["id"], "number": body["number"]})
    engine.store.update("Invoice", record["id"], changes)
    return _reprice(engine, "Invoice", record["id"])


def delete_invoice(engine: Engine, call: Call) -> Record:
    """Deleted with its payments and messages; its time and expenses are uninvoiced again."""
    record = engine.find(call)
    for sources in (record.get(_BILLED) or {}).values():
        _release(engine, sources)
    # What lives under the invoice's path (its payments and messages, by the routes) goes with it.
    nested_kinds = {kind for path, kind in engine.item_kinds.items() if path.startswith(call.operation.path + "/")}
    for kind in sorted(nested_kinds):
        for nested in list(engine.store.newest_first(kind)):
            if scope_of(nested).get("invoice_id") == record["id"]:
                engine.store.delete(kind, nested["id"])
    engine.store.delete("Invoice", record["id"])
    # Harvest answers with the invoice as it was, its rows already gone.
    return {**public(record), "line_items": []}


def _mark_billed(engine: Engine, sources: Iterable[tuple[str, int]], invoice: Record) -> None:
    for kind, record_id in sources:
        if engine.store.get(kind, record_id) is not None:
            changes = {"is_billed": True, "is_locked": True, "locked_reason": LOCKED_BY_INVOICE}
            engine.store.update(kind, record_id, {**changes, "invoice": dict(invoice)})


def _release(engine: Engine, sources: Iterable[tuple[str, int]]) -> None:
    for kind, record_id in sources:
        if engine.store.get(kind, record_id) is not None:
            changes = {"is_billed": False, "invoice": None, "is_locked": False, "locked_reason": None}
            engine.store.update(kind, record_id, changes)


# -- rows from tracked time and expenses -------------------------------------------------------


@dataclass
class _Row:
    project: Record
    kind: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    sources: list[tuple[str, int]]


@dataclass
class _ImportPlan:
    """The rows an import makes and the period they cover, worked out before anything is stored."""

    rows: list[_Row]
    start: str | None
    end: str | None

    def stored(self, engine: Engine) -> tuple[list[Record], dict[int, list[tuple[str, int]]]]:
        """The rows as line items with fresh ids, and the entries each one bills."""
        items, billed = [], {}
        for row in self.rows:
            row_id = engine.store.new_id()
            billed[row_id] = row.sources
            items.append(
                {
                    "id": row_id,
                    "project": row.project,
                    "kind": row.kind,
                    "description": row.description,
                    "quantity": row.quantity,
                    "unit_price": row.unit_price,
                    "amount": Decimal(0),
                    "taxed": False,
                    "taxed2": False,
                }
            )
        return items, billed


# How each summary_type groups entries into rows, and what the row says (after "<project>: ").
_TIME_SUMMARIES: dict[str, Callable[[Record], tuple[Any, str]]] = {
    "project": lambda e: (None, ""),
    "task": lambda e: (reference_id(e, "task"), _name(e, "task")),
    "people": lambda e: (reference_id(e, "user"), _name(e, "user")),
    "detailed": lambda e: (e["id"], " - ".join(t for t in (_name(e, "task"), e.get("notes") or "") if t)),
}
_EXPENSE_SUMMARIES: dict[str, Callable[[Record], tuple[Any, str]]] = {
    "project": lambda e: (None, "Expenses"),
    "category": lambda e: (reference_id(e, "expense_category"), _name(e, "expense_category")),
    "people": lambda e: (reference_id(e, "user"), _name(e, "user")),
    "detailed": lambda e: (
        e["id"],
        " - ".join(t for t in (_name(e, "expense_category"), e.get("notes") or "") if t),
    ),
}


def _name(record: Record, reference: str) -> str:
    related = record.get(reference)
    return str(related.get("name") or "") if isinstance(related, dict) else ""


def _import_rows(engine: Engine, client: Record, spec: Record) -> _ImportPlan:
    """Rows for the uninvoiced billable time and expenses of the given projects of the client.

    Time: one row per project, task, person or entry (summary_type), and per billable
    rate within it; quantity is the hours, unit price the rate. Expenses: one row per
    project, category, person or expense, quantity 1 at their total. Entries come in
    when their spent_date is within from/to (each open-ended when left out).
    """
    project_ids = list(dict.fromkeys(spec.get("project_ids") or []))
    if not project_ids:
        raise InvalidInput("line_items_import.project_ids must name at least one project")
    projects = {}
    for project_id in project_ids:
        project = engine.store.get("Project", project_id)
        if project is None:
            raise InvalidInput(f"line_items_import.project_ids: {project_id} does not name an existing project")
        if reference_id(project, "client") != client["id"]:
            raise InvalidInput(f"project {project_id} belongs to another client than client {client['id']}")
        projects[project_id] = project
    date_format = str((engine.store.singletons.get("Company") or {}).get("date_format") or "%Y-%m-%d")
    rows: list[_Row] = []
    spans: list[str] = []
    for source, options, summaries, kind in (
        ("TimeEntry", spec.get("time"), _TIME_SUMMARIES, _category(engine, "use_as_service", _SERVICE_KIND)),
        ("Expense", spec.get("expenses"), _EXPENSE_SUMMARIES, _category(engine, "use_as_expense", _EXPENSE_KIND)),
    ):
        if options is None:
            continue
        start, end = options.get("from"), options.get("to")
        chosen = [
            record
            for record in engine.store.newest_first(source)
            if reference_id(record, "project") in projects
            and record.get("billable")
            and not record.get("is_billed")
            and (start is None or record["spent_date"] >= start)
            and (end is None or record["spent_date"] <= end)
        ]
        chosen.sort(key=lambda r: (r["spent_date"], r["id"]))
        spans.extend(d for d in (start, end) if d is not None)
        spans.extend(r["spent_date"] for r in chosen)
        group = summaries[options["summary_type"]]
        if options["summary_type"] == "detailed":
            start = end = None  # a row per entry is dated by its entry
        rows.extend(_group(engine, source, chosen, group, kind, projects, date_format, start, end))
    return _ImportPlan(rows, min(spans, default=None), max(spans, default=None))


def _group(
    engine: Engine,
    source: str,
    records: list[Record],
    group: Callable[[Record], tuple[Any, str]],
    kind: str,
    projects: dict[int, Record],
    date_format: str,
    start: str | None,
    end: str | None,
) -> list[_Row]:
    timed = source == "TimeEntry"
    groups: dict[tuple[Any, ...], list[Record]] = {}
    for record in records:
        key, _ = group(record)
        # Time at different rates never shares a row: a row has one unit price.
        price = exact(record.get("billable_rate")) if timed else Decimal(0)
        groups.setdefault((reference_id(record, "project"), key, price), []).append(record)
    reference_schema = engine.index.properties(named("InvoiceLineItem"))["project"]
    rows = []
    # Rows read in order: by project, then by what they group (task, person...), then by rate.
    ordered = sorted(groups.items(), key=lambda g: (str(projects[g[0][0]].get("name")), group(g[1][0])[1], g[0][2]))
    for (project_id, _, price), members in ordered:
        project = projects[project_id]
        _, label = group(members[0])
        first, last = start or members[0]["spent_date"], end or members[-1]["spent_date"]
        period = _date(first, date_format) + ("" if first == last else " - " + _date(last, date_format))
        text = f"{project.get('name')}: {label}" if label else str(project.get("name"))
        if timed:
            quantity, unit_price = sum((reported_hours(m) for m in members), Decimal(0)), price
        else:
            quantity, unit_price = Decimal(1), sum((exact(m.get("total_cost")) for m in members), Decimal(0))
        rows.append(
            _Row(
                project=engine.project(reference_schema, project) or {"id": project_id},
                kind=kind,
                description=f"{text} ({period})",
                quantity=quantity,
                unit_price=unit_price,
                sources=[(source, m["id"]) for m in members],
            )
        )
    return rows


def _date(iso: str, date_format: str) -> str:
    try:
        return date.fromisoformat(iso).strftime(date_format)
    except ValueError:
        return iso


def _category(engine: Engine, flag: str, default: str) -> str:
    """The invoice item category the account files imported time (or expenses) under."""
    for category in engine.store.newest_first("InvoiceItemCategory"):
        if category.get(flag):
            return str(category["name"])
    return default


# -- estimates -------------------------------------------------------------------------------


def create_estimate(engine: Engine, call: Call) -> Record:
    client = _check_opening(engine, "Estimate", call.body)
    record = engine.create(call)
    engine.store.update("Estimate", record["id"], _opening(engine, call, "Estimate", client))
    return _reprice(engine, "Estimate", record["id"])


def update_estimate(engine: Engine, call: Call) -> Record:
    record = engine.find(call)
    if "number" in call.body:
        _check_number(engine, "Estimate", call.body["number"], record["id"])
    if "currency" in call.body:
        _check_currency(call.body["currency"])
    engine.update(call, record, call.body)
    return _reprice(engine, "Estimate", record["id"])


# -- payments ----------------------------------------------------------------------------------


def create_invoice_payment(engine: Engine, call: Call) -> Record:
    """A payment, dated by paid_at or paid_date (now when neither); more than is due settles the invoice too."""
    body = call.body
    invoice = _parent(engine, call, "Invoice")
    amount = exact(body["amount"])
    if amount <= 0:
        raise InvalidInput(f"amount must be more than 0, got {amount}")
    if "paid_at" in body and "paid_date" in body:
        raise InvalidInput("give paid_at or paid_date, not both")
    if "paid_date" in body:
        paid_at = f"{body['paid_date']}T00:00:00Z"
    else:
        moment = datetime.fromisoformat(str(body.get("paid_at") or now_iso()))
        paid_at = moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
    payment = engine.create(call)
    user = engine.store.get("User", call.current_user_id) or {}
    changes = {
        "paid_at": paid_at,
        "paid_date": paid_at[:10],
        "recorded_by": person_name(user),
        "recorded_by_email": user.get("email") or payment.get("recorded_by_email"),
    }
    engine.store.update("InvoicePayment", payment["id"], changes)
    _reprice(engine, "Invoice", invoice["id"])
    return payment


def delete_invoice_payment(engine: Engine, call: Call) -> None:
    """The payment goes; what it paid is due again, and a paid invoice is open again."""
    invoice = _parent(engine, call, "Invoice")
    engine.serve(call)
    _reprice(engine, "Invoice", invoice["id"])


def _parent(engine: Engine, call: Call, kind: str) -> Record:
    record = engine.store.get(kind, next(iter(call.path_params.values())))
    if record is None:
        raise NotFound
    return record


def _noun(kind: str) -> str:
    return kind.lower()


# -- states and messages ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Transition:
    sources: tuple[str, ...]
    """The states the event may start from."""
    target: str
    stamp: str | None = None
    """The attribute that records when (sent_at, closed_at...)."""
    clears: tuple[str, ...] = ()


_INVOICE_EVENTS = {
    "send": _Transition(("draft",), "open", "sent_at"),
    "close": _Transition(("draft", "open"), "closed", "closed_at"),
    "re-open": _Transition(("closed",), "open", None, ("closed_at",)),
    "draft": _Transition(("open",), "draft", None, ("sent_at",)),
}
_ESTIMATE_EVENTS = {
    "send": _Transition(("draft",), "sent", "sent_at"),
    "accept": _Transition(("draft", "sent"), "accepted", "accepted_at", ("declined_at",)),
    "decline": _Transition(("draft", "sent"), "declined", "declined_at", ("accepted_at",)),
    "re-open": _Transition(("accepted", "declined"), "sent", None, ("accepted_at", "declined_at")),
}


def _message(kind: str, events: dict[str, _Transition]) -> Callable[[Engine, Call], Record]:
    """A message on an invoice or estimate: its event moves the state; an email sends a draft."""

    def behave(engine: Engine, call: Call) -> Record:
        parent = _parent(engine, call, kind)
        state = parent.get("state")
        event = call.body.get("event_type")
        transition = events.get(event) if isinstance(event, str) else None
        if transition is not None and state not in transition.sources:
            raise InvalidInput(
                f"{_noun(kind)} {parent['id']} is {state}: {event} applies to a {' or '.join(transition.sources)} one"
            )
        if transition is None and call.body.get("recipients") and state == "draft":
            transition = events["send"]
        message = engine.create(call)
        user = engine.store.get("User", call.current_user_id) or {}
        sender = {"name": person_name(user), "email": user.get("email") or message.get("sent_by_email")}
        changes: Record = {
            "sent_by": sender["name"],
            "sent_by_email": sender["email"],
            "sent_from": sender["name"],
            "sent_from_email": sender["email"],
        }
        if call.body.get("recipients") and not call.body.get("subject"):
            changes["subject"] = f"{kind} #{parent.get('number')}"
        engine.store.update(engine.kind(call.operation), message["id"], changes)
        if transition is not None:
            moved: Record = {"state": transition.target, **dict.fromkeys(transition.clears)}
            if transition.stamp is not None:
                moved[transition.stamp] = now_iso()
            engine.store.update(kind, parent["id"], moved)
        return message

    return behave


create_invoice_message = _message("Invoice", _INVOICE_EVENTS)
create_estimate_message = _message("Estimate", _ESTIMATE_EVENTS)
