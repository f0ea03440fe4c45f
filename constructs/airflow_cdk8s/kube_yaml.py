"""YAML text exactly as cdk8s writes it, produced in Python.

cdk8s's ``Yaml.stringify`` runs the npm ``yaml`` package (2.9.1, bundled with cdk8s 2.70) with the YAML 1.1
schema and ``lineWidth: 0``: block style, sequences indented under their key, plain scalars wherever they
would read back as the same string, double quotes otherwise (single quotes for a string that holds ``"``
but no ``'``), literal blocks (``|``, ``|-``, ``|+``) for multi-line strings. This module ports those rules
(``stringifyString``, ``stringifyPair``, ``stringifyCollection``, ``stringifyNumber``) for the JSON data model,
and first applies what the trip through jsii to Node does to a Python value (``1.0`` arrives as the number
``1``; integer-like keys come first in a JavaScript object). PyYAML's dumpers cannot give this output (libyaml
never indents a sequence under its key), so the emitter is written out here; tests/test_kube_yaml.py compares
it with ``cdk8s.Yaml.stringify`` on generated documents.
"""

from __future__ import annotations

import decimal
import functools
import json
import math
import re
from typing import Any, Iterable

_STEP = "  "
_SAFE_INTEGER = 2**53  # integers of smaller magnitude keep their digits as JavaScript numbers

# Plain scalars that would read back as another type under the YAML 1.1 schema (the schema's `test`s).
_NOT_A_STRING = re.compile(
    r"(?:~|[Nn]ull|NULL)?"                                            # null (also the empty string)
    r"|Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON|N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF"  # bool
    r"|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?[0-9][0-9_]*|[-+]?0x[0-9a-fA-F_]+"          # int: bin, oct, dec, hex
    r"|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN"                      # float: inf, nan
    r"|[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+"           # float: exponent
    r"|[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*"                               # float
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"              # sexagesimal int and float
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?"
    r"(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?"               # timestamp
)
_NOT_PLAIN = re.compile(r"^[\n\t ,\[\]{}#&*!|>'\"%@`]|^[?-]\Z|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]\Z")
_DOUBLE_QUOTE_ONLY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_DOCUMENT_MARKER = re.compile(r"(?:^|(?<=[\n\r\u2028\u2029]))(?:%|---|\.\.\.)")  # JavaScript's /^.../m
_SPACE_AT_NEWLINE = re.compile(r"[ \t]\n|\n[ \t]")
_TRAILING_BLANK_LINE = re.compile(r"\n[\t ]+\Z")
_NEWLINES = re.compile(r"\n+")
_BLOCK_END_NEWLINES = re.compile(r"(?:^|(?<!\n))\n+(?!\n|\Z)")
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")
_ESCAPES = {"0000": "\\0", "0007": "\\a", "000b": "\\v", "001b": "\\e", "0085": "\\N", "00a0": "\\_",
            "2028": "\\L", "2029": "\\P"}


def dump_all(docs: Iterable[Any]) -> str:
    """The documents as cdk8s's ``Yaml.stringify(...docs)`` writes them: each ends in a newline, ``---`` between."""
    return "---\n".join(_node(doc, "", None) + "\n" for doc in docs)


def read_back(value: Any) -> Any:
    """What reading ``dump_all``'s text back gives for ``value``: the keys jsii drops are gone, and a number is
    the one its text denotes (``1.0`` is written ``1``, an integer; ``1e21`` is written ``1e+21``, a float).
    Strings read back as themselves: the emitter quotes every string that would read as something else."""
    kind = type(value)
    if kind is str or value is None or kind is bool or (kind is int and -_SAFE_INTEGER < value < _SAFE_INTEGER):
        return value  # most of the leaves: checked first, as this walks every object
    if isinstance(value, dict):
        return {k: read_back(v) for k, v in _javascript_items(value)}
    if isinstance(value, (list, tuple)):
        return [read_back(v) for v in value]
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _SAFE_INTEGER):
        text = _number(value)
        return int(text) if text.lstrip("-").isdigit() else float(text)
    return value


# --- collections and pairs ----------------------------------------------------------------------


def _node(value: Any, indent: str, implicit_key: bool | None) -> str:
    if isinstance(value, dict):
        items = _javascript_items(value)
        if not items:
            return "{}"
        return f"\n{indent}".join([_pair(k, v, indent) for k, v in items])
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        item_indent = indent + _STEP
        return f"\n{indent}".join(["- " + _node(v, item_indent, implicit_key) for v in value])
    return _scalar(value, indent, implicit_key)


def _javascript_items(mapping: dict) -> list[tuple[str, Any]]:
    """The entries as they arrive in Node through jsii: a key whose value is None is left out, and the keys
    that are array indices come first, in ascending order (JavaScript's property order)."""
    items = [(k, v) for k, v in mapping.items() if v is not None]
    for k, _ in items:  # a plain loop: this runs for every mapping written
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
    inner = indent + _STEP
    text = _string(key, inner, True)
    explicit = len(text) > 1024 and _js_len(text) > 1024  # a longer implicit key is not allowed
    text = f"? {text}\n{indent}:" if explicit else f"{text}:"
    rendered = _node(value, inner, False)
    if not explicit and value and isinstance(value, (dict, list, tuple)) and rendered[0] not in "{[":
        return f"{text}\n{inner}{rendered}"
    if rendered == "" or rendered[0] == "\n":
        return text + rendered
    return f"{text} {rendered}"


# --- scalars ------------------------------------------------------------------------------------


def _scalar(value: Any, indent: str, implicit_key: bool | None) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return _number(value)
    if isinstance(value, str):
        return _string(value, indent, implicit_key)
    raise TypeError(f"cannot write a {type(value).__name__} as YAML: {value!r}")


def _number(value: int | float) -> str:
    """``JSON.stringify`` of a JavaScript number (jsii turns every Python number into one)."""
    if isinstance(value, int) and abs(value) < _SAFE_INTEGER:
        return str(value)
    number = float(value)
    if math.isnan(number):
        return ".nan"
    if math.isinf(number):
        return "-.inf" if number < 0 else ".inf"
    if number == 0:
        return "-0" if math.copysign(1, number) < 0 else "0"
    # The shortest digits that round-trip (Python's repr and JavaScript agree), laid out as Number::toString.
    sign, digits, exponent = decimal.Decimal(repr(number)).normalize().as_tuple()
    significant = "".join(map(str, digits))
    k, n = len(significant), exponent + len(digits)  # |number| = 0.significant * 10**n
    sign_text = "-" if sign else ""
    if k <= n <= 21:
        return sign_text + significant + "0" * (n - k)
    if 0 < n <= 21:
        return sign_text + significant[:n] + "." + significant[n:]
    if -6 < n <= 0:
        return sign_text + "0." + "0" * -n + significant
    e = n - 1
    mantissa = significant[0] + ("." + significant[1:] if k > 1 else "")
    return f"{sign_text}{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"


def _js_len(text: str) -> int:
    """Length in UTF-16 code units, as JavaScript counts."""
    return len(text) if text.isascii() else len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


@functools.lru_cache(maxsize=1 << 16)  # keys and label values repeat in every object
def _string(value: str, indent: str, implicit_key: bool | None) -> str:
    if _DOUBLE_QUOTE_ONLY.search(value):  # control characters and lone surrogates
        return _double_quoted(value, indent, implicit_key)
    return _plain(value, indent, implicit_key)


def _plain(value: str, indent: str, implicit_key: bool | None) -> str:
    if implicit_key and "\n" in value:
        return _quoted(value, indent, implicit_key)
    if _NOT_PLAIN.search(value):
        if implicit_key or "\n" not in value:
            return _quoted(value, indent, implicit_key)
        return _block(value, indent, implicit_key)
    if not implicit_key and "\n" in value:
        return _block(value, indent, implicit_key)
    if _DOCUMENT_MARKER.search(value):
        if indent == "":
            return _block(value, indent, implicit_key, force_indent=True)
        if implicit_key and indent == _STEP:
            return _quoted(value, indent, implicit_key)
    text = _NEWLINES.sub(lambda m: m.group(0) + "\n" + indent, value)
    if _NOT_A_STRING.fullmatch(text):
        return _quoted(value, indent, implicit_key)
    return text


def _quoted(value: str, indent: str, implicit_key: bool | None) -> str:
    if '"' in value and "'" not in value:
        return _single_quoted(value, indent, implicit_key)
    return _double_quoted(value, indent, implicit_key)


def _single_quoted(value: str, indent: str, implicit_key: bool | None) -> str:
    if (implicit_key and "\n" in value) or _SPACE_AT_NEWLINE.search(value):
        return _double_quoted(value, indent, implicit_key)
    indent = indent or ("  " if _DOCUMENT_MARKER.search(value) else "")
    return "'" + _NEWLINES.sub(lambda m: m.group(0) + "\n" + indent, value.replace("'", "''")) + "'"


def _double_quoted(value: str, indent: str, implicit_key: bool | None) -> str:
    js = _json_stringify(value)
    indent = indent or ("  " if _DOCUMENT_MARKER.search(value) else "")
    out, start, i, size = [], 0, 0, len(js)
    multi_line = not implicit_key and _js_len(js) >= 40  # doubleQuotedMinMultiLineLength
    while i < size:
        ch = js[i]
        if ch == " " and js[i + 1:i + 3] == "\\n":
            out.append(js[start:i] + "\\ ")  # a space before a line break is escaped so it is not folded
            i += 1
            start = i
            ch = "\\"
        if ch == "\\":
            nxt = js[i + 1:i + 2]
            if nxt == "u":
                out.append(js[start:i])
                code = js[i + 2:i + 6]
                out.append(_ESCAPES.get(code) or ("\\x" + code[2:] if code.startswith("00") else js[i:i + 6]))
                i += 5
                start = i + 1
            elif nxt == "n":
                if not multi_line or js[i + 2:i + 3] == '"':
                    i += 1
                else:  # an escaped line break becomes a real one (folding eats the first)
                    out.append(js[start:i] + "\n\n")
                    while js[i + 2:i + 4] == "\\n" and js[i + 4:i + 5] != '"':
                        out.append("\n")
                        i += 2
                    out.append(indent)
                    if js[i + 2:i + 3] == " ":
                        out.append("\\")
                    i += 1
                    start = i + 1
            else:
                i += 1
        i += 1
    return "".join(out) + js[start:] if start else js


def _json_stringify(value: str) -> str:
    js = json.dumps(value, ensure_ascii=False)
    if _DOUBLE_QUOTE_ONLY.search(value) and re.search("[\ud800-\udfff]", value):  # JavaScript escapes lone surrogates
        js = re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group(0)):04x}", js)
    return js


def _block(value: str, indent: str, implicit_key: bool | None, force_indent: bool = False) -> str:
    """A literal block scalar (``lineWidth: 0`` never folds), with the chomping and indentation indicators."""
    if _TRAILING_BLANK_LINE.search(value):
        return _quoted(value, indent, implicit_key)
    indent = indent or ("  " if force_indent or _DOCUMENT_MARKER.search(value) else "")
    if not value:
        return "|\n"
    end_start = len(value)
    while end_start > 0 and value[end_start - 1] in "\n\t ":
        end_start -= 1
    end = value[end_start:]
    end_newline = end.find("\n")
    if end_newline == -1:
        chomp = "-"
    elif value == end or end_newline != len(end) - 1:
        chomp = "+"
    else:
        chomp = ""
    if end:
        value = value[: -len(end)]
        if end.endswith("\n"):
            end = end[:-1]
        end = _BLOCK_END_NEWLINES.sub(lambda m: m.group(0) + indent, end)
    starts_with_space, start_newline, pos = False, -1, 0
    while pos < len(value):
        if value[pos] == " ":
            starts_with_space = True
        elif value[pos] == "\n":
            start_newline = pos
        else:
            break
        pos += 1
    start = value[: start_newline + 1]
    if start:
        value = value[len(start):]
        start = _NEWLINES.sub(lambda m: m.group(0) + indent, start)
    header = ("2" if indent else "1") if starts_with_space else ""
    value = _NEWLINES.sub(lambda m: m.group(0) + indent, value)
    return f"|{header}{chomp}\n{indent}{start}{value}{end}"
