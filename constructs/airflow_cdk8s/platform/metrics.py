"""Airflow metrics: a StatsD exporter for Prometheus (the default), or an OpenTelemetry collector you name.

Every Airflow process (scheduler, API server, DAG processor, triggerer, Celery workers, task pods) gets
Airflow's ``[metrics]`` settings as environment variables. With ``StatsdExporter`` they send StatsD over
UDP to a ``prom/statsd-exporter`` Deployment in the namespace, which turns the dotted names into
Prometheus series (``mapping_config`` below) and serves them on ``/metrics``; a ServiceMonitor makes
Prometheus Operator scrape it. With ``OpenTelemetryMetrics`` they push OTLP/HTTP to your collector.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import yaml
from constructs import Construct

from .. import kube_fields, names, policies
from ..errors import raise_if
from ..kube_object import KubeObject
from ..pod import PodSettings
from ..service import service
from ..workload import Workload
from .component import PLATFORM_LABEL, PlatformContext

STATSD_PORT = 9125  # UDP, where Airflow sends
EXPORTER_WEB_PORT = 9102  # HTTP /metrics, where Prometheus scrapes
NOBODY = 65534  # the exporter needs no files; run it as nobody
MAPPINGS_FILE = "mappings.yml"
MAPPINGS_DIR = "/etc/statsd-exporter"
_DURATION = r"^(0|(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"

# Airflow metrics that carry a DAG, task, file, pool, queue or host in their dotted name, as labels of one
# series each (names from Airflow's sources, 2.9 and 3.0, and from what Airflow 3.0.6 sent in the runtime
# conformance suite). Everything else keeps its name, dots as underscores
# (airflow.scheduler_heartbeat -> airflow_scheduler_heartbeat).
_POOL_GAUGES = ("open_slots", "queued_slots", "running_slots", "deferred_slots", "scheduled_slots", "starving_tasks")
_MAPPINGS: list[tuple[str, str, dict[str, str]]] = [
    ("dag_processing.last_duration.*", "dag_processing_last_duration", {"dag_file": "$1"}),
    ("dag_processing.last_run.seconds_ago.*", "dag_processing_last_run_seconds_ago", {"dag_file": "$1"}),
    ("dagrun.duration.success.*", "dagrun_duration", {"dag_id": "$1", "state": "success"}),
    ("dagrun.duration.failed.*", "dagrun_duration", {"dag_id": "$1", "state": "failed"}),
    ("dagrun.schedule_delay.*", "dagrun_schedule_delay", {"dag_id": "$1"}),
    ("dagrun.dependency-check.*", "dagrun_dependency_check", {"dag_id": "$1"}),
    ("dag.*.*.duration", "task_duration", {"dag_id": "$1", "task_id": "$2"}),
    ("dag.*.*.queued_duration", "task_queued_duration", {"dag_id": "$1", "task_id": "$2"}),
    ("dag.*.*.scheduled_duration", "task_scheduled_duration", {"dag_id": "$1", "task_id": "$2"}),
    ("ti.start.*.*", "ti_start", {"dag_id": "$1", "task_id": "$2"}),
    ("ti.finish.*.*.*", "ti_finish", {"dag_id": "$1", "task_id": "$2", "state": "$3"}),
    ("ti.running.*.*.*", "ti_running", {"queue": "$1", "dag_id": "$2", "task_id": "$3"}),
    ("task_restored_to_dag.*", "task_restored_to_dag", {"dag_id": "$1"}),
    ("task_removed_from_dag.*", "task_removed_from_dag", {"dag_id": "$1"}),
    *((f"pool.{gauge}.*", f"pool_{gauge}", {"pool": "$1"}) for gauge in _POOL_GAUGES),
    ("triggerer.capacity_left.*", "triggerer_capacity_left", {"hostname": "$1"}),
    ("triggers.running.*", "triggers_running", {"hostname": "$1"}),
]
# Airflow sends most of those twice: with the name parts above, and under a shorter name with the same
# values as StatsD tags. Plain StatsD drops the tags, so the twin would mix every DAG, pool or host into one
# series, and its escaped name (airflow.task.duration -> airflow_task_duration) would be one of the names
# above with no labels, which the exporter refuses: the twins are dropped.
_DROPPED = [
    "dag_processing.last_duration", "dagrun.schedule_delay", "dagrun.dependency-check",
    "task.duration", "task.queued_duration", "task.scheduled_duration", "ti.start", "ti.finish", "ti.running",
    "task_restored_to_dag", "task_removed_from_dag", *(f"pool.{gauge}" for gauge in _POOL_GAUGES),
    "triggerer.capacity_left", "triggers.running",
]


@functools.lru_cache(maxsize=None)  # the same text for every chart with this prefix; PyYAML's dumper is slow
def mapping_config(prefix: str = "airflow") -> str:
    """The statsd_exporter mapping file (glob matches, in order; ``$n`` is the n-th ``*``)."""
    mappings: list[dict[str, Any]] = [{"match": f"{prefix}.{match}", "name": f"{prefix}_{name}", "labels": labels}
                                      for match, name, labels in _MAPPINGS]
    mappings += [{"match": f"{prefix}.{match}", "action": "drop", "name": "dropped"} for match in _DROPPED]
    return yaml.safe_dump({"mappings": mappings}, sort_keys=False, width=1000)


def _check_peers(peers: Sequence[Mapping[str, Any]], field_name: str) -> list[str]:
    return [f"{field_name}[{i}]{p}" for i, peer in enumerate(peers)
            for p in kube_fields.fragment_errors(kube_fields.NETWORK_POLICY_PEER, peer)]


@dataclass(frozen=True)
class StatsdExporter:
    """Airflow's StatsD metrics into a Prometheus StatsD exporter in the namespace (the default).

    image: Default: ``prom/statsd-exporter:v0.28.0``.
    resources: of the exporter container. Default: requests 50m / 64Mi, limits 200m / 128Mi.
    prefix: Airflow's ``[metrics] statsd_prefix``; series are named ``<prefix>_...``. Default: ``airflow``.
    service_monitor: emit a Prometheus Operator ServiceMonitor for the exporter (needs its CRDs). Default: False.
    service_monitor_labels: labels on it, so that your Prometheus selects it, e.g.
        ``{"release": "kube-prometheus-stack"}``. Default: none.
    interval: how often Prometheus scrapes it. Default: ``30s``.
    scrape_from: NetworkPolicy peers that may reach the exporter's ``/metrics`` port. Default: pods of every
        namespace (``[{"namespaceSelector": {}}]``); ``()`` allows any source.

    Example::

        import cdk8s
        from airflow_cdk8s.platform import AirflowPlatform, StatsdExporter

        metrics = StatsdExporter(service_monitor=True, service_monitor_labels={"release": "kube-prometheus-stack"},
                                 scrape_from=({"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}},))
        platform = AirflowPlatform(cdk8s.App(), "airflow", namespace="airflow", metrics=metrics)
        assert platform.metrics.service_monitor is not None
    """

    image: str = "prom/statsd-exporter:v0.28.0"
    resources: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: {
        "limits": {"cpu": "200m", "memory": "128Mi"}, "requests": {"cpu": "50m", "memory": "64Mi"}})
    prefix: str = "airflow"
    service_monitor: bool = False
    service_monitor_labels: Mapping[str, str] = field(default_factory=dict)
    interval: str = "30s"
    scrape_from: tuple[Mapping[str, Any], ...] = ({"namespaceSelector": {}},)

    def __post_init__(self) -> None:
        problems = []
        if not self.prefix.replace("_", "a").isalnum():
            problems.append(f"prefix: {self.prefix!r} must be letters, digits and '_' (it starts every series name)")
        if not re.match(_DURATION, self.interval):
            problems.append(f"interval: {self.interval!r} is not a Prometheus duration such as 30s or 1m")
        problems += names.metadata_problems(dict(self.service_monitor_labels), {})
        problems += _check_peers(self.scrape_from, "scrape_from")
        raise_if(problems, "StatsdExporter")

    def env(self, host: str) -> list[dict[str, Any]]:
        return [
            {"name": "AIRFLOW__METRICS__STATSD_ON", "value": "True"},
            {"name": "AIRFLOW__METRICS__STATSD_HOST", "value": host},
            {"name": "AIRFLOW__METRICS__STATSD_PORT", "value": str(STATSD_PORT)},
            {"name": "AIRFLOW__METRICS__STATSD_PREFIX", "value": self.prefix},
        ]


@dataclass(frozen=True)
class OpenTelemetryMetrics:
    """Airflow's metrics pushed over OTLP/HTTP to an OpenTelemetry collector you run (Airflow's ``otel_*`` settings).

    host: the collector's host, e.g. ``otel-collector.observability.svc.cluster.local``.
    port: its OTLP/HTTP port. Default: 4318.
    ssl: HTTPS instead of HTTP. Default: False.
    prefix: Airflow's ``[metrics] otel_prefix``. Default: ``airflow``.
    interval_milliseconds: how often Airflow exports. Default: 60000.

    Example::

        import cdk8s
        from airflow_cdk8s.platform import AirflowPlatform, OpenTelemetryMetrics

        otel = OpenTelemetryMetrics(host="otel-collector.observability.svc.cluster.local")
        AirflowPlatform(cdk8s.App(), "airflow", namespace="airflow", metrics=otel)
    """

    host: str
    port: int = 4318
    ssl: bool = False
    prefix: str = "airflow"
    interval_milliseconds: int = 60000

    def __post_init__(self) -> None:
        problems = []
        if error := names.dns1123_subdomain_error(self.host):
            problems.append(f"host: {error} (a host name, without scheme or port)")
        if not 1 <= self.port <= 65535:
            problems.append(f"port: {self.port} must be 1-65535")
        if not self.prefix.replace("_", "a").isalnum():
            problems.append(f"prefix: {self.prefix!r} must be letters, digits and '_'")
        if self.interval_milliseconds < 1000:
            problems.append(f"interval_milliseconds: {self.interval_milliseconds} is below 1000")
        raise_if(problems, "OpenTelemetryMetrics")

    def env(self) -> list[dict[str, Any]]:
        return [
            {"name": "AIRFLOW__METRICS__OTEL_ON", "value": "True"},
            {"name": "AIRFLOW__METRICS__OTEL_HOST", "value": self.host},
            {"name": "AIRFLOW__METRICS__OTEL_PORT", "value": str(self.port)},
            {"name": "AIRFLOW__METRICS__OTEL_SSL_ACTIVE", "value": str(self.ssl)},
            {"name": "AIRFLOW__METRICS__OTEL_PREFIX", "value": self.prefix},
            {"name": "AIRFLOW__METRICS__OTEL_INTERVAL_MILLISECONDS", "value": str(self.interval_milliseconds)},
        ]


def exporter_host(platform_name: str, namespace: str) -> str:
    return f"{platform_name}-statsd-exporter.{namespace}.svc.cluster.local"


def metrics_env(settings: StatsdExporter | OpenTelemetryMetrics | None, platform_name: str, namespace: str) -> list[dict[str, Any]]:
    """The ``[metrics]`` settings of every Airflow container."""
    if isinstance(settings, StatsdExporter):
        return settings.env(exporter_host(platform_name, namespace))
    if isinstance(settings, OpenTelemetryMetrics):
        return settings.env()
    return []


class StatsdExporterDeployment(Workload):
    """``<platform>-statsd-exporter``: Deployment, Service (UDP 9125 in, TCP 9102 ``/metrics`` out), mapping
    ConfigMap ``<platform>-statsd-mappings``, NetworkPolicy and, if asked, a ServiceMonitor.

    Props:
        platform: the shared ``PlatformContext``.
        settings: ``StatsdExporter``.
        network_policy: let Airflow's pods send to it and ``settings.scrape_from`` scrape it. Default: True.

    Attributes: ``service``, ``mappings``, ``service_monitor``, ``network_policy`` (None when not emitted).
    """

    def __init__(self, scope: Construct, id: str, *, platform: PlatformContext, settings: StatsdExporter,
                 network_policy: bool = True) -> None:
        self.settings = settings
        name = f"{platform.name}-statsd-exporter"
        labels = platform.object_labels("statsd-exporter")
        super().__init__(
            scope, id, name=name, namespace=platform.namespace, selector=platform.selector("statsd-exporter"),
            labels=labels, annotations=platform.annotations, replicas=1,
            create_service_account=False, service_account_name=platform.service_account_name,
            pod=PodSettings(pod_security_context={"runAsUser": NOBODY, "runAsGroup": NOBODY, "fsGroup": NOBODY},
                            image_pull_secrets=platform.pod.image_pull_secrets),
            container_name="statsd-exporter",
        )
        common = dict(namespace=platform.namespace, labels=labels, annotations=platform.annotations)
        config = mapping_config(settings.prefix)
        self.mappings = KubeObject(self, "Mappings", api_version="v1", kind="ConfigMap", name=f"{platform.name}-statsd-mappings",
                                   **common, body=lambda: {"data": {MAPPINGS_FILE: config}})
        self.pod_spec.add_volume({"name": "mappings", "configMap": {"name": f"{platform.name}-statsd-mappings"}},
                                 {"mountPath": MAPPINGS_DIR, "readOnly": True})
        self.add_pod_checksum("statsd-mappings", config)
        self.service = service(self, "Service", name=name, namespace=platform.namespace, selector=self.selector, labels=labels,
                               annotations=platform.annotations, ports=[
                                   {"name": "statsd", "port": STATSD_PORT, "targetPort": "statsd", "protocol": "UDP"},
                                   {"name": "metrics", "port": EXPORTER_WEB_PORT, "targetPort": "metrics", "protocol": "TCP"}])
        self.service_monitor: KubeObject | None = None
        if settings.service_monitor:
            self.service_monitor = KubeObject(
                self, "ServiceMonitor", api_version="monitoring.coreos.com/v1", kind="ServiceMonitor", name=name,
                namespace=platform.namespace, labels={**labels, **settings.service_monitor_labels}, annotations=platform.annotations,
                body=lambda: {"spec": {
                    "selector": {"matchLabels": self.selector},
                    "namespaceSelector": {"matchNames": [platform.namespace]},
                    "endpoints": [{"port": "metrics", "path": "/metrics", "interval": settings.interval}],
                }},
            )
        self.network_policy: KubeObject | None = None
        if network_policy:
            scrape: dict[str, Any] = {"ports": [{"port": EXPORTER_WEB_PORT, "protocol": "TCP"}]}
            if settings.scrape_from:
                scrape["from"] = [dict(peer) for peer in settings.scrape_from]
            self.network_policy = policies.network_policy(
                self, "NetworkPolicy", name=name, **common, spec=lambda: {
                    "podSelector": {"matchLabels": self.selector},
                    "policyTypes": ["Ingress"],
                    "ingress": [
                        # Airflow's pods (task pods included) send StatsD over UDP ...
                        {"from": [{"podSelector": {"matchLabels": {PLATFORM_LABEL: platform.name}}}],
                         "ports": [{"port": STATSD_PORT, "protocol": "UDP"}]},
                        # ... and Prometheus scrapes /metrics.
                        scrape,
                    ],
                },
            )

    def render_main_container(self) -> dict[str, Any]:
        probe = {"httpGet": {"path": "/metrics", "port": "metrics"}, "initialDelaySeconds": 5, "periodSeconds": 10,
                 "timeoutSeconds": 5, "failureThreshold": 6}
        return {
            "name": "statsd-exporter",
            "image": self.settings.image,
            "imagePullPolicy": "IfNotPresent",
            "args": [
                f"--statsd.mapping-config={MAPPINGS_DIR}/{MAPPINGS_FILE}",
                f"--statsd.listen-udp=:{STATSD_PORT}",
                "--statsd.listen-tcp=",  # Airflow sends UDP only
                f"--web.listen-address=:{EXPORTER_WEB_PORT}",
            ],
            "ports": [{"name": "statsd", "containerPort": STATSD_PORT, "protocol": "UDP"},
                      {"name": "metrics", "containerPort": EXPORTER_WEB_PORT, "protocol": "TCP"}],
            "resources": {k: dict(v) for k, v in self.settings.resources.items()},
            "securityContext": self.main_security_context(),
            "volumeMounts": self.volume_mounts,
            "livenessProbe": probe,
            "readinessProbe": probe,
        }
