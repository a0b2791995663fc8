"""What the listing guarantee costs: time and requests when nothing changes, requests when the list churns.

Figure 13: a page-numbered listing of time entries (overlapping reads, each checked against the
records kept from the last ones) against the same reads (page and per_page) fetched one by one with
`first_page()`, which keeps nothing, on one MockTransport: the bookkeeping's cost. Figure 13b: the requests the
overlap adds to an unchanged list of 200,000 entries by 2000. Figure 14: a FakeHarvest listing
while its churn fault creates one entry and deletes three before every third request; the extra
requests are the reads back that kept it complete, and the row says whether it was (every lasting
entry once, nothing twice).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from benchmarks._data import BASE, time_entry
from benchmarks._measure import interleaved

_PER_PAGE = 2000


class _List:
    """An unchanged list of time entries answering any page and per_page (bodies cached once encoded)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.requests = 0
        self.asked: list[tuple[int, int]] = []
        self._bodies: dict[tuple[int, int], bytes] = {}

    def body(self, page: int, per_page: int) -> bytes:
        cached = self._bodies.get((page, per_page))
        if cached is not None:
            return cached
        start = (page - 1) * per_page
        more = start + per_page < self.total
        pages = -(-self.total // per_page)
        body = {
            "time_entries": [self._entry(self.total - i) for i in range(start, min(start + per_page, self.total))],
            "per_page": per_page,
            "total_pages": pages,
            "total_entries": self.total,
            "next_page": page + 1 if more else None,
            "previous_page": page - 1 if page > 1 else None,
            "page": page,
            "links": {
                "first": f"{BASE}/time_entries?page=1&per_page={per_page}",
                "next": f"{BASE}/time_entries?page={page + 1}&per_page={per_page}" if more else None,
                "previous": None,
                "last": f"{BASE}/time_entries?page={pages}&per_page={per_page}",
            },
        }
        encoded = json.dumps(body).encode()
        if self.total <= 20 * _PER_PAGE:  # small enough to keep every body: timed runs then encode nothing
            self._bodies[(page, per_page)] = encoded
        return encoded

    @staticmethod
    def _entry(number: int) -> dict[str, Any]:
        """Entry `number`, dated so the list is in Harvest's order: latest spent_date first, ties newest first."""
        return {**time_entry(number), "spent_date": (date(2010, 1, 1) + timedelta(days=number // 50)).isoformat()}

    def handler(self) -> Callable[[Any], Any]:
        import httpx

        def answer(request: httpx.Request) -> httpx.Response:
            self.requests += 1
            page = int(request.url.params.get("page", "1"))
            per_page = int(request.url.params.get("per_page", str(_PER_PAGE)))
            self.asked.append((page, per_page))
            return httpx.Response(200, content=self.body(page, per_page), headers={"Content-Type": "application/json"})

        return answer


def _client(listing: _List) -> Any:
    import httpx
    from harvest_v2 import Harvest

    return Harvest(
        "t",
        "1",
        "Bench (bench@example.com)",
        base_url=BASE,
        throttle=False,
        transport=httpx.MockTransport(listing.handler()),
    )


def overhead(quick: bool) -> tuple[str, str, str, float, str, bool | None]:
    count = 3 if quick else 10
    listing = _List(count * _PER_PAGE)

    with _client(listing) as hv:

        def ours() -> None:
            for _ in hv.time_entries.list(per_page=_PER_PAGE):
                pass

        ours()
        # The same requests (page and per_page) as the listing makes, each fetched alone: what is left
        # is the bookkeeping. The requests the overlap adds are figure 13b.
        reads = list(listing.asked)

        def baseline() -> None:
            for page, per_page in reads:
                for _ in hv.time_entries.list(page=page, per_page=per_page).first_page().required.time_entries:
                    pass

        baseline()
        best_ours, best_base = interleaved(ours, baseline, 2 if quick else 12)
    ratio = best_ours / best_base
    return (
        f"13. {count} pages of 2000 listed, guarantee kept (MockTransport)",
        f"{best_ours * 1000:.0f} ms",
        f"its {len(reads)} reads alone, nothing kept {best_base * 1000:.0f} ms",
        ratio,
        "<= 1.10x",
        None if quick else ratio <= 1.10,
    )


def overlap_requests(quick: bool) -> tuple[str, str, str, float, str, bool | None]:
    """The requests an unchanged listing makes against its pages: what the overlapping reads cost."""
    entries = 20_000 if quick else 200_000
    listing = _List(entries)
    with _client(listing) as hv:
        listed = sum(1 for _ in hv.time_entries.list(per_page=_PER_PAGE))
    pages = -(-entries // _PER_PAGE)
    ratio = listing.requests / pages
    return (
        f"13b. {entries:,} entries by 2000, unchanged: requests",
        f"{listing.requests} requests, {listed:,} entries",
        f"{pages} pages",
        ratio,
        "<= 1.05x",
        listed == entries and ratio <= 1.05,
    )


def churn(quick: bool) -> tuple[str, str, str, float, str, bool | None]:
    from harvest_v2 import Harvest
    from harvest_v2.testing import FakeHarvest, RateLimits

    entries, per_page = (2_000, 100) if quick else (20_000, 1000)
    requests = 0

    def count(exchange: Any) -> None:
        nonlocal requests
        requests += 1

    with FakeHarvest(seed=f"bulk:{entries}", rate_limits=RateLimits(enabled=False), on_exchange=count) as fake:
        before = {record["id"] for record in fake.store.all("TimeEntry")}
        churned = fake.faults.churn(creates=1, deletes=3, every=3, times=10**6, seed=2026)
        with Harvest(**{**fake.client_kwargs(), "throttle": False}) as hv:
            listed = [entry.id for entry in hv.time_entries.list(per_page=per_page)]
    pages = -(-entries // per_page)
    complete = len(listed) == len(set(listed)) and (before - set(churned.deleted)) <= set(listed)
    return (
        f"14. {entries:,} entries by {per_page}, churn before every third request",
        f"{requests} requests, {'complete' if complete else 'INCOMPLETE'}",
        f"{pages} pages",
        requests / pages,
        "complete, reported",
        complete,
    )
