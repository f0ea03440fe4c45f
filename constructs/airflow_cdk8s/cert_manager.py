"""cert-manager: Let's Encrypt issuers, references to existing issuers, and explicit Certificates.

An Ingress usually needs no Certificate object: the ``cert-manager.io/cluster-issuer`` (or
``cert-manager.io/issuer``) annotation from ``ingress_annotations(issuer)`` makes cert-manager create
one for the Ingress's ``tls`` hosts. Use ``Certificate`` for TLS that no Ingress terminates.

Objects are ``KubeObject``s (API ``cert-manager.io/v1``) with plain-dict bodies in the field names of the
pinned cert-manager v1.21.1 CRDs, rendered in Python like every other object. What the generated typed
classes used to check while an object was built (field names, types), tests/test_crd_objects.py checks on
every object this module can emit, against the pinned CRDs' openAPIV3Schema; ``--check DIR`` does the same on
an output folder.

Example::

    issuer = LetsEncryptClusterIssuer(chart, "LetsEncrypt", name="letsencrypt-prod",
                                      email="platform@example.com", ingress_class_name="nginx")
    annotations = ingress_annotations(issuer)   # {"cert-manager.io/cluster-issuer": "letsencrypt-prod"}
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Mapping, Sequence, Union

from constructs import Construct

from . import deferred
from . import metadata, names
from .errors import ValuesError, raise_if
from .kube_object import KubeObject, sanitized

__all__ = [
    "Certificate",
    "IssuerKind",
    "IssuerRef",
    "LETSENCRYPT_PRODUCTION",
    "LETSENCRYPT_STAGING",
    "LetsEncryptClusterIssuer",
    "LetsEncryptIssuer",
    "ingress_annotations",
]

LETSENCRYPT_PRODUCTION = "https://acme-v02.api.letsencrypt.org/directory"
# Untrusted certificates, but rate limits high enough to try a setup out.
LETSENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory"

IssuerKind = Literal["ClusterIssuer", "Issuer"]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DNS_NAME = re.compile(r"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
API_VERSION = "cert-manager.io/v1"


@dataclass(frozen=True)
class IssuerRef:
    """An issuer by name: one created elsewhere, or ``LetsEncrypt(Cluster)Issuer.ref``.

    Props:
        name: the issuer's name.
        kind: ``"ClusterIssuer"`` (cluster-wide) or ``"Issuer"`` (same namespace as its user).
            Default: ``"ClusterIssuer"``.
    """

    name: str
    kind: IssuerKind = "ClusterIssuer"

    def __post_init__(self) -> None:
        problems = names.name_problems("name", self.name)
        if self.kind not in ("ClusterIssuer", "Issuer"):
            problems.append(f"kind: {self.kind!r} must be 'ClusterIssuer' or 'Issuer'")
        raise_if(problems, "IssuerRef")


class _LetsEncrypt(deferred.Construct):
    KIND: IssuerKind

    def __init__(
        self, scope: Construct, id: str, *, name: str, email: str, ingress_class_name: str, staging: bool,
        private_key_secret_name: str | None, namespace: str | None,
        labels: Mapping[str, str] | None, annotations: Mapping[str, str] | None,
    ) -> None:
        super().__init__(scope, id)
        labels, annotations = dict(labels or {}), dict(annotations or {})
        key_secret = private_key_secret_name or f"{name}-account-key"
        problems = names.name_problems("name", name) + names.name_problems("namespace", namespace, label=True, optional=True)
        problems += names.name_problems("private_key_secret_name", key_secret)
        if not isinstance(email, str) or not _EMAIL.match(email):
            problems.append(f"email: {email!r} is not an email address (Let's Encrypt sends expiry notices there)")
        if not ingress_class_name:
            problems.append("ingress_class_name: must name the IngressClass that serves the HTTP-01 challenge (e.g. 'nginx')")
        else:
            problems += names.name_problems("ingress_class_name", ingress_class_name)
        problems += names.metadata_problems(labels, annotations)
        raise_if(problems, f"{self.KIND} {name!r}")

        self.name = name
        self.server = LETSENCRYPT_STAGING if staging else LETSENCRYPT_PRODUCTION
        self.private_key_secret_name = key_secret
        # ClusterIssuer and Issuer share one schema.
        spec = {"acme": {
            "server": self.server,
            "email": email,
            "privateKeySecretRef": {"name": key_secret},
            "solvers": [{"http01": {"ingress": {"ingressClassName": ingress_class_name}}}],
        }}
        self.api_object = KubeObject(
            self, "Resource", api_version=API_VERSION, kind=self.KIND, name=name, namespace=namespace,
            labels=metadata.component_labels("issuer", labels), annotations=annotations,
            body=lambda: {"spec": sanitized(spec)}, cluster_scoped=self.KIND == "ClusterIssuer",
        )

    @property
    def ref(self) -> IssuerRef:
        """This issuer as an ``IssuerRef`` (for ``Certificate`` and ``ingress_annotations``)."""
        return IssuerRef(self.name, self.KIND)


class LetsEncryptClusterIssuer(_LetsEncrypt):
    """A cert-manager ClusterIssuer for Let's Encrypt (ACME) with an HTTP-01 solver; usable from every namespace.

    Props:
        name: the issuer's name, e.g. ``"letsencrypt-prod"``.
        email: the ACME account's email (expiry and problem notices).
        ingress_class_name: the IngressClass that routes the HTTP-01 challenge, e.g. ``"nginx"``.
        staging: use Let's Encrypt's staging server (untrusted certificates, high rate limits) to
            try a setup out. Default: False (production).
        private_key_secret_name: the Secret cert-manager creates for the ACME account key (in the
            cert-manager namespace). Default: ``"<name>-account-key"``.
        labels: extra labels. Default: none.
        annotations: annotations. Default: none.

    Attributes: ``name``, ``server`` (the ACME URL), ``private_key_secret_name``, ``ref``, ``api_object`` (a ``KubeObject``).
    The object carries no namespace, even in a chart that has one.
    """

    KIND = "ClusterIssuer"

    def __init__(
        self, scope: Construct, id: str, *, name: str, email: str, ingress_class_name: str, staging: bool = False,
        private_key_secret_name: str | None = None,
        labels: Mapping[str, str] | None = None, annotations: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, email=email, ingress_class_name=ingress_class_name, staging=staging,
            private_key_secret_name=private_key_secret_name, namespace=None, labels=labels, annotations=annotations,
        )


class LetsEncryptIssuer(_LetsEncrypt):
    """A namespaced cert-manager Issuer for Let's Encrypt with an HTTP-01 solver; only Ingresses and
    Certificates in its own namespace can use it.

    Props:
        name: the issuer's name, e.g. ``"letsencrypt"``.
        email: the ACME account's email (expiry and problem notices).
        ingress_class_name: the IngressClass that routes the HTTP-01 challenge, e.g. ``"nginx"``.
        staging: use Let's Encrypt's staging server (untrusted certificates, high rate limits) to
            try a setup out. Default: False (production).
        private_key_secret_name: the Secret cert-manager creates for the ACME account key.
            Default: ``"<name>-account-key"``.
        namespace: the issuer's namespace (where the account key Secret is kept too).
            Default: the chart's namespace.
        labels: extra labels. Default: none.
        annotations: annotations. Default: none.

    Example::

        import cdk8s
        from airflow_cdk8s import Certificate, LetsEncryptIssuer

        chart = cdk8s.Chart(cdk8s.App(), "airflow", namespace="airflow")
        issuer = LetsEncryptIssuer(chart, "Issuer", name="letsencrypt", email="ops@example.com",
                                   ingress_class_name="nginx")
        Certificate(chart, "Certificate", name="airflow", secret_name="airflow-tls",
                    dns_names=["airflow.example.com"], issuer=issuer)
    """

    KIND = "Issuer"

    def __init__(
        self, scope: Construct, id: str, *, name: str, email: str, ingress_class_name: str, staging: bool = False,
        private_key_secret_name: str | None = None, namespace: str | None = None,
        labels: Mapping[str, str] | None = None, annotations: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, email=email, ingress_class_name=ingress_class_name, staging=staging,
            private_key_secret_name=private_key_secret_name, namespace=namespace, labels=labels, annotations=annotations,
        )


IssuerLike = Union[IssuerRef, LetsEncryptClusterIssuer, LetsEncryptIssuer]


def _as_ref(issuer: IssuerLike, source: str) -> IssuerRef:
    if isinstance(issuer, IssuerRef):
        return issuer
    if isinstance(issuer, _LetsEncrypt):
        return issuer.ref
    raise ValuesError([f"issuer: must be an IssuerRef or a LetsEncrypt(Cluster)Issuer, not {type(issuer).__name__}"], source)


def ingress_annotations(issuer: IssuerLike) -> dict[str, str]:
    """The Ingress annotation that makes cert-manager issue the certificate of its ``tls`` hosts:
    ``cert-manager.io/cluster-issuer: <name>`` or, for an Issuer, ``cert-manager.io/issuer: <name>``."""
    ref = _as_ref(issuer, "ingress_annotations")
    key = "cert-manager.io/cluster-issuer" if ref.kind == "ClusterIssuer" else "cert-manager.io/issuer"
    return {key: ref.name}


class Certificate(deferred.Construct):
    """A cert-manager Certificate: cert-manager keeps a TLS key pair for ``dns_names`` in ``secret_name``.

    Props:
        name: the Certificate's name.
        secret_name: the ``kubernetes.io/tls`` Secret cert-manager writes.
        dns_names: the DNS names (``*.example.com`` wildcards need a DNS-01 solver).
        issuer: an ``IssuerRef`` or a ``LetsEncrypt(Cluster)Issuer``.
        duration: the certificate's lifetime, a Go duration ("2160h"). Default: the issuer's
            (90 days for Let's Encrypt).
        renew_before: renew this long before expiry, a Go duration ("360h"). Default: cert-manager's
            (a third of the lifetime).
        namespace: the Certificate's (and Secret's) namespace. Default: the chart's namespace.
        labels: extra labels. Default: none.
        annotations: annotations. Default: none.

    Attributes: ``name``, ``secret_name``, ``api_object`` (a ``KubeObject``).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        secret_name: str,
        dns_names: Sequence[str],
        issuer: IssuerLike,
        duration: str | None = None,
        renew_before: str | None = None,
        namespace: str | None = None,
        labels: Mapping[str, str] | None = None,
        annotations: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        source = f"Certificate {name!r}"
        dns_names = [dns_names] if isinstance(dns_names, str) else list(dns_names)
        labels, annotations = dict(labels or {}), dict(annotations or {})
        problems = names.name_problems("name", name) + names.name_problems("secret_name", secret_name)
        problems += names.name_problems("namespace", namespace, label=True, optional=True) + names.metadata_problems(labels, annotations)
        if not dns_names:
            problems.append("dns_names: list at least one DNS name")
        problems += [f"dns_names[{i}]: {n!r} is not a DNS name (lowercase, optionally starting with '*.')"
                     for i, n in enumerate(dns_names) if not (isinstance(n, str) and _DNS_NAME.match(n) and len(n) <= 253)]
        for prop, value in (("duration", duration), ("renew_before", renew_before)):
            if value is not None and (error := names.duration_error(value)):
                problems.append(f"{prop}: {error}")
        if duration and renew_before and not names.duration_error(duration) and not names.duration_error(renew_before):
            if names.duration_seconds(renew_before) >= names.duration_seconds(duration):  # type: ignore[operator]
                problems.append(f"renew_before: {renew_before!r} must be shorter than duration {duration!r}")
        try:
            ref = _as_ref(issuer, source)
        except ValuesError as error:
            problems += error.problems
        raise_if(problems, source)

        self.name = name
        self.secret_name = secret_name
        spec = {
            "secretName": secret_name,
            "dnsNames": dns_names,
            "issuerRef": {"name": ref.name, "kind": ref.kind, "group": "cert-manager.io"},
            "duration": duration,
            "renewBefore": renew_before,
        }
        self.api_object = KubeObject(
            self, "Resource", api_version=API_VERSION, kind="Certificate", name=name, namespace=namespace,
            labels=metadata.component_labels("certificate", labels), annotations=annotations,
            body=lambda: {"spec": sanitized(spec)},
        )
