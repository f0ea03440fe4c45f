"""Namespace, Role + RoleBinding and NetworkPolicy: the isolation and access objects of both charts.

One place builds each of them, so the agent (its Namespace, Sentinel's and KubernetesPodOperator's
RBAC, its deny-ingress policies) and the platform (its Namespace, the pod launcher's RBAC, its
policies) write them the same way. Every body renders at synth time: ``rules`` and ``spec`` may be a
list or mapping that a later call still changes.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping, Sequence, Union

from constructs import Construct

from .kube_object import KubeObject

RBAC = "rbac.authorization.k8s.io/v1"
POD_SECURITY_LABEL = "pod-security.kubernetes.io/enforce"
Lazy = Union[Any, Callable[[], Any]]


def _now(value: Lazy) -> Any:
    return value() if callable(value) else value


def namespace(scope: Construct, id: str, *, name: str, labels: Mapping[str, str], annotations: Mapping[str, str] | None = None,
              pod_security: str | None = "restricted") -> KubeObject:
    """The Namespace, labelled to enforce a Pod Security level (``None`` leaves the label off)."""
    labels = {**labels, **({POD_SECURITY_LABEL: pod_security} if pod_security else {})}
    return KubeObject(scope, id, api_version="v1", kind="Namespace", name=name, labels=labels, annotations=annotations)


def role(scope: Construct, id: str, *, name: str, namespace: str, rules: Lazy, labels: Mapping[str, str],
         annotations: Mapping[str, str] | None = None) -> KubeObject:
    """A Role; ``rules`` is a list (read at synth time) or a function returning one."""
    return KubeObject(scope, id, api_version=RBAC, kind="Role", name=name, namespace=namespace, labels=labels,
                      annotations=annotations, body=lambda: {"rules": _now(rules)})


def role_binding(scope: Construct, id: str, *, name: str, namespace: str, role_name: str, service_account: Lazy,
                 labels: Mapping[str, str], annotations: Mapping[str, str] | None = None) -> KubeObject:
    """A RoleBinding of the Role ``role_name`` to one ServiceAccount of ``namespace``."""
    return KubeObject(scope, id, api_version=RBAC, kind="RoleBinding", name=name, namespace=namespace, labels=labels,
                      annotations=annotations, body=lambda: {
                          "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": role_name},
                          "subjects": [{"kind": "ServiceAccount", "name": _now(service_account), "namespace": namespace}],
                      })


def role_with_binding(scope: Construct, ids: Sequence[str], *, name: str, namespace: str, rules: Lazy,
                      service_account: Lazy, labels: Mapping[str, str],
                      annotations: Mapping[str, str] | None = None) -> tuple[KubeObject, KubeObject]:
    """A Role and the RoleBinding (both named ``name``) that grants it to one ServiceAccount."""
    role_id, binding_id = ids
    common = dict(namespace=namespace, labels=labels, annotations=annotations)
    return (role(scope, role_id, name=name, rules=rules, **common),
            role_binding(scope, binding_id, name=name, role_name=name, service_account=service_account, **common))


def network_policy(scope: Construct, id: str, *, name: str, namespace: str, spec: Lazy, labels: Mapping[str, str],
                   annotations: Mapping[str, str] | None = None) -> KubeObject:
    """A NetworkPolicy; ``spec`` is a mapping (read at synth time) or a function returning one."""
    return KubeObject(scope, id, api_version="networking.k8s.io/v1", kind="NetworkPolicy", name=name,
                      namespace=namespace, labels=labels, annotations=annotations, body=lambda: {"spec": _now(spec)})
