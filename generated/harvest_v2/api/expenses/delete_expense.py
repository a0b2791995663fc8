"""DELETE /expenses/{expense_id}: Delete an expense."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.expense import Expense

OPERATION = "delete_expense"
METHOD = "DELETE"
PATH = "/expenses/{expense_id}"


def _request(
    expense_id: int,
) -> RequestSpec:
    """Build the DELETE /expenses/{expense_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/expenses/{quote(str(expense_id), safe='')}",
    )


RESPONSE_MODEL = Expense
