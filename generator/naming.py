"""Names of generated things: resource methods and resource classes, from operationIds and tags."""

from __future__ import annotations


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def method_name(operation_id: str, tag: str) -> str:
    """Name of the resource method for an operation: operationId minus the tag's words.

    The tag's words are removed once, in plural or singular form:
    list_time_entries -> list, stop_time_entry -> stop,
    delete_time_entry_external_reference -> delete_external_reference,
    time_report_clients (tag reports) -> time_clients.
    """
    words = operation_id.split("_")
    tag_words = tag.split("_")
    candidates = [tag_words, [*tag_words[:-1], singular(tag_words[-1])]]
    for candidate in candidates:
        n = len(candidate)
        for i in range(len(words) - n + 1):
            if words[i : i + n] == candidate and len(words) > n:
                return "_".join(words[:i] + words[i + n :])
    return operation_id


def resource_class(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_")) + "Resource"
