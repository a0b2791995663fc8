"""GET /projects/{project_id}: Fetch one project."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.project import Project

OPERATION = "get_project"
METHOD = "GET"
PATH = "/projects/{project_id}"


def _request(
    project_id: int,
) -> RequestSpec:
    """Build the GET /projects/{project_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}",
    )


RESPONSE_MODEL = Project
