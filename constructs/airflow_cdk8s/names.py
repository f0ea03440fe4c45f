"""Kubernetes name, label and quantity rules, checked before synthesis with the field named."""

from __future__ import annotations

import re

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


_DURATION = re.compile(r"^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$")
_CRON_FIELD = re.compile(r"^(\*|\?|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(/\d+)?(,(\*|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(/\d+)?)*$")
_CRON_MACROS = {"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"}


def duration_error(value: str) -> str | None:
    """Why ``value`` is not a Go duration ("1h", "15m", "1h30m", "30s"), or None."""
    if not isinstance(value, str) or not _DURATION.match(value):
        return f"{value!r} is not a duration (examples: 30s, 15m, 1h, 1h30m)"
    return None


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
