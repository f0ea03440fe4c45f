"""AgentMonitoring: what serves the custom metric a worker's HPA scales on.

The chain, as the agent values files describe it: each worker exposes the Prometheus series
``astro_agent_client_queue_stats`` (tasks per ``state``); a Prometheus Adapter rule turns it into
``astro_agent_client_queued_or_running_tasks``, one value per Deployment (the series' ``job`` label names
the Deployment); the worker's HPA reads that as an ``Object`` metric described on its Deployment.
We emit the scraping part (a Prometheus Operator ``PodMonitor`` whose relabeling sets ``job`` to the
Deployment name, and a NetworkPolicy that lets Prometheus through) and the adapter rule, as a ConfigMap
for the user's adapter and as Helm values printed by ``--adapter-rules``. Port and path of the agent's
metrics are inferred (``env_contract``), overridable with ``metrics.port`` / ``metrics.path``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

import yaml
from constructs import Construct

from .. import deferred
from .. import metadata, policies
from ..kube_object import KubeObject
from . import env_contract
from .component import APP_NAME, AgentComponent
from .values import AgentValues

if TYPE_CHECKING:
    from .chart import RemoteExecutionAgent

# On the adapter-rules ConfigMap, so that `--adapter-rules` finds it in the synthesized output.
ADAPTER_RULES_LABEL = "airflow-cdk8s.io/prometheus-adapter-rules"
ADAPTER_CONFIG_KEY = "config.yaml"


def hpa_metric_names(agent: AgentValues) -> list[str]:
    """Names of the custom metrics the workers' HPAs read through ``hpa.metric``."""
    return sorted({w.hpa.metric.name for w in agent.workers if w.hpa.enabled and w.hpa.metric and w.hpa.metric.enabled})


def pod_monitor_enabled(agent: AgentValues) -> bool:
    enabled = agent.metrics.pod_monitor.enabled
    return bool(hpa_metric_names(agent)) if enabled is None else enabled


def adapter_rules_enabled(agent: AgentValues) -> bool:
    enabled = agent.metrics.adapter_rules.enabled
    return bool(hpa_metric_names(agent)) if enabled is None else enabled


def adapter_rule(metric: str = env_contract.QUEUED_OR_RUNNING_METRIC) -> dict[str, Any]:
    """The Prometheus Adapter rule of the values files: queued or running tasks, grouped per Deployment."""
    series = env_contract.QUEUE_STATS_SERIES
    return {
        "seriesQuery": f'{{__name__="{series}",container!="POD",namespace!="",pod!=""}}',
        "resources": {"overrides": {"job": {"resource": "deployment"}, "namespace": {"resource": "namespace"}}},
        "name": {"matches": f"^{series}$", "as": metric},
        "metricsQuery": 'max by (job) (<<.Series>>{state=~"queued|running",<<.LabelMatchers>>})',
    }


def agent_adapter_rules(agent: AgentValues) -> list[dict[str, Any]]:
    """One rule per metric name the HPAs use (the documented one when none does).

    A name other than ``astro_agent_client_queued_or_running_tasks`` (older UI files wrote
    ``astro_agent_worker_queued_tasks``) is served from the same series: inferred, nothing documents another.
    """
    return [adapter_rule(name) for name in hpa_metric_names(agent) or [env_contract.QUEUED_OR_RUNNING_METRIC]]


def adapter_helm_values(rules: Iterable[dict[str, Any]]) -> str:
    """The rules as the Prometheus Adapter Helm chart takes them (``rules.custom``), de-duplicated."""
    unique: list[dict[str, Any]] = []
    for rule in rules:
        if rule not in unique:
            unique.append(rule)
    if not unique:
        return ("# No Prometheus Adapter rule in this output: no worker's HPA uses hpa.metric "
                "(set metrics.adapterRules.enabled: true to emit it anyway).\n")
    header = ("# Prometheus Adapter (prometheus-community/prometheus-adapter Helm chart) values: add these rules\n"
              "# to rules.custom, or to the `rules:` list of the adapter's config.yaml.\n")
    return header + yaml.safe_dump({"rules": {"custom": unique}}, sort_keys=False, width=1000)


def rules_in(objects: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The adapter rules of every adapter-rules ConfigMap in synthesized objects."""
    rules: list[dict[str, Any]] = []
    for obj in objects:
        if obj and obj.get("kind") == "ConfigMap" and (obj.get("metadata", {}).get("labels") or {}).get(ADAPTER_RULES_LABEL):
            rules += (yaml.safe_load(obj.get("data", {}).get(ADAPTER_CONFIG_KEY, "")) or {}).get("rules", [])
    return rules


class AgentMonitoring(deferred.Construct):
    """PodMonitor ``<prefix>-metrics``, NetworkPolicy ``<prefix>-allow-metrics`` and ConfigMap
    ``<prefix>-prometheus-adapter-rules``, each as ``agent.metrics`` asks.

    Props:
        agent: the agent values; ``agent.metrics`` configures this.
        chart: the agent chart; its workers, triggerer and DAG processor are scraped (read at synth time,
            so workers added later with ``add_worker`` are scraped too).
        network_policy: the agent denies ingress to its pods, so let Prometheus reach the metrics port.

    Attributes: ``pod_monitor``, ``network_policy``, ``adapter_rules`` (each None when not emitted).
    ``RemoteExecutionAgent`` builds it (``agent.monitoring``); a values file sets the same keys under ``metrics:``.

    Example::

        import cdk8s
        from airflow_cdk8s import (AdapterRulesValues, AgentMonitoring, AgentValues, HpaValues, MetricsValues,
                                   PodMonitorValues, RemoteExecutionAgent, WorkerValues)

        queue = {"enabled": True, "name": "astro_agent_client_queued_or_running_tasks", "target": {"type": "Value", "value": 20}}
        values = AgentValues(
            namespace="astro-agent",
            astro_deployment_api_url="https://clxyz0001.external.astronomer.run/d8a7c6b5",
            agent_token_secret_name="agent-token",
            image_pull_secret_name="image-pull-secret",
            secret_backend="airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend",
            dag_bundle_config_list=[{"name": "dags", "classpath": "airflow.providers.git.bundles.git.GitDagBundle", "kwargs": {}}],
            workers=[WorkerValues(name="default", hpa=HpaValues(enabled=True, max_replicas=10, metric=queue))],
            metrics=MetricsValues(
                pod_monitor=PodMonitorValues(labels={"release": "kube-prometheus-stack"}),
                adapter_rules=AdapterRulesValues(namespace="monitoring"),
                network_policy_from=[{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}],
            ),
        )
        agent = RemoteExecutionAgent(cdk8s.App(), "agent", values=values)
        assert isinstance(agent.monitoring, AgentMonitoring) and agent.monitoring.pod_monitor is not None
    """

    def __init__(self, scope: Construct, id: str, *, agent: AgentValues, chart: "RemoteExecutionAgent",
                 network_policy: bool) -> None:
        super().__init__(scope, id)
        self.agent = agent
        self.chart = chart
        self.port = agent.metrics.port or env_contract.METRICS_PORT
        self.path = agent.metrics.path or env_contract.METRICS_PATH
        self.port_name = env_contract.AGENT_PORT_NAME if self.port == env_contract.METRICS_PORT else "metrics"
        prefix = agent.resource_name_prefix
        selector = metadata.selector_labels(name=APP_NAME, instance=prefix, component="monitoring")
        labels = metadata.object_labels(selector, agent.labels)
        common = dict(namespace=agent.namespace, annotations=agent.annotations)

        self.pod_monitor: KubeObject | None = None
        self.network_policy: KubeObject | None = None
        if pod_monitor_enabled(agent):
            self.pod_monitor = KubeObject(
                self, "PodMonitor", api_version="monitoring.coreos.com/v1", kind="PodMonitor", name=f"{prefix}-metrics",
                labels={**labels, **agent.metrics.pod_monitor.labels}, **common, body=self.render_pod_monitor,
            )
            if network_policy:
                self.network_policy = policies.network_policy(
                    self, "NetworkPolicy", name=f"{prefix}-allow-metrics", labels=labels, **common,
                    spec=lambda: self.render_network_policy()["spec"],
                )
        self.adapter_rules: KubeObject | None = None
        if adapter_rules_enabled(agent):
            self.adapter_rules = KubeObject(
                self, "AdapterRules", api_version="v1", kind="ConfigMap", name=f"{prefix}-prometheus-adapter-rules",
                namespace=agent.metrics.adapter_rules.namespace or agent.namespace, annotations=agent.annotations,
                labels={**labels, ADAPTER_RULES_LABEL: "true"},
                body=lambda: {"data": {ADAPTER_CONFIG_KEY: yaml.safe_dump(
                    {"rules": agent_adapter_rules(agent)}, sort_keys=False, width=1000)}},
            )

    def attach(self, component: AgentComponent) -> None:
        """Declare the metrics port on a scraped component when it is not the health port."""
        if self.pod_monitor is not None and self.port_name == "metrics":
            component.ports.append({"name": "metrics", "containerPort": self.port, "protocol": "TCP"})

    def scraped(self) -> list[AgentComponent]:
        chart = self.chart
        return [*chart.workers, *(c for c in (chart.triggerer, chart.dag_processor) if c is not None)]

    def pod_selector(self) -> dict[str, Any]:
        instance = {k: APP_NAME if k == "app.kubernetes.io/name" else self.agent.resource_name_prefix
                    for k in ("app.kubernetes.io/name", "app.kubernetes.io/instance")}
        components = sorted(c.selector["app.kubernetes.io/component"] for c in self.scraped())
        return {"matchLabels": instance,
                "matchExpressions": [{"key": "app.kubernetes.io/component", "operator": "In", "values": components}]}

    def render_pod_monitor(self) -> dict[str, Any]:
        endpoint = {
            "port": self.port_name,
            "path": self.path,
            "interval": self.agent.metrics.pod_monitor.interval,
            # The adapter rule maps `job` to the Deployment: every agent Deployment is named
            # <instance>-<component> (<prefix>-worker-<name>, <prefix>-triggerer...).
            "relabelings": [{
                "sourceLabels": ["__meta_kubernetes_pod_label_app_kubernetes_io_instance",
                                 "__meta_kubernetes_pod_label_app_kubernetes_io_component"],
                "separator": "-",
                "targetLabel": "job",
                "action": "replace",
            }],
        }
        return {"spec": {
            "selector": self.pod_selector(),
            "namespaceSelector": {"matchNames": [self.agent.namespace]},
            "podMetricsEndpoints": [endpoint],
        }}

    def render_network_policy(self) -> dict[str, Any]:
        rule: dict[str, Any] = {"ports": [{"port": self.port, "protocol": "TCP"}]}
        if self.agent.metrics.network_policy_from:
            rule["from"] = list(self.agent.metrics.network_policy_from)
        return {"spec": {"podSelector": self.pod_selector(), "policyTypes": ["Ingress"], "ingress": [rule]}}
