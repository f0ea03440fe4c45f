"""Self-hosted metrics: Airflow's [metrics] settings, the StatsD exporter, its ServiceMonitor and policies, OTel."""

from __future__ import annotations

import re

import cdk8s
import pytest
import yaml

from airflow_cdk8s import ValuesError
from airflow_cdk8s.checks import crd_schema
from airflow_cdk8s.platform import AirflowPlatform, OpenTelemetryMetrics, StatsdExporter
from airflow_cdk8s.platform.metrics import mapping_config

from conftest import assert_valid, container, env_of, find, kinds

AIRFLOW_PODS = ("airflow-scheduler", "airflow-api-server", "airflow-dag-processor", "airflow-triggerer")


def synth(**props) -> list[dict]:
    docs = cdk8s.Testing.synth(AirflowPlatform(cdk8s.App(), "platform", namespace="airflow", **props))
    assert_valid(docs)
    return docs


def airflow_envs(docs) -> dict[str, dict]:
    """Env of every Airflow process: the components, the Celery workers and the task pod template."""
    envs = {name: env_of(container(find(docs, "Deployment", name))) for name in AIRFLOW_PODS}
    for workers in kinds(docs, "StatefulSet"):
        if workers["metadata"]["name"] == "airflow-worker":
            envs["airflow-worker"] = env_of(container(workers))
    for config in kinds(docs, "ConfigMap"):
        if "pod_template_file.yaml" in config.get("data", {}):
            envs["task pod"] = env_of(yaml.safe_load(config["data"]["pod_template_file.yaml"])["spec"]["containers"][0])
    return envs


@pytest.mark.parametrize("executor", ["CeleryExecutor", "KubernetesExecutor"])
def test_every_airflow_process_sends_statsd_to_the_exporter_service(executor):
    docs = synth(executor=executor)
    envs = airflow_envs(docs)
    assert ("airflow-worker" in envs) == (executor == "CeleryExecutor") and ("task pod" in envs) != (executor == "CeleryExecutor")
    service = find(docs, "Service", "airflow-statsd-exporter")
    [udp] = [p for p in service["spec"]["ports"] if p["protocol"] == "UDP"]
    for name, env in envs.items():
        assert env["AIRFLOW__METRICS__STATSD_ON"] == "True", name
        assert env["AIRFLOW__METRICS__STATSD_HOST"] == "airflow-statsd-exporter.airflow.svc.cluster.local", name
        assert env["AIRFLOW__METRICS__STATSD_PORT"] == str(udp["port"]) == "9125", name
        assert env["AIRFLOW__METRICS__STATSD_PREFIX"] == "airflow", name
    # The Service's ports lead to the container's named ports.
    exporter = container(find(docs, "Deployment", "airflow-statsd-exporter"))
    ports = {p["name"]: p for p in exporter["ports"]}
    assert {(p["targetPort"], p["protocol"]) for p in service["spec"]["ports"]} == {(n, p["protocol"]) for n, p in ports.items()}
    assert service["spec"]["selector"] == find(docs, "Deployment", "airflow-statsd-exporter")["spec"]["selector"]["matchLabels"]
    assert not kinds(docs, "ServiceMonitor")


def test_exporter_reads_the_mapping_it_mounts_and_is_restricted():
    docs = synth()
    deployment = find(docs, "Deployment", "airflow-statsd-exporter")
    pod = deployment["spec"]["template"]["spec"]
    main = pod["containers"][0]
    flag = next(a for a in main["args"] if a.startswith("--statsd.mapping-config="))
    path = flag.split("=", 1)[1]
    [mount] = [m for m in main["volumeMounts"] if path.startswith(m["mountPath"] + "/")]
    [volume] = [v for v in pod["volumes"] if v["name"] == mount["name"]]
    config = find(docs, "ConfigMap", volume["configMap"]["name"])
    key = path[len(mount["mountPath"]) + 1:]
    assert yaml.safe_load(config["data"][key]) == yaml.safe_load(mapping_config())
    assert "--statsd.listen-udp=:9125" in main["args"] and "--web.listen-address=:9102" in main["args"]
    assert main["image"] == "prom/statsd-exporter:v0.28.0"
    assert main["securityContext"]["readOnlyRootFilesystem"] is True
    assert pod["securityContext"]["runAsUser"] == 65534 and pod["automountServiceAccountToken"] is False
    assert set(main["resources"]) == {"limits", "requests"}
    assert main["livenessProbe"]["httpGet"] == {"path": "/metrics", "port": "metrics"}
    # A changed mapping rolls the exporter.
    assert deployment["spec"]["template"]["metadata"]["annotations"]["checksum/statsd-mappings"]


def test_network_policy_lets_airflow_send_and_prometheus_scrape():
    docs = synth(metrics=StatsdExporter(scrape_from=({"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}},)))
    policy = find(docs, "NetworkPolicy", "airflow-statsd-exporter")["spec"]
    assert policy["podSelector"] == {"matchLabels": find(docs, "Deployment", "airflow-statsd-exporter")["spec"]["selector"]["matchLabels"]}
    send, scrape = policy["ingress"]
    assert send == {"from": [{"podSelector": {"matchLabels": {"airflow-cdk8s.io/platform": "airflow"}}}],
                    "ports": [{"port": 9125, "protocol": "UDP"}]}
    assert scrape == {"ports": [{"port": 9102, "protocol": "TCP"}],
                      "from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}]}
    # Every Airflow pod carries the label the UDP rule admits.
    for name in AIRFLOW_PODS:
        assert find(docs, "Deployment", name)["spec"]["template"]["metadata"]["labels"]["airflow-cdk8s.io/platform"] == "airflow"
    assert not [d for d in kinds(synth(network_policies=False), "NetworkPolicy")]


def test_service_monitor_on_request_is_valid_and_selects_the_service():
    docs = synth(metrics=StatsdExporter(service_monitor=True, service_monitor_labels={"release": "kube-prometheus-stack"},
                                        interval="15s"))
    monitor = find(docs, "ServiceMonitor", "airflow-statsd-exporter")
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1" and crd_schema.check_object(monitor) == []
    assert monitor["metadata"]["labels"]["release"] == "kube-prometheus-stack"
    service = find(docs, "Service", "airflow-statsd-exporter")
    labels = service["metadata"]["labels"]
    assert all(labels.get(k) == v for k, v in monitor["spec"]["selector"]["matchLabels"].items())
    [endpoint] = monitor["spec"]["endpoints"]
    assert endpoint["port"] in {p["name"] for p in service["spec"]["ports"] if p["protocol"] == "TCP"}
    assert (endpoint["path"], endpoint["interval"]) == ("/metrics", "15s")
    assert monitor["spec"]["namespaceSelector"] == {"matchNames": ["airflow"]}


def test_opentelemetry_collector_instead_of_the_exporter():
    docs = synth(executor="CeleryExecutor",
                 metrics=OpenTelemetryMetrics(host="otel-collector.observability.svc.cluster.local", ssl=True, interval_milliseconds=30000))
    for name, env in airflow_envs(docs).items():
        assert env["AIRFLOW__METRICS__OTEL_ON"] == "True", name
        assert env["AIRFLOW__METRICS__OTEL_HOST"] == "otel-collector.observability.svc.cluster.local"
        assert (env["AIRFLOW__METRICS__OTEL_PORT"], env["AIRFLOW__METRICS__OTEL_SSL_ACTIVE"]) == ("4318", "True")
        assert env["AIRFLOW__METRICS__OTEL_INTERVAL_MILLISECONDS"] == "30000"
        assert "AIRFLOW__METRICS__STATSD_ON" not in env
    assert not [d for d in docs if "statsd" in d["metadata"]["name"]]


def test_metrics_off():
    docs = synth(metrics=None)
    assert not [d for d in docs if "statsd" in d["metadata"]["name"]]
    for env in airflow_envs(docs).values():
        assert not [k for k in env if k.startswith("AIRFLOW__METRICS__")]


def test_user_env_wins_over_the_metrics_settings():
    docs = synth(env=[{"name": "AIRFLOW__METRICS__STATSD_PREFIX", "value": "team_a"}])
    assert {env["AIRFLOW__METRICS__STATSD_PREFIX"] for env in airflow_envs(docs).values()} == {"team_a"}


@pytest.mark.parametrize("make, expected", [
    (lambda: StatsdExporter(prefix="air-flow"), "prefix: 'air-flow' must be letters"),
    (lambda: StatsdExporter(interval="soon"), "interval: 'soon' is not a Prometheus duration"),
    (lambda: StatsdExporter(scrape_from=({"namespaceSelector": {"matchLabel": {}}},)), "scrape_from[0].namespaceSelector"),
    (lambda: OpenTelemetryMetrics(host="http://collector:4318"), "host:"),
    (lambda: OpenTelemetryMetrics(host="collector", port=0), "port: 0"),
])
def test_bad_metrics_settings_name_the_field(make, expected):
    with pytest.raises(ValuesError) as error:
        make()
    assert expected in str(error.value)


def _glob_mapped(config: str, metric: str) -> tuple[str, dict[str, str]] | str | None:
    """statsd_exporter's glob mapping: `*` is one dot-free part, `$n` the n-th; the first match wins."""
    for mapping in yaml.safe_load(config)["mappings"]:
        pattern = "^" + r"\.".join("([^.]+)" if part == "*" else re.escape(part) for part in mapping["match"].split(".")) + "$"
        if match := re.match(pattern, metric):
            if mapping.get("action") == "drop":
                return "drop"
            return mapping["name"], {k: re.sub(r"\$(\d)", lambda m: match.group(int(m.group(1))), v)
                                     for k, v in mapping["labels"].items()}
    return None


@pytest.mark.parametrize("metric, expected", [
    ("airflow.dag_processing.last_duration.example_dag", ("airflow_dag_processing_last_duration", {"dag_file": "example_dag"})),
    ("airflow.dag.etl.load.duration", ("airflow_task_duration", {"dag_id": "etl", "task_id": "load"})),
    ("airflow.ti.finish.etl.load.success", ("airflow_ti_finish", {"dag_id": "etl", "task_id": "load", "state": "success"})),
    ("airflow.pool.open_slots.default_pool", ("airflow_pool_open_slots", {"pool": "default_pool"})),
    ("airflow.dagrun.duration.failed.etl", ("airflow_dagrun_duration", {"dag_id": "etl", "state": "failed"})),
    ("airflow.pool.open_slots", "drop"),  # the untagged twin of the line above
    ("airflow.triggers.running.worker-0", ("airflow_triggers_running", {"hostname": "worker-0"})),
    ("airflow.triggers.running", "drop"),
    ("airflow.task.scheduled_duration", "drop"),  # the tag-only twin of dag.<dag>.<task>.scheduled_duration
    ("airflow.dagrun.dependency-check", "drop"),
    ("airflow.ti.running.default.etl.load", ("airflow_ti_running", {"queue": "default", "dag_id": "etl", "task_id": "load"})),
    ("airflow.scheduler_heartbeat", None),  # no mapping: the exporter names it airflow_scheduler_heartbeat
])
def test_mapping_turns_names_into_labels(metric, expected):
    assert _glob_mapped(mapping_config(), metric) == expected


def test_mapping_passes_the_exporters_load_time_checks():
    """What statsd_exporter checks when it loads a mapping file (it refuses to start otherwise): every
    mapping has a name; a glob match is dot-separated parts of letters, digits, '_' and inner '-', or '*';
    names and label keys are Prometheus-safe. The binary is not installable here, so its rules are restated."""
    part = r"[a-zA-Z_](-?[a-zA-Z0-9_])*"
    match_line = re.compile(rf"^(\*\.|{part}\.)+(\*|{part})$")
    name = re.compile(r"^([a-zA-Z_]|\$\{?\d+\}?)([a-zA-Z0-9_]|\$\{?\d+\}?)*$")
    label_key = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]+$")
    for prefix in ("airflow", "team_a"):
        mappings = yaml.safe_load(mapping_config(prefix))["mappings"]
        assert mappings
        for mapping in mappings:
            assert set(mapping) <= {"match", "name", "labels", "action"}, mapping
            assert match_line.match(mapping["match"]) and mapping["match"].startswith(prefix + "."), mapping
            assert mapping.get("name") and name.match(mapping["name"]), mapping
            assert all(label_key.match(k) for k in mapping.get("labels", {})), mapping
            assert mapping.get("action", "map") in ("map", "drop"), mapping
        # One Prometheus name, one set of label names (the exporter drops samples that differ).
        label_sets: dict[str, set[frozenset[str]]] = {}
        for mapping in mappings:
            if mapping.get("action") != "drop":
                label_sets.setdefault(mapping["name"], set()).add(frozenset(mapping["labels"]))
        assert all(len(sets) == 1 for sets in label_sets.values()), label_sets
