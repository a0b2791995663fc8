"""DELETE /expense_categories/{expense_category_id}: Delete an expense category."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.expense_category import ExpenseCategory

OPERATION = "delete_expense_category"
METHOD = "DELETE"
PATH = "/expense_categories/{expense_category_id}"


def _request(
    expense_category_id: int,
) -> RequestSpec:
    """Build the DELETE /expense_categories/{expense_category_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/expense_categories/{quote(str(expense_category_id), safe='')}",
    )


RESPONSE_MODEL = ExpenseCategory
