"""Kubernetes name, label and quantity rules, checked before synthesis with the field named."""

from __future__ import annotations

import re
from typing import Mapping

_DNS1123_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_DNS1123_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
_QUALIFIED_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
_QUANTITY = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$")


def dns1123_label_error(value: str) -> str | None:
    """Why ``value`` is not a DNS-1123 label (Service, Namespace, container names), or None."""
    if len(value) > 63:
        return f"{value!r} is longer than 63 characters"
    if not _DNS1123_LABEL.match(value):
        return f"{value!r} must be lowercase letters, digits and '-', starting and ending with a letter or digit"
    return None


def dns1123_subdomain_error(value: str) -> str | None:
    """Why ``value`` is not a DNS-1123 subdomain (most object names), or None."""
    if len(value) > 253:
        return f"{value!r} is longer than 253 characters"
    if not _DNS1123_SUBDOMAIN.match(value):
        return f"{value!r} must be lowercase letters, digits, '-' and '.', starting and ending with a letter or digit"
    return None


def label_value_error(value: str) -> str | None:
    if len(value) > 63:
        return f"label value {value!r} is longer than 63 characters"
    if not _LABEL_VALUE.match(value):
        return f"label value {value!r} must be letters, digits, '-', '_' or '.', starting and ending with a letter or digit"
    return None


def qualified_key_error(key: str) -> str | None:
    """Why ``key`` is not a valid label or annotation key (``[prefix/]name``), or None."""
    prefix, slash, name = key.rpartition("/")
    if slash and (not prefix or dns1123_subdomain_error(prefix)):
        return f"key {key!r}: prefix {prefix!r} must be a DNS-1123 subdomain"
    if not name or len(name) > 63 or not _QUALIFIED_NAME.match(name):
        return f"key {key!r}: name part must be 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"
    return None


def quantity_error(value: str) -> str | None:
    """Why ``value`` is not a Kubernetes resource quantity ("500m", "4Gi", "1"), or None."""
    if not _QUANTITY.match(value):
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
    if not isinstance(value, str) or not _GO_DURATION.match(value):
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
