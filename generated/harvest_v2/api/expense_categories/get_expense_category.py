"""GET /expense_categories/{expense_category_id}: Fetch one expense category."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.expense_category import ExpenseCategory

OPERATION = "get_expense_category"
METHOD = "GET"
PATH = "/expense_categories/{expense_category_id}"


def _request(
    expense_category_id: int,
) -> RequestSpec:
    """Build the GET /expense_categories/{expense_category_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/expense_categories/{quote(str(expense_category_id), safe='')}",
    )


RESPONSE_MODEL = ExpenseCategory
