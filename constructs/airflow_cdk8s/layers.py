"""Values layered as Helm layers them: ``-f`` files in order, then ``--set``, then ``--set-string``.

Later layers win; mappings merge key by key, every other value (lists included) is replaced.
Every path remembers the layer that set it last, so an error can say which file or ``--set`` a
bad value came from. Pure Python: nothing here knows of cdk8s or of a chart's keys.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .errors import ValuesError

Path_ = tuple[str | int, ...]
MAX_INDEX = 1000  # Helm allows 65536; a list that long in a values file is a typo, not a plan


@dataclass
class LayeredValues:
    """The merged values and, for every path, the layer that set it last.

    data: the merged mapping.
    origins: values path (as a tuple of keys and indexes) -> the layer's name (a file, or
        ``--set a.b=1``).
    layers: the names of the layers, in the order applied.
    """

    data: dict[str, Any] = field(default_factory=dict)
    origins: dict[Path_, str] = field(default_factory=dict)
    layers: list[str] = field(default_factory=list)

    @property
    def source(self) -> str:
        """One name for all layers, for error headers: ``a.yaml`` or ``a.yaml + b.yaml + --set``."""
        names = [n if not n.startswith("--set") else n.split(" ", 1)[0] for n in self.layers]
        return " + ".join(dict.fromkeys(names)) or "values"

    def origin(self, path: Path_) -> str | None:
        """The layer that set ``path`` or its nearest parent (a replaced list owns its items)."""
        for end in range(len(path), -1, -1):
            if (found := self.origins.get(path[:end])) is not None:
                return found
        return None

    def apply(self, layer: dict[str, Any], name: str) -> None:
        self.layers.append(name)
        _merge_into(self.data, layer, (), name, self.origins)

    def set_path(self, path: Path_, value: Any, name: str) -> None:
        if name not in self.layers[-1:]:
            self.layers.append(name)
        _set(self.data, path, value, name, self.origins)

    def attribute(self, error: ValuesError) -> ValuesError:
        """``error`` with each problem naming the layer its value came from (when there are several)."""
        if len(self.layers) <= 1:
            return ValuesError(error.problems, self.layers[0] if self.layers else error.source)
        lines = []
        for problem in error.problems:
            path = parse_path(problem.partition(": ")[0])
            origin = self.origin(path) if path is not None else None
            lines.append(f"{problem} (from {origin})" if origin else problem)
        return ValuesError(lines, self.source)


def read_layers(files: Iterable[str | Path] = (), sets: Iterable[str] = (), set_strings: Iterable[str] = ()) -> LayeredValues:
    """Read ``files`` in order, then apply every ``--set`` and then every ``--set-string`` (Helm's order).

    Raises ``ValuesError`` naming the file or ``--set`` at fault.
    """
    from . import safe_yaml
    from .agent.loader import parse_values_text

    layered = LayeredValues()
    files = [str(file) for file in files]
    if files.count(safe_yaml.STDIN) > 1:
        raise ValuesError(["-f -: standard input can be read once; give it once"], "arguments")
    for file in files:
        name = "standard input" if file == safe_yaml.STDIN else file
        text = safe_yaml.read_text(file, safe_yaml.VALUES, source=name)  # bounded, UTF-8, BOMs decoded
        layered.apply(parse_values_text(text, source=name), name)
    for option, expressions in (("--set", sets), ("--set-string", set_strings)):
        for expression in expressions:
            for path_, value in parse_set(expression, as_string=option == "--set-string", option=option):
                layered.set_path(path_, value, f"{option} {expression}")
    return layered


# ---- --set syntax ------------------------------------------------------------------------------


def parse_set(expression: str, *, as_string: bool = False, option: str = "--set") -> list[tuple[Path_, Any]]:
    """Helm's ``--set`` syntax: ``a.b=1,c[0].d=x,list={a,b}``; ``\\`` escapes ``.``, ``,``, ``=``, ``[``.

    Values are typed as Helm types them (``true``/``false``, ``null``, integers without a leading
    zero); ``as_string`` (``--set-string``) keeps every value a string.
    """
    result: list[tuple[Path_, Any]] = []
    text, i = expression, 0

    def fail(message: str) -> ValuesError:
        return ValuesError([f"{message}"], f"{option} {expression}")

    while i < len(text):
        key, i = _read_key(text, i, fail)
        if i >= len(text) or text[i] != "=":
            raise fail(f"{_show(key)}: has no value (write {_show(key)}=VALUE)")
        i += 1
        if i < len(text) and text[i] == "{":
            items, i = _read_list(text, i + 1, fail)
            value: Any = [_typed(item, as_string) for item in items]
        else:
            raw, i = _read_until(text, i, ",")
            value = _typed(raw, as_string)
        result.append((key, value))
        if i < len(text):  # at a ','
            i += 1
            if i == len(text):
                raise fail("ends with ','; remove it or add another assignment")
    if not result:
        raise fail("is empty; write KEY=VALUE")
    return result


def _read_key(text: str, i: int, fail) -> tuple[Path_, int]:
    path: list[str | int] = []
    part, escaped_any = "", False
    while i < len(text) and text[i] not in "=,":
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            part, escaped_any, i = part + text[i + 1], True, i + 2
            continue
        if char == ".":
            if not part and (not path or not isinstance(path[-1], int)):
                raise fail(f"{_show(tuple(path))}: empty key before '.'")
            if part:
                path.append(part)
            part, i = "", i + 1
            continue
        if char == "[":
            end = text.find("]", i)
            if end < 0 or not re.fullmatch(r"\d+", text[i + 1:end]):
                raise fail(f"{_show((*path, part))}: a list index is written [N] with N a number")
            index = int(text[i + 1:end])
            if index > MAX_INDEX:
                raise fail(f"{_show((*path, part))}[{index}]: list index above {MAX_INDEX}")
            if part:
                path.append(part)
            elif not path:
                raise fail("a key must come before a list index")
            path.append(index)
            part, i = "", end + 1
            continue
        part, i = part + char, i + 1
    if part or escaped_any:
        path.append(part)
    if not path:
        raise fail("a key is missing before '='")
    return tuple(path), i


def _read_until(text: str, i: int, stops: str) -> tuple[str, int]:
    out = ""
    while i < len(text) and text[i] not in stops:
        if text[i] == "\\" and i + 1 < len(text):
            out, i = out + text[i + 1], i + 2
        else:
            out, i = out + text[i], i + 1
    return out, i


def _read_list(text: str, i: int, fail) -> tuple[list[str], int]:
    items: list[str] = []
    while True:
        item, i = _read_until(text, i, ",}")
        if i >= len(text):
            raise fail("a list started with '{' has no closing '}'")
        if item or text[i] == ",":
            items.append(item)
        i += 1
        if text[i - 1] == "}":
            if i < len(text) and text[i] != ",":
                raise fail("a list '{...}' must be followed by ',' or the end")
            return items, i


def _typed(raw: str, as_string: bool) -> Any:
    if as_string:
        return raw
    lowered = raw.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered == "null":
        return None
    if raw == "0" or re.fullmatch(r"-?[1-9]\d*", raw):
        number = int(raw)
        if -(2**63) <= number < 2**63:  # Helm's int64; larger stays a string
            return number
    return raw


def _show(path: Path_) -> str:
    return format_path(path) if path else "(key)"


# ---- merging ------------------------------------------------------------------------------------


def _forget(origins: dict[Path_, str], path: Path_) -> None:
    for known in [p for p in origins if p[: len(path)] == path and len(p) > len(path)]:
        del origins[known]


def _merge_into(target: dict[str, Any], layer: dict[str, Any], path: Path_, name: str, origins: dict[Path_, str]) -> None:
    for key, value in layer.items():
        here = (*path, key)
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            origins[here] = name
            _merge_into(target[key], value, here, name, origins)
            continue
        _forget(origins, here)
        target[key] = _copy(value)
        _record(value, here, name, origins)


def _record(value: Any, path: Path_, name: str, origins: dict[Path_, str]) -> None:
    origins[path] = name
    if isinstance(value, dict):
        for key, item in value.items():
            _record(item, (*path, key), name, origins)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _record(item, (*path, index), name, origins)


def _set(target: Any, path: Path_, value: Any, name: str, origins: dict[Path_, str]) -> None:
    node = target
    for depth, key in enumerate(path[:-1]):
        following = path[depth + 1]
        empty: Any = [] if isinstance(following, int) else {}
        node = _child(node, key, empty, path[: depth + 1], origins, name)
    last = path[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
    _forget(origins, path)
    node[last] = _copy(value)
    _record(value, path, name, origins)


def _child(node: Any, key: str | int, empty: Any, path: Path_, origins: dict[Path_, str], name: str) -> Any:
    if isinstance(key, int):
        while len(node) <= key:
            node.append(None)
        current = node[key]
    else:
        current = node.get(key)
    if not isinstance(current, type(empty)):  # a scalar (or the other container) is replaced, as Helm does
        _forget(origins, path)
        current = empty
        node[key] = current
    origins[path] = name
    return current


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


# ---- paths ----------------------------------------------------------------------------------------

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_TOKEN = re.compile(r'\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def format_path(path: Path_) -> str:
    """``('workers', 0, 'hpa')`` -> ``workers[0].hpa`` (the loaders' format; odd keys quoted)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN.fullmatch(part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out


def parse_path(text: str) -> Path_ | None:
    """The inverse of ``format_path``; None when ``text`` is not a values path."""
    path: list[str | int] = []
    i = 0
    while i < len(text):
        match = _TOKEN.match(text, i)
        if not match or (match.group(0).startswith(".") and not path) or (not match.group(0).startswith((".", "[")) and path):
            return None
        name, index, quoted = match.groups()
        path.append(name if name is not None else int(index) if index is not None else json.loads(quoted))
        i = match.end()
    return tuple(path) if path else None

