"""Validation of custom resources against the CRDs the library emits objects for.

The CRD files (cert-manager, external-secrets, prometheus-operator) live in `crds/` next to this module and are
shipped as package data, so `--check` works from an installed wheel; provenance is in
imports/crds/SOURCES.md.

A CRD's openAPIV3Schema is not closed the way the built-in strict schemas are: the API
server prunes unknown fields silently. To catch typos we close every object schema that
lists `properties`, unless it opts out with `x-kubernetes-preserve-unknown-fields` or sets
its own `additionalProperties`. Not checked: CEL rules (`x-kubernetes-validations`).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import jsonschema
import yaml

from ._format import describe_error

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the CRD files are ~2 MB together


class Crd(NamedTuple):
    source: str  # file name in crds/
    served: dict[str, bool]  # version -> served
    schemas: dict[str, dict[str, Any]]  # version -> openAPIV3Schema


def _close(schema: dict[str, Any]) -> dict[str, Any]:
    """Translate one structural schema node to JSON Schema, rejecting unknown fields.

    Only the structural part (properties, items, additionalProperties) is walked: a
    `properties` inside anyOf/allOf/oneOf is a partial value check and must stay open.
    """
    schema = dict(schema)
    if schema.get("nullable") and "type" in schema:
        schema["type"] = [schema["type"], "null"]  # OpenAPI 3.0 `nullable` is not JSON Schema
    if schema.get("x-kubernetes-int-or-string") and "anyOf" not in schema:
        schema["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if "properties" in schema:
        properties = {name: _close(sub) for name, sub in schema["properties"].items()}
        if schema.get("x-kubernetes-embedded-resource"):
            # An embedded object always may carry apiVersion/kind/metadata.
            for implicit in ("apiVersion", "kind", "metadata"):
                properties.setdefault(implicit, {})
        schema["properties"] = properties
        if not schema.get("x-kubernetes-preserve-unknown-fields") and "additionalProperties" not in schema:
            schema["additionalProperties"] = False
    if isinstance(schema.get("additionalProperties"), dict):
        schema["additionalProperties"] = _close(schema["additionalProperties"])
    if isinstance(schema.get("items"), dict):
        schema["items"] = _close(schema["items"])
    return schema


def _load(source: str, crd: dict[str, Any]) -> tuple[tuple[str, str], Crd]:
    spec = crd["spec"]
    served = {v["name"]: bool(v.get("served")) for v in spec["versions"]}
    schemas = {v["name"]: v.get("schema", {}).get("openAPIV3Schema", {}) for v in spec["versions"]}
    return (spec["group"], spec["names"]["kind"]), Crd(source, served, schemas)


@cache
def _crds() -> dict[tuple[str, str], Crd]:
    """(group, kind) -> CRD, read lazily: only runs when a non-built-in kind is seen."""
    found: dict[tuple[str, str], Crd] = {}
    folder = resources.files(__package__).joinpath("crds")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            for doc in yaml.load_all(entry.read_text(encoding="utf-8"), Loader=_Loader):
                if doc and doc.get("kind") == "CustomResourceDefinition":
                    key, crd = _load(entry.name, doc)
                    found[key] = crd
    if not found:
        # Without this every custom resource would be reported as an "unknown kind".
        raise RuntimeError(f"no CRDs found in {folder}: is checks/crds/*.yaml missing from the package data?")
    return found


@cache
def _validator(group: str, kind: str, version: str) -> Any:
    schema = _close(_crds()[(group, kind)].schemas[version])
    # openAPIV3Schema is OpenAPI 3.0, whose schema dialect is closest to draft 4.
    return jsonschema.Draft4Validator(schema)


def _group_version(api_version: str) -> tuple[str, str]:
    group, _, version = api_version.rpartition("/")
    return group, version


def known_kinds() -> list[str]:
    return [f"{group} {kind}" for group, kind in sorted(_crds())]


def is_custom_kind(api_version: str, kind: str) -> bool:
    """True if a known CRD defines this group and kind (in any version, served or not)."""
    group, _ = _group_version(api_version)
    return bool(group) and (group, kind) in _crds()


def check_object(obj: dict[str, Any]) -> list[str]:
    """Problems with one custom resource; [] for objects no known CRD defines."""
    api_version, kind = obj.get("apiVersion"), obj.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str) or not is_custom_kind(api_version, kind):
        return []
    group, version = _group_version(api_version)
    crd = _crds()[(group, kind)]
    served = [v for v, is_served in crd.served.items() if is_served]
    if not crd.served.get(version):
        state = "is not served" if version in crd.served else "does not exist"
        return [
            f"apiVersion {api_version} {state} for {kind} in CRD {crd.source}; "
            f"use {' or '.join(f'{group}/{v}' for v in served)}"
        ]
    return sorted(describe_error(e) for e in _validator(group, kind, version).iter_errors(obj))
