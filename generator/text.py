"""Spec text in generated source: plain text, string literals and docstrings (never pasted raw into code)."""

from __future__ import annotations

import re
from typing import Any


def raw(value: Any) -> str:
    """The plain text of a spec string or generated code fragment."""
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    return str(value)


def lit(value: Any) -> str:
    """A Python string literal holding the text (spec strings are escaped, never pasted into code)."""
    return repr(raw(value))


def docstring(text: Any) -> str:
    value = str(text.get_untrusted_value() if hasattr(text, "get_untrusted_value") else text or "").strip()
    value = re.sub(r"\s+", " ", value).replace("\\", "\\\\").replace('"""', "'''")
    return value
