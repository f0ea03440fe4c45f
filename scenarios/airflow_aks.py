"""``airflow-aks``: Airflow on AKS as the Azure guide (001) sets it up, in typed code.

Corrections to the guide: External Secrets objects use ``external-secrets.io/v1`` (the guide's
``v1beta1`` is no longer served since ESO 0.17); the Fernet and webserver keys come from Key Vault too
(the guide leaves them to the chart's generated defaults); the blobfuse mount gets uid/gid options so
the Airflow user can write its logs; no pgbouncer with a default password; the first admin is created
with a password from Key Vault (the guide's chart creates admin/admin).
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from airflow_cdk8s import (
    AzureBlobLogsVolume,
    AzureKeyVaultProvider,
    AzureWorkloadIdentity,
    ExternalSecret,
    GitSync,
    SecretData,
    SecretStore,
)
from airflow_cdk8s.platform import AirflowPlatform, AirflowSecrets, EmbeddedPostgres, FirstAdmin, SecretKeyRef

if TYPE_CHECKING:  # constructs is imported after airflow_cdk8s, which lets jsii start Node only when needed
    from constructs import Construct

NAMESPACE = "airflow"
SERVICE_ACCOUNT = "airflow"
LOGS_SECRET = "airflow-logs-storage"


def airflow_aks(scope: Construct, id: str) -> AirflowPlatform:
    identity = AzureWorkloadIdentity(
        client_id="00000000-0000-0000-0000-000000000001",  # placeholders: your identity's client and tenant ids
        tenant_id="00000000-0000-0000-0000-000000000002",
        identity_name="airflow-identity", resource_group="airflow-rg",
    )
    platform = AirflowPlatform(
        scope, id,
        namespace=NAMESPACE, create_namespace=True, service_account_name=SERVICE_ACCOUNT, identity=identity,
        image="myregistry.azurecr.io/airflow:2.9.3", airflow_version=2,
        executor="KubernetesExecutor",
        database=EmbeddedPostgres(password=SecretKeyRef("airflow-secrets", "postgres-password")),
        secrets=AirflowSecrets(fernet_key=SecretKeyRef("airflow-secrets", "fernet-key"),
                               api_secret_key=SecretKeyRef("airflow-secrets", "webserver-secret-key")),
        git_sync=GitSync(repo="https://github.com/donhighmsft/airflowexamples.git", branch="main", depth=1,
                         sub_path="dags", max_failures=0),
        logs_claim="pvc-airflow-logs",
        env=[{"name": "ENVIRONMENT", "value": "dev"}, {"name": "AIRFLOW__CORE__DEFAULT_TIMEZONE", "value": "America/New_York"}],
        first_admin=FirstAdmin(password_secret="airflow-secrets", password_key="admin-password", email="admin@example.com"),
    )
    store = SecretStore(platform, "AzureStore", name="azure-store", namespace=NAMESPACE,
                        provider=AzureKeyVaultProvider(vault_url="https://airflow-kv.vault.azure.net", service_account=SERVICE_ACCOUNT))
    ExternalSecret(platform, "LogsStorageSecret", name="airflow-aks-azure-logs-secrets", namespace=NAMESPACE, store=store,
                   target_name=LOGS_SECRET, refresh_interval="1h", data=[
                       SecretData(secret_key="azurestorageaccountname", remote_key="AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME"),
                       SecretData(secret_key="azurestorageaccountkey", remote_key="AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY"),
                   ])
    ExternalSecret(platform, "AirflowSecrets", name="airflow-secrets", namespace=NAMESPACE, store=store, data=[
        SecretData(secret_key="fernet-key", remote_key="AIRFLOW-FERNET-KEY"),
        SecretData(secret_key="webserver-secret-key", remote_key="AIRFLOW-WEBSERVER-SECRET-KEY"),
        SecretData(secret_key="postgres-password", remote_key="AIRFLOW-POSTGRES-PASSWORD"),
        SecretData(secret_key="admin-password", remote_key="AIRFLOW-ADMIN-PASSWORD"),
    ])
    AzureBlobLogsVolume(platform, "Logs", namespace=NAMESPACE, storage_account="airflowlogsaccount",
                        container_name="airflow-logs", resource_group="airflow-rg", secret_name=LOGS_SECRET, storage="5Gi")
    return platform
