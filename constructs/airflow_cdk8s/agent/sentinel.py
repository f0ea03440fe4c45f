"""Sentinel: the agent health monitor (``{prefix}-sentinel``) with read access to the agent's pods."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..kube_object import KubeObject
from .component import AgentComponent
from .values import AgentValues

# What Sentinel reads to report agent health: the agent's pods, their Deployments and events.
SENTINEL_RULES: list[dict[str, Any]] = [
    {"apiGroups": [""], "resources": ["pods", "pods/log", "events"], "verbs": ["get", "list", "watch"]},
    {"apiGroups": ["apps"], "resources": ["deployments", "replicasets"], "verbs": ["get", "list", "watch"]},
    {"apiGroups": ["autoscaling"], "resources": ["horizontalpodautoscalers"], "verbs": ["get", "list", "watch"]},
]


class Sentinel(AgentComponent):
    """The Sentinel health monitor (``<prefix>-sentinel``), with a Role and RoleBinding to read the agent's pods.

    Props:
        agent: the agent values; ``agent.sentinel`` configures it.
    """

    def __init__(self, scope: Construct, id: str, *, agent: AgentValues) -> None:
        spec = agent.sentinel
        name = f"{agent.resource_name_prefix}-sentinel"
        super().__init__(
            scope,
            id,
            agent=agent,
            spec=spec,
            component="sentinel",
            name=name,
            role="sentinel",
            service_account=spec.service_account,
            service_account_annotations=agent.service_account.annotations,
            replicas=spec.replicas,
            api_access=True,
        )
        self.scanner_skips.add("CKV_K8S_38")  # it needs its token for the Kubernetes API
        self.rules = [dict(rule) for rule in SENTINEL_RULES]
        common = dict(namespace=self.namespace, labels=self.labels, annotations=self.annotations)
        self.role_object = KubeObject(
            self, "Role", api_version="rbac.authorization.k8s.io/v1", kind="Role", name=name, **common,
            body=lambda: {"rules": self.rules},
        )
        self.role_binding = KubeObject(
            self, "RoleBinding", api_version="rbac.authorization.k8s.io/v1", kind="RoleBinding", name=name, **common,
            body=lambda: {
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": name},
                "subjects": [{"kind": "ServiceAccount", "name": self.service_account_name, "namespace": self.namespace}],
            },
        )
