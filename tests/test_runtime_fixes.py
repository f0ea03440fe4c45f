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

from airflow_cdk8s.platform import AirflowPlatform, ComponentSettings

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
