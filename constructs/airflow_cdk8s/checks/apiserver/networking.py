"""Service, NetworkPolicy and Ingress."""

from __future__ import annotations

import ipaddress
import re
from typing import Any, Mapping

from ... import names
from ._common import (
    _PROTOCOLS, Path, _dict, _dicts, _enum, _int, _one_of, _port_number, _port_number_or_name, _Problems, _quoted,
    _set, _str,
)
from .metadata import _labels, _name
from .selectors import _selector


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
