"""AirflowPlatform: git-sync, the logs claim and remote logging on every Airflow pod."""

from __future__ import annotations

import yaml

from airflow_cdk8s import GitSync, RemoteLogging

from conftest import PLATFORM_COMPONENTS as COMPONENTS, env_of, find, pod_spec as pod, synth_platform as synth


def test_git_sync_reaches_every_component_and_task_pods():
    docs = synth(git_sync=GitSync(repo="https://github.com/example/dags.git", branch="main"))
    for name in COMPONENTS:
        assert "git-sync" in [c["name"] for c in pod(docs, "Deployment", name)["containers"]]
    task_pod = yaml.safe_load(find(docs, "ConfigMap", "airflow-pod-template")["data"]["pod_template_file.yaml"])
    assert "git-sync-init" in [c["name"] for c in task_pod["spec"]["initContainers"]]
    assert "git-sync" not in [c["name"] for c in task_pod["spec"]["containers"]]


def test_logs_claim_and_remote_logging_everywhere():
    docs = synth(logs_claim="airflow-logs", remote_logging=RemoteLogging(base_log_folder="s3://bucket/logs"))
    for name in COMPONENTS:
        spec = pod(docs, "Deployment", name)
        assert {"name": "logs", "persistentVolumeClaim": {"claimName": "airflow-logs"}} in spec["volumes"]
        env = env_of(spec["containers"][0])
        assert env["AIRFLOW__LOGGING__REMOTE_LOGGING"] == "True"
        assert env["AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER"] == "s3://bucket/logs"
