"""RBAC: Role and ClusterRole rules, RoleBinding and ClusterRoleBinding."""

from __future__ import annotations

from typing import Any, Mapping

from ... import names
from ._common import _dict, _dicts, _Problems, _quoted
from .metadata import _name


_RBAC_GROUP = "rbac.authorization.k8s.io"


def _rbac_rules(p: _Problems, rules: Any, namespaced: bool) -> None:
    for i, rule in _dicts(rules):
        at = ("rules", i)
        if not rule.get("verbs"):
            p.add((*at, "verbs"), "must contain at least one value")
        if rule.get("nonResourceURLs"):
            if namespaced:
                p.add((*at, "nonResourceURLs"), "a namespaced Role cannot grant non-resource URLs")
            elif rule.get("resources") or rule.get("apiGroups"):
                p.add(at, "a rule cannot apply to both resources and non-resource URLs")
            continue
        if not rule.get("apiGroups"):
            p.add((*at, "apiGroups"), "a resource rule must list at least one API group ('' for the core group)")
        if not rule.get("resources"):
            p.add((*at, "resources"), "a resource rule must list at least one resource")


def _binding(p: _Problems, obj: Mapping[str, Any], namespaced: bool) -> None:
    ref = _dict(obj.get("roleRef"))
    if ref.get("apiGroup") != _RBAC_GROUP:
        p.add(("roleRef", "apiGroup"), f"must be {_RBAC_GROUP}")
    kinds = ("Role", "ClusterRole") if namespaced else ("ClusterRole",)
    if ref.get("kind") not in kinds:
        p.add(("roleRef", "kind"), f"unsupported value {_quoted(ref.get('kind'))}: must be {' or '.join(kinds)}")
    _name(p, ref.get("name"), ("roleRef", "name"), names.path_segment_name_error)
    for i, subject in _dicts(obj.get("subjects")):
        at = ("subjects", i)
        kind = subject.get("kind")
        if kind == "ServiceAccount":
            _name(p, subject.get("name"), (*at, "name"))
            if subject.get("apiGroup"):
                p.add((*at, "apiGroup"), "must be empty for a ServiceAccount subject")
            if not namespaced and not subject.get("namespace"):
                p.add((*at, "namespace"), "is required for a ServiceAccount subject of a ClusterRoleBinding")
        elif kind in ("User", "Group"):
            if not subject.get("name"):
                p.add((*at, "name"), "is required")
            if subject.get("apiGroup") != _RBAC_GROUP:
                p.add((*at, "apiGroup"), f"must be {_RBAC_GROUP} for a {kind} subject")
        else:
            p.add((*at, "kind"), f"unsupported value {_quoted(kind)}: must be ServiceAccount, User or Group")
