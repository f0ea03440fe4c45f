"""External Secrets Operator (ESO): a store says where secrets live, an ExternalSecret says which
Kubernetes Secret to make from them. Only references reach the YAML, never a secret value.

The objects are emitted through the typed bindings generated from the pinned CRDs
(``imports/io/external_secrets``, API ``external-secrets.io/v1``, the only one ESO v2.9.0 serves).
They are imported on first use, not at module import: loading their jsii assembly takes about a
second, which ``import airflow_cdk8s`` should not pay.

Why these objects do not go through the lazy ``KubeObject`` path like every other object: the typed
bindings are the one place where the CRD's own field names and types are enforced while the construct
is built (a misspelt or mistyped field is an error in Python, at the line that wrote it), and
the bindings are regenerated from the pinned CRD (``make import``), so a hand-written dict could drift
from the CRD unseen. The price, one jsii round trip per object, is paid only by charts that have them.

Example (the Azure Key Vault store and ExternalSecret of the AKS guide)::

    store = SecretStore(chart, "AzureStore", name="azure-store", provider=AzureKeyVaultProvider(
        vault_url="https://my-vault.vault.azure.net", service_account="airflow"))
    ExternalSecret(chart, "LogsSecret", name="airflow-logs-secrets", store=store, data=[
        SecretData("azurestorageaccountname", "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME"),
        SecretData("azurestorageaccountkey", "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY"),
    ])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Literal, Mapping, Sequence, Union

import cdk8s
from constructs import Construct

from . import identity, metadata, names
from .errors import ValuesError, raise_if
from .kube_object import drop_chart_namespace

if TYPE_CHECKING:
    from .imports.io import external_secrets as _eso_types

__all__ = [
    "AwsSecretsManagerProvider",
    "AzureKeyVaultProvider",
    "ClusterSecretStore",
    "CreationPolicy",
    "Extract",
    "ExternalSecret",
    "Find",
    "GcpSecretManagerProvider",
    "Provider",
    "SecretData",
    "SecretStore",
    "SecretTemplate",
    "StoreKind",
    "StoreRef",
    "VaultProvider",
]

StoreKind = Literal["SecretStore", "ClusterSecretStore"]
CreationPolicy = Literal["Owner", "Orphan", "Merge", "None"]
CREATION_POLICIES: tuple[str, ...] = ("Owner", "Orphan", "Merge", "None")


def _bindings() -> Any:
    from .imports.io import external_secrets  # noqa: PLC0415 - lazy on purpose (jsii assembly load)

    return external_secrets




# --- providers -----------------------------------------------------------------------------------

# SecretStore and ClusterSecretStore have the same provider schema but separate generated classes
# (SecretStoreSpecProviderAws, ClusterSecretStoreSpecProviderAws...): ``t("SpecProviderAws")`` picks
# the class for the store being built.
TypeOf = Callable[[str], Any]


def _service_account_ref(t: TypeOf, cls: str, name: str | None, namespace: str | None) -> Any:
    return t(cls)(name=name, namespace=namespace) if name else None


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

    def _binding(self, t: TypeOf) -> dict[str, Any]:
        return {"azurekv": t("SpecProviderAzurekv")(
            vault_url=self.vault_url,
            auth_type=t("SpecProviderAzurekvAuthType").WORKLOAD_IDENTITY,
            service_account_ref=_service_account_ref(t, "SpecProviderAzurekvServiceAccountRef", self.service_account, self.service_account_namespace),
            tenant_id=self.tenant_id,
        )}


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

    def _binding(self, t: TypeOf) -> dict[str, Any]:
        auth = None
        if self.service_account:
            auth = t("SpecProviderAwsAuth")(jwt=t("SpecProviderAwsAuthJwt")(
                service_account_ref=_service_account_ref(t, "SpecProviderAwsAuthJwtServiceAccountRef", self.service_account, self.service_account_namespace)))
        elif self.credentials_secret:
            ns = self.service_account_namespace
            auth = t("SpecProviderAwsAuth")(secret_ref=t("SpecProviderAwsAuthSecretRef")(
                access_key_id_secret_ref=t("SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef")(name=self.credentials_secret, key=self.access_key_id_key, namespace=ns),
                secret_access_key_secret_ref=t("SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef")(name=self.credentials_secret, key=self.secret_access_key_key, namespace=ns),
            ))
        return {"aws": t("SpecProviderAws")(
            region=self.region, service=t("SpecProviderAwsService").SECRETS_MANAGER, role=self.role, auth=auth,
        )}


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

    def _binding(self, t: TypeOf) -> dict[str, Any]:
        auth = None
        if self.service_account:
            auth = t("SpecProviderGcpsmAuth")(workload_identity=t("SpecProviderGcpsmAuthWorkloadIdentity")(
                service_account_ref=_service_account_ref(t, "SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef", self.service_account, self.service_account_namespace),
                cluster_location=self.cluster_location, cluster_name=self.cluster_name, cluster_project_id=self.cluster_project_id,
            ))
        return {"gcpsm": t("SpecProviderGcpsm")(project_id=self.project_id, auth=auth)}


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

    def _binding(self, t: TypeOf) -> dict[str, Any]:
        kubernetes = t("SpecProviderVaultAuthKubernetes")(
            mount_path=self.mount_path, role=self.role,
            service_account_ref=_service_account_ref(t, "SpecProviderVaultAuthKubernetesServiceAccountRef", self.service_account, self.service_account_namespace),
        )
        return {"vault": t("SpecProviderVault")(
            server=self.server, path=self.path, version=t("SpecProviderVaultVersion")[self.version.upper()],
            namespace=self.vault_namespace, auth=t("SpecProviderVaultAuth")(kubernetes=kubernetes),
        )}


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


class _Store(Construct):
    KIND: StoreKind

    def __init__(
        self, scope: Construct, id: str, *, name: str, provider: Provider, namespace: str | None,
        labels: Mapping[str, str] | None, annotations: Mapping[str, str] | None, conditions: Any = None,
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
        eso = _bindings()

        def t(suffix: str) -> Any:
            return getattr(eso, self.KIND + suffix)

        spec = t("Spec")(provider=t("SpecProvider")(**provider._binding(t)), conditions=conditions)
        self.api_object: _eso_types.SecretStore | _eso_types.ClusterSecretStore = t("")(
            self, "Resource",
            metadata=cdk8s.ApiObjectMetadata(
                name=name, namespace=namespace, labels=metadata.component_labels("secret-store", labels), annotations=annotations or None,
            ),
            spec=spec,
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

    Attributes: ``name``, ``provider``, ``ref`` (a ``StoreRef``), ``api_object`` (the generated
    ``SecretStore``; ``add_json_patch`` works on it).
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
        conditions = None
        if namespaces:
            conditions = [_bindings().ClusterSecretStoreSpecConditions(namespaces=namespaces)]
        super().__init__(scope, id, name=name, provider=provider, namespace=None, labels=labels, annotations=annotations, conditions=conditions)
        drop_chart_namespace(self.api_object)


# --- ExternalSecret ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SecretData:
    """One key of the target Secret, from one remote secret (an entry of ``spec.data``).

    Props:
        secret_key: the key in the Kubernetes Secret (``secretKey``).
        remote_key: the secret's name/path in the provider (``remoteRef.key``).
        property: a field of a JSON remote secret (``remoteRef.property``). Default: the whole value.
        version: the remote secret's version (``remoteRef.version``). Default: the latest.
    """

    secret_key: str
    remote_key: str
    property: str | None = None
    version: str | None = None

    def __post_init__(self) -> None:
        problems = [f"secret_key: {e}"] if (e := _secret_key_error(self.secret_key)) else []
        if not self.remote_key:
            problems.append("remote_key: must name the secret in the provider")
        raise_if(problems, "SecretData")


@dataclass(frozen=True)
class Extract:
    """Every field of one JSON remote secret becomes a key of the target Secret (``dataFrom[].extract``).

    Props:
        key: the remote secret's name/path.
        property: a nested JSON field to extract from. Default: the top level.
        version: the remote secret's version. Default: the latest.
    """

    key: str
    property: str | None = None
    version: str | None = None

    def __post_init__(self) -> None:
        raise_if([] if self.key else ["key: must name the secret in the provider"], "Extract")


@dataclass(frozen=True, kw_only=True)
class Find:
    """Every remote secret that matches becomes a key of the target Secret (``dataFrom[].find``).

    Props (set ``name_regexp`` or ``tags``, or both):
        name_regexp: a regular expression on secret names (``name.regexp``). Default: none.
        tags: tags (labels) the secrets must carry. Default: none.
        path: only secrets under this path. Default: anywhere.
    """

    name_regexp: str | None = None
    tags: Mapping[str, str] = field(default_factory=dict)
    path: str | None = None

    def __post_init__(self) -> None:
        raise_if([] if self.name_regexp or self.tags else ["name_regexp: set name_regexp or tags, or ESO would match every secret"], "Find")


@dataclass(frozen=True, kw_only=True)
class SecretTemplate:
    """Shape of the target Secret (``target.template``): type, Go-template data, metadata.

    Props:
        type: the Secret type, e.g. ``"kubernetes.io/dockerconfigjson"``. Default: ``Opaque``.
        data: key -> template over the fetched keys, e.g.
            ``{"url": "postgresql://{{ .user }}:{{ .password }}@db:5432/airflow"}``. Default: the
            fetched keys as they are.
        labels: labels of the Secret. Default: none.
        annotations: annotations of the Secret. Default: none.
    """

    type: str | None = None
    data: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    annotations: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        problems = [f"data: {e}" for key in self.data if (e := _secret_key_error(key))]
        problems += names.metadata_problems(self.labels, self.annotations)
        raise_if(problems, "SecretTemplate")


class ExternalSecret(Construct):
    """An ESO ExternalSecret (``external-secrets.io/v1``): ESO creates and refreshes a Kubernetes
    Secret from a store; the YAML holds only the references.

    Props:
        name: the ExternalSecret's name (DNS-1123 subdomain).
        store: the store to read from: a ``SecretStore``, ``ClusterSecretStore`` or ``StoreRef``.
        data: keys fetched one by one (``SecretData``). Default: none.
        data_from: whole secrets (``Extract``) or searches (``Find``). Default: none. Set ``data``,
            ``data_from`` or both.
        refresh_interval: how often ESO re-reads the provider, a Go duration ("1h", "15m", "30s";
            "0" fetches once). Default: ``"1h"``.
        target_name: the Secret ESO writes. Default: the ExternalSecret's ``name``.
        creation_policy: ``"Owner"`` (ESO creates the Secret and owns it: deleted with the
            ExternalSecret), ``"Orphan"`` (creates it, keeps it), ``"Merge"`` (adds keys to an
            existing Secret) or ``"None"`` (writes nothing). Default: ``"Owner"``.
        template: the Secret's type, templated data and metadata (``SecretTemplate``). Default:
            an Opaque Secret with the fetched keys.
        namespace: the ExternalSecret's (and Secret's) namespace. Default: the chart's namespace.
        labels: extra labels. Default: none (``app.kubernetes.io/component: external-secret`` and
            ``app.kubernetes.io/managed-by`` are always set).
        annotations: annotations. Default: none.

    Attributes: ``name``, ``target_name``, ``secret_keys`` (keys from ``data``), ``api_object``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        store: SecretStore | ClusterSecretStore | StoreRef,
        data: Sequence[SecretData] = (),
        data_from: Sequence[Extract | Find] = (),
        refresh_interval: str = "1h",
        target_name: str | None = None,
        creation_policy: CreationPolicy = "Owner",
        template: SecretTemplate | None = None,
        namespace: str | None = None,
        labels: Mapping[str, str] | None = None,
        annotations: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        data, data_from = list(data), list(data_from)
        labels, annotations = dict(labels or {}), dict(annotations or {})
        target_name = name if target_name is None else target_name
        problems = names.name_problems("name", name) + names.name_problems("target_name", target_name)
        problems += names.name_problems("namespace", namespace, label=True, optional=True) + names.metadata_problems(labels, annotations)
        if not isinstance(store, (SecretStore, ClusterSecretStore, StoreRef)):
            problems.append(f"store: must be a SecretStore, ClusterSecretStore or StoreRef, not {type(store).__name__}")
        if not data and not data_from:
            problems.append("data: set data, data_from or both; otherwise the Secret would be empty")
        problems += [f"data[{i}]: must be a SecretData, not {type(d).__name__}" for i, d in enumerate(data) if not isinstance(d, SecretData)]
        problems += [f"data_from[{i}]: must be an Extract or a Find, not {type(d).__name__}"
                     for i, d in enumerate(data_from) if not isinstance(d, (Extract, Find))]
        seen: dict[str, int] = {}
        for i, item in enumerate(data):
            if not isinstance(item, SecretData):
                continue
            if item.secret_key in seen:
                problems.append(f"data[{i}].secret_key: {item.secret_key!r} is already the key of data[{seen[item.secret_key]}]")
            seen.setdefault(item.secret_key, i)
        if error := names.duration_error(refresh_interval):
            problems.append(f"refresh_interval: {error}")
        if creation_policy not in CREATION_POLICIES:
            problems.append(f"creation_policy: {creation_policy!r} must be one of {', '.join(CREATION_POLICIES)}")
        if template is not None and not isinstance(template, SecretTemplate):
            problems.append(f"template: must be a SecretTemplate, not {type(template).__name__}")
        raise_if(problems, f"ExternalSecret {name!r}")

        self.name = name
        self.target_name = target_name
        self.secret_keys = [d.secret_key for d in data]
        self._only_data = not data_from
        ref = store if isinstance(store, StoreRef) else store.ref
        eso = _bindings()
        spec = eso.ExternalSecretSpec(
            secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(
                name=ref.name, kind=eso.ExternalSecretSpecSecretStoreRefKind[_enum_name(ref.kind)],
            ),
            refresh_interval=refresh_interval,
            target=eso.ExternalSecretSpecTarget(
                name=target_name,
                creation_policy=eso.ExternalSecretSpecTargetCreationPolicy[_enum_name(creation_policy)],
                template=_template(eso, template) if template else None,
            ),
            data=[
                eso.ExternalSecretSpecData(secret_key=d.secret_key, remote_ref=eso.ExternalSecretSpecDataRemoteRef(
                    key=d.remote_key, property=d.property, version=d.version))
                for d in data
            ] or None,
            data_from=[_data_from(eso, d) for d in data_from] or None,
        )
        self.api_object: _eso_types.ExternalSecret = eso.ExternalSecret(
            self, "Resource",
            metadata=cdk8s.ApiObjectMetadata(
                name=name, namespace=namespace, labels=metadata.component_labels("external-secret", labels), annotations=annotations or None,
            ),
            spec=spec,
        )

    def value_from(self, secret_key: str) -> dict[str, Any]:
        """An env var's ``valueFrom`` reading ``secret_key`` of the target Secret (for ``add_env``)."""
        if self._only_data and secret_key not in self.secret_keys:
            raise ValuesError([f"secret_key: {secret_key!r} is not one of {self.secret_keys}"], f"ExternalSecret {self.name!r}")
        return {"secretKeyRef": {"name": self.target_name, "key": secret_key}}


def _enum_name(value: str) -> str:
    """Generated enum member for a CRD value: "ClusterSecretStore" -> CLUSTER_SECRET_STORE."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", value).upper()


def _data_from(eso: Any, item: Extract | Find) -> Any:
    if isinstance(item, Extract):
        return eso.ExternalSecretSpecDataFrom(extract=eso.ExternalSecretSpecDataFromExtract(
            key=item.key, property=item.property, version=item.version))
    return eso.ExternalSecretSpecDataFrom(find=eso.ExternalSecretSpecDataFromFind(
        name=eso.ExternalSecretSpecDataFromFindName(regexp=item.name_regexp) if item.name_regexp else None,
        tags=dict(item.tags) or None, path=item.path,
    ))


def _template(eso: Any, template: SecretTemplate) -> Any:
    meta = None
    if template.labels or template.annotations:
        meta = eso.ExternalSecretSpecTargetTemplateMetadata(
            labels=dict(template.labels) or None, annotations=dict(template.annotations) or None)
    return eso.ExternalSecretSpecTargetTemplate(type=template.type, data=dict(template.data) or None, metadata=meta)
