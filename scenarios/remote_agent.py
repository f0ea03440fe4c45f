"""``remote-agent``: the examples of the agent values reference (002) in typed Python."""

from __future__ import annotations

from typing import TYPE_CHECKING


from airflow_cdk8s import (
    AgentValues,
    HpaValues,
    LoggingSidecarValues,
    OpenLineageValues,
    RemoteExecutionAgent,
    Resources,
    TriggererValues,
    WorkerValues,
)

if TYPE_CHECKING:  # constructs is imported after airflow_cdk8s, which lets jsii start Node only when needed
    from constructs import Construct

AWS_SECRETS_MANAGER = "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend"


def _utilization(resource: str, percent: int) -> dict:
    return {"type": "Resource", "resource": {"name": resource, "target": {"type": "Utilization", "averageUtilization": percent}}}


def remote_agent(scope: Construct, id: str) -> RemoteExecutionAgent:
    values = AgentValues(
        namespace="astro-agent",
        resource_name_prefix="astro-agent",
        astro_deployment_api_url="https://clxyz0001.external.astronomer.run/d8a7c6b5",
        agent_token_secret_name="agent-token-secret",
        image_pull_secret_name="image-pull-secret",
        secret_backend=AWS_SECRETS_MANAGER,
        dag_bundle_config_list=[{
            "name": "dags",
            "classpath": "airflow.providers.git.bundles.git.GitDagBundle",
            "kwargs": {"git_conn_id": "git_default", "subdir": "dags", "tracking_ref": "main"},
        }],
        common_env=[
            {"name": "AIRFLOW__SECRETS__BACKEND_KWARGS", "value": '{"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}'},
            {"name": "AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH", "value": "s3://bucket/xcom"},
        ],
        workers=[
            WorkerValues(
                name="default-worker",
                replicas=2,
                queues="default",
                resources=Resources(requests={"cpu": "500m", "memory": "1Gi"}, limits={"cpu": "2", "memory": "4Gi"}),
            ),
            WorkerValues(
                name="high-memory-worker",
                queues="high-memory",
                resources=Resources(requests={"cpu": "1", "memory": "4Gi"}, limits={"cpu": "4", "memory": "16Gi"}),
                hpa=HpaValues(enabled=True, min_replicas=2, max_replicas=10, metrics=[_utilization("cpu", 75), _utilization("memory", 80)]),
            ),
        ],
        triggerer=TriggererValues(replicas=2, async_slots=500, node_selector={"node.kubernetes.io/instance-type": "c5.large"}),
        logging_sidecar=LoggingSidecarValues(enabled=True),
        open_lineage=OpenLineageValues(
            enabled=True,
            url="https://your-openlineage-endpoint.example.com",
            namespace="your-astro-deployment-namespace",
            api_key_secret="openlineage-api-key-secret",
        ),
    )
    return RemoteExecutionAgent(scope, id, values=values)
