"""The client's retry, pacing, pagination and error rules against the fake's real 429s, faults and cursors."""

from __future__ import annotations

import asyncio
import datetime
from decimal import Decimal

import pytest
from harvest_v2 import AsyncHarvest, Harvest, RateLimitError, TransportError, UnexpectedResponseError
from harvest_v2.testing import FakeHarvest, RateLimits

from ..helpers import FakeClock, SleepRecorder
from .conftest import ExchangeLog, client_kwargs


def test_auto_pagination_reads_every_time_entry_once(fake: FakeHarvest, hv: Harvest) -> None:
    ids = [entry.id for entry in hv.time_entries.list(per_page=40)]
    assert ids == [record["id"] for record in fake.store.all("TimeEntry")]
    assert all(isinstance(entry.spent_date, datetime.date) for entry in hv.time_entries.list(per_page=100))


def test_auto_pagination_follows_cursors(fake: FakeHarvest, hv: Harvest) -> None:
    for number in range(12):
        hv.clients.create(name=f"Cursor client {number}")
    pages = list(hv.clients.list(per_page=5).pages())
    count = len(pages)
    assert count == -(-fake.store.count("Client") // 5)
    assert [page.page for page in pages] == [1] + [None] * (count - 2) + [count]
    assert pages[1].next_page is None  # the middle of a cursor listing has no page numbers
    names = [client.name for page in pages for client in page.required.clients]
    assert names == [record["name"] for record in fake.store.all("Client")]


def test_async_pagination_matches_sync(fake: FakeHarvest, hv: Harvest) -> None:
    async def collect() -> list[int]:
        async with AsyncHarvest(**client_kwargs(fake)) as client:
            return [entry.required.id async for entry in client.time_entries.list(per_page=64)]

    assert asyncio.run(collect()) == [entry.required.id for entry in hv.time_entries.list(per_page=64)]


@pytest.mark.parametrize(("status", "retry_after"), [(500, None), (502, None), (503, "1"), (429, "1")])
def test_get_is_retried_after_server_faults(fake: FakeHarvest, status: int, retry_after: str | None) -> None:
    waits: list[float] = []
    with Harvest(**client_kwargs(fake, sleep=waits.append)) as hv:
        fake.faults.fail_next(2, status=status, retry_after=retry_after)
        assert hv.users.get_current().first_name == "Ada"
    assert fake.status_counts[status] == 2
    assert len(waits) == 2
    if retry_after is not None:
        assert waits == [1.0, 1.0]


def test_429_without_retry_after_waits_for_the_window(fake: FakeHarvest) -> None:
    waits: list[float] = []
    with Harvest(**client_kwargs(fake, sleep=waits.append)) as hv:
        fake.faults.fail_next(1, status=429)
        hv.clients.create(name="After an empty 429")  # a 429 means not processed, so even POST is resent
    assert waits == [15.0]
    assert [c["name"] for c in fake.store.all("Client")].count("After an empty 429") == 1


def test_dropped_connection_is_retried_for_get_but_not_for_post(fake: FakeHarvest) -> None:
    waits: list[float] = []
    with Harvest(**client_kwargs(fake, sleep=waits.append)) as hv:
        fake.faults.drop_next(1)
        assert hv.users.get_current().id == fake.current_user_id
        fake.faults.drop_next(1)
        with pytest.raises(TransportError) as caught:
            hv.clients.create(name="Maybe created")
    assert len(waits) == 1
    assert caught.value.method == "POST"
    assert fake.access_token not in str(caught.value)


@pytest.mark.parametrize("fault", ["malformed_next", "non_json_next"])
def test_body_that_is_not_the_expected_json_is_a_clear_error(fake: FakeHarvest, hv: Harvest, fault: str) -> None:
    getattr(fake.faults, fault)(1)
    with pytest.raises(UnexpectedResponseError) as caught:
        hv.users.get_current()
    message = str(caught.value)
    assert "200" in message and "/users/me" in message
    assert ("application/json" in message) if fault == "malformed_next" else ("text/html" in message)


def test_retries_exhausted_raise_rate_limit_error_with_retry_after(fake: FakeHarvest) -> None:
    with Harvest(**client_kwargs(fake, sleep=lambda seconds: None, max_retries=2)) as hv:
        fake.faults.fail_next(3, status=429, retry_after="7")
        with pytest.raises(RateLimitError) as caught:
            hv.users.get_current()
    assert caught.value.retry_after == 7.0


def test_pacing_keeps_a_burst_under_the_fake_limit(exchange_log: ExchangeLog) -> None:
    # One clock for both sides, moved only by the client's sleeps: exact and instant.
    clock = FakeClock()
    sleep = SleepRecorder(clock)
    fake = FakeHarvest(rate_limits=RateLimits(clock=clock), on_exchange=exchange_log, account_id="2000002")
    with fake, Harvest(**client_kwargs(fake, throttle=True, clock=clock, sleep=sleep)) as hv:
        for _ in range(250):
            hv.users.get_current()
    assert fake.status_counts.get(429, 0) == 0
    assert fake.status_counts[200] == 250
    # 250 requests at 100 per 15 s (less the client's safety margin): the first 25 at once, the rest
    # 150 ms apart; the 101st and the 201st wait for the window, so the last goes out after two
    # windows and 49 gaps.
    assert 30.0 <= clock.now - 1000.0 <= 40.0


def test_without_pacing_the_fake_429s_are_absorbed_by_retries(exchange_log: ExchangeLog) -> None:
    clock = FakeClock()
    sleep = SleepRecorder(clock)
    fake = FakeHarvest(rate_limits=RateLimits(clock=clock), on_exchange=exchange_log, account_id="3000003")
    with fake, Harvest(**client_kwargs(fake, throttle=False, sleep=sleep)) as hv:
        names = [hv.users.get_current().first_name for _ in range(150)]
    assert names == ["Ada"] * 150
    assert fake.status_counts[429] == 1
    assert sleep.waits == [15.0]  # the fake's Retry-After
    assert fake.status_counts[200] == 150


def test_added_latency_past_the_timeout_is_a_transport_error(fake: FakeHarvest) -> None:
    fake.faults.latency = 0.5
    with Harvest(**client_kwargs(fake, timeout=0.1, max_retries=0)) as hv, pytest.raises(TransportError) as caught:
        hv.users.get_current()
    assert caught.value.method == "GET"
    fake.faults.latency = 0.0
    with Harvest(**client_kwargs(fake, timeout=5.0)) as hv:
        assert hv.users.get_current().id == fake.current_user_id


def test_invoice_totals_and_payments(fake: FakeHarvest, hv: Harvest) -> None:
    from harvest_v2.models import InvoiceLineItemCreate

    client_id = fake.store.all("Client")[0]["id"]
    invoice = hv.invoices.create(
        client_id=client_id,
        tax=10.0,
        discount=20.0,
        line_items=[
            InvoiceLineItemCreate(kind="Service", quantity=Decimal(3), unit_price=Decimal("100.00"), taxed=True),
            InvoiceLineItemCreate(kind="Product", quantity=Decimal(1), unit_price=Decimal("50.00")),
        ],
    )
    # 350 before discount; 20 % off is 70; 10 % tax on the discounted taxed row (240) is 24.
    assert [item.amount for item in invoice.required.line_items] == [Decimal(300), Decimal(50)]
    assert (invoice.discount_amount, invoice.tax_amount, invoice.amount) == (Decimal(70), Decimal(24), Decimal(304))
    invoice_id = invoice.required.id
    hv.invoice_payments.create(invoice_id, amount=104.0)
    assert hv.invoices.get(invoice_id).due_amount == Decimal(200)
    hv.invoice_payments.create(invoice_id, amount=200.0)
    settled = hv.invoices.get(invoice_id)
    assert (settled.due_amount, settled.state, settled.paid_date is not None) == (Decimal(0), "paid", True)
