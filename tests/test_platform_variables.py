"""AirflowPlatform: Airflow Variables synced from a secrets manager by a scheduler sidecar."""

from __future__ import annotations

import cdk8s

from airflow_cdk8s import AwsSecretsManagerProvider, SecretStore
from airflow_cdk8s.platform import AirflowPlatform

from conftest import assert_valid, find
from conftest import pod_spec as pod


def test_variables_sync_from_secrets_manager():
    chart = AirflowPlatform(cdk8s.App(), "platform", namespace="airflow")
    store = SecretStore(chart, "Store", name="aws", namespace="airflow", provider=AwsSecretsManagerProvider(region="eu-west-1", service_account="airflow"))
    chart.sync_variables(store=store, remote_key="devops/airflow/variables.json")
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    external = find(docs, "ExternalSecret", "airflow-variables")
    assert external["spec"]["data"][0]["remoteRef"]["key"] == "devops/airflow/variables.json"
    scheduler = pod(docs, "Deployment", "airflow-scheduler")
    importer = next(c for c in scheduler["containers"] if c["name"] == "variables-importer")
    assert "airflow variables import" in importer["command"][-1]
    assert {"name": "airflow-variables", "secret": {"secretName": "airflow-variables", "defaultMode": 0o440}} in scheduler["volumes"]
