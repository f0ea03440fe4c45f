"""The Remote Execution Agent's Helm ``values.yaml`` as a typed model (pure Python, no cdk8s).

Field names are the chart's keys in snake_case; the camelCase keys of the values file are the
aliases, so ``AgentValues.model_validate(yaml_dict)`` reads a values file and
``AgentValues(namespace=..., workers=[WorkerValues(name=...)])`` is the Python API.
Defaults are the ones documented in the values reference; where the reference documents none,
the default is ours and says so.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic.alias_generators import to_camel

from .. import kube_fields, names

SUPPORTED_SECRET_BACKENDS = (
    "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend",
    "airflow.providers.microsoft.azure.secrets.key_vault.AzureKeyVaultBackend",
    "airflow.providers.google.cloud.secrets.secret_manager.CloudSecretManagerBackend",
    "airflow.providers.hashicorp.secrets.vault.VaultBackend",
    "airflow.secrets.local_filesystem.LocalFilesystemBackend",
)
DEFAULT_XCOM_BACKEND = "airflow.providers.common.io.xcom.backend.XComObjectStorageBackend"
HEALTH_PORT = 39091


class ValuesProblems(ValueError):
    """Several problems found at once, each as (relative values path, message)."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{p}: {m}" if p else m for p, m in problems))


def _raise_if(problems: list[tuple[str, str]]) -> None:
    if problems:
        raise ValuesProblems(problems)


# ---- scalar and fragment types -------------------------------------------------------------


def _quantity(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"{value!r} is not a Kubernetes quantity (examples: 500m, 1, 4Gi)")
    text = str(value)
    if error := names.quantity_error(text):
        raise ValueError(error)
    return text


Quantity = Annotated[str, BeforeValidator(_quantity), WithJsonSchema({"type": ["string", "number"]})]


def _fragment(definition: str):
    """A raw Kubernetes fragment checked against the 1.27 schema of ``definition``."""

    def check(value: Any) -> Any:
        if value is None:
            return value
        problems = kube_fields.fragment_errors(definition, value)
        if definition == kube_fields.ENV_VAR and "fileRef" in json.dumps(value):
            problems.insert(0, (
                ".valueFrom.fileRef: is not a Kubernetes field (the OpenLineage reference example is wrong); "
                "use openLineage.apiKeySecret (a Secret) or openLineage.vault (a Vault agent renders the key) instead"
            ))
        _raise_if([(p.partition(": ")[0].lstrip("."), p.partition(": ")[2]) for p in problems])
        return value

    return BeforeValidator(check)


EnvVar = Annotated[dict[str, Any], _fragment(kube_fields.ENV_VAR)]
Volume = Annotated[dict[str, Any], _fragment(kube_fields.VOLUME)]
VolumeMount = Annotated[dict[str, Any], _fragment(kube_fields.VOLUME_MOUNT)]
Toleration = Annotated[dict[str, Any], _fragment(kube_fields.TOLERATION)]
Affinity = Annotated[dict[str, Any], _fragment(kube_fields.AFFINITY)]
Probe = Annotated[dict[str, Any], _fragment(kube_fields.PROBE)]
Container = Annotated[dict[str, Any], _fragment(kube_fields.CONTAINER)]
PodSecurityContext = Annotated[dict[str, Any], _fragment(kube_fields.POD_SECURITY_CONTEXT)]
SecurityContext = Annotated[dict[str, Any], _fragment(kube_fields.SECURITY_CONTEXT)]
HpaMetric = Annotated[dict[str, Any], _fragment(kube_fields.HPA_METRIC)]
HpaBehavior = Annotated[dict[str, Any], _fragment(kube_fields.HPA_BEHAVIOR)]


def _metadata_problems(field: str, mapping: dict[str, str], *, label_values: bool) -> list[tuple[str, str]]:
    problems = []
    for key, value in mapping.items():
        if error := names.qualified_key_error(key):
            problems.append((f"{field}.{key}", error))
        elif label_values and (error := names.label_value_error(value)):
            problems.append((f"{field}.{key}", error))
    return problems


def default_probe() -> dict[str, Any]:
    """The probe of the values reference's triggerer example (path with its leading slash)."""
    return {
        "httpGet": {"path": "/healthz", "port": HEALTH_PORT},
        "initialDelaySeconds": 30,
        "periodSeconds": 5,
        "failureThreshold": 3,
        "successThreshold": 1,
        "timeoutSeconds": 5,
    }


# ---- models --------------------------------------------------------------------------------


class _Values(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        frozen=True,
        validate_default=True,
    )


class Resources(_Values):
    """Requests and limits, as in a container's ``resources``. Keys: cpu, memory, ephemeral-storage..."""

    requests: dict[str, Quantity] = {}
    limits: dict[str, Quantity] = {}

    def to_k8s(self) -> dict[str, Any]:
        return {k: dict(sorted(v.items())) for k, v in (("limits", self.limits), ("requests", self.requests)) if v}


class ServiceAccountValues(_Values):
    """A component's ServiceAccount. Default: created, named after the component."""

    create: bool = True
    name: str | None = None
    annotations: dict[str, str] = {}

    @model_validator(mode="after")
    def _check(self) -> "ServiceAccountValues":
        problems = _metadata_problems("annotations", self.annotations, label_values=False)
        if self.name is not None and (error := names.dns1123_subdomain_error(self.name)):
            problems.append(("name", error))
        _raise_if(problems)
        return self


class LegacyMetricTarget(_Values):
    """``{type: Value, Value: 10}`` as the Astro UI generates it (``value`` also accepted)."""

    type: Literal["Value", "AverageValue"] = "Value"
    value: Quantity = Field(validation_alias=AliasChoices("Value", "value"))


class LegacyMetric(_Values):
    """The generated single ``metric`` block: an external metric with a target value."""

    enabled: bool = True
    name: str
    target: LegacyMetricTarget


def _one_spelling(data: Any, *pairs: tuple[str, str]) -> Any:
    if isinstance(data, dict):
        both = [f"{a} and {b}" for a, b in pairs if a in data and b in data]
        _raise_if([("", f"set only one of {x} (they are two spellings of one setting)") for x in both])
    return data


class HpaValues(_Values):
    """HorizontalPodAutoscaler of a worker. Both key spellings are read (``minReplicas`` / ``minReplicaCount``)."""

    enabled: bool = False
    min_replicas: int = Field(1, ge=1, validation_alias=AliasChoices("minReplicas", "minReplicaCount", "min_replicas"))
    max_replicas: int = Field(10, ge=1, validation_alias=AliasChoices("maxReplicas", "maxReplicaCount", "max_replicas"))
    metrics: list[HpaMetric] = []
    metric: LegacyMetric | None = None
    extra_metrics: list[HpaMetric] = []
    behavior: HpaBehavior | None = None

    @model_validator(mode="before")
    @classmethod
    def _spellings(cls, data: Any) -> Any:
        return _one_spelling(data, ("minReplicas", "minReplicaCount"), ("maxReplicas", "maxReplicaCount"))

    @model_validator(mode="after")
    def _check(self) -> "HpaValues":
        if self.max_replicas < self.min_replicas:
            _raise_if([("maxReplicas", f"({self.max_replicas}) is below minReplicas ({self.min_replicas})")])
        return self

    def all_metrics(self) -> list[dict[str, Any]]:
        """Metrics in Kubernetes form: ``metrics``, the legacy ``metric``, then ``extraMetrics``."""
        result = list(self.metrics)
        if self.metric is not None and self.metric.enabled:
            target = {"type": self.metric.target.type}
            target["value" if self.metric.target.type == "Value" else "averageValue"] = self.metric.target.value
            result.append({"type": "External", "external": {"metric": {"name": self.metric.name}, "target": target}})
        result.extend(self.extra_metrics)
        if not result:  # what the API server would default to, written out so the output says it
            result.append({"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 80}}})
        return result


class PodValues(_Values):
    """What every agent component's pod accepts (the triggerer table of the values reference)."""

    image: str | None = None
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = None
    resources: Resources = Resources()
    env: list[EnvVar] = []
    liveness_probe: Probe | None = Field(default_factory=default_probe)
    readiness_probe: Probe | None = Field(default_factory=default_probe)
    pod_security_context: PodSecurityContext | None = None
    container_security_context: SecurityContext | None = None
    init_containers: list[Container] = []
    extra_containers: list[Container] = []
    volumes: list[Volume] = []
    volume_mounts: list[VolumeMount] = []
    node_selector: dict[str, str] | None = None
    affinity: Affinity | None = None
    tolerations: list[Toleration] = []
    termination_grace_period_seconds: int | None = Field(None, ge=0)
    command: list[str] | None = None
    args: list[str] | None = None

    @model_validator(mode="after")
    def _check_pod(self) -> "PodValues":
        problems = []
        declared = {v["name"] for v in self.volumes}
        for i, name in enumerate(m["name"] for m in self.volume_mounts):
            if name not in declared:
                problems.append((f"volumeMounts[{i}].name", f"{name!r} is not in volumes (declared: {sorted(declared)})"))
        seen: set[str] = set()
        for field in ("initContainers", "extraContainers"):
            for i, c in enumerate(getattr(self, to_snake(field))):
                if error := names.dns1123_label_error(c["name"]):
                    problems.append((f"{field}[{i}].name", error))
                if c["name"] in seen:
                    problems.append((f"{field}[{i}].name", f"{c['name']!r} is used by another container"))
                seen.add(c["name"])
        _raise_if(problems)
        return self


def to_snake(camel: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in camel)


class WorkerValues(PodValues):
    """One worker Deployment (an entry of ``workers``)."""

    name: str = "default-worker"
    replicas: int = Field(1, ge=0)
    queues: str = "default"
    sync_slots: int | None = Field(None, ge=1)
    hpa: HpaValues = HpaValues()
    service_account: ServiceAccountValues = ServiceAccountValues()
    termination_grace_period_seconds: int | None = Field(600, ge=0)
    resources: Resources = Resources(  # our default: the reference documents none
        requests={"cpu": "1", "memory": "2Gi"}, limits={"cpu": "2", "memory": "4Gi"}
    )

    def effective_service_account(self, shared: ServiceAccountValues) -> ServiceAccountValues:
        """This worker's ``serviceAccount`` keys where set, else the shared ``serviceAccount.workers`` ones."""
        mine = self.service_account
        pick = lambda key: getattr(mine if key in mine.model_fields_set else shared, key)  # noqa: E731
        return ServiceAccountValues(
            create=pick("create"), name=pick("name"), annotations={**shared.annotations, **mine.annotations}
        )

    @model_validator(mode="after")
    def _check_worker(self) -> "WorkerValues":
        problems = []
        if error := names.dns1123_label_error(self.name):
            problems.append(("name", error))
        if not [q for q in self.queues.split(",") if q.strip()]:
            problems.append(("queues", "must name at least one queue (comma-separated)"))
        if self.hpa.enabled:
            used = {(m.get("resource") or {}).get("name") for m in self.hpa.all_metrics() if m.get("type") == "Resource"}
            for resource in sorted(r for r in used if r and r not in self.resources.requests):
                problems.append((f"resources.requests.{resource}", f"must be set: hpa scales on {resource} utilization, which is relative to the request"))
        _raise_if(problems)
        return self


_COMPONENT_RESOURCES = Resources(
    requests={"cpu": "1", "ephemeral-storage": "1Gi", "memory": "2Gi"},
    limits={"cpu": "1", "ephemeral-storage": "1Gi", "memory": "2Gi"},
)


class DagProcessorValues(PodValues):
    """The DAG processor: the triggerer's shape without replicas and asyncSlots."""

    enabled: bool = True
    resources: Resources = _COMPONENT_RESOURCES
    termination_grace_period_seconds: int | None = Field(60, ge=0)


class TriggererValues(DagProcessorValues):
    """The triggerer (documented defaults: 1 replica, 1000 async slots, 1 CPU / 2Gi / 1Gi)."""

    replicas: int = Field(1, ge=0)
    async_slots: int = Field(1000, ge=1)


class LoggingSidecarValues(_Values):
    """A Vector sidecar in worker and triggerer pods that ships task logs; config in ConfigMap ``<name>-cm``."""

    enabled: bool = False
    name: str = "logging-sidecar"
    image: str = "timberio/vector:0.45.0-debian"
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = None
    resources: Resources = Resources(requests={"cpu": "500m", "memory": "256Mi"}, limits={"cpu": "500m", "memory": "256Mi"})
    config: str | dict[str, Any] | None = Field(None, description="vector.yaml as text or mapping; default ships logs to stdout")
    env: list[EnvVar] = []

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if error := names.dns1123_label_error(value):
            raise ValueError(error)
        return value


class VaultValues(_Values):
    """Read one value from HashiCorp Vault with a Vault agent in the agent's pods (our extension of the values format)."""

    address: str
    role: str
    path: str = Field(description="KV v2 secret path, e.g. secret/data/openlineage/api-key")
    key: str = "key"
    auth_path: str = "auth/kubernetes"
    mode: Literal["init", "sidecar"] = "init"
    image: str = "hashicorp/vault:1.13.1"

    @model_validator(mode="after")
    def _check(self) -> "VaultValues":
        problems = []
        if not self.address.startswith(("https://", "http://")):
            problems.append(("address", f"{self.address!r} must be a URL such as https://vault.example.com"))
        if not self.role:
            problems.append(("role", "is required (the Vault Kubernetes auth role)"))
        if not self.path or self.path.startswith("/"):
            problems.append(("path", f"{self.path!r} must be a KV v2 secret path such as secret/data/openlineage/api-key"))
        if not self.key.replace("_", "a").isalnum():
            problems.append(("key", f"{self.key!r} must be letters, digits and '_'"))
        _raise_if(problems)
        return self

    def connection(self) -> tuple:
        """What two Vault blocks must share to be served by one agent."""
        return (self.address, self.role, self.auth_path, self.mode, self.image)


class OpenLineageValues(_Values):
    """OpenLineage: the key as a pre-created Secret (``apiKeySecret``, key ``api-key``), from Vault
    (``vault``), or, with the plaintext opt-in, ``apiKey``."""

    enabled: bool = False
    url: str | None = None
    namespace: str | None = None
    api_key: SecretStr | None = None
    api_key_secret: str | None = None
    vault: VaultValues | None = None

    @model_validator(mode="after")
    def _check(self) -> "OpenLineageValues":
        problems = []
        if self.enabled:
            for field in ("url", "namespace"):
                if not getattr(self, field):
                    problems.append((field, "is required when OpenLineage is enabled (it is pre-filled in the values.yaml the Astro UI generates)"))
            methods = [k for k, v in (("apiKey", self.api_key), ("apiKeySecret", self.api_key_secret), ("vault", self.vault)) if v]
            if len(methods) > 1:
                problems.append((methods[1], f"set one of apiKey, apiKeySecret, vault (found {', '.join(methods)})"))
        if self.api_key_secret and (error := names.dns1123_subdomain_error(self.api_key_secret)):
            problems.append(("apiKeySecret", error))
        _raise_if(problems)
        return self


class SentinelValues(PodValues):
    """Sentinel health monitoring (agent 1.2.0+); enabled by default, as Astronomer recommends.

    It watches the agent's pods through the Kubernetes API (a Role in the namespace).
    """

    enabled: bool = True
    replicas: int = Field(1, ge=0)
    resources: Resources = Resources(requests={"cpu": "100m", "memory": "128Mi"}, limits={"cpu": "500m", "memory": "256Mi"})
    service_account: ServiceAccountValues = ServiceAccountValues()
    termination_grace_period_seconds: int | None = Field(30, ge=0)


class ServiceAccountsValues(_Values):
    """The top-level ``serviceAccount`` block of generated values files."""

    annotations: dict[str, str] = {}
    workers: ServiceAccountValues = ServiceAccountValues()
    dag_processor: ServiceAccountValues = ServiceAccountValues()
    triggerer: ServiceAccountValues = ServiceAccountValues()


class AgentValues(_Values):
    """The whole values file of the Remote Execution Agent chart."""

    # Agent authentication: exactly one.
    agent_token: SecretStr | None = None
    agent_token_secret_name: str | None = None
    agent_token_file: str | None = None
    agent_token_vault: VaultValues | None = None
    # Registry access: exactly one.
    image_pull_secret_name: str | None = None
    image_pull_secret_data: SecretStr | None = None

    namespace: str
    create_namespace: bool = True
    resource_name_prefix: str = "astro-agent"
    image: str
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] = "IfNotPresent"
    astro_deployment_api_url: str | None = Field(None, alias="astroDeploymentAPIURL")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] | None = None

    secret_backend: str
    xcom_backend: str = DEFAULT_XCOM_BACKEND
    dag_bundle_config_list: Annotated[str, WithJsonSchema({
        "description": "JSON list of DAG bundles ({name, classpath, kwargs}); a YAML list is accepted too",
        "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "object"}}],
    })]
    common_env: list[EnvVar] = []

    workers: list[WorkerValues] = [WorkerValues()]
    triggerer: TriggererValues = TriggererValues()
    dag_processor: DagProcessorValues = DagProcessorValues()
    logging_sidecar: LoggingSidecarValues = LoggingSidecarValues()
    open_lineage: OpenLineageValues = Field(
        OpenLineageValues(), validation_alias=AliasChoices("openLineage", "openlineage", "open_lineage")
    )
    sentinel: SentinelValues = SentinelValues()

    pod_security_context: PodSecurityContext | None = None
    container_security_context: SecurityContext | None = None
    service_account: ServiceAccountsValues = ServiceAccountsValues()
    annotations: dict[str, str] = {}
    labels: dict[str, str] = {}

    @model_validator(mode="before")
    @classmethod
    def _spellings(cls, data: Any) -> Any:
        return _one_spelling(data, ("openLineage", "openlineage"))

    @field_validator("secret_backend")
    @classmethod
    def _secret_backend(cls, value: str) -> str:
        if value not in SUPPORTED_SECRET_BACKENDS:
            raise ValueError(f"{value!r} is not supported; use one of: " + ", ".join(SUPPORTED_SECRET_BACKENDS))
        return value

    @field_validator("dag_bundle_config_list", mode="before")
    @classmethod
    def _bundles(cls, value: Any) -> str:
        # A YAML list is accepted too and written out as the JSON string Airflow reads.
        text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, separators=(",", ":"))
        try:
            bundles = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"is not valid JSON ({error.msg} at character {error.pos})") from None
        if not isinstance(bundles, list) or not bundles:
            raise ValueError('must be a JSON list of bundles, e.g. [{"name": "dags", "classpath": "...", "kwargs": {}}]')
        problems = []
        for i, bundle in enumerate(bundles):
            if not isinstance(bundle, dict):
                problems.append((f"[{i}]", "must be an object with name, classpath and kwargs"))
                continue
            for key in ("name", "classpath"):
                if not isinstance(bundle.get(key), str) or not bundle[key]:
                    problems.append((f"[{i}].{key}", "is required (a non-empty string)"))
            if "kwargs" in bundle and not isinstance(bundle["kwargs"], dict):
                problems.append((f"[{i}].kwargs", "must be an object"))
            for key in sorted(set(bundle) - {"name", "classpath", "kwargs"}):
                problems.append((f"[{i}].{key}", "unknown bundle key (expected name, classpath, kwargs)"))
        _raise_if(problems)
        return text

    @model_validator(mode="after")
    def _check(self) -> "AgentValues":
        problems: list[tuple[str, str]] = []
        token = [k for k, v in (("agentToken", self.agent_token), ("agentTokenSecretName", self.agent_token_secret_name),
                                ("agentTokenFile", self.agent_token_file), ("agentTokenVault", self.agent_token_vault)) if v]
        if len(token) != 1:
            problems.append(("agentTokenSecretName", f"set exactly one of agentToken, agentTokenSecretName, agentTokenFile, agentTokenVault (found {', '.join(token) or 'none'})"))
        lineage_vault = self.open_lineage.vault if self.open_lineage.enabled else None
        if lineage_vault and self.agent_token_vault and lineage_vault.connection() != self.agent_token_vault.connection():
            problems.append(("openLineage.vault", "must use the same address, role, authPath, mode and image as agentTokenVault (one Vault agent serves both)"))
        pull = [k for k, v in (("imagePullSecretName", self.image_pull_secret_name), ("imagePullSecretData", self.image_pull_secret_data)) if v]
        if len(pull) != 1:
            problems.append(("imagePullSecretName", f"set exactly one of imagePullSecretName, imagePullSecretData (found {', '.join(pull) or 'none'})"))
        for field, value in (("namespace", self.namespace), ("resourceNamePrefix", self.resource_name_prefix)):
            if error := names.dns1123_label_error(value):
                problems.append((field, error))
        for field, value in (("agentTokenSecretName", self.agent_token_secret_name), ("imagePullSecretName", self.image_pull_secret_name)):
            if value and (error := names.dns1123_subdomain_error(value)):
                problems.append((field, error))
        if not self.workers:
            problems.append(("workers", "must list at least one worker"))
        seen: dict[str, int] = {}
        for i, worker in enumerate(self.workers):
            if worker.name in seen:
                problems.append((f"workers[{i}].name", f"{worker.name!r} is also the name of workers[{seen[worker.name]}]"))
            seen.setdefault(worker.name, i)
            # Longest generated name: "<prefix>-worker-<name>" must stay a DNS-1123 label (Deployment pods).
            if len(f"{self.resource_name_prefix}-worker-{worker.name}") > 63:
                problems.append((f"workers[{i}].name", f"'{self.resource_name_prefix}-worker-{worker.name}' is longer than 63 characters; shorten the name or resourceNamePrefix"))
        problems += _metadata_problems("labels", self.labels, label_values=True)
        problems += _metadata_problems("annotations", self.annotations, label_values=False)
        problems += [(f"serviceAccount.{p}", m) for p, m in _metadata_problems("annotations", self.service_account.annotations, label_values=False)]
        _raise_if(problems)
        return self
