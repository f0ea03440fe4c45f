"""Every cert-manager and External Secrets object our constructs can emit is valid for its pinned CRD.

The constructs build these objects as plain dicts (``KubeObject``), so a misspelt or mistyped field is not
caught while the object is built; it is caught here: each case below sets a different combination of
options (every provider and authentication, both store and issuer kinds, every optional field), and every
object it writes is checked against the CRD's openAPIV3Schema (``checks.crd_schema``: unknown fields are
rejected, types and enums checked). Each case also names fields it must write, so an option that silently
stopped reaching the YAML fails too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any, Callable

import cdk8s
import pytest

from airflow_cdk8s import render
from airflow_cdk8s.cert_manager import Certificate, IssuerRef, LetsEncryptClusterIssuer, LetsEncryptIssuer
from airflow_cdk8s.checks import crd_schema
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
from airflow_cdk8s.kube_object import KubeObject
from conftest import ROOT

ROLE = "arn:aws:iam::123456789012:role/airflow-secrets"
TENANT = "11111111-2222-3333-4444-555555555555"
META = {"labels": {"team": "data"}, "annotations": {"example.com/owner": "platform"}}

# provider name -> {variant: (provider for a SecretStore, provider for a ClusterSecretStore, fields it writes)}
PROVIDERS: dict[str, tuple[Any, Any, list[str]]] = {
    "azure": (
        AzureKeyVaultProvider(vault_url="https://kv.vault.azure.net", service_account="airflow", tenant_id=TENANT),
        AzureKeyVaultProvider(vault_url="https://kv.vault.azure.net", service_account="eso", service_account_namespace="secrets"),
        ["spec.provider.azurekv.authType", "spec.provider.azurekv.serviceAccountRef.name", "spec.provider.azurekv.vaultUrl"],
    ),
    "aws-default-credentials": (
        AwsSecretsManagerProvider(region="eu-west-1"),
        AwsSecretsManagerProvider(region="us-east-2", role=ROLE),
        ["spec.provider.aws.region", "spec.provider.aws.service"],
    ),
    "aws-irsa": (
        AwsSecretsManagerProvider(region="eu-west-1", role=ROLE, service_account="airflow"),
        AwsSecretsManagerProvider(region="eu-west-1", service_account="eso", service_account_namespace="secrets"),
        ["spec.provider.aws.auth.jwt.serviceAccountRef.name"],
    ),
    "aws-access-key": (
        AwsSecretsManagerProvider(region="eu-west-1", credentials_secret="aws-key", access_key_id_key="id", secret_access_key_key="key"),
        AwsSecretsManagerProvider(region="eu-west-1", role=ROLE, credentials_secret="aws-key", service_account_namespace="secrets"),
        ["spec.provider.aws.auth.secretRef.accessKeyIDSecretRef.key", "spec.provider.aws.auth.secretRef.secretAccessKeySecretRef.name"],
    ),
    "gcp-own-identity": (
        GcpSecretManagerProvider(project_id="airflow-prod"),
        GcpSecretManagerProvider(project_id="airflow-prod"),
        ["spec.provider.gcpsm.projectID"],
    ),
    "gcp-workload-identity": (
        GcpSecretManagerProvider(project_id="airflow-prod", service_account="airflow",
                                 cluster_location="europe-west1", cluster_name="data", cluster_project_id="gke-host"),
        GcpSecretManagerProvider(project_id="airflow-prod", service_account="eso", service_account_namespace="secrets"),
        ["spec.provider.gcpsm.auth.workloadIdentity.serviceAccountRef.name"],
    ),
    "vault": (
        VaultProvider(server="https://vault.example.com:8200", role="airflow"),
        VaultProvider(server="http://vault.vault:8200", role="eso", path="kv", version="v1", mount_path="k8s/prod",
                      service_account="eso", service_account_namespace="secrets", vault_namespace="team/data"),
        ["spec.provider.vault.auth.kubernetes.role", "spec.provider.vault.path", "spec.provider.vault.version"],
    ),
}

Case = tuple[Callable[[cdk8s.Chart], Any], dict[str, list[str]]]  # builds objects; kind -> fields that must be written


def _store_cases() -> dict[str, Case]:
    cases: dict[str, Case] = {}
    for name, (namespaced, cluster, fields) in PROVIDERS.items():
        cases[f"SecretStore-{name}"] = (
            lambda chart, p=namespaced: SecretStore(chart, "Store", name="store", provider=p), {"SecretStore": fields})
        cases[f"ClusterSecretStore-{name}"] = (
            lambda chart, p=cluster: ClusterSecretStore(chart, "Store", name="store", provider=p), {"ClusterSecretStore": fields})
    cases["SecretStore-own-namespace-and-metadata"] = (
        lambda chart: SecretStore(chart, "Store", name="store", provider=PROVIDERS["vault"][0], namespace="secrets", **META),
        {"SecretStore": ["metadata.namespace", "metadata.labels.team", "metadata.annotations"]})
    cases["ClusterSecretStore-namespaces-and-metadata"] = (
        lambda chart: ClusterSecretStore(chart, "Store", name="store", provider=PROVIDERS["azure"][1],
                                         namespaces=["airflow", "airflow-dev"], **META),
        {"ClusterSecretStore": ["spec.conditions", "metadata.labels.team", "metadata.annotations"]})
    return cases


def _external_secret(**props: Any) -> Callable[[cdk8s.Chart], Any]:
    def build(chart: cdk8s.Chart) -> Any:
        return ExternalSecret(chart, "Secret", **{"name": "airflow", "store": StoreRef("store"), "data": [SecretData("k", "r")], **props})
    return build


EXTERNAL_SECRET_CASES: dict[str, Case] = {
    "ExternalSecret-defaults": (_external_secret(), {"ExternalSecret": [
        "spec.data", "spec.refreshInterval", "spec.secretStoreRef.kind", "spec.target.creationPolicy", "spec.target.name"]}),
    "ExternalSecret-remote-property-and-version": (
        _external_secret(data=[SecretData("a", "app/db", property="password", version="3"), SecretData("b", "app/other")]),
        {"ExternalSecret": ["spec.data"]}),
    "ExternalSecret-extract-and-find": (
        _external_secret(data=[], data_from=[Extract("app/config", property="airflow", version="AWSCURRENT"),
                                             Extract("app/other"),
                                             Find(name_regexp="^airflow-"),
                                             Find(tags={"team": "data", "env": "prod"}, path="prod/")]),
        {"ExternalSecret": ["spec.dataFrom"]}),
    "ExternalSecret-data-and-data-from": (
        _external_secret(data_from=[Find(name_regexp="x", tags={"a": "b"})]), {"ExternalSecret": ["spec.data", "spec.dataFrom"]}),
    "ExternalSecret-full-template": (
        _external_secret(template=SecretTemplate(type="kubernetes.io/dockerconfigjson", data={".dockerconfigjson": "{{ .k }}"},
                                                 labels={"a": "b"}, annotations={"c": "d"})),
        {"ExternalSecret": ["spec.target.template.type", "spec.target.template.data", "spec.target.template.metadata.labels",
                            "spec.target.template.metadata.annotations"]}),
    "ExternalSecret-template-type-only": (
        _external_secret(template=SecretTemplate(type="kubernetes.io/tls")), {"ExternalSecret": ["spec.target.template.type"]}),
    "ExternalSecret-template-labels-only": (
        _external_secret(template=SecretTemplate(labels={"a": "b"})), {"ExternalSecret": ["spec.target.template.metadata.labels"]}),
    "ExternalSecret-every-option": (
        _external_secret(store=StoreRef("cluster-store", "ClusterSecretStore"), refresh_interval="0", target_name="other",
                         creation_policy="Merge", namespace="secrets", **META),
        {"ExternalSecret": ["metadata.namespace", "metadata.labels.team", "metadata.annotations", "spec.target.name"]}),
    "ExternalSecret-with-its-stores": (
        lambda chart: [
            ExternalSecret(chart, "A", name="a", data=[SecretData("k", "r")],
                           store=SecretStore(chart, "S", name="s", provider=PROVIDERS["vault"][0])),
            ExternalSecret(chart, "B", name="b", data=[SecretData("k", "r")],
                           store=ClusterSecretStore(chart, "C", name="c", provider=PROVIDERS["vault"][1])),
        ],
        {"ExternalSecret": ["spec.secretStoreRef.name"], "SecretStore": ["spec.provider"], "ClusterSecretStore": ["spec.provider"]}),
    **{f"ExternalSecret-creation-policy-{policy}": (_external_secret(creation_policy=policy), {"ExternalSecret": ["spec.target.creationPolicy"]})
       for policy in ("Owner", "Orphan", "Merge", "None")},
}


def _issuer(cls: type, **props: Any) -> Callable[[cdk8s.Chart], Any]:
    def build(chart: cdk8s.Chart) -> Any:
        return cls(chart, "Issuer", **{"name": "letsencrypt", "email": "ops@example.com", "ingress_class_name": "nginx", **props})
    return build


ACME_FIELDS = ["spec.acme.server", "spec.acme.email", "spec.acme.privateKeySecretRef.name", "spec.acme.solvers"]


def _certificate(**props: Any) -> Callable[[cdk8s.Chart], Any]:
    def build(chart: cdk8s.Chart) -> Any:
        return Certificate(chart, "Cert", **{"name": "web", "secret_name": "web-tls", "dns_names": ["web.example.com"],
                                             "issuer": IssuerRef("letsencrypt"), **props})
    return build


CERT_MANAGER_CASES: dict[str, Case] = {
    "ClusterIssuer-defaults": (_issuer(LetsEncryptClusterIssuer), {"ClusterIssuer": ACME_FIELDS}),
    "ClusterIssuer-every-option": (
        _issuer(LetsEncryptClusterIssuer, staging=True, private_key_secret_name="acme-key", **META),
        {"ClusterIssuer": [*ACME_FIELDS, "metadata.labels.team", "metadata.annotations"]}),
    "Issuer-defaults": (_issuer(LetsEncryptIssuer), {"Issuer": ACME_FIELDS}),
    "Issuer-every-option": (
        _issuer(LetsEncryptIssuer, staging=True, private_key_secret_name="acme-key", namespace="web", **META),
        {"Issuer": [*ACME_FIELDS, "metadata.namespace", "metadata.labels.team", "metadata.annotations"]}),
    "Certificate-defaults": (_certificate(), {"Certificate": ["spec.secretName", "spec.dnsNames", "spec.issuerRef.group"]}),
    "Certificate-every-option": (
        _certificate(dns_names=["web.example.com", "*.web.example.com"], issuer=IssuerRef("team-ca", "Issuer"),
                     duration="2160h", renew_before="360h", namespace="web", **META),
        {"Certificate": ["spec.duration", "spec.renewBefore", "spec.issuerRef.kind", "metadata.namespace", "metadata.labels.team"]}),
    "Certificate-from-issuers": (
        lambda chart: [
            Certificate(chart, "A", name="a", secret_name="a-tls", dns_names=["a.example.com"],
                        issuer=_issuer(LetsEncryptClusterIssuer, name="cluster")(chart)),
            Certificate(chart, "B", name="b", secret_name="b-tls", dns_names=["b.example.com"],
                        issuer=LetsEncryptIssuer(chart, "Own", name="own", email="ops@example.com", ingress_class_name="nginx")),
        ],
        {"Certificate": ["spec.issuerRef.name"], "ClusterIssuer": ACME_FIELDS, "Issuer": ACME_FIELDS}),
}

CASES: dict[str, Case] = {**_store_cases(), **EXTERNAL_SECRET_CASES, **CERT_MANAGER_CASES}
CLUSTER_SCOPED = {"ClusterIssuer", "ClusterSecretStore"}


def written(build: Callable[[cdk8s.Chart], Any], chart_namespace: str | None = "airflow") -> list[dict[str, Any]]:
    """The objects ``build`` adds to a chart, as the CLI writes them (``render``, read back from the YAML)."""
    app = cdk8s.App()
    build(cdk8s.Chart(app, "test", namespace=chart_namespace))
    return render.output(app)[1]


def _has(doc: dict[str, Any], path: str) -> bool:
    value: Any = doc
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            return False
        value = value[key]
    return value not in (None, {}, [], "")


@pytest.mark.parametrize("chart_namespace", ["airflow", None])
@pytest.mark.parametrize("name", list(CASES))
def test_every_object_is_valid_for_its_pinned_crd(name: str, chart_namespace: str | None) -> None:
    build, expected = CASES[name]
    docs = written(build, chart_namespace)
    assert sorted({d["kind"] for d in docs}) == sorted(expected)
    for doc in docs:
        # check_object is silent about kinds no pinned CRD defines: make sure this one is checked
        assert crd_schema.is_custom_kind(doc["apiVersion"], doc["kind"]), doc["apiVersion"]
        assert crd_schema.check_object(doc) == [], doc
        assert [p for p in expected[doc["kind"]] if not _has(doc, p)] == [], doc
        if doc["kind"] in CLUSTER_SCOPED:
            assert "namespace" not in doc["metadata"]
        elif "metadata.namespace" not in expected[doc["kind"]]:
            assert doc["metadata"].get("namespace") == chart_namespace


def test_the_cases_reach_every_kind_and_provider() -> None:
    kinds = {kind for _, expected in CASES.values() for kind in expected}
    assert kinds == {"Certificate", "ClusterIssuer", "Issuer", "ExternalSecret", "SecretStore", "ClusterSecretStore"}
    providers = {path.split(".")[2] for _, expected in CASES.values() for paths in expected.values()
                 for path in paths if path.startswith("spec.provider.")}
    assert providers == {"azurekv", "aws", "gcpsm", "vault"}


def test_a_misspelt_field_would_be_caught() -> None:
    # The guarantee the tests above rest on: the CRD check rejects what the API server would silently drop.
    [doc] = written(CASES["Certificate-every-option"][0])
    doc["spec"]["renewbefore"] = doc["spec"].pop("renewBefore")
    assert any("renewbefore" in p for p in crd_schema.check_object(doc))
    doc["spec"]["renewBefore"] = 360
    assert any("renewBefore" in p for p in crd_schema.check_object(doc))


@pytest.mark.parametrize("name", list(CASES))
def test_objects_are_kube_objects_rendered_in_python(name: str) -> None:
    # No generated CRD class, no cdk8s JsonPatch: each object renders in Python like every other KubeObject.
    chart = cdk8s.Chart(cdk8s.App(), "test", namespace="airflow")
    built = CASES[name][0](chart)
    api_objects = [c for c in chart.node.find_all() if isinstance(c, cdk8s.ApiObject)]
    assert [type(o) for o in api_objects] == [KubeObject] * len(api_objects) and api_objects
    assert all(o._patches == [] for o in api_objects)
    assert {p.api_object for p in (built if isinstance(built, list) else [built])} <= set(api_objects)


def test_building_the_objects_loads_no_generated_bindings() -> None:
    # Loading the jsii assembly of the generated classes costs ~0.2 s of CPU; nothing here may need it.
    code = ("import sys; sys.path.insert(0, 'tests'); import test_crd_objects as t\n"
            "for name, (build, _) in t.CASES.items(): t.written(build)\n"
            "print(sorted(m for m in sys.modules if m.startswith('airflow_cdk8s.imports')))")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "constructs")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
