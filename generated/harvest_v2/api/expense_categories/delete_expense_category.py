"""DELETE /expense_categories/{expense_category_id}: Delete an expense category."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.expense_category import ExpenseCategory

METHOD = "DELETE"
PATH = "/expense_categories/{expense_category_id}"


def _request(
    expense_category_id: int,
) -> RequestSpec:
    """Build the DELETE /expense_categories/{expense_category_id} request."""
    return RequestSpec(
        METHOD,
        f"/expense_categories/{quote(str(expense_category_id), safe='')}",
    )


def _parse(data: Any) -> ExpenseCategory | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else ExpenseCategory.from_dict(data)
