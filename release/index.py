"""Ask a package index (PEP 503 simple API) which files of a project it already holds."""

from __future__ import annotations

import base64
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from typing import Any

from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version


class IndexQueryError(Exception):
    """The index could not be asked; the message says where and why."""


def simple_url(repository_url: str, override: str | None = None) -> str:
    """Return the simple-API root belonging to an upload URL.

    pypiserver and most internal indexes serve uploads at <root>/ (or
    <root>/legacy/) and the simple API at <root>/simple/; others can be named
    with HARVEST_INDEX_SIMPLE_URL (the override).
    """
    if override:
        return override.rstrip("/") + "/"
    root = repository_url.rstrip("/")
    root = re.sub(r"/legacy$", "", root)
    return root + "/simple/"


def redact(url: str) -> str:
    """Drop any user:password from a URL before it is shown."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=host))


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects within the index only.

    pypiserver sends names it does not hold to pypi.org; a project of the same
    name there says nothing about our index, and our credentials must not follow.
    """

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).netloc != urllib.parse.urlsplit(req.full_url).netloc:
            return None  # urllib then raises HTTPError with the redirect's code
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_SameHostRedirects)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href") or ""
            path = urllib.parse.urlsplit(href).path
            self.names.append(urllib.parse.unquote(path.rsplit("/", 1)[-1]))


def project_files(
    simple_root: str,
    project: str,
    username: str | None = None,
    password: str | None = None,
    timeout: float = 20.0,
) -> list[str]:
    """Return the file names the index lists for project ([] when it does not know it)."""
    url = f"{simple_root}{canonicalize_name(project)}/"
    request = urllib.request.Request(url, headers={"Accept": "application/vnd.pypi.simple.v1+json, text/html;q=0.1"})
    if username is not None and password is not None:
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            body = response.read().decode("utf-8", errors="replace")
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        if exc.code == 404 or 300 <= exc.code < 400:
            return []  # not held here (a redirect points at another index)
        raise IndexQueryError(f"the index answered {exc.code} {exc.reason} for {redact(url)}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise IndexQueryError(f"cannot reach the index at {redact(url)}: {reason}") from None
    if "json" in content_type:
        try:
            return [str(f["filename"]) for f in json.loads(body).get("files", [])]
        except (ValueError, KeyError, TypeError, AttributeError):
            raise IndexQueryError(f"{redact(url)} answered JSON that is not a simple-API project page") from None
    parser = _Links()
    parser.feed(body)
    return [name for name in parser.names if name]


def file_version(filename: str, project: str) -> Version | None:
    """Return the version of a wheel or sdist of project, None for other files."""
    wanted = canonicalize_name(project)
    try:
        if filename.endswith(".whl"):
            name, version, _, _ = parse_wheel_filename(filename)
        elif filename.endswith((".tar.gz", ".zip")):
            name, version = parse_sdist_filename(filename)
        else:
            return None
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None
    return version if name == wanted else None


def files_of_version(filenames: list[str], project: str, version: str) -> list[str]:
    """The files among filenames that belong to project at version."""
    wanted = Version(version)
    return sorted(f for f in filenames if file_version(f, project) == wanted)
