"""Containers: resources, probes and handlers, env, volume mounts, ports, security context."""

from __future__ import annotations

import difflib
import marshal
import re
from fractions import Fraction
from typing import Any, Mapping

from ... import names
from .._format import format_path
from ._common import (
    _PROTOCOLS, Path, _dict, _dicts, _enum, _int, _non_negative, _one_of, _port_number, _port_number_or_name,
    _Problems, _quoted, _relative_path, _set, _str,
)
from .metadata import _name


_STANDARD_RESOURCES = ("cpu", "memory", "ephemeral-storage")
_ENV_FIELD_PATHS = (
    "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
    "status.hostIP", "status.podIP", "status.podIPs",
)
_RESOURCE_FIELD_REFS = tuple(f"{k}.{r}" for k in ("limits", "requests") for r in _STANDARD_RESOURCES)
_CPU_DIVISORS = (Fraction(1, 1000), Fraction(1))
_BYTE_DIVISORS = tuple(names.quantity_value(f"1{s}") for s in ("", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"))
_HEADER_NAME = re.compile(r"[-!#$%&'*+.^_`|~0-9A-Za-z]+")  # an HTTP token (RFC 7230)


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
    name_error = names.env_var_name_error
    env = container.get("env")
    for i, var in enumerate(env if isinstance(env, list) else ()):
        if not isinstance(var, dict):
            continue
        name = var.get("name")
        if not name or not isinstance(name, str):
            p.add((*path, "env", i, "name"), "is required")
        elif error := name_error(name):
            p.add((*path, "env", i, "name"), error)
        if var.get("valueFrom") is None:
            continue  # most variables: a name and a value
        at = (*path, "env", i)
        source = _dict(var["valueFrom"])
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


# (the container without env and envFrom, as marshal bytes; its list; the pod's volumes) -> its problems
# before and after the env rules, paths relative to the container
_JUDGED: dict[tuple[bytes, str, tuple | None], tuple[_Problems, _Problems]] = {}
_JUDGED_LIMIT = 4096
_ENV_FIELDS = ("env", "envFrom")


def _container(p: _Problems, c: Mapping[str, Any], path: Path, field: str, volumes: Mapping[str, str] | None,
               host_ports: dict[tuple, Path]) -> None:
    """Every rule of one container, in this order: name, image and policies; env; the rest.

    Without host ports (which are unique across the pod's containers) the rules other than env's depend
    only on the container's other fields, its list and the pod's volumes: a container identical in those
    to one judged before (the same marshal bytes: the same types, values and key order at every level), as
    a worker group's containers are but for an env value or two, gets that container's problems under its
    own path. The env rules run on every container."""
    key = _judged_key(c, field, volumes)
    if key is None:
        _container_head(p, c, path, field)
        _env(p, c, path)
        _container_tail(p, c, path, field, volumes, host_ports)
        return
    judged = _JUDGED.get(key)
    if judged is None:
        judged = _Problems(), _Problems()
        _container_head(judged[0], c, (), field)
        _container_tail(judged[1], c, (), field, volumes, {})
        if len(_JUDGED) >= _JUDGED_LIMIT:
            _JUDGED.clear()
        _JUDGED[key] = judged
    p.extend(((*path, *at), message) for at, message in judged[0])
    _env(p, c, path)
    p.extend(((*path, *at), message) for at, message in judged[1])


def _judged_key(c: Mapping[str, Any], field: str, volumes: Mapping[str, str] | None) -> tuple | None:
    if any(_int(port.get("hostPort")) for _, port in _dicts(c.get("ports"))):
        return None
    try:
        rest = {k: v for k, v in c.items() if k not in _ENV_FIELDS}
        return marshal.dumps(rest), field, None if volumes is None else tuple(volumes.items())
    except ValueError:  # not plain data (a subclass, a datetime): judged on its own
        return None


def _container_head(p: _Problems, c: Mapping[str, Any], path: Path, field: str) -> None:
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


def _container_tail(p: _Problems, c: Mapping[str, Any], path: Path, field: str, volumes: Mapping[str, str] | None,
                    host_ports: dict[tuple, Path]) -> None:
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
