"""What the listing guarantee costs: time when nothing changes, requests when the list churns.

Figure 10: a page-numbered listing of time entries (every page settled against the ids just behind
the cursor) against the same pages fetched one by one with `first_page()`, which keeps nothing, on one
MockTransport. Figure 11: a FakeHarvest listing while its churn fault creates one entry and
deletes three before every third request; the extra requests are the re-reads that kept it complete,
and the row says whether it was (every lasting entry once, nothing twice).
"""

from __future__ import annotations

import json
from typing import Any

from benchmarks._data import BASE, time_entry
from benchmarks._measure import interleaved

_PER_PAGE = 2000


def _pages(count: int) -> dict[int, bytes]:
    """`count` pages of 2000 distinct time entries, newest (highest id) first, as Harvest numbers pages."""
    total = count * _PER_PAGE
    bodies = {}
    for page in range(1, count + 1):
        first = total - (page - 1) * _PER_PAGE
        link = f"{BASE}/time_entries?page={page + 1}&per_page={_PER_PAGE}" if page < count else None
        body = {
            "time_entries": [time_entry(first - i) for i in range(_PER_PAGE)],
            "per_page": _PER_PAGE,
            "total_pages": count,
            "total_entries": total,
            "next_page": page + 1 if page < count else None,
            "previous_page": page - 1 if page > 1 else None,
            "page": page,
            "links": {
                "first": f"{BASE}/time_entries?page=1&per_page={_PER_PAGE}",
                "next": link,
                "previous": None,
                "last": f"{BASE}/time_entries?page={count}&per_page={_PER_PAGE}",
            },
        }
        bodies[page] = json.dumps(body).encode()
    return bodies


def overhead(quick: bool) -> tuple[str, str, str, float, str, bool | None]:
    import httpx
    from harvest_v2 import Harvest

    count = 3 if quick else 10
    bodies = _pages(count)

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        return httpx.Response(200, content=bodies[page], headers={"Content-Type": "application/json"})

    with Harvest(
        "t", "1", "Bench (bench@example.com)", base_url=BASE, throttle=False, transport=httpx.MockTransport(answer)
    ) as hv:

        def ours() -> None:
            for _ in hv.time_entries.list(per_page=_PER_PAGE):
                pass

        def baseline() -> None:
            for page in range(1, count + 1):
                for _ in hv.time_entries.list(page=page, per_page=_PER_PAGE).first_page().required.time_entries:
                    pass

        ours()
        baseline()
        best_ours, best_base = interleaved(ours, baseline, 2 if quick else 12)
    ratio = best_ours / best_base
    return (
        f"13. {count} pages of 2000 listed, guarantee kept (MockTransport)",
        f"{best_ours * 1000:.0f} ms",
        f"each page alone, nothing kept {best_base * 1000:.0f} ms",
        ratio,
        "<= 1.10x",
        None if quick else ratio <= 1.10,
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
