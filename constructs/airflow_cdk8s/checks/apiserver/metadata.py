"""Object metadata: names per kind, labels, annotations, finalizers; and the object's size."""

from __future__ import annotations

import json
import marshal
import math
from typing import Any, Mapping

from ... import names
from ._common import Path, _dict, _Problems, _str


# The API server stores objects in etcd, whose default request limit is 1.5 MiB (--max-request-bytes).
MAX_OBJECT_BYTES = 1536 * 1024
MAX_ANNOTATIONS_BYTES = 256 * 1024  # keys plus values (TotalAnnotationSizeLimitB)
_STANDARD_FINALIZERS = ("kubernetes", "orphan", "foregroundDeletion")


# ---- shared field rules ------------------------------------------------------------------------


def _labels(p: _Problems, labels: Any, path: Path) -> None:
    for key, value in _dict(labels).items():
        if error := names.qualified_key_error(str(key)):
            p.add((*path, key), error)
        if value is not None and (error := names.label_value_error(str(value))):
            p.add((*path, key), error)


def _annotations(p: _Problems, annotations: Any, path: Path) -> None:
    total = 0
    for key, value in _dict(annotations).items():
        if error := names.qualified_key_error(str(key).lower()):
            p.add((*path, key), error)
        total += len(str(key).encode()) + len(str(value if value is not None else "").encode())
    if total > MAX_ANNOTATIONS_BYTES:
        p.add(path, f"too long: {total} bytes of keys and values, at most {MAX_ANNOTATIONS_BYTES} (256 KiB) allowed")


def _name(p: _Problems, value: Any, path: Path, rule=names.dns1123_subdomain_error, required: bool = True) -> None:
    if value is None or value == "":
        if required:
            p.add(path, "is required")
        return
    if error := rule(str(value)):
        p.add(path, error)


# ---- objects ------------------------------------------------------------------------------------

_NAME_RULES = {
    "Namespace": names.dns1123_label_error,
    "Service": names.dns1035_label_error,
    "Role": names.path_segment_name_error,
    "ClusterRole": names.path_segment_name_error,
    "RoleBinding": names.path_segment_name_error,
    "ClusterRoleBinding": names.path_segment_name_error,
}


def _metadata(p: _Problems, obj: Mapping[str, Any], metadata: Mapping[str, Any], path: Path, *, embedded: bool) -> None:
    if not embedded:
        kind = _str(obj.get("kind"))
        if not metadata.get("name") and not metadata.get("generateName"):
            p.add((*path, "name"), "is required")
        elif metadata.get("name"):
            _name(p, metadata["name"], (*path, "name"), _NAME_RULES.get(kind, names.dns1123_subdomain_error))
        _name(p, metadata.get("namespace"), (*path, "namespace"), names.dns1123_label_error, required=False)
    _labels(p, metadata.get("labels"), (*path, "labels"))
    _annotations(p, metadata.get("annotations"), (*path, "annotations"))
    for i, finalizer in enumerate(metadata.get("finalizers") or []):
        text = str(finalizer)
        if error := names.qualified_key_error(text):
            p.add((*path, "finalizers", i), error)
        elif "/" not in text and text not in _STANDARD_FINALIZERS:
            p.add((*path, "finalizers", i), f"{text!r} is neither a standard finalizer nor qualified with a domain "
                                            "(example.com/name)")


def _size(p: _Problems, obj: Mapping[str, Any]) -> None:
    if _json_bytes_at_most(obj) <= MAX_OBJECT_BYTES:
        return
    size = len(json.dumps(obj, separators=(",", ":"), default=str).encode())
    if size > MAX_OBJECT_BYTES:
        p.add((), f"the object is {size} bytes as JSON; the API server's store (etcd) refuses objects over "
                  f"{MAX_OBJECT_BYTES} bytes (1.5 MiB) by default")


def _json_bytes_at_most(obj: Any) -> float:
    """An upper bound of ``_size``'s JSON length, in half the time the JSON takes.

    marshal's format 2 has no back-references, so every value is written where it stands: a string of u
    UTF-8 bytes as 5 + u bytes (its JSON, quotes and \\u escapes included, is at most 2 + 6u), an integer in
    at least 5 bytes, a float in 9, True, False and None in 1, a list or dict with markers of its own (2 to 5
    bytes). Eight marshal bytes per JSON byte therefore cover each value and its comma or colon, for all
    that YAML or JSON files and the synthesized objects hold (bytes, sets and timestamps included); what
    marshal cannot write gets the exact count."""
    try:
        return 8 * len(marshal.dumps(obj, 2))
    except ValueError:  # an object marshal does not know (a datetime, a subclass of dict or str)
        return math.inf
