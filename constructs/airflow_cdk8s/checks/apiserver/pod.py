"""Pod specs: volumes, tolerations, affinity, topology spread, and the spec as a whole."""

from __future__ import annotations

import marshal
import re
from typing import Any, Mapping

from ... import names
from .._format import format_path
from ._common import (
    _VOLUME_SOURCES, Path, _dict, _dicts, _enum, _int, _non_negative, _one_of, _Problems, _quoted, _relative_path,
    _set, _str,
)
from .containers import _container, _field_ref, _id_fields, _resource_field_ref, _seccomp
from .metadata import _labels, _name
from .selectors import _selector
from .storage import _pvc_spec


_CONTAINER_LISTS = ("containers", "initContainers", "ephemeralContainers")  # the order duplicates are reported in
_VOLUME_FIELD_PATHS = ("metadata.name", "metadata.namespace", "metadata.uid", "metadata.labels", "metadata.annotations")


# spec.volumes as marshal bytes -> its problems (paths relative to the pod spec) and volume name -> source kind
_JUDGED_VOLUMES: dict[bytes, tuple[_Problems, dict[str, str]]] = {}


def _volumes(p: _Problems, spec: Mapping[str, Any], path: Path) -> dict[str, str]:
    """Checks spec.volumes; returns volume name -> source kind. A list identical to one judged before (the
    same marshal bytes), as every worker group's pod has, gets that list's problems under this path."""
    try:
        key = marshal.dumps(spec.get("volumes"))
    except ValueError:  # not plain data: judged on its own
        return _volume_rules(p, spec, path)
    judged = _JUDGED_VOLUMES.get(key)
    if judged is None:
        if len(_JUDGED_VOLUMES) >= 1024:
            _JUDGED_VOLUMES.clear()
        judged = _JUDGED_VOLUMES[key] = (problems := _Problems()), _volume_rules(problems, spec, ())
    p.extend(((*path, *at), message) for at, message in judged[0])
    return dict(judged[1])  # the caller adds a StatefulSet's claim templates to its copy


def _volume_rules(p: _Problems, spec: Mapping[str, Any], path: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for i, volume in _dicts(spec.get("volumes")):
        at = (*path, "volumes", i)
        name = _str(volume.get("name"))
        if not name:
            p.add((*at, "name"), "is required")
        else:
            if error := names.dns1123_label_error(name):
                p.add((*at, "name"), error)
            if name in found:
                p.add((*at, "name"), f"duplicate volume name {name!r}: each volume of a pod needs its own name")
        kind = _one_of(p, volume, _VOLUME_SOURCES, at, "volume type")
        found.setdefault(name, kind or "?")
        if kind:
            _volume_source(p, kind, _dict(volume.get(kind)), (*at, kind))
    return found


def _key_to_path_items(p: _Problems, items: Any, path: Path) -> None:
    for j, item in _dicts(items):
        if not item.get("key"):
            p.add((*path, j, "key"), "is required")
        if not item.get("path"):
            p.add((*path, j, "path"), "is required")
        else:
            _relative_path(p, item["path"], (*path, j, "path"))
        _file_mode(p, item.get("mode"), (*path, j, "mode"))


def _file_mode(p: _Problems, mode: Any, path: Path) -> None:
    if _int(mode) is not None and not 0 <= mode <= 0o777:
        p.add(path, f"{mode} must be a number between 0 and 0777 (octal; 511 in decimal)")


def _volume_source(p: _Problems, kind: str, source: Mapping[str, Any], path: Path) -> None:
    if kind in ("configMap", "secret"):
        name_key = "name" if kind == "configMap" else "secretName"
        _name(p, source.get(name_key), (*path, name_key))
        _key_to_path_items(p, source.get("items"), (*path, "items"))
        _file_mode(p, source.get("defaultMode"), (*path, "defaultMode"))
    elif kind == "persistentVolumeClaim":
        _name(p, source.get("claimName"), (*path, "claimName"))
    elif kind == "emptyDir" and _set(source, "sizeLimit"):
        value = names.quantity_value(source["sizeLimit"])
        if value is None or value < 0:
            p.add((*path, "sizeLimit"), "must be a non-negative quantity")
    elif kind == "hostPath" and not source.get("path"):
        p.add((*path, "path"), "is required")
    elif kind == "csi" and not source.get("driver"):
        p.add((*path, "driver"), "is required")
    elif kind == "downwardAPI":
        _downward_items(p, source.get("items"), (*path, "items"))
        _file_mode(p, source.get("defaultMode"), (*path, "defaultMode"))
    elif kind == "projected":
        _file_mode(p, source.get("defaultMode"), (*path, "defaultMode"))
        paths: set[str] = set()
        for j, projection in _dicts(source.get("sources")):
            at = (*path, "sources", j)
            which = _one_of(p, projection, ("secret", "configMap", "downwardAPI", "serviceAccountToken"), at, "source")
            inner = _dict(projection.get(which)) if which else {}
            if which in ("secret", "configMap"):
                _name(p, inner.get("name"), (*at, which, "name"))
                _key_to_path_items(p, inner.get("items"), (*at, which, "items"))
                item_paths = [_str(i.get("path")) for _, i in _dicts(inner.get("items"))]
            elif which == "downwardAPI":
                _downward_items(p, inner.get("items"), (*at, which, "items"))
                item_paths = [_str(i.get("path")) for _, i in _dicts(inner.get("items"))]
            elif which == "serviceAccountToken":
                _token_projection(p, inner, (*at, which))
                item_paths = [_str(inner.get("path"))]
            else:
                item_paths = []
            for item_path in item_paths:
                if item_path and item_path in paths:
                    p.add(at, f"conflicting duplicate path {item_path!r} in projected sources")
                paths.add(item_path)
    elif kind == "ephemeral":
        template = _dict(source.get("volumeClaimTemplate"))
        if not template:
            p.add((*path, "volumeClaimTemplate"), "is required")
        else:
            _pvc_spec(p, _dict(template.get("spec")), (*path, "volumeClaimTemplate", "spec"))


def _token_projection(p: _Problems, token: Mapping[str, Any], path: Path) -> None:
    if not token.get("path"):
        p.add((*path, "path"), "is required")
    else:
        _relative_path(p, token["path"], (*path, "path"))
    seconds = _int(token.get("expirationSeconds"))
    if seconds is not None and seconds < 600:
        p.add((*path, "expirationSeconds"), f"{seconds} is less than 10 minutes (600 seconds)")
    elif seconds is not None and seconds > 2**32:
        p.add((*path, "expirationSeconds"), f"{seconds} is more than 2^32 seconds")


def _downward_items(p: _Problems, items: Any, path: Path) -> None:
    for j, item in _dicts(items):
        at = (*path, j)
        if not item.get("path"):
            p.add((*at, "path"), "is required")
        else:
            _relative_path(p, item["path"], (*at, "path"))
        _file_mode(p, item.get("mode"), (*at, "mode"))
        kind = _one_of(p, item, ("fieldRef", "resourceFieldRef"), at, "source")
        if kind == "fieldRef":
            _field_ref(p, _dict(item["fieldRef"]), (*at, "fieldRef"), _VOLUME_FIELD_PATHS)
        elif kind == "resourceFieldRef":
            _resource_field_ref(p, _dict(item["resourceFieldRef"]), (*at, "resourceFieldRef"), volume=True)


def _tolerations(p: _Problems, tolerations: Any, path: Path) -> None:
    for i, t in _dicts(tolerations):
        at = (*path, i)
        key, op = _str(t.get("key")), t.get("operator") or "Equal"
        if key and (error := names.qualified_key_error(key)):
            p.add((*at, "key"), error)
        if not key and op != "Exists":
            p.add((*at, "operator"), "must be Exists when key is empty (which matches all keys)")
        if op == "Exists" and t.get("value"):
            p.add((*at, "value"), "must be empty when operator is Exists")
        elif op == "Equal" and t.get("value") and (error := names.label_value_error(str(t["value"]))):
            p.add((*at, "value"), error)
        elif op not in ("Equal", "Exists"):
            p.add((*at, "operator"), f"unsupported value {_quoted(op)}: must be Equal or Exists")
        _enum(p, t, "effect", ("NoSchedule", "PreferNoSchedule", "NoExecute"), at)
        if _set(t, "tolerationSeconds") and t.get("effect") != "NoExecute":
            p.add((*at, "effect"), "must be NoExecute when tolerationSeconds is set")


def _node_selector_terms(p: _Problems, terms: Any, path: Path) -> None:
    for i, term in _dicts(terms):
        for field in ("matchExpressions", "matchFields"):
            for j, req in _dicts(term.get(field)):
                at = (*path, i, field, j)
                op, values = req.get("operator"), req.get("values") or []
                if field == "matchExpressions" and (error := names.qualified_key_error(_str(req.get("key")))):
                    p.add((*at, "key"), error)
                if op in ("In", "NotIn") and not values:
                    p.add((*at, "values"), f"must be specified when operator is {op}")
                elif op in ("Exists", "DoesNotExist") and values:
                    p.add((*at, "values"), f"may not be specified when operator is {op}")
                elif op in ("Gt", "Lt") and (len(values) != 1 or not re.fullmatch(r"-?\d+", str(values[0]))):
                    p.add((*at, "values"), f"must be one integer when operator is {op}")
                elif op not in ("In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"):
                    p.add((*at, "operator"), f"unsupported value {_quoted(op)}")


def _pod_affinity_terms(p: _Problems, terms: Any, path: Path, weighted: bool) -> None:
    for i, term in _dicts(terms):
        at = (*path, i)
        if weighted:
            weight = _int(term.get("weight"))
            if weight is not None and not 1 <= weight <= 100:
                p.add((*at, "weight"), f"{weight} must be between 1 and 100")
            term, at = _dict(term.get("podAffinityTerm")), (*at, "podAffinityTerm")
        if not term.get("topologyKey"):
            p.add((*at, "topologyKey"), "is required (can not be empty)")
        elif error := names.qualified_key_error(str(term["topologyKey"])):
            p.add((*at, "topologyKey"), error)
        _selector(p, term.get("labelSelector"), (*at, "labelSelector"))
        _selector(p, term.get("namespaceSelector"), (*at, "namespaceSelector"))


def _affinity(p: _Problems, affinity: Any, path: Path) -> None:
    affinity = _dict(affinity)
    node = _dict(affinity.get("nodeAffinity"))
    required = _dict(node.get("requiredDuringSchedulingIgnoredDuringExecution"))
    if required:
        at = (*path, "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")
        if not required.get("nodeSelectorTerms"):
            p.add(at, "must have at least one node selector term")
        _node_selector_terms(p, required.get("nodeSelectorTerms"), at)
    for i, preferred in _dicts(node.get("preferredDuringSchedulingIgnoredDuringExecution")):
        at = (*path, "nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution", i)
        weight = _int(preferred.get("weight"))
        if weight is not None and not 1 <= weight <= 100:
            p.add((*at, "weight"), f"{weight} must be between 1 and 100")
        _node_selector_terms(p, [preferred.get("preference")], (*at, "preference"))
    for kind in ("podAffinity", "podAntiAffinity"):
        rules = _dict(affinity.get(kind))
        _pod_affinity_terms(p, rules.get("requiredDuringSchedulingIgnoredDuringExecution"),
                            (*path, kind, "requiredDuringSchedulingIgnoredDuringExecution"), weighted=False)
        _pod_affinity_terms(p, rules.get("preferredDuringSchedulingIgnoredDuringExecution"),
                            (*path, kind, "preferredDuringSchedulingIgnoredDuringExecution"), weighted=True)


def _topology_spread(p: _Problems, constraints: Any, path: Path) -> None:
    seen: set[tuple[str, str]] = set()
    for i, c in _dicts(constraints):
        at = (*path, i)
        skew = _int(c.get("maxSkew"))
        if skew is not None and skew <= 0:
            p.add((*at, "maxSkew"), "must be greater than 0")
        if not c.get("topologyKey"):
            p.add((*at, "topologyKey"), "is required (can not be empty)")
        _enum(p, c, "whenUnsatisfiable", ("DoNotSchedule", "ScheduleAnyway"), at)
        if _set(c, "minDomains"):
            if c.get("whenUnsatisfiable") != "DoNotSchedule":
                p.add((*at, "minDomains"), "can only be set when whenUnsatisfiable is DoNotSchedule")
            elif (_int(c["minDomains"]) or 0) <= 0:
                p.add((*at, "minDomains"), "must be greater than 0")
        key = (str(c.get("topologyKey")), str(c.get("whenUnsatisfiable")))
        if key in seen:
            p.add(at, f"duplicate constraint for topologyKey {key[0]!r} and whenUnsatisfiable {key[1]}")
        seen.add(key)
        _selector(p, c.get("labelSelector"), (*at, "labelSelector"))


def check_pod_spec(spec: Mapping[str, Any], path: Path = ("spec",)) -> list[str]:
    """API-server problems of one pod spec, each "field.path: message"."""
    p = _Problems()
    _pod_spec(p, spec, path)
    return p.lines()


def _pod_spec(p: _Problems, spec: Mapping[str, Any], path: Path, *, claim_templates: tuple[str, ...] = ()) -> None:
    """``claim_templates``: a StatefulSet's volumeClaimTemplates names, which its pods get as volumes."""
    volumes = _volumes(p, spec, path)
    for name in claim_templates:
        volumes.setdefault(name, "persistentVolumeClaim")
    if not spec.get("containers"):
        p.add((*path, "containers"), "must have at least one container")
    seen: dict[str, Path] = {}
    host_ports: dict[tuple, Path] = {}
    for field in _CONTAINER_LISTS:
        for i, c in _dicts(spec.get(field)):
            at = (*path, field, i)
            name = _str(c.get("name"))
            if name and name in seen:
                p.add((*at, "name"), f"duplicate container name {name!r} (also {format_path(seen[name])}): "
                                     "names must be unique across initContainers, containers and ephemeralContainers")
            seen.setdefault(name, at)
            _container(p, c, at, field, volumes, host_ports)
    _enum(p, spec, "restartPolicy", ("Always", "OnFailure", "Never"), path)
    _enum(p, spec, "dnsPolicy", ("ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"), path)
    if spec.get("dnsPolicy") == "None" and not _dict(spec.get("dnsConfig")).get("nameservers"):
        p.add((*path, "dnsConfig", "nameservers"), "must list at least one nameserver when dnsPolicy is None")
    for key, rule in (("serviceAccountName", names.dns1123_subdomain_error), ("nodeName", names.dns1123_subdomain_error),
                      ("priorityClassName", names.dns1123_subdomain_error), ("runtimeClassName", names.dns1123_subdomain_error),
                      ("hostname", names.dns1123_label_error), ("subdomain", names.dns1123_label_error)):
        _name(p, spec.get(key), (*path, key), rule, required=False)
    _labels(p, spec.get("nodeSelector"), (*path, "nodeSelector"))
    _non_negative(p, spec, "terminationGracePeriodSeconds", path)
    deadline = _int(spec.get("activeDeadlineSeconds"))
    if deadline is not None and not 1 <= deadline <= 2147483647:
        p.add((*path, "activeDeadlineSeconds"), f"{deadline} must be between 1 and 2147483647")
    pod_sc = _dict(spec.get("securityContext"))
    _id_fields(p, pod_sc, (*path, "securityContext"))
    _seccomp(p, pod_sc, (*path, "securityContext"))
    _enum(p, pod_sc, "fsGroupChangePolicy", ("OnRootMismatch", "Always"), (*path, "securityContext"))
    sysctls: set[str] = set()
    for i, sysctl in _dicts(pod_sc.get("sysctls")):
        name = _str(sysctl.get("name"))
        if name in sysctls:
            p.add((*path, "securityContext", "sysctls", i, "name"), f"duplicate sysctl {name!r}")
        sysctls.add(name)
    _tolerations(p, spec.get("tolerations"), (*path, "tolerations"))
    _affinity(p, spec.get("affinity"), (*path, "affinity"))
    _topology_spread(p, spec.get("topologySpreadConstraints"), (*path, "topologySpreadConstraints"))
    for i, secret in _dicts(spec.get("imagePullSecrets")):
        _name(p, secret.get("name"), (*path, "imagePullSecrets", i, "name"), required=False)
    _enum(p, _dict(spec.get("os")), "name", ("linux", "windows"), (*path, "os"))
