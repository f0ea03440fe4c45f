"""values.schema.json: generated from the typed model, committed, and in sync."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from airflow_cdk8s.agent.schema import render

from conftest import ROOT, minimal_values

SCHEMA = json.loads((ROOT / "values.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_committed_schema_is_current():
    assert (ROOT / "values.schema.json").read_text() == render(), (
        "values.schema.json is stale: run `.venv/bin/python -m airflow_cdk8s.agent.schema > values.schema.json`")


@pytest.mark.parametrize("path", sorted((ROOT / "examples" / "values").glob("*.yaml")), ids=lambda p: p.name)
def test_example_values_files_validate(path):
    assert not list(VALIDATOR.iter_errors(yaml.safe_load(path.read_text())))


def test_reference_examples_validate():
    values = minimal_values(
        workers=[
            {"name": "default-worker", "replicas": 2, "queues": "default",
             "resources": {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"cpu": 2, "memory": "4Gi"}},
             "hpa": {"enabled": True, "minReplicas": 2, "maxReplicas": 10, "metrics": [
                 {"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 75}}}]}},
            {"name": "legacy", "hpa": {"enabled": True, "minReplicaCount": 1, "maxReplicaCount": 3,
                                        "metric": {"enabled": True, "name": "q", "target": {"type": "Value", "Value": 10}}}},
        ],
        triggerer={"replicas": 2, "asyncSlots": 500},
        openlineage={"enabled": True, "apiKeySecret": "openlineage-api-key-secret", "url": "https://x", "namespace": "n"},
        dagBundleConfigList=[{"name": "d", "classpath": "c", "kwargs": {}}],
    )
    assert not list(VALIDATOR.iter_errors(values))


@pytest.mark.parametrize("misspelt", [{"resourceNamePrefx": "x"}, {"workers": [{"name": "w", "replica": 2}]},
                                      {"triggerer": {"asyncSlot": 5}}])
def test_misspelt_keys_are_rejected(misspelt):
    errors = list(VALIDATOR.iter_errors(minimal_values(**misspelt)))
    assert errors and any("Additional properties are not allowed" in e.message for e in errors)


def test_wrong_types_are_rejected():
    assert list(VALIDATOR.iter_errors(minimal_values(createNamespace="yes")))
