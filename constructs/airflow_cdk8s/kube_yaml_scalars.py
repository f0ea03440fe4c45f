"""Scalars exactly as cdk8s writes them (npm ``yaml`` 2.9.1, YAML 1.1 schema, ``lineWidth: 0``); kube_yaml writes
the collections around them.

Plain wherever a string reads back as the same string, double quotes otherwise (single quotes for a string
that holds ``"`` but no ``'``), literal blocks (``|``, ``|-``, ``|+``) for multi-line strings: ports of the
package's ``stringifyString`` and ``stringifyNumber``; numbers as jsii hands them to Node (JavaScript numbers).
"""

from __future__ import annotations

import decimal
import json
import math
import re
from typing import Any

STEP = "  "
SAFE_INTEGER = 2**53  # integers of smaller magnitude keep their digits as JavaScript numbers

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
# Plain wherever it stands unless it reads as another type: no indicator first (nor "%", "-", "." that could
# start a document marker), no whitespace, "#" or quote, no ":" at the end.
_ALWAYS_PLAIN = re.compile(r"[A-Za-z0-9_/][-A-Za-z0-9_./:=@+]*")
_DOUBLE_QUOTE_ONLY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_DOCUMENT_MARKER = re.compile(r"(?:^|(?<=[\n\r\u2028\u2029]))(?:%|---|\.\.\.)")  # JavaScript's /^.../m
_SPACE_AT_NEWLINE = re.compile(r"[ \t]\n|\n[ \t]")
_TRAILING_BLANK_LINE = re.compile(r"\n[\t ]+\Z")
_NEWLINES = re.compile(r"\n+")
_BLOCK_END_NEWLINES = re.compile(r"(?:^|(?<!\n))\n+(?!\n|\Z)")
_ESCAPES = {"0000": "\\0", "0007": "\\a", "000b": "\\v", "001b": "\\e", "0085": "\\N", "00a0": "\\_",
            "2028": "\\L", "2029": "\\P"}


def scalar(value: Any, indent: str, implicit_key: bool | None) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, str):
        return string(value, indent, implicit_key)
    raise TypeError(f"cannot write a {type(value).__name__} as YAML: {value!r}")


def number(value: int | float) -> str:
    """``JSON.stringify`` of a JavaScript number (jsii turns every Python number into one)."""
    if isinstance(value, int) and abs(value) < SAFE_INTEGER:
        return str(value)
    as_float = float(value)
    if math.isnan(as_float):
        return ".nan"
    if math.isinf(as_float):
        return "-.inf" if as_float < 0 else ".inf"
    if as_float == 0:
        return "-0" if math.copysign(1, as_float) < 0 else "0"
    # The shortest digits that round-trip (Python's repr and JavaScript agree), laid out as Number::toString.
    sign, digits, exponent = decimal.Decimal(repr(as_float)).normalize().as_tuple()
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


def js_len(text: str) -> int:
    """Length in UTF-16 code units, as JavaScript counts."""
    return len(text) if text.isascii() else len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def string(value: str, indent: str, implicit_key: bool | None) -> str:
    if _ALWAYS_PLAIN.fullmatch(value) and value[-1] != ":" and not _NOT_A_STRING.fullmatch(value):
        return value  # most names, labels and paths: none of the rules below applies
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
        if implicit_key and indent == STEP:
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
    multi_line = not implicit_key and js_len(js) >= 40  # doubleQuotedMinMultiLineLength
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
