"""The construct reference (``docs/reference.md``), generated from the docstrings.

``python -m airflow_cdk8s.reference > docs/reference.md`` rewrites it. ``tests/test_reference.py``
fails when that file is stale or when a prop has no description in its class docstring.

Docstring conventions read here:

* the first paragraph is the summary;
* a prop is described on a line ``name: text`` (in a ``Props:`` section or at the top level),
  continued on more indented lines; ``a, b: text`` and ``a / b: text`` describe several props;
* an ``Example::`` line starts an indented code example (the tests run every one).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import re
from typing import Any

import pydantic
from constructs import Construct

PACKAGES = ("airflow_cdk8s",)  # every public name, the platform's too, is exported at the top level
NOT_PROPS = {"self", "scope", "id"}
REQUIRED = object()
_PROP_LINE = re.compile(r"^([a-z_][a-z0-9_]*(?:\s*[,/]\s*[a-z_][a-z0-9_]*)*):\s?(.*)$")
KINDS = {"construct": "constructs", "dataclass": "prop types (dataclasses)", "values model": "values models",
         "class": "other classes", "function": "functions"}


def public_items(package: str) -> list[tuple[str, Any]]:
    """(name, object) of every class and function in ``package.__all__``, sorted by name."""
    module = importlib.import_module(package)
    objects = ((name, getattr(module, name)) for name in sorted(module.__all__))
    return [(name, obj) for name, obj in objects if inspect.isclass(obj) or inspect.isfunction(obj)]


def kind(obj: Any) -> str:
    if inspect.isfunction(obj):
        return "function"
    if issubclass(obj, Construct):
        return "construct"
    if issubclass(obj, pydantic.BaseModel):
        return "values model"
    return "dataclass" if dataclasses.is_dataclass(obj) else "class"


def docstring(obj: Any) -> str:
    """The class docstring, plus the ``__init__`` docstring when the class defines one."""
    parts = [inspect.getdoc(obj) or ""]
    init = vars(obj).get("__init__") if inspect.isclass(obj) else None
    if init is not None and init.__doc__:
        parts.append(inspect.getdoc(init) or "")
    return "\n\n".join(parts)


def split_example(doc: str) -> tuple[str, str]:
    """(docstring without its ``Example::`` section, the example's code)."""
    lines = doc.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == "Example::"), None)
    if start is None:
        return doc, ""
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(" ")):
        end += 1
    code = inspect.cleandoc("\n".join(lines[start + 1:end]))
    return "\n".join(lines[:start] + lines[end:]), code


def summary(doc: str) -> str:
    """The first paragraph, on one line."""
    return " ".join(doc.strip().split("\n\n")[0].split())


def attributes(doc: str) -> str:
    """The ``Attributes:`` paragraph on one line (what a subclass or a test reaches on the object), or ""."""
    return next((" ".join(p.split()) for p in doc.split("\n\n") if p.strip().startswith("Attributes:")), "")


def prop_docs(doc: str) -> dict[str, str]:
    """Prop name -> description, from ``name: text`` lines and their more indented continuations."""
    docs: dict[str, str] = {}
    names: list[str] = []
    indent = 0
    for line in split_example(doc)[0].splitlines():
        depth = len(line) - len(line.lstrip())
        if names and line.strip() and depth > indent:
            for name in names:
                docs[name] = f"{docs[name]} {line.strip()}".strip()
            continue
        match = _PROP_LINE.match(line.strip())
        names, indent = (re.split(r"\s*[,/]\s*", match[1]), depth) if match else ([], 0)
        for name in names:
            docs.setdefault(name, match[2].strip())
    return docs


def described_props(obj: Any) -> dict[str, str]:
    """``prop_docs`` of the object's docstring, over those of the dataclasses it extends (their fields are its)."""
    docs: dict[str, str] = {}
    bases = [b for b in reversed(inspect.getmro(obj)) if dataclasses.is_dataclass(b)] if inspect.isclass(obj) else []
    for source in [*bases[:-1], obj]:
        docs.update(prop_docs(split_example(docstring(source))[0]))
    return docs


def props(obj: Any) -> list[dict[str, Any]]:
    """One row per prop: name, type, default (``REQUIRED`` if none), values-file key for models."""
    if inspect.isclass(obj) and issubclass(obj, pydantic.BaseModel):
        return [{"name": name, "key": values_keys(name, field), "type": model_annotation(obj, name),
                 "default": REQUIRED if field.is_required() else field.get_default(call_default_factory=True),
                 "doc": field.description or schema_description(field)}
                for name, field in obj.model_fields.items()]
    if dataclasses.is_dataclass(obj):
        return [{"name": f.name, "type": f.type, "default": field_default(f)} for f in dataclasses.fields(obj)]
    signature = inspect.signature(obj.__init__ if inspect.isclass(obj) else obj)
    return [{"name": p.name, "type": p.annotation, "default": REQUIRED if p.default is p.empty else p.default}
            for p in signature.parameters.values()
            if p.name not in NOT_PROPS and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]


def field_default(f: dataclasses.Field) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    return f.default_factory() if f.default_factory is not dataclasses.MISSING else REQUIRED


def values_keys(name: str, field: Any) -> str:
    """The values-file key (camelCase alias) and any other accepted spelling."""
    keys = [field.alias or name]
    if isinstance(field.validation_alias, pydantic.AliasChoices):
        keys += [str(c) for c in field.validation_alias.choices if c not in (name, *keys)]
    return " / ".join(keys)


def model_annotation(model: type, name: str) -> str:
    """The field's annotation as written in the source (``list[EnvVar]``), without ``Annotated``."""
    text = next(vars(c)["__annotations__"][name] for c in model.__mro__ if name in vars(c).get("__annotations__", {}))
    return re.sub(r"^Annotated\[([^,\[]+),.*\]$", r"\1", str(text))


def schema_description(field: Any) -> str:
    return next((m.json_schema.get("description", "") for m in field.metadata if hasattr(m, "json_schema")), "")


def show(value: Any) -> str:
    """A default as Python source, listing only the fields of a dataclass or model that differ from theirs."""
    if isinstance(value, list):
        return "[" + ", ".join(map(show, value)) + "]"
    if isinstance(value, pydantic.BaseModel):
        fields = {n: f.get_default(call_default_factory=True) for n, f in type(value).model_fields.items()}
    elif dataclasses.is_dataclass(value):
        fields = {f.name: field_default(f) for f in dataclasses.fields(value)}
    else:
        return repr(value)
    changed = (f"{n}={show(getattr(value, n))}" for n, d in fields.items() if getattr(value, n) != d)
    return f"{type(value).__name__}({', '.join(changed)})"


def methods(cls: type) -> list[tuple[str, str]]:
    """(call, first docstring line) of the public methods defined in this package, base classes included."""
    found: dict[str, str] = {}
    for klass in cls.__mro__:
        if klass.__module__.startswith("airflow_cdk8s"):
            for name, member in vars(klass).items():
                if name.startswith("_") or name in found:
                    continue
                if isinstance(member, property):
                    found[name] = name
                elif inspect.isfunction(member) or isinstance(member, (classmethod, staticmethod)):
                    params = list(inspect.signature(getattr(cls, name)).parameters.values())
                    found[name] = f"{name}({', '.join(call_param(p) for p in params if p.name != 'self')})"
    return [(call, (inspect.getdoc(getattr(cls, name)) or "").split("\n\n")[0].replace("\n", " "))
            for name, call in sorted(found.items())]


def call_param(p: inspect.Parameter) -> str:
    return {p.VAR_POSITIONAL: "*", p.VAR_KEYWORD: "**"}.get(p.kind, "") + p.name + ("" if p.default is p.empty else "=...")


def cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_item(package: str, name: str, obj: Any) -> list[str]:
    doc, example = split_example(docstring(obj))
    described = described_props(obj)
    out = [f"### {name}", "", f"{kind(obj)} · `from {package} import {name}` · defined in `{obj.__module__}`", "",
           summary(doc), ""]
    rows = props(obj)
    if rows:
        out += ["| prop | type | default | description |", "|---|---|---|---|"]
        for row in rows:  # values models: the values-file key, then the Python field if it differs
            prop = f"`{row['name']}`" if row.get("key", row["name"]) == row["name"] else f"`{row['key']}` (`{row['name']}`)"
            default = "required" if row["default"] is REQUIRED else f"`{cell(show(row['default']))}`"
            out.append(f"| {prop} | `{cell(row['type'])}` | {default} | {cell(row.get('doc') or described.get(row['name'], ''))} |")
        out.append("")
    if attrs := attributes(doc):
        out += [attrs, ""]
    if inspect.isclass(obj) and (found := methods(obj)):
        out += ["Methods:", ""] + [f"- `{call}`" + (f": {text}" if text else "") for call, text in found] + [""]
    if example:
        out += ["Example:", "", "```python", example, "```", ""]
    return out


def render() -> str:
    out = ["# Construct reference", "",
           "Every public construct, prop type, values model and function of `airflow_cdk8s` (the platform's",
           "are in `airflow_cdk8s.platform` too), generated from the docstrings by",
           "`python -m airflow_cdk8s.reference > docs/reference.md` (a test fails when this file is stale).",
           "Values models are the agent's `values.yaml`: a prop is the key you write in the file, followed by",
           "the Python field name when they differ. More examples: the [README](../README.md) and `docs/`.", ""]
    for package in PACKAGES:
        items = public_items(package)
        out += [f"## {package}", ""]
        for k, title in KINDS.items():
            links = [f"[{name}](#{name.lower()})" for name, obj in items if kind(obj) == k]
            if links:
                out += [f"- **{title}**: " + ", ".join(links)]
        out.append("")
        for name, obj in items:
            out += render_item(package, name, obj)
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    print(render(), end="")
