"""The API server's own validation of built-in objects (Kubernetes 1.27), beyond what the schemas say.

The JSON schemas accept a Deployment with two containers of one name, a mount of a volume that does
not exist, requests above limits or `resources.requests.memroy`; kube-apiserver rejects all of them
on apply (its validation lives in pkg/apis/{core,apps,batch,autoscaling,networking,policy,rbac}/validation).
This package re-states those rules for the kinds we emit and users commonly apply, over plain dicts,
with the API server's semantics: values it defaults (probe timeouts, protocols, `path: /`) are judged
after defaulting, and null means unset. Each problem is "field.path: what is wrong".

Where the API server only warns, or accepts an object whose pods its controller then cannot create,
the rule says so in its message: those objects still fail in a cluster, just later.
"""

from __future__ import annotations

from typing import Any, Mapping

from .._format import format_path
from ._common import Path, _dict, _dicts, _non_negative, _Problems, _str
from .autoscaling import _hpa, _pdb
from .containers import _container, _env, _probe, _resources, _volume_mounts, resource_name_error
from .metadata import MAX_ANNOTATIONS_BYTES, MAX_OBJECT_BYTES, _metadata, _name, _size
from .networking import _ingress, _network_policy, _service
from .pod import _affinity, _pod_spec, _tolerations, _volumes
from .rbac import _binding, _rbac_rules
from .selectors import selector_matches
from .storage import MAX_DATA_BYTES, _config_map, _pv, _pvc_spec, _secret
from .workloads import _cron_job, _daemon_set, _deployment, _job_spec, _pod_template, _selected_template, _stateful_set

# The package's public names, importable from it as when it was one module.
__all__ = [
    "MAX_ANNOTATIONS_BYTES",
    "MAX_DATA_BYTES",
    "MAX_OBJECT_BYTES",
    "Path",
    "check_object",
    "fragment_problems",
    "prop_problems",
    "resource_name_error",
    "selector_matches",
]


def check_object(obj: Mapping[str, Any], *, embedded: bool = False) -> list[str]:
    """API-server problems of one manifest ([] = none). ``embedded``: a pod kept in a ConfigMap as a
    template (the KubernetesExecutor's), which has no name of its own until Airflow creates it."""
    p = _Problems()
    _size(p, obj)
    kind = _str(obj.get("kind"))
    if kind.endswith("List") and isinstance(obj.get("items"), list):
        # kubectl applies a List (or a ConfigMapList...) item by item; the list itself has no name.
        for i, item in _dicts(obj["items"]):
            inner = _Problems()
            _object(inner, item, embedded=False)
            p.extend((("items", i, *path), message) for path, message in inner)
        return p.lines()
    _object(p, obj, embedded=embedded)
    return p.lines()


def _object(p: _Problems, obj: Mapping[str, Any], *, embedded: bool) -> None:
    kind = _str(obj.get("kind"))
    metadata = _dict(obj.get("metadata"))
    name = _str(metadata.get("name"))
    spec = _dict(obj.get("spec"))
    _metadata(p, obj, metadata, ("metadata",), embedded=embedded)
    if kind == "Pod":
        _pod_spec(p, spec, ("spec",))
    elif kind == "PodTemplate":
        _pod_template(p, _dict(obj.get("template")), ("template",))
    elif kind == "Deployment":
        _deployment(p, spec, ("spec",))
    elif kind == "ReplicaSet":
        _selected_template(p, spec, kind, ("spec",))
        _pod_template(p, _dict(spec.get("template")), ("spec", "template"))
    elif kind == "ReplicationController":
        # Its selector is a plain label map, defaulted from the template's labels when empty.
        labels = _dict(_dict(_dict(spec.get("template")).get("metadata")).get("labels"))
        selector = {"matchLabels": _dict(spec.get("selector")) or labels}
        _selected_template(p, {**spec, "selector": selector}, kind, ("spec",))
        _non_negative(p, spec, "replicas", ("spec",))
        _pod_template(p, _dict(spec.get("template")), ("spec", "template"))
    elif kind == "StatefulSet":
        _stateful_set(p, name, spec, ("spec",))
    elif kind == "DaemonSet":
        _daemon_set(p, spec, ("spec",))
    elif kind == "Job":
        _job_spec(p, name, spec, ("spec",))
    elif kind == "CronJob":
        _cron_job(p, name, spec, ("spec",))
    elif kind == "HorizontalPodAutoscaler":
        _hpa(p, spec, ("spec",))
    elif kind == "PodDisruptionBudget":
        _pdb(p, spec, ("spec",))
    elif kind == "Service":
        _service(p, spec, ("spec",))
    elif kind == "ConfigMap":
        _config_map(p, obj)
    elif kind == "Secret":
        _secret(p, obj)
    elif kind == "PersistentVolumeClaim":
        _pvc_spec(p, spec, ("spec",))
    elif kind == "PersistentVolume":
        _pv(p, spec, ("spec",))
    elif kind == "NetworkPolicy":
        _network_policy(p, spec, ("spec",))
    elif kind == "Ingress":
        _ingress(p, spec, ("spec",))
    elif kind in ("Role", "ClusterRole"):
        _rbac_rules(p, obj.get("rules"), namespaced=kind == "Role")
    elif kind in ("RoleBinding", "ClusterRoleBinding"):
        _binding(p, obj, namespaced=kind == "RoleBinding")
    elif kind == "ServiceAccount":
        for i, ref in _dicts(obj.get("imagePullSecrets")):
            _name(p, ref.get("name"), ("imagePullSecrets", i, "name"), required=False)


# What a user writes as a fragment (a values file's env, volumes, extraContainers... or a construct prop),
# checked before synthesis so the message names the values path: (wrap the fragment, path prefix to drop).
_FRAGMENTS: dict[str, Any] = {
    "EnvVar": (lambda p, v: _env(p, {"env": [v]}, ()), ("env", 0)),
    "Volume": (lambda p, v: _volumes(p, {"volumes": [v]}, ()), ("volumes", 0)),
    "VolumeMount": (lambda p, v: _volume_mounts(p, {"volumeMounts": [v]}, (), None), ("volumeMounts", 0)),
    "Toleration": (lambda p, v: _tolerations(p, [v], ()), (0,)),
    "Affinity": (lambda p, v: _affinity(p, v, ()), ()),
    "Container": (lambda p, v: _container(p, v, (), "containers", None, {}), ()),
    "InitContainer": (lambda p, v: _container(p, v, (), "initContainers", None, {}), ()),
    "ResourceRequirements": (lambda p, v: _resources(p, v, ()), ()),
    **{which: ((lambda p, v, w=which: _probe(p, _dict(v), (), w)), ()) for which in (
        "livenessProbe", "readinessProbe", "startupProbe")},
}


def fragment_problems(kind: str, value: Any) -> list[tuple[str, str]]:
    """(path relative to the fragment, message) problems of one fragment: ``kind`` is EnvVar, Volume,
    VolumeMount, Toleration, Affinity, Container, InitContainer, ResourceRequirements, livenessProbe,
    readinessProbe or startupProbe. Rules that need the whole pod (a mount's volume exists, names are
    unique) wait for the rendered object."""
    check, prefix = _FRAGMENTS[kind]
    p = _Problems()
    check(p, value)
    return [(format_path(path[len(prefix):]) if path[len(prefix):] else "", message) for path, message in p]


def prop_problems(prop: str, kind: str, value: Any) -> list[str]:
    """``fragment_problems`` as "prop.path: message" lines, for a construct prop such as ``env[0]``."""
    return [f"{prop}.{path}: {m}" if path and not path.startswith("[") else f"{prop}{path}: {m}"
            for path, m in fragment_problems(kind, value)]
