"""Kubernetes name, label and quantity rules, checked before synthesis with the field named."""

from __future__ import annotations

import functools
import re
from fractions import Fraction
from typing import Any, Mapping

_DNS1123_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_DNS1123_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
_QUALIFIED_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
_QUANTITY = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$")


@functools.lru_cache(maxsize=8192)  # the same names recur in every object of a large app
def dns1123_label_error(value: str) -> str | None:
    """Why ``value`` is not a DNS-1123 label (Service, Namespace, container names), or None."""
    if len(value) > 63:
        return f"{value!r} is longer than 63 characters"
    if not _DNS1123_LABEL.fullmatch(value):
        return f"{value!r} must be lowercase letters, digits and '-', starting and ending with a letter or digit"
    return None


@functools.lru_cache(maxsize=8192)
def dns1123_subdomain_error(value: str) -> str | None:
    """Why ``value`` is not a DNS-1123 subdomain (most object names), or None."""
    if len(value) > 253:
        return f"{value!r} is longer than 253 characters"
    if not _DNS1123_SUBDOMAIN.fullmatch(value):
        return f"{value!r} must be lowercase letters, digits, '-' and '.', starting and ending with a letter or digit"
    return None


@functools.lru_cache(maxsize=8192)
def label_value_error(value: str) -> str | None:
    if len(value) > 63:
        return f"label value {value!r} is longer than 63 characters"
    if not _LABEL_VALUE.fullmatch(value):
        return f"label value {value!r} must be letters, digits, '-', '_' or '.', starting and ending with a letter or digit"
    return None


@functools.lru_cache(maxsize=8192)
def qualified_key_error(key: str) -> str | None:
    """Why ``key`` is not a valid label or annotation key (``[prefix/]name``), or None."""
    prefix, slash, name = key.rpartition("/")
    if slash and (not prefix or dns1123_subdomain_error(prefix)):
        return f"key {key!r}: prefix {prefix!r} must be a DNS-1123 subdomain"
    if not name or len(name) > 63 or not _QUALIFIED_NAME.fullmatch(name):
        return f"key {key!r}: name part must be 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"
    return None


_DNS1035_LABEL = re.compile(r"[a-z]([-a-z0-9]*[a-z0-9])?")
_IANA_SVC_NAME = re.compile(r"[-a-z0-9]+")
_ENV_VAR_NAME = re.compile(r"[-._a-zA-Z][-._a-zA-Z0-9]*")  # Kubernetes 1.27 (relaxed only in 1.30)
_CONFIG_MAP_KEY = re.compile(r"[-._a-zA-Z0-9]+")
_QUANTITY_PARTS = re.compile(r"([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)")
_BINARY_SUFFIXES = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60}
_DECIMAL_SUFFIXES = {"n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18}


@functools.lru_cache(maxsize=8192)
def dns1035_label_error(value: str) -> str | None:
    """Why ``value`` is not a DNS-1035 label (Service names: must start with a letter), or None."""
    if len(value) > 63:
        return f"{value!r} is longer than 63 characters"
    if not _DNS1035_LABEL.fullmatch(value):
        return f"{value!r} must be lowercase letters, digits and '-', starting with a letter and ending with a letter or digit"
    return None


def path_segment_name_error(value: str) -> str | None:
    """Why ``value`` cannot be a name that is one URL path segment (RBAC objects), or None."""
    if value in (".", ".."):
        return f"{value!r} may not be '.' or '..'"
    if not value or "/" in value or "%" in value:
        return f"{value!r} must be non-empty and may not contain '/' or '%'"
    return None


@functools.lru_cache(maxsize=8192)
def iana_port_name_error(value: str) -> str | None:
    """Why ``value`` is not an IANA service name (container and target port names), or None."""
    if len(value) > 15:
        return f"port name {value!r} is longer than 15 characters"
    if not _IANA_SVC_NAME.fullmatch(value):
        return f"port name {value!r} may only contain lowercase letters, digits and '-'"
    if "--" in value or value.startswith("-") or value.endswith("-"):
        return f"port name {value!r} may not start or end with '-' or contain '--'"
    if not re.search("[a-z]", value):
        return f"port name {value!r} must contain at least one letter"
    return None


@functools.lru_cache(maxsize=8192)
def env_var_name_error(value: str) -> str | None:
    """Why ``value`` is not an environment variable name the 1.27 API server accepts, or None."""
    if not _ENV_VAR_NAME.fullmatch(value):
        return (f"{value!r} is not a valid environment variable name: letters, digits, '_', '-' and '.', "
                "not starting with a digit")
    return None


@functools.lru_cache(maxsize=8192)
def config_map_key_error(value: str) -> str | None:
    """Why ``value`` is not a ConfigMap or Secret key (also envFrom keys and projected items), or None."""
    if len(value) > 253:
        return f"key {value!r} is longer than 253 characters"
    if not _CONFIG_MAP_KEY.fullmatch(value):
        return f"key {value!r} may only contain letters, digits, '-', '_' and '.'"
    if value in (".", "..") or value.startswith(".."):
        return f"key {value!r} may not be '.' or '..' or start with '..'"
    return None


def quantity_value(value: Any) -> Fraction | None:
    """A Kubernetes quantity ("500m", "4Gi", "1e3", or a YAML number) as an exact number; None if not one."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return _quantity_value(repr(value) if isinstance(value, float) else str(value))


@functools.lru_cache(maxsize=8192)
def _quantity_value(text: str) -> Fraction | None:
    if not _QUANTITY.fullmatch(text):
        return None
    number, suffix = _QUANTITY_PARTS.fullmatch(text).groups()  # type: ignore[union-attr]
    if suffix in _BINARY_SUFFIXES:
        return Fraction(number) * _BINARY_SUFFIXES[suffix]
    if suffix in _DECIMAL_SUFFIXES:
        return Fraction(number) * Fraction(10) ** _DECIMAL_SUFFIXES[suffix]
    return Fraction(number) * Fraction(10) ** int(suffix[1:])  # e/E exponent


def quantity_error(value: str) -> str | None:
    """Why ``value`` is not a Kubernetes resource quantity ("500m", "4Gi", "1"), or None."""
    if not _QUANTITY.fullmatch(value):
        return f"{value!r} is not a Kubernetes quantity (examples: 500m, 1, 4Gi)"
    return None


_CRON_FIELD = re.compile(r"^(\*|\?|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(/\d+)?(,(\*|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(/\d+)?)*$")
_CRON_MACROS = {"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"}


def cron_error(value: str) -> str | None:
    """Why ``value`` is not a five-field cron schedule (or a macro such as @daily), or None."""
    if not isinstance(value, str):
        return f"{value!r} is not a cron schedule"
    if value in _CRON_MACROS:
        return None
    fields = value.split()
    if len(fields) != 5 or not all(_CRON_FIELD.match(f) for f in fields):
        return f"{value!r} is not a cron schedule (five fields, e.g. '*/15 * * * *', or @hourly/@daily)"
    return None


_GO_DURATION = re.compile(r"^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$")
_DURATION_PART = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)")
_UNIT_SECONDS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


def duration_seconds(value: str) -> float | None:
    """A Go duration (``time.ParseDuration``: "1h", "15m", "1h30m", "0") in seconds; None if not one.

    Negative durations are not accepted: no field we write takes one.
    """
    if value == "0":
        return 0.0
    if not isinstance(value, str) or not _GO_DURATION.fullmatch(value):
        return None
    return sum(float(number) * _UNIT_SECONDS[unit] for number, unit in _DURATION_PART.findall(value))


def duration_error(value: str) -> str | None:
    """Why ``value`` is not a Go duration, or None."""
    if duration_seconds(value) is None:
        return f"{value!r} is not a Go duration (examples: 1h, 15m, 30s, 1h30m)"
    return None


def metadata_problems(labels: Mapping[str, str], annotations: Mapping[str, str]) -> list[str]:
    """Problems with user labels and annotations, each naming the prop and key."""
    problems = [f"labels: {e}" for k in labels if (e := qualified_key_error(k))]
    problems += [f"labels[{k!r}]: {e}" for k, v in labels.items() if (e := label_value_error(v))]
    problems += [f"annotations: {e}" for k in annotations if (e := qualified_key_error(k))]
    return problems


def name_problems(prop: str, value: str | None, *, label: bool = False, optional: bool = False) -> list[str]:
    """``prop`` must be a DNS-1123 subdomain (object names) or, with ``label``, a DNS-1123 label."""
    if value is None:
        return [] if optional else [f"{prop}: must be set"]
    if not isinstance(value, str):
        return [f"{prop}: must be a string, not {type(value).__name__}"]
    error = dns1123_label_error(value) if label else dns1123_subdomain_error(value)
    return [f"{prop}: {error}"] if error else []
