"""What the kubelet would make of the synthesized manifests: pods, their environment and their volumes.

Kubernetes semantics imitated here: ``env`` after ``envFrom`` after the service links, ``$(VAR)``
expansion against the variables defined before (``$$`` escapes, unknown references stay as written),
``secretKeyRef`` / ``configMapKeyRef`` / ``fieldRef``, the image's entrypoint when ``command`` is unset,
probes with their timings, and the ServiceAccount token volume when ``automountServiceAccountToken``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

AIRFLOW_UID = 50000  # the apache/airflow image's user; its primary group is root (0)
SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"
CLUSTER_DOMAIN = "svc.cluster.local"
_REFERENCE = re.compile(r"\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)")


class PodConfigError(Exception):
    """What the kubelet would report (CreateContainerConfigError and friends)."""


def load(path: str) -> list[dict[str, Any]]:
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d]


def is_airflow_image(image: str) -> bool:
    return "/airflow:" in image or image.startswith("airflow:")


def expand(value: str, env: dict[str, str]) -> str:
    """Kubernetes' $(VAR) expansion (k8s.io/kubernetes third_party/forked/golang/expansion)."""
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1)
        return env[name] if name in env else match.group(0)
    return _REFERENCE.sub(replace, value)


@dataclass
class Manifests:
    """One scenario's synthesized objects, indexed the way the kubelet and kube-dns look them up."""

    docs: list[dict[str, Any]]
    secrets: dict[str, dict[str, str]] = field(default_factory=dict)  # test values: Secret name -> data

    def of_kind(self, *kinds: str) -> list[dict[str, Any]]:
        return [d for d in self.docs if d["kind"] in kinds]

    def one(self, kind: str, name: str) -> dict[str, Any]:
        found = [d for d in self.of_kind(kind) if d["metadata"]["name"] == name]
        if not found:
            raise KeyError(f"no {kind} {name!r}")
        return found[0]

    @property
    def namespace(self) -> str:
        return next(d["metadata"]["namespace"] for d in self.docs if d["metadata"].get("namespace"))

    def config_map_data(self, name: str) -> dict[str, str]:
        return self.one("ConfigMap", name).get("data", {})

    def secret_value(self, name: str, key: str, *, optional: bool = False) -> str | None:
        if name in self.secrets and key in self.secrets[name]:
            return self.secrets[name][key]
        if optional:
            return None
        raise PodConfigError(f"secret {name!r} has no key {key!r} (give it a test value)")

    def automounts_token(self, spec: dict[str, Any]) -> bool:
        """The pod's automountServiceAccountToken, else its ServiceAccount's, else True."""
        if "automountServiceAccountToken" in spec:
            return bool(spec["automountServiceAccountToken"])
        name = spec.get("serviceAccountName", "default")
        account = [d for d in self.of_kind("ServiceAccount") if d["metadata"]["name"] == name]
        return bool(account[0].get("automountServiceAccountToken", True)) if account else True

    def services(self) -> list[dict[str, Any]]:
        return self.of_kind("Service")

    def dns_names(self) -> list[str]:
        """Every name a pod may resolve: Services (all forms) and StatefulSet pods behind their Service."""
        ns = self.namespace
        names = ["kubernetes", f"kubernetes.default.{CLUSTER_DOMAIN}"]
        for svc in self.services():
            n = svc["metadata"]["name"]
            names += [n, f"{n}.{ns}", f"{n}.{ns}.svc", f"{n}.{ns}.{CLUSTER_DOMAIN}"]
        for sts in self.of_kind("StatefulSet"):
            svc, n = sts["spec"].get("serviceName", sts["metadata"]["name"]), sts["metadata"]["name"]
            for i in range(sts["spec"].get("replicas", 1)):
                names += [f"{n}-{i}", f"{n}-{i}.{svc}", f"{n}-{i}.{svc}.{ns}.{CLUSTER_DOMAIN}"]
        return names

    def service_links(self) -> dict[str, str]:
        """enableServiceLinks (the default): <SERVICE>_SERVICE_HOST ... for every Service with a cluster IP."""
        env = {"KUBERNETES_SERVICE_HOST": "127.0.0.1", "KUBERNETES_SERVICE_PORT": "443",
               "KUBERNETES_PORT": "tcp://127.0.0.1:443"}
        for svc in self.services():
            if svc["spec"].get("clusterIP") == "None":
                continue
            prefix = svc["metadata"]["name"].upper().replace("-", "_")
            ports = svc["spec"]["ports"]
            env[f"{prefix}_SERVICE_HOST"] = "127.0.0.1"
            env[f"{prefix}_SERVICE_PORT"] = str(ports[0]["port"])
            env[f"{prefix}_PORT"] = f"tcp://127.0.0.1:{ports[0]['port']}"
            for p in ports:
                proto = p.get("protocol", "TCP")
                if "name" in p:
                    env[f"{prefix}_SERVICE_PORT_{p['name'].upper().replace('-', '_')}"] = str(p["port"])
                base = f"{prefix}_PORT_{p['port']}_{proto}"
                env[base] = f"{proto.lower()}://127.0.0.1:{p['port']}"
                env[f"{base}_PROTO"], env[f"{base}_PORT"], env[f"{base}_ADDR"] = proto.lower(), str(p["port"]), "127.0.0.1"
        return env


def pod_spec(workload: dict[str, Any]) -> dict[str, Any]:
    if workload["kind"] == "Pod":
        return workload["spec"]
    return workload["spec"]["template"]["spec"]


def metrics_target(manifests: Manifests, section: str) -> tuple[str, int] | None:
    """(host, port) every Airflow container sends metrics to with ``[metrics] <section>_on``, if on."""
    targets = set()
    for doc in manifests.of_kind("Deployment", "StatefulSet"):
        for c in pod_spec(doc)["containers"]:
            if is_airflow_image(c["image"]):
                env = {v["name"]: v.get("value") for v in c.get("env", [])}
                key = f"AIRFLOW__METRICS__{section.upper()}"
                if env.get(f"{key}_ON") == "True":
                    assert env.get(f"{key}_SSL_ACTIVE", "False") == "False", "the stand-ins speak plain HTTP / UDP"
                    targets.add((env[f"{key}_HOST"], int(env[f"{key}_PORT"])))
    assert len(targets) <= 1, f"Airflow containers send {section} metrics to different places: {targets}"
    return next(iter(targets), None)


def container_env(manifests: Manifests, container: dict[str, Any], *, pod_name: str,
                  image_env: dict[str, str]) -> dict[str, str]:
    """The environment the container's process starts with."""
    env = dict(image_env)
    env.update(manifests.service_links())
    for source in container.get("envFrom", []):
        prefix = source.get("prefix", "")
        if "configMapRef" in source:
            data = manifests.config_map_data(source["configMapRef"]["name"])
        else:
            name = source["secretRef"]["name"]
            data = manifests.secrets.get(name)
            if data is None and not source["secretRef"].get("optional"):
                raise PodConfigError(f"secret {name!r} not found (envFrom)")
        env.update({prefix + k: v for k, v in (data or {}).items()})
    own: dict[str, str] = {}
    for var in container.get("env", []):
        name = var["name"]
        if "value" in var:
            value = expand(str(var["value"]), {**env, **own})
        elif "valueFrom" in var:
            ref = var["valueFrom"]
            if "secretKeyRef" in ref:
                r = ref["secretKeyRef"]
                value = manifests.secret_value(r["name"], r["key"], optional=r.get("optional", False))
            elif "configMapKeyRef" in ref:
                r = ref["configMapKeyRef"]
                value = manifests.config_map_data(r["name"]).get(r["key"])
                if value is None and not r.get("optional"):
                    raise PodConfigError(f"configmap {r['name']!r} has no key {r['key']!r}")
            elif "fieldRef" in ref:
                value = {"metadata.name": pod_name, "metadata.namespace": manifests.namespace,
                         "status.podIP": "127.0.0.1", "spec.nodeName": "conformance-node",
                         "spec.serviceAccountName": ""}.get(ref["fieldRef"]["fieldPath"], "")
            else:
                raise PodConfigError(f"env {name}: valueFrom {sorted(ref)} is not imitated")
            if value is None:
                continue
        else:
            value = ""
        own[name] = value
    env.update(own)
    return env


def airflow_entrypoint(args: list[str]) -> list[str]:
    """What the apache/airflow image's entrypoint execs: ``bash ...`` and ``python ...`` as they are,
    ``airflow X`` as ``airflow X``, anything else as ``airflow "$@"``."""
    if args and args[0] in ("bash", "python"):
        return ["/bin/bash" if args[0] == "bash" else "python", *args[1:]]
    if args and args[0] == "airflow":
        args = args[1:]
    return ["airflow", *args]


def argv(container: dict[str, Any], env: dict[str, str]) -> list[str]:
    """Kubernetes: command replaces the image's ENTRYPOINT, args its CMD; both get $(VAR) expansion."""
    command = container.get("command")
    args = [expand(a, env) for a in container.get("args", [])]
    if command:
        return [expand(c, env) for c in command] + args
    return airflow_entrypoint(args)


def probe_budget(probe: dict[str, Any]) -> float:
    """Seconds until the kubelet acts on a probe that never passes (restart, or never ready)."""
    return probe.get("initialDelaySeconds", 0) + probe.get("periodSeconds", 10) * probe.get("failureThreshold", 3)
