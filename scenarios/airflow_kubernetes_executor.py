"""``airflow-kubernetes-executor``: the KubernetesExecutor article (003), corrected.

One pod per task from a pod template with a one-time git-sync init container; task logs to S3; Airflow
Variables from AWS Secrets Manager kept in sync; Google sign-in. Corrections: secrets (database URL,
Fernet key, OAuth client) come from Secrets, never a ConfigMap; SSH host keys are checked
(``GIT_KNOWN_HOSTS: false`` in the article); remote logging uses the ``[logging]`` settings (the
article's ``[core]`` names are gone since Airflow 2.0); the ExternalSecret is ESO's ``v1`` (the
article's ``kubernetes-client.io`` project is retired). Added: Airflow's metrics over OpenTelemetry to the
collector of an ``observability`` namespace (the other scenarios use the StatsD exporter).
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from airflow_cdk8s import AwsIrsa, AwsSecretsManagerProvider, GitSync, KnownHostsConfigMap, RemoteLogging, SecretStore
from airflow_cdk8s.platform import AirflowPlatform, ExternalDatabase, GoogleOAuth, OpenTelemetryMetrics, SecretKeyRef

if TYPE_CHECKING:  # constructs is imported after airflow_cdk8s, which lets jsii start Node only when needed
    from constructs import Construct

NAMESPACE = "airflow"
GITHUB_HOST_KEY = "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"


def airflow_kubernetes_executor(scope: Construct, id: str) -> AirflowPlatform:
    platform = AirflowPlatform(
        scope, id,
        namespace=NAMESPACE, create_namespace=True,
        identity=AwsIrsa(role_arn="arn:aws:iam::123456789012:role/Airflow"),  # the article's iam.amazonaws.com/role, as IRSA
        executor="KubernetesExecutor",
        database=ExternalDatabase(connection=SecretKeyRef("airflow-database", "connection")),
        git_sync=GitSync(version="v3", repo="git@github.com:example-org/dags-repo.git", branch="master", link="dags-repo",
                         sub_path="dags", ssh_key_secret="airflow-git-ssh", known_hosts_config_map="github-known-hosts"),
        remote_logging=RemoteLogging(base_log_folder="s3://my-bucket-for-airflow-logs"),
        google_oauth=GoogleOAuth(client_secret_name="airflow-google-oauth", allowed_domain="example.com"),
        env=[{"name": "TZ", "value": "Etc/UTC"}],
        metrics=OpenTelemetryMetrics(host="otel-collector.observability.svc.cluster.local"),
    )
    KnownHostsConfigMap(platform, "KnownHosts", name="github-known-hosts", namespace=NAMESPACE, known_hosts=GITHUB_HOST_KEY)
    store = SecretStore(platform, "SecretsManager", name="aws-secrets-manager", namespace=NAMESPACE,
                        provider=AwsSecretsManagerProvider(region="eu-west-1", service_account="airflow"))
    platform.sync_variables(store=store, remote_key="devops/airflow/variables.json")
    return platform
