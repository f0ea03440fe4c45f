"""External Secrets: stores for each provider, ExternalSecret fields, early errors, generated bindings."""

from __future__ import annotations

import os
import subprocess
import sys

import cdk8s
import pytest

from airflow_cdk8s.errors import ValuesError
from airflow_cdk8s.names import duration_error, duration_seconds
from airflow_cdk8s.external_secrets import (
    AwsSecretsManagerProvider,
    AzureKeyVaultProvider,
    ClusterSecretStore,
    Extract,
    ExternalSecret,
    Find,
    GcpSecretManagerProvider,
    SecretData,
    SecretStore,
    SecretTemplate,
    StoreRef,
    VaultProvider,
)
from conftest import ROOT, assert_valid, find

AZURE = AzureKeyVaultProvider(vault_url="https://airflow-kv.vault.azure.net", service_account="airflow")
ROLE = "arn:aws:iam::123456789012:role/airflow-secrets"


@pytest.fixture
def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.App(), "test", namespace="airflow")


def synth(chart: cdk8s.Chart) -> list[dict]:
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)  # CRD schemas with unknown fields rejected, plus the secret scan
    return docs


def provider_of(chart: cdk8s.Chart, kind: str, name: str, key: str) -> dict:
    doc = find(synth(chart), kind, name)
    assert doc["apiVersion"] == "external-secrets.io/v1"
    assert list(doc["spec"]["provider"]) == [key]
    return doc["spec"]["provider"][key]


def errors(excinfo: pytest.ExceptionInfo[ValuesError]) -> str:
    return "\n".join(excinfo.value.problems)


# --- stores --------------------------------------------------------------------------------------


def test_azure_key_vault_store_as_in_the_aks_guide(chart):
    SecretStore(chart, "Store", name="azure-store", provider=AZURE)
    doc = find(synth(chart), "SecretStore", "azure-store")
    assert doc["metadata"]["namespace"] == "airflow"
    assert doc["spec"]["provider"] == {"azurekv": {
        "authType": "WorkloadIdentity",
        "vaultUrl": "https://airflow-kv.vault.azure.net",
        "serviceAccountRef": {"name": "airflow"},
    }}


def test_azure_store_with_tenant_and_own_namespace(chart):
    tenant = "11111111-2222-3333-4444-555555555555"
    provider = AzureKeyVaultProvider(vault_url="https://kv.vault.azure.net/", service_account="eso", tenant_id=tenant)
    SecretStore(chart, "Store", name="azure-store", provider=provider, namespace="secrets")
    docs = synth(chart)
    assert find(docs, "SecretStore", "azure-store")["metadata"]["namespace"] == "secrets"
    assert find(docs, "SecretStore", "azure-store")["spec"]["provider"]["azurekv"]["tenantId"] == tenant


def test_aws_store_with_irsa_service_account_and_role(chart):
    SecretStore(chart, "Store", name="aws", provider=AwsSecretsManagerProvider(region="eu-west-1", role=ROLE, service_account="airflow"))
    assert provider_of(chart, "SecretStore", "aws", "aws") == {
        "service": "SecretsManager",
        "region": "eu-west-1",
        "role": ROLE,
        "auth": {"jwt": {"serviceAccountRef": {"name": "airflow"}}},
    }


def test_aws_store_with_access_key_secret(chart):
    provider = AwsSecretsManagerProvider(region="us-east-1", credentials_secret="aws-keys", access_key_id_key="id")
    SecretStore(chart, "Store", name="aws", provider=provider)
    assert provider_of(chart, "SecretStore", "aws", "aws")["auth"] == {"secretRef": {
        "accessKeyIDSecretRef": {"name": "aws-keys", "key": "id"},
        "secretAccessKeySecretRef": {"name": "aws-keys", "key": "secret-access-key"},
    }}


def test_aws_store_without_auth_uses_the_operators_credentials(chart):
    SecretStore(chart, "Store", name="aws", provider=AwsSecretsManagerProvider(region="eu-central-1"))
    assert provider_of(chart, "SecretStore", "aws", "aws") == {"service": "SecretsManager", "region": "eu-central-1"}


def test_gcp_store_with_workload_identity(chart):
    provider = GcpSecretManagerProvider(project_id="my-project", service_account="airflow",
                                        cluster_location="europe-west1", cluster_name="prod", cluster_project_id="infra-project")
    SecretStore(chart, "Store", name="gcp", provider=provider)
    assert provider_of(chart, "SecretStore", "gcp", "gcpsm") == {
        "projectID": "my-project",
        "auth": {"workloadIdentity": {
            "serviceAccountRef": {"name": "airflow"},
            "clusterLocation": "europe-west1", "clusterName": "prod", "clusterProjectID": "infra-project",
        }},
    }


def test_gcp_store_without_service_account_has_no_auth(chart):
    SecretStore(chart, "Store", name="gcp", provider=GcpSecretManagerProvider(project_id="my-project"))
    assert provider_of(chart, "SecretStore", "gcp", "gcpsm") == {"projectID": "my-project"}


def test_vault_store_with_kubernetes_auth_defaults(chart):
    SecretStore(chart, "Store", name="vault", provider=VaultProvider(server="https://vault.example.com:8200", role="airflow",
                                                                     service_account="airflow"))
    assert provider_of(chart, "SecretStore", "vault", "vault") == {
        "server": "https://vault.example.com:8200",
        "path": "secret",
        "version": "v2",
        "auth": {"kubernetes": {"mountPath": "kubernetes", "role": "airflow", "serviceAccountRef": {"name": "airflow"}}},
    }


def test_vault_store_options(chart):
    provider = VaultProvider(server="http://vault.vault:8200", role="r", path="kv", version="v1", mount_path="k8s-prod",
                             vault_namespace="team-a")
    SecretStore(chart, "Store", name="vault", provider=provider)
    vault = provider_of(chart, "SecretStore", "vault", "vault")
    assert (vault["path"], vault["version"], vault["namespace"]) == ("kv", "v1", "team-a")
    assert vault["auth"] == {"kubernetes": {"mountPath": "k8s-prod", "role": "r"}}


def test_cluster_secret_store_has_no_namespace_and_may_name_one_for_its_service_account(chart):
    provider = AwsSecretsManagerProvider(region="eu-west-1", service_account="eso", service_account_namespace="external-secrets")
    store = ClusterSecretStore(chart, "Store", name="aws", provider=provider, namespaces=["airflow", "astro"])
    doc = find(synth(chart), "ClusterSecretStore", "aws")
    assert "namespace" not in doc["metadata"]  # although the chart has one
    assert doc["spec"]["conditions"] == [{"namespaces": ["airflow", "astro"]}]
    assert doc["spec"]["provider"]["aws"]["auth"]["jwt"]["serviceAccountRef"] == {"name": "eso", "namespace": "external-secrets"}
    assert store.ref == StoreRef("aws", "ClusterSecretStore")


def test_cluster_secret_store_in_a_chart_without_namespace(chart):
    plain = cdk8s.Chart(cdk8s.App(), "plain")
    ClusterSecretStore(plain, "Store", name="azure", provider=AZURE)
    doc = find(synth(plain), "ClusterSecretStore", "azure")
    assert "namespace" not in doc["metadata"] and "conditions" not in doc["spec"]


@pytest.mark.parametrize("provider", [
    AzureKeyVaultProvider(vault_url="https://kv.vault.azure.net", service_account="sa", service_account_namespace="other"),
    AwsSecretsManagerProvider(region="eu-west-1", credentials_secret="keys", service_account_namespace="other"),
    VaultProvider(server="https://vault", role="r", service_account_namespace="other"),
])
def test_secret_store_refuses_a_namespace_in_its_provider(chart, provider):
    with pytest.raises(ValuesError) as excinfo:
        SecretStore(chart, "Store", name="store", provider=provider)
    assert "provider.service_account_namespace: only a ClusterSecretStore names a namespace" in errors(excinfo)


def test_store_labels_and_annotations(chart):
    SecretStore(chart, "Store", name="azure-store", provider=AZURE, labels={"team": "data", "app.kubernetes.io/managed-by": "me"},
                annotations={"example.com/owner": "data"})
    meta = find(synth(chart), "SecretStore", "azure-store")["metadata"]
    assert meta["labels"] == {"app.kubernetes.io/component": "secret-store", "team": "data", "app.kubernetes.io/managed-by": "airflow-cdk8s"}
    assert meta["annotations"] == {"example.com/owner": "data"}


@pytest.mark.parametrize("build, message", [
    (lambda: AzureKeyVaultProvider(vault_url="http://kv.vault.azure.net", service_account="sa"), "vault_url: 'http://kv.vault.azure.net' must be an https:// URL"),
    (lambda: AzureKeyVaultProvider(vault_url="https://kv.vault.azure.net", service_account="Airflow"), "service_account: 'Airflow' must be lowercase"),
    (lambda: AzureKeyVaultProvider(vault_url="https://kv.vault.azure.net", service_account="sa", tenant_id="my-tenant"), "tenant_id: 'my-tenant' is not a UUID"),
    (lambda: AwsSecretsManagerProvider(region="Ireland"), "region: 'Ireland' is not an AWS region"),
    (lambda: AwsSecretsManagerProvider(region="eu-west-1", role="airflow-role"), "role: 'airflow-role' is not an IAM role ARN"),
    (lambda: AwsSecretsManagerProvider(region="eu-west-1", service_account="sa", credentials_secret="keys"), "service_account: set service_account (IRSA) or credentials_secret, not both"),
    (lambda: AwsSecretsManagerProvider(region="eu-west-1", credentials_secret="keys", access_key_id_key="a key"), "access_key_id_key: 'a key' must be a Secret key"),
    (lambda: GcpSecretManagerProvider(project_id="My Project"), "project_id: 'My Project' is not a Google Cloud project id"),
    (lambda: GcpSecretManagerProvider(project_id="my-project", cluster_name="prod"), "cluster_name: the cluster fields only apply with service_account"),
    (lambda: VaultProvider(server="vault:8200", role="r"), "server: 'vault:8200' must be a URL"),
    (lambda: VaultProvider(server="https://vault", role=""), "role: must name the Vault Kubernetes auth role"),
    (lambda: VaultProvider(server="https://vault", role="r", path="/secret/"), "path: '/secret/' must be a Vault mount path"),
    (lambda: VaultProvider(server="https://vault", role="r", version="v3"), "version: 'v3' must be 'v1' or 'v2'"),
])
def test_provider_errors_name_the_prop(build, message):
    with pytest.raises(ValuesError) as excinfo:
        build()
    assert message in errors(excinfo)


def test_store_errors_name_the_prop(chart):
    with pytest.raises(ValuesError) as excinfo:
        SecretStore(chart, "Store", name="Azure_Store", provider={"azurekv": {}}, namespace="Air flow", labels={"bad key!": "x"})  # type: ignore[arg-type]
    text = errors(excinfo)
    assert str(excinfo.value).startswith("SecretStore 'Azure_Store': 4 problem(s)")
    for prop in ("name:", "namespace:", "labels:", "provider: must be one of AzureKeyVaultProvider"):
        assert prop in text


def test_cluster_secret_store_checks_its_namespaces(chart):
    with pytest.raises(ValuesError, match=r"namespaces\[1\]: 'Bad'"):
        ClusterSecretStore(chart, "Store", name="s", provider=AZURE, namespaces=["ok", "Bad"])


# --- ExternalSecret ------------------------------------------------------------------------------


def test_external_secret_as_in_the_aks_guide(chart):
    store = SecretStore(chart, "Store", name="azure-store", provider=AZURE)
    ExternalSecret(chart, "Logs", name="airflow-aks-azure-logs-secrets", store=store, data=[
        SecretData("azurestorageaccountname", "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME"),
        SecretData("azurestorageaccountkey", "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY"),
    ], target_name="storage-account-credentials")
    doc = find(synth(chart), "ExternalSecret", "airflow-aks-azure-logs-secrets")
    assert doc["apiVersion"] == "external-secrets.io/v1"
    assert doc["metadata"]["namespace"] == "airflow"
    assert doc["spec"] == {
        "refreshInterval": "1h",
        "secretStoreRef": {"kind": "SecretStore", "name": "azure-store"},
        "target": {"name": "storage-account-credentials", "creationPolicy": "Owner"},
        "data": [
            {"secretKey": "azurestorageaccountname", "remoteRef": {"key": "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME"}},
            {"secretKey": "azurestorageaccountkey", "remoteRef": {"key": "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY"}},
        ],
    }


def test_target_name_defaults_to_the_external_secret_name(chart):
    secret = ExternalSecret(chart, "E", name="airflow-variables", store=StoreRef("aws"), data=[SecretData("variables.json", "devops/airflow/variables.json")])
    assert find(synth(chart), "ExternalSecret", "airflow-variables")["spec"]["target"] == {"name": "airflow-variables", "creationPolicy": "Owner"}
    assert secret.target_name == "airflow-variables"


def test_remote_ref_property_and_version(chart):
    ExternalSecret(chart, "E", name="db", store=StoreRef("aws"), data=[SecretData("password", "prod/airflow/db", property="password", version="AWSCURRENT")])
    [item] = find(synth(chart), "ExternalSecret", "db")["spec"]["data"]
    assert item == {"secretKey": "password", "remoteRef": {"key": "prod/airflow/db", "property": "password", "version": "AWSCURRENT"}}


def test_store_kind_follows_the_store(chart):
    cluster_store = ClusterSecretStore(chart, "Store", name="vault", provider=VaultProvider(server="https://vault", role="r"))
    ExternalSecret(chart, "A", name="a", store=cluster_store, data=[SecretData("k", "path/k")])
    ExternalSecret(chart, "B", name="b", store=StoreRef("other", "ClusterSecretStore"), data=[SecretData("k", "path/k")])
    docs = synth(chart)
    assert find(docs, "ExternalSecret", "a")["spec"]["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "vault"}
    assert find(docs, "ExternalSecret", "b")["spec"]["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "other"}


@pytest.mark.parametrize("policy", ["Owner", "Orphan", "Merge", "None"])
def test_creation_policy(chart, policy):
    ExternalSecret(chart, "E", name="e", store=StoreRef("s"), data=[SecretData("k", "r")], creation_policy=policy)
    assert find(synth(chart), "ExternalSecret", "e")["spec"]["target"]["creationPolicy"] == policy


@pytest.mark.parametrize("interval", ["15m", "30s", "1h30m", "0", "1.5h", "24h"])
def test_refresh_interval_accepts_go_durations(chart, interval):
    ExternalSecret(chart, "E", name="e", store=StoreRef("s"), data=[SecretData("k", "r")], refresh_interval=interval)
    assert find(synth(chart), "ExternalSecret", "e")["spec"]["refreshInterval"] == interval


@pytest.mark.parametrize("interval", ["1 hour", "15", "1d", "-1h", "", "h"])
def test_refresh_interval_rejects_other_strings(chart, interval):
    with pytest.raises(ValuesError) as excinfo:
        ExternalSecret(chart, "E", name="e", store=StoreRef("s"), data=[SecretData("k", "r")], refresh_interval=interval)
    assert errors(excinfo) == f"refresh_interval: {interval!r} is not a Go duration (examples: 1h, 15m, 30s, 1h30m)"


def test_data_from_extract_and_find(chart):
    ExternalSecret(chart, "E", name="connections", store=StoreRef("aws"), data_from=[
        Extract("prod/airflow/connections", version="AWSCURRENT"),
        Find(name_regexp="^airflow-", tags={"team": "data"}, path="prod/"),
    ])
    spec = find(synth(chart), "ExternalSecret", "connections")["spec"]
    assert "data" not in spec
    assert spec["dataFrom"] == [
        {"extract": {"key": "prod/airflow/connections", "version": "AWSCURRENT"}},
        {"find": {"name": {"regexp": "^airflow-"}, "tags": {"team": "data"}, "path": "prod/"}},
    ]


def test_target_template(chart):
    template = SecretTemplate(type="Opaque", data={"AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": "postgresql://{{ .user }}:{{ .password }}@db:5432/airflow"},
                              labels={"app.kubernetes.io/part-of": "airflow"}, annotations={"example.com/rotated": "yes"})
    ExternalSecret(chart, "E", name="db", store=StoreRef("s"), data=[SecretData("user", "db/user"), SecretData("password", "db/password")],
                   template=template)
    target = find(synth(chart), "ExternalSecret", "db")["spec"]["target"]
    assert target["template"] == {
        "type": "Opaque",
        "data": {"AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": "postgresql://{{ .user }}:{{ .password }}@db:5432/airflow"},
        "metadata": {"labels": {"app.kubernetes.io/part-of": "airflow"}, "annotations": {"example.com/rotated": "yes"}},
    }


def test_value_from_references_the_target_secret(chart):
    secret = ExternalSecret(chart, "E", name="db", target_name="db-credentials", store=StoreRef("s"), data=[SecretData("password", "db/password")])
    assert secret.value_from("password") == {"secretKeyRef": {"name": "db-credentials", "key": "password"}}
    with pytest.raises(ValuesError, match=r"secret_key: 'passwd' is not one of \['password'\]"):
        secret.value_from("passwd")


def test_api_object_takes_json_patches(chart):
    secret = ExternalSecret(chart, "E", name="e", store=StoreRef("s"), data=[SecretData("k", "r")])
    secret.api_object.add_json_patch(cdk8s.JsonPatch.add("/spec/target/deletionPolicy", "Delete"))
    assert find(synth(chart), "ExternalSecret", "e")["spec"]["target"]["deletionPolicy"] == "Delete"


@pytest.mark.parametrize("props, message", [
    (dict(name="Bad_Name"), "name: 'Bad_Name' must be lowercase"),
    (dict(name=None), "name: must be set"),
    (dict(data=[]), "data: set data, data_from or both"),
    (dict(data=[SecretData("k", "a"), SecretData("k", "b")]), "data[1].secret_key: 'k' is already the key of data[0]"),
    (dict(data=[{"secretKey": "k"}]), "data[0]: must be a SecretData, not dict"),
    (dict(data_from=["key"]), "data_from[0]: must be an Extract or a Find, not str"),
    (dict(creation_policy="Always"), "creation_policy: 'Always' must be one of Owner, Orphan, Merge, None"),
    (dict(target_name="Target"), "target_name: 'Target' must be lowercase"),
    (dict(store="aws"), "store: must be a SecretStore, ClusterSecretStore or StoreRef, not str"),
    (dict(namespace="a.b"), "namespace: 'a.b' must be lowercase letters, digits and '-'"),
    (dict(labels={"team": "data science"}), "labels['team']: label value 'data science'"),
])
def test_external_secret_errors_name_the_prop(chart, props, message):
    base = dict(name="e", store=StoreRef("s"), data=[SecretData("k", "r")])
    with pytest.raises(ValuesError) as excinfo:
        ExternalSecret(chart, "E", **{**base, **props})
    assert message in errors(excinfo)


@pytest.mark.parametrize("build, message", [
    (lambda: SecretData("a key", "r"), "secret_key: 'a key' must be a Secret key"),
    (lambda: SecretData("k", ""), "remote_key: must name the secret in the provider"),
    (lambda: Extract(""), "key: must name the secret in the provider"),
    (lambda: Find(path="prod/"), "name_regexp: set name_regexp or tags"),
    (lambda: SecretTemplate(data={"bad key": "x"}), "data: 'bad key' must be a Secret key"),
    (lambda: StoreRef("s", "Store"), "kind: 'Store' must be 'SecretStore' or 'ClusterSecretStore'"),
])
def test_item_errors_name_the_prop(build, message):
    with pytest.raises(ValuesError) as excinfo:
        build()
    assert message in errors(excinfo)


# --- helpers and generated bindings --------------------------------------------------------------


@pytest.mark.parametrize("value, seconds", [("1h", 3600), ("15m", 900), ("1h30m", 5400), ("1.5h", 5400), ("500ms", 0.5), ("0", 0)])
def test_duration_seconds(value, seconds):
    assert duration_seconds(value) == pytest.approx(seconds)
    assert duration_error(value) is None


def test_bindings_emit_only_the_served_version():
    from airflow_cdk8s.imports.io import external_secrets as eso

    assert not [name for name in dir(eso) if "V1Beta1" in name]
    assert (eso.ExternalSecret.GVK.api_version, eso.SecretStore.GVK.kind) == ("external-secrets.io/v1", "SecretStore")


def test_crd_inputs_of_the_bindings_are_current():
    # imports/crds/*.yaml are built from the pinned CRDs; a change there needs `npx cdk8s import`.
    result = subprocess.run([sys.executable, str(ROOT / "imports" / "crds" / "build.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_importing_the_module_does_not_load_the_bindings():
    code = ("import sys, airflow_cdk8s.external_secrets, airflow_cdk8s.cert_manager, airflow_cdk8s.identity; "
            "print(sorted(m for m in sys.modules if m.startswith('airflow_cdk8s.imports')))")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "constructs")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "[]"
