"""External Secrets Operator (ESO): a store says where secrets live, an ExternalSecret says which
Kubernetes Secret to make from them. Only references reach the YAML, never a secret value.

The objects (API ``external-secrets.io/v1``, the only one ESO v2.9.0 serves) are ``KubeObject``s with
plain-dict bodies in the field names of the pinned CRDs (``checks/crds``), rendered in Python like every
other object, without the generated typed classes in ``imports/`` (their jsii assembly alone takes about
0.2 s of CPU to load, and each of their objects is built in Node). What those classes checked while an object was
built, field names and types, is checked against the pinned CRDs' openAPIV3Schema instead, with unknown
fields rejected: by tests/test_crd_objects.py on every object these modules can emit (every provider,
store kind and option), and by ``--check DIR`` on an output folder.

Example (the Azure Key Vault store and ExternalSecret of the AKS guide)::

    store = SecretStore(chart, "AzureStore", name="azure-store", provider=AzureKeyVaultProvider(
        vault_url="https://my-vault.vault.azure.net", service_account="airflow"))
    ExternalSecret(chart, "LogsSecret", name="airflow-logs-secrets", store=store, data=[
        SecretData("azurestorageaccountname", "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME"),
        SecretData("azurestorageaccountkey", "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY"),
    ])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Sequence

from constructs import Construct

from . import deferred
from . import metadata, names
from .errors import ValuesError, raise_if
from .kube_object import KubeObject, sanitized
from .secret_stores import (
    API_VERSION,
    AwsSecretsManagerProvider,
    AzureKeyVaultProvider,
    ClusterSecretStore,
    GcpSecretManagerProvider,
    Provider,
    SecretStore,
    StoreKind,
    StoreRef,
    VaultProvider,
    _secret_key_error,
)

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

CreationPolicy = Literal["Owner", "Orphan", "Merge", "None"]
CREATION_POLICIES: tuple[str, ...] = ("Owner", "Orphan", "Merge", "None")


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


class ExternalSecret(deferred.Construct):
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

    Attributes: ``name``, ``target_name``, ``secret_keys`` (keys from ``data``), ``api_object`` (a ``KubeObject``).
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
        spec = {
            "secretStoreRef": {"name": ref.name, "kind": ref.kind},
            "refreshInterval": refresh_interval,
            "target": {
                "name": target_name,
                "creationPolicy": creation_policy,
                "template": _template(template) if template else None,
            },
            "data": [
                {"secretKey": d.secret_key, "remoteRef": {"key": d.remote_key, "property": d.property, "version": d.version}}
                for d in data
            ] or None,
            "dataFrom": [_data_from(d) for d in data_from] or None,
        }
        self.api_object = KubeObject(
            self, "Resource", api_version=API_VERSION, kind="ExternalSecret", name=name, namespace=namespace,
            labels=metadata.component_labels("external-secret", labels), annotations=annotations,
            body=lambda: {"spec": sanitized(spec)},
        )

    def value_from(self, secret_key: str) -> dict[str, Any]:
        """An env var's ``valueFrom`` reading ``secret_key`` of the target Secret (for ``add_env``)."""
        if self._only_data and secret_key not in self.secret_keys:
            raise ValuesError([f"secret_key: {secret_key!r} is not one of {self.secret_keys}"], f"ExternalSecret {self.name!r}")
        return {"secretKeyRef": {"name": self.target_name, "key": secret_key}}


def _data_from(item: Extract | Find) -> dict[str, Any]:
    if isinstance(item, Extract):
        return {"extract": {"key": item.key, "property": item.property, "version": item.version}}
    return {"find": {
        "name": {"regexp": item.name_regexp} if item.name_regexp else None,
        "tags": dict(item.tags) or None, "path": item.path,
    }}


def _template(template: SecretTemplate) -> dict[str, Any]:
    meta = None
    if template.labels or template.annotations:
        meta = {"labels": dict(template.labels) or None, "annotations": dict(template.annotations) or None}
    return {"type": template.type, "data": dict(template.data) or None, "metadata": meta}
