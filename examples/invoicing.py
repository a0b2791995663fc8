"""A month-end invoicing run: what is uninvoiced, an invoice imported from it, sent, paid.

python examples/invoicing.py [YYYY-MM]   (default: last month)

Invoices the client with the most uninvoiced money in the month, and checks the figures at each
step: the invoice comes to what the uninvoiced report said, sending opens it, the payment of what
is due settles it, and nothing of the client's month is left uninvoiced.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from decimal import Decimal

from harvest_v2 import Harvest
from harvest_v2.models import (
    InvoiceExpenseImport,
    InvoiceLineItemsImport,
    InvoiceMessageRecipientInput,
    InvoiceTimeImport,
)


def _month(label: str | None) -> tuple[date, date]:
    first = (
        date.fromisoformat(f"{label}-01") if label else (date.today().replace(day=1) - timedelta(days=1)).replace(day=1)
    )
    following = (first + timedelta(days=31)).replace(day=1)
    return first, following - timedelta(days=1)


def _shown(text: object) -> str:
    """Text from Harvest as data on a terminal: control characters (escape sequences) shown as "?"."""
    return "".join(ch if ch.isprintable() else "?" for ch in str(text))


def _check(fact: bool, what: str) -> None:
    if not fact:
        raise SystemExit(f"figures do not add up: {what}")


def main() -> None:
    first, last = _month(sys.argv[1] if len(sys.argv) > 1 else None)
    with Harvest.from_env() as hv:
        rows = [row for row in hv.reports.uninvoiced(from_=first, to=last) if row.required.uninvoiced_amount > 0]
        if not rows:
            print(f"Nothing to invoice from {first} to {last}")
            return
        owed: dict[int, Decimal] = {}
        for row in rows:
            client = row.required.client_id
            owed[client] = owed.get(client, Decimal(0)) + row.required.uninvoiced_amount
        client_id = max(owed, key=lambda client: owed[client])
        projects = [row for row in rows if row.required.client_id == client_id]
        currency = projects[0].currency
        print(f"Uninvoiced from {first} to {last} for {_shown(projects[0].client_name)}:")
        for row in projects:
            hours, amount = row.uninvoiced_hours, row.uninvoiced_amount
            print(f"  {_shown(row.project_name):<28.28} {hours:>8.2f} h {amount:>12,.2f} {currency}")

        invoice = hv.invoices.create(
            client_id=client_id,
            payment_term="net 30",
            line_items_import=InvoiceLineItemsImport(
                project_ids=[row.required.project_id for row in projects],
                time=InvoiceTimeImport(summary_type="task", from_=first, to=last),
                expenses=InvoiceExpenseImport(summary_type="category", from_=first, to=last),
            ),
        )
        line_items = invoice.required.line_items
        print(f"Invoice {_shown(invoice.number)} ({invoice.state}), {len(line_items)} rows:")
        for item in line_items:
            print(
                f"  {_shown(item.description):<52.52} {item.quantity:>8} x {item.unit_price:>7} = {item.amount:>10,.2f}"
            )
        _check(invoice.amount == owed[client_id], f"invoice {invoice.amount} against uninvoiced {owed[client_id]}")
        _check(invoice.amount == sum(item.required.amount for item in line_items), "rows against the total")
        _check(invoice.currency == currency, f"invoice in {invoice.currency}, client in {currency}")
        print(f"  total {invoice.amount:,.2f} {invoice.currency}, due {invoice.due_date} ({invoice.payment_term})")

        recipient = InvoiceMessageRecipientInput(name="Accounts payable", email="ap@example.com")
        invoice_id = invoice.required.id
        hv.invoice_messages.create(invoice_id, recipients=[recipient], subject=f"Invoice {invoice.number}")
        sent = hv.invoices.get(invoice_id)
        _check(sent.state == "open" and sent.sent_at is not None, f"sent invoice is {sent.state}")
        print(f"Sent at {sent.sent_at:%Y-%m-%d %H:%M} UTC: {sent.state}, {sent.due_amount:,.2f} due")

        hv.invoice_payments.create(invoice_id, amount=sent.required.due_amount, paid_date=date.today())
        paid = hv.invoices.get(invoice_id)
        _check(paid.state == "paid" and paid.due_amount == 0, f"paid invoice is {paid.state}, {paid.due_amount} due")
        left = [r for r in hv.reports.uninvoiced(from_=first, to=last) if r.client_id == client_id]
        _check(all(r.uninvoiced_amount == 0 for r in left), "the client's month is still partly uninvoiced")
        print(f"Paid on {paid.paid_date}: {paid.state}; nothing of the month left to invoice for this client")


if __name__ == "__main__":
    main()
