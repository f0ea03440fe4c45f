"""What real Airflow needed to boot from our manifests (issue 12), pinned as field asserts.

The runtime conformance suite (tests/runtime) finds these by running Airflow; these tests keep each
fix in place without it. Each one fails on the manifests we synthesized before the fix.
"""

from __future__ import annotations

import os
import subprocess
import sys
from urllib.parse import urlsplit, unquote

import cdk8s
import pytest
import yaml

from airflow_cdk8s.platform import AirflowPlatform, ComponentSettings, OpenTelemetryMetrics

from conftest import assert_valid, find

FAB = "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager"
NASTY_PASSWORD = "p@ss:w/rd#1%?&=+ x"


def synth(**props) -> list[dict]:
    chart = AirflowPlatform(cdk8s.App(), "platform", namespace="airflow", **props)
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    return docs


def airflow_containers(docs: list[dict]):
    """(object name, container) for every container of the Airflow image, task pod template included."""
    for doc in docs:
        if doc["kind"] in ("Deployment", "StatefulSet", "Job"):
            spec = doc["spec"]["template"]["spec"]
            for c in spec.get("initContainers", []) + spec["containers"]:
                if "airflow:" in c["image"]:
                    yield doc["metadata"]["name"], c, spec
    for doc in docs:
        if doc["kind"] == "ConfigMap" and "pod_template_file.yaml" in doc.get("data", {}):
            spec = yaml.safe_load(doc["data"]["pod_template_file.yaml"])["spec"]
            for c in spec["containers"]:
                yield "pod-template", c, spec


def env(c: dict) -> dict:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in c.get("env", [])}


def mounts(c: dict) -> dict[str, dict]:
    return {m["mountPath"]: m for m in c.get("volumeMounts", [])}


def writable(spec: dict, c: dict, path: str) -> bool:
    """``path`` is on a writable volume (emptyDir or claim) of the pod, not on the read-only root."""
    m = mounts(c).get(path)
    if m is None or m.get("readOnly"):
        return False
    volume = next((v for v in spec.get("volumes", []) if v["name"] == m["name"]), None)
    return volume is None or "emptyDir" in volume or "persistentVolumeClaim" in volume  # None: a claim template


@pytest.mark.parametrize("executor", ["KubernetesExecutor", "CeleryExecutor"])
def test_airflow3_names_its_auth_manager_in_every_container(executor):
    # Without it Airflow 3 falls back to SimpleAuthManager, which writes a passwords file into AIRFLOW_HOME.
    for name, c, _ in airflow_containers(synth(executor=executor)):
        assert env(c).get("AIRFLOW__CORE__AUTH_MANAGER") == FAB, (name, c["name"])


@pytest.mark.parametrize("version,image", [(2, "apache/airflow:2.9.3"), (3, "apache/airflow:3.0.6")])
def test_every_airflow_container_has_a_writable_logs_folder(version, image):
    # Airflow 2's logging config creates <logs>/<component> at import: migrations and check-migrations too.
    for name, c, spec in airflow_containers(synth(airflow_version=version, image=image)):
        assert c["securityContext"]["readOnlyRootFilesystem"] is True
        assert writable(spec, c, "/opt/airflow/logs"), (name, c["name"])
        assert writable(spec, c, "/tmp"), (name, c["name"])


def test_airflow2_webserver_writes_its_pid_file_to_a_writable_folder():
    docs = synth(airflow_version=2, image="apache/airflow:2.9.3")
    deployment = find(docs, "Deployment", "airflow-api-server")
    c = deployment["spec"]["template"]["spec"]["containers"][0]
    pid = c["args"][c["args"].index("--pid") + 1]
    assert pid.startswith("/tmp/") and writable(deployment["spec"]["template"]["spec"], c, "/tmp")


@pytest.mark.parametrize("version,image", [(2, "apache/airflow:2.9.3"), (3, "apache/airflow:3.0.6")])
def test_task_pods_find_airflow_cfg_mounted(version, image):
    # Airflow 2's CLI writes a default airflow.cfg into AIRFLOW_HOME when there is none.
    [(_, base, spec)] = [x for x in airflow_containers(synth(airflow_version=version, image=image)) if x[0] == "pod-template"]
    m = mounts(base)["/opt/airflow/airflow.cfg"]
    volume = next(v for v in spec["volumes"] if v["name"] == m["name"])
    assert volume["configMap"]["name"] == "airflow-config" and m["subPath"] == "airflow.cfg"


def test_api_server_survives_a_slow_first_start():
    c = find(synth(), "Deployment", "airflow-api-server")["spec"]["template"]["spec"]["containers"][0]
    startup = c["startupProbe"]
    assert startup["httpGet"] == c["livenessProbe"]["httpGet"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 300  # the first start took ~105 s on 1 CPU
    assert env(c)["AIRFLOW__API__WORKERS"] == "1"  # one worker per core of its 1-CPU limit, not Airflow's 4


def test_api_server_workers_follow_its_cpu_limit_and_yield_to_an_explicit_setting():
    big = ComponentSettings(resources={"limits": {"cpu": "3", "memory": "4Gi"}, "requests": {"cpu": "1", "memory": "2Gi"}})
    c = find(synth(api_server=big), "Deployment", "airflow-api-server")["spec"]["template"]["spec"]["containers"][0]
    assert env(c)["AIRFLOW__API__WORKERS"] == "3"
    mine = ComponentSettings(env=({"name": "AIRFLOW__WEBSERVER__WORKERS", "value": "2"},))
    docs = synth(airflow_version=2, image="apache/airflow:2.9.3", api_server=mine)
    c = find(docs, "Deployment", "airflow-api-server")["spec"]["template"]["spec"]["containers"][0]
    assert env(c)["AIRFLOW__WEBSERVER__WORKERS"] == "2"


def test_embedded_postgres_url_works_with_any_password():
    docs = synth()
    c = find(docs, "Deployment", "airflow-scheduler")["spec"]["template"]["spec"]["containers"][0]
    url = env(c)["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    assert "$(" not in url and urlsplit(url).password is None  # nothing substituted into the URL
    assert env(c)["PGPASSWORD"] == {"secretKeyRef": {"name": "airflow-postgres", "key": "password"}}


def test_embedded_redis_url_is_composed_url_encoded_in_the_container():
    docs = synth(executor="CeleryExecutor")
    c = find(docs, "StatefulSet", "airflow-worker")["spec"]["template"]["spec"]["containers"][0]
    command = env(c)["AIRFLOW__CELERY__BROKER_URL_CMD"]
    # Airflow runs *_CMD through shlex.split, without a shell: do the same with the nasty password.
    import shlex

    argv = [sys.executable if a == "python" else a for a in shlex.split(command)]
    out = subprocess.run(argv, capture_output=True, text=True, check=True,
                         env={**os.environ, "AIRFLOW_REDIS_PASSWORD": NASTY_PASSWORD}).stdout.strip()
    parts = urlsplit(out)
    assert unquote(parts.password) == NASTY_PASSWORD
    assert (parts.hostname, parts.port, parts.path) == ("airflow-redis.airflow.svc.cluster.local", 6379, "/0")
    assert "AIRFLOW__CELERY__BROKER_URL" not in env(c)


def test_the_google_allow_list_is_anchored():
    import ast
    import re

    from airflow_cdk8s.platform import GoogleOAuth

    docs = synth(google_oauth=GoogleOAuth(client_secret_name="google-oauth", allowed_domain="example.com"))
    config = find(docs, "ConfigMap", "airflow-config")["data"]["webserver_config.py"]
    line = next(l for l in config.splitlines() if l.startswith('_PROVIDER["whitelist"]'))
    allow = ast.literal_eval(line.split("=", 1)[1].split("#")[0].strip())
    admitted = lambda email: any(re.search(p, email) for p in allow)  # noqa: E731 - what Flask-AppBuilder does
    assert admitted("a@example.com")
    assert not admitted("a@example.com.evil.net") and not admitted("a@evil-example.com") and not admitted("a@example.comx")


def task_pod(docs: list[dict]) -> dict:
    config = find(docs, "ConfigMap", "airflow-pod-template")
    return yaml.safe_load(config["data"]["pod_template_file.yaml"])


def test_airflow3_task_pods_get_the_execution_api_and_nothing_that_signs_or_opens_the_database():
    pod = task_pod(synth())
    base = pod["spec"]["containers"][0]
    variables = env(base)
    assert variables["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-api-server.airflow.svc.cluster.local:8080/execution/"
    for withheld in ("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "PGPASSWORD", "AIRFLOW__API_AUTH__JWT_SECRET",
                     "AIRFLOW__API__SECRET_KEY", "AIRFLOW__CORE__FERNET_KEY"):
        assert withheld not in variables
    assert pod["spec"]["serviceAccountName"] == "airflow-task" and pod["spec"]["automountServiceAccountToken"] is False
    assert pod["metadata"]["labels"]["airflow-cdk8s.io/task-pod"] == "true"


def test_airflow2_task_pods_keep_the_database_but_not_the_schedulers_identity():
    from airflow_cdk8s import AwsIrsa

    docs = synth(airflow_version=2, image="apache/airflow:2.9.3", identity=AwsIrsa(role_arn="arn:aws:iam::123456789012:role/Scheduler"))
    pod = task_pod(docs)
    assert "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN" in env(pod["spec"]["containers"][0])  # Airflow 2 tasks need it
    account = find(docs, "ServiceAccount", "airflow-task")
    assert "eks.amazonaws.com/role-arn" not in account["metadata"].get("annotations", {})
    assert find(docs, "ServiceAccount", "airflow")["metadata"]["annotations"]["eks.amazonaws.com/role-arn"].endswith("Scheduler")


def test_task_identity_is_the_task_service_accounts_own():
    from airflow_cdk8s import AwsIrsa

    docs = synth(task_identity=AwsIrsa(role_arn="arn:aws:iam::123456789012:role/Tasks"))
    account = find(docs, "ServiceAccount", "airflow-task")
    assert account["metadata"]["annotations"]["eks.amazonaws.com/role-arn"] == "arn:aws:iam::123456789012:role/Tasks"


def selects(selector: dict, labels: dict) -> bool:
    """Kubernetes label selector semantics (matchLabels and the operators we use)."""
    if any(labels.get(k) != v for k, v in selector.get("matchLabels", {}).items()):
        return False
    for e in selector.get("matchExpressions", []):
        present, value = e["key"] in labels, labels.get(e["key"])
        ok = {"In": present and value in e.get("values", []), "NotIn": not present or value not in e.get("values", []),
              "Exists": present, "DoesNotExist": not present}[e["operator"]]
        if not ok:
            return False
    return True


def ingress_allowed(docs: list[dict], source: dict, target: dict) -> bool:
    """Whether some ingress policy selecting ``target`` admits pods labelled like ``source`` (same namespace)."""
    chosen = [p for p in docs if p["kind"] == "NetworkPolicy" and "Ingress" in p["spec"]["policyTypes"]
              and selects(p["spec"]["podSelector"], target)]
    assert chosen, "the target is not isolated at all"
    return any(not rule.get("from") or any("podSelector" in peer and selects(peer["podSelector"], source) for peer in rule["from"])
               for p in chosen for rule in p["spec"].get("ingress", []))


def labels_of(docs: list[dict], kind: str, name: str) -> dict:
    return find(docs, kind, name)["spec"]["template"]["metadata"]["labels"]


@pytest.mark.parametrize("version,image", [(3, "apache/airflow:3.0.6"), (2, "apache/airflow:2.9.3")])
def test_network_policies_keep_airflow3_task_pods_away_from_postgres(version, image):
    docs = synth(airflow_version=version, image=image)
    task = task_pod(docs)["metadata"]["labels"]
    postgres = labels_of(docs, "StatefulSet", "airflow-postgres")
    scheduler = labels_of(docs, "Deployment", "airflow-scheduler")
    api = labels_of(docs, "Deployment", "airflow-api-server")
    assert ingress_allowed(docs, scheduler, postgres)
    assert ingress_allowed(docs, task, postgres) is (version == 2)  # Airflow 2 tasks do open the database
    assert ingress_allowed(docs, task, api)
    assert not ingress_allowed(docs, {"app": "somebody-else"}, postgres)


def test_celery_broker_takes_no_connections_from_outside_the_platform():
    docs = synth(executor="CeleryExecutor")
    redis = labels_of(docs, "Deployment", "airflow-redis")
    assert ingress_allowed(docs, labels_of(docs, "StatefulSet", "airflow-worker"), redis)
    assert not ingress_allowed(docs, {"app": "somebody-else"}, redis)


def test_airflow3_task_pods_may_reach_only_dns_the_api_server_metrics_and_outside_addresses():
    docs = synth()
    [policy] = [p for p in docs if p["kind"] == "NetworkPolicy" and p["metadata"]["name"] == "airflow-task-egress"]
    assert selects(policy["spec"]["podSelector"], task_pod(docs)["metadata"]["labels"])
    rules = policy["spec"]["egress"]
    assert {"port": 53, "protocol": "UDP"} in rules[0]["ports"]
    assert rules[1] == {"to": [{"podSelector": {"matchLabels": find(docs, "Deployment", "airflow-api-server")["spec"]["selector"]["matchLabels"]}}],
                        "ports": [{"port": 8080, "protocol": "TCP"}]}
    assert rules[2]["ports"] == [{"port": 9125, "protocol": "UDP"}]  # the StatsD exporter's pods only
    assert "10.0.0.0/8" in rules[3]["to"][0]["ipBlock"]["except"]  # pod addresses: PostgreSQL, Redis
    assert len(rules) == 4


def test_egress_policies_for_the_components_are_there_when_asked():
    assert not [p for p in synth() if p["kind"] == "NetworkPolicy" and p["metadata"]["name"] == "airflow-egress"]
    docs = synth(egress_policies=True, egress_cidrs=("203.0.113.0/24",))
    [policy] = [p for p in docs if p["kind"] == "NetworkPolicy" and p["metadata"]["name"] == "airflow-egress"]
    assert selects(policy["spec"]["podSelector"], labels_of(docs, "Deployment", "airflow-scheduler"))
    assert not selects(policy["spec"]["podSelector"], task_pod(docs)["metadata"]["labels"])
    assert {"to": [{"ipBlock": {"cidr": "203.0.113.0/24"}}]} in policy["spec"]["egress"]


@pytest.mark.parametrize("props, expected", [
    ({"egress_policies": True, "egress_cidrs": "10.0.0.0/8"}, "egress_cidrs: '10.0.0.0/8' must be a list of CIDRs"),
    ({"egress_policies": True, "egress_cidrs": ["10.0.0/8"]}, "egress_cidrs[0]: '10.0.0/8' is not a CIDR"),
    ({"egress_policies": True, "egress_cidrs": ["10.0.0.0/8", "10.1.2.3"]}, "egress_cidrs[1]: '10.1.2.3' is not a CIDR"),
    ({"egress_cidrs": ["10.0.0.0/8"], "airflow_version": 2}, "egress_cidrs: has no effect without egress_policies=True"),
    ({"egress_policies": True, "egress_cidrs": ["10.0.0.0/8"], "network_policies": False}, "egress_cidrs: has no effect with network_policies=False"),
])
def test_egress_cidrs_are_checked_where_they_are_given(props, expected):
    with pytest.raises(ValueError) as raised:
        synth(**props)
    assert expected in str(raised.value)


def test_an_empty_egress_cidrs_list_allows_no_outside_address():
    docs = synth(egress_policies=True, egress_cidrs=[])
    for name in ("airflow-egress", "airflow-task-egress"):
        [policy] = [p for p in docs if p["kind"] == "NetworkPolicy" and p["metadata"]["name"] == name]
        assert not [rule for rule in policy["spec"]["egress"] for to in rule.get("to", []) if "ipBlock" in to], policy


def egress_rules(docs: list[dict], name: str) -> list[dict]:
    [policy] = [p for p in docs if p["kind"] == "NetworkPolicy" and p["metadata"]["name"] == name]
    return policy["spec"]["egress"]


def test_task_pods_and_egress_restricted_components_may_send_their_metrics():
    # Airflow 3 task pods send metrics too; the task egress policy let them reach only DNS and the API server.
    statsd = {"to": [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "airflow", "app.kubernetes.io/instance": "airflow",
                                                      "app.kubernetes.io/component": "statsd-exporter"}}}],
              "ports": [{"port": 9125, "protocol": "UDP"}]}
    docs = synth(egress_policies=True)
    assert statsd in egress_rules(docs, "airflow-task-egress") and statsd in egress_rules(docs, "airflow-egress")
    otel = {"to": [{"namespaceSelector": {}}], "ports": [{"port": 4318, "protocol": "TCP"}]}
    docs = synth(egress_policies=True, metrics=OpenTelemetryMetrics(host="otel-collector.observability.svc.cluster.local"))
    assert otel in egress_rules(docs, "airflow-task-egress") and otel in egress_rules(docs, "airflow-egress")
    docs = synth(egress_policies=True, metrics=None)
    assert not [r for r in egress_rules(docs, "airflow-task-egress") if r.get("ports", [{}])[0].get("port") in (9125, 4318)]
