"""RemoteExecutionAgent: the whole Astro Remote Execution Agent as one cdk8s chart."""

from __future__ import annotations

from typing import Any

import cdk8s
from constructs import Construct

from .. import deferred
from .. import policies
from ..errors import ValuesError
from ..kube_object import KubeObject
from . import credentials, env_contract
from .component import AgentContext
from .dag_processor import AgentDagProcessor
from .kpo_rbac import KubernetesPodOperatorAccess
from .logging_sidecar import LoggingSidecar
from .monitoring import AgentMonitoring
from ..vault import VaultAgent
from .sentinel import Sentinel
from .sentinel_auth import GeneratedSentinelAuthSecret, generates_auth_secret
from .triggerer import AgentTriggerer
from .values import AgentValues, WorkerValues
from .vault_secrets import vault_config
from .worker import AgentWorker


class RemoteExecutionAgent(deferred.Chart):
    """The agent: Namespace (optional), workers, triggerer, DAG processor, Sentinel, logging sidecar.

    Props:
        values: the agent values (``AgentValues``, or ``load_values_file(...)`` for a values.yaml).
        allow_plaintext_secrets: create Secrets from ``agentToken``, ``imagePullSecretData`` and
            ``openLineage.apiKey``. Default: False, and such values are an error, because the
            output is committed to git.
        pod_security_enforce: label a created Namespace ``pod-security.kubernetes.io/enforce``
            with this level. Default: ``"restricted"``; ``None`` leaves the label off.
        network_policy: NetworkPolicies that deny all ingress to the agent's pods but Sentinel's
            calls to the agent components' named port (their egress is left open). Default: True.

    Attributes: ``workers`` (AgentWorker list), ``triggerer``, ``dag_processor``, ``sentinel``,
    ``logging_sidecar`` (each None when disabled), ``vault_agent`` (with ``agentTokenVault`` or
    ``openLineage.vault``), ``monitoring`` (PodMonitor and Prometheus Adapter rule, ``agent.metrics``),
    ``namespace_object``, ``network_policy``, ``sentinel_network_policy``, ``plaintext_secrets``,
    ``sentinel_auth`` (the in-cluster generated Sentinel secret, when the values name none), ``kpo_access``
    (the KubernetesPodOperator Role, when a worker asks for it).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: AgentValues,
        allow_plaintext_secrets: bool = False,
        pod_security_enforce: str | None = "restricted",
        network_policy: bool = True,
        **chart_props: Any,
    ) -> None:
        credentials.require_opt_in(values, allow_plaintext_secrets)
        super().__init__(scope, id, **chart_props)
        self.values = values
        self.context = AgentContext.of(values)
        agent = values

        self.namespace_object: KubeObject | None = None
        if agent.create_namespace:
            self.namespace_object = policies.namespace(self, "Namespace", name=agent.namespace, labels=self.context.object_labels("namespace"),
                                                       annotations=agent.annotations, pod_security=pod_security_enforce)

        self.plaintext_secrets = (
            credentials.PlaintextSecrets(self, "PlaintextSecrets", agent=agent) if credentials.plaintext_fields(agent) else None
        )
        self.logging_sidecar = LoggingSidecar(self, "LoggingSidecar", agent=agent) if agent.logging_sidecar.enabled else None
        self.vault_agent: VaultAgent | None = None
        if config := vault_config(agent):
            self.vault_agent = VaultAgent(
                self, "VaultAgent", name=f"{agent.resource_name_prefix}-vault-agent", namespace=agent.namespace,
                config=config, labels=self.context.object_labels("vault-agent"), annotations=agent.annotations,
            )

        self.monitoring: AgentMonitoring | None = None
        self.sentinel_auth = GeneratedSentinelAuthSecret(self, "SentinelAuth", agent=agent) if generates_auth_secret(agent) else None
        self.kpo_access: KubernetesPodOperatorAccess | None = None
        self.workers: list[AgentWorker] = []
        # of self.workers, kept by add_worker (not recomputed per worker: 2,000 groups made that quadratic)
        self._worker_names: set[str] = set()
        self._service_accounts_created: set[str] = set()
        for worker in agent.workers:
            self.add_worker(worker)

        self.triggerer: AgentTriggerer | None = None
        if agent.triggerer.enabled:
            self.triggerer = AgentTriggerer(self, "Triggerer", context=self.context, spec=agent.triggerer)
            if self.logging_sidecar:
                self.logging_sidecar.attach(self.triggerer)
        self.dag_processor = AgentDagProcessor(self, "DagProcessor", context=self.context, spec=agent.dag_processor) if agent.dag_processor.enabled else None
        self.sentinel = Sentinel(self, "Sentinel", agent=agent) if agent.sentinel.enabled else None
        if self.vault_agent:  # every agent component reads the agent token and the OpenLineage settings
            for component in (self.triggerer, self.dag_processor):
                if component:
                    self.vault_agent.attach(component)
            if self.sentinel and agent.agent_token_vault:  # Sentinel reads only the agent token
                self.vault_agent.attach(self.sentinel)

        self.network_policy: KubeObject | None = None
        self.sentinel_network_policy: KubeObject | None = None
        if network_policy:
            self._network_policies()

        self.monitoring = AgentMonitoring(self, "Monitoring", agent=agent, chart=self, network_policy=network_policy)
        for component in (*self.workers, self.triggerer, self.dag_processor):
            if component:
                self.monitoring.attach(component)

    def _network_policies(self) -> None:
        context = self.context
        common = dict(namespace=context.namespace, labels=context.object_labels("network-policy"), annotations=context.annotations)
        instance = {k: v for k, v in context.selector("").items() if k != "app.kubernetes.io/component"}
        self.network_policy = policies.network_policy(
            self, "NetworkPolicy", name=f"{context.name}-deny-ingress", **common,
            spec={"podSelector": {"matchLabels": instance}, "policyTypes": ["Ingress"]},
        )
        if self.sentinel:
            # Policies add up: this one admits Sentinel to the agent components' named port, nothing else.
            label, value = env_contract.AGENT_APP_LABEL
            self.sentinel_network_policy = policies.network_policy(
                self, "SentinelNetworkPolicy", name=f"{context.name}-sentinel-to-agents", **common, spec=lambda: {
                    "podSelector": {"matchLabels": {**instance, label: value}},
                    "policyTypes": ["Ingress"],
                    "ingress": [{
                        "from": [{"podSelector": {"matchLabels": self.sentinel.selector}}],
                        "ports": [{"port": env_contract.AGENT_PORT_NAME, "protocol": "TCP"}],
                    }],
                },
            )

    def add_worker(self, worker: WorkerValues, *, worker_class: type[AgentWorker] = AgentWorker) -> AgentWorker:
        """Add a worker group (one Deployment, its ServiceAccount and optional HPA); returns it.

        ``worker_class`` lets a team use its own ``AgentWorker`` subclass (e.g. a GPU worker).
        """
        if worker.name in self._worker_names:
            raise ValuesError([f"workers[{len(self.workers)}].name: {worker.name!r} is already a worker of this agent"])
        name = worker.effective_service_account(self.values.service_account.workers).name
        added = worker_class(
            self, f"Worker-{worker.name}", context=self.context, worker=worker,
            create_service_account=name not in self._service_accounts_created,
        )
        if self.logging_sidecar:
            self.logging_sidecar.attach(added)
        if self.vault_agent:
            self.vault_agent.attach(added)
        if worker.can_use_kubernetes_pod_operator:
            if self.kpo_access is None:
                self.kpo_access = KubernetesPodOperatorAccess(self, "KubernetesPodOperator", agent=self.values)
            self.kpo_access.bind(worker.name, added.service_account_name)
        if self.monitoring:
            self.monitoring.attach(added)
        self.workers.append(added)
        self._worker_names.add(worker.name)
        if added.service_account is not None:
            self._service_accounts_created.add(added.service_account_name)
        return added

