"""The Remote Execution Agent's Helm ``values.yaml`` as a typed model (pure Python, no cdk8s).

Field names are the chart's keys in snake_case; the camelCase keys of the values file are the
aliases, so ``AgentValues.model_validate(yaml_dict)`` reads a values file and
``AgentValues(namespace=..., workers=[WorkerValues(name=...)])`` is the Python API.
Defaults are the ones documented in the values reference; where the reference documents none,
the default is ours and says so.
"""

from __future__ import annotations

import functools
import json
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal


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

from .. import kube_fields, names, safe_yaml
from ..checks import apiserver
from ..errors import ValuesError, raise_if

SUPPORTED_SECRET_BACKENDS = (
    "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend",
    "airflow.providers.microsoft.azure.secrets.key_vault.AzureKeyVaultBackend",
    "airflow.providers.google.cloud.secrets.secret_manager.CloudSecretManagerBackend",
    "airflow.providers.hashicorp.secrets.vault.VaultBackend",
    "airflow.secrets.local_filesystem.LocalFilesystemBackend",
)
DEFAULT_XCOM_BACKEND = "airflow.providers.common.io.xcom.backend.XComObjectStorageBackend"
HEALTH_PORT = 39091
# The images the chart-2.0 values file (agent 1.6.0) pins; a values file or a component may set its own.
DEFAULT_AGENT_IMAGE = "images.astronomer.cloud/baseimages/astro-remote-execution-agent:3.2-2-python-3.13-astro-agent-1.6.0"
DEFAULT_SENTINEL_IMAGE = "images.astronomer.cloud/baseimages/astro-remote-execution-sentinel:1.6.0"
SENTINEL_PORT = 8080
SENTINEL_UID = 5000  # the Sentinel image's user and group (the agent images use 50000)


# ---- scalar and fragment types -------------------------------------------------------------


def _quantity(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"{value!r} is not a Kubernetes quantity (examples: 500m, 1, 4Gi)")
    text = str(value)
    if error := names.quantity_error(text):
        raise ValueError(error)
    return text


Quantity = Annotated[str, BeforeValidator(_quantity), WithJsonSchema({"type": ["string", "number"]})]


def _empty_as_unset(value: Any) -> Any:
    # Helm values files write "" for "not set" (e.g. agentToken: "" next to agentTokenSecretName).
    return None if value == "" else value


OptionalText = Annotated[str | None, BeforeValidator(_empty_as_unset)]
OptionalSecret = Annotated[SecretStr | None, BeforeValidator(_empty_as_unset)]


def _fragment(definition: str, rules: str | None = None):
    """A raw Kubernetes fragment checked against the 1.27 schema of ``definition`` and, once that
    passes, against the API server's rules for ``rules`` (a kind of ``apiserver.fragment_problems``)."""

    def check(value: Any) -> Any:
        if value is None:
            return value
        problems = kube_fields.fragment_errors(definition, value)
        if definition == kube_fields.ENV_VAR and "fileRef" in json.dumps(value):
            problems.insert(0, (
                ".valueFrom.fileRef: is not a Kubernetes field (the OpenLineage reference example is wrong); "
                "use openLineage.apiKeySecret (a Secret) or openLineage.vault (a Vault agent renders the key) instead"
            ))
        found = [(p.partition(": ")[0].lstrip("."), p.partition(": ")[2]) for p in problems]
        if not found and rules:
            found = _api_server_problems(rules, value)
        raise_if(found)
        return value

    return BeforeValidator(check)


def _api_server_problems(rules: str, value: Any) -> list[tuple[str, str]]:
    """``apiserver.fragment_problems``, each distinct fragment checked once (worker groups repeat them)."""
    try:
        key = json.dumps(value, sort_keys=True)
    except (TypeError, ValueError):  # not JSON (odd YAML input): check without the cache
        return apiserver.fragment_problems(rules, value)
    return list(_cached_api_server_problems(rules, key))


@functools.lru_cache(maxsize=4096)
def _cached_api_server_problems(rules: str, key: str) -> tuple[tuple[str, str], ...]:
    return tuple(apiserver.fragment_problems(rules, json.loads(key)))


def helm_string(value: Any) -> str:
    """The string Helm's ``quote`` renders for a YAML scalar (Go's ``fmt`` of the value Helm parsed).

    Helm reads numbers as float64, so ``1000000`` renders as ``1e+06``; null renders as empty.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _go_float(float(value))
    return str(value)


def _go_float(number: float) -> str:
    # strconv.FormatFloat(f, 'g', -1, 64): shortest digits, exponent form below 1e-4 or from 1e+06 on.
    if number != number or number in (float("inf"), float("-inf")):
        return {True: "+Inf", False: "-Inf"}[number > 0] if number == number else "NaN"
    if number == 0:
        return "0"
    sign, digits, exponent = Decimal(repr(number)).normalize().as_tuple()
    text = "".join(map(str, digits))
    point = len(text) + exponent  # position of the decimal point in the digit string
    exp = point - 1
    prefix = "-" if sign else ""
    if exp < -4 or exp >= 6:
        mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
        return f"{prefix}{mantissa}e{'-' if exp < 0 else '+'}{abs(exp):02d}"
    if point <= 0:
        return f"{prefix}0.{'0' * -point}{text}"
    if point >= len(text):
        return prefix + text + "0" * (point - len(text))
    return f"{prefix}{text[:point]}.{text[point:]}"


def _env_scalar(value: Any) -> Any:
    # Helm renders `value: True` (a YAML boolean) as "true"; Kubernetes needs the string. The loader
    # says so on stderr (loader.env_notices); the Python API converts silently.
    if isinstance(value, dict) and "value" in value and not isinstance(value["value"], (str, dict, list)):
        return {**value, "value": helm_string(value["value"])}
    return value


EnvVar = Annotated[dict[str, Any], _fragment(kube_fields.ENV_VAR, "EnvVar"), BeforeValidator(_env_scalar)]
Volume = Annotated[dict[str, Any], _fragment(kube_fields.VOLUME, "Volume")]
VolumeMount = Annotated[dict[str, Any], _fragment(kube_fields.VOLUME_MOUNT, "VolumeMount")]
Toleration = Annotated[dict[str, Any], _fragment(kube_fields.TOLERATION, "Toleration")]
Affinity = Annotated[dict[str, Any], _fragment(kube_fields.AFFINITY, "Affinity")]
LivenessProbe = Annotated[dict[str, Any], _fragment(kube_fields.PROBE, "livenessProbe")]
ReadinessProbe = Annotated[dict[str, Any], _fragment(kube_fields.PROBE, "readinessProbe")]
Container = Annotated[dict[str, Any], _fragment(kube_fields.CONTAINER, "Container")]
InitContainer = Annotated[dict[str, Any], _fragment(kube_fields.CONTAINER, "InitContainer")]
PodSecurityContext = Annotated[dict[str, Any], _fragment(kube_fields.POD_SECURITY_CONTEXT)]
SecurityContext = Annotated[dict[str, Any], _fragment(kube_fields.SECURITY_CONTEXT)]
HpaMetric = Annotated[dict[str, Any], _fragment(kube_fields.HPA_METRIC)]
HpaBehavior = Annotated[dict[str, Any], _fragment(kube_fields.HPA_BEHAVIOR)]
NetworkPolicyPeer = Annotated[dict[str, Any], _fragment(kube_fields.NETWORK_POLICY_PEER)]


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

    requests: dict[str, Quantity] = Field({}, description="Minimum resources allocated to the container (cpu, memory...)")
    limits: dict[str, Quantity] = Field({}, description="Maximum resources the container can use (cpu, memory...)")

    def to_k8s(self) -> dict[str, Any]:
        return {k: dict(sorted(v.items())) for k, v in (("limits", self.limits), ("requests", self.requests)) if v}

    @model_validator(mode="after")
    def _check(self) -> "Resources":
        # The API server's rules: resource names that exist, requests <= limits (hugepages, extended).
        raise_if(_api_server_problems("ResourceRequirements", self.to_k8s()))
        return self


class ServiceAccountValues(_Values):
    """A component's ServiceAccount. Default: created, named after the component."""

    create: bool = Field(True, description="Whether the chart creates the service account; false to use a pre-existing one")
    name: str | None = Field(None, description="Custom service account name; default: the component's Deployment name")
    annotations: dict[str, str] = Field({}, description="Annotations on the service account, e.g. an IAM role (IRSA) or identity")

    @model_validator(mode="after")
    def _check(self) -> "ServiceAccountValues":
        problems = _metadata_problems("annotations", self.annotations, label_values=False)
        if self.name is not None and (error := names.dns1123_subdomain_error(self.name)):
            problems.append(("name", error))
        raise_if(problems)
        return self


class LegacyMetricTarget(_Values):
    """``{type: Value, Value: 10}`` as the Astro UI generates it (``value`` also accepted)."""

    type: Literal["Value", "AverageValue"] = Field("Value", description="Value: the metric's total; AverageValue: per Pod")
    value: Quantity = Field(
        validation_alias=AliasChoices("Value", "value"), description="Target value of the metric (key Value in generated files)"
    )


class LegacyMetric(_Values):
    """The generated single ``metric`` block: a custom metric described on the worker's Deployment
    (an HPA ``Object`` metric), e.g. ``astro_agent_client_queued_or_running_tasks`` served by a
    Prometheus adapter from the worker's ``astro_agent_client_queue_stats`` series."""

    enabled: bool = Field(True, description="Whether the HPA scales on this metric")
    name: str = Field(description="Name of the custom metric on the worker Deployment, as the metrics adapter serves it")
    target: LegacyMetricTarget = Field(description="Target of the metric, e.g. {type: Value, Value: 10}")


def _one_spelling(data: Any, *pairs: tuple[str, str]) -> Any:
    if isinstance(data, dict):
        both = [f"{a} and {b}" for a, b in pairs if a in data and b in data]
        raise_if([("", f"set only one of {x} (they are two spellings of one setting)") for x in both])
    return data


class HpaValues(_Values):
    """HorizontalPodAutoscaler of a worker. Both key spellings are read (``minReplicas`` / ``minReplicaCount``)."""

    enabled: bool = Field(False, description="Enable the Horizontal Pod Autoscaler for this worker; replicas is then ignored")
    min_replicas: int = Field(
        1, ge=1, validation_alias=AliasChoices("minReplicas", "minReplicaCount", "min_replicas"),
        description="Minimum number of worker Pod replicas",
    )
    max_replicas: int = Field(
        10, ge=1, validation_alias=AliasChoices("maxReplicas", "maxReplicaCount", "max_replicas"),
        description="Maximum number of worker Pod replicas",
    )
    metrics: list[HpaMetric] = Field([], description=(
        "Metric targets the HPA scales on (Kubernetes HPA metrics spec); if no metric is set anywhere, 80% average CPU"))
    metric: LegacyMetric | None = Field(None, description=(
        "One custom metric described on the worker Deployment (an Object metric), as the Astro UI generates it; added to metrics"))
    extra_metrics: list[HpaMetric] = Field([], description="More metric targets (Kubernetes HPA metrics spec), added to metrics")
    behavior: HpaBehavior | None = Field(None, description="Scale-up and scale-down behavior (Kubernetes HPA behavior spec)")

    @model_validator(mode="before")
    @classmethod
    def _spellings(cls, data: Any) -> Any:
        return _one_spelling(data, ("minReplicas", "minReplicaCount"), ("maxReplicas", "maxReplicaCount"))

    @model_validator(mode="after")
    def _check(self) -> "HpaValues":
        if self.max_replicas < self.min_replicas:
            raise_if([("maxReplicas", f"({self.max_replicas}) is below minReplicas ({self.min_replicas})")])
        raise_if(self._api_server_problems())
        return self

    def _api_server_problems(self) -> list[tuple[str, str]]:
        """What the API server would reject in the HPA these values make, as values paths (the schema
        admits e.g. ``behavior.scaleUp.policies: []``; the API server does not)."""
        from ..checks import apiserver  # late: the checks import the values' fragment types' module

        sources = ([f"metrics[{i}]" for i in range(len(self.metrics))]
                   + (["metric"] if self.metric is not None and self.metric.enabled else [])
                   + [f"extraMetrics[{i}]" for i in range(len(self.extra_metrics))])
        spec: dict[str, Any] = {
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "worker"},
            "minReplicas": self.min_replicas, "maxReplicas": self.max_replicas, "metrics": self.all_metrics("worker"),
        }
        if self.behavior:
            spec["behavior"] = self.behavior
        hpa = {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "worker"}, "spec": spec}
        problems = []
        for line in apiserver.check_object(hpa):
            field, _, message = line.partition(": ")
            field = field.removeprefix("spec.")
            if field.startswith("metrics["):
                index, _, rest = field[len("metrics["):].partition("]")
                if int(index) >= len(sources):
                    continue  # the CPU default we write out ourselves
                field = sources[int(index)] + rest
            problems.append((field, message))
        return problems

    def all_metrics(self, deployment: str = "") -> list[dict[str, Any]]:
        """Metrics in Kubernetes form: ``metrics``, the UI's ``metric`` (an Object metric described on
        the worker Deployment named ``deployment``), then ``extraMetrics``."""
        result = list(self.metrics)
        if self.metric is not None and self.metric.enabled:
            target = {"type": self.metric.target.type}
            target["value" if self.metric.target.type == "Value" else "averageValue"] = self.metric.target.value
            result.append({"type": "Object", "object": {
                "describedObject": {"apiVersion": "apps/v1", "kind": "Deployment", "name": deployment},
                "metric": {"name": self.metric.name},
                "target": target,
            }})
        result.extend(self.extra_metrics)
        if not result:  # what the API server would default to, written out so the output says it
            result.append({"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 80}}})
        return result


class PodValues(_Values):
    """What every agent component's pod accepts (the triggerer table of the values reference)."""

    _OUR_VOLUMES: ClassVar[tuple[str, ...]] = ("tmp", "task-logs")  # volumes the component adds itself
    _MAIN_CONTAINER: ClassVar[str] = "worker"  # the component's own container

    image: str | None = Field(None, description="Docker image for this component. Defaults to the top-level image if not set.")
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = Field(
        None, description="Image pull policy for this component. Defaults to the top-level imagePullPolicy if not set."
    )
    resources: Resources = Field(Resources(), description="Requests and limits of the component's container")
    env: list[EnvVar] = Field([], description=(
        "Environment variables specific to this component; they replace commonEnv variables of the same name"))
    liveness_probe: LivenessProbe | None = Field(default_factory=default_probe, description="Liveness probe; null: none")
    readiness_probe: ReadinessProbe | None = Field(default_factory=default_probe, description="Readiness probe; null: none")
    pod_security_context: PodSecurityContext | None = Field(None, description=(
        "Pod security context, merged key by key over the top-level podSecurityContext and the restricted defaults"))
    container_security_context: SecurityContext | None = Field(None, description=(
        "Security context of the main container, merged over the top-level containerSecurityContext and the restricted defaults"))
    init_containers: list[InitContainer] = Field([], description="Init containers to add to the component's Pods")
    extra_containers: list[Container] = Field([], description="Sidecar containers to add to the component's Pods")
    volumes: list[Volume] = Field([], description="Additional volumes to mount on the component's Pods")
    volume_mounts: list[VolumeMount] = Field([], description="Mount paths for the additional volumes in the main container")
    node_selector: dict[str, str] | None = Field(None, description="Kubernetes node selector for scheduling the component's Pods")
    affinity: Affinity | None = Field(None, description="Affinity rules for the component's Pods")
    tolerations: list[Toleration] = Field([], description="Kubernetes tolerations for scheduling the component's Pods")
    termination_grace_period_seconds: int | None = Field(None, ge=0, description=(
        "Seconds the Pod gets to finish its work before it is killed; default: the Kubernetes one (30)"))
    command: list[str] | None = Field(None, description="Overrides the main container's command (default: the image entrypoint)")
    args: list[str] | None = Field(None, description="Overrides the main container's args (default: the component, e.g. worker)")

    @model_validator(mode="after")
    def _check_pod(self) -> "PodValues":
        problems = []
        declared = {v["name"] for v in self.volumes} | set(self._OUR_VOLUMES)
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
                elif c["name"] == self._MAIN_CONTAINER:
                    problems.append((f"{field}[{i}].name", f"{c['name']!r} is the component's own container; "
                                                           "a pod has one container of each name: choose another"))
                seen.add(c["name"])
        raise_if(problems)
        return self


def to_snake(camel: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in camel)


class WorkerValues(PodValues):
    """One worker Deployment (an entry of ``workers``)."""

    name: str = Field("default-worker", description=(
        "Unique identifier for the worker Deployment, used in Kubernetes resource names ({resourceNamePrefix}-worker-{name})"))
    replicas: int = Field(1, ge=0, description="Number of worker Pod replicas. Ignored when hpa.enabled is true.")
    queues: str = Field("default", description=(
        "Comma-separated list of Airflow queues this worker listens on (ASTRO_AGENT_WORKER_QUEUES)"))
    sync_slots: int | None = Field(None, ge=1, description=(
        "Tasks a worker Pod runs at once (ASTRO_AGENT_WORKER_SYNC_SLOTS); default: the agent's"))
    hpa: HpaValues = Field(HpaValues(), description="Horizontal Pod Autoscaler of this worker")
    service_account: ServiceAccountValues = Field(ServiceAccountValues(), description=(
        "This worker's service account (default name {resourceNamePrefix}-worker-{name}); keys set here win over "
        "serviceAccount.workers"))
    termination_grace_period_seconds: int | None = Field(600, ge=0, description=(
        "The grace period for the worker Pod to finish existing tasks before terminating"))
    resources: Resources = Field(  # our default: the reference documents none
        Resources(requests={"cpu": "1", "memory": "2Gi"}, limits={"cpu": "2", "memory": "4Gi"}),
        description="Requests and limits of the worker container; an HPA resource metric needs the matching request",
    )

    can_use_kubernetes_pod_operator: bool = Field(False, description=(
        "Grant this worker's service account the RBAC KubernetesPodOperator needs: a RoleBinding to one shared Role "
        "({resourceNamePrefix}-kpo) that manages pods, reads their logs, execs into them and watches events in the namespace"))

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
        raise_if(problems)
        return self


_COMPONENT_RESOURCES = Resources(
    requests={"cpu": "1", "ephemeral-storage": "1Gi", "memory": "2Gi"},
    limits={"cpu": "1", "ephemeral-storage": "1Gi", "memory": "2Gi"},
)


class DagProcessorValues(PodValues):
    """The DAG processor: the triggerer's shape without replicas and asyncSlots."""

    _MAIN_CONTAINER: ClassVar[str] = "dag-processor"

    enabled: bool = Field(True, description="Whether the chart deploys this component")
    resources: Resources = Field(_COMPONENT_RESOURCES, description="Requests and limits of the component's container")
    termination_grace_period_seconds: int | None = Field(60, ge=0, description=(
        "Seconds the Pod gets to finish its work before it is killed"))


class TriggererValues(DagProcessorValues):
    """The triggerer (documented defaults: 1 replica, 1000 async slots, 1 CPU / 2Gi / 1Gi)."""

    _MAIN_CONTAINER: ClassVar[str] = "triggerer"

    replicas: int = Field(1, ge=0, description="Number of triggerer Pod replicas; they all run continuously")
    async_slots: int = Field(1000, ge=1, description=(
        "Number of concurrent triggers the triggerer Pod can compute (AIRFLOW__TRIGGERER__CAPACITY)"))


class LoggingSidecarValues(_Values):
    """A Vector sidecar in worker and triggerer pods that ships task logs; config in ConfigMap ``<name>-cm``."""

    enabled: bool = Field(False, description="Add the sidecar to worker and triggerer Pods")
    name: str = Field("vector-logging-sidecar", description="Name of the sidecar container; its ConfigMap is {name}-cm")
    image: str = Field("timberio/vector:0.45.0-debian", description="Vector image of the sidecar")
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = Field(
        None, description="Image pull policy of the sidecar. Defaults to the top-level imagePullPolicy if not set."
    )
    resources: Resources = Field(  # ours: the chart sets none, and a container without them fails the scanners' checks
        Resources(requests={"cpu": "100m", "memory": "128Mi"}, limits={"cpu": "500m", "memory": "256Mi"}),
        description="Requests and limits of the sidecar container ({} for none, the chart's default)",
    )
    config: str | dict[str, Any] | None = Field(None, description="vector.yaml as text or mapping; default ships logs to stdout")
    env: list[EnvVar] = Field([], description="Environment variables of the sidecar (commonEnv does not apply to it)")
    pre_stop_sleep_seconds: int = Field(5, ge=0, description=(
        "Seconds the sidecar sleeps before it stops, so it can flush the last task logs (a preStop hook); 0: none"))
    security_context: SecurityContext | None = Field(None, description=(
        "Security context of the sidecar container, merged over the top-level containerSecurityContext and the restricted defaults"))
    volume_mounts: list[VolumeMount] = Field([], description=(
        "Mounts in the sidecar of volumes the worker/triggerer define (e.g. task-logs); one named like ours replaces ours"))

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if error := names.dns1123_label_error(value):
            raise ValueError(error)
        return value


class VaultValues(_Values):
    """Read one value from HashiCorp Vault with a Vault agent in the agent's pods (our extension of the values format)."""

    address: str = Field(description="Vault address, e.g. https://vault.example.com")
    role: str = Field(description="The Vault Kubernetes auth role the component service accounts log in with")
    path: str = Field(description="KV v2 secret path, e.g. secret/data/openlineage/api-key")
    key: str = Field("key", description="Key of the secret's data that holds the value")
    auth_path: str = Field("auth/kubernetes", description="Mount path of Vault's Kubernetes auth method")
    mode: Literal["init", "sidecar"] = Field("init", description=(
        "init renders the value once, before the containers start; sidecar keeps it fresh for rotation"))
    image: str = Field("hashicorp/vault:1.13.1", description="Image of the Vault agent container")

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
        raise_if(problems)
        return self

    def connection(self) -> tuple:
        """What two Vault blocks must share to be served by one agent."""
        return (self.address, self.role, self.auth_path, self.mode, self.image)


class OpenLineageValues(_Values):
    """OpenLineage: the key as a pre-created Secret (``apiKeySecret``, key ``api-key``), from Vault
    (``vault``), or, with the plaintext opt-in, ``apiKey``."""

    enabled: bool = Field(False, description=(
        "Enable OpenLineage integration (needed by Astro Observe and Alerts); when false, OPENLINEAGE_DISABLED=true"))
    url: OptionalText = Field(None, description=(
        "Astro OpenLineage URL endpoint (OPENLINEAGE_URL), pre-filled in the values.yaml from the Astro UI"))
    namespace: str | None = Field(None, description=(
        "Astro Deployment's namespace (OPENLINEAGE_NAMESPACE), pre-filled in the values.yaml from the Astro UI"))
    api_key: OptionalSecret = Field(None, description=(
        "OpenLineage API key in plain text; the chart creates Secret openlineage-api-key-secret (needs the plaintext opt-in)"))
    api_key_secret: OptionalText = Field(None, description=(
        "Name of a pre-created Secret whose key api-key holds the OpenLineage API key (OPENLINEAGE_API_KEY)"))
    vault: VaultValues | None = Field(None, description=(
        "Read the API key from Vault: a Vault agent renders an OpenLineage client config (OPENLINEAGE_CONFIG)"))
    endpoint: OptionalText = Field(None, description=(
        "Path appended to url, carrying the deployment's ids as query parameters (OPENLINEAGE_ENDPOINT)"))
    facets_environment_variables: list[str] = Field([], description=(
        "Names of environment variables whose values OpenLineage events carry in a facet "
        "(OPENLINEAGE__FACETS__ENVIRONMENT_VARIABLES)"))

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
        if self.endpoint and not self.endpoint.startswith("/"):
            problems.append(("endpoint", f"{self.endpoint!r} must be a path starting with / (it is appended to url)"))
        for i, var in enumerate(self.facets_environment_variables):
            if not var or not var.replace("_", "a").isalnum() or var[0].isdigit():
                problems.append((f"facetsEnvironmentVariables[{i}]", f"{var!r} is not an environment variable name"))
        raise_if(problems)
        return self


def sentinel_probe(port: int) -> dict[str, Any]:
    """The Sentinel probe of the chart-2.0 values file: its HTTP server's ``health`` path."""
    return {
        "httpGet": {"path": "health", "port": port},
        "initialDelaySeconds": 5,
        "periodSeconds": 10,
        "failureThreshold": 3,
        "successThreshold": 1,
        "timeoutSeconds": 5,
    }


class SentinelValues(PodValues):
    """Sentinel (agent 1.2.0+): a separate Go service that watches the agent's pods and reports their
    health to Astro; enabled by default, as Astronomer recommends. Configured by ``sentinel.yaml``
    in ConfigMap ``{resourceNamePrefix}-sentinel-config``. Its pod does not take the top-level
    podSecurityContext / containerSecurityContext (those are the agent components'); it runs as
    uid/gid 5000.
    """

    _OUR_VOLUMES: ClassVar[tuple[str, ...]] = ("tmp",)
    _MAIN_CONTAINER: ClassVar[str] = "sentinel"

    enabled: bool = Field(True, description="Deploy Sentinel ({resourceNamePrefix}-sentinel), which reports agent health")
    image: str = Field(DEFAULT_SENTINEL_IMAGE, description="Sentinel image (not the agent image)")
    replicas: int = Field(1, ge=0, le=1, description="Sentinel runs as one replica (0 stops it)")
    port: int = Field(SENTINEL_PORT, ge=1, le=65535, description=(
        "Port of the Sentinel HTTP server (health checks); the default probes use it"))
    resources: Resources = Field(
        Resources(requests={"cpu": "100m", "ephemeral-storage": "1Gi", "memory": "128Mi"},
                  limits={"cpu": "500m", "ephemeral-storage": "1Gi", "memory": "256Mi"}),
        description="Requests and limits of the Sentinel container",
    )
    config: str | dict[str, Any] | None = Field(None, description=(
        "A complete sentinel.yaml (text or mapping) that replaces the generated one whole"))
    termination_grace_period_seconds: int | None = Field(30, ge=0, description=(
        "Seconds the Sentinel Pod gets to stop before it is killed"))

    @model_validator(mode="before")
    @classmethod
    def _default_probes(cls, data: Any) -> Any:
        # The default probes follow `port`; a probe the file sets (or nulls) is kept as it is.
        if isinstance(data, dict):
            port = data.get("port", SENTINEL_PORT)
            port = port if isinstance(port, int) and not isinstance(port, bool) else SENTINEL_PORT
            for alias, field in (("livenessProbe", "liveness_probe"), ("readinessProbe", "readiness_probe")):
                if alias not in data and field not in data:
                    data = {**data, alias: sentinel_probe(port)}
        return data

    @field_validator("config", mode="before")
    @classmethod
    def _config(cls, value: Any) -> Any:
        if isinstance(value, str):
            try:
                parsed = safe_yaml.load(value, safe_yaml.VALUES, source="sentinel.config")
            except ValuesError as error:
                raise ValueError(f"is not valid YAML ({'; '.join(error.problems)})") from None
            if not isinstance(parsed, dict):
                raise ValueError("must be a YAML mapping (a whole sentinel.yaml)")
        return value


class ServiceAccountsValues(_Values):
    """The top-level ``serviceAccount`` block of generated values files."""

    annotations: dict[str, str] = Field({}, description=(
        "Annotations on every service account of the agent, e.g. an IAM role (IRSA) or a workload identity"))
    workers: ServiceAccountValues = Field(ServiceAccountValues(), description=(
        "Defaults for every worker's service account (a worker's own keys win); a name set here makes the workers share one"))
    dag_processor: ServiceAccountValues = Field(ServiceAccountValues(), description=(
        "The DAG processor's service account (default name {resourceNamePrefix}-dag-processor)"))
    triggerer: ServiceAccountValues = Field(ServiceAccountValues(), description=(
        "The triggerer's service account (default name {resourceNamePrefix}-triggerer)"))
    sentinel: ServiceAccountValues = Field(ServiceAccountValues(), description=(
        "Sentinel's service account (default name {resourceNamePrefix}-sentinel), bound to a Role that watches the agent's Pods"))


class PodMonitorValues(_Values):
    """A Prometheus Operator ``PodMonitor`` (``{resourceNamePrefix}-metrics``) scraping the agent's workers, triggerer
    and DAG processor (our extension of the values format)."""

    enabled: bool | None = Field(None, description=(
        "Emit the PodMonitor (needs the Prometheus Operator CRDs); default: on when any worker's HPA uses hpa.metric"))
    labels: dict[str, str] = Field({}, description=(
        "Labels on the PodMonitor, e.g. release: kube-prometheus-stack, so that your Prometheus selects it"))
    interval: str = Field("30s", pattern=r"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$",
                          description="How often Prometheus scrapes each pod (a Prometheus duration such as 30s or 1m)")

    @model_validator(mode="after")
    def _check(self) -> "PodMonitorValues":
        raise_if(_metadata_problems("labels", self.labels, label_values=True))
        return self


class AdapterRulesValues(_Values):
    """The Prometheus Adapter rule that serves the HPA's metric, as a ConfigMap for your adapter to include."""

    enabled: bool | None = Field(None, description=(
        "Emit ConfigMap {resourceNamePrefix}-prometheus-adapter-rules (key config.yaml); default: on when any worker's "
        "HPA uses hpa.metric. `airflow-cdk8s adapter-rules -f FILE` prints the rule for the adapter's Helm values"))
    namespace: str | None = Field(None, description=(
        "Namespace of that ConfigMap, e.g. the Prometheus Adapter's own; default: the agent's namespace"))

    @model_validator(mode="after")
    def _check(self) -> "AdapterRulesValues":
        if self.namespace is not None and (error := names.dns1123_label_error(self.namespace)):
            raise_if([("namespace", error)])
        return self


class MetricsValues(_Values):
    """How Prometheus scrapes the agent and how the HPA's custom metric gets served (our extension of the values
    format). The agent does not publish its metrics port and path: the defaults are inferred (agent/env_contract.py)."""

    port: int | None = Field(None, ge=1, le=65535, description=(
        "Container port of the agent's Prometheus metrics; default: 39091, the health port (inferred: not published)"))
    path: str | None = Field(None, pattern=r"^/", description=(
        "HTTP path of the agent's Prometheus metrics; default: /metrics (inferred: not published)"))
    pod_monitor: PodMonitorValues = Field(PodMonitorValues(), description="The Prometheus Operator PodMonitor")
    adapter_rules: AdapterRulesValues = Field(AdapterRulesValues(), description=(
        "The Prometheus Adapter rule turning astro_agent_client_queue_stats into astro_agent_client_queued_or_running_tasks"))
    network_policy_from: list[NetworkPolicyPeer] = Field([{"namespaceSelector": {}}], description=(
        "Who may reach the metrics port through the agent's NetworkPolicy (NetworkPolicy peers); default: pods of "
        "every namespace. Narrow it to your Prometheus, e.g. [{namespaceSelector: {matchLabels: "
        "{kubernetes.io/metadata.name: monitoring}}}]"))


# The chart's comments: with none of the token keys, the user sets one of these on the agent containers.
INJECTED_TOKEN_VARS = ("ASTRO_AGENT_CLIENT_API_TOKEN", "ASTRO_AGENT_CLIENT_API_TOKEN_FILE")


def _file_or_secret(var: dict[str, Any]) -> bool:
    """Whether Sentinel can read this injected token variable as a file: a path, or a Secret key to mount."""
    if var["name"].endswith("_FILE"):
        return isinstance(var.get("value"), str) and var["value"].startswith("/")
    return "secretKeyRef" in (var.get("valueFrom") or {})


class AgentValues(_Values):
    """The whole values file of the Remote Execution Agent chart."""

    # Agent authentication: exactly one.
    agent_token: OptionalSecret = Field(None, description=(
        "Agent token from the Astro UI in plain text; the chart creates Secret agent-token-secret (needs the plaintext opt-in)"))
    agent_token_secret_name: OptionalText = Field(None, description=(
        "Name of an existing Secret holding the agent token in key token (ASTRO_AGENT_CLIENT_API_TOKEN)"))
    agent_token_file: OptionalText = Field(None, description=(
        "Path to a file containing the agent token, read by the agent at runtime (ASTRO_AGENT_CLIENT_API_TOKEN_FILE)"))
    agent_token_vault: VaultValues | None = Field(None, description=(
        "Read the agent token from Vault: a Vault agent renders it to /vault/secrets/agent-token"))
    # Sentinel's Bearer secret on the agents' client API: at most one; none: generated in the cluster.
    sentinel_auth_secret: OptionalSecret = Field(None, description=(
        "Sentinel's shared Bearer secret in plain text; becomes Secret sentinel-auth-secret (needs the plaintext opt-in)"))
    sentinel_auth_secret_name: OptionalText = Field(None, description=(
        "Name of an existing Secret whose key secret holds Sentinel's shared Bearer secret"))
    sentinel_auth_secret_file: OptionalText = Field(None, description=(
        "Path of a file holding Sentinel's shared Bearer secret, mounted into the agent and Sentinel containers by you "
        "(e.g. a Vault agent); default with none of the three: an External Secrets Password generator creates it in the cluster"))
    # Registry access: exactly one.
    image_pull_secret_name: OptionalText = Field(None, description=(
        "Name of an existing Kubernetes Secret with Docker credentials for pulling the images"))
    image_pull_secret_data: OptionalSecret = Field(None, description=(
        "Docker config JSON as a string; the chart creates Secret image-pull-secret (needs the plaintext opt-in)"))

    namespace: str = Field(description="Kubernetes namespace where the agent is deployed")
    create_namespace: bool = Field(True, description=(
        "Create the namespace; set false when it must exist first, e.g. holding the agentTokenSecretName Secret"))
    resource_name_prefix: str = Field("astro-agent", description=(
        "Name prefix for all Kubernetes resources (Deployments, ConfigMaps, Secrets) created by the chart"))
    image: Annotated[str, BeforeValidator(lambda v: DEFAULT_AGENT_IMAGE if v in (None, "") else v)] = Field(
        DEFAULT_AGENT_IMAGE, description=(
            "Remote Execution Agent image of every component that does not set its own (default: the agent 1.6.0 image "
            "the chart-2.0 values file pins)"))
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] = Field(
        "IfNotPresent", description="Image pull policy of every container that does not set its own"
    )
    astro_deployment_api_url: OptionalText = Field(None, alias="astroDeploymentAPIURL", description=(
        "API URL of the Astro Deployment, as the Astro UI generates it (AIRFLOW__CORE__EXECUTION_API_SERVER_URL)"))
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] | None = Field(None, description=(
        "Airflow logging level of the components (AIRFLOW__LOGGING__LOGGING_LEVEL); default: Airflow's"))

    secret_backend: str = Field(description=(
        "Airflow secrets backend class for connections and variables (AIRFLOW__SECRETS__BACKEND); one of five supported"))
    xcom_backend: str = Field(DEFAULT_XCOM_BACKEND, description=(
        "Airflow XCom backend class for passing data between tasks (AIRFLOW__CORE__XCOM_BACKEND)"))
    state_store_backend: OptionalText = Field(None, description=(
        "Airflow 3.3+ worker-side state store backend class (AIRFLOW__WORKERS__STATE_STORE_BACKEND), e.g. "
        "airflow.providers.common.io.state_store.backend.StateStoreObjectStorageBackend; default: not set (runtimes before 3.3 have none)"))
    dag_bundle_config_list: Annotated[str, WithJsonSchema({
        "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "object"}}],
    })] = Field(description=(
        "JSON list of DAG bundles ({name, classpath, kwargs}) defining how agents access dag code "
        "(AIRFLOW__DAG_PROCESSOR__DAG_BUNDLE_CONFIG_LIST); a YAML list is accepted too"))
    common_env: list[EnvVar] = Field([], description=(
        "Environment variables of every agent component, e.g. secrets backend kwargs or the XCom storage path"))

    workers: list[WorkerValues] = Field([WorkerValues()], description="Worker Deployments, one per entry")
    triggerer: TriggererValues = Field(TriggererValues(), description="The triggerer, which runs deferred tasks asynchronously")
    dag_processor: DagProcessorValues = Field(DagProcessorValues(), description="The DAG processor, which parses the dags")
    logging_sidecar: LoggingSidecarValues = Field(LoggingSidecarValues(), description=(
        "Optional sidecar for exporting task logs to external platforms or viewing them before task completion"))
    open_lineage: OpenLineageValues = Field(
        OpenLineageValues(), validation_alias=AliasChoices("openLineage", "openlineage", "open_lineage"),
        description="Optional configuration for data lineage collection, needed by Astro Observe",
    )
    sentinel: SentinelValues = Field(SentinelValues(), description=(
        "Monitoring service for agent health reporting (agent version 1.2.0+)"))
    metrics: MetricsValues = Field(MetricsValues(), description=(
        "Prometheus scraping of the agent and the Prometheus Adapter rule its HPA metric needs (our extension)"))

    pod_security_context: PodSecurityContext | None = Field(None, description=(
        "Pod security context of every component, merged key by key over the restricted defaults (UID 50000, non-root)"))
    container_security_context: SecurityContext | None = Field(None, description=(
        "Security context of every container, merged key by key over the restricted defaults"))
    service_account: ServiceAccountsValues = Field(ServiceAccountsValues(), description=(
        "The components' service accounts and annotations shared by all of them"))
    annotations: dict[str, str] = Field({}, description="Kubernetes annotations on every object and Pod the chart creates")
    labels: dict[str, str] = Field({}, description="Kubernetes labels on every object and Pod the chart creates")

    @model_validator(mode="before")
    @classmethod
    def _spellings(cls, data: Any) -> Any:
        return _one_spelling(data, ("openLineage", "openlineage"))

    def injected_token(self) -> dict[str, Any] | None:
        """With none of the token keys, the agent token variable the values inject themselves (commonEnv), as
        the chart allows (e.g. a Vault agent writes the file); None if there is none."""
        return next((var for var in self.common_env if var["name"] in INJECTED_TOKEN_VARS), None)

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
        raise_if(problems)
        return text

    @model_validator(mode="after")
    def _check(self) -> "AgentValues":
        problems: list[tuple[str, str]] = []
        token = [k for k, v in (("agentToken", self.agent_token), ("agentTokenSecretName", self.agent_token_secret_name),
                                ("agentTokenFile", self.agent_token_file), ("agentTokenVault", self.agent_token_vault)) if v]
        if len(token) > 1:
            problems.append(("agentTokenSecretName", f"set only one of agentToken, agentTokenSecretName, agentTokenFile, agentTokenVault (found {', '.join(token)})"))
        elif not token and (injected := self.injected_token()) is None:
            problems.append(("agentTokenSecretName", "set one of agentToken, agentTokenSecretName, agentTokenFile, agentTokenVault, or "
                             "inject ASTRO_AGENT_CLIENT_API_TOKEN / ASTRO_AGENT_CLIENT_API_TOKEN_FILE yourself in commonEnv (found none)"))
        elif not token and self.sentinel.enabled and self.sentinel.config is None and not _file_or_secret(injected):
            problems.append((f"commonEnv[{self.common_env.index(injected)}]", (
                f"Sentinel reads the agent token from a file: inject {injected['name']} as a path (ASTRO_AGENT_CLIENT_API_TOKEN_FILE) "
                "or from a Secret (valueFrom.secretKeyRef), or give Sentinel its whole sentinel.config")))
        lineage_vault = self.open_lineage.vault if self.open_lineage.enabled else None
        if lineage_vault and self.agent_token_vault and lineage_vault.connection() != self.agent_token_vault.connection():
            problems.append(("openLineage.vault", "must use the same address, role, authPath, mode and image as agentTokenVault (one Vault agent serves both)"))
        auth = [k for k, v in (("sentinelAuthSecret", self.sentinel_auth_secret), ("sentinelAuthSecretName", self.sentinel_auth_secret_name),
                               ("sentinelAuthSecretFile", self.sentinel_auth_secret_file)) if v]
        if len(auth) > 1:
            problems.append((auth[1], f"set at most one of sentinelAuthSecret, sentinelAuthSecretName, sentinelAuthSecretFile (found {', '.join(auth)})"))
        if self.sentinel_auth_secret_file and not self.sentinel_auth_secret_file.startswith("/"):
            problems.append(("sentinelAuthSecretFile", f"{self.sentinel_auth_secret_file!r} must be an absolute path"))
        if self.sentinel.enabled and self.sentinel.config is None and not self.astro_deployment_api_url:
            problems.append(("astroDeploymentAPIURL", "is required by Sentinel (its sentinel.yaml api_server.base_url); set it "
                             "as the Astro UI generates it, or disable Sentinel (sentinel.enabled: false)"))
        pull = [k for k, v in (("imagePullSecretName", self.image_pull_secret_name), ("imagePullSecretData", self.image_pull_secret_data)) if v]
        if len(pull) != 1:
            problems.append(("imagePullSecretName", f"set exactly one of imagePullSecretName, imagePullSecretData (found {', '.join(pull) or 'none'})"))
        for field, value in (("namespace", self.namespace), ("resourceNamePrefix", self.resource_name_prefix)):
            if error := names.dns1123_label_error(value):
                problems.append((field, error))
        for field, value in (("agentTokenSecretName", self.agent_token_secret_name), ("imagePullSecretName", self.image_pull_secret_name),
                             ("sentinelAuthSecretName", self.sentinel_auth_secret_name)):
            if value and (error := names.dns1123_subdomain_error(value)):
                problems.append((field, error))
        if not self.workers:
            problems.append(("workers", "must list at least one worker"))
        seen: dict[str, int] = {}
        for i, worker in enumerate(self.workers):
            if worker.name in seen:
                problems.append((f"workers[{i}].name", f"{worker.name!r} is also the name of workers[{seen[worker.name]}]"))
            seen.setdefault(worker.name, i)
            # Longest generated name: "<prefix>-worker-{name}" must stay a DNS-1123 label (Deployment pods).
            if len(f"{self.resource_name_prefix}-worker-{worker.name}") > 63:
                problems.append((f"workers[{i}].name", f"'{self.resource_name_prefix}-worker-{worker.name}' is longer than 63 characters; shorten the name or resourceNamePrefix"))
        problems += _metadata_problems("labels", self.labels, label_values=True)
        problems += _metadata_problems("annotations", self.annotations, label_values=False)
        problems += [(f"serviceAccount.{p}", m) for p, m in _metadata_problems("annotations", self.service_account.annotations, label_values=False)]
        raise_if(problems)
        return self
