"""Strict schema validation of built-in Kubernetes 1.27 objects.

The schemas come from kubernetes-validate's `v1.27.0-local-strict` set, where every object
schema has `additionalProperties: false`, so a misspelt or misplaced field is an error
instead of being silently dropped by the API server.

We do not call `kubernetes_validate.validate()` per object: it re-reads and re-parses the
1 MB `_definitions.json` on every call (~15 ms per Deployment, against ~1 ms here). All its
per-kind files only `$ref` into that one document, and every definition carries
`x-kubernetes-group-version-kind`, so we load it once, map (apiVersion, kind) -> definition
from it, and build one reusable jsonschema validator per kind with the `$ref`s inlined.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
from referencing import Registry, Resource

from . import crd_schema
from ._format import describe_error

KUBERNETES_VERSION = "1.27"
_SCHEMA_DIR = "kubernetes-json-schema/v1.27.0-local-strict"
_DEFS_URI = "https://kubernetes.io/api/_definitions.json"  # the `$id` of _definitions.json
_OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
# These three list every API group in their x-kubernetes-group-version-kind; none is a
# resource one applies, and mapping them would make e.g. "apps/v1 Status" look valid.
_NOT_APPLIABLE = {
    "io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions",
    "io.k8s.apimachinery.pkg.apis.meta.v1.Status",
    "io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent",
}


@cache
def _definitions() -> dict[str, Any]:
    path = resources.files("kubernetes_validate").joinpath(_SCHEMA_DIR, "_definitions.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    return Resource.from_contents(_definitions()) @ Registry()


@cache
def _builtin_kinds() -> dict[tuple[str, str], str]:
    """(apiVersion, kind) -> definition name, for every built-in kind."""
    kinds: dict[tuple[str, str], str] = {}
    for name, schema in _definitions()["$defs"].items():
        if name in _NOT_APPLIABLE:
            continue
        for gvk in schema.get("x-kubernetes-group-version-kind", ()):
            api_version = f"{gvk['group']}/{gvk['version']}" if gvk["group"] else gvk["version"]
            kinds[(api_version, gvk["kind"])] = name
    return kinds


def _inline(schema: dict[str, Any], memo: dict[str, Any], stack: tuple[str, ...] = ()) -> dict[str, Any]:
    """Copy of `schema` with `$ref`s replaced by the definitions they point to.

    Following a `$ref` through the registry costs about half the validation time, and the
    Kubernetes schemas are trees apart from a few recursive ones (JSONSchemaProps), whose
    cycles keep an absolute `$ref`. Siblings of a `$ref` are only descriptions, so dropping
    them loses nothing. Walks schema positions only: `properties` maps names to schemas.
    """
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rpartition("/")[2]
        if name in stack:
            return {"$ref": f"{_DEFS_URI}#/$defs/{name}"}
        if name not in memo:
            memo[name] = _inline(_definitions()["$defs"][name], memo, (*stack, name))
        return memo[name]
    out = dict(schema)
    if isinstance(schema.get("properties"), dict):
        out["properties"] = {k: _inline(v, memo, stack) for k, v in schema["properties"].items()}
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            out[key] = _inline(schema[key], memo, stack)
    for key in ("allOf", "anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            out[key] = [_inline(s, memo, stack) for s in schema[key]]
    return out


@cache
def _validator(definition: str) -> Any:
    schema = _inline({"$ref": f"#/$defs/{definition}"}, _inline_memo)
    return jsonschema.Draft202012Validator(schema, registry=_registry())


_inline_memo: dict[str, Any] = {}  # shared so PodSpec etc. are inlined once for all kinds


def is_builtin(api_version: str, kind: str) -> bool:
    return (api_version, kind) in _builtin_kinds()


def validate(obj: Any, definition: str, prefix: tuple[str, ...] = ()) -> list[str]:
    errors = _validator(definition).iter_errors(obj)
    return sorted(describe_error(e, prefix) for e in errors)


def check_object(obj: dict[str, Any]) -> list[str]:
    """Problems with one manifest against the strict 1.27 schema (empty list = valid)."""
    api_version, kind = obj.get("apiVersion"), obj.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return ["apiVersion and kind must both be set to strings"]
    definition = _builtin_kinds().get((api_version, kind))
    if definition is not None:
        return validate(obj, definition)
    if crd_schema.is_custom_kind(api_version, kind):
        # crd_schema validates the body; metadata is ObjectMeta for custom resources too,
        # and CRD schemas leave it open, so check it strictly here.
        return validate(obj.get("metadata", {}), _OBJECT_META, prefix=("metadata",))
    return [
        f"unknown kind {api_version} {kind}: not a built-in Kubernetes {KUBERNETES_VERSION} kind "
        f"and no CRD for it is known (known: {', '.join(crd_schema.known_kinds()) or 'none'})"
    ]
