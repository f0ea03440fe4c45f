"""Pod Security Standards, "restricted" profile, as enforced by Kubernetes 1.27.

Restricted includes every baseline rule. The rules and allowed values follow
https://kubernetes.io/docs/concepts/security/pod-security-standards/ for policy v1.27.
Like the admission controller, a container-level setting overrides the pod-level one, and
an unset field is judged by what the kubelet would do (e.g. unset runAsNonRoot = may run
as root). Pods with `spec.os.name: windows` are exempt from the Linux-only restricted rules.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

# Every kind that embeds a pod template, and where its metadata/spec live.
POD_PATHS: dict[str, tuple[str, ...]] = {
    "Pod": (),
    "PodTemplate": ("template",),
    "Deployment": ("spec", "template"),
    "StatefulSet": ("spec", "template"),
    "DaemonSet": ("spec", "template"),
    "ReplicaSet": ("spec", "template"),
    "ReplicationController": ("spec", "template"),
    "Job": ("spec", "template"),
    "CronJob": ("spec", "jobTemplate", "spec", "template"),
}
ALLOWED_VOLUME_TYPES = {
    "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret",
}
# Tuples, not sets: `in` on a tuple compares, so an unhashable (malformed) value cannot crash it.
SAFE_SYSCTLS = (  # policy v1.27; net.ipv4.tcp_keepalive_* etc. only became safe in 1.29
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
)
ALLOWED_SELINUX_TYPES = ("container_t", "container_init_t", "container_kvm_t")
ALLOWED_SECCOMP = ("RuntimeDefault", "Localhost")
ALLOWED_CAPABILITIES = ("NET_BIND_SERVICE",)
_APPARMOR_PREFIX = "container.apparmor.security.beta.kubernetes.io/"
_CONTAINER_LISTS = ("initContainers", "containers", "ephemeralContainers")


# Malformed input is the schema check's to report; here it just must not crash.
def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _dicts(value: Any) -> list[tuple[int, Mapping[str, Any]]]:
    return [(i, v) for i, v in enumerate(value) if isinstance(v, Mapping)] if isinstance(value, list) else []


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _containers(spec: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(label, container) for every container; the label names the list and the container."""
    for field in _CONTAINER_LISTS:
        for i, c in _dicts(spec.get(field)):
            yield f'{field}[{i}] "{c.get("name", "?")}"', c


def _security_context_rules(where: str, sc: Mapping[str, Any]) -> Iterator[str]:
    """Rules that apply the same way to pod and container securityContext."""
    if _dict(sc.get("windowsOptions")).get("hostProcess"):
        yield f"{where}securityContext.windowsOptions.hostProcess must not be true"
    selinux = _dict(sc.get("seLinuxOptions"))
    if selinux.get("type") and selinux["type"] not in ALLOWED_SELINUX_TYPES:
        yield f"{where}securityContext.seLinuxOptions.type must be one of {', '.join(ALLOWED_SELINUX_TYPES)}"
    for field in ("user", "role"):
        if selinux.get(field):
            yield f"{where}securityContext.seLinuxOptions.{field} must not be set"
    seccomp = _dict(sc.get("seccompProfile")).get("type")
    if seccomp is not None and seccomp not in ALLOWED_SECCOMP:
        yield f"{where}securityContext.seccompProfile.type must be RuntimeDefault or Localhost"
    apparmor = _dict(sc.get("appArmorProfile")).get("type")  # the field form (Kubernetes >= 1.30)
    if apparmor is not None and apparmor not in ALLOWED_SECCOMP:
        yield f"{where}securityContext.appArmorProfile.type must be RuntimeDefault or Localhost"
    if sc.get("runAsNonRoot") is False:
        yield f"{where}securityContext.runAsNonRoot must not be false"
    if sc.get("runAsUser") == 0:
        yield f"{where}securityContext.runAsUser must not be 0"


def check_pod_spec(
    spec: Mapping[str, Any], annotations: Mapping[str, str] | None = None, path: str = "spec"
) -> list[str]:
    """Restricted-profile violations of one pod spec; `path` prefixes each message.

    `annotations` are the pod's metadata.annotations (AppArmor is set there in 1.27).
    """
    at = f"{path}." if path else ""
    problems: list[str] = []
    add = problems.append
    pod_sc = _dict(spec.get("securityContext"))
    linux = _dict(spec.get("os")).get("name") != "windows"

    for field in ("hostNetwork", "hostPID", "hostIPC"):
        if spec.get(field):
            add(f"{at}{field} must not be true")
    for i, volume in _dicts(spec.get("volumes")):
        kinds = sorted(set(volume) - {"name"})
        bad = [k for k in kinds if k not in ALLOWED_VOLUME_TYPES]
        if bad:
            add(f'{at}volumes[{i}] "{volume.get("name", "?")}": volume type {", ".join(bad)} is not allowed')
    for _, sysctl in _dicts(pod_sc.get("sysctls")):
        if sysctl.get("name") not in SAFE_SYSCTLS:
            add(f"{at}securityContext.sysctls: {sysctl.get('name')} is not a safe sysctl")
    problems.extend(_security_context_rules(at, pod_sc))
    metadata_at = f"{path.removesuffix('spec')}metadata" if path else "metadata"
    for key, value in _dict(annotations).items():
        allowed = value in ("", "runtime/default") or str(value).startswith("localhost/")
        if str(key).startswith(_APPARMOR_PREFIX) and not allowed:
            add(f"{metadata_at}.annotations[{key!r}] must be runtime/default or localhost/*")

    pod_non_root = pod_sc.get("runAsNonRoot") is True
    pod_seccomp = _dict(pod_sc.get("seccompProfile")).get("type") in ALLOWED_SECCOMP
    for label, c in _containers(spec):
        where = f"{at}{label}: "
        sc = _dict(c.get("securityContext"))
        if sc.get("privileged"):
            add(f"{where}securityContext.privileged must not be true")
        if sc.get("procMount", "Default") != "Default":
            add(f"{where}securityContext.procMount must be Default")
        for j, port in _dicts(c.get("ports")):
            if port.get("hostPort"):
                add(f"{where}ports[{j}].hostPort must not be set")
        problems.extend(_security_context_rules(where, sc))
        if not (pod_non_root or sc.get("runAsNonRoot") is True):
            add(f"{where}securityContext.runAsNonRoot must be true (here or in the pod securityContext)")
        if not linux:
            continue
        if sc.get("allowPrivilegeEscalation") is not False:
            add(f"{where}securityContext.allowPrivilegeEscalation must be false")
        if not pod_seccomp and _dict(sc.get("seccompProfile")).get("type") is None:
            add(f"{where}securityContext.seccompProfile.type must be RuntimeDefault or Localhost "
                "(here or in the pod securityContext)")
        caps = _dict(sc.get("capabilities"))
        if "ALL" not in _list(caps.get("drop")):
            add(f"{where}securityContext.capabilities.drop must include ALL")
        added = sorted({str(c) for c in _list(caps.get("add"))} - set(ALLOWED_CAPABILITIES))
        if added:
            add(f"{where}securityContext.capabilities.add may only contain NET_BIND_SERVICE, not {', '.join(added)}")
    return problems


def pod_template(obj: Mapping[str, Any]) -> tuple[str, Mapping[str, Any], Mapping[str, Any]] | None:
    """(path to the pod spec, pod metadata, pod spec) of a workload object, or None."""
    steps = POD_PATHS.get(obj.get("kind"))  # type: ignore[arg-type]
    if steps is None:
        return None
    template: Any = obj
    for step in steps:
        template = _dict(template).get(step)
    template = _dict(template)
    return ".".join((*steps, "spec")), _dict(template.get("metadata")), _dict(template.get("spec"))


def check_object(obj: Mapping[str, Any]) -> list[str]:
    """Restricted-profile violations of any object that embeds a pod; [] for others."""
    found = pod_template(obj)
    if found is None:
        return []
    path, metadata, spec = found
    return check_pod_spec(spec, _dict(metadata.get("annotations")), path)
