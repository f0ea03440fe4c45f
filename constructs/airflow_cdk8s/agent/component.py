"""AgentComponent: the Component shape shared by worker, triggerer, DAG processor and Sentinel.

``AgentContext`` is what the agent's components share, read once from the values (``AgentContext.of``);
each component gets it and its own values block, nothing else. The pod is a ``PodSpec`` (``pod.py``)
that mutators add to; the Deployment renders from it at synth time, so later calls and subclass
overrides of the ``render_*`` methods reach the YAML.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from constructs import Construct

from .. import metadata
from ..component import AppContext, Component, MainContainer
from ..pod import PodSettings, PodSpec
from . import env_contract
from .values import HEALTH_PORT, AgentValues, PodValues, ServiceAccountsValues, ServiceAccountValues

APP_NAME = "astro-remote-execution-agent"


@dataclass(frozen=True, kw_only=True)
class AgentContext(AppContext):
    """What every component of one agent shares: an ``AppContext`` (``name`` is the
    ``resourceNamePrefix``; ``env`` the agent's environment and ``commonEnv``) plus:

    service_accounts: the values' ``serviceAccount`` block (shared annotations, per-component defaults).
        Default: ``ServiceAccountsValues()``.
    """

    app: str = APP_NAME
    service_accounts: ServiceAccountsValues = ServiceAccountsValues()

    @classmethod
    def of(cls, agent: AgentValues) -> AgentContext:
        """The context of the agent described by ``agent``."""
        return cls(
            name=agent.resource_name_prefix, namespace=agent.namespace, image=agent.image,
            image_pull_policy=agent.image_pull_policy,
            env=tuple(metadata.merge_env(env_contract.agent_env(agent), agent.common_env)),
            labels=dict(agent.labels), annotations=dict(agent.annotations), service_accounts=agent.service_account,
            pod=PodSettings(
                pod_security_context=agent.pod_security_context,
                container_security_context=agent.container_security_context,
                image_pull_secrets=(agent.image_pull_secret_name or env_contract.IMAGE_PULL_SECRET,),
            ),
        )


class AgentComponent(Component):
    """One agent component: an optional ServiceAccount and a Deployment ``<prefix>-<component>`` running the agent image.

    Mutators (of its ``PodSpec``, forwarded): ``add_env``, ``add_volume``, ``add_volume_mount``,
    ``add_init_container``, ``add_sidecar``, ``add_pod_checksum``; each returns what it added.

    Props:
        context: the agent's shared ``AgentContext``.
        spec: this component's pod values (image, args, resources, probes, scheduling, extra volumes...).
        role: key of ``env_contract.COMPONENT_ARGS`` giving the default args; the main container's name.
        service_account: whether and how to create the ServiceAccount (default name: the Deployment's).
        replicas: Deployment replicas; ``None`` leaves them to an autoscaler.
        component: the ``app.kubernetes.io/component`` label and name suffix. Default: ``role``.
        env: component environment between the agent's and ``spec.env``. Default: none.
        api_access: mount the ServiceAccount token (only Sentinel talks to the Kubernetes API). Default: False.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        context: AgentContext,
        spec: PodValues,
        role: str,
        service_account: ServiceAccountValues,
        replicas: int | None,
        component: str | None = None,
        env: list[dict[str, Any]] = (),
        api_access: bool = False,
    ) -> None:
        self.spec = spec
        self.role = role
        main = MainContainer(
            name=role, image=spec.image, image_pull_policy=spec.image_pull_policy,
            args=spec.args if spec.args is not None else env_contract.COMPONENT_ARGS[role], command=spec.command,
            env=metadata.merge_env(list(env), spec.env),
            # The named port Sentinel calls (sentinel.yaml agent_service_port_name); monitoring adds a
            # metrics port to ``self.ports`` when it is not this one.
            ports=[{"name": env_contract.AGENT_PORT_NAME, "containerPort": HEALTH_PORT, "protocol": "TCP"}],
            resources=spec.resources.to_k8s(), security_context=spec.container_security_context,
            liveness_probe=spec.liveness_probe or None, readiness_probe=spec.readiness_probe or None,
        )
        super().__init__(
            scope, id, context=context, component=component or role, main=main, replicas=replicas,
            service_account_name=service_account.name, create_service_account=service_account.create,
            service_account_annotations={**context.service_accounts.annotations, **service_account.annotations},
            api_access=api_access,
            pod=dataclasses.replace(
                context.pod,
                pod_security_context={**(context.pod.pod_security_context or {}), **(spec.pod_security_context or {})} or None,
                node_selector=spec.node_selector, affinity=spec.affinity, tolerations=tuple(spec.tolerations),
                termination_grace_period_seconds=spec.termination_grace_period_seconds,
                pod_labels=dict([env_contract.AGENT_APP_LABEL]),  # how Sentinel finds the agent's pods
            ),
        )
        self.deployment = self.workload
        pod = self.pod_spec
        # The agent image writes to /tmp and the task log folder; the root filesystem stays read-only.
        # The values' volumes and mounts come after: one of a built-in's name or path replaces it.
        pod.add_scratch_dir("tmp", "/tmp")
        pod.add_scratch_dir("task-logs", env_contract.TASK_LOGS_DIR)
        add_values_parts(pod, spec)
        # checkov checks skipped on purpose (see scanner_skips.REASONS); the agent's contract puts
        # its token in an environment variable.
        if any("secretKeyRef" in e.get("valueFrom", {}) for e in context.env):
            self.scanner_skips.add("CKV_K8S_35")


def add_values_parts(pod: PodSpec, spec: PodValues) -> None:
    """The values' extra volumes, mounts, init containers and containers of a component, after its built-ins
    (a volume of a built-in's name, or a mount at a built-in's path, replaces it)."""
    values = f"the values of {pod.owner}"
    for volume in spec.volumes:
        pod.add_volume(volume, by=values)
    for mount in spec.volume_mounts:
        pod.add_volume_mount(mount, by=values)
    for container in spec.init_containers:
        pod.add_init_container(container, by=values)
    for container in spec.extra_containers:
        pod.add_sidecar(container, by=values)
