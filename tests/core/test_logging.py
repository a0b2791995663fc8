"""Logging rule: a debug line per request and a warning per retry, on logger harvest_v2."""

from __future__ import annotations

import logging

import httpx
import pytest

from tests.helpers import Clients, client_json, json_response


def test_debug_line_per_request_and_warning_per_retry(clients: Clients, caplog: pytest.LogCaptureFixture) -> None:
    answers = [httpx.Response(429, headers={"Retry-After": "2"}), json_response(200, client_json(5))]
    hv, _ = clients.make(lambda request: answers.pop(0))
    caplog.set_level(logging.DEBUG, logger="harvest_v2")
    clients.run(hv, lambda hv: hv.clients.get(5))
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(debug) == 2
    assert debug[0].startswith("GET /v2/clients/5 -> 429 in ") and debug[0].endswith("(attempt 1)")
    assert debug[1].startswith("GET /v2/clients/5 -> 200 in ") and debug[1].endswith("(attempt 2)")
    assert warnings == ["GET /v2/clients/5: rate limited (429); retrying in 2.00 s (retry 1 of 5)"]
    assert all(r.name == "harvest_v2" for r in caplog.records)
