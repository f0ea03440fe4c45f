"""AgentWorker: one worker Deployment (``{prefix}-worker-{name}``), its ServiceAccount and optional HPA."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..kube_object import KubeObject
from . import env_contract
from .component import AgentComponent, AgentContext
from .values import WorkerValues


class AgentWorker(AgentComponent):
    """A worker group of the agent.

    Props:
        context: the agent's shared ``AgentContext``.
        worker: this worker's values (name, replicas, queues, resources, hpa...).
        create_service_account: False when another worker already creates a ServiceAccount
            of the same name (workers may share one through ``serviceAccount.workers.name``).

    With ``worker.hpa.enabled`` the Deployment has no ``replicas`` (the HPA owns them).
    ``RemoteExecutionAgent`` builds one per ``workers`` entry; ``add_worker`` adds more.

    Example::

        import cdk8s
        from airflow_cdk8s import AgentValues, AgentWorker, RemoteExecutionAgent, WorkerValues

        class GpuWorker(AgentWorker):  # override render_* methods to change the output
            def render_main_container(self):
                container = super().render_main_container()
                container["resources"]["limits"]["nvidia.com/gpu"] = "1"
                return container

        values = AgentValues(
            namespace="astro-agent",
            astro_deployment_api_url="https://clxyz0001.external.astronomer.run/d8a7c6b5",
            agent_token_secret_name="agent-token",
            image_pull_secret_name="image-pull-secret",
            secret_backend="airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend",
            dag_bundle_config_list=[{"name": "dags", "classpath": "airflow.providers.git.bundles.git.GitDagBundle", "kwargs": {}}],
        )
        agent = RemoteExecutionAgent(cdk8s.App(), "agent", values=values)
        gpu = agent.add_worker(WorkerValues(name="gpu", queues="gpu"), worker_class=GpuWorker)
        gpu.add_env("CUDA_VISIBLE_DEVICES", "0")
    """

    def __init__(
        self, scope: Construct, id: str, *, context: AgentContext, worker: WorkerValues, create_service_account: bool = True
    ) -> None:
        service_account = worker.effective_service_account(context.service_accounts.workers)
        if not create_service_account:
            service_account = service_account.model_copy(update={"create": False})
        super().__init__(
            scope, id, context=context, spec=worker, role="worker", component=f"worker-{worker.name}",
            service_account=service_account, replicas=None if worker.hpa.enabled else worker.replicas,
            env=env_contract.worker_env(worker),
            api_access=worker.can_use_kubernetes_pod_operator,  # KubernetesPodOperator calls the Kubernetes API
        )
        if worker.can_use_kubernetes_pod_operator:
            self.scanner_skips.add("CKV_K8S_38")
        self.worker = worker
        self.hpa: KubeObject | None = None
        if worker.hpa.enabled:
            self.hpa = KubeObject(
                self,
                "HorizontalPodAutoscaler",
                api_version="autoscaling/v2",
                kind="HorizontalPodAutoscaler",
                name=f"{self.name}-hpa",  # the chart's name
                namespace=self.namespace,
                labels=self.labels,
                annotations=self.annotations,
                body=self.render_hpa,
            )

    def render_hpa(self) -> dict[str, Any]:
        hpa = self.worker.hpa
        spec: dict[str, Any] = {
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": self.name},
            "minReplicas": hpa.min_replicas,
            "maxReplicas": hpa.max_replicas,
            "metrics": hpa.all_metrics(self.name),
        }
        if hpa.behavior:
            spec["behavior"] = hpa.behavior
        return {"spec": spec}
