"""AgentComponent: the ServiceAccount + Deployment shape shared by worker, triggerer, DAG processor.

State lives in plain Python lists (``PodParts``: env, volumes, containers...) that mutators append to; the
Deployment body is rendered from them at synth time, so later calls and subclass overrides of the
``render_*`` methods reach the YAML.
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from .. import metadata, security
from ..kube_object import KubeObject
from ..pod import PodParts, drop_empty
from ..scanner_skips import pod_skips, skip_annotations
from . import env_contract
from .values import AgentValues, PodValues, ServiceAccountValues

APP_NAME = "astro-remote-execution-agent"


class AgentComponent(PodParts, Construct):
    """One agent component: an optional ServiceAccount and a Deployment running the agent image.

    Mutators (from ``PodParts``): ``add_env``, ``add_volume``, ``add_volume_mount``,
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
        super().__init__(scope, id)
        self.agent = agent
        self.spec = spec
        self.name = name
        self.role = role
        self.replicas = replicas
        self.api_access = api_access
        self.namespace = agent.namespace
        self.selector = metadata.selector_labels(name=APP_NAME, instance=agent.resource_name_prefix, component=component)
        self.labels = metadata.object_labels(self.selector, agent.labels)
        self.annotations = dict(agent.annotations)
        self.init_pod_parts(
            env=metadata.merge_env(env_contract.agent_env(agent), agent.common_env, list(env), spec.env),
            # The agent image writes to /tmp and the task log folder; the root filesystem stays read-only.
            volumes=[{"name": "tmp", "emptyDir": {}}, {"name": "task-logs", "emptyDir": {}}, *spec.volumes],
            volume_mounts=[
                {"name": "tmp", "mountPath": "/tmp"},
                {"name": "task-logs", "mountPath": env_contract.TASK_LOGS_DIR},
                *spec.volume_mounts,
            ],
            init_containers=spec.init_containers,
            sidecars=spec.extra_containers,
        )

        # checkov checks skipped on purpose (see scanner_skips.REASONS); the agent's contract puts
        # its token in an environment variable.
        self.scanner_skips: set[str] = set()
        if any("secretKeyRef" in e.get("valueFrom", {}) for e in env_contract.agent_env(agent)):
            self.scanner_skips.add("CKV_K8S_35")

        self.service_account_name = service_account.name or name
        self.service_account: KubeObject | None = None
        if service_account.create:
            self.service_account = KubeObject(
                self,
                "ServiceAccount",
                api_version="v1",
                kind="ServiceAccount",
                name=self.service_account_name,
                namespace=self.namespace,
                labels=self.labels,
                annotations={**self.annotations, **(service_account_annotations or {}), **service_account.annotations},
                body=lambda: {"automountServiceAccountToken": self.api_access},
            )
        self.deployment = KubeObject(
            self,
            "Deployment",
            api_version="apps/v1",
            kind="Deployment",
            name=name,
            namespace=self.namespace,
            labels=self.labels,
            annotations=self.annotations,
            body=self.render_deployment,
        )

    # ---- rendering (override in a subclass to change the output) --------------------------

    def render_main_container(self) -> dict[str, Any]:
        spec, agent = self.spec, self.agent
        container: dict[str, Any] = {
            "name": self.role,
            "image": spec.image or agent.image,
            "imagePullPolicy": spec.image_pull_policy or agent.image_pull_policy,
            "args": spec.args if spec.args is not None else env_contract.COMPONENT_ARGS[self.role],
            "env": self.env,
            "ports": [{"name": "health", "containerPort": 39091, "protocol": "TCP"}],
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

    def render_pod_spec(self) -> dict[str, Any]:
        spec, agent = self.spec, self.agent
        harden = lambda c: security.harden_container(c, agent.container_security_context)  # noqa: E731
        pod: dict[str, Any] = {
            "serviceAccountName": self.service_account_name,
            "automountServiceAccountToken": self.api_access,
            "securityContext": security.pod_security_context(agent.pod_security_context, spec.pod_security_context),
            "imagePullSecrets": [{"name": agent.image_pull_secret_name or env_contract.IMAGE_PULL_SECRET}],
            "initContainers": [harden(c) for c in self.init_containers],
            "containers": [self.render_main_container(), *(harden(c) for c in self.sidecars)],
            "volumes": self.volumes,
            "nodeSelector": spec.node_selector,
            "affinity": spec.affinity,
            "tolerations": spec.tolerations,
            "terminationGracePeriodSeconds": spec.termination_grace_period_seconds,
        }
        return drop_empty(pod)

    def render_deployment(self) -> dict[str, Any]:
        template_metadata: dict[str, Any] = {"labels": self.labels}
        annotations = {**self.annotations, **self.pod_annotations}
        if annotations:
            template_metadata["annotations"] = dict(sorted(annotations.items()))
        pod = self.render_pod_spec()
        spec: dict[str, Any] = {
            "selector": {"matchLabels": self.selector},
            "template": {"metadata": template_metadata, "spec": pod},
        }
        if self.replicas is not None:
            spec = {"replicas": self.replicas, **spec}
        return {"metadata": {"annotations": skip_annotations(self.scanner_skips | pod_skips(pod))}, "spec": spec}

