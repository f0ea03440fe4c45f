"""AirflowIngress: HTTPS to the web UI / API, with a certificate from cert-manager."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from constructs import Construct

from .. import deferred
from .. import names
from ..cert_manager import Certificate, IssuerRef, LetsEncryptClusterIssuer, ingress_annotations
from ..errors import raise_if
from ..kube_object import KubeObject


@dataclass(frozen=True)
class IngressSettings:
    """The web UI's Ingress.

    host: the public host name, e.g. ``airflow.example.com``.
    ingress_class_name: Default: ``nginx``.
    tls_secret_name: where cert-manager stores the certificate. Default: ``<platform>-tls``.
    issuer: an existing issuer. Default: None; then give ``lets_encrypt_email``.
    lets_encrypt_email: create a Let's Encrypt ClusterIssuer ``<platform>-letsencrypt`` with an
        HTTP-01 solver on ``ingress_class_name``, registered to this address. Default: None.
    lets_encrypt_staging: use Let's Encrypt's staging server (untrusted certificates, generous
        rate limits) while trying things out. Default: False.
    explicit_certificate: create a Certificate object instead of the ingress-shim annotation. Default: False.
    path: Default: ``/``.
    """

    host: str
    ingress_class_name: str = "nginx"
    tls_secret_name: str | None = None
    issuer: IssuerRef | None = None
    lets_encrypt_email: str | None = None
    lets_encrypt_staging: bool = False
    explicit_certificate: bool = False
    path: str = "/"

    def __post_init__(self) -> None:
        problems = names.name_problems("host", self.host)
        if (self.issuer is None) == (self.lets_encrypt_email is None):
            problems.append("issuer: give an existing issuer or lets_encrypt_email (one of them)")
        if not self.path.startswith("/"):
            problems.append(f"path: {self.path!r} must start with '/'")
        raise_if(problems, "IngressSettings")


class AirflowIngress(deferred.Construct):
    """HTTPS to the web UI / API: an Ingress, its certificate from cert-manager and, with
    ``lets_encrypt_email``, a Let's Encrypt ClusterIssuer.

    Props:
        settings: the ``IngressSettings``.
        name, namespace: of the platform (``name`` prefixes the object names).
        service_name, service_port: the API server's (or webserver's) Service and port.
        labels: on every object.
    """

    def __init__(self, scope: Construct, id: str, *, settings: IngressSettings, name: str, namespace: str,
                 service_name: str, service_port: int, labels: dict[str, str]) -> None:
        super().__init__(scope, id)
        self.settings = settings
        self.tls_secret_name = settings.tls_secret_name or f"{name}-tls"
        self.cluster_issuer: LetsEncryptClusterIssuer | None = None
        issuer = settings.issuer
        if issuer is None:
            self.cluster_issuer = LetsEncryptClusterIssuer(
                self, "ClusterIssuer", name=f"{name}-letsencrypt", email=settings.lets_encrypt_email or "",
                ingress_class_name=settings.ingress_class_name, staging=settings.lets_encrypt_staging, labels=labels,
            )
            issuer = self.cluster_issuer.ref
        self.issuer = issuer
        self.certificate: Certificate | None = None
        annotations: dict[str, str] = {}
        if settings.explicit_certificate:
            self.certificate = Certificate(self, "Certificate", name=self.tls_secret_name, namespace=namespace,
                                           secret_name=self.tls_secret_name, dns_names=[settings.host], issuer=issuer, labels=labels)
        else:
            annotations = ingress_annotations(issuer)  # cert-manager's ingress-shim creates the Certificate
        body: dict[str, Any] = {"spec": {
            "ingressClassName": settings.ingress_class_name,
            "tls": [{"hosts": [settings.host], "secretName": self.tls_secret_name}],
            "rules": [{"host": settings.host, "http": {"paths": [{
                "path": settings.path, "pathType": "Prefix",
                "backend": {"service": {"name": service_name, "port": {"number": service_port}}},
            }]}}],
        }}
        self.ingress = KubeObject(self, "Resource", api_version="networking.k8s.io/v1", kind="Ingress", name=name,
                                  namespace=namespace, labels=labels, annotations=annotations, body=lambda: body)
