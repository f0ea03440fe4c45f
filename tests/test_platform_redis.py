"""AirflowPlatform: the Celery broker, embedded Redis or external."""

from __future__ import annotations


from airflow_cdk8s.platform import ExternalRedis, SecretKeyRef

from conftest import container, env_of, find, kinds, synth_platform as synth


def test_celery_embedded_and_external_broker():
    embedded = synth(executor="CeleryExecutor")
    find(embedded, "Deployment", "airflow-redis")
    env = env_of(container(find(embedded, "StatefulSet", "airflow-worker")))
    assert "AIRFLOW__CELERY__BROKER_URL" not in env  # composed in the container: see test_runtime_fixes.py
    assert env["AIRFLOW_REDIS_PASSWORD"] == {"secretKeyRef": {"name": "airflow-redis", "key": "password"}}
    external = synth(executor="CeleryExecutor", broker=ExternalRedis(url=SecretKeyRef("broker", "url")))
    assert not [d for d in kinds(external, "Deployment") if d["metadata"]["name"] == "airflow-redis"]
    env = env_of(container(find(external, "StatefulSet", "airflow-worker")))
    assert env["AIRFLOW__CELERY__BROKER_URL"] == {"secretKeyRef": {"name": "broker", "key": "url"}}
