"""Where External Secrets Operator reads secrets from: the providers (Azure Key Vault, AWS Secrets Manager,
GCP Secret Manager, Vault), ``SecretStore`` / ``ClusterSecretStore`` and ``StoreRef``.

The stores are ``KubeObject``s with plain-dict bodies in the pinned CRD's field names; how they are checked
against the CRD, and the ``ExternalSecret`` that uses a store, are in ``external_secrets.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal, Mapping, Sequence, Union

from constructs import Construct

from . import deferred
from . import identity, metadata, names
from .errors import raise_if
from .kube_object import KubeObject, sanitized

StoreKind = Literal["SecretStore", "ClusterSecretStore"]
API_VERSION = "external-secrets.io/v1"  # the only version ESO v2.9.0 serves


# --- providers -----------------------------------------------------------------------------------

# Each provider's ``_spec()`` is its entry of ``spec.provider`` (the same for SecretStore and
# ClusterSecretStore), in the CRD's field names; None marks a field left unset.


def _service_account_ref(name: str | None, namespace: str | None) -> dict[str, Any] | None:
    return {"name": name, "namespace": namespace} if name else None


@dataclass(frozen=True, kw_only=True)
class AzureKeyVaultProvider:
    """Azure Key Vault, authenticated with Azure workload identity (``authType: WorkloadIdentity``).

    Props:
        vault_url: the vault's URL, ``https://<vault-name>.vault.azure.net``.
        service_account: the ServiceAccount whose federated token ESO exchanges; it carries the
            ``azure.workload.identity/client-id`` and ``tenant-id`` annotations (see
            ``identity.AzureWorkloadIdentity``).
        service_account_namespace: the ServiceAccount's namespace, for a ClusterSecretStore only.
            Default: the namespace of each ExternalSecret that uses the store.
        tenant_id: the Azure AD tenant. Default: unset, so ESO reads the ServiceAccount's
            ``azure.workload.identity/tenant-id`` annotation.
    """

    vault_url: str
    service_account: str
    service_account_namespace: str | None = None
    tenant_id: str | None = None

    def __post_init__(self) -> None:
        problems = [] if _is_https_url(self.vault_url) else [f"vault_url: {self.vault_url!r} must be an https:// URL such as https://my-vault.vault.azure.net"]
        problems += names.name_problems("service_account", self.service_account)
        problems += names.name_problems("service_account_namespace", self.service_account_namespace, label=True, optional=True)
        if self.tenant_id is not None and (error := identity.uuid_error(self.tenant_id)):
            problems.append(f"tenant_id: {error}")
        raise_if(problems, type(self).__name__)

    def _spec(self) -> dict[str, Any]:
        return {"azurekv": {
            "vaultUrl": self.vault_url,
            "authType": "WorkloadIdentity",
            "serviceAccountRef": _service_account_ref(self.service_account, self.service_account_namespace),
            "tenantId": self.tenant_id,
        }}


@dataclass(frozen=True, kw_only=True)
class AwsSecretsManagerProvider:
    """AWS Secrets Manager (``service: SecretsManager``).

    Authentication, one of:
      * ``service_account``: IRSA, a ServiceAccount annotated with ``eks.amazonaws.com/role-arn``
        (see ``identity.AwsIrsa``); ESO uses its token (``auth.jwt``).
      * ``credentials_secret``: a Secret holding an access key (``auth.secretRef``); prefer IRSA.
      * neither: the operator's own credentials (its pod's IRSA role or the node's role).

    Props:
        region: the AWS region, e.g. ``eu-west-1``.
        role: the ARN of an IAM role to assume after authenticating. Default: none.
        service_account: see above. Default: none.
        credentials_secret: see above. Default: none.
        access_key_id_key: the key of the access key id in ``credentials_secret``. Default: ``"access-key-id"``.
        secret_access_key_key: the key of the secret access key. Default: ``"secret-access-key"``.
        service_account_namespace: namespace of ``service_account`` or ``credentials_secret``, for a
            ClusterSecretStore only. Default: the namespace of each ExternalSecret that uses the store.
    """

    region: str
    role: str | None = None
    service_account: str | None = None
    credentials_secret: str | None = None
    access_key_id_key: str = "access-key-id"
    secret_access_key_key: str = "secret-access-key"
    service_account_namespace: str | None = None

    def __post_init__(self) -> None:
        problems = [] if _AWS_REGION.match(self.region or "") else [f"region: {self.region!r} is not an AWS region such as eu-west-1"]
        if self.role is not None and (error := identity.aws_role_arn_error(self.role)):
            problems.append(f"role: {error}")
        if self.service_account and self.credentials_secret:
            problems.append("service_account: set service_account (IRSA) or credentials_secret, not both")
        problems += names.name_problems("service_account", self.service_account, optional=True)
        problems += names.name_problems("credentials_secret", self.credentials_secret, optional=True)
        problems += names.name_problems("service_account_namespace", self.service_account_namespace, label=True, optional=True)
        for prop in ("access_key_id_key", "secret_access_key_key"):
            if error := _secret_key_error(getattr(self, prop)):
                problems.append(f"{prop}: {error}")
        raise_if(problems, type(self).__name__)

    def _spec(self) -> dict[str, Any]:
        auth = None
        if self.service_account:
            auth = {"jwt": {"serviceAccountRef": _service_account_ref(self.service_account, self.service_account_namespace)}}
        elif self.credentials_secret:
            secret, ns = self.credentials_secret, self.service_account_namespace
            auth = {"secretRef": {
                "accessKeyIDSecretRef": {"name": secret, "key": self.access_key_id_key, "namespace": ns},
                "secretAccessKeySecretRef": {"name": secret, "key": self.secret_access_key_key, "namespace": ns},
            }}
        return {"aws": {"region": self.region, "service": "SecretsManager", "role": self.role, "auth": auth}}


@dataclass(frozen=True, kw_only=True)
class GcpSecretManagerProvider:
    """Google Secret Manager, authenticated with GKE workload identity.

    Props:
        project_id: the Google Cloud project that holds the secrets.
        service_account: a ServiceAccount annotated with ``iam.gke.io/gcp-service-account`` (see
            ``identity.GcpWorkloadIdentity``). Default: none, so ESO uses its own pod's identity.
        service_account_namespace: its namespace, for a ClusterSecretStore only. Default: the
            namespace of each ExternalSecret that uses the store.
        cluster_location, cluster_name, cluster_project_id: the GKE cluster, when ESO cannot read
            them from the metadata server (it runs outside GKE). Default: read from the metadata server.
    """

    project_id: str
    service_account: str | None = None
    service_account_namespace: str | None = None
    cluster_location: str | None = None
    cluster_name: str | None = None
    cluster_project_id: str | None = None

    def __post_init__(self) -> None:
        problems = [] if _GCP_PROJECT.match(self.project_id or "") else [
            f"project_id: {self.project_id!r} is not a Google Cloud project id (6-30 lowercase letters, digits, '-')"]
        problems += names.name_problems("service_account", self.service_account, optional=True)
        problems += names.name_problems("service_account_namespace", self.service_account_namespace, label=True, optional=True)
        if not self.service_account and (self.cluster_location or self.cluster_name or self.cluster_project_id):
            problems.append("cluster_name: the cluster fields only apply with service_account; set it or leave them unset")
        raise_if(problems, type(self).__name__)

    def _spec(self) -> dict[str, Any]:
        auth = None
        if self.service_account:
            auth = {"workloadIdentity": {
                "serviceAccountRef": _service_account_ref(self.service_account, self.service_account_namespace),
                "clusterLocation": self.cluster_location, "clusterName": self.cluster_name, "clusterProjectID": self.cluster_project_id,
            }}
        return {"gcpsm": {"projectID": self.project_id, "auth": auth}}


@dataclass(frozen=True, kw_only=True)
class VaultProvider:
    """HashiCorp Vault (KV engine), authenticated with Vault's Kubernetes auth method.

    Props:
        server: the Vault address, ``https://vault.example.com:8200``.
        role: the Vault role bound to the ServiceAccount (``vault write auth/<mount_path>/role/<role> ...``).
        path: the KV engine's mount path. Default: ``"secret"``.
        version: the KV engine version. Default: ``"v2"``.
        mount_path: where the Kubernetes auth method is mounted. Default: ``"kubernetes"``.
        service_account: the ServiceAccount whose token ESO presents. Default: none, so ESO
            presents its own pod's token.
        service_account_namespace: its namespace, for a ClusterSecretStore only. Default: the
            namespace of each ExternalSecret that uses the store.
        vault_namespace: the Vault Enterprise namespace. Default: none (the root namespace).
    """

    server: str
    role: str
    path: str = "secret"
    version: Literal["v1", "v2"] = "v2"
    mount_path: str = "kubernetes"
    service_account: str | None = None
    service_account_namespace: str | None = None
    vault_namespace: str | None = None

    def __post_init__(self) -> None:
        problems = [] if re.match(r"^https?://[^\s/]+", self.server or "") else [
            f"server: {self.server!r} must be a URL such as https://vault.example.com:8200"]
        if not self.role:
            problems.append("role: must name the Vault Kubernetes auth role")
        for prop in ("path", "mount_path"):
            value = getattr(self, prop)
            if not value or value.startswith("/") or value.endswith("/") or any(c.isspace() for c in value):
                problems.append(f"{prop}: {value!r} must be a Vault mount path without leading or trailing '/' (e.g. 'secret')")
        if self.version not in ("v1", "v2"):
            problems.append(f"version: {self.version!r} must be 'v1' or 'v2'")
        problems += names.name_problems("service_account", self.service_account, optional=True)
        problems += names.name_problems("service_account_namespace", self.service_account_namespace, label=True, optional=True)
        raise_if(problems, type(self).__name__)

    def _spec(self) -> dict[str, Any]:
        kubernetes = {
            "mountPath": self.mount_path, "role": self.role,
            "serviceAccountRef": _service_account_ref(self.service_account, self.service_account_namespace),
        }
        return {"vault": {
            "server": self.server, "path": self.path, "version": self.version,
            "namespace": self.vault_namespace, "auth": {"kubernetes": kubernetes},
        }}


Provider = Union[AzureKeyVaultProvider, AwsSecretsManagerProvider, GcpSecretManagerProvider, VaultProvider]
_PROVIDERS = (AzureKeyVaultProvider, AwsSecretsManagerProvider, GcpSecretManagerProvider, VaultProvider)

_AWS_REGION = re.compile(r"^[a-z]{2}(-[a-z]+)+-\d+$")
_GCP_PROJECT = re.compile(r"^[a-z][-a-z0-9]{4,28}[a-z0-9]$")
_SECRET_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")


def _is_https_url(value: str) -> bool:
    return isinstance(value, str) and bool(re.match(r"^https://[^\s/]+", value))


def _secret_key_error(value: str) -> str | None:
    if not isinstance(value, str) or not _SECRET_KEY.match(value) or len(value) > 253:
        return f"{value!r} must be a Secret key: 1-253 letters, digits, '-', '_' or '.'"
    return None


# --- stores --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreRef:
    """A store by name, for an ExternalSecret to use (``secretStoreRef``): one created elsewhere,
    or ``SecretStore.ref`` / ``ClusterSecretStore.ref``.

    Props:
        name: the store's name.
        kind: ``"SecretStore"`` (same namespace as the ExternalSecret) or ``"ClusterSecretStore"``.
            Default: ``"SecretStore"``.
    """

    name: str
    kind: StoreKind = "SecretStore"

    def __post_init__(self) -> None:
        problems = names.name_problems("name", self.name)
        if self.kind not in ("SecretStore", "ClusterSecretStore"):
            problems.append(f"kind: {self.kind!r} must be 'SecretStore' or 'ClusterSecretStore'")
        raise_if(problems, "StoreRef")


class _Store(deferred.Construct):
    KIND: StoreKind

    def __init__(
        self, scope: Construct, id: str, *, name: str, provider: Provider, namespace: str | None,
        labels: Mapping[str, str] | None, annotations: Mapping[str, str] | None, conditions: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(scope, id)
        labels, annotations = dict(labels or {}), dict(annotations or {})
        problems = names.name_problems("name", name) + names.name_problems("namespace", namespace, label=True, optional=True)
        problems += names.metadata_problems(labels, annotations)
        if not isinstance(provider, _PROVIDERS):
            problems.append(f"provider: must be one of {', '.join(p.__name__ for p in _PROVIDERS)}, not {type(provider).__name__}")
        elif self.KIND == "SecretStore":
            # A SecretStore may only reference objects in its own namespace: ESO rejects any other.
            if provider.service_account_namespace is not None:
                problems.append("provider.service_account_namespace: only a ClusterSecretStore names a namespace; leave it unset")
        raise_if(problems, f"{self.KIND} {name!r}")

        self.name = name
        self.provider = provider
        spec = {"provider": provider._spec(), "conditions": conditions}
        self.api_object = KubeObject(
            self, "Resource", api_version=API_VERSION, kind=self.KIND, name=name, namespace=namespace,
            labels=metadata.component_labels("secret-store", labels), annotations=annotations,
            body=lambda: {"spec": sanitized(spec)}, cluster_scoped=self.KIND == "ClusterSecretStore",
        )

    @property
    def ref(self) -> StoreRef:
        """This store as an ExternalSecret's ``store``."""
        return StoreRef(self.name, self.KIND)


class SecretStore(_Store):
    """A namespaced ESO store (``external-secrets.io/v1`` SecretStore): ExternalSecrets in the same
    namespace read through it.

    Props:
        name: the store's name (DNS-1123 subdomain).
        provider: where the secrets live: ``AzureKeyVaultProvider``, ``AwsSecretsManagerProvider``,
            ``GcpSecretManagerProvider`` or ``VaultProvider``.
        namespace: the store's namespace. Default: the chart's namespace.
        labels: extra labels. Default: none (``app.kubernetes.io/component: secret-store`` and
            ``app.kubernetes.io/managed-by`` are always set).
        annotations: annotations. Default: none.

    Attributes: ``name``, ``provider``, ``ref`` (a ``StoreRef``), ``api_object`` (a ``KubeObject``;
    ``add_json_patch`` works on it).
    """

    KIND = "SecretStore"

    def __init__(
        self, scope: Construct, id: str, *, name: str, provider: Provider, namespace: str | None = None,
        labels: Mapping[str, str] | None = None, annotations: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id, name=name, provider=provider, namespace=namespace, labels=labels, annotations=annotations)


class ClusterSecretStore(_Store):
    """A cluster-wide ESO store (``external-secrets.io/v1`` ClusterSecretStore): ExternalSecrets in
    any namespace (or only those in ``namespaces``) read through it.

    Props:
        name: the store's name (DNS-1123 subdomain).
        provider: as for ``SecretStore``; its ``service_account_namespace`` may name the namespace
            of the ServiceAccount (or Secret) it authenticates with.
        namespaces: the namespaces whose ExternalSecrets may use the store (``conditions``).
            Default: all namespaces.
        labels: extra labels. Default: none.
        annotations: annotations. Default: none.

    Attributes: ``name``, ``provider``, ``ref``, ``api_object``. The object carries no namespace,
    even in a chart that has one.
    """

    KIND = "ClusterSecretStore"

    def __init__(
        self, scope: Construct, id: str, *, name: str, provider: Provider, namespaces: Sequence[str] = (),
        labels: Mapping[str, str] | None = None, annotations: Mapping[str, str] | None = None,
    ) -> None:
        namespaces = list(namespaces)
        problems = [p for i, ns in enumerate(namespaces) for p in names.name_problems(f"namespaces[{i}]", ns, label=True)]
        raise_if(problems, f"ClusterSecretStore {name!r}")
        conditions = [{"namespaces": namespaces}] if namespaces else None
        super().__init__(scope, id, name=name, provider=provider, namespace=None, labels=labels, annotations=annotations, conditions=conditions)
