"""reports: Aggregated time, expense, budget and uninvoiced figures.

Methods are rendered from the spec; each builds its request in the operation's
own module (imported on first call) and runs it through the client's
auth, pacing, retry and error handling.
"""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING

from ..._core._resource import AsyncPaginator, AsyncResource, Paginator, SyncResource
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.expense_reports_result import ExpenseReportsResult
    from ...models.expense_reports_results import ExpenseReportsResults
    from ...models.project_budget_report_result import ProjectBudgetReportResult
    from ...models.project_budget_report_results import ProjectBudgetReportResults
    from ...models.time_report_include_fixed_fee import TimeReportIncludeFixedFee
    from ...models.time_reports_result import TimeReportsResult
    from ...models.time_reports_results import TimeReportsResults
    from ...models.uninvoiced_report_result import UninvoicedReportResult
    from ...models.uninvoiced_report_results import UninvoicedReportResults


__all__ = ["AsyncReportsResource", "ReportsResource"]


class ReportsResource(SyncResource):
    """Aggregated time, expense, budget and uninvoiced figures."""

    def expense_categories(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[ExpenseReportsResult, ExpenseReportsResults]:
        """Expense totals per expense category and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .expense_report_categories import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(from_=from_, to=to, page=page, per_page=per_page), RESPONSE_MODEL, _items)

    def expense_clients(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[ExpenseReportsResult, ExpenseReportsResults]:
        """Expense totals per client and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .expense_report_clients import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(from_=from_, to=to, page=page, per_page=per_page), RESPONSE_MODEL, _items)

    def expense_projects(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[ExpenseReportsResult, ExpenseReportsResults]:
        """Expense totals per project and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .expense_report_projects import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(from_=from_, to=to, page=page, per_page=per_page), RESPONSE_MODEL, _items)

    def expense_team(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[ExpenseReportsResult, ExpenseReportsResults]:
        """Expense totals per user and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .expense_report_team import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(from_=from_, to=to, page=page, per_page=per_page), RESPONSE_MODEL, _items)

    def project_budget(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int = 2000,
        is_active: bool | Unset = UNSET,
    ) -> Paginator[ProjectBudgetReportResult, ProjectBudgetReportResults]:
        """Budget, spending and remainder of each budgeted project.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
            is_active: true keeps active records only, false archived ones only.
        """
        from .project_budget_report import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(page=page, per_page=per_page, is_active=is_active), RESPONSE_MODEL, _items)

    def time_clients(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        include_fixed_fee: TimeReportIncludeFixedFee | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[TimeReportsResult, TimeReportsResults]:
        """Hour totals per client and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            include_fixed_fee: "true" also computes billable amounts for fixed-fee projects.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .time_report_clients import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(from_=from_, to=to, include_fixed_fee=include_fixed_fee, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def time_projects(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        include_fixed_fee: TimeReportIncludeFixedFee | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[TimeReportsResult, TimeReportsResults]:
        """Hour totals per project and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            include_fixed_fee: "true" also computes billable amounts for fixed-fee projects.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .time_report_projects import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(from_=from_, to=to, include_fixed_fee=include_fixed_fee, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def time_tasks(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        include_fixed_fee: TimeReportIncludeFixedFee | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[TimeReportsResult, TimeReportsResults]:
        """Hour totals per task and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            include_fixed_fee: "true" also computes billable amounts for fixed-fee projects.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .time_report_tasks import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(from_=from_, to=to, include_fixed_fee=include_fixed_fee, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def time_team(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        include_fixed_fee: TimeReportIncludeFixedFee | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[TimeReportsResult, TimeReportsResults]:
        """Hour totals per user and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            include_fixed_fee: "true" also computes billable amounts for fixed-fee projects.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .time_report_team import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(from_=from_, to=to, include_fixed_fee=include_fixed_fee, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def uninvoiced(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        include_fixed_fee: bool = True,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[UninvoicedReportResult, UninvoicedReportResults]:
        """Uninvoiced hours and expenses of each billable project over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            include_fixed_fee: false leaves fixed-fee projects out of the report; they are included by default.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .uninvoiced_report import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(from_=from_, to=to, include_fixed_fee=include_fixed_fee, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )


class AsyncReportsResource(AsyncResource):
    """Aggregated time, expense, budget and uninvoiced figures. (asyncio)"""

    def expense_categories(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[ExpenseReportsResult, ExpenseReportsResults]:
        """Expense totals per expense category and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .expense_report_categories import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(from_=from_, to=to, page=page, per_page=per_page), RESPONSE_MODEL, _items)

    def expense_clients(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[ExpenseReportsResult, ExpenseReportsResults]:
        """Expense totals per client and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .expense_report_clients import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(from_=from_, to=to, page=page, per_page=per_page), RESPONSE_MODEL, _items)

    def expense_projects(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[ExpenseReportsResult, ExpenseReportsResults]:
        """Expense totals per project and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .expense_report_projects import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(from_=from_, to=to, page=page, per_page=per_page), RESPONSE_MODEL, _items)

    def expense_team(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[ExpenseReportsResult, ExpenseReportsResults]:
        """Expense totals per user and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .expense_report_team import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(from_=from_, to=to, page=page, per_page=per_page), RESPONSE_MODEL, _items)

    def project_budget(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int = 2000,
        is_active: bool | Unset = UNSET,
    ) -> AsyncPaginator[ProjectBudgetReportResult, ProjectBudgetReportResults]:
        """Budget, spending and remainder of each budgeted project.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
            is_active: true keeps active records only, false archived ones only.
        """
        from .project_budget_report import RESPONSE_MODEL, _items, _request

        return self._paginate(_request(page=page, per_page=per_page, is_active=is_active), RESPONSE_MODEL, _items)

    def time_clients(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        include_fixed_fee: TimeReportIncludeFixedFee | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[TimeReportsResult, TimeReportsResults]:
        """Hour totals per client and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            include_fixed_fee: "true" also computes billable amounts for fixed-fee projects.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .time_report_clients import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(from_=from_, to=to, include_fixed_fee=include_fixed_fee, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def time_projects(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        include_fixed_fee: TimeReportIncludeFixedFee | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[TimeReportsResult, TimeReportsResults]:
        """Hour totals per project and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            include_fixed_fee: "true" also computes billable amounts for fixed-fee projects.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .time_report_projects import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(from_=from_, to=to, include_fixed_fee=include_fixed_fee, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def time_tasks(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        include_fixed_fee: TimeReportIncludeFixedFee | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[TimeReportsResult, TimeReportsResults]:
        """Hour totals per task and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            include_fixed_fee: "true" also computes billable amounts for fixed-fee projects.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .time_report_tasks import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(from_=from_, to=to, include_fixed_fee=include_fixed_fee, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def time_team(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        include_fixed_fee: TimeReportIncludeFixedFee | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[TimeReportsResult, TimeReportsResults]:
        """Hour totals per user and currency over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            include_fixed_fee: "true" also computes billable amounts for fixed-fee projects.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .time_report_team import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(from_=from_, to=to, include_fixed_fee=include_fixed_fee, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )

    def uninvoiced(
        self,
        *,
        from_: datetime.date,
        to: datetime.date,
        include_fixed_fee: bool = True,
        page: int | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[UninvoicedReportResult, UninvoicedReportResults]:
        """Uninvoiced hours and expenses of each billable project over a date range.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            from_: First day of the reporting range, inclusive. The range may span at most one year.
            to: Last day of the reporting range, inclusive.
            include_fixed_fee: false leaves fixed-fee projects out of the report; they are included by default.
            page: Page number for page-numbered listings. Prefer following links.next.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .uninvoiced_report import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(from_=from_, to=to, include_fixed_fee=include_fixed_fee, page=page, per_page=per_page),
            RESPONSE_MODEL,
            _items,
        )
