"""AirflowPlatform: the metadata database, embedded PostgreSQL or external."""

from __future__ import annotations


from airflow_cdk8s.platform import ExternalDatabase, SecretKeyRef

from conftest import container, env_of, find, kinds, synth_platform as synth


def test_embedded_postgres_for_development():
    docs = synth()
    statefulset = find(docs, "StatefulSet", "airflow-postgres")
    assert statefulset["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"] == "8Gi"
    assert statefulset["spec"]["serviceName"] == "airflow-postgres"
    env = env_of(container(find(docs, "Deployment", "airflow-scheduler")))
    assert env["PGPASSWORD"] == {"secretKeyRef": {"name": "airflow-postgres", "key": "password"}}
    # No password in the URL: libpq reads PGPASSWORD, so '@', '/' or '#' in it cannot break the URL.
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == (
        "postgresql+psycopg2://airflow@airflow-postgres.airflow.svc.cluster.local:5432/airflow")


def test_external_database_from_a_secret():
    docs = synth(database=ExternalDatabase(connection=SecretKeyRef("airflow-db", "uri")))
    assert not kinds(docs, "StatefulSet")
    env = env_of(container(find(docs, "Deployment", "airflow-triggerer")))
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == {"secretKeyRef": {"name": "airflow-db", "key": "uri"}}
