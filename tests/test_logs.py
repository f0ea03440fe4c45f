"""Logs storage: existing claims, PV + PVC (Azure Blob CSI and generic), per-replica claims, remote logging."""

from __future__ import annotations

import json
from typing import Any

import cdk8s
import pytest

from airflow_cdk8s import KubeObject, RemoteExecutionAgent, ValuesError, validate_values
from airflow_cdk8s.logs import (
    AzureBlobLogsVolume,
    CsiLogsVolume,
    LogsClaim,
    RemoteLogging,
    mount_logs_claim,
    worker_logs_claim_template,
)
from airflow_cdk8s.pod_template import KubernetesExecutorPodTemplate
from conftest import assert_valid, container, env_of, find, kinds, minimal_values


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.App(), "test")


def synth(c: cdk8s.Chart) -> list[dict[str, Any]]:
    docs = cdk8s.Testing.synth(c)
    assert_valid(docs)
    return docs


def azure(c: cdk8s.Chart | None = None, **props: Any) -> AzureBlobLogsVolume:
    props = {"namespace": "airflow", "storage_account": "airflowlogs", "container_name": "logs",
             "secret_name": "airflow-logs-storage", **props}
    return AzureBlobLogsVolume(c or chart(), "Logs", **props)


def error_of(factory: Any, **props: Any) -> str:
    with pytest.raises(ValuesError) as error:
        factory(**props)
    return "\n".join(error.value.problems)


# ---- (a) an existing claim ---------------------------------------------------------------

def test_existing_claim_on_a_component_replaces_its_empty_dir_and_keeps_the_name():
    agent = RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(minimal_values()))
    mount_logs_claim(agent.triggerer, "airflow-logs", mount_path="/usr/local/airflow/logs")  # the Astro runtime's logs
    deployment = find(synth(agent), "Deployment", "astro-agent-triggerer")
    volumes = deployment["spec"]["template"]["spec"]["volumes"]
    assert {"name": "task-logs", "persistentVolumeClaim": {"claimName": "airflow-logs"}} in volumes
    assert not [v for v in volumes if v["name"] == "task-logs" and "emptyDir" in v]
    mounts = [m for m in container(deployment)["volumeMounts"] if m["mountPath"] == "/usr/local/airflow/logs"]
    assert mounts == [{"name": "task-logs", "mountPath": "/usr/local/airflow/logs"}]
    assert deployment["spec"]["template"]["spec"]["securityContext"]["fsGroup"] == 50000  # writable by Airflow


def test_existing_claim_where_nothing_was_mounted():
    c = chart()
    t = KubernetesExecutorPodTemplate(c, "PodTemplate", namespace="airflow", image="apache/airflow:2.10.5",
                                      service_account_name="airflow-worker")
    t.pod_spec.remove_volume_mount("/opt/airflow/logs")
    t.pod_spec.remove_volume("logs")
    mount_logs_claim(t, "airflow-logs", mount_path="/logs")
    assert {"name": "logs", "mountPath": "/logs"} in t.volume_mounts
    assert {"name": "logs", "persistentVolumeClaim": {"claimName": "airflow-logs"}} in t.volumes


@pytest.mark.parametrize("props, prop", [({"claim_name": "Logs"}, "claim_name"), ({"mount_path": "logs"}, "mount_path")])
def test_existing_claim_errors(props, prop):
    t = KubernetesExecutorPodTemplate(chart(), "PodTemplate", namespace="airflow", image="apache/airflow:2.10.5",
                                      service_account_name="airflow-worker")
    props = {"claim_name": "airflow-logs", **props}
    assert error_of(lambda **p: mount_logs_claim(t, **p), **props).startswith(f"{prop}:")


# ---- (b) claims and PV + PVC pairs -------------------------------------------------------

def test_dynamic_claim():
    c = chart()
    LogsClaim(c, "Logs", name="airflow-logs", namespace="airflow", storage="50Gi", storage_class_name="efs")
    claim = find(synth(c), "PersistentVolumeClaim", "airflow-logs")
    assert claim["spec"] == {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": "50Gi"}},
                             "storageClassName": "efs"}


def test_dynamic_claim_uses_the_default_class():
    c = chart()
    LogsClaim(c, "Logs", name="airflow-logs", namespace="airflow")
    assert "storageClassName" not in find(synth(c), "PersistentVolumeClaim", "airflow-logs")["spec"]


def test_claim_bound_to_a_volume_has_an_empty_class():
    c = chart()
    LogsClaim(c, "Logs", name="airflow-logs", namespace="airflow", volume_name="pv-logs")
    spec = find(synth(c), "PersistentVolumeClaim", "airflow-logs")["spec"]
    assert (spec["volumeName"], spec["storageClassName"]) == ("pv-logs", "")


def test_azure_blob_persistent_volume():
    c = chart()
    azure(c, resource_group="rg-airflow")
    docs = synth(c)
    pv = find(docs, "PersistentVolume", "pv-airflow-logs")
    assert "namespace" not in pv["metadata"]  # cluster-scoped
    spec = pv["spec"]
    assert spec["capacity"] == {"storage": "10Gi"}
    assert spec["accessModes"] == ["ReadWriteMany"]
    assert spec["persistentVolumeReclaimPolicy"] == "Retain"
    assert spec["storageClassName"] == "azureblob-fuse-premium"
    assert spec["mountOptions"] == ["-o allow_other", "--file-cache-timeout-in-seconds=120", "-o uid=50000", "-o gid=0"]
    assert spec["claimRef"] == {"namespace": "airflow", "name": "pvc-airflow-logs"}
    assert spec["csi"] == {
        "driver": "blob.csi.azure.com",
        "volumeHandle": "airflowlogs-logs",
        "volumeAttributes": {"storageAccount": "airflowlogs", "containerName": "logs", "resourceGroup": "rg-airflow"},
        "nodeStageSecretRef": {"name": "airflow-logs-storage", "namespace": "airflow"},
    }
    assert not kinds(docs, "Secret")  # the storage key stays in the cluster's Secret


def test_azure_blob_claim_binds_to_the_volume():
    c = chart()
    azure(c)
    claim = find(synth(c), "PersistentVolumeClaim", "pvc-airflow-logs")
    assert claim["metadata"]["namespace"] == "airflow"
    assert claim["spec"] == {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": "10Gi"}},
                             "storageClassName": "azureblob-fuse-premium", "volumeName": "pv-airflow-logs"}


def test_azure_blob_props():
    c = chart()
    azure(c, name="pv-logs", claim_name="logs", volume_handle="airflow-logs-1", storage="5Gi", uid=1000, gid=1000,
          secret_namespace="secrets", mount_options=["-o allow_other"], volume_attributes={"protocol": "fuse2"})
    docs = synth(c)
    spec = find(docs, "PersistentVolume", "pv-logs")["spec"]
    assert spec["mountOptions"] == ["-o allow_other", "-o uid=1000", "-o gid=1000"]
    assert spec["csi"]["volumeHandle"] == "airflow-logs-1"
    assert spec["csi"]["volumeAttributes"]["protocol"] == "fuse2"
    assert spec["csi"]["nodeStageSecretRef"] == {"name": "airflow-logs-storage", "namespace": "secrets"}
    assert find(docs, "PersistentVolumeClaim", "logs")["spec"]["resources"] == {"requests": {"storage": "5Gi"}}


def test_azure_blob_attach_mounts_the_claim():
    c = chart()
    t = KubernetesExecutorPodTemplate(c, "PodTemplate", namespace="airflow", image="apache/airflow:2.10.5",
                                      service_account_name="airflow-worker")
    azure(c).attach(t)
    synth(c)
    assert {"name": "logs", "persistentVolumeClaim": {"claimName": "pvc-airflow-logs"}} in t.volumes


@pytest.mark.parametrize("props, message", [
    ({"mount_options": ["--file-cache-timeout-in-seconds=120"]}, "mount_options: must include '-o allow_other'"),
    ({"mount_options": ["-o allow_other", "-o uid=0"]}, "mount_options: set the owner with the uid and gid props"),
    ({"uid": -1}, "uid: must be a whole number"),
    ({"storage_account": "my account"}, "storage_account:"),
    ({"container_name": ""}, "container_name:"),
    ({"storage": "5 GB"}, "storage:"),
    ({"secret_name": "Storage_Secret"}, "node_stage_secret_name:"),
    ({"namespace": "Airflow"}, "namespace:"),
    ({"name": "pv_logs"}, "name:"),
])
def test_azure_blob_errors_name_the_prop(props, message):
    assert message in error_of(azure, **props)


def test_generic_csi_volume():
    c = chart()
    volume = CsiLogsVolume(c, "Logs", name="airflow-logs-efs", claim_name="airflow-logs", namespace="airflow",
                           driver="efs.csi.aws.com", volume_handle="fs-0123456789abcdef0", storage="100Gi")
    docs = synth(c)
    pv = find(docs, "PersistentVolume", "airflow-logs-efs")["spec"]
    assert pv["csi"] == {"driver": "efs.csi.aws.com", "volumeHandle": "fs-0123456789abcdef0"}
    assert (pv["storageClassName"], pv["persistentVolumeReclaimPolicy"]) == ("", "Retain")
    claim = find(docs, "PersistentVolumeClaim", "airflow-logs")["spec"]
    assert (claim["storageClassName"], claim["volumeName"]) == ("", "airflow-logs-efs")
    assert volume.claim.name == "airflow-logs"


@pytest.mark.parametrize("props, prop", [
    ({"driver": "Not A Driver"}, "driver"),
    ({"volume_handle": ""}, "volume_handle"),
    ({"reclaim_policy": "Recycle"}, "reclaim_policy"),
    ({"access_modes": ["ReadWriteAll"]}, "access_modes"),
    ({"access_modes": []}, "access_modes"),
    ({"storage_class_name": "Fast_SSD"}, "storage_class_name"),
    ({"node_stage_secret_name": "s", "node_stage_secret_namespace": "Bad"}, "node_stage_secret_namespace"),
])
def test_generic_csi_errors(props, prop):
    props = {"name": "pv", "claim_name": "pvc", "namespace": "airflow", "driver": "efs.csi.aws.com",
             "volume_handle": "fs-1", **props}
    assert f"\n{prop}:" in "\n" + error_of(lambda **p: CsiLogsVolume(chart(), "Logs", **p), **props)


# ---- (c) per-replica claims --------------------------------------------------------------

def test_worker_claim_template():
    logs = worker_logs_claim_template(storage="20Gi", storage_class_name="yc-network-hdd")
    assert logs.claim_template == {"metadata": {"name": "logs"}, "spec": {
        "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "20Gi"}},
        "storageClassName": "yc-network-hdd"}}
    assert logs.volume_mount == {"name": "logs", "mountPath": "/opt/airflow/logs"}


def test_worker_claim_template_in_a_stateful_set():
    logs = worker_logs_claim_template()
    c = chart()
    pod = {
        "securityContext": {"fsGroup": 50000, "runAsNonRoot": True, "runAsUser": 50000,
                            "seccompProfile": {"type": "RuntimeDefault"}},
        "containers": [{"name": "worker", "image": "apache/airflow:2.10.5", "volumeMounts": [logs.volume_mount],
                        "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}}],
    }
    labels = {"app.kubernetes.io/name": "airflow", "app.kubernetes.io/component": "worker"}
    KubeObject(c, "Worker", api_version="apps/v1", kind="StatefulSet", name="airflow-worker", namespace="airflow",
               body=lambda: {"spec": {"serviceName": "airflow-worker", "selector": {"matchLabels": labels},
                                      "template": {"metadata": {"labels": labels}, "spec": pod},
                                      "volumeClaimTemplates": [logs.claim_template]}})
    spec = find(synth(c), "StatefulSet", "airflow-worker")["spec"]
    assert spec["volumeClaimTemplates"][0]["metadata"]["name"] == "logs"


def test_worker_claim_template_attach_replaces_the_mount():
    t = KubernetesExecutorPodTemplate(chart(), "PodTemplate", namespace="airflow", image="apache/airflow:2.10.5",
                                      service_account_name="airflow-worker")
    worker_logs_claim_template(name="worker-logs").attach(t)
    assert [m for m in t.volume_mounts if m["mountPath"] == "/opt/airflow/logs"] == [
        {"name": "worker-logs", "mountPath": "/opt/airflow/logs"}]


@pytest.mark.parametrize("props, prop", [
    ({"storage": "ten"}, "storage"), ({"name": "Logs"}, "name"), ({"mount_path": "rel"}, "mount_path"),
    ({"access_modes": ["RWO"]}, "access_modes"),
])
def test_worker_claim_template_errors(props, prop):
    assert f"\n{prop}:" in "\n" + error_of(worker_logs_claim_template, **props)


# ---- (d) remote logging ------------------------------------------------------------------

@pytest.mark.parametrize("folder, storage", [
    ("s3://airflow-logs/prod", "s3"), ("gs://airflow-logs/prod", "gcs"), ("wasb-airflow-logs", "wasb")])
def test_remote_logging_env(folder, storage):
    remote = RemoteLogging(base_log_folder=folder, conn_id="logs")
    assert remote.storage == storage
    assert env_of({"env": remote.env()}) == {
        "AIRFLOW__LOGGING__REMOTE_LOGGING": "True",
        "AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER": folder,
        "AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID": "logs",
    }


@pytest.mark.parametrize("folder, conn_type", [("s3://airflow-logs", "aws"), ("gs://airflow-logs", "google_cloud_platform")])
def test_remote_logging_without_conn_id_defines_a_connection_that_uses_the_pod_identity(folder, conn_type):
    # Airflow 3.0.4+ fails every task when the remote-logging connection is missing (seen in the runtime
    # suite): a credential-less connection of its own id makes the hook use IRSA / workload identity.
    env = env_of({"env": RemoteLogging(base_log_folder=folder).env()})
    assert env["AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID"] == "remote_logs"
    assert json.loads(env["AIRFLOW_CONN_REMOTE_LOGS"]) == {"conn_type": conn_type}


def test_remote_logging_wasb_without_conn_id_keeps_airflows_default():
    env = env_of({"env": RemoteLogging(base_log_folder="wasb-logs").env()})
    assert "AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID" not in env and "AIRFLOW_CONN_REMOTE_LOGS" not in env


def test_remote_logging_uses_logging_not_core():
    # 003_*.txt uses AIRFLOW__CORE__REMOTE_*, which Airflow 2 moved to [logging].
    names = [e["name"] for e in RemoteLogging(base_log_folder="s3://b", conn_id="c", encrypt_s3_logs=True).env()]
    assert not [n for n in names if n.startswith("AIRFLOW__CORE__")]
    assert "AIRFLOW__LOGGING__ENCRYPT_S3_LOGS" in names


def test_remote_logging_wasb_container():
    env = env_of({"env": RemoteLogging(base_log_folder="wasb-logs", wasb_container="airflow-logs-prod").env()})
    assert env["AIRFLOW__AZURE_REMOTE_LOGGING__REMOTE_WASB_LOG_CONTAINER"] == "airflow-logs-prod"


def test_remote_logging_connection_from_a_secret():
    agent = RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(minimal_values()))
    RemoteLogging(base_log_folder="gs://airflow-logs", conn_id="gcs_logs", connection_secret="gcs-logs-conn").attach(
        agent.triggerer)
    env = env_of(container(find(synth(agent), "Deployment", "astro-agent-triggerer")))
    assert env["AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER"] == "gs://airflow-logs"
    assert env["AIRFLOW_CONN_GCS_LOGS"] == {"secretKeyRef": {"name": "gcs-logs-conn", "key": "connection"}}


@pytest.mark.parametrize("props, prop", [
    ({"base_log_folder": "file:///logs"}, "base_log_folder"),
    ({"base_log_folder": "s3://"}, "base_log_folder"),
    ({"base_log_folder": "/opt/airflow/logs"}, "base_log_folder"),
    ({"conn_id": "my conn"}, "conn_id"),
    ({"connection_secret": "logs-conn"}, "conn_id"),
    ({"conn_id": "c", "connection_secret": "Logs_Conn"}, "connection_secret"),
    ({"wasb_container": "logs"}, "wasb_container"),
    ({"base_log_folder": "gs://b", "encrypt_s3_logs": True}, "encrypt_s3_logs"),
])
def test_remote_logging_errors(props, prop):
    props = {"base_log_folder": "s3://airflow-logs", **props}
    assert f"\n{prop}:" in "\n" + error_of(RemoteLogging, **props)
