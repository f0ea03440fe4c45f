"""A Kubernetes Service in front of a workload's pods."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from .kube_object import KubeObject


def service(
    scope: Construct,
    id: str,
    *,
    name: str,
    namespace: str,
    selector: dict[str, str],
    ports: list[dict[str, Any]],
    labels: dict[str, str] | None = None,
    annotations: dict[str, str] | None = None,
    headless: bool = False,
) -> KubeObject:
    """A ClusterIP Service (``headless``: ``clusterIP: None``, for a StatefulSet's stable pod names)."""
    spec: dict[str, Any] = {"type": "ClusterIP", "selector": dict(selector), "ports": ports}
    if headless:
        spec["clusterIP"] = "None"
    return KubeObject(scope, id, api_version="v1", kind="Service", name=name, namespace=namespace,
                      labels=labels, annotations=annotations, body=lambda: {"spec": spec})
