"""Label selectors: their own rules and whether one selects a set of labels."""

from __future__ import annotations

from typing import Any, Mapping

from ... import names
from ._common import Path, _dict, _dicts, _Problems, _quoted, _str
from .metadata import _labels


# ---- label selectors ----------------------------------------------------------------------------


def _selector(p: _Problems, selector: Any, path: Path) -> None:
    selector = _dict(selector)
    _labels(p, selector.get("matchLabels"), (*path, "matchLabels"))
    for i, expr in _dicts(selector.get("matchExpressions")):
        at = (*path, "matchExpressions", i)
        op, values = expr.get("operator"), expr.get("values") or []
        if error := names.qualified_key_error(_str(expr.get("key"))):
            p.add((*at, "key"), error)
        if op in ("In", "NotIn") and not values:
            p.add((*at, "values"), f"must be specified when operator is {op}")
        elif op in ("Exists", "DoesNotExist") and values:
            p.add((*at, "values"), f"may not be specified when operator is {op}")
        elif op not in ("In", "NotIn", "Exists", "DoesNotExist"):
            p.add((*at, "operator"), f"unsupported value {_quoted(op)}: must be In, NotIn, Exists or DoesNotExist")
        for j, value in enumerate(values if isinstance(values, list) else []):
            if error := names.label_value_error(str(value)):
                p.add((*at, "values", j), error)


def selector_matches(selector: Mapping[str, Any], labels: Mapping[str, Any]) -> bool:
    """Whether a LabelSelector selects an object with ``labels`` (metav1.LabelSelectorAsSelector)."""
    for key, value in _dict(selector.get("matchLabels")).items():
        if key not in labels or str(labels[key]) != str(value):
            return False
    for _, expr in _dicts(selector.get("matchExpressions")):
        key, op = expr.get("key"), expr.get("operator")
        values = [str(v) for v in expr.get("values") or []]
        present = key in labels
        if op == "In" and not (present and str(labels[key]) in values):
            return False
        if op == "NotIn" and present and str(labels[key]) in values:
            return False
        if (op == "Exists") != present and op in ("Exists", "DoesNotExist"):
            return False
    return True


def _selector_is_empty(selector: Any) -> bool:
    selector = _dict(selector)
    return not selector.get("matchLabels") and not selector.get("matchExpressions")
