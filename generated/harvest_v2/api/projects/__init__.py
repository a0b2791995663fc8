"""projects: Projects time and expenses belong to.

Methods are rendered from the spec; each builds its request in the operation's
own module (imported on first call) and runs it through the client's
auth, pacing, retry and error handling.
"""

from __future__ import annotations

import builtins
import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from ..._core._resource import AsyncPaginator, AsyncResource, Paginator, SyncResource
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.project import Project
    from ...models.project_bill_by import ProjectBillBy
    from ...models.project_budget_by import ProjectBudgetBy
    from ...models.projects import Projects


__all__ = ["AsyncProjectsResource", "ProjectsResource"]


class ProjectsResource(SyncResource):
    """Projects time and expenses belong to."""

    def create(
        self,
        *,
        client_id: int,
        name: str,
        is_billable: bool,
        bill_by: ProjectBillBy | str,
        budget_by: ProjectBudgetBy | str,
        code: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_fixed_fee: bool | Unset = UNSET,
        hourly_rate: Decimal | float | Unset = UNSET,
        budget: Decimal | float | Unset = UNSET,
        budget_is_monthly: bool | Unset = UNSET,
        notify_when_over_budget: bool | Unset = UNSET,
        over_budget_notification_percentage: Decimal | float | Unset = UNSET,
        show_budget_to_all: bool | Unset = UNSET,
        cost_budget: Decimal | float | Unset = UNSET,
        cost_budget_include_expenses: bool | Unset = UNSET,
        fee: Decimal | float | Unset = UNSET,
        notes: str | Unset = UNSET,
        starts_on: datetime.date | Unset = UNSET,
        ends_on: datetime.date | Unset = UNSET,
    ) -> Project:
        """Create a project for a client.

        Args:
            bill_by: How a project's time is priced on invoices; none means it is not invoiced by the hour.
            budget_by: What a project's budget counts: hours for the whole project (project), fees for the
                whole project (project_cost), hours per task (task), fees per task (task_fees), hours
                per person (person), or no budget at all (none).
            is_active: Defaults to true.
            budget: Hours.
            budget_is_monthly: Defaults to false.
            notify_when_over_budget: Defaults to false.
            over_budget_notification_percentage: In percent; 10.0 means 10%.
            show_budget_to_all: Defaults to false.
            cost_budget: Money.
            cost_budget_include_expenses: Defaults to false.
        """
        from .create_project import RESPONSE_MODEL, _request

        return self._call(
            _request(
                client_id=client_id,
                name=name,
                is_billable=is_billable,
                bill_by=bill_by,
                budget_by=budget_by,
                code=code,
                is_active=is_active,
                is_fixed_fee=is_fixed_fee,
                hourly_rate=hourly_rate,
                budget=budget,
                budget_is_monthly=budget_is_monthly,
                notify_when_over_budget=notify_when_over_budget,
                over_budget_notification_percentage=over_budget_notification_percentage,
                show_budget_to_all=show_budget_to_all,
                cost_budget=cost_budget,
                cost_budget_include_expenses=cost_budget_include_expenses,
                fee=fee,
                notes=notes,
                starts_on=starts_on,
                ends_on=ends_on,
            ),
            RESPONSE_MODEL,
        )

    def delete(
        self,
        project_id: int,
    ) -> Project | None:
        """Delete a project together with its tracked time and expenses (archive it to keep them)."""
        from .delete_project import RESPONSE_MODEL, _request

        return self._call(_request(project_id), RESPONSE_MODEL)

    def get(
        self,
        project_id: int,
    ) -> Project:
        """Fetch one project."""
        from .get_project import RESPONSE_MODEL, _request

        return self._call(_request(project_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        client_id: int | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> Paginator[Project, Projects]:
        """List projects, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            is_active: true keeps active records only, false archived ones only.
            client_id: Keep only records of this client.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_projects import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                is_active=is_active,
                client_id=client_id,
                updated_since=updated_since,
                page=page,
                cursor=cursor,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    def update(
        self,
        project_id: int,
        *,
        client_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        code: str | Unset | None = UNSET,
        is_active: bool | Unset = UNSET,
        is_billable: bool | Unset = UNSET,
        is_fixed_fee: bool | Unset = UNSET,
        bill_by: ProjectBillBy | str | Unset = UNSET,
        hourly_rate: Decimal | float | Unset | None = UNSET,
        budget: Decimal | float | Unset | None = UNSET,
        budget_by: ProjectBudgetBy | str | Unset = UNSET,
        budget_is_monthly: bool | Unset = UNSET,
        notify_when_over_budget: bool | Unset = UNSET,
        over_budget_notification_percentage: Decimal | float | Unset = UNSET,
        show_budget_to_all: bool | Unset = UNSET,
        cost_budget: Decimal | float | Unset | None = UNSET,
        cost_budget_include_expenses: bool | Unset = UNSET,
        fee: Decimal | float | Unset | None = UNSET,
        notes: str | Unset | None = UNSET,
        starts_on: datetime.date | Unset | None = UNSET,
        ends_on: datetime.date | Unset | None = UNSET,
    ) -> Project:
        """Change some fields of a project.

        Args:
            bill_by: How a project's time is priced on invoices; none means it is not invoiced by the hour.
            budget_by: What a project's budget counts: hours for the whole project (project), fees for the
                whole project (project_cost), hours per task (task), fees per task (task_fees), hours
                per person (person), or no budget at all (none).
        """
        from .update_project import RESPONSE_MODEL, _request

        return self._call(
            _request(
                project_id,
                client_id=client_id,
                name=name,
                code=code,
                is_active=is_active,
                is_billable=is_billable,
                is_fixed_fee=is_fixed_fee,
                bill_by=bill_by,
                hourly_rate=hourly_rate,
                budget=budget,
                budget_by=budget_by,
                budget_is_monthly=budget_is_monthly,
                notify_when_over_budget=notify_when_over_budget,
                over_budget_notification_percentage=over_budget_notification_percentage,
                show_budget_to_all=show_budget_to_all,
                cost_budget=cost_budget,
                cost_budget_include_expenses=cost_budget_include_expenses,
                fee=fee,
                notes=notes,
                starts_on=starts_on,
                ends_on=ends_on,
            ),
            RESPONSE_MODEL,
        )


class AsyncProjectsResource(AsyncResource):
    """Projects time and expenses belong to. (asyncio)"""

    async def create(
        self,
        *,
        client_id: int,
        name: str,
        is_billable: bool,
        bill_by: ProjectBillBy | str,
        budget_by: ProjectBudgetBy | str,
        code: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_fixed_fee: bool | Unset = UNSET,
        hourly_rate: Decimal | float | Unset = UNSET,
        budget: Decimal | float | Unset = UNSET,
        budget_is_monthly: bool | Unset = UNSET,
        notify_when_over_budget: bool | Unset = UNSET,
        over_budget_notification_percentage: Decimal | float | Unset = UNSET,
        show_budget_to_all: bool | Unset = UNSET,
        cost_budget: Decimal | float | Unset = UNSET,
        cost_budget_include_expenses: bool | Unset = UNSET,
        fee: Decimal | float | Unset = UNSET,
        notes: str | Unset = UNSET,
        starts_on: datetime.date | Unset = UNSET,
        ends_on: datetime.date | Unset = UNSET,
    ) -> Project:
        """Create a project for a client.

        Args:
            bill_by: How a project's time is priced on invoices; none means it is not invoiced by the hour.
            budget_by: What a project's budget counts: hours for the whole project (project), fees for the
                whole project (project_cost), hours per task (task), fees per task (task_fees), hours
                per person (person), or no budget at all (none).
            is_active: Defaults to true.
            budget: Hours.
            budget_is_monthly: Defaults to false.
            notify_when_over_budget: Defaults to false.
            over_budget_notification_percentage: In percent; 10.0 means 10%.
            show_budget_to_all: Defaults to false.
            cost_budget: Money.
            cost_budget_include_expenses: Defaults to false.
        """
        from .create_project import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                client_id=client_id,
                name=name,
                is_billable=is_billable,
                bill_by=bill_by,
                budget_by=budget_by,
                code=code,
                is_active=is_active,
                is_fixed_fee=is_fixed_fee,
                hourly_rate=hourly_rate,
                budget=budget,
                budget_is_monthly=budget_is_monthly,
                notify_when_over_budget=notify_when_over_budget,
                over_budget_notification_percentage=over_budget_notification_percentage,
                show_budget_to_all=show_budget_to_all,
                cost_budget=cost_budget,
                cost_budget_include_expenses=cost_budget_include_expenses,
                fee=fee,
                notes=notes,
                starts_on=starts_on,
                ends_on=ends_on,
            ),
            RESPONSE_MODEL,
        )

    async def delete(
        self,
        project_id: int,
    ) -> Project | None:
        """Delete a project together with its tracked time and expenses (archive it to keep them)."""
        from .delete_project import RESPONSE_MODEL, _request

        return await self._call(_request(project_id), RESPONSE_MODEL)

    async def get(
        self,
        project_id: int,
    ) -> Project:
        """Fetch one project."""
        from .get_project import RESPONSE_MODEL, _request

        return await self._call(_request(project_id), RESPONSE_MODEL)

    def list(
        self,
        *,
        is_active: bool | Unset = UNSET,
        client_id: int | Unset = UNSET,
        updated_since: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        per_page: int = 2000,
    ) -> AsyncPaginator[Project, Projects]:
        """List projects, newest first.

        Iterates over every record across all pages, one page in memory at a
        time; ``.pages()`` yields the page envelopes instead.

        Args:
            is_active: true keeps active records only, false archived ones only.
            client_id: Keep only records of this client.
            updated_since: Keep only records changed at or after this instant (full ISO 8601 date-time).
            page: Page number for page-numbered listings. Prefer following links.next.
            cursor: Opaque position for cursor listings, taken from links.next. Wins over page when both are
                sent.
            per_page: Records per page, between 1 and 2000; the API defaults to the maximum.
        """
        from .list_projects import RESPONSE_MODEL, _items, _request

        return self._paginate(
            _request(
                is_active=is_active,
                client_id=client_id,
                updated_since=updated_since,
                page=page,
                cursor=cursor,
                per_page=per_page,
            ),
            RESPONSE_MODEL,
            _items,
        )

    async def update(
        self,
        project_id: int,
        *,
        client_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        code: str | Unset | None = UNSET,
        is_active: bool | Unset = UNSET,
        is_billable: bool | Unset = UNSET,
        is_fixed_fee: bool | Unset = UNSET,
        bill_by: ProjectBillBy | str | Unset = UNSET,
        hourly_rate: Decimal | float | Unset | None = UNSET,
        budget: Decimal | float | Unset | None = UNSET,
        budget_by: ProjectBudgetBy | str | Unset = UNSET,
        budget_is_monthly: bool | Unset = UNSET,
        notify_when_over_budget: bool | Unset = UNSET,
        over_budget_notification_percentage: Decimal | float | Unset = UNSET,
        show_budget_to_all: bool | Unset = UNSET,
        cost_budget: Decimal | float | Unset | None = UNSET,
        cost_budget_include_expenses: bool | Unset = UNSET,
        fee: Decimal | float | Unset | None = UNSET,
        notes: str | Unset | None = UNSET,
        starts_on: datetime.date | Unset | None = UNSET,
        ends_on: datetime.date | Unset | None = UNSET,
    ) -> Project:
        """Change some fields of a project.

        Args:
            bill_by: How a project's time is priced on invoices; none means it is not invoiced by the hour.
            budget_by: What a project's budget counts: hours for the whole project (project), fees for the
                whole project (project_cost), hours per task (task), fees per task (task_fees), hours
                per person (person), or no budget at all (none).
        """
        from .update_project import RESPONSE_MODEL, _request

        return await self._call(
            _request(
                project_id,
                client_id=client_id,
                name=name,
                code=code,
                is_active=is_active,
                is_billable=is_billable,
                is_fixed_fee=is_fixed_fee,
                bill_by=bill_by,
                hourly_rate=hourly_rate,
                budget=budget,
                budget_by=budget_by,
                budget_is_monthly=budget_is_monthly,
                notify_when_over_budget=notify_when_over_budget,
                over_budget_notification_percentage=over_budget_notification_percentage,
                show_budget_to_all=show_budget_to_all,
                cost_budget=cost_budget,
                cost_budget_include_expenses=cost_budget_include_expenses,
                fee=fee,
                notes=notes,
                starts_on=starts_on,
                ends_on=ends_on,
            ),
            RESPONSE_MODEL,
        )
