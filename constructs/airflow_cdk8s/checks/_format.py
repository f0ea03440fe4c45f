"""How problems are worded: field paths and schema errors as one line each."""

from __future__ import annotations

from typing import Any, Iterable

import jsonschema


def format_path(path: Iterable[Any]) -> str:
    """`spec.containers[0].env` style; keys that are not plain words are quoted."""
    out = ""
    for p in path:
        if isinstance(p, int):
            out += f"[{p}]"
        elif str(p).replace("_", "").replace("-", "").isalnum():
            out += f".{p}" if out else str(p)
        else:
            out += f"[{str(p)!r}]"
    return out or "(root)"


def describe_error(error: jsonschema.ValidationError, prefix: tuple[str, ...] = ()) -> str:
    """One line naming the field path and what is wrong, without echoing field values.

    jsonschema's own messages embed the offending value (`'hunter2' is not of type ...`),
    and problems end up in CI logs, so only messages that name keys are used verbatim.
    """
    # anyOf/oneOf failures carry the real reason in their context.
    error = jsonschema.exceptions.best_match([error])
    path = format_path((*prefix, *error.absolute_path))
    validator, expected = error.validator, error.validator_value
    if validator in ("additionalProperties", "required", "dependentRequired", "propertyNames"):
        what = error.message
    elif validator == "type":
        what = f"must be of type {expected}"
    elif validator in ("enum", "const"):
        what = f"must be one of {expected!r}"[:300]
    else:
        what = f"fails {validator} {expected!r}"[:300]
    return f"{path}: {what}"
