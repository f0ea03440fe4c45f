"""Shared by the API-server rules: the problem list, tolerant accessors of malformed shapes,
field rules used by many kinds."""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

from ... import names
from .._format import format_path


_PROTOCOLS = ("TCP", "UDP", "SCTP")
_VOLUME_SOURCES = (
    "awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "configMap", "csi", "downwardAPI",
    "emptyDir", "ephemeral", "fc", "flexVolume", "flocker", "gcePersistentDisk", "gitRepo", "glusterfs",
    "hostPath", "iscsi", "nfs", "persistentVolumeClaim", "photonPersistentDisk", "portworxVolume", "projected",
    "quobyte", "rbd", "scaleIO", "secret", "storageos", "vsphereVolume",
)
_PV_SOURCES = tuple(s for s in _VOLUME_SOURCES if s not in (
    "configMap", "downwardAPI", "emptyDir", "ephemeral", "gitRepo", "persistentVolumeClaim", "projected", "secret",
)) + ("local",)


Path = tuple[Any, ...]


class _Problems(list):
    """(field path, message) pairs; formatted only at the end, so a fragment's paths can be made relative."""

    def add(self, path: Path, message: str) -> None:
        self.append((path, message))

    def lines(self) -> list[str]:
        return [f"{format_path(path)}: {message}" if path else message for path, message in self]


# Malformed shapes are the schema check's to report; here they must only not crash.
def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}  # dict, not Mapping: an ABC check costs 10x more


def _dicts(value: Any) -> list[tuple[int, Mapping[str, Any]]]:
    return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)] if isinstance(value, list) else []


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int | None:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # JSON has one number type: 2.0 is the integer 2 to the API server (and after jsii)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _set(mapping: Mapping[str, Any], key: str) -> bool:
    return mapping.get(key) is not None


def _quoted(value: Any) -> str:
    return json.dumps(value, default=str)[:120]


def _non_negative(p: _Problems, spec: Mapping[str, Any], key: str, path: Path, *, positive: bool = False) -> None:
    value = _int(spec.get(key))
    if value is not None and (value <= 0 if positive else value < 0):
        p.add((*path, key), "must be greater than 0" if positive else "must be greater than or equal to 0")


def _port_number(p: _Problems, value: Any, path: Path, *, allow_zero: bool = False) -> None:
    number = _int(value)
    if number is not None and not (0 if allow_zero else 1) <= number <= 65535:
        p.add(path, f"{number} must be between {0 if allow_zero else 1} and 65535")


def _port_number_or_name(p: _Problems, value: Any, path: Path) -> None:
    if isinstance(value, str):
        if error := names.iana_port_name_error(value):
            p.add(path, error)
    elif value is None:
        p.add(path, "is required")
    else:
        _port_number(p, value, path)


def _one_of(p: _Problems, mapping: Mapping[str, Any], fields: tuple[str, ...], path: Path, what: str,
            *, required: bool = True) -> str | None:
    """Exactly one of ``fields`` set (the API server's "may not specify more than 1 ..." rules)."""
    if len(mapping) < len(fields):  # hot: a volume has a name and one of 29 sources
        present = [f for f in mapping if f in fields and mapping[f] is not None]
        if len(present) > 1:
            present.sort(key=fields.index)  # named in the order of ``fields``
    else:
        present = [f for f in fields if mapping.get(f) is not None]
    if len(present) > 1:
        p.add(path, f"may not specify more than one {what} (found {', '.join(present)})")
    elif not present and required:
        p.add(path, f"must specify one {what} ({', '.join(fields[:6])}{'...' if len(fields) > 6 else ''})")
    return present[0] if len(present) == 1 else None


def _enum(p: _Problems, mapping: Mapping[str, Any], key: str, allowed: tuple[str, ...], path: Path) -> None:
    value = mapping.get(key)
    if value is not None and value not in allowed:
        p.add((*path, key), f"unsupported value {_quoted(value)}: must be one of {', '.join(allowed)}")


def _int_or_percent(p: _Problems, value: Any, path: Path, *, at_most_100: bool = True) -> int | None:
    """An IntOrString count or percentage; returns its number (None when malformed)."""
    if isinstance(value, str):
        match = re.fullmatch(r"(\d+)%", value)
        if not match:
            p.add(path, f"{_quoted(value)} must be an integer or a percentage such as '25%'")
            return None
        if at_most_100 and int(match[1]) > 100:
            p.add(path, f"{value} must not be greater than 100%")
        return int(match[1])
    number = _int(value)
    if number is not None and number < 0:
        p.add(path, "must be greater than or equal to 0")
    return number


def _relative_path(p: _Problems, value: Any, path: Path) -> None:
    text = _str(value)
    if text.startswith("/"):
        p.add(path, f"{_quoted(text)} must be a relative path")
    elif ".." in text.split("/"):
        p.add(path, f"{_quoted(text)} must not contain '..'")
