"""AirflowPlatform: the HTTPS Ingress and its cert-manager certificate."""

from __future__ import annotations


from airflow_cdk8s.cert_manager import IssuerRef
from airflow_cdk8s.platform import IngressSettings

from conftest import container, env_of, find, kinds, synth_platform as synth


def test_ingress_with_lets_encrypt_cluster_issuer():
    docs = synth(ingress=IngressSettings(host="airflow.example.com", lets_encrypt_email="ops@example.com", lets_encrypt_staging=True))
    ingress = find(docs, "Ingress", "airflow")
    assert ingress["metadata"]["annotations"]["cert-manager.io/cluster-issuer"] == "airflow-letsencrypt"
    assert ingress["spec"]["ingressClassName"] == "nginx"
    assert ingress["spec"]["tls"] == [{"hosts": ["airflow.example.com"], "secretName": "airflow-tls"}]
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]
    assert backend == {"service": {"name": "airflow-api-server", "port": {"number": 8080}}}
    issuer = find(docs, "ClusterIssuer", "airflow-letsencrypt")
    assert "staging" in issuer["spec"]["acme"]["server"]
    assert issuer["spec"]["acme"]["solvers"][0]["http01"]["ingress"]["ingressClassName"] == "nginx"
    assert env_of(container(find(docs, "Deployment", "airflow-api-server")))["AIRFLOW__API__BASE_URL"] == "https://airflow.example.com"


def test_ingress_with_existing_issuer_and_explicit_certificate():
    docs = synth(ingress=IngressSettings(host="airflow.example.com", issuer=IssuerRef("corp-ca", "ClusterIssuer"), explicit_certificate=True))
    assert not kinds(docs, "ClusterIssuer")
    certificate = find(docs, "Certificate", "airflow-tls")
    assert certificate["spec"]["dnsNames"] == ["airflow.example.com"]
    assert certificate["spec"]["issuerRef"]["name"] == "corp-ca"
    assert "cert-manager.io/cluster-issuer" not in find(docs, "Ingress", "airflow")["metadata"].get("annotations", {})
