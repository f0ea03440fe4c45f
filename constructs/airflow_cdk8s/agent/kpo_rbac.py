"""RBAC for KubernetesPodOperator: one shared Role, bound to each worker that sets ``canUseKubernetesPodOperator``."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from .. import deferred
from .. import metadata, policies
from ..kube_object import KubeObject
from .component import APP_NAME
from .values import AgentValues

# What the chart-2.0 values file says the Role grants: create and manage pods, read their logs, exec
# into them and watch events, in the agent's namespace.
KPO_RULES: list[dict[str, Any]] = [
    {"apiGroups": [""], "resources": ["pods"], "verbs": ["create", "delete", "get", "list", "patch", "watch"]},
    {"apiGroups": [""], "resources": ["pods/log"], "verbs": ["get"]},
    {"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["create", "get"]},
    {"apiGroups": [""], "resources": ["events"], "verbs": ["get", "list", "watch"]},
]


class KubernetesPodOperatorAccess(deferred.Construct):
    """The shared Role ``<prefix>-kpo``; ``bind(worker_name, service_account)`` adds a RoleBinding per worker.

    Props:
        agent: the agent values (namespace, prefix, labels, annotations).

    Attributes: ``role``, ``bindings`` (KubeObjects), ``rules`` (a list a subclass may extend).
    """

    def __init__(self, scope: Construct, id: str, *, agent: AgentValues) -> None:
        super().__init__(scope, id)
        self.role_name = f"{agent.resource_name_prefix}-kpo"
        selector = metadata.selector_labels(name=APP_NAME, instance=agent.resource_name_prefix, component="kpo")
        self.namespace = agent.namespace
        self.prefix = agent.resource_name_prefix
        self.common = dict(namespace=agent.namespace, labels=metadata.object_labels(selector, agent.labels), annotations=agent.annotations)
        self.rules = [dict(rule) for rule in KPO_RULES]
        self.role = policies.role(self, "Resource", name=self.role_name, rules=lambda: self.rules, **self.common)
        self.bindings: list[KubeObject] = []

    def bind(self, worker_name: str, service_account: str) -> KubeObject:
        """Bind the Role to one worker's ServiceAccount; returns the RoleBinding."""
        binding = policies.role_binding(self, f"RoleBinding-{worker_name}", name=f"{self.prefix}-worker-{worker_name}-kpo",
                                        role_name=self.role_name, service_account=service_account, **self.common)
        self.bindings.append(binding)
        return binding
