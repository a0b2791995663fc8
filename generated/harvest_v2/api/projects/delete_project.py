"""DELETE /projects/{project_id}: Delete a project together with its tracked time and expenses (archive it to keep them)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.project import Project

METHOD = "DELETE"
PATH = "/projects/{project_id}"


def _request(
    project_id: int,
) -> RequestSpec:
    """Build the DELETE /projects/{project_id} request."""
    return RequestSpec(
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}",
    )


def _parse(data: Any) -> Project | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else Project.from_dict(data)
