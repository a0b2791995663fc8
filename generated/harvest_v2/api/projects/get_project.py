"""GET /projects/{project_id}: Fetch one project."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.project import Project

METHOD = "GET"
PATH = "/projects/{project_id}"


def _request(
    project_id: int,
) -> RequestSpec:
    """Build the GET /projects/{project_id} request."""
    return RequestSpec(
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}",
    )


def _parse(data: Any) -> Project:
    return Project.from_dict(data)
