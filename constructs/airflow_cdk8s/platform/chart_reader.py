"""Reading the official Airflow chart's values with a record of every key used (for ``chart_values``).

What is not used is then at that chart's default, unsupported (with the reason in ``WHY``), or unknown.
"""

from __future__ import annotations

import difflib
from typing import Any

from .. import kube_fields, names
from ..layers import format_path
from .official_keys import FREE, lookup, siblings

Path = tuple[str | int, ...]
_MISSING = object()

# Why a key of the official chart is not supported, by the path it starts with (most specific first).
WHY: dict[Path, str] = {
    ("workers", "keda"): "scale Celery workers with workers.replicas, or add a KEDA ScaledObject next to the output",
    ("workers", "hpa"): "scale Celery workers with workers.replicas",
    ("flower",): "no Flower UI is created",
    ("kerberos",): "no Kerberos sidecars are created",
    ("elasticsearch",): "ship task logs with remote logging (config.logging.remote_logging and a connection) instead",
    ("opensearch",): "ship task logs with remote logging (config.logging.remote_logging and a connection) instead",
    ("extraSecrets",): "their data would be in the output; create the Secrets out of band or with External Secrets",
    ("extraConfigMaps",): "add your ConfigMaps next to the output",
    ("podTemplate",): "the KubernetesExecutor pod template is generated from workers.* and the global settings",
    ("securityContext",): "every pod runs with the Pod Security 'restricted' defaults (uid 50000)",
    ("securityContexts",): "every pod runs with the Pod Security 'restricted' defaults (uid 50000)",
    ("uid",): "Airflow runs as uid 50000 under the Pod Security 'restricted' defaults",
    ("gid",): "Airflow runs with fsGroup 50000 under the Pod Security 'restricted' defaults",
    ("cleanup",): "failed task pods are kept for debugging; delete finished ones with kubectl",
    ("databaseCleanup",): "run `airflow db clean` from a DAG or a CronJob of your own",
    ("quotas",): "add a ResourceQuota next to the output",
    ("limits",): "add a LimitRange next to the output",
    ("priorityClasses",): "add PriorityClasses next to the output",
    ("rbac",): "the RBAC the KubernetesExecutor needs is always created (namespace-scoped)",
    ("multiNamespaceMode",): "task pods run in the platform's namespace",
    ("ports",): "the components listen on Airflow's standard ports",
    ("extraEnvFrom",): "list the variables in env or secret",
    ("volumes",): "mount extra volumes from a subclass of AirflowPlatform in Python",
    ("volumeMounts",): "mount extra volumes from a subclass of AirflowPlatform in Python",
    ("airflowLocalSettings",): "bake airflow_local_settings.py into your image",
    ("enableBuiltInSecretEnvVars",): "the secret variables always come from Secret references",
    ("useStandardNaming",): "objects are named <release>-<component>",
    ("nameOverride",): "objects are named <release>-<component>; set fullnameOverride to change <release>",
}
for _c in ("scheduler", "webserver", "apiServer", "triggerer", "dagProcessor", "workers"):
    WHY[(_c, "nodeSelector")] = WHY[(_c, "affinity")] = WHY[(_c, "tolerations")] = (
        "scheduling is platform-wide here: use the top-level nodeSelector, affinity and tolerations")
    WHY[(_c, "serviceAccount", "automountServiceAccountToken")] = "the token is mounted only where a pod calls the Kubernetes API"
    for _key, _method in (("extraVolumes", "add_volume"), ("extraVolumeMounts", "add_volume_mount"),
                          ("extraContainers", "add_sidecar"), ("extraInitContainers", "add_init_container"),
                          ("podAnnotations", "pod_annotations")):
        WHY[(_c, _key)] = f"add them in Python with the component's {_method}, as the README's library section shows"
    WHY[(_c, "labels")] = "labels are platform-wide here: use the top-level labels"
WHY[("airflowPodAnnotations",)] = "add pod annotations in Python with a component's pod_annotations, as the README's library section shows"


class _Reader:
    def __init__(self, values: dict[str, Any], namespace: str = "airflow"):
        self.values = values
        self.namespace = namespace  # in the kubectl commands of notices: the Secrets must be where the pods are
        self.used: set[Path] = set()
        self.problems: list[str] = []
        self.notices: list[str] = []
        self.why: dict[Path, str] = dict(WHY)
        self.external: dict[str, str] = {}  # externalSecrets.remoteKeys: which referenced Secret comes from a store
        self.refs: dict[str, Any] = {}  # the same names -> the SecretKeyRef airflow-cdk8s references

    def referenced(self, logical: str, ref: Any, path: Path, message: str) -> Any:
        """Record a Secret reference; the notice ``message`` (how to create it) unless a store provides it."""
        self.refs[logical] = ref
        if logical not in self.external:
            self.notice(path, message + f"; or fetch it with External Secrets (externalSecrets.remoteKeys.{logical})")
        return ref

    def get(self, *path: str | int, default: Any = None) -> Any:
        self.used.add(path)
        node: Any = self.values
        for part in path:
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def has(self, *path: str) -> bool:
        return self.get(*path, default=_MISSING) is not _MISSING

    def ignore(self, *path: str) -> None:
        self.used.add(path)

    def problem(self, path: Path, message: str) -> None:
        self.problems.append(f"{format_path(path)}: {message}")

    def notice(self, path: Path, message: str) -> None:
        self.notices.append(f"{format_path(path)}: {message}")

    # typed getters: a wrong type is a problem, and the default is used so reading goes on
    def typed(self, path: Path, kinds: tuple[type, ...], default: Any, what: str) -> Any:
        value = self.get(*path, default=default)
        if value is None or value is default:
            return default
        if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
            self.problem(path, f"{value!r} must be {what}")
            return default
        return value

    def text(self, *path: str, default: str | None = None) -> str | None:
        value = self.get(*path, default=default)
        if value in (None, ""):
            return default
        if isinstance(value, float):
            self.problem(path, f"{value!r} was read as a number; quote it (\"{value}\") so it stays the text you wrote")
            return default
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            self.problem(path, f"{value!r} must be a string")
            return default
        return str(value)

    def flag(self, *path: str, default: bool) -> bool:
        return self.typed(path, (bool,), default, "true or false")

    def count(self, *path: str, default: int) -> int:
        value = self.typed(path, (int,), default, "a whole number")
        if value < 0:
            self.problem(path, f"{value} must not be negative")
            return default
        return value

    def secret_name(self, *path: str) -> str | None:
        value = self.text(*path)
        if value is not None and (error := names.dns1123_subdomain_error(value)):
            self.problem(path, error)
            return None
        return value

    def string_map(self, *path: str) -> dict[str, str]:
        value = self.typed(path, (dict,), {}, "a mapping")
        bad = [k for k, v in value.items() if not isinstance(v, str)]
        for key in bad:
            self.problem((*path, key), f"{value[key]!r} must be a string (quote it)")
        return {k: v for k, v in value.items() if k not in bad}

    def fragment(self, path: Path, definition: str, value: Any) -> bool:
        errors = kube_fields.fragment_errors(definition, value)
        for error in errors:
            sub, _, message = error.partition(": ")
            self.problems.append(f"{format_path(path)}{sub}: {message}")
        return not errors

    def fragments(self, *path: str, definition: str) -> list[dict[str, Any]]:
        value = self.typed(path, (list,), [], "a list")
        return [item for i, item in enumerate(value) if self.fragment((*path, i), definition, item)]

    def resources(self, *path: str) -> dict[str, Any] | None:
        value = self.typed(path, (dict,), {}, "a mapping with requests and limits")
        if not value:
            return None
        value = {k: ({r: str(q) for r, q in v.items()} if isinstance(v, dict) else v) for k, v in value.items()}
        if not self.fragment(path, "io.k8s.api.core.v1.ResourceRequirements", value):
            return None
        for kind, quantities in value.items():
            for resource, quantity in quantities.items():
                if error := names.quantity_error(quantity):
                    self.problem((*path, kind, resource), error)
        if "requests" not in value or "limits" not in value:
            # As in Helm, the mapping replaces the defaults whole: a --set of one limit drops every other.
            self.notice(path, f"has {'limits' if 'limits' in value else 'requests'} only: it replaces airflow-cdk8s's default "
                        "requests and limits whole, so the container gets "
                        + ("requests equal to these limits" if "limits" in value else "no limits")
                        + "; give both requests and limits")
        return value

    def leftovers(self) -> None:
        """Every key that was not used: at its official default (fine), unsupported, or unknown."""
        self._walk(self.values, ())

    def _walk(self, node: Any, path: Path) -> None:
        if path in self.used:
            return
        known, default = lookup(path) if path else (True, None)
        if not known:
            key = path[-1]
            hint = difflib.get_close_matches(str(key), siblings(path), n=1, cutoff=0.6)
            self.problem(path, "unknown key (the official chart has no such key)"
                         + (f"; did you mean {hint[0]!r}?" if hint else ""))
            return
        structured = not path or default is FREE or (isinstance(default, dict) and bool(default))  # {} = a free-form map
        if isinstance(node, dict) and structured:
            for key, value in node.items():
                self._walk(value, (*path, key))
            return
        if node in (None, {}, [], "") or (default is not FREE and node == default):
            return
        why = next((self.why[path[:end]] for end in range(len(path), 0, -1) if path[:end] in self.why), None)
        self.problem(path, "a key of the official chart that airflow-cdk8s does not support"
                     + (f" ({why})" if why else "") + "; remove it")
