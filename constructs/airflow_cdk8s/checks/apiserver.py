"""The API server's own validation of built-in objects (Kubernetes 1.27), beyond what the schemas say.

The JSON schemas accept a Deployment with two containers of one name, a mount of a volume that does
not exist, requests above limits or `resources.requests.memroy`; kube-apiserver rejects all of them
on apply (its validation lives in pkg/apis/{core,apps,batch,autoscaling,networking,policy,rbac}/validation).
This module re-states those rules for the kinds we emit and users commonly apply, over plain dicts,
with the API server's semantics: values it defaults (probe timeouts, protocols, `path: /`) are judged
after defaulting, and null means unset. Each problem is "field.path: what is wrong".

Where the API server only warns, or accepts an object whose pods its controller then cannot create,
the rule says so in its message: those objects still fail in a cluster, just later.
"""

from __future__ import annotations

import base64
import binascii
import difflib
import ipaddress
import json
import re
from fractions import Fraction
from typing import Any, Iterator, Mapping

from .. import names
from ._format import format_path

# The API server stores objects in etcd, whose default request limit is 1.5 MiB (--max-request-bytes).
MAX_OBJECT_BYTES = 1536 * 1024
MAX_ANNOTATIONS_BYTES = 256 * 1024  # keys plus values (TotalAnnotationSizeLimitB)
MAX_DATA_BYTES = 1024 * 1024  # ConfigMap data + binaryData, Secret data (MaxSecretSize)

_STANDARD_RESOURCES = ("cpu", "memory", "ephemeral-storage")
_PROTOCOLS = ("TCP", "UDP", "SCTP")
_CONTAINER_LISTS = ("containers", "initContainers", "ephemeralContainers")  # the order duplicates are reported in
_VOLUME_SOURCES = (
    "awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "configMap", "csi", "downwardAPI",
    "emptyDir", "ephemeral", "fc", "flexVolume", "flocker", "gcePersistentDisk", "gitRepo", "glusterfs",
    "hostPath", "iscsi", "nfs", "persistentVolumeClaim", "photonPersistentDisk", "portworxVolume", "projected",
    "quobyte", "rbd", "scaleIO", "secret", "storageos", "vsphereVolume",
)
_PV_SOURCES = tuple(s for s in _VOLUME_SOURCES if s not in (
    "configMap", "downwardAPI", "emptyDir", "ephemeral", "gitRepo", "persistentVolumeClaim", "projected", "secret",
)) + ("local",)
_ENV_FIELD_PATHS = (
    "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
    "status.hostIP", "status.podIP", "status.podIPs",
)
_VOLUME_FIELD_PATHS = ("metadata.name", "metadata.namespace", "metadata.uid", "metadata.labels", "metadata.annotations")
_RESOURCE_FIELD_REFS = tuple(f"{k}.{r}" for k in ("limits", "requests") for r in _STANDARD_RESOURCES)
_CPU_DIVISORS = (Fraction(1, 1000), Fraction(1))
_BYTE_DIVISORS = tuple(names.quantity_value(f"1{s}") for s in ("", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"))
_STANDARD_FINALIZERS = ("kubernetes", "orphan", "foregroundDeletion")
_RBAC_GROUP = "rbac.authorization.k8s.io"
_HEADER_NAME = re.compile(r"[-!#$%&'*+.^_`|~0-9A-Za-z]+")  # an HTTP token (RFC 7230)

Path = tuple[Any, ...]


class _Problems(list):
    """(field path, message) pairs; formatted only at the end, so a fragment's paths can be made relative."""

    def add(self, path: Path, message: str) -> None:
        self.append((path, message))

    def lines(self) -> list[str]:
        return [f"{format_path(path)}: {message}" if path else message for path, message in self]


# Malformed shapes are the schema check's to report; here they must only not crash.
def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}  # dict, not Mapping: an ABC check costs 10x more


def _dicts(value: Any) -> list[tuple[int, Mapping[str, Any]]]:
    return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)] if isinstance(value, list) else []


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int | None:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # JSON has one number type: 2.0 is the integer 2 to the API server (and after jsii)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _set(mapping: Mapping[str, Any], key: str) -> bool:
    return mapping.get(key) is not None


def _quoted(value: Any) -> str:
    return json.dumps(value, default=str)[:120]


# ---- shared field rules ------------------------------------------------------------------------


def _labels(p: _Problems, labels: Any, path: Path) -> None:
    for key, value in _dict(labels).items():
        if error := names.qualified_key_error(str(key)):
            p.add((*path, key), error)
        if value is not None and (error := names.label_value_error(str(value))):
            p.add((*path, key), error)


def _annotations(p: _Problems, annotations: Any, path: Path) -> None:
    total = 0
    for key, value in _dict(annotations).items():
        if error := names.qualified_key_error(str(key).lower()):
            p.add((*path, key), error)
        total += len(str(key).encode()) + len(str(value if value is not None else "").encode())
    if total > MAX_ANNOTATIONS_BYTES:
        p.add(path, f"too long: {total} bytes of keys and values, at most {MAX_ANNOTATIONS_BYTES} (256 KiB) allowed")


def _name(p: _Problems, value: Any, path: Path, rule=names.dns1123_subdomain_error, required: bool = True) -> None:
    if value is None or value == "":
        if required:
            p.add(path, "is required")
        return
    if error := rule(str(value)):
        p.add(path, error)


def _non_negative(p: _Problems, spec: Mapping[str, Any], key: str, path: Path, *, positive: bool = False) -> None:
    value = _int(spec.get(key))
    if value is not None and (value <= 0 if positive else value < 0):
        p.add((*path, key), "must be greater than 0" if positive else "must be greater than or equal to 0")


def _port_number(p: _Problems, value: Any, path: Path, *, allow_zero: bool = False) -> None:
    number = _int(value)
    if number is not None and not (0 if allow_zero else 1) <= number <= 65535:
        p.add(path, f"{number} must be between {0 if allow_zero else 1} and 65535")


def _port_number_or_name(p: _Problems, value: Any, path: Path) -> None:
    if isinstance(value, str):
        if error := names.iana_port_name_error(value):
            p.add(path, error)
    elif value is None:
        p.add(path, "is required")
    else:
        _port_number(p, value, path)


def _one_of(p: _Problems, mapping: Mapping[str, Any], fields: tuple[str, ...], path: Path, what: str,
            *, required: bool = True) -> str | None:
    """Exactly one of ``fields`` set (the API server's "may not specify more than 1 ..." rules)."""
    present = [f for f in fields if mapping.get(f) is not None]  # hot: every volume tries 29 sources
    if len(present) > 1:
        p.add(path, f"may not specify more than one {what} (found {', '.join(present)})")
    elif not present and required:
        p.add(path, f"must specify one {what} ({', '.join(fields[:6])}{'...' if len(fields) > 6 else ''})")
    return present[0] if len(present) == 1 else None


def _enum(p: _Problems, mapping: Mapping[str, Any], key: str, allowed: tuple[str, ...], path: Path) -> None:
    value = mapping.get(key)
    if value is not None and value not in allowed:
        p.add((*path, key), f"unsupported value {_quoted(value)}: must be one of {', '.join(allowed)}")


def _int_or_percent(p: _Problems, value: Any, path: Path, *, at_most_100: bool = True) -> int | None:
    """An IntOrString count or percentage; returns its number (None when malformed)."""
    if isinstance(value, str):
        match = re.fullmatch(r"(\d+)%", value)
        if not match:
            p.add(path, f"{_quoted(value)} must be an integer or a percentage such as '25%'")
            return None
        if at_most_100 and int(match[1]) > 100:
            p.add(path, f"{value} must not be greater than 100%")
        return int(match[1])
    number = _int(value)
    if number is not None and number < 0:
        p.add(path, "must be greater than or equal to 0")
    return number


def _relative_path(p: _Problems, value: Any, path: Path) -> None:
    text = _str(value)
    if text.startswith("/"):
        p.add(path, f"{_quoted(text)} must be a relative path")
    elif ".." in text.split("/"):
        p.add(path, f"{_quoted(text)} must not contain '..'")


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


# ---- resources ----------------------------------------------------------------------------------


def _is_hugepages(name: str) -> bool:
    return name.startswith("hugepages-")


def _overcommit_allowed(name: str) -> bool:
    # Native resources (no domain, or a kubernetes.io domain) may request less than their limit.
    native = "/" not in name or "kubernetes.io/" in name
    return native and not _is_hugepages(name)


def resource_name_error(name: str) -> str | None:
    """Why ``name`` is not a resource a container may request (cpu, memory, vendor.com/gpu...), or None."""
    if "/" not in name:
        if name in _STANDARD_RESOURCES or (_is_hugepages(name) and names.quantity_value(name[10:]) is not None):
            return None
        known = [*_STANDARD_RESOURCES, "hugepages-2Mi", "hugepages-1Gi"]
        guess = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f"; did you mean {guess[0]!r}?" if guess else ""
        return (f"{name!r} is not a container resource: use cpu, memory, ephemeral-storage, hugepages-<size> "
                f"or an extended resource with a domain (example.com/gpu){hint}")
    if "kubernetes.io/" in name:
        return None
    if name.startswith("requests.") or names.qualified_key_error(f"requests.{name}"):
        return f"{name!r} does not follow the extended resource name standard (domain/name, e.g. nvidia.com/gpu)"
    return None


def _resources(p: _Problems, resources: Any, path: Path) -> None:
    resources = _dict(resources)
    limits, requests = _dict(resources.get("limits")), _dict(resources.get("requests"))
    parsed: dict[str, dict[str, Fraction]] = {"limits": {}, "requests": {}}
    for kind, values in (("limits", limits), ("requests", requests)):
        for name, raw in values.items():
            at = (*path, kind, name)
            if error := resource_name_error(str(name)):
                p.add(at, error)
                continue
            value = names.quantity_value(raw)
            if value is None:
                p.add(at, f"{_quoted(raw)} is not a quantity (examples: 500m, 1, 4Gi)")
                continue
            if value < 0:
                p.add(at, "must be greater than or equal to 0")
            elif "/" in str(name) and "kubernetes.io/" not in str(name) and value.denominator != 1:
                p.add(at, f"{_quoted(raw)} must be an integer (extended resources are counted whole)")
            elif _is_hugepages(str(name)):
                page = names.quantity_value(str(name)[10:]) or 1
                if value % page:
                    p.add(at, f"{_quoted(raw)} must be a multiple of the page size {str(name)[10:]}")
            parsed[kind][str(name)] = value
    for name, request in parsed["requests"].items():
        limit = parsed["limits"].get(name)
        if limit is None:
            if not _overcommit_allowed(name) and name not in limits:
                p.add((*path, "limits"), f"must set {name}: a limit is required for a resource that cannot be "
                                         "overcommitted (hugepages, extended resources)")
        elif not _overcommit_allowed(name) and request != limit:
            p.add((*path, "requests", name), f"{requests[name]} must equal the {name} limit of {limits[name]} "
                                             "(this resource cannot be overcommitted)")
        elif request > limit:
            p.add((*path, "requests", name), f"{requests[name]} must be less than or equal to the {name} limit "
                                             f"of {limits[name]}")
    used = set(parsed["limits"]) | set(parsed["requests"])
    if any(_is_hugepages(n) for n in used) and not used & {"cpu", "memory"}:
        p.add(path, "hugepages require a cpu or memory request or limit")


# ---- pods ---------------------------------------------------------------------------------------


def _handler(p: _Problems, handler: Mapping[str, Any], path: Path, kinds: tuple[str, ...]) -> None:
    kind = _one_of(p, handler, kinds, path, "handler")
    if kind is None:
        return
    action = _dict(handler.get(kind))
    if kind == "exec" and not action.get("command"):
        p.add((*path, "exec", "command"), "is required")
    elif kind in ("httpGet", "tcpSocket"):
        _port_number_or_name(p, action.get("port"), (*path, kind, "port"))
        if kind == "httpGet":
            _enum(p, action, "scheme", ("HTTP", "HTTPS"), (*path, kind))
            for j, header in _dicts(action.get("httpHeaders")):
                if not _HEADER_NAME.fullmatch(_str(header.get("name"))):
                    p.add((*path, kind, "httpHeaders", j, "name"), f"{_quoted(header.get('name'))} is not an HTTP header name")
    elif kind == "grpc":
        _port_number(p, action.get("port"), (*path, "grpc", "port"))


def _probe(p: _Problems, probe: Any, path: Path, which: str) -> None:
    probe = _dict(probe)
    _handler(p, probe, path, ("exec", "httpGet", "tcpSocket", "grpc"))
    for key in ("initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"):
        _non_negative(p, probe, key, path)
    if which in ("livenessProbe", "startupProbe") and _int(probe.get("successThreshold")) not in (None, 0, 1):
        p.add((*path, "successThreshold"), f"must be 1 for a {which}")
    grace = _int(probe.get("terminationGracePeriodSeconds"))
    if grace is not None:
        if which == "readinessProbe":
            p.add((*path, "terminationGracePeriodSeconds"), "must not be set for a readinessProbe")
        elif grace <= 0:
            p.add((*path, "terminationGracePeriodSeconds"), "must be greater than 0")


def _env(p: _Problems, container: Mapping[str, Any], path: Path) -> None:
    for i, var in _dicts(container.get("env")):
        at = (*path, "env", i)
        name = _str(var.get("name"))
        if not name:
            p.add((*at, "name"), "is required")
        elif error := names.env_var_name_error(name):
            p.add((*at, "name"), error)
        source = _dict(var.get("valueFrom"))
        if not _set(var, "valueFrom"):
            continue
        kind = _one_of(p, source, ("fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef"),
                       (*at, "valueFrom"), "source")
        if var.get("value"):
            p.add((*at, "valueFrom"), "may not be set when `value` is not empty")
        ref = _dict(source.get(kind)) if kind else {}
        ref_at = (*at, "valueFrom", kind)
        if kind == "fieldRef":
            _field_ref(p, ref, ref_at, _ENV_FIELD_PATHS)
        elif kind == "resourceFieldRef":
            _resource_field_ref(p, ref, ref_at, volume=False)
        elif kind in ("configMapKeyRef", "secretKeyRef"):
            _name(p, ref.get("name"), (*ref_at, "name"))
            key = _str(ref.get("key"))
            if not key:
                p.add((*ref_at, "key"), "is required")
            elif error := names.config_map_key_error(key):
                p.add((*ref_at, "key"), error)
    for i, source in _dicts(container.get("envFrom")):
        at = (*path, "envFrom", i)
        prefix = source.get("prefix")
        if prefix and (error := names.env_var_name_error(str(prefix))):
            p.add((*at, "prefix"), error)
        kind = _one_of(p, source, ("configMapRef", "secretRef"), at, "source")
        if kind:
            _name(p, _dict(source.get(kind)).get("name"), (*at, kind, "name"))


def _field_ref(p: _Problems, ref: Mapping[str, Any], path: Path, allowed: tuple[str, ...]) -> None:
    field_path = _str(ref.get("fieldPath"))
    subscript = re.fullmatch(r"metadata\.(labels|annotations)\['(.+)'\]", field_path)
    if subscript:
        if error := names.qualified_key_error(subscript[2]):
            p.add((*path, "fieldPath"), error)
    elif field_path not in allowed:
        p.add((*path, "fieldPath"), f"unsupported value {_quoted(field_path)}: must be one of {', '.join(allowed)}, "
                                    "metadata.labels['<key>'] or metadata.annotations['<key>']")


def _resource_field_ref(p: _Problems, ref: Mapping[str, Any], path: Path, *, volume: bool) -> None:
    resource = _str(ref.get("resource"))
    if volume and not ref.get("containerName"):
        p.add((*path, "containerName"), "is required")
    hugepages = re.fullmatch(r"(limits|requests)\.hugepages-.+", resource)
    if resource not in _RESOURCE_FIELD_REFS and not hugepages:
        p.add((*path, "resource"), f"unsupported value {_quoted(resource)}: must be one of {', '.join(_RESOURCE_FIELD_REFS)}")
        return
    if _set(ref, "divisor"):
        divisor = names.quantity_value(ref["divisor"])
        allowed = _CPU_DIVISORS if resource.endswith(".cpu") else _BYTE_DIVISORS
        if divisor not in allowed:
            what = "1m or 1" if resource.endswith(".cpu") else "1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki ... 1Ei"
            p.add((*path, "divisor"), f"{_quoted(ref['divisor'])} is not supported for {resource}: use {what}")


def _volume_mounts(p: _Problems, container: Mapping[str, Any], path: Path, volumes: Mapping[str, str] | None) -> None:
    """``volumes``: the pod's volume name -> source kind; None for a fragment whose pod is not known yet."""
    mount_paths: set[str] = set()
    devices = {_str(d.get("name")): _str(d.get("devicePath")) for _, d in _dicts(container.get("volumeDevices"))}
    for i, mount in _dicts(container.get("volumeMounts")):
        at = (*path, "volumeMounts", i)
        name, mount_path = _str(mount.get("name")), _str(mount.get("mountPath"))
        if not name:
            p.add((*at, "name"), "is required")
        elif volumes is not None and name not in volumes:
            p.add((*at, "name"), f"volume {name!r} not found: the pod has no volume of that name "
                                 f"(volumes: {', '.join(sorted(volumes)) or 'none'})")
        if not mount_path:
            p.add((*at, "mountPath"), "is required")
        elif mount_path in mount_paths:
            p.add((*at, "mountPath"), f"{mount_path!r} must be unique: another volumeMount of this container uses it")
        mount_paths.add(mount_path)
        if name and name in devices:
            p.add((*at, "name"), f"{name!r} must not also be in volumeDevices")
        if mount_path and mount_path in devices.values():
            p.add((*at, "mountPath"), f"{mount_path!r} must not also be a devicePath in volumeDevices")
        if _set(mount, "subPath") and _set(mount, "subPathExpr"):
            p.add((*at, "subPathExpr"), "subPath and subPathExpr are mutually exclusive")
        for key in ("subPath", "subPathExpr"):
            if mount.get(key):
                _relative_path(p, mount[key], (*at, key))
        _enum(p, mount, "mountPropagation", ("None", "HostToContainer", "Bidirectional"), at)
        privileged = _dict(container.get("securityContext")).get("privileged") is True
        if mount.get("mountPropagation") == "Bidirectional" and not privileged:
            p.add((*at, "mountPropagation"), "Bidirectional is only allowed in privileged containers")
    device_paths: set[str] = set()
    for i, device in _dicts(container.get("volumeDevices")):
        at = (*path, "volumeDevices", i)
        name, device_path = _str(device.get("name")), _str(device.get("devicePath"))
        if not name:
            p.add((*at, "name"), "is required")
        elif volumes is None:
            pass
        elif name not in volumes:
            p.add((*at, "name"), f"volume {name!r} not found: the pod has no volume of that name")
        elif volumes[name] not in ("persistentVolumeClaim", "ephemeral"):
            p.add((*at, "name"), f"{name!r} is a {volumes[name]} volume: block devices need a persistentVolumeClaim "
                                 "or ephemeral volume")
        if not device_path:
            p.add((*at, "devicePath"), "is required")
        elif device_path in device_paths:
            p.add((*at, "devicePath"), f"{device_path!r} must be unique")
        elif ".." in device_path.split("/"):
            p.add((*at, "devicePath"), "must not contain '..'")
        device_paths.add(device_path)


def _ports(p: _Problems, container: Mapping[str, Any], path: Path, host_ports: dict[tuple, Path]) -> None:
    seen_names: dict[str, int] = {}
    seen_ports: dict[tuple[Any, str], int] = {}
    for i, port in _dicts(container.get("ports")):
        at = (*path, "ports", i)
        name = port.get("name")
        if name:
            if error := names.iana_port_name_error(str(name)):
                p.add((*at, "name"), error)
            if name in seen_names:
                p.add((*at, "name"), f"duplicate port name {name!r} (also ports[{seen_names[name]}])")
            seen_names.setdefault(name, i)
        if _int(port.get("containerPort")) is None:
            p.add((*at, "containerPort"), "is required")
        _port_number(p, port.get("containerPort"), (*at, "containerPort"))
        _port_number(p, port.get("hostPort"), (*at, "hostPort"), allow_zero=True)
        _enum(p, port, "protocol", _PROTOCOLS, at)
        key = (port.get("containerPort"), port.get("protocol") or "TCP")
        if key in seen_ports:
            # The API server only warns, but server-side apply (Argo CD, Flux, kubectl --server-side) keys
            # ports by containerPort+protocol and refuses the duplicate.
            p.add(at, f"duplicate port {key[0]}/{key[1]} (also ports[{seen_ports[key]}]); server-side apply "
                      "refuses two ports with one containerPort and protocol")
        seen_ports.setdefault(key, i)
        if _int(port.get("hostPort")):
            host_key = (port.get("hostIP") or "", port["hostPort"], port.get("protocol") or "TCP")
            if host_key in host_ports:
                p.add((*at, "hostPort"), f"duplicate hostPort {port['hostPort']}/{host_key[2]} "
                                         f"(also {format_path(host_ports[host_key])})")
            host_ports.setdefault(host_key, at)


def _container_security_context(p: _Problems, sc: Mapping[str, Any], path: Path) -> None:
    if sc.get("allowPrivilegeEscalation") is False:
        if sc.get("privileged") is True:
            p.add(path, "cannot set allowPrivilegeEscalation to false and privileged to true")
        added = [str(c) for c in _dict(sc.get("capabilities")).get("add") or []]
        if "CAP_SYS_ADMIN" in added or "SYS_ADMIN" in added:
            p.add(path, "cannot set allowPrivilegeEscalation to false and add the SYS_ADMIN capability")
    _enum(p, sc, "procMount", ("Default", "Unmasked"), path)
    _id_fields(p, sc, path)
    _seccomp(p, sc, path)


def _id_fields(p: _Problems, sc: Mapping[str, Any], path: Path) -> None:
    for key in ("runAsUser", "runAsGroup", "fsGroup"):
        value = _int(sc.get(key))
        if value is not None and not 0 <= value <= 2147483647:
            p.add((*path, key), f"{value} must be between 0 and 2147483647")
    for j, group in enumerate(sc.get("supplementalGroups") or []):
        if _int(group) is not None and not 0 <= group <= 2147483647:
            p.add((*path, "supplementalGroups", j), f"{group} must be between 0 and 2147483647")


def _seccomp(p: _Problems, sc: Mapping[str, Any], path: Path) -> None:
    seccomp = _dict(sc.get("seccompProfile"))
    if not seccomp:
        return
    at = (*path, "seccompProfile")
    _enum(p, seccomp, "type", ("RuntimeDefault", "Localhost", "Unconfined"), at)
    if seccomp.get("type") == "Localhost" and not seccomp.get("localhostProfile"):
        p.add((*at, "localhostProfile"), "is required when type is Localhost")
    elif seccomp.get("type") != "Localhost" and _set(seccomp, "localhostProfile"):
        p.add((*at, "localhostProfile"), "can only be set when type is Localhost")


def _container(p: _Problems, c: Mapping[str, Any], path: Path, field: str, volumes: Mapping[str, str] | None,
               host_ports: dict[tuple, Path]) -> None:
    name = _str(c.get("name"))
    if not name:
        p.add((*path, "name"), "is required")
    elif error := names.dns1123_label_error(name):
        p.add((*path, "name"), error)
    image = c.get("image")
    if not image and field != "ephemeralContainers":
        p.add((*path, "image"), "is required")
    elif isinstance(image, str) and image != image.strip():
        p.add((*path, "image"), "must not have leading or trailing whitespace")
    _enum(p, c, "imagePullPolicy", ("Always", "IfNotPresent", "Never"), path)
    _enum(p, c, "terminationMessagePolicy", ("File", "FallbackToLogsOnError"), path)
    _env(p, c, path)
    _volume_mounts(p, c, path, volumes)
    _ports(p, c, path, host_ports)
    _resources(p, c.get("resources"), (*path, "resources"))
    _container_security_context(p, _dict(c.get("securityContext")), (*path, "securityContext"))
    probes = ("livenessProbe", "readinessProbe", "startupProbe")
    if field == "containers":
        for which in probes:
            if _set(c, which):
                _probe(p, c[which], (*path, which), which)
        for hook in ("postStart", "preStop"):
            handler = _dict(c.get("lifecycle")).get(hook)
            if handler is not None:
                _handler(p, _dict(handler), (*path, "lifecycle", hook), ("exec", "httpGet", "tcpSocket"))
    else:
        # Kubernetes 1.27 has no sidecar init containers (restartPolicy: Always came in 1.28).
        forbidden = ("lifecycle", *probes) + (("ports", "resources") if field == "ephemeralContainers" else ())
        for key in forbidden:
            if c.get(key):
                p.add((*path, key), f"may not be set for {field}")
        if _set(c, "restartPolicy"):
            p.add((*path, "restartPolicy"), "is not a Kubernetes 1.27 field (sidecar init containers need 1.28+)")


def _volumes(p: _Problems, spec: Mapping[str, Any], path: Path) -> dict[str, str]:
    """Checks spec.volumes; returns volume name -> source kind."""
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


# ---- objects ------------------------------------------------------------------------------------

_NAME_RULES = {
    "Namespace": names.dns1123_label_error,
    "Service": names.dns1035_label_error,
    "Role": names.path_segment_name_error,
    "ClusterRole": names.path_segment_name_error,
    "RoleBinding": names.path_segment_name_error,
    "ClusterRoleBinding": names.path_segment_name_error,
}


def _metadata(p: _Problems, obj: Mapping[str, Any], metadata: Mapping[str, Any], path: Path, *, embedded: bool) -> None:
    if not embedded:
        kind = _str(obj.get("kind"))
        if not metadata.get("name") and not metadata.get("generateName"):
            p.add((*path, "name"), "is required")
        elif metadata.get("name"):
            _name(p, metadata["name"], (*path, "name"), _NAME_RULES.get(kind, names.dns1123_subdomain_error))
        _name(p, metadata.get("namespace"), (*path, "namespace"), names.dns1123_label_error, required=False)
    _labels(p, metadata.get("labels"), (*path, "labels"))
    _annotations(p, metadata.get("annotations"), (*path, "annotations"))
    for i, finalizer in enumerate(metadata.get("finalizers") or []):
        text = str(finalizer)
        if error := names.qualified_key_error(text):
            p.add((*path, "finalizers", i), error)
        elif "/" not in text and text not in _STANDARD_FINALIZERS:
            p.add((*path, "finalizers", i), f"{text!r} is neither a standard finalizer nor qualified with a domain "
                                            "(example.com/name)")


def _pod_template(p: _Problems, template: Mapping[str, Any], path: Path, **pod_options: Any) -> None:
    metadata = _dict(template.get("metadata"))
    _labels(p, metadata.get("labels"), (*path, "metadata", "labels"))
    _annotations(p, metadata.get("annotations"), (*path, "metadata", "annotations"))
    _pod_spec(p, _dict(template.get("spec")), (*path, "spec"), **pod_options)


def _selected_template(p: _Problems, spec: Mapping[str, Any], kind: str, path: Path) -> None:
    """The controllers' rule: a required, non-empty selector that selects the pod template's labels."""
    selector = spec.get("selector")
    if selector is None:
        p.add((*path, "selector"), "is required")
    elif _selector_is_empty(selector):
        p.add((*path, "selector"), f"must not be empty for a {kind}")
    else:
        _selector(p, selector, (*path, "selector"))
        labels = _dict(_dict(_dict(spec.get("template")).get("metadata")).get("labels"))
        if not selector_matches(_dict(selector), labels):
            p.add((*path, "template", "metadata", "labels"), f"selector {_quoted(selector)} does not match the "
                                                             f"template labels {_quoted(labels)}")
    template_spec = _dict(_dict(spec.get("template")).get("spec"))
    if template_spec.get("restartPolicy", "Always") not in ("Always", None):
        p.add((*path, "template", "spec", "restartPolicy"), f"must be Always for a {kind}")
    if _set(template_spec, "activeDeadlineSeconds"):
        p.add((*path, "template", "spec", "activeDeadlineSeconds"), f"is not supported in a {kind}")


def _rolling_update(p: _Problems, rolling: Mapping[str, Any], path: Path, default_surge: Any) -> None:
    unavailable = _int_or_percent(p, rolling.get("maxUnavailable", "25%"), (*path, "maxUnavailable"))
    surge = _int_or_percent(p, rolling.get("maxSurge", default_surge), (*path, "maxSurge"), at_most_100=False)
    if unavailable == 0 and surge == 0:
        p.add((*path, "maxUnavailable"), "may not be 0 when maxSurge is 0")


def _deployment(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    _selected_template(p, spec, "Deployment", path)
    for key in ("replicas", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds"):
        _non_negative(p, spec, key, path)
    deadline = _int(spec.get("progressDeadlineSeconds")) if _set(spec, "progressDeadlineSeconds") else 600  # default
    ready = _int(spec.get("minReadySeconds")) or 0
    if deadline is not None and deadline <= ready:
        p.add((*path, "progressDeadlineSeconds"), f"{deadline} must be greater than minReadySeconds ({ready})")
    strategy = _dict(spec.get("strategy"))
    _enum(p, strategy, "type", ("RollingUpdate", "Recreate"), (*path, "strategy"))
    if strategy.get("type") == "Recreate" and _set(strategy, "rollingUpdate"):
        p.add((*path, "strategy", "rollingUpdate"), "may not be set when strategy type is Recreate")
    elif strategy.get("type") in (None, "RollingUpdate"):
        _rolling_update(p, _dict(strategy.get("rollingUpdate")), (*path, "strategy", "rollingUpdate"), "25%")
    _pod_template(p, _dict(spec.get("template")), (*path, "template"))


def _stateful_set(p: _Problems, name: str, spec: Mapping[str, Any], path: Path) -> None:
    _selected_template(p, spec, "StatefulSet", path)
    for key in ("replicas", "minReadySeconds", "revisionHistoryLimit"):
        _non_negative(p, spec, key, path)
    _enum(p, spec, "podManagementPolicy", ("OrderedReady", "Parallel"), path)
    strategy = _dict(spec.get("updateStrategy"))
    _enum(p, strategy, "type", ("RollingUpdate", "OnDelete"), (*path, "updateStrategy"))
    if strategy.get("type") == "OnDelete" and _set(strategy, "rollingUpdate"):
        p.add((*path, "updateStrategy", "rollingUpdate"), "may not be set when type is OnDelete")
    _non_negative(p, _dict(strategy.get("rollingUpdate")), "partition", (*path, "updateStrategy", "rollingUpdate"))
    claims: list[str] = []
    for i, claim in _dicts(spec.get("volumeClaimTemplates")):
        at = (*path, "volumeClaimTemplates", i)
        claim_name = _str(_dict(claim.get("metadata")).get("name"))
        _name(p, claim_name, (*at, "metadata", "name"), names.dns1123_label_error)
        claims.append(claim_name)
        _pvc_spec(p, _dict(claim.get("spec")), (*at, "spec"))
    if len(name) > 52:
        # The controller labels each pod controller-revision-hash=<name>-<10-character hash>, a label value.
        p.add(("metadata", "name"), f"{len(name)} characters: a StatefulSet name longer than 52 makes its pods' "
                                    "controller-revision-hash label too long, so the controller cannot create them")
    # The API server leaves a StatefulSet's pod spec to pod creation, which rejects the same mistakes.
    _pod_template(p, _dict(spec.get("template")), (*path, "template"), claim_templates=tuple(claims))


def _daemon_set(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    _selected_template(p, spec, "DaemonSet", path)
    for key in ("minReadySeconds", "revisionHistoryLimit"):
        _non_negative(p, spec, key, path)
    strategy = _dict(spec.get("updateStrategy"))
    _enum(p, strategy, "type", ("RollingUpdate", "OnDelete"), (*path, "updateStrategy"))
    if strategy.get("type") in (None, "RollingUpdate"):
        _rolling_update(p, _dict(strategy.get("rollingUpdate")), (*path, "updateStrategy", "rollingUpdate"), 0)
    _pod_template(p, _dict(spec.get("template")), (*path, "template"))


_JOB_UID_LABELS = ("controller-uid", "batch.kubernetes.io/controller-uid")
_JOB_NAME_LABELS = ("job-name", "batch.kubernetes.io/job-name")


def _job_spec(p: _Problems, name: str | None, spec: Mapping[str, Any], path: Path) -> None:
    template = _dict(spec.get("template"))
    labels = _dict(_dict(template.get("metadata")).get("labels"))
    for key in ("parallelism", "completions", "activeDeadlineSeconds", "backoffLimit", "ttlSecondsAfterFinished"):
        _non_negative(p, spec, key, path)
    _enum(p, spec, "completionMode", ("NonIndexed", "Indexed"), path)
    if spec.get("completionMode") == "Indexed" and spec.get("completions") is None:
        p.add((*path, "completions"), "is required when completionMode is Indexed")
    if spec.get("manualSelector") is True:
        _selected_template(p, {**spec, "template": {"metadata": template.get("metadata")}}, "Job", path)
    else:
        # The API server generates the selector from the Job's uid and name and labels the pods with them.
        selector = _dict(spec.get("selector"))
        generated = {k: name for k in _JOB_NAME_LABELS}
        # An empty selector, or one only on job-name, still matches what is generated; anything else does not.
        if _set(spec, "selector") and (not selector_matches(selector, generated)
                                       or any(k in _dict(selector.get("matchLabels")) for k in _JOB_UID_LABELS)):
            p.add((*path, "selector"), "must not be set unless manualSelector is true: the API server generates it")
        for key in _JOB_UID_LABELS:
            if key in labels:
                p.add((*path, "template", "metadata", "labels", key), "must not be set: the API server sets it")
        for key in _JOB_NAME_LABELS:
            if key in labels and name is not None and labels[key] != name:
                p.add((*path, "template", "metadata", "labels", key), f"must be the Job's name {name!r}")
        if name and len(name) > 63:
            p.add(("metadata", "name"), f"{len(name)} characters: a Job's pods carry its name as the job-name "
                                        "label, whose values are at most 63 characters")
    template_spec = _dict(template.get("spec"))
    policy = template_spec.get("restartPolicy")
    if policy not in ("OnFailure", "Never"):
        p.add((*path, "template", "spec", "restartPolicy"), f"must be OnFailure or Never for a Job's pods, "
                                                            f"not {_quoted(policy) if policy else 'unset (Always)'}")
    elif _set(spec, "podFailurePolicy") and policy != "Never":
        p.add((*path, "template", "spec", "restartPolicy"), "must be Never when podFailurePolicy is set")
    _pod_template(p, template, (*path, "template"))


def _cron_job(p: _Problems, name: str, spec: Mapping[str, Any], path: Path) -> None:
    if len(name) > 52:
        p.add(("metadata", "name"), f"{len(name)} characters: a CronJob name may be at most 52 (its Jobs append "
                                    "an 11-character suffix)")
    schedule = _str(spec.get("schedule"))
    # The parser takes a leading TZ=/CRON_TZ= zone and @every <duration> besides five fields and macros.
    fields = re.sub(r"^(CRON_)?TZ=\S+\s+", "", schedule)
    if not schedule:
        p.add((*path, "schedule"), "is required")
    elif "TZ" in schedule and _set(spec, "timeZone"):
        p.add((*path, "schedule"), "cannot use both timeZone and TZ or CRON_TZ in the schedule")
    elif fields.startswith("@every "):
        if names.duration_error(fields[7:].strip()):
            p.add((*path, "schedule"), f"{schedule!r}: @every needs a duration such as 5m or 1h30m")
    elif error := names.cron_error(fields):
        p.add((*path, "schedule"), error)
    if _set(spec, "timeZone") and (not spec["timeZone"] or str(spec["timeZone"]).lower() == "local"):
        p.add((*path, "timeZone"), "must be an explicit IANA time zone such as Europe/Berlin (not empty or Local)")
    _enum(p, spec, "concurrencyPolicy", ("Allow", "Forbid", "Replace"), path)
    for key in ("startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"):
        _non_negative(p, spec, key, path)
    job = _dict(spec.get("jobTemplate"))
    _labels(p, _dict(job.get("metadata")).get("labels"), (*path, "jobTemplate", "metadata", "labels"))
    _annotations(p, _dict(job.get("metadata")).get("annotations"), (*path, "jobTemplate", "metadata", "annotations"))
    _job_spec(p, None, _dict(job.get("spec")), (*path, "jobTemplate", "spec"))


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


def _service(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    kind = spec.get("type") or "ClusterIP"
    _enum(p, spec, "type", ("ClusterIP", "NodePort", "LoadBalancer", "ExternalName"), path)
    headless = spec.get("clusterIP") == "None"
    ports = _dicts(spec.get("ports"))
    if not ports and not headless and kind != "ExternalName":
        p.add((*path, "ports"), "is required (at least one port, unless the Service is headless or ExternalName)")
    if kind == "ExternalName":
        external = _str(spec.get("externalName")).lower().removesuffix(".")
        _name(p, external, (*path, "externalName"))
    elif headless and kind != "ClusterIP":
        p.add((*path, "clusterIP"), f"may not be None for a {kind} Service")
    seen_names: dict[str, int] = {}
    seen_ports: dict[tuple[Any, str], int] = {}
    for i, port in ports:
        at = (*path, "ports", i)
        name = port.get("name")
        if not name and len(ports) > 1:
            p.add((*at, "name"), "is required when the Service has more than one port")
        elif name:
            if error := names.dns1123_label_error(str(name)):
                p.add((*at, "name"), error)
            if name in seen_names:
                p.add((*at, "name"), f"duplicate port name {name!r} (also ports[{seen_names[name]}])")
            seen_names.setdefault(name, i)
        if _int(port.get("port")) is None:
            p.add((*at, "port"), "is required")
        _port_number(p, port.get("port"), (*at, "port"))
        _enum(p, port, "protocol", _PROTOCOLS, at)
        if port.get("targetPort") not in (None, 0, ""):  # unset or 0 defaults to the port
            _port_number_or_name(p, port["targetPort"], (*at, "targetPort"))
        if _int(port.get("nodePort")) and kind not in ("NodePort", "LoadBalancer"):
            p.add((*at, "nodePort"), f"may not be set when the Service type is {kind}")
        _port_number(p, port.get("nodePort"), (*at, "nodePort"), allow_zero=True)
        if port.get("appProtocol") and (error := names.qualified_key_error(str(port["appProtocol"]))):
            p.add((*at, "appProtocol"), error)
        key = (port.get("port"), port.get("protocol") or "TCP")
        if key in seen_ports:
            p.add(at, f"duplicate port {key[0]}/{key[1]} (also ports[{seen_ports[key]}])")
        seen_ports.setdefault(key, i)
    _labels(p, spec.get("selector"), (*path, "selector"))
    _enum(p, spec, "sessionAffinity", ("None", "ClientIP"), path)
    _enum(p, spec, "externalTrafficPolicy", ("Cluster", "Local"), path)
    _enum(p, spec, "internalTrafficPolicy", ("Cluster", "Local"), path)
    external = kind in ("NodePort", "LoadBalancer") or bool(spec.get("externalIPs"))
    if spec.get("externalTrafficPolicy") and not external:
        p.add((*path, "externalTrafficPolicy"), "may only be set for a NodePort or LoadBalancer Service (or one "
                                                "with externalIPs)")
    if spec.get("loadBalancerSourceRanges") and kind != "LoadBalancer":
        p.add((*path, "loadBalancerSourceRanges"), "may only be set for a LoadBalancer Service")
    for i, cidr in enumerate(spec.get("loadBalancerSourceRanges") or []):
        if _cidr_error(cidr):
            p.add((*path, "loadBalancerSourceRanges", i), f"{_quoted(cidr)} is not a CIDR (e.g. 10.0.0.0/8)")


def _cidr_error(value: Any) -> bool:
    try:
        ipaddress.ip_network(str(value), strict=False)
    except ValueError:
        return True
    return "/" not in str(value)


def _data_keys(p: _Problems, data: Mapping[str, Any], path: Path) -> None:
    for key in data:
        if error := names.config_map_key_error(str(key)):
            p.add((*path, key), error)


def _config_map(p: _Problems, obj: Mapping[str, Any]) -> None:
    data, binary = _dict(obj.get("data")), _dict(obj.get("binaryData"))
    _data_keys(p, data, ("data",))
    _data_keys(p, binary, ("binaryData",))
    for key in data:
        if key in binary:
            p.add(("data", key), "is also a key of binaryData")
    size = sum(len(str(v).encode()) for v in data.values()) + sum(len(_decoded(v) or b"") for v in binary.values())
    if size > MAX_DATA_BYTES:
        p.add(("data",), f"too long: {size} bytes of data, at most {MAX_DATA_BYTES} (1 MiB) allowed")


def _decoded(value: Any) -> bytes | None:
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        return None


_SECRET_KEYS = {  # type: (required keys, at least one of them is enough)
    "kubernetes.io/tls": (("tls.crt", "tls.key"), False),
    "kubernetes.io/dockerconfigjson": ((".dockerconfigjson",), False),
    "kubernetes.io/dockercfg": ((".dockercfg",), False),
    "kubernetes.io/basic-auth": (("username", "password"), True),
    "kubernetes.io/ssh-auth": (("ssh-privatekey",), False),
}


def _secret(p: _Problems, obj: Mapping[str, Any]) -> None:
    data, strings = _dict(obj.get("data")), _dict(obj.get("stringData"))
    _data_keys(p, data, ("data",))
    _data_keys(p, strings, ("stringData",))
    values: dict[str, bytes] = {}
    for key, value in data.items():
        decoded = _decoded(value if value is not None else "")
        if decoded is None:
            p.add(("data", key), "is not valid base64 (put plain text under stringData)")
        values[str(key)] = decoded or b""
    values.update({str(k): str(v if v is not None else "").encode() for k, v in strings.items()})
    size = sum(len(v) for v in values.values())
    if size > MAX_DATA_BYTES:
        p.add(("data",), f"too long: {size} bytes of data, at most {MAX_DATA_BYTES} (1 MiB) allowed")
    kind = _str(obj.get("type"))
    if kind == "kubernetes.io/service-account-token":
        annotations = _dict(_dict(obj.get("metadata")).get("annotations"))
        if not annotations.get("kubernetes.io/service-account.name"):
            p.add(("metadata", "annotations", "kubernetes.io/service-account.name"), "is required for this Secret type")
    elif kind in _SECRET_KEYS:
        keys, any_one = _SECRET_KEYS[kind]
        missing = [k for k in keys if k not in values]
        if missing and (not any_one or len(missing) == len(keys)):
            for key in missing:
                p.add(("data", key), f"is required for a Secret of type {kind}")
        for key in keys:
            if key.startswith(".docker") and key in values and values[key]:
                try:
                    json.loads(values[key])
                except ValueError:
                    p.add(("data", key), "must be valid JSON")


def _pvc_spec(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    modes = spec.get("accessModes") or []
    if not modes:
        p.add((*path, "accessModes"), "must list at least one access mode")
    for i, mode in enumerate(modes if isinstance(modes, list) else []):
        if mode not in ("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"):
            p.add((*path, "accessModes", i), f"unsupported value {_quoted(mode)}")
    storage = _dict(_dict(spec.get("resources")).get("requests")).get("storage")
    if storage is None:
        p.add((*path, "resources", "requests", "storage"), "is required")
    else:
        value = names.quantity_value(storage)
        if value is None or value <= 0:
            p.add((*path, "resources", "requests", "storage"), f"{_quoted(storage)} must be a positive quantity")
    _name(p, spec.get("storageClassName"), (*path, "storageClassName"), required=False)
    _enum(p, spec, "volumeMode", ("Block", "Filesystem"), path)
    _selector(p, spec.get("selector"), (*path, "selector"))


def _pv(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    storage = _dict(spec.get("capacity")).get("storage")
    value = names.quantity_value(storage) if storage is not None else None
    if value is None or value <= 0:
        p.add((*path, "capacity", "storage"), "is required and must be a positive quantity")
    if not spec.get("accessModes"):
        p.add((*path, "accessModes"), "must list at least one access mode")
    kind = _one_of(p, spec, _PV_SOURCES, path, "volume type")
    _enum(p, spec, "persistentVolumeReclaimPolicy", ("Retain", "Delete", "Recycle"), path)
    _enum(p, spec, "volumeMode", ("Block", "Filesystem"), path)
    _name(p, spec.get("storageClassName"), (*path, "storageClassName"), required=False)
    if kind in ("hostPath", "local"):
        volume_path = _str(_dict(spec.get(kind)).get("path"))
        if not volume_path:
            p.add((*path, kind, "path"), "is required")
        elif ".." in volume_path.split("/"):
            p.add((*path, kind, "path"), "must not contain '..'")
    if kind == "local" and not _dict(spec.get("nodeAffinity")).get("required"):
        p.add((*path, "nodeAffinity"), "is required for a local volume")


def _network_policy(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    _selector(p, spec.get("podSelector"), (*path, "podSelector"))
    for direction, peers_key in (("ingress", "from"), ("egress", "to")):
        for i, rule in _dicts(spec.get(direction)):
            at = (*path, direction, i)
            for j, port in _dicts(rule.get("ports")):
                _enum(p, port, "protocol", _PROTOCOLS, (*at, "ports", j))
                if _set(port, "port"):
                    _port_number_or_name(p, port["port"], (*at, "ports", j, "port"))
                if _set(port, "endPort"):
                    start = _int(port.get("port"))
                    if start is None:
                        p.add((*at, "ports", j, "endPort"), "may only be set with a numeric port")
                    elif (_int(port["endPort"]) or 0) < start:
                        p.add((*at, "ports", j, "endPort"), f"must be greater than or equal to port ({start})")
                    _port_number(p, port["endPort"], (*at, "ports", j, "endPort"))
            for j, peer in _dicts(rule.get(peers_key)):
                peer_at = (*at, peers_key, j)
                present = [k for k in ("podSelector", "namespaceSelector", "ipBlock") if _set(peer, k)]
                if not present:
                    p.add(peer_at, "must specify a peer (podSelector, namespaceSelector or ipBlock)")
                elif "ipBlock" in present and len(present) > 1:
                    p.add(peer_at, "may not specify both ipBlock and another peer")
                for key in ("podSelector", "namespaceSelector"):
                    _selector(p, peer.get(key), (*peer_at, key))
                if "ipBlock" in present:
                    _ip_block(p, _dict(peer["ipBlock"]), (*peer_at, "ipBlock"))
    types = spec.get("policyTypes") or []
    for i, kind in enumerate(types if isinstance(types, list) else []):
        if kind not in ("Ingress", "Egress"):
            p.add((*path, "policyTypes", i), f"unsupported value {_quoted(kind)}: must be Ingress or Egress")
    if isinstance(types, list) and len(types) > 2:
        p.add((*path, "policyTypes"), "may not list more than two policy types")


def _ip_block(p: _Problems, block: Mapping[str, Any], path: Path) -> None:
    cidr = block.get("cidr")
    if not cidr or _cidr_error(cidr):
        p.add((*path, "cidr"), f"{_quoted(cidr)} is not a CIDR (e.g. 10.0.0.0/8)")
        return
    network = ipaddress.ip_network(str(cidr), strict=False)
    for i, item in enumerate(block.get("except") or []):
        if _cidr_error(item):
            p.add((*path, "except", i), f"{_quoted(item)} is not a CIDR")
            continue
        inner = ipaddress.ip_network(str(item), strict=False)
        if inner.version != network.version or not inner.subnet_of(network) or inner == network:  # type: ignore[arg-type]
            p.add((*path, "except", i), f"{item} must be a strict subset of cidr {cidr}")


_HOST = re.compile(r"(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")


def _host(p: _Problems, host: Any, path: Path) -> None:
    text = _str(host)
    try:
        ipaddress.ip_address(text)
        p.add(path, f"{text!r} must be a DNS name, not an IP address")
        return
    except ValueError:
        pass
    if len(text) > 253 or not _HOST.fullmatch(text):
        p.add(path, f"{_quoted(host)} must be a DNS-1123 subdomain, optionally starting with '*.'")


def _ingress_backend(p: _Problems, backend: Mapping[str, Any], path: Path) -> None:
    kind = _one_of(p, backend, ("service", "resource"), path, "backend")
    if kind != "service":
        return
    service = _dict(backend.get("service"))
    _name(p, service.get("name"), (*path, "service", "name"), names.dns1035_label_error)
    port = _dict(service.get("port"))
    which = _one_of(p, port, ("name", "number"), (*path, "service", "port"), "port (name or number)")
    if which == "name" and (error := names.iana_port_name_error(str(port["name"]))):
        p.add((*path, "service", "port", "name"), error)
    elif which == "number":
        _port_number(p, port["number"], (*path, "service", "port", "number"))


def _ingress(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    _name(p, spec.get("ingressClassName"), (*path, "ingressClassName"), required=False)
    if _set(spec, "defaultBackend"):
        _ingress_backend(p, _dict(spec["defaultBackend"]), (*path, "defaultBackend"))
    elif not spec.get("rules"):
        p.add(path, "must set defaultBackend or at least one rule")
    for i, rule in _dicts(spec.get("rules")):
        at = (*path, "rules", i)
        if rule.get("host"):
            _host(p, rule["host"], (*at, "host"))
        http = _dict(rule.get("http"))
        if _set(rule, "http") and not http.get("paths"):
            p.add((*at, "http", "paths"), "must list at least one path")
        for j, item in _dicts(http.get("paths")):
            path_at = (*at, "http", "paths", j)
            kind, value = item.get("pathType"), _str(item.get("path"))
            if kind not in ("Exact", "Prefix", "ImplementationSpecific"):
                p.add((*path_at, "pathType"), f"{_quoted(kind)} must be Exact, Prefix or ImplementationSpecific")
            elif kind != "ImplementationSpecific" or value:
                if not value.startswith("/"):
                    p.add((*path_at, "path"), f"{_quoted(value)} must be an absolute path")
                elif kind != "ImplementationSpecific" and (
                    any(s in value for s in ("//", "/./", "/../", "%2f", "%2F")) or value.endswith(("/..", "/."))
                ):
                    p.add((*path_at, "path"), f"{_quoted(value)} must not contain '//', '/./', '/../' or '%2f'")
            _ingress_backend(p, _dict(item.get("backend")), (*path_at, "backend"))
    for i, tls in _dicts(spec.get("tls")):
        for j, host in enumerate(tls.get("hosts") or []):
            _host(p, host, (*path, "tls", i, "hosts", j))
        _name(p, tls.get("secretName"), (*path, "tls", i, "secretName"), required=False)


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


def _size(p: _Problems, obj: Mapping[str, Any]) -> None:
    size = len(json.dumps(obj, separators=(",", ":"), default=str).encode())
    if size > MAX_OBJECT_BYTES:
        p.add((), f"the object is {size} bytes as JSON; the API server's store (etcd) refuses objects over "
                  f"{MAX_OBJECT_BYTES} bytes (1.5 MiB) by default")


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
