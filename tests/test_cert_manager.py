"""cert-manager: Let's Encrypt issuers, issuer references and annotations, Certificates."""

from __future__ import annotations

import cdk8s
import pytest

from airflow_cdk8s.cert_manager import (
    LETSENCRYPT_PRODUCTION,
    LETSENCRYPT_STAGING,
    Certificate,
    IssuerRef,
    LetsEncryptClusterIssuer,
    LetsEncryptIssuer,
    ingress_annotations,
)
from airflow_cdk8s.errors import ValuesError
from conftest import assert_valid, find


@pytest.fixture
def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.App(), "test", namespace="airflow")


def synth(chart: cdk8s.Chart) -> list[dict]:
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    return docs


def errors(excinfo: pytest.ExceptionInfo[ValuesError]) -> str:
    return "\n".join(excinfo.value.problems)


def cluster_issuer(chart: cdk8s.Chart, **props) -> LetsEncryptClusterIssuer:
    return LetsEncryptClusterIssuer(chart, "Issuer", **{"name": "letsencrypt-prod", "email": "platform@example.com",
                                                         "ingress_class_name": "nginx", **props})


def test_cluster_issuer_uses_the_production_server_by_default(chart):
    issuer = cluster_issuer(chart)
    doc = find(synth(chart), "ClusterIssuer", "letsencrypt-prod")
    assert doc["apiVersion"] == "cert-manager.io/v1"
    assert "namespace" not in doc["metadata"]  # cluster-scoped, although the chart has a namespace
    assert doc["spec"] == {"acme": {
        "server": "https://acme-v02.api.letsencrypt.org/directory",
        "email": "platform@example.com",
        "privateKeySecretRef": {"name": "letsencrypt-prod-account-key"},
        "solvers": [{"http01": {"ingress": {"ingressClassName": "nginx"}}}],
    }}
    assert issuer.server == LETSENCRYPT_PRODUCTION


def test_cluster_issuer_staging_server(chart):
    issuer = cluster_issuer(chart, name="letsencrypt-staging", staging=True)
    acme = find(synth(chart), "ClusterIssuer", "letsencrypt-staging")["spec"]["acme"]
    assert acme["server"] == "https://acme-staging-v02.api.letsencrypt.org/directory" == LETSENCRYPT_STAGING == issuer.server


@pytest.mark.parametrize("ingress_class", ["nginx", "traefik", "azure-application-gateway"])
def test_solver_ingress_class(chart, ingress_class):
    cluster_issuer(chart, ingress_class_name=ingress_class)
    [solver] = find(synth(chart), "ClusterIssuer", "letsencrypt-prod")["spec"]["acme"]["solvers"]
    assert solver == {"http01": {"ingress": {"ingressClassName": ingress_class}}}


def test_namespaced_issuer_with_own_key_secret(chart):
    issuer = LetsEncryptIssuer(chart, "Issuer", name="letsencrypt", email="ops@example.com", ingress_class_name="nginx",
                               private_key_secret_name="acme-account", namespace="web", labels={"team": "platform"})
    doc = find(synth(chart), "Issuer", "letsencrypt")
    assert doc["metadata"]["namespace"] == "web"
    assert doc["metadata"]["labels"] == {"app.kubernetes.io/component": "issuer", "team": "platform",
                                         "app.kubernetes.io/managed-by": "airflow-cdk8s"}
    assert doc["spec"]["acme"]["privateKeySecretRef"] == {"name": "acme-account"}
    assert issuer.ref == IssuerRef("letsencrypt", "Issuer")


def test_issuer_defaults_to_the_chart_namespace(chart):
    LetsEncryptIssuer(chart, "Issuer", name="letsencrypt", email="ops@example.com", ingress_class_name="nginx")
    assert find(synth(chart), "Issuer", "letsencrypt")["metadata"]["namespace"] == "airflow"


@pytest.mark.parametrize("issuer, expected", [
    (IssuerRef("letsencrypt-prod"), {"cert-manager.io/cluster-issuer": "letsencrypt-prod"}),
    (IssuerRef("letsencrypt-prod", "ClusterIssuer"), {"cert-manager.io/cluster-issuer": "letsencrypt-prod"}),
    (IssuerRef("team-ca", "Issuer"), {"cert-manager.io/issuer": "team-ca"}),
])
def test_ingress_annotations(issuer, expected):
    assert ingress_annotations(issuer) == expected


def test_ingress_annotations_from_issuer_constructs(chart):
    assert ingress_annotations(cluster_issuer(chart)) == {"cert-manager.io/cluster-issuer": "letsencrypt-prod"}
    issuer = LetsEncryptIssuer(chart, "Namespaced", name="le", email="ops@example.com", ingress_class_name="nginx")
    assert ingress_annotations(issuer) == {"cert-manager.io/issuer": "le"}


def test_ingress_annotations_refuse_other_objects():
    with pytest.raises(ValuesError, match="issuer: must be an IssuerRef"):
        ingress_annotations("letsencrypt-prod")  # type: ignore[arg-type]


@pytest.mark.parametrize("build, message", [
    (lambda: IssuerRef("le", "CA"), "kind: 'CA' must be 'ClusterIssuer' or 'Issuer'"),
    (lambda: IssuerRef("Lets Encrypt"), "name: 'Lets Encrypt' must be lowercase"),
])
def test_issuer_ref_errors(build, message):
    with pytest.raises(ValuesError) as excinfo:
        build()
    assert message in errors(excinfo)


@pytest.mark.parametrize("props, message", [
    (dict(email="platform"), "email: 'platform' is not an email address"),
    (dict(ingress_class_name=""), "ingress_class_name: must name the IngressClass"),
    (dict(ingress_class_name="Nginx"), "ingress_class_name: 'Nginx' must be lowercase"),
    (dict(name="LetsEncrypt"), "name: 'LetsEncrypt' must be lowercase"),
    (dict(private_key_secret_name="key_secret"), "private_key_secret_name: 'key_secret' must be lowercase"),
    (dict(annotations={"/x": "y"}), "annotations: key '/x'"),
])
def test_cluster_issuer_errors_name_the_prop(chart, props, message):
    with pytest.raises(ValuesError) as excinfo:
        cluster_issuer(chart, **props)
    assert message in errors(excinfo)


def test_certificate(chart):
    issuer = cluster_issuer(chart)
    cert = Certificate(chart, "Cert", name="airflow-web", secret_name="ingress-webserver-secret",
                       dns_names=["airflow.example.com", "www.airflow.example.com"], issuer=issuer,
                       duration="2160h", renew_before="360h")
    doc = find(synth(chart), "Certificate", "airflow-web")
    assert doc["apiVersion"] == "cert-manager.io/v1"
    assert doc["metadata"]["namespace"] == "airflow"
    assert doc["spec"] == {
        "secretName": "ingress-webserver-secret",
        "dnsNames": ["airflow.example.com", "www.airflow.example.com"],
        "issuerRef": {"name": "letsencrypt-prod", "kind": "ClusterIssuer", "group": "cert-manager.io"},
        "duration": "2160h",
        "renewBefore": "360h",
    }
    assert cert.secret_name == "ingress-webserver-secret"


def test_certificate_from_an_issuer_ref_without_durations(chart):
    Certificate(chart, "Cert", name="web", secret_name="web-tls", dns_names=["*.web.example.com"],
                issuer=IssuerRef("team-ca", "Issuer"), namespace="web")
    doc = find(synth(chart), "Certificate", "web")
    assert doc["metadata"]["namespace"] == "web"
    assert doc["spec"]["dnsNames"] == ["*.web.example.com"]
    assert doc["spec"]["issuerRef"] == {"name": "team-ca", "kind": "Issuer", "group": "cert-manager.io"}
    assert "duration" not in doc["spec"] and "renewBefore" not in doc["spec"]


@pytest.mark.parametrize("props, message", [
    (dict(dns_names=[]), "dns_names: list at least one DNS name"),
    (dict(dns_names=["ok.example.com", "Airflow.example.com"]), "dns_names[1]: 'Airflow.example.com' is not a DNS name"),
    (dict(dns_names=["https://airflow.example.com"]), "dns_names[0]: 'https://airflow.example.com' is not a DNS name"),
    (dict(secret_name="Web_TLS"), "secret_name: 'Web_TLS' must be lowercase"),
    (dict(duration="90d"), "duration: '90d' is not a Go duration"),
    (dict(renew_before="15 days"), "renew_before: '15 days' is not a Go duration"),
    (dict(duration="720h", renew_before="720h"), "renew_before: '720h' must be shorter than duration '720h'"),
    (dict(issuer="letsencrypt-prod"), "issuer: must be an IssuerRef or a LetsEncrypt(Cluster)Issuer, not str"),
])
def test_certificate_errors_name_the_prop(chart, props, message):
    base = dict(name="web", secret_name="web-tls", dns_names=["web.example.com"], issuer=IssuerRef("letsencrypt-prod"))
    with pytest.raises(ValuesError) as excinfo:
        Certificate(chart, "Cert", **{**base, **props})
    assert message in errors(excinfo)
    assert str(excinfo.value).startswith("Certificate 'web':")


def test_bindings_are_cert_manager_v1():
    from airflow_cdk8s.imports.io import cert_manager as cm

    assert {cls.GVK.api_version for cls in (cm.Certificate, cm.ClusterIssuer, cm.Issuer)} == {"cert-manager.io/v1"}
