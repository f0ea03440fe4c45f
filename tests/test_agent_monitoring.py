"""Agent monitoring: the PodMonitor, its NetworkPolicy and the Prometheus Adapter rule behind hpa.metric."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT, find, kinds, minimal_values, synth_agent
from airflow_cdk8s import load_values_file
from airflow_cdk8s.agent import monitoring
from airflow_cdk8s.checks import crd_schema
from airflow_cdk8s.cli import run
from airflow_cdk8s.errors import ValuesError

QUEUE_METRIC = {"enabled": True, "name": "astro_agent_client_queued_or_running_tasks", "target": {"type": "Value", "value": 20}}


def _hpa_worker(name: str = "w", metric: dict | None = None) -> dict:
    return {"name": name, "hpa": {"enabled": True, "maxReplicas": 4, "metric": metric or QUEUE_METRIC}}


def test_hpa_metric_brings_pod_monitor_network_policy_and_adapter_rule():
    docs = synth_agent(minimal_values(workers=[_hpa_worker("w"), {"name": "plain"}]))
    monitor = find(docs, "PodMonitor", "astro-agent-metrics")
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    assert crd_schema.check_object(monitor) == []  # also gated by synth_agent; said here for the reader
    spec = monitor["spec"]
    assert spec["namespaceSelector"] == {"matchNames": ["astro"]}
    assert spec["selector"]["matchLabels"] == {"app.kubernetes.io/name": "astro-remote-execution-agent",
                                               "app.kubernetes.io/instance": "astro-agent"}
    # Every component running the agent image is scraped; the Sentinel (its own image) is not.
    assert spec["selector"]["matchExpressions"] == [{"key": "app.kubernetes.io/component", "operator": "In",
                                                     "values": ["dag-processor", "triggerer", "worker-plain", "worker-w"]}]
    [endpoint] = spec["podMetricsEndpoints"]
    assert (endpoint["port"], endpoint["path"], endpoint["interval"]) == ("http", "/metrics", "30s")

    policy = find(docs, "NetworkPolicy", "astro-agent-allow-metrics")["spec"]
    assert policy["podSelector"] == spec["selector"]
    assert policy["ingress"] == [{"ports": [{"port": 39091, "protocol": "TCP"}], "from": [{"namespaceSelector": {}}]}]

    config = find(docs, "ConfigMap", "astro-agent-prometheus-adapter-rules")
    assert config["metadata"]["namespace"] == "astro"
    [rule] = yaml.safe_load(config["data"]["config.yaml"])["rules"]
    assert rule == monitoring.adapter_rule()
    assert rule["name"] == {"matches": "^astro_agent_client_queue_stats$", "as": "astro_agent_client_queued_or_running_tasks"}
    assert rule["resources"]["overrides"]["job"] == {"resource": "deployment"}


def test_relabeling_makes_job_the_deployment_name():
    """The adapter maps the series' `job` label to a Deployment: relabel as Prometheus would and compare."""
    docs = synth_agent(minimal_values(workers=[_hpa_worker("w"), {"name": "high-memory"}], resourceNamePrefix="re"))
    [relabel] = find(docs, "PodMonitor", "re-metrics")["spec"]["podMetricsEndpoints"][0]["relabelings"]
    assert relabel["targetLabel"] == "job" and relabel["action"] == "replace"
    for deployment in (d for d in kinds(docs, "Deployment") if d["metadata"]["name"] != "re-sentinel"):
        pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
        # Prometheus' Kubernetes discovery: pod label a.b/c -> __meta_kubernetes_pod_label_a_b_c
        meta = {"__meta_kubernetes_pod_label_" + re.sub(r"[^a-zA-Z0-9_]", "_", k): v for k, v in pod_labels.items()}
        job = relabel["separator"].join(meta[s] for s in relabel["sourceLabels"])
        assert job == deployment["metadata"]["name"]


def test_nothing_is_emitted_without_hpa_metric():
    docs = synth_agent(minimal_values(workers=[{"name": "w", "hpa": {"enabled": True}}]))
    assert not kinds(docs, "PodMonitor")
    assert not [d for d in kinds(docs, "ConfigMap") if "adapter" in d["metadata"]["name"]]
    assert [d["metadata"]["name"] for d in kinds(docs, "NetworkPolicy")] == ["astro-agent-deny-ingress", "astro-agent-sentinel-to-agents"]


def test_disabled_hpa_metric_does_not_count():
    metric = {**QUEUE_METRIC, "enabled": False}
    docs = synth_agent(minimal_values(workers=[{"name": "w", "hpa": {"enabled": True, "metric": metric}}]))
    assert not kinds(docs, "PodMonitor")


def test_explicit_switches_win_over_the_default():
    docs = synth_agent(minimal_values(workers=[_hpa_worker()], metrics={"podMonitor": {"enabled": False}}))
    assert not kinds(docs, "PodMonitor")
    find(docs, "ConfigMap", "astro-agent-prometheus-adapter-rules")
    docs = synth_agent(minimal_values(metrics={"podMonitor": {"enabled": True, "labels": {"release": "kube-prometheus-stack"}},
                                           "adapterRules": {"enabled": False}}))
    assert find(docs, "PodMonitor", "astro-agent-metrics")["metadata"]["labels"]["release"] == "kube-prometheus-stack"
    assert not [d for d in kinds(docs, "ConfigMap") if "adapter" in d["metadata"]["name"]]


def test_inferred_port_and_path_are_overridable():
    docs = synth_agent(minimal_values(workers=[_hpa_worker()], metrics={"port": 9090, "path": "/internal/metrics",
                                                                      "networkPolicyFrom": []}))
    endpoint = find(docs, "PodMonitor", "astro-agent-metrics")["spec"]["podMetricsEndpoints"][0]
    assert (endpoint["port"], endpoint["path"]) == ("metrics", "/internal/metrics")
    for name in ("astro-agent-worker-w", "astro-agent-triggerer", "astro-agent-dag-processor"):
        ports = find(docs, "Deployment", name)["spec"]["template"]["spec"]["containers"][0]["ports"]
        assert {"name": "metrics", "containerPort": 9090, "protocol": "TCP"} in ports
    sentinel_ports = find(docs, "Deployment", "astro-agent-sentinel")["spec"]["template"]["spec"]["containers"][0]["ports"]
    assert [p["name"] for p in sentinel_ports] == ["http"]  # Sentinel's own server (8080), no metrics port
    # networkPolicyFrom: [] lets any source reach the metrics port (and only that port).
    assert find(docs, "NetworkPolicy", "astro-agent-allow-metrics")["spec"]["ingress"] == [{"ports": [{"port": 9090, "protocol": "TCP"}]}]


def test_adapter_rules_namespace_and_one_rule_per_metric_name():
    older = {"enabled": True, "name": "astro_agent_worker_queued_tasks", "target": {"type": "Value", "Value": 10}}
    docs = synth_agent(minimal_values(workers=[_hpa_worker("a"), _hpa_worker("b", older), _hpa_worker("c")],
                                      metrics={"adapterRules": {"namespace": "monitoring"}}))
    config = find(docs, "ConfigMap", "astro-agent-prometheus-adapter-rules")
    assert config["metadata"]["namespace"] == "monitoring"
    rules = yaml.safe_load(config["data"]["config.yaml"])["rules"]
    assert [r["name"]["as"] for r in rules] == ["astro_agent_client_queued_or_running_tasks", "astro_agent_worker_queued_tasks"]


def test_network_policy_off_means_no_allow_rule():
    docs = synth_agent(minimal_values(workers=[_hpa_worker()]), network_policy=False)
    assert not kinds(docs, "NetworkPolicy")
    find(docs, "PodMonitor", "astro-agent-metrics")


def test_workers_added_later_are_scraped():
    import cdk8s
    from airflow_cdk8s import RemoteExecutionAgent, WorkerValues, validate_values
    from conftest import assert_valid

    chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(minimal_values(workers=[_hpa_worker()])))
    chart.add_worker(WorkerValues(name="gpu"))
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    values = find(docs, "PodMonitor", "astro-agent-metrics")["spec"]["selector"]["matchExpressions"][0]["values"]
    assert "worker-gpu" in values


@pytest.mark.parametrize("metrics, path, message", [
    ({"podMonitor": {"interval": "half a minute"}}, "metrics.podMonitor.interval", "pattern"),
    ({"port": 70000}, "metrics.port", "65535"),
    ({"path": "metrics"}, "metrics.path", "pattern"),
    ({"networkPolicyFrom": [{"podSelector": {"matchLabel": {}}}]}, "metrics.networkPolicyFrom[0].podSelector", "matchLabel"),
    ({"adapterRules": {"namespace": "Monitoring"}}, "metrics.adapterRules.namespace", "lowercase"),
    ({"podMonitor": {"labels": {"release": "not a label value"}}}, "metrics.podMonitor.labels.release", ""),
])
def test_bad_metrics_values_name_the_field(tmp_path, metrics, path, message):
    file = tmp_path / "values.yaml"
    file.write_text(yaml.safe_dump(minimal_values(metrics=metrics)))
    with pytest.raises(ValuesError) as error:
        load_values_file(file)
    text = str(error.value)
    assert path in text and message in text


def test_cli_prints_the_adapter_rules_for_helm(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    file = tmp_path / "values.yaml"
    file.write_text(yaml.safe_dump(minimal_values(workers=[_hpa_worker()])))
    assert run(["adapter-rules", "--values", str(file)]) == 0
    printed = capsys.readouterr().out
    assert yaml.safe_load(printed) == {"rules": {"custom": [monitoring.adapter_rule()]}}
    assert list(tmp_path.iterdir()) == [file]  # prints, writes nothing


def test_cli_says_when_there_is_no_rule(capsys, tmp_path):
    file = tmp_path / "values.yaml"
    file.write_text(yaml.safe_dump(minimal_values()))
    assert run(["adapter-rules", "-f", str(file)]) == 0
    assert "No Prometheus Adapter rule" in capsys.readouterr().out


def test_astro_ui_file_synthesizes_the_whole_chain():
    """The UI-generated file uses hpa.metric: HPA, PodMonitor and adapter rule come out together, all valid."""
    import cdk8s
    from airflow_cdk8s import RemoteExecutionAgent
    from conftest import assert_valid

    values = load_values_file(ROOT / "examples" / "values" / "astro-ui-chart-2.x.yaml")
    docs = cdk8s.Testing.synth(RemoteExecutionAgent(cdk8s.App(), "agent", values=values))
    assert_valid(docs)
    [hpa] = kinds(docs, "HorizontalPodAutoscaler")
    metric_names = [m.get("object", m.get("external", {})).get("metric", {}).get("name") for m in hpa["spec"]["metrics"]]
    served = [r["name"]["as"] for r in monitoring.rules_in(docs)]
    assert set(served) & set(metric_names)
    assert kinds(docs, "PodMonitor")
