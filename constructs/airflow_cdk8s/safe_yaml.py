"""Strict, bounded reading of YAML and JSON files: values files and ``--check`` alike.

A file in a pull request must not be able to stall a CI or deploy a value nobody saw, so:
- its size is bounded before it is read (``/dev/zero`` or a 50 MB scalar is refused up front);
- it is UTF-8 (a UTF-8 BOM is accepted, UTF-16/32 with a BOM decoded explicitly); anything else is
  one line naming the problem and where, instead of a UnicodeDecodeError;
- a key given twice in one mapping is an error naming the key and both lines (PyYAML, like Helm,
  would silently keep the second);
- nesting depth and the node count *after alias expansion* are bounded while the document is
  composed, from libyaml's events, so an alias bomb ("billion laughs") or ``[[[[...`` is refused in
  milliseconds; libyaml's own composer recurses in C and crashes the process on deep nesting.
A file without anchors, tags or merge keys (nearly every values file) is built straight from the events,
each distinct plain scalar resolved once (~10x faster at 2,000 worker groups); anything else, or any
problem, is read again through node graphs, which report it with its line.
Every error is a ``ValuesError`` naming the file (``source``) with ``line N, column M:``.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import (DocumentEndEvent, DocumentStartEvent, MappingEndEvent, MappingStartEvent, ScalarEvent,
                         SequenceEndEvent, SequenceStartEvent, StreamEndEvent, StreamStartEvent)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from .errors import ValuesError

@dataclass(frozen=True)
class Limits:
    """Bounds for one file. Every node counts once per place it appears after alias expansion."""

    max_bytes: int
    max_nodes: int
    max_depth: int = 100


# A values file is a few kB; 2,000 worker groups are about 0.3 MiB and 40,000 nodes.
VALUES = Limits(max_bytes=4 * 1024 * 1024, max_nodes=500_000)
# A manifest file holds objects of at most 1.5 MiB each (the API server's limit), a few dozen of them.
MANIFESTS = Limits(max_bytes=16 * 1024 * 1024, max_nodes=2_000_000)

STDIN = "-"


def read_text(path: str | os.PathLike, limits: Limits = VALUES, *, source: str | None = None,
              regular_only: bool = False) -> str:
    """The decoded text of ``path`` (``-`` is standard input), refusing files over ``limits.max_bytes``.

    regular_only: refuse pipes and devices instead of reading them (a FIFO without a writer would
        block forever: ``--check`` must never hang). Default: False (``-f <(...)`` is a pipe).
    """
    source = source or ("standard input" if str(path) == STDIN else str(path))
    return decode(read_bytes(path, limits.max_bytes, source=source, regular_only=regular_only), source=source)


def read_bytes(path: str | os.PathLike, max_bytes: int, *, source: str, regular_only: bool = False) -> bytes:
    try:
        if str(path) == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            # O_NONBLOCK: opening a FIFO must not wait for a writer before we can look at what it is
            fd = os.open(path, os.O_RDONLY | (os.O_NONBLOCK if regular_only else 0))
            with open(fd, "rb") as file:
                info = os.fstat(fd)
                if stat.S_ISDIR(info.st_mode):
                    raise ValuesError(["is a folder, not a file"], source)
                if regular_only and not stat.S_ISREG(info.st_mode):
                    raise ValuesError(["is not a regular file (a pipe, socket or device); not read"], source)
                if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                    raise ValuesError([_too_big(info.st_size, max_bytes)], source)
                data = file.read(max_bytes + 1)  # devices and pipes report no size: read at most this much
    except OSError as error:
        raise ValuesError([f"cannot read the file ({error.strerror or error})"], source) from None
    if len(data) > max_bytes:
        raise ValuesError([_too_big(None, max_bytes)], source)
    return data


def _too_big(size: int | None, max_bytes: int) -> str:
    what = f"is {size / 2**20:.1f} MiB" if size is not None else "is larger than that"
    return f"too large: {what}; at most {max_bytes // 2**20} MiB are read (split it, or check what produced it)"


_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def decode(data: bytes, *, source: str) -> str:
    """UTF-8 text; a byte order mark selects UTF-8, UTF-16 or UTF-32 explicitly."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as error:
                raise ValuesError([f"starts with a {name} byte order mark but is not valid {name} "
                                   f"(at byte {error.start + len(bom)}); save it as UTF-8"], source) from None
    zero = data.find(0)
    if zero >= 0:  # valid UTF-8 too when it is ASCII in UTF-16, but never text YAML accepts
        head = data[:4096]
        if head.count(0) * 3 >= len(head):
            raise ValuesError(["is UTF-16 or binary (every other byte is zero) without a byte order mark; "
                               "save it as UTF-8"], source)
        raise ValuesError([f"is a binary file, not YAML text (a zero byte at offset {zero})"], source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValuesError([_not_utf8(data, error)], source) from None


def _not_utf8(data: bytes, error: UnicodeDecodeError) -> str:
    before = data[:error.start]
    line, column = before.count(b"\n") + 1, error.start - (before.rfind(b"\n") + 1) + 1
    return (f"line {line}, column {column}: is not UTF-8 (byte 0x{data[error.start]:02x}; "
            "Latin-1 or Windows-1252 perhaps); save it as UTF-8")


# ---- YAML ----------------------------------------------------------------------------------------


class _Reader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser (events only) and PyYAML's safe constructor, stricter."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):  # e.g. "!!map text": SafeConstructor says so
            return super().construct_mapping(node, deep=deep)
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # "<<" merges: explicit keys may override merged ones
            key = self.construct_object(key_node, deep=True)
            try:
                identity = (type(key), key)
                first = seen.get(identity)
            except TypeError:
                continue  # an unhashable key: SafeConstructor reports it
            if first is not None:
                raise ConstructorError(None, None, f"duplicate key {str(key)!r} (first at line {first}); remove one",
                                       key_node.start_mark)
            seen[identity] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        # int("9" * 5000), a date like 2024-13-45, "!!int" with no digits (IndexError in PyYAML)
        except (ValueError, OverflowError, IndexError, TypeError, KeyError) as error:
            reason = str(error).split(";")[0] or type(error).__name__
            raise ConstructorError(None, None, f"cannot read this value ({reason})",
                                   node.start_mark) from None


_RESOLVER = Resolver()
_UNSET = object()


def _compose(parser: Any, limits: Limits) -> Node | None:
    """The next document's node graph from parser events, counting nodes as if aliases were expanded."""
    parser.get_event()  # DocumentStartEvent
    anchors: dict[str, tuple[Node, int]] = {}  # anchor -> (node, expanded size)
    stack: list[tuple[Node, Any, int]] = []  # (collection node, anchor, total before it)
    total, root = 0, None

    def add(node: Node, size: int) -> None:
        nonlocal total, root
        total += size
        if total > limits.max_nodes:
            raise ConstructorError(None, None, f"has more than {limits.max_nodes} YAML nodes once its aliases "
                                               "are expanded (an alias bomb?); refused", node.start_mark)
        if stack:
            stack[-1][0].value.append(node)
        else:
            root = node

    while not parser.check_event(yaml.DocumentEndEvent):
        event = parser.get_event()
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in anchors:
                open_anchors = {a for _, a, _ in stack}
                why = "refers to the collection it is in" if event.anchor in open_anchors else "is not defined before"
                raise ConstructorError(None, None, f"alias *{event.anchor} {why}", event.start_mark)
            node, size = anchors[event.anchor]
            add(node, size)
        elif isinstance(event, yaml.ScalarEvent):
            tag = event.tag if event.tag not in (None, "!") else _RESOLVER.resolve(ScalarNode, event.value, event.implicit)
            node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
            add(node, 1)
            if event.anchor is not None:
                anchors[event.anchor] = (node, 1)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(stack) >= limits.max_depth:
                raise ConstructorError(None, None, f"is nested deeper than {limits.max_depth} levels; refused",
                                       event.start_mark)
            kind = SequenceNode if isinstance(event, yaml.SequenceStartEvent) else MappingNode
            tag = event.tag if event.tag not in (None, "!") else _RESOLVER.resolve(kind, None, event.implicit)
            node = kind(tag, [], event.start_mark, None, flow_style=event.flow_style)
            add(node, 1)
            stack.append((node, event.anchor, total))
        else:  # SequenceEndEvent, MappingEndEvent
            node, anchor, before = stack.pop()
            node.end_mark = event.end_mark
            if isinstance(node, MappingNode):
                node.value = list(zip(node.value[::2], node.value[1::2]))
            if anchor is not None:
                anchors[anchor] = (node, total - before + 1)
    parser.get_event()  # DocumentEndEvent
    return root


def load_all(text: str, limits: Limits = MANIFESTS, *, source: str = "YAML") -> list[Any]:
    """Every document of ``text`` (empty ones as None), within ``limits`` for the whole text."""
    if len(text) > limits.max_bytes:  # text from memory; files were bounded when read
        raise ValuesError([_too_big(len(text), limits.max_bytes)], source)
    documents = _load_plain(text, limits)
    if documents is not None:
        return documents
    return _load_nodes(text, limits, source)


def _load_nodes(text: str, limits: Limits, source: str) -> list[Any]:
    """``load_all`` through node graphs: every YAML feature, every error with its line."""
    reader = _Reader(text)
    documents: list[Any] = []
    try:
        reader.get_event()  # StreamStartEvent
        budget = limits
        while not reader.check_event(yaml.StreamEndEvent):
            node = _compose(reader, budget)
            documents.append(reader.construct_document(node) if node is not None else None)
            budget = Limits(limits.max_bytes, budget.max_nodes - _count(node), limits.max_depth)
    except yaml.YAMLError as error:
        raise ValuesError([_describe(error, text)], source) from None
    except RecursionError:  # a guard only: composing is iterative and depth is bounded
        raise ValuesError([f"is nested too deeply (more than {limits.max_depth} levels)"], source) from None
    except (ValueError, OverflowError, IndexError, TypeError, KeyError) as error:  # a guard: values are caught above
        raise ValuesError([f"cannot read a value ({str(error).split(';')[0] or type(error).__name__})"], source) from None
    finally:
        reader.dispose()
    return documents


def load(text: str, limits: Limits = VALUES, *, source: str = "YAML") -> Any:
    """The one document of ``text`` (None when it is empty)."""
    documents = load_all(text, limits, source=source)
    if len(documents) > 1:
        raise ValuesError([f"holds {len(documents)} YAML documents (separated by ---); it must be one"], source)
    return documents[0] if documents else None


_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp"))
_CONSTRUCTOR = SafeConstructor()


def _load_plain(text: str, limits: Limits) -> list[Any] | None:
    """``load_all`` for the common case, built straight from the parser's events: no nodes, each distinct
    plain scalar resolved once. None (read it through ``_load_nodes``, which reports it) on anything else:
    an anchor, alias, explicit tag, merge key, collection key, duplicate key, a limit or an error.
    On success the documents equal what ``_load_nodes`` returns (tests compare the two)."""
    parser = _Reader(text)
    plain: dict[str, Any] = {}  # plain scalar -> its value, for this text
    stack: list[tuple[list[Any], bool]] = []  # (items, is_mapping) of the open collections
    documents: list[Any] = []
    total = 0
    try:
        while True:
            event = parser.get_event()
            kind = type(event)
            if kind is ScalarEvent:
                total += 1
                if event.anchor is not None or event.tag is not None or total > limits.max_nodes:
                    return None
                if not event.implicit[0]:  # quoted: a string (Resolver.resolve)
                    value = event.value
                elif (value := plain.get(event.value, _UNSET)) is _UNSET:
                    tag = _RESOLVER.resolve(ScalarNode, event.value, event.implicit)
                    if tag not in _PLAIN_TAGS:
                        return None
                    value = plain[event.value] = _CONSTRUCTOR.yaml_constructors[tag](
                        _CONSTRUCTOR, ScalarNode(tag, event.value))
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                total += 1
                if (event.anchor is not None or event.tag is not None or total > limits.max_nodes
                        or len(stack) >= limits.max_depth):
                    return None
                stack.append(([], kind is MappingStartEvent))
                continue
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                items, is_mapping = stack.pop()
                value = items
                if is_mapping:
                    value = dict(zip(items[::2], items[1::2]))  # a collection as key: TypeError
                    if 2 * len(value) != len(items):
                        return None  # a key given twice
            elif kind is DocumentStartEvent or kind is StreamStartEvent:
                value = None
                continue
            elif kind is DocumentEndEvent:
                documents.append(value)  # the last value closed is the document's root
                continue
            elif kind is StreamEndEvent:
                return documents
            else:  # an alias
                return None
            if stack:
                stack[-1][0].append(value)
    except (yaml.YAMLError, ValueError, OverflowError, IndexError, TypeError, KeyError):
        return None
    finally:
        parser.dispose()


def _count(node: Node | None) -> int:
    """Nodes of a composed document, aliases expanded (already within the limit, so this is bounded)."""
    count, todo = 0, [node] if node is not None else []
    while todo:
        node = todo.pop()
        count += 1
        if isinstance(node, SequenceNode):
            todo += node.value
        elif isinstance(node, MappingNode):
            todo += [part for pair in node.value for part in pair]
    return count


def _describe(error: yaml.YAMLError, text: str) -> str:
    if isinstance(error, yaml.reader.ReaderError):  # libyaml names a byte offset in UTF-8, not a line
        before = text.encode("utf-8", "surrogatepass")[:error.position].decode("utf-8", "replace")
        line, column = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
        char = error.character if isinstance(error.character, int) else ord(error.character)
        return f"line {line}, column {column}: not valid YAML (character #x{char:04x} is not allowed)"
    mark = getattr(error, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    problem = getattr(error, "problem", None) or str(error)
    if isinstance(error, ConstructorError):
        return f"{where}{problem}"
    return f"{where}not valid YAML ({problem})"


# ---- JSON ----------------------------------------------------------------------------------------


def load_json(text: str, limits: Limits = MANIFESTS, *, source: str = "JSON") -> Any:
    """A JSON document with the same rules: duplicate keys, depth and size refused."""
    if len(text) > limits.max_bytes:
        raise ValuesError([_too_big(len(text), limits.max_bytes)], source)

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key, value in pairs:
            if key in data:
                raise ValuesError([f"duplicate key {key!r} in one object; remove one"], source)
            data[key] = value
        return data

    try:
        data = json.loads(text, object_pairs_hook=unique)
    except json.JSONDecodeError as error:
        raise ValuesError([f"line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})"], source) from None
    except RecursionError:
        raise ValuesError([f"is nested too deeply (more than {limits.max_depth} levels)"], source) from None
    except ValueError as error:  # a number of more than 4300 digits
        raise ValuesError([f"cannot read a value ({str(error).split(';')[0]})"], source) from None
    _check_depth(data, limits, source)
    return data


def _check_depth(data: Any, limits: Limits, source: str) -> None:
    todo = [(data, 0)]
    while todo:
        value, depth = todo.pop()
        if isinstance(value, (dict, list)):
            if depth >= limits.max_depth:
                raise ValuesError([f"is nested deeper than {limits.max_depth} levels; refused"], source)
            todo += [(v, depth + 1) for v in (value.values() if isinstance(value, dict) else value)]
