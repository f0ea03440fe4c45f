"""AirflowPlatform: Celery workers, a StatefulSet with per-replica log claims."""

from __future__ import annotations


from airflow_cdk8s.platform import ComponentSettings

from conftest import env_of, find, kinds, pod_spec as pod, synth_platform as synth


def test_celery_workers_statefulset_with_per_replica_logs():
    docs = synth(executor="CeleryExecutor", workers=ComponentSettings(replicas=3))
    workers = find(docs, "StatefulSet", "airflow-worker")
    assert workers["spec"]["replicas"] == 3
    [claim] = workers["spec"]["volumeClaimTemplates"]
    assert claim["metadata"]["name"] == "logs" and claim["spec"]["accessModes"] == ["ReadWriteOnce"]
    main = workers["spec"]["template"]["spec"]["containers"][0]
    assert main["args"] == ["celery", "worker"]
    assert {"name": "logs", "mountPath": "/opt/airflow/logs"} in main["volumeMounts"]
    assert "logs" not in {v["name"] for v in workers["spec"]["template"]["spec"]["volumes"]}
    service = find(docs, "Service", "airflow-worker")
    assert service["spec"]["clusterIP"] == "None" and workers["spec"]["serviceName"] == "airflow-worker"
    assert not kinds(docs, "Role")  # no pod launching with Celery
    assert env_of(main)["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
