"""DELETE /projects/{project_id}: Delete a project together with its tracked time and expenses (archive it to keep them)."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.project import Project

OPERATION = "delete_project"
METHOD = "DELETE"
PATH = "/projects/{project_id}"


def _request(
    project_id: int,
) -> RequestSpec:
    """Build the DELETE /projects/{project_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}",
    )


RESPONSE_MODEL = Project
