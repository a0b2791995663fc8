"""Harvest and AsyncHarvest: the core client plus one attribute per resource (spec tag)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._core._client import AsyncHarvestClient, HarvestClient

if TYPE_CHECKING:
    from .api.billable_rates import AsyncBillableRatesResource, BillableRatesResource
    from .api.clients import AsyncClientsResource, ClientsResource
    from .api.company import AsyncCompanyResource, CompanyResource
    from .api.contacts import AsyncContactsResource, ContactsResource
    from .api.cost_rates import AsyncCostRatesResource, CostRatesResource
    from .api.estimate_item_categories import AsyncEstimateItemCategoriesResource, EstimateItemCategoriesResource
    from .api.estimate_messages import AsyncEstimateMessagesResource, EstimateMessagesResource
    from .api.estimates import AsyncEstimatesResource, EstimatesResource
    from .api.expense_categories import AsyncExpenseCategoriesResource, ExpenseCategoriesResource
    from .api.expenses import AsyncExpensesResource, ExpensesResource
    from .api.invoice_item_categories import AsyncInvoiceItemCategoriesResource, InvoiceItemCategoriesResource
    from .api.invoice_messages import AsyncInvoiceMessagesResource, InvoiceMessagesResource
    from .api.invoice_payments import AsyncInvoicePaymentsResource, InvoicePaymentsResource
    from .api.invoices import AsyncInvoicesResource, InvoicesResource
    from .api.project_assignments import AsyncProjectAssignmentsResource, ProjectAssignmentsResource
    from .api.projects import AsyncProjectsResource, ProjectsResource
    from .api.reports import AsyncReportsResource, ReportsResource
    from .api.roles import AsyncRolesResource, RolesResource
    from .api.task_assignments import AsyncTaskAssignmentsResource, TaskAssignmentsResource
    from .api.tasks import AsyncTasksResource, TasksResource
    from .api.teammates import AsyncTeammatesResource, TeammatesResource
    from .api.time_entries import AsyncTimeEntriesResource, TimeEntriesResource
    from .api.user_assignments import AsyncUserAssignmentsResource, UserAssignmentsResource
    from .api.users import AsyncUsersResource, UsersResource

RESOURCES: tuple[str, ...] = (
    "billable_rates",
    "clients",
    "company",
    "contacts",
    "cost_rates",
    "estimate_item_categories",
    "estimate_messages",
    "estimates",
    "expense_categories",
    "expenses",
    "invoice_item_categories",
    "invoice_messages",
    "invoice_payments",
    "invoices",
    "project_assignments",
    "projects",
    "reports",
    "roles",
    "task_assignments",
    "tasks",
    "teammates",
    "time_entries",
    "user_assignments",
    "users",
)
"""Names of the resource attributes, one per tag of the spec."""


class Harvest(HarvestClient):
    """Synchronous Harvest API v2 client.

    Resources are attributes (``hv.time_entries``, ``hv.clients``...), loaded
    on first use. See HarvestClient for the constructor keywords.
    """

    @cached_property
    def billable_rates(self) -> BillableRatesResource:
        """A user's billable rate history."""
        from .api.billable_rates import BillableRatesResource

        return BillableRatesResource(self)

    @cached_property
    def clients(self) -> ClientsResource:
        """Customers you bill."""
        from .api.clients import ClientsResource

        return ClientsResource(self)

    @cached_property
    def company(self) -> CompanyResource:
        """The account the token acts on."""
        from .api.company import CompanyResource

        return CompanyResource(self)

    @cached_property
    def contacts(self) -> ContactsResource:
        """People at your clients."""
        from .api.contacts import ContactsResource

        return ContactsResource(self)

    @cached_property
    def cost_rates(self) -> CostRatesResource:
        """A user's cost rate history."""
        from .api.cost_rates import CostRatesResource

        return CostRatesResource(self)

    @cached_property
    def estimate_item_categories(self) -> EstimateItemCategoriesResource:
        """Kinds of estimate line items."""
        from .api.estimate_item_categories import EstimateItemCategoriesResource

        return EstimateItemCategoriesResource(self)

    @cached_property
    def estimate_messages(self) -> EstimateMessagesResource:
        """Emails and state events of an estimate."""
        from .api.estimate_messages import EstimateMessagesResource

        return EstimateMessagesResource(self)

    @cached_property
    def estimates(self) -> EstimatesResource:
        """Estimates sent to clients."""
        from .api.estimates import EstimatesResource

        return EstimatesResource(self)

    @cached_property
    def expense_categories(self) -> ExpenseCategoriesResource:
        """Kinds of expenses."""
        from .api.expense_categories import ExpenseCategoriesResource

        return ExpenseCategoriesResource(self)

    @cached_property
    def expenses(self) -> ExpensesResource:
        """Expenses tracked against projects."""
        from .api.expenses import ExpensesResource

        return ExpensesResource(self)

    @cached_property
    def invoice_item_categories(self) -> InvoiceItemCategoriesResource:
        """Kinds of invoice line items."""
        from .api.invoice_item_categories import InvoiceItemCategoriesResource

        return InvoiceItemCategoriesResource(self)

    @cached_property
    def invoice_messages(self) -> InvoiceMessagesResource:
        """Emails and state events of an invoice."""
        from .api.invoice_messages import InvoiceMessagesResource

        return InvoiceMessagesResource(self)

    @cached_property
    def invoice_payments(self) -> InvoicePaymentsResource:
        """Payments recorded against an invoice."""
        from .api.invoice_payments import InvoicePaymentsResource

        return InvoicePaymentsResource(self)

    @cached_property
    def invoices(self) -> InvoicesResource:
        """Invoices sent to clients."""
        from .api.invoices import InvoicesResource

        return InvoicesResource(self)

    @cached_property
    def project_assignments(self) -> ProjectAssignmentsResource:
        """Projects a user is a member of."""
        from .api.project_assignments import ProjectAssignmentsResource

        return ProjectAssignmentsResource(self)

    @cached_property
    def projects(self) -> ProjectsResource:
        """Projects time and expenses belong to."""
        from .api.projects import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def reports(self) -> ReportsResource:
        """Aggregated time, expense, budget and uninvoiced figures."""
        from .api.reports import ReportsResource

        return ReportsResource(self)

    @cached_property
    def roles(self) -> RolesResource:
        """Groups of users."""
        from .api.roles import RolesResource

        return RolesResource(self)

    @cached_property
    def task_assignments(self) -> TaskAssignmentsResource:
        """Tasks made available on a project."""
        from .api.task_assignments import TaskAssignmentsResource

        return TaskAssignmentsResource(self)

    @cached_property
    def tasks(self) -> TasksResource:
        """Kinds of work time is tracked against."""
        from .api.tasks import TasksResource

        return TasksResource(self)

    @cached_property
    def teammates(self) -> TeammatesResource:
        """Users a manager looks after."""
        from .api.teammates import TeammatesResource

        return TeammatesResource(self)

    @cached_property
    def time_entries(self) -> TimeEntriesResource:
        """Tracked time."""
        from .api.time_entries import TimeEntriesResource

        return TimeEntriesResource(self)

    @cached_property
    def user_assignments(self) -> UserAssignmentsResource:
        """Users made members of a project."""
        from .api.user_assignments import UserAssignmentsResource

        return UserAssignmentsResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """People in the account."""
        from .api.users import UsersResource

        return UsersResource(self)


class AsyncHarvest(AsyncHarvestClient):
    """Asynchronous Harvest API v2 client: the same resources, with coroutines and async iterators."""

    @cached_property
    def billable_rates(self) -> AsyncBillableRatesResource:
        """A user's billable rate history."""
        from .api.billable_rates import AsyncBillableRatesResource

        return AsyncBillableRatesResource(self)

    @cached_property
    def clients(self) -> AsyncClientsResource:
        """Customers you bill."""
        from .api.clients import AsyncClientsResource

        return AsyncClientsResource(self)

    @cached_property
    def company(self) -> AsyncCompanyResource:
        """The account the token acts on."""
        from .api.company import AsyncCompanyResource

        return AsyncCompanyResource(self)

    @cached_property
    def contacts(self) -> AsyncContactsResource:
        """People at your clients."""
        from .api.contacts import AsyncContactsResource

        return AsyncContactsResource(self)

    @cached_property
    def cost_rates(self) -> AsyncCostRatesResource:
        """A user's cost rate history."""
        from .api.cost_rates import AsyncCostRatesResource

        return AsyncCostRatesResource(self)

    @cached_property
    def estimate_item_categories(self) -> AsyncEstimateItemCategoriesResource:
        """Kinds of estimate line items."""
        from .api.estimate_item_categories import AsyncEstimateItemCategoriesResource

        return AsyncEstimateItemCategoriesResource(self)

    @cached_property
    def estimate_messages(self) -> AsyncEstimateMessagesResource:
        """Emails and state events of an estimate."""
        from .api.estimate_messages import AsyncEstimateMessagesResource

        return AsyncEstimateMessagesResource(self)

    @cached_property
    def estimates(self) -> AsyncEstimatesResource:
        """Estimates sent to clients."""
        from .api.estimates import AsyncEstimatesResource

        return AsyncEstimatesResource(self)

    @cached_property
    def expense_categories(self) -> AsyncExpenseCategoriesResource:
        """Kinds of expenses."""
        from .api.expense_categories import AsyncExpenseCategoriesResource

        return AsyncExpenseCategoriesResource(self)

    @cached_property
    def expenses(self) -> AsyncExpensesResource:
        """Expenses tracked against projects."""
        from .api.expenses import AsyncExpensesResource

        return AsyncExpensesResource(self)

    @cached_property
    def invoice_item_categories(self) -> AsyncInvoiceItemCategoriesResource:
        """Kinds of invoice line items."""
        from .api.invoice_item_categories import AsyncInvoiceItemCategoriesResource

        return AsyncInvoiceItemCategoriesResource(self)

    @cached_property
    def invoice_messages(self) -> AsyncInvoiceMessagesResource:
        """Emails and state events of an invoice."""
        from .api.invoice_messages import AsyncInvoiceMessagesResource

        return AsyncInvoiceMessagesResource(self)

    @cached_property
    def invoice_payments(self) -> AsyncInvoicePaymentsResource:
        """Payments recorded against an invoice."""
        from .api.invoice_payments import AsyncInvoicePaymentsResource

        return AsyncInvoicePaymentsResource(self)

    @cached_property
    def invoices(self) -> AsyncInvoicesResource:
        """Invoices sent to clients."""
        from .api.invoices import AsyncInvoicesResource

        return AsyncInvoicesResource(self)

    @cached_property
    def project_assignments(self) -> AsyncProjectAssignmentsResource:
        """Projects a user is a member of."""
        from .api.project_assignments import AsyncProjectAssignmentsResource

        return AsyncProjectAssignmentsResource(self)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """Projects time and expenses belong to."""
        from .api.projects import AsyncProjectsResource

        return AsyncProjectsResource(self)

    @cached_property
    def reports(self) -> AsyncReportsResource:
        """Aggregated time, expense, budget and uninvoiced figures."""
        from .api.reports import AsyncReportsResource

        return AsyncReportsResource(self)

    @cached_property
    def roles(self) -> AsyncRolesResource:
        """Groups of users."""
        from .api.roles import AsyncRolesResource

        return AsyncRolesResource(self)

    @cached_property
    def task_assignments(self) -> AsyncTaskAssignmentsResource:
        """Tasks made available on a project."""
        from .api.task_assignments import AsyncTaskAssignmentsResource

        return AsyncTaskAssignmentsResource(self)

    @cached_property
    def tasks(self) -> AsyncTasksResource:
        """Kinds of work time is tracked against."""
        from .api.tasks import AsyncTasksResource

        return AsyncTasksResource(self)

    @cached_property
    def teammates(self) -> AsyncTeammatesResource:
        """Users a manager looks after."""
        from .api.teammates import AsyncTeammatesResource

        return AsyncTeammatesResource(self)

    @cached_property
    def time_entries(self) -> AsyncTimeEntriesResource:
        """Tracked time."""
        from .api.time_entries import AsyncTimeEntriesResource

        return AsyncTimeEntriesResource(self)

    @cached_property
    def user_assignments(self) -> AsyncUserAssignmentsResource:
        """Users made members of a project."""
        from .api.user_assignments import AsyncUserAssignmentsResource

        return AsyncUserAssignmentsResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """People in the account."""
        from .api.users import AsyncUsersResource

        return AsyncUsersResource(self)
