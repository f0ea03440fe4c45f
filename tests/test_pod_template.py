"""KubernetesExecutorPodTemplate: the task pod in its ConfigMap, and the scheduler side."""

from __future__ import annotations

from typing import Any

import cdk8s
import pytest
import yaml

from airflow_cdk8s import RemoteExecutionAgent, ValuesError, validate_values
from airflow_cdk8s.checks import check_objects
from airflow_cdk8s.gitsync import GitSync
from airflow_cdk8s.logs import AzureBlobLogsVolume, RemoteLogging, mount_logs_claim
from airflow_cdk8s.pod_template import POD_TEMPLATE_KEY, KubernetesExecutorPodTemplate
from conftest import assert_valid, container, env_of, find, minimal_values

IMAGE = "apache/airflow:2.10.5"


def template(chart: cdk8s.Chart | None = None, **props: Any) -> KubernetesExecutorPodTemplate:
    chart = chart or cdk8s.Chart(cdk8s.App(), "test")
    props = {"namespace": "airflow", "image": IMAGE, "service_account_name": "airflow-worker", **props}
    return KubernetesExecutorPodTemplate(chart, "PodTemplate", **props)


def synth(t: KubernetesExecutorPodTemplate) -> list[dict[str, Any]]:
    docs = cdk8s.Testing.synth(cdk8s.Chart.of(t))
    assert_valid(docs)
    return docs


def task_pod(t: KubernetesExecutorPodTemplate) -> dict[str, Any]:
    """The Pod in the ConfigMap, after the gates (which also check the embedded Pod)."""
    config_map = find(synth(t), "ConfigMap", t.name)
    return yaml.safe_load(config_map["data"][POD_TEMPLATE_KEY])


def base(pod: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in pod["spec"]["containers"] if c["name"] == "base")


def problems_of(**props: Any) -> str:
    with pytest.raises(ValuesError) as error:
        template(**props)
    return "\n".join(error.value.problems)


# ---- the task pod ------------------------------------------------------------------------

def test_config_map_holds_one_pod_template_file():
    t = template()
    config_map = find(synth(t), "ConfigMap", "airflow-pod-template")
    assert config_map["metadata"]["namespace"] == "airflow"
    assert list(config_map["data"]) == [POD_TEMPLATE_KEY]
    pod = yaml.safe_load(config_map["data"][POD_TEMPLATE_KEY])
    assert (pod["apiVersion"], pod["kind"]) == ("v1", "Pod")


def test_task_pod_basics():
    pod = task_pod(template(env={"AIRFLOW__CORE__EXECUTOR": "KubernetesExecutor"}))
    spec = pod["spec"]
    assert spec["restartPolicy"] == "Never"
    assert spec["serviceAccountName"] == "airflow-worker"
    assert spec["automountServiceAccountToken"] is False
    assert [c["name"] for c in spec["containers"]] == ["base"]
    assert base(pod)["image"] == IMAGE
    assert base(pod)["imagePullPolicy"] == "IfNotPresent"
    assert env_of(base(pod)) == {"AIRFLOW__CORE__EXECUTOR": "KubernetesExecutor"}
    assert base(pod)["resources"] == {"limits": {"cpu": "1", "memory": "2Gi"}, "requests": {"cpu": "500m", "memory": "1Gi"}}
    assert pod["metadata"]["labels"]["app.kubernetes.io/component"] == "worker"


def test_task_pod_is_restricted_and_logs_are_writable():
    pod = task_pod(template())
    assert pod["spec"]["securityContext"] == {"fsGroup": 50000, "runAsNonRoot": True, "runAsUser": 50000,
                                              "seccompProfile": {"type": "RuntimeDefault"}}
    assert base(pod)["securityContext"] == {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]},
                                            "readOnlyRootFilesystem": True, "runAsNonRoot": True}
    assert base(pod)["volumeMounts"] == [{"name": "tmp", "mountPath": "/tmp"}, {"name": "logs", "mountPath": "/opt/airflow/logs"}]
    assert pod["spec"]["volumes"] == [{"name": "tmp", "emptyDir": {}}, {"name": "logs", "emptyDir": {}}]


def test_configuration_by_reference_only():
    t = template(
        secret_env={"AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": ("airflow-db", "connection")},
        env_from_secrets=["airflow-secrets"],
        env_from_config_maps=["airflow-env"],
    )
    pod = task_pod(t)
    assert env_of(base(pod))["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == {
        "secretKeyRef": {"name": "airflow-db", "key": "connection"}}
    assert base(pod)["envFrom"] == [{"configMapRef": {"name": "airflow-env"}}, {"secretRef": {"name": "airflow-secrets"}}]


@pytest.mark.parametrize("env, name", [
    ({"AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": "postgresql+psycopg2://airflow:pw@db:5432/airflow"}, "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"),
    ({"AIRFLOW__CORE__FERNET_KEY": "oniqx7yno09xmpe9umpqxR390U-0="}, "AIRFLOW__CORE__FERNET_KEY"),
    ({"AIRFLOW__CELERY__RESULT_BACKEND": "db+postgresql://airflow:pw@db/airflow"}, "AIRFLOW__CELERY__RESULT_BACKEND"),
    ({"AIRFLOW__GOOGLE__CLIENT_SECRET": "x"}, "AIRFLOW__GOOGLE__CLIENT_SECRET"),
    ({"AIRFLOW_CONN_AWS_DEFAULT": "aws://"}, "AIRFLOW_CONN_AWS_DEFAULT"),
    ({"POSTGRES_PASSWORD": "x"}, "POSTGRES_PASSWORD"),
    ({"DB_URL": "postgresql://airflow:hunter2@db/airflow"}, "DB_URL"),
])
def test_secrets_never_go_into_the_config_map(env, name):
    # The reference pod template (003_*.txt) reads such values from a ConfigMap; here they are refused.
    message = problems_of(env=env)
    assert f"env[{name!r}]:" in message
    assert "secret_env or env_from_secrets" in message


def test_non_secret_settings_with_secret_in_the_name_are_fine():
    backend = "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend"
    pod = task_pod(template(env={"AIRFLOW__SECRETS__BACKEND": backend}))
    assert env_of(base(pod))["AIRFLOW__SECRETS__BACKEND"] == backend


def test_git_sync_runs_once_before_the_task():
    t = template()
    GitSync(repo="https://github.com/example/dags.git", branch="main", sub_path="dags").attach(t)
    pod = task_pod(t)
    [init] = pod["spec"]["initContainers"]
    assert init["name"] == "git-sync-init"
    assert env_of(init)["GITSYNC_ONE_TIME"] == "true"
    assert env_of(base(pod))["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/airflow/dags/repo/dags"
    assert {"name": "dags", "mountPath": "/opt/airflow/dags", "readOnly": True} in base(pod)["volumeMounts"]


def test_logs_volume_replaces_the_empty_dir():
    t = template()
    mount_logs_claim(t, "airflow-logs")
    pod = task_pod(t)
    assert {"name": "logs", "persistentVolumeClaim": {"claimName": "airflow-logs"}} in pod["spec"]["volumes"]
    assert [m for m in base(pod)["volumeMounts"] if m["mountPath"] == "/opt/airflow/logs"] == [
        {"name": "logs", "mountPath": "/opt/airflow/logs"}]


def test_everything_attached_passes_the_gates():
    chart = cdk8s.Chart(cdk8s.App(), "test")
    t = template(chart)
    GitSync(repo="git@github.com:example/dags.git", ssh_key_secret="git-ssh",
            known_hosts_config_map="git-known-hosts").attach(t)
    AzureBlobLogsVolume(chart, "Logs", namespace="airflow", storage_account="airflowlogs", container_name="logs",
                        secret_name="airflow-logs-storage").attach(t)
    RemoteLogging(base_log_folder="s3://airflow-logs/prod").attach(t)
    pod = task_pod(t)
    assert env_of(base(pod))["AIRFLOW__LOGGING__REMOTE_LOGGING"] == "True"


def test_mutators_after_construction_reach_the_yaml():
    t = template()
    t.add_env("LATE", "1")
    t.add_pod_checksum("config", "x")
    pod = task_pod(t)
    assert env_of(base(pod))["LATE"] == "1"
    assert "checksum/config" in pod["metadata"]["annotations"]


def test_subclass_can_override_rendering():
    class WithPriority(KubernetesExecutorPodTemplate):
        def render_pod_spec(self):
            return {**super().render_pod_spec(), "priorityClassName": "batch"}

    chart = cdk8s.Chart(cdk8s.App(), "test")
    t = WithPriority(chart, "PodTemplate", namespace="airflow", image=IMAGE, service_account_name="airflow-worker")
    assert task_pod(t)["spec"]["priorityClassName"] == "batch"


def test_scheduling_and_metadata_props():
    pod = task_pod(template(
        image_pull_secrets=["registry"], node_selector={"pool": "tasks"},
        tolerations=[{"key": "dedicated", "operator": "Equal", "value": "airflow", "effect": "NoSchedule"}],
        labels={"team": "data"}, annotations={"iam.amazonaws.com/role": "Airflow"},
        automount_service_account_token=True, termination_grace_period_seconds=60,
    ))
    spec = pod["spec"]
    assert spec["imagePullSecrets"] == [{"name": "registry"}]
    assert spec["nodeSelector"] == {"pool": "tasks"}
    assert spec["tolerations"][0]["key"] == "dedicated"
    assert spec["automountServiceAccountToken"] is True
    assert spec["terminationGracePeriodSeconds"] == 60
    assert pod["metadata"]["labels"]["team"] == "data"
    assert pod["metadata"]["annotations"] == {"iam.amazonaws.com/role": "Airflow"}


def test_security_overrides_merge_and_the_gate_checks_the_embedded_pod():
    t = template(pod_security_context={"runAsUser": 0}, container_security_context={"readOnlyRootFilesystem": False})
    docs = cdk8s.Testing.synth(cdk8s.Chart.of(t))
    problems = [str(p) for p in check_objects(docs)]
    assert any("(embedded Pod)" in p and "runAsUser must not be 0" in p for p in problems)


def test_output_is_deterministic():
    first = cdk8s.Testing.synth(cdk8s.Chart.of(template()))
    assert first == cdk8s.Testing.synth(cdk8s.Chart.of(template()))


# ---- the scheduler side ------------------------------------------------------------------

def scheduler_with(t: KubernetesExecutorPodTemplate) -> dict[str, Any]:
    """Mount ``t`` into an agent DAG processor (any PodParts owner stands in for a scheduler)."""
    chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(minimal_values()))
    t.mount_into(chart.dag_processor)
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    return find(docs, "Deployment", "astro-agent-dag-processor")


def test_mount_into_the_scheduler():
    t = template()
    deployment = scheduler_with(t)
    main = container(deployment)
    assert {"name": "pod-template", "configMap": {"name": "airflow-pod-template"}} in deployment["spec"]["template"]["spec"]["volumes"]
    assert {"name": "pod-template", "mountPath": "/opt/airflow/pod_templates", "readOnly": True} in main["volumeMounts"]
    env = env_of(main)
    assert env["AIRFLOW__KUBERNETES_EXECUTOR__POD_TEMPLATE_FILE"] == f"/opt/airflow/pod_templates/{POD_TEMPLATE_KEY}"
    assert env["AIRFLOW__KUBERNETES_EXECUTOR__NAMESPACE"] == "airflow"
    assert env["AIRFLOW__KUBERNETES_EXECUTOR__DELETE_WORKER_PODS"] == "True"
    assert env["AIRFLOW__KUBERNETES_EXECUTOR__DELETE_WORKER_PODS_ON_FAILURE"] == "False"
    assert not [n for n in env if n.startswith("AIRFLOW__KUBERNETES__")]  # the pre-2.5 section of 003_*.txt


@pytest.mark.parametrize("delete, on_failure", [(False, False), (True, True)])
def test_delete_worker_pods_props(delete, on_failure):
    env = {e["name"]: e["value"] for e in template(delete_worker_pods=delete,
                                                   delete_worker_pods_on_failure=on_failure).scheduler_env()}
    assert env["AIRFLOW__KUBERNETES_EXECUTOR__DELETE_WORKER_PODS"] == str(delete)
    assert env["AIRFLOW__KUBERNETES_EXECUTOR__DELETE_WORKER_PODS_ON_FAILURE"] == str(on_failure)


def test_file_path_is_the_config_map_key():
    t = template(name="tasks")
    assert t.file_path.rsplit("/", 1)[1] in find(synth(t), "ConfigMap", "tasks")["data"]


# ---- bad input ---------------------------------------------------------------------------

@pytest.mark.parametrize("props, prop", [
    ({"namespace": "Airflow"}, "namespace"),
    ({"name": "pod_template"}, "name"),
    ({"service_account_name": ""}, "service_account_name"),
    ({"image": "apache/airflow: 2"}, "image"),
    ({"env_from_secrets": ["Bad_Name"]}, "env_from_secrets[0]"),
    ({"image_pull_secrets": ["x y"]}, "image_pull_secrets[0]"),
    ({"env": {"1BAD": "x"}}, "env['1BAD']"),
    ({"secret_env": {"X": "airflow-db"}}, "secret_env['X']"),
    ({"secret_env": {"X": ("Bad_Secret", "k")}}, "secret_env['X']"),
    ({"env": {"X": "1"}, "secret_env": {"X": ("s", "k")}}, "secret_env"),
    ({"resources": {"limits": {"cpu": "fast"}}}, "resources.limits.cpu"),
    ({"tolerations": [{"effect": "Sometimes", "keyy": "a"}]}, "tolerations[0]"),
    ({"pod_security_context": {"runAsUsr": 1}}, "pod_security_context"),
    ({"labels": {"team": "data science"}}, "labels"),
    ({"annotations": {"bad key!": "x"}}, "annotations"),
    ({"termination_grace_period_seconds": -1}, "termination_grace_period_seconds"),
])
def test_bad_props_are_named(props, prop):
    assert f"\n{prop}" in "\n" + problems_of(**props)
