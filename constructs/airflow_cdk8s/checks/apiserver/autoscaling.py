"""HorizontalPodAutoscaler (autoscaling/v2) and PodDisruptionBudget (policy/v1)."""

from __future__ import annotations

from typing import Any, Mapping

from ... import names
from ._common import Path, _dict, _dicts, _enum, _int, _int_or_percent, _non_negative, _Problems, _quoted, _set, _str
from .containers import resource_name_error
from .metadata import _name
from .selectors import _selector


def _metric_target(p: _Problems, target: Mapping[str, Any], path: Path) -> None:
    kind = target.get("type")
    if kind not in ("Utilization", "Value", "AverageValue"):
        p.add((*path, "type"), f"{_quoted(kind)} must be Utilization, Value or AverageValue")
    for key in ("value", "averageValue"):
        if _set(target, key):
            value = names.quantity_value(target[key])
            if value is None or value <= 0:
                p.add((*path, key), "must be a positive quantity")
    utilization = _int(target.get("averageUtilization"))
    if utilization is not None and utilization < 1:
        p.add((*path, "averageUtilization"), "must be greater than 0")


# metric source field -> the target fields of which it needs exactly one
_METRIC_TARGETS = {"resource": ("averageUtilization", "averageValue"),
                   "containerResource": ("averageUtilization", "averageValue"),
                   "pods": ("averageValue",), "object": ("value", "averageValue"), "external": ("value", "averageValue")}


_METRIC_SOURCES = {"Resource": "resource", "ContainerResource": "containerResource", "Pods": "pods",
                   "Object": "object", "External": "external"}


def _hpa(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    low, high = _int(spec.get("minReplicas")), _int(spec.get("maxReplicas"))
    if low is not None and low < 1:
        p.add((*path, "minReplicas"), f"{low} must be at least 1 (scale to zero needs an alpha feature gate)")
    if high is not None and high < 1:
        p.add((*path, "maxReplicas"), f"{high} must be greater than 0")
    if low is not None and high is not None and high < low:
        p.add((*path, "maxReplicas"), f"{high} must be greater than or equal to minReplicas ({low})")
    ref = _dict(spec.get("scaleTargetRef"))
    for key in ("kind", "name"):
        _name(p, ref.get(key), (*path, "scaleTargetRef", key), names.path_segment_name_error)
    for i, metric in _dicts(spec.get("metrics")):
        at = (*path, "metrics", i)
        kind = metric.get("type")
        field = _METRIC_SOURCES.get(str(kind))
        if field is None:
            p.add((*at, "type"), f"{_quoted(kind)} must be one of {', '.join(_METRIC_SOURCES)}")
            continue
        others = [f for f in _METRIC_SOURCES.values() if f != field and _set(metric, f)]
        if others:
            p.add(at, f"must set only the {field} source for type {kind} (also set: {', '.join(others)})")
        source = _dict(metric.get(field))
        if not source:
            p.add((*at, field), f"is required when type is {kind}")
            continue
        if field in ("resource", "containerResource"):
            resource = _str(source.get("name"))
            if not resource:
                p.add((*at, field, "name"), "is required")
            elif error := resource_name_error(resource):  # the HPA could never compute it
                p.add((*at, field, "name"), error)
            if field == "containerResource":
                _name(p, source.get("container"), (*at, field, "container"), names.dns1123_label_error)
        target = _dict(source.get("target"))
        _metric_target(p, target, (*at, field, "target"))
        wanted = _METRIC_TARGETS[field]
        present = [k for k in wanted if _set(target, k)]
        if not present:
            p.add((*at, field, "target", wanted[0]), f"is required: a {kind} metric needs {' or '.join(wanted)}")
        elif len(present) > 1:
            p.add((*at, field, "target"), f"may not set both {' and '.join(present)}")
    behavior = _dict(spec.get("behavior"))
    for direction in ("scaleUp", "scaleDown"):
        rules = _dict(behavior.get(direction))
        if not rules:
            continue
        at = (*path, "behavior", direction)
        window = _int(rules.get("stabilizationWindowSeconds"))
        if window is not None and not 0 <= window <= 3600:
            p.add((*at, "stabilizationWindowSeconds"), f"{window} must be between 0 and 3600")
        _enum(p, rules, "selectPolicy", ("Max", "Min", "Disabled"), at)
        if _set(rules, "policies") and not rules["policies"]:
            p.add((*at, "policies"), "must list at least one policy")
        for j, policy in _dicts(rules.get("policies")):
            _enum(p, policy, "type", ("Pods", "Percent"), (*at, "policies", j))
            _non_negative(p, policy, "value", (*at, "policies", j), positive=True)
            period = _int(policy.get("periodSeconds"))
            if period is not None and not 1 <= period <= 1800:
                p.add((*at, "policies", j, "periodSeconds"), f"{period} must be between 1 and 1800")


def _pdb(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    if _set(spec, "minAvailable") and _set(spec, "maxUnavailable"):
        p.add(path, "minAvailable and maxUnavailable cannot both be set")
    for key in ("minAvailable", "maxUnavailable"):
        if _set(spec, key):
            _int_or_percent(p, spec[key], (*path, key))
    _selector(p, spec.get("selector"), (*path, "selector"))
    _enum(p, spec, "unhealthyPodEvictionPolicy", ("IfHealthyBudget", "AlwaysAllow"), path)
