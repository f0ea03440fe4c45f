"""``remote-agent-vault``: method 3 of the OpenLineage reference (000), done correctly.

The reference injects the OpenLineage key with a Vault agent init container in the DAG processor,
workers and triggerer, but its agent config never exits (no ``exit_after_auth``) and its containers
read the file with ``valueFrom.fileRef``, which Kubernetes does not have. Here the Vault agent
renders an OpenLineage client config file and exits; ``OPENLINEAGE_CONFIG`` points to it. The agent
token comes from Vault the same way (``agentTokenVault``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from airflow_cdk8s import AgentValues, OpenLineageValues, RemoteExecutionAgent, VaultValues, WorkerValues

if TYPE_CHECKING:  # constructs is imported after airflow_cdk8s, which lets jsii start Node only when needed
    from constructs import Construct

VAULT = dict(address="https://vault.example.com", role="astro-agent")


def remote_agent_vault(scope: Construct, id: str) -> RemoteExecutionAgent:
    values = AgentValues(
        namespace="astro-agent-vault",
        create_namespace=False,  # a restricted namespace created by the platform team
        astro_deployment_api_url="https://clxyz0001.external.astronomer.run/d8a7c6b5",
        agent_token_vault=VaultValues(**VAULT, path="secret/data/astro/agent-token", key="token"),
        image_pull_secret_name="image-pull-secret",
        secret_backend="airflow.providers.hashicorp.secrets.vault.VaultBackend",
        dag_bundle_config_list=[{
            "name": "dags",
            "classpath": "airflow.providers.git.bundles.git.GitDagBundle",
            "kwargs": {"git_conn_id": "git_default", "tracking_ref": "main"},
        }],
        common_env=[
            {"name": "AIRFLOW__SECRETS__BACKEND_KWARGS",
             "value": '{"url": "https://vault.example.com", "auth_type": "kubernetes", "kubernetes_role": "astro-agent"}'},
        ],
        workers=[WorkerValues(name="default-worker", replicas=2)],
        open_lineage=OpenLineageValues(
            enabled=True,
            url="https://your-openlineage-endpoint.example.com",
            namespace="your-astro-deployment-namespace",
            vault=VaultValues(**VAULT, path="secret/data/openlineage/api-key", key="key"),
        ),
    )
    return RemoteExecutionAgent(scope, id, values=values)
