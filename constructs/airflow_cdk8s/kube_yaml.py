"""YAML text exactly as cdk8s writes it, produced in Python.

cdk8s's ``Yaml.stringify`` runs the npm ``yaml`` package (2.9.1, bundled with cdk8s 2.70) with the YAML 1.1
schema and ``lineWidth: 0``: block style, sequences indented under their key, plain scalars wherever they
would read back as the same string, double quotes otherwise (single quotes for a string that holds ``"``
but no ``'``), literal blocks (``|``, ``|-``, ``|+``) for multi-line strings. This module ports those rules
(``stringifyString``, ``stringifyPair``, ``stringifyCollection``, ``stringifyNumber``) for the JSON data model,
and first applies what the trip through jsii to Node does to a Python value (``1.0`` arrives as the number
``1``; integer-like keys come first in a JavaScript object). PyYAML's dumpers cannot give this output (libyaml
never indents a sequence under its key), so the emitter is written out here (the scalars in kube_yaml_scalars);
tests/test_kube_yaml.py compares it with ``cdk8s.Yaml.stringify`` on generated documents.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from .kube_yaml_scalars import SAFE_INTEGER, STEP, js_len, number, scalar, string

_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")


def dump_all(docs: Iterable[Any]) -> str:
    """The documents as cdk8s's ``Yaml.stringify(...docs)`` writes them: each ends in a newline, ``---`` between."""
    return dump_and_read_back(docs)[0]


def dump_and_read_back(docs: Iterable[Any]) -> tuple[str, list[Any]]:
    """``dump_all``'s text and ``read_back`` of every document, in one walk: a document that reads back as
    itself (no None to drop, no array-index key to move, no tuple, float or unsafe integer) is returned as is."""
    if _remembered() > _CACHE_LIMIT:  # bounded memory in a long-lived process
        _LEVELS.clear()
    texts, objects = [], []
    for doc in docs:
        out: list[str] = []
        changed: list[bool] = []  # the emitter appends when it meets what read_back would change
        _document(doc, out, changed)
        texts.append("".join(out) + "\n")
        objects.append(read_back(doc) if changed else doc)
    return "---\n".join(texts), objects


def read_back(value: Any) -> Any:
    """What reading ``dump_all``'s text back gives for ``value``: the keys jsii drops are gone, and a number is
    the one its text denotes (``1.0`` is written ``1``, an integer; ``1e21`` is written ``1e+21``, a float).
    Strings read back as themselves: the emitter quotes every string that would read as something else."""
    kind = type(value)
    if kind is str or value is None or kind is bool or (kind is int and -SAFE_INTEGER < value < SAFE_INTEGER):
        return value  # most of the leaves: checked first, as this walks every object
    if isinstance(value, dict):
        return {k: read_back(v) for k, v in _javascript_items(value)}
    if isinstance(value, (list, tuple)):
        return [read_back(v) for v in value]
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool) and abs(value) >= SAFE_INTEGER):
        text = number(value)
        return int(text) if text.lstrip("-").isdigit() else float(text)
    return value


# --- collections and pairs ----------------------------------------------------------------------
# The emitter appends to one list of strings: a mapping's pairs each as "\n{indent}key: value", a sequence's
# items each as "\n{indent}- item"; the caller strips the first line break where the collection starts on
# its own line ("- " of a sequence item, the top of a document). The text of a key, and of a string value,
# depends only on the string and its indent (implicit_key None and False read the same), so it is computed
# once per indent. Anything rare (a None to drop, array-index keys, a key over 1024 characters, tuples,
# floats, subclasses) takes the general path below and marks the document for read_back.

# indent -> what is remembered for collections at that indent: (key -> "\n{indent}key:", "" for the general
# path; string -> its text after "key:" one level in; string -> its text as an item "- " one level in;
# the indent one level in; "\n{indent}- "; the length of "\n" + the indent one level in)
_LEVELS: dict[str, tuple[dict[Any, str], dict[str, str], dict[str, str], str, str, int]] = {}
_CACHE_LIMIT = 1 << 17


def _level(indent: str) -> tuple:
    inner = indent + STEP
    level = _LEVELS[indent] = ({}, {}, {}, inner, f"\n{indent}- ", len(inner) + 1)
    return level


def _remembered() -> int:
    return sum(len(keys) + len(values) + len(items) for keys, values, items, *_ in _LEVELS.values())


def _document(doc: Any, out: list[str], changed: list[bool]) -> None:
    kind = type(doc)
    if kind is dict or kind is list:
        start = len(out)
        if doc and (_mapping(doc, "", out, changed) if kind is dict else _sequence(doc, "", None, out, changed)):
            out[start] = out[start][1:]  # the document's first line: no line break before it
            return
    changed.append(True)
    out.append(_node(doc, "", None))


def _mapping(mapping: dict, indent: str, out: list[str], changed: list[bool]) -> bool:
    """Append the pairs; False when there is none to write (the caller writes ``{}``)."""
    keys, values, _, inner, _, _ = _LEVELS.get(indent) or _level(indent)
    start = len(out)
    for k, v in mapping.items():
        if v is None:
            changed.append(True)
            continue
        prefix = keys.get(k)
        if not prefix:
            prefix = _key_prefix(k, indent, keys)
            if not prefix:  # array-index keys come first in JavaScript, a long key is explicit: the general path
                del out[start:]
                return _mapping_in_general(mapping, indent, out, changed)
        kind = type(v)
        if kind is str:
            text = values.get(v)
            if text is None:
                text = values[v] = _after_key(string(v, inner, False))
            out.append(prefix + text)
        elif kind is dict:
            out.append(prefix)
            if not _mapping(v, inner, out, changed):
                out.append(" {}")
        elif kind is list:
            if v:
                out.append(prefix)
                _sequence(v, inner, False, out, changed)
            else:
                out.append(prefix + " []")
        elif kind is int and -SAFE_INTEGER < v < SAFE_INTEGER:
            out.append(f"{prefix} {v}")
        elif kind is bool:
            out.append(prefix + (" true" if v else " false"))
        else:
            changed.append(True)
            out.append(prefix + _pair_value(v, inner))
    return len(out) > start


def _sequence(seq: list, indent: str, implicit_key: bool | None, out: list[str], changed: list[bool]) -> bool:
    """Append the items of a non-empty sequence."""
    _, _, items, item_indent, dash, strip = _LEVELS.get(indent) or _level(indent)  # strip: "\n{item_indent}"
    for v in seq:
        kind = type(v)
        if kind is str:
            text = items.get(v)
            if text is None:
                text = items[v] = string(v, item_indent, implicit_key)
            out.append(dash + text)
        elif kind is dict:
            start = len(out)
            if _mapping(v, item_indent, out, changed):
                out[start] = dash + out[start][strip:]
            else:
                out.append(dash + "{}")
        elif kind is list:
            if v:
                start = len(out)
                _sequence(v, item_indent, implicit_key, out, changed)
                out[start] = dash + out[start][strip:]
            else:
                out.append(dash + "[]")
        elif kind is int and -SAFE_INTEGER < v < SAFE_INTEGER:
            out.append(f"{dash}{v}")
        elif kind is bool:
            out.append(dash + ("true" if v else "false"))
        else:
            changed.append(True)
            out.append(dash + _node(v, item_indent, implicit_key))
    return True


def _key_prefix(key: str, indent: str, keys: dict[Any, str]) -> str:
    text = string(key, indent + STEP, True)
    general = (len(text) > 1024 and js_len(text) > 1024) or (key[:1].isdigit() and _is_array_index(key))
    prefix = keys[key] = "" if general else f"\n{indent}{text}:"
    return prefix


def _mapping_in_general(mapping: dict, indent: str, out: list[str], changed: list[bool]) -> bool:
    changed.append(True)
    items = _javascript_items(mapping)
    out.extend(f"\n{indent}{_pair(k, v, indent)}" for k, v in items)
    return bool(items)


# The general path: text of any value, as a string.


def _node(value: Any, indent: str, implicit_key: bool | None) -> str:
    if isinstance(value, dict):
        items = _javascript_items(value)
        if not items:
            return "{}"
        return f"\n{indent}".join([_pair(k, v, indent) for k, v in items])
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        item_indent = indent + STEP
        return f"\n{indent}".join(["- " + _node(v, item_indent, implicit_key) for v in value])
    return scalar(value, indent, implicit_key)


def _javascript_items(mapping: dict) -> list[tuple[str, Any]]:
    """The entries as they arrive in Node through jsii: a key whose value is None is left out, and the keys
    that are array indices come first, in ascending order (JavaScript's property order)."""
    items = [(k, v) for k, v in mapping.items() if v is not None]
    for k, _ in items:  # a plain loop: this runs for every mapping read back
        if k[:1].isdigit():
            break
    else:
        return items
    if any(_is_array_index(k) for k, _ in items):
        items = (sorted(((k, v) for k, v in items if _is_array_index(k)), key=lambda kv: int(kv[0]))
                 + [(k, v) for k, v in items if not _is_array_index(k)])
    return items


def _is_array_index(key: str) -> bool:
    return _ARRAY_INDEX.fullmatch(key) is not None and int(key) < 2**32 - 1


def _pair(key: str, value: Any, indent: str) -> str:
    inner = indent + STEP
    text = string(key, inner, True)
    if len(text) > 1024 and js_len(text) > 1024:  # a longer implicit key is not allowed
        rendered = _node(value, inner, False)
        return f"? {text}\n{indent}:" + (rendered if rendered == "" or rendered[0] == "\n" else " " + rendered)
    return f"{text}:" + _pair_value(value, inner)


def _pair_value(value: Any, inner: str) -> str:
    """What follows "key:" for ``value`` (an implicit key's pair)."""
    rendered = _node(value, inner, False)
    if value and isinstance(value, (dict, list, tuple)) and rendered[0] not in "{[":
        return f"\n{inner}{rendered}"
    return _after_key(rendered)


def _after_key(rendered: str) -> str:
    return rendered if rendered == "" or rendered[0] == "\n" else " " + rendered
