"""NOT_GIVEN: the default of every method argument a caller may leave out.

A sentinel of our own, as openai-python's, so building a client and reaching a resource does not
load msgspec (whose UNSET marks a model attribute that was absent). This module imports nothing
heavy: every generated method's signature reads it.
"""

from __future__ import annotations

import sys
from typing import Final, Literal, TypeGuard, TypeVar, final

__all__ = ["NOT_GIVEN", "NotGiven", "is_given"]

_T = TypeVar("_T")


@final
class NotGiven:
    """The type of NOT_GIVEN: an argument left out, so nothing is sent for it (None is JSON null).

    Falsy, so `if notes:` reads naturally; one object only, so `value is NOT_GIVEN` is the test.
    Annotate an optional argument as `notes: str | NotGiven = NOT_GIVEN`.
    """

    __slots__ = ()
    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # One object however it is made (copy, pickle, NotGiven()), so identity checks always hold.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""The default of an optional method argument: left out of the request entirely."""


def is_given(value: _T | NotGiven) -> TypeGuard[_T]:
    """Whether a method argument was given: not NOT_GIVEN, nor msgspec's UNSET.

    UNSET was these arguments' default before NOT_GIVEN, so a caller passing it still sends nothing.
    It exists only once msgspec is loaded, which is why msgspec is looked up rather than imported.
    """
    if value is NOT_GIVEN:
        return False
    msgspec = sys.modules.get("msgspec")
    return msgspec is None or value is not msgspec.UNSET
