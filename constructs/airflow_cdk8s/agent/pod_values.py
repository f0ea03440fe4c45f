"""The values blocks of the agent's pods: the base of every component block (``PodValues``), resources,
service accounts, the worker and its HPA, the triggerer, DAG processor and Sentinel (pure Python, no cdk8s)."""

from __future__ import annotations

import functools
import json
from typing import Any, ClassVar, Literal


from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)
from pydantic.alias_generators import to_camel

from .. import names, safe_yaml
from ..checks import apiserver
from ..errors import ValuesError, raise_if

from .value_types import *  # noqa: F401,F403 - the scalar and fragment types the fields use
from .value_types import _KEY, _api_server_problems, _empty, _cached_api_server_problems, _empty_as_unset, _env_scalar, _fragment, _go_float, _metadata_problems, _quantity  # noqa: F401



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

    requests: dict[str, Quantity] = _empty(dict, description="Minimum resources allocated to the container (cpu, memory...)")
    limits: dict[str, Quantity] = _empty(dict, description="Maximum resources the container can use (cpu, memory...)")

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
    annotations: dict[str, str] = _empty(dict, description="Annotations on the service account, e.g. an IAM role (IRSA) or identity")

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
    metrics: list[HpaMetric] = _empty(list, description=(
        "Metric targets the HPA scales on (Kubernetes HPA metrics spec); if no metric is set anywhere, 80% average CPU"))
    metric: LegacyMetric | None = Field(None, description=(
        "One custom metric described on the worker Deployment (an Object metric), as the Astro UI generates it; added to metrics"))
    extra_metrics: list[HpaMetric] = _empty(list, description="More metric targets (Kubernetes HPA metrics spec), added to metrics")
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
        try:
            lines = _cached_hpa_problems(_KEY(hpa))  # worker groups repeat their HPAs: each checked once
        except (TypeError, ValueError):  # not JSON (odd YAML input): check without the cache
            lines = tuple(apiserver.check_object(hpa))
        problems = []
        for line in lines:
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


@functools.lru_cache(maxsize=4096)
def _cached_hpa_problems(key: str) -> tuple[str, ...]:
    return tuple(apiserver.check_object(json.loads(key)))


class PodValues(_Values):
    """What every agent component's pod accepts (the triggerer table of the values reference)."""

    _OUR_VOLUMES: ClassVar[tuple[str, ...]] = ("tmp", "task-logs")  # volumes the component adds itself
    _MAIN_CONTAINER: ClassVar[str] = "worker"  # the component's own container

    image: str | None = Field(None, description="Docker image for this component. Defaults to the top-level image if not set.")
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = Field(
        None, description="Image pull policy for this component. Defaults to the top-level imagePullPolicy if not set."
    )
    resources: Resources = Field(Resources(), description="Requests and limits of the component's container")
    env: list[EnvVar] = _empty(list, description=(
        "Environment variables specific to this component; they replace commonEnv variables of the same name"))
    # Our default probe is checked against the schema and API rules by a test, not in every model built
    # (two fragment checks per worker group); a probe in the values is checked as always.
    liveness_probe: LivenessProbe | None = Field(default_factory=default_probe, validate_default=False,
                                                 description="Liveness probe; null: none")
    readiness_probe: ReadinessProbe | None = Field(default_factory=default_probe, validate_default=False,
                                                   description="Readiness probe; null: none")
    pod_security_context: PodSecurityContext | None = Field(None, description=(
        "Pod security context, merged key by key over the top-level podSecurityContext and the restricted defaults"))
    container_security_context: SecurityContext | None = Field(None, description=(
        "Security context of the main container, merged over the top-level containerSecurityContext and the restricted defaults"))
    init_containers: list[InitContainer] = _empty(list, description="Init containers to add to the component's Pods")
    extra_containers: list[Container] = _empty(list, description="Sidecar containers to add to the component's Pods")
    volumes: list[Volume] = _empty(list, description="Additional volumes to mount on the component's Pods")
    volume_mounts: list[VolumeMount] = _empty(list, description="Mount paths for the additional volumes in the main container")
    node_selector: dict[str, str] | None = Field(None, description="Kubernetes node selector for scheduling the component's Pods")
    affinity: Affinity | None = Field(None, description="Affinity rules for the component's Pods")
    tolerations: list[Toleration] = _empty(list, description="Kubernetes tolerations for scheduling the component's Pods")
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
        # One of each in a pod (a name of ours is fine: the values' volume or mount replaces ours).
        for field, fragments, key, what in (("volumes", self.volumes, "name", "volume name"),
                                            ("volumeMounts", self.volume_mounts, "mountPath", "mount path")):
            items = [item.get(key) for item in fragments]
            problems += [(f"{field}[{i}].{key}", f"{item!r} is already the {what} of {field}[{items.index(item)}]; "
                          f"a pod takes each {what} once") for i, item in enumerate(items) if items.index(item) < i]
        seen: set[str] = set()
        for field, containers in (("initContainers", self.init_containers), ("extraContainers", self.extra_containers)):
            for i, c in enumerate(containers):
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
