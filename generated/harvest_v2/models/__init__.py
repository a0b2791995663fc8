"""Every model of the API, loaded on first use: importing this package imports none of them."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .authentication_error_body import AuthenticationErrorBody
    from .billable_rate import BillableRate
    from .billable_rate_create import BillableRateCreate
    from .billable_rates import BillableRates
    from .client import Client
    from .client_create import ClientCreate
    from .client_reference import ClientReference
    from .client_update import ClientUpdate
    from .clients import Clients
    from .company import Company
    from .company_clock import CompanyClock
    from .company_time_format import CompanyTimeFormat
    from .company_update import CompanyUpdate
    from .company_week_start_day import CompanyWeekStartDay
    from .contact import Contact
    from .contact_create import ContactCreate
    from .contact_update import ContactUpdate
    from .contacts import Contacts
    from .cost_rate import CostRate
    from .cost_rate_create import CostRateCreate
    from .cost_rates import CostRates
    from .estimate import Estimate
    from .estimate_create import EstimateCreate
    from .estimate_item_categories import EstimateItemCategories
    from .estimate_item_category import EstimateItemCategory
    from .estimate_item_category_create import EstimateItemCategoryCreate
    from .estimate_item_category_update import EstimateItemCategoryUpdate
    from .estimate_line_item import EstimateLineItem
    from .estimate_line_item_create import EstimateLineItemCreate
    from .estimate_line_item_update import EstimateLineItemUpdate
    from .estimate_message import EstimateMessage
    from .estimate_message_create_email import EstimateMessageCreateEmail
    from .estimate_message_create_event import EstimateMessageCreateEvent
    from .estimate_message_event_type import EstimateMessageEventType
    from .estimate_message_recipient import EstimateMessageRecipient
    from .estimate_message_recipient_input import EstimateMessageRecipientInput
    from .estimate_message_recorded_event_type import EstimateMessageRecordedEventType
    from .estimate_messages import EstimateMessages
    from .estimate_state import EstimateState
    from .estimate_update import EstimateUpdate
    from .estimates import Estimates
    from .expense import Expense
    from .expense_categories import ExpenseCategories
    from .expense_category import ExpenseCategory
    from .expense_category_create import ExpenseCategoryCreate
    from .expense_category_reference import ExpenseCategoryReference
    from .expense_category_update import ExpenseCategoryUpdate
    from .expense_create import ExpenseCreate
    from .expense_create_multipart import ExpenseCreateMultipart
    from .expense_receipt import ExpenseReceipt
    from .expense_reports_result import ExpenseReportsResult
    from .expense_reports_results import ExpenseReportsResults
    from .expense_update import ExpenseUpdate
    from .expense_update_multipart import ExpenseUpdateMultipart
    from .expense_user_assignment import ExpenseUserAssignment
    from .expenses import Expenses
    from .id_reference import IdReference
    from .invoice import Invoice
    from .invoice_create_free_form import InvoiceCreateFreeForm
    from .invoice_create_from_import import InvoiceCreateFromImport
    from .invoice_expense_import import InvoiceExpenseImport
    from .invoice_expense_summary_type import InvoiceExpenseSummaryType
    from .invoice_item_categories import InvoiceItemCategories
    from .invoice_item_category import InvoiceItemCategory
    from .invoice_item_category_create import InvoiceItemCategoryCreate
    from .invoice_item_category_update import InvoiceItemCategoryUpdate
    from .invoice_line_item import InvoiceLineItem
    from .invoice_line_item_create import InvoiceLineItemCreate
    from .invoice_line_item_update import InvoiceLineItemUpdate
    from .invoice_line_items_import import InvoiceLineItemsImport
    from .invoice_message import InvoiceMessage
    from .invoice_message_create_email import InvoiceMessageCreateEmail
    from .invoice_message_create_event import InvoiceMessageCreateEvent
    from .invoice_message_event_type import InvoiceMessageEventType
    from .invoice_message_recipient import InvoiceMessageRecipient
    from .invoice_message_recipient_input import InvoiceMessageRecipientInput
    from .invoice_message_recorded_event_type import InvoiceMessageRecordedEventType
    from .invoice_message_subject_and_body import InvoiceMessageSubjectAndBody
    from .invoice_messages import InvoiceMessages
    from .invoice_payment import InvoicePayment
    from .invoice_payment_create import InvoicePaymentCreate
    from .invoice_payment_gateway import InvoicePaymentGateway
    from .invoice_payment_term import InvoicePaymentTerm
    from .invoice_payments import InvoicePayments
    from .invoice_reference import InvoiceReference
    from .invoice_state import InvoiceState
    from .invoice_time_import import InvoiceTimeImport
    from .invoice_time_summary_type import InvoiceTimeSummaryType
    from .invoice_update import InvoiceUpdate
    from .invoices import Invoices
    from .message_error_body import MessageErrorBody
    from .not_found_error_body import NotFoundErrorBody
    from .pagination import Pagination
    from .pagination_links import PaginationLinks
    from .project import Project
    from .project_assignment import ProjectAssignment
    from .project_assignment_task_assignment import ProjectAssignmentTaskAssignment
    from .project_assignments import ProjectAssignments
    from .project_bill_by import ProjectBillBy
    from .project_budget_by import ProjectBudgetBy
    from .project_budget_report_result import ProjectBudgetReportResult
    from .project_budget_report_results import ProjectBudgetReportResults
    from .project_create import ProjectCreate
    from .project_reference import ProjectReference
    from .project_update import ProjectUpdate
    from .projects import Projects
    from .role import Role
    from .role_create import RoleCreate
    from .role_update import RoleUpdate
    from .roles import Roles
    from .task import Task
    from .task_assignment import TaskAssignment
    from .task_assignment_create import TaskAssignmentCreate
    from .task_assignment_update import TaskAssignmentUpdate
    from .task_assignments import TaskAssignments
    from .task_create import TaskCreate
    from .task_reference import TaskReference
    from .task_update import TaskUpdate
    from .tasks import Tasks
    from .teammate import Teammate
    from .teammates import Teammates
    from .teammates_patch_response import TeammatesPatchResponse
    from .teammates_update import TeammatesUpdate
    from .time_entries import TimeEntries
    from .time_entry import TimeEntry
    from .time_entry_approval_status import TimeEntryApprovalStatus
    from .time_entry_create_by_duration import TimeEntryCreateByDuration
    from .time_entry_create_by_start_end import TimeEntryCreateByStartEnd
    from .time_entry_external_reference import TimeEntryExternalReference
    from .time_entry_external_reference_input import TimeEntryExternalReferenceInput
    from .time_entry_task_assignment import TimeEntryTaskAssignment
    from .time_entry_update import TimeEntryUpdate
    from .time_entry_user_assignment import TimeEntryUserAssignment
    from .time_report_include_fixed_fee import TimeReportIncludeFixedFee
    from .time_reports_result import TimeReportsResult
    from .time_reports_results import TimeReportsResults
    from .uninvoiced_report_result import UninvoicedReportResult
    from .uninvoiced_report_results import UninvoicedReportResults
    from .user import User
    from .user_access_role import UserAccessRole
    from .user_assignment import UserAssignment
    from .user_assignment_create import UserAssignmentCreate
    from .user_assignment_update import UserAssignmentUpdate
    from .user_assignments import UserAssignments
    from .user_create import UserCreate
    from .user_reference import UserReference
    from .user_update import UserUpdate
    from .users import Users

_MODULES = {
    "AuthenticationErrorBody": ".authentication_error_body",
    "BillableRate": ".billable_rate",
    "BillableRateCreate": ".billable_rate_create",
    "BillableRates": ".billable_rates",
    "Client": ".client",
    "ClientCreate": ".client_create",
    "ClientReference": ".client_reference",
    "ClientUpdate": ".client_update",
    "Clients": ".clients",
    "Company": ".company",
    "CompanyClock": ".company_clock",
    "CompanyTimeFormat": ".company_time_format",
    "CompanyUpdate": ".company_update",
    "CompanyWeekStartDay": ".company_week_start_day",
    "Contact": ".contact",
    "ContactCreate": ".contact_create",
    "ContactUpdate": ".contact_update",
    "Contacts": ".contacts",
    "CostRate": ".cost_rate",
    "CostRateCreate": ".cost_rate_create",
    "CostRates": ".cost_rates",
    "Estimate": ".estimate",
    "EstimateCreate": ".estimate_create",
    "EstimateItemCategories": ".estimate_item_categories",
    "EstimateItemCategory": ".estimate_item_category",
    "EstimateItemCategoryCreate": ".estimate_item_category_create",
    "EstimateItemCategoryUpdate": ".estimate_item_category_update",
    "EstimateLineItem": ".estimate_line_item",
    "EstimateLineItemCreate": ".estimate_line_item_create",
    "EstimateLineItemUpdate": ".estimate_line_item_update",
    "EstimateMessage": ".estimate_message",
    "EstimateMessageCreateEmail": ".estimate_message_create_email",
    "EstimateMessageCreateEvent": ".estimate_message_create_event",
    "EstimateMessageEventType": ".estimate_message_event_type",
    "EstimateMessageRecipient": ".estimate_message_recipient",
    "EstimateMessageRecipientInput": ".estimate_message_recipient_input",
    "EstimateMessageRecordedEventType": ".estimate_message_recorded_event_type",
    "EstimateMessages": ".estimate_messages",
    "EstimateState": ".estimate_state",
    "EstimateUpdate": ".estimate_update",
    "Estimates": ".estimates",
    "Expense": ".expense",
    "ExpenseCategories": ".expense_categories",
    "ExpenseCategory": ".expense_category",
    "ExpenseCategoryCreate": ".expense_category_create",
    "ExpenseCategoryReference": ".expense_category_reference",
    "ExpenseCategoryUpdate": ".expense_category_update",
    "ExpenseCreate": ".expense_create",
    "ExpenseCreateMultipart": ".expense_create_multipart",
    "ExpenseReceipt": ".expense_receipt",
    "ExpenseReportsResult": ".expense_reports_result",
    "ExpenseReportsResults": ".expense_reports_results",
    "ExpenseUpdate": ".expense_update",
    "ExpenseUpdateMultipart": ".expense_update_multipart",
    "ExpenseUserAssignment": ".expense_user_assignment",
    "Expenses": ".expenses",
    "IdReference": ".id_reference",
    "Invoice": ".invoice",
    "InvoiceCreateFreeForm": ".invoice_create_free_form",
    "InvoiceCreateFromImport": ".invoice_create_from_import",
    "InvoiceExpenseImport": ".invoice_expense_import",
    "InvoiceExpenseSummaryType": ".invoice_expense_summary_type",
    "InvoiceItemCategories": ".invoice_item_categories",
    "InvoiceItemCategory": ".invoice_item_category",
    "InvoiceItemCategoryCreate": ".invoice_item_category_create",
    "InvoiceItemCategoryUpdate": ".invoice_item_category_update",
    "InvoiceLineItem": ".invoice_line_item",
    "InvoiceLineItemCreate": ".invoice_line_item_create",
    "InvoiceLineItemUpdate": ".invoice_line_item_update",
    "InvoiceLineItemsImport": ".invoice_line_items_import",
    "InvoiceMessage": ".invoice_message",
    "InvoiceMessageCreateEmail": ".invoice_message_create_email",
    "InvoiceMessageCreateEvent": ".invoice_message_create_event",
    "InvoiceMessageEventType": ".invoice_message_event_type",
    "InvoiceMessageRecipient": ".invoice_message_recipient",
    "InvoiceMessageRecipientInput": ".invoice_message_recipient_input",
    "InvoiceMessageRecordedEventType": ".invoice_message_recorded_event_type",
    "InvoiceMessageSubjectAndBody": ".invoice_message_subject_and_body",
    "InvoiceMessages": ".invoice_messages",
    "InvoicePayment": ".invoice_payment",
    "InvoicePaymentCreate": ".invoice_payment_create",
    "InvoicePaymentGateway": ".invoice_payment_gateway",
    "InvoicePaymentTerm": ".invoice_payment_term",
    "InvoicePayments": ".invoice_payments",
    "InvoiceReference": ".invoice_reference",
    "InvoiceState": ".invoice_state",
    "InvoiceTimeImport": ".invoice_time_import",
    "InvoiceTimeSummaryType": ".invoice_time_summary_type",
    "InvoiceUpdate": ".invoice_update",
    "Invoices": ".invoices",
    "MessageErrorBody": ".message_error_body",
    "NotFoundErrorBody": ".not_found_error_body",
    "Pagination": ".pagination",
    "PaginationLinks": ".pagination_links",
    "Project": ".project",
    "ProjectAssignment": ".project_assignment",
    "ProjectAssignmentTaskAssignment": ".project_assignment_task_assignment",
    "ProjectAssignments": ".project_assignments",
    "ProjectBillBy": ".project_bill_by",
    "ProjectBudgetBy": ".project_budget_by",
    "ProjectBudgetReportResult": ".project_budget_report_result",
    "ProjectBudgetReportResults": ".project_budget_report_results",
    "ProjectCreate": ".project_create",
    "ProjectReference": ".project_reference",
    "ProjectUpdate": ".project_update",
    "Projects": ".projects",
    "Role": ".role",
    "RoleCreate": ".role_create",
    "RoleUpdate": ".role_update",
    "Roles": ".roles",
    "Task": ".task",
    "TaskAssignment": ".task_assignment",
    "TaskAssignmentCreate": ".task_assignment_create",
    "TaskAssignmentUpdate": ".task_assignment_update",
    "TaskAssignments": ".task_assignments",
    "TaskCreate": ".task_create",
    "TaskReference": ".task_reference",
    "TaskUpdate": ".task_update",
    "Tasks": ".tasks",
    "Teammate": ".teammate",
    "Teammates": ".teammates",
    "TeammatesPatchResponse": ".teammates_patch_response",
    "TeammatesUpdate": ".teammates_update",
    "TimeEntries": ".time_entries",
    "TimeEntry": ".time_entry",
    "TimeEntryApprovalStatus": ".time_entry_approval_status",
    "TimeEntryCreateByDuration": ".time_entry_create_by_duration",
    "TimeEntryCreateByStartEnd": ".time_entry_create_by_start_end",
    "TimeEntryExternalReference": ".time_entry_external_reference",
    "TimeEntryExternalReferenceInput": ".time_entry_external_reference_input",
    "TimeEntryTaskAssignment": ".time_entry_task_assignment",
    "TimeEntryUpdate": ".time_entry_update",
    "TimeEntryUserAssignment": ".time_entry_user_assignment",
    "TimeReportIncludeFixedFee": ".time_report_include_fixed_fee",
    "TimeReportsResult": ".time_reports_result",
    "TimeReportsResults": ".time_reports_results",
    "UninvoicedReportResult": ".uninvoiced_report_result",
    "UninvoicedReportResults": ".uninvoiced_report_results",
    "User": ".user",
    "UserAccessRole": ".user_access_role",
    "UserAssignment": ".user_assignment",
    "UserAssignmentCreate": ".user_assignment_create",
    "UserAssignmentUpdate": ".user_assignment_update",
    "UserAssignments": ".user_assignments",
    "UserCreate": ".user_create",
    "UserReference": ".user_reference",
    "UserUpdate": ".user_update",
    "Users": ".users",
}

__all__ = (
    "AuthenticationErrorBody",
    "BillableRate",
    "BillableRateCreate",
    "BillableRates",
    "Client",
    "ClientCreate",
    "ClientReference",
    "ClientUpdate",
    "Clients",
    "Company",
    "CompanyClock",
    "CompanyTimeFormat",
    "CompanyUpdate",
    "CompanyWeekStartDay",
    "Contact",
    "ContactCreate",
    "ContactUpdate",
    "Contacts",
    "CostRate",
    "CostRateCreate",
    "CostRates",
    "Estimate",
    "EstimateCreate",
    "EstimateItemCategories",
    "EstimateItemCategory",
    "EstimateItemCategoryCreate",
    "EstimateItemCategoryUpdate",
    "EstimateLineItem",
    "EstimateLineItemCreate",
    "EstimateLineItemUpdate",
    "EstimateMessage",
    "EstimateMessageCreateEmail",
    "EstimateMessageCreateEvent",
    "EstimateMessageEventType",
    "EstimateMessageRecipient",
    "EstimateMessageRecipientInput",
    "EstimateMessageRecordedEventType",
    "EstimateMessages",
    "EstimateState",
    "EstimateUpdate",
    "Estimates",
    "Expense",
    "ExpenseCategories",
    "ExpenseCategory",
    "ExpenseCategoryCreate",
    "ExpenseCategoryReference",
    "ExpenseCategoryUpdate",
    "ExpenseCreate",
    "ExpenseCreateMultipart",
    "ExpenseReceipt",
    "ExpenseReportsResult",
    "ExpenseReportsResults",
    "ExpenseUpdate",
    "ExpenseUpdateMultipart",
    "ExpenseUserAssignment",
    "Expenses",
    "IdReference",
    "Invoice",
    "InvoiceCreateFreeForm",
    "InvoiceCreateFromImport",
    "InvoiceExpenseImport",
    "InvoiceExpenseSummaryType",
    "InvoiceItemCategories",
    "InvoiceItemCategory",
    "InvoiceItemCategoryCreate",
    "InvoiceItemCategoryUpdate",
    "InvoiceLineItem",
    "InvoiceLineItemCreate",
    "InvoiceLineItemUpdate",
    "InvoiceLineItemsImport",
    "InvoiceMessage",
    "InvoiceMessageCreateEmail",
    "InvoiceMessageCreateEvent",
    "InvoiceMessageEventType",
    "InvoiceMessageRecipient",
    "InvoiceMessageRecipientInput",
    "InvoiceMessageRecordedEventType",
    "InvoiceMessageSubjectAndBody",
    "InvoiceMessages",
    "InvoicePayment",
    "InvoicePaymentCreate",
    "InvoicePaymentGateway",
    "InvoicePaymentTerm",
    "InvoicePayments",
    "InvoiceReference",
    "InvoiceState",
    "InvoiceTimeImport",
    "InvoiceTimeSummaryType",
    "InvoiceUpdate",
    "Invoices",
    "MessageErrorBody",
    "NotFoundErrorBody",
    "Pagination",
    "PaginationLinks",
    "Project",
    "ProjectAssignment",
    "ProjectAssignmentTaskAssignment",
    "ProjectAssignments",
    "ProjectBillBy",
    "ProjectBudgetBy",
    "ProjectBudgetReportResult",
    "ProjectBudgetReportResults",
    "ProjectCreate",
    "ProjectReference",
    "ProjectUpdate",
    "Projects",
    "Role",
    "RoleCreate",
    "RoleUpdate",
    "Roles",
    "Task",
    "TaskAssignment",
    "TaskAssignmentCreate",
    "TaskAssignmentUpdate",
    "TaskAssignments",
    "TaskCreate",
    "TaskReference",
    "TaskUpdate",
    "Tasks",
    "Teammate",
    "Teammates",
    "TeammatesPatchResponse",
    "TeammatesUpdate",
    "TimeEntries",
    "TimeEntry",
    "TimeEntryApprovalStatus",
    "TimeEntryCreateByDuration",
    "TimeEntryCreateByStartEnd",
    "TimeEntryExternalReference",
    "TimeEntryExternalReferenceInput",
    "TimeEntryTaskAssignment",
    "TimeEntryUpdate",
    "TimeEntryUserAssignment",
    "TimeReportIncludeFixedFee",
    "TimeReportsResult",
    "TimeReportsResults",
    "UninvoicedReportResult",
    "UninvoicedReportResults",
    "User",
    "UserAccessRole",
    "UserAssignment",
    "UserAssignmentCreate",
    "UserAssignmentUpdate",
    "UserAssignments",
    "UserCreate",
    "UserReference",
    "UserUpdate",
    "Users",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
