"""Types in every install: mypy run on a user's script from outside the repo sees our mistakes-catching types.

The script lives in a temporary directory with no mypy configuration, so mypy finds harvest_v2
as a user's project would: through the installed package (here the editable install, whose two
halves are separate directories on sys.path, each needing its own py.typed).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from harvest_v2 import Harvest
from harvest_v2.models.invoice_payment_term import InvoicePaymentTerm

from tests.helpers import ACCOUNT, AGENT, TOKEN

_SCRIPT = textwrap.dedent(
    """
    import datetime
    from typing import cast

    from harvest_v2 import Harvest, RawResponse
    from harvest_v2.models import Client, InvoicePaymentTerm

    hv = Harvest("token", "1", "Typing check (ops@example.com)")
    hv.time_entries.lisst()
    hv.invoices.create(client_id=1, payment_term="net30")
    hv.invoices.create(client_id=1, payment_term="net 30")
    hv.invoices.create(client_id=1, payment_term=cast(InvoicePaymentTerm, "net 75"))
    raw: RawResponse[Client] = hv.with_raw_response.clients.get(1)
    client: Client = raw.parse()
    hv.clients.get(1, timeout="slow")
    hv.clients.get(1, extra_headers={"X-Trace": 1})
    reveal_type(hv.with_options(timeout=5).time_entries.list(from_=datetime.date(2025, 1, 1)))
    from harvest_v2 import UNSET
    from harvest_v2.models import InvoiceMessageRecipientInput
    entry = hv.time_entries.get(1)
    doubled = entry.hours * 2
    locked: bool = entry.is_locked
    narrowed = entry.required.hours * 2
    locked_now: bool = entry.required.is_locked
    reveal_type(entry.required.invoice)
    rounded = entry.rounded_hours * 2 if entry.rounded_hours is not UNSET else None
    email: str = InvoiceMessageRecipientInput(email="ap@example.com").email
    """
)


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("user_project")
    (folder / "user.py").write_text(_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "user.py"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return result.stdout + result.stderr


def _line(output: str, number: int) -> str:
    return "\n".join(line for line in output.splitlines() if line.startswith(f"user.py:{number}:"))


def test_a_typo_in_a_method_name_is_caught(mypy_output: str) -> None:
    assert 'has no attribute "lisst"' in _line(mypy_output, 9), mypy_output


def test_an_enum_argument_is_the_closed_literal(mypy_output: str) -> None:
    assert "incompatible type" in _line(mypy_output, 10), mypy_output
    assert _line(mypy_output, 11) == ""  # one of the spec's values
    assert _line(mypy_output, 12) == ""  # a newer value, said on purpose


def test_raw_responses_and_options_are_typed(mypy_output: str) -> None:
    assert _line(mypy_output, 13) == "" and _line(mypy_output, 14) == "", mypy_output
    assert "incompatible type" in _line(mypy_output, 15), mypy_output
    assert "incompatible type" in _line(mypy_output, 16), mypy_output
    assert "Paginator[harvest_v2.models.time_entry.TimeEntry" in _line(mypy_output, 17), mypy_output


def test_an_attribute_that_may_be_unset_must_be_narrowed(mypy_output: str) -> None:
    # Tolerant parsing leaves a drifted attribute UNSET, so its annotation says so and arithmetic on it is an error.
    assert 'Unsupported operand types for * ("UnsetType" and "int")' in _line(mypy_output, 21), mypy_output
    assert "Incompatible types in assignment" in _line(mypy_output, 22), mypy_output
    assert "bool | UnsetType" in _line(mypy_output, 22), mypy_output


def test_the_narrowed_forms_type_check(mypy_output: str) -> None:
    assert _line(mypy_output, 23) == "" and _line(mypy_output, 24) == "", mypy_output  # .required
    assert 'Revealed type is "harvest_v2.models.invoice_reference.InvoiceReference | None"' in _line(mypy_output, 25), (
        mypy_output
    )  # nullable stays None
    assert _line(mypy_output, 26) == "", mypy_output  # narrowed by hand
    assert _line(mypy_output, 27) == "", mypy_output  # a request model's required argument stays its bare type


def test_a_newer_enum_value_still_goes_out_at_run_time() -> None:
    import json

    import httpx

    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.read())
        return httpx.Response(422, json={"message": "no"})

    hv = Harvest(TOKEN, ACCOUNT, AGENT, throttle=False, transport=httpx.MockTransport(handler), max_retries=0)
    newer: InvoicePaymentTerm = "net 75"  # type: ignore[assignment]
    with pytest.raises(Exception, match="no"):
        hv.invoices.create(client_id=1, payment_term=newer)
    assert json.loads(sent[0])["payment_term"] == "net 75"
    hv.close()
