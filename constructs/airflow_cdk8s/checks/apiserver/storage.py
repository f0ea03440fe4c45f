"""Data and storage: ConfigMap, Secret, PersistentVolumeClaim, PersistentVolume."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, Mapping

from ... import names
from ._common import _PV_SOURCES, Path, _dict, _enum, _one_of, _Problems, _quoted, _str
from .metadata import _name
from .selectors import _selector


MAX_DATA_BYTES = 1024 * 1024  # ConfigMap data + binaryData, Secret data (MaxSecretSize)


def _data_keys(p: _Problems, data: Mapping[str, Any], path: Path) -> None:
    for key in data:
        if error := names.config_map_key_error(str(key)):
            p.add((*path, key), error)


def _config_map(p: _Problems, obj: Mapping[str, Any]) -> None:
    data, binary = _dict(obj.get("data")), _dict(obj.get("binaryData"))
    _data_keys(p, data, ("data",))
    _data_keys(p, binary, ("binaryData",))
    for key in data:
        if key in binary:
            p.add(("data", key), "is also a key of binaryData")
    size = sum(len(str(v).encode()) for v in data.values()) + sum(len(_decoded(v) or b"") for v in binary.values())
    if size > MAX_DATA_BYTES:
        p.add(("data",), f"too long: {size} bytes of data, at most {MAX_DATA_BYTES} (1 MiB) allowed")


def _decoded(value: Any) -> bytes | None:
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        return None


_SECRET_KEYS = {  # type: (required keys, at least one of them is enough)
    "kubernetes.io/tls": (("tls.crt", "tls.key"), False),
    "kubernetes.io/dockerconfigjson": ((".dockerconfigjson",), False),
    "kubernetes.io/dockercfg": ((".dockercfg",), False),
    "kubernetes.io/basic-auth": (("username", "password"), True),
    "kubernetes.io/ssh-auth": (("ssh-privatekey",), False),
}


def _secret(p: _Problems, obj: Mapping[str, Any]) -> None:
    data, strings = _dict(obj.get("data")), _dict(obj.get("stringData"))
    _data_keys(p, data, ("data",))
    _data_keys(p, strings, ("stringData",))
    values: dict[str, bytes] = {}
    for key, value in data.items():
        decoded = _decoded(value if value is not None else "")
        if decoded is None:
            p.add(("data", key), "is not valid base64 (put plain text under stringData)")
        values[str(key)] = decoded or b""
    values.update({str(k): str(v if v is not None else "").encode() for k, v in strings.items()})
    size = sum(len(v) for v in values.values())
    if size > MAX_DATA_BYTES:
        p.add(("data",), f"too long: {size} bytes of data, at most {MAX_DATA_BYTES} (1 MiB) allowed")
    kind = _str(obj.get("type"))
    if kind == "kubernetes.io/service-account-token":
        annotations = _dict(_dict(obj.get("metadata")).get("annotations"))
        if not annotations.get("kubernetes.io/service-account.name"):
            p.add(("metadata", "annotations", "kubernetes.io/service-account.name"), "is required for this Secret type")
    elif kind in _SECRET_KEYS:
        keys, any_one = _SECRET_KEYS[kind]
        missing = [k for k in keys if k not in values]
        if missing and (not any_one or len(missing) == len(keys)):
            for key in missing:
                p.add(("data", key), f"is required for a Secret of type {kind}")
        for key in keys:
            if key.startswith(".docker") and key in values and values[key]:
                try:
                    json.loads(values[key])
                except ValueError:
                    p.add(("data", key), "must be valid JSON")


def _pvc_spec(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    modes = spec.get("accessModes") or []
    if not modes:
        p.add((*path, "accessModes"), "must list at least one access mode")
    for i, mode in enumerate(modes if isinstance(modes, list) else []):
        if mode not in ("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"):
            p.add((*path, "accessModes", i), f"unsupported value {_quoted(mode)}")
    storage = _dict(_dict(spec.get("resources")).get("requests")).get("storage")
    if storage is None:
        p.add((*path, "resources", "requests", "storage"), "is required")
    else:
        value = names.quantity_value(storage)
        if value is None or value <= 0:
            p.add((*path, "resources", "requests", "storage"), f"{_quoted(storage)} must be a positive quantity")
    _name(p, spec.get("storageClassName"), (*path, "storageClassName"), required=False)
    _enum(p, spec, "volumeMode", ("Block", "Filesystem"), path)
    _selector(p, spec.get("selector"), (*path, "selector"))


def _pv(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    storage = _dict(spec.get("capacity")).get("storage")
    value = names.quantity_value(storage) if storage is not None else None
    if value is None or value <= 0:
        p.add((*path, "capacity", "storage"), "is required and must be a positive quantity")
    if not spec.get("accessModes"):
        p.add((*path, "accessModes"), "must list at least one access mode")
    kind = _one_of(p, spec, _PV_SOURCES, path, "volume type")
    _enum(p, spec, "persistentVolumeReclaimPolicy", ("Retain", "Delete", "Recycle"), path)
    _enum(p, spec, "volumeMode", ("Block", "Filesystem"), path)
    _name(p, spec.get("storageClassName"), (*path, "storageClassName"), required=False)
    if kind in ("hostPath", "local"):
        volume_path = _str(_dict(spec.get(kind)).get("path"))
        if not volume_path:
            p.add((*path, kind, "path"), "is required")
        elif ".." in volume_path.split("/"):
            p.add((*path, kind, "path"), "must not contain '..'")
    if kind == "local" and not _dict(spec.get("nodeAffinity")).get("required"):
        p.add((*path, "nodeAffinity"), "is required for a local volume")
