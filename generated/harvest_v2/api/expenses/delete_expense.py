"""DELETE /expenses/{expense_id}: Delete an expense."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.expense import Expense

METHOD = "DELETE"
PATH = "/expenses/{expense_id}"


def _request(
    expense_id: int,
) -> RequestSpec:
    """Build the DELETE /expenses/{expense_id} request."""
    return RequestSpec(
        METHOD,
        f"/expenses/{quote(str(expense_id), safe='')}",
    )


def _parse(data: Any) -> Expense | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else Expense.from_dict(data)
