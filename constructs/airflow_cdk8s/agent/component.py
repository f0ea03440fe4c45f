"""AgentComponent: the Workload shape shared by worker, triggerer, DAG processor and Sentinel.

The pod is a ``PodSpec`` (``pod.py``: env, volumes, containers...) that mutators add to; the
Deployment body is rendered from it at synth time, so later calls and subclass overrides of the
``render_*`` methods reach the YAML.
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from .. import metadata, security
from ..pod import PodSettings, drop_empty
from ..workload import Workload
from . import env_contract
from .values import HEALTH_PORT, AgentValues, PodValues, ServiceAccountValues

APP_NAME = "astro-remote-execution-agent"


class AgentComponent(Workload):
    """One agent component: an optional ServiceAccount and a Deployment running the agent image.

    Mutators (of its ``PodSpec``, forwarded): ``add_env``, ``add_volume``, ``add_volume_mount``,
    ``add_init_container``, ``add_sidecar``, ``add_pod_checksum``; each returns what it added.

    Props:
        agent: the whole agent values (namespace, prefix, image, labels, shared env...).
        spec: this component's pod values.
        component: the ``app.kubernetes.io/component`` label value, e.g. ``worker-default-worker``.
        name: Deployment name, e.g. ``astro-agent-worker-default-worker``.
        role: key of ``env_contract.COMPONENT_ARGS`` giving the default container args.
        service_account: whether and how to create the ServiceAccount (default name: ``name``).
        replicas: Deployment replicas; ``None`` leaves them to an autoscaler.
        env: component environment between the shared agent env and ``spec.env``.
        service_account_annotations: annotations shared by the agent's ServiceAccounts. Default: none.
        api_access: mount the ServiceAccount token (only Sentinel talks to the Kubernetes API).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        agent: AgentValues,
        spec: PodValues,
        component: str,
        name: str,
        role: str,
        service_account: ServiceAccountValues,
        replicas: int | None,
        env: list[dict[str, Any]] = (),
        service_account_annotations: dict[str, str] | None = None,
        api_access: bool = False,
    ) -> None:
        self.agent = agent
        self.spec = spec
        self.role = role
        selector = metadata.selector_labels(name=APP_NAME, instance=agent.resource_name_prefix, component=component)
        super().__init__(
            scope,
            id,
            name=name,
            namespace=agent.namespace,
            selector=selector,
            labels=metadata.object_labels(selector, agent.labels),
            annotations=agent.annotations,
            replicas=replicas,
            service_account_name=service_account.name,
            create_service_account=service_account.create,
            service_account_annotations={**(service_account_annotations or {}), **service_account.annotations},
            api_access=api_access,
            pod=PodSettings(
                pod_security_context={**(agent.pod_security_context or {}), **(spec.pod_security_context or {})} or None,
                container_security_context=agent.container_security_context,
                image_pull_secrets=(agent.image_pull_secret_name or env_contract.IMAGE_PULL_SECRET,),
                node_selector=spec.node_selector,
                affinity=spec.affinity,
                tolerations=tuple(spec.tolerations),
                termination_grace_period_seconds=spec.termination_grace_period_seconds,
                pod_labels=dict([env_contract.AGENT_APP_LABEL]),  # how Sentinel finds the agent's pods
            ),
            container_name=role,
        )
        self.deployment = self.workload
        pod = self.pod_spec
        pod.env.extend(metadata.merge_env(env_contract.agent_env(agent), agent.common_env, list(env), spec.env))
        # The agent image writes to /tmp and the task log folder; the root filesystem stays read-only.
        # The values' volumes and mounts come after: one of a built-in's name or path replaces it.
        pod.add_scratch_dir("tmp", "/tmp")
        pod.add_scratch_dir("task-logs", env_contract.TASK_LOGS_DIR)
        values = f"the values of {pod.owner}"
        for volume in spec.volumes:
            pod.add_volume(volume, by=values)
        for mount in spec.volume_mounts:
            pod.add_volume_mount(mount, by=values)
        for container in spec.init_containers:
            pod.add_init_container(container, by=values)
        for container in spec.extra_containers:
            pod.add_sidecar(container, by=values)
        # Container ports of the main container; monitoring adds a metrics port when it is not this one.
        # Its first is the named port Sentinel calls (sentinel.yaml agent_service_port_name).
        self.ports: list[dict[str, Any]] = [{"name": env_contract.AGENT_PORT_NAME, "containerPort": HEALTH_PORT, "protocol": "TCP"}]
        # checkov checks skipped on purpose (see scanner_skips.REASONS); the agent's contract puts
        # its token in an environment variable.
        if any("secretKeyRef" in e.get("valueFrom", {}) for e in env_contract.agent_env(agent)):
            self.scanner_skips.add("CKV_K8S_35")

    def render_main_container(self) -> dict[str, Any]:
        spec, agent = self.spec, self.agent
        container: dict[str, Any] = {
            "name": self.role,
            "image": spec.image or agent.image,
            "imagePullPolicy": spec.image_pull_policy or agent.image_pull_policy,
            "args": spec.args if spec.args is not None else env_contract.COMPONENT_ARGS[self.role],
            "env": self.env,
            "ports": self.ports,
            "resources": spec.resources.to_k8s(),
            "securityContext": security.container_security_context(agent.container_security_context, spec.container_security_context),
            "volumeMounts": self.volume_mounts,
        }
        if spec.command is not None:
            container["command"] = spec.command
        if spec.liveness_probe:
            container["livenessProbe"] = spec.liveness_probe
        if spec.readiness_probe:
            container["readinessProbe"] = spec.readiness_probe
        return drop_empty(container)

