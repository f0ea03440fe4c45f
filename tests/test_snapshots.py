"""One snapshot per scenario: a review aid (`pytest --snapshot-update` after an intended change).

The behaviour is asserted field by field in the component tests; a snapshot diff shows reviewers
everything else a change touched.
"""

from __future__ import annotations

import cdk8s
import pytest
import yaml

from airflow_cdk8s import RemoteExecutionAgent, load_values_file
from scenarios import SCENARIOS

from conftest import ROOT, assert_valid

VALUES_FILES = sorted((ROOT / "examples" / "values").glob("*.yaml"))


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_reference_scenario(scenario, snapshot):
    chart = SCENARIOS[scenario](cdk8s.App(), scenario)
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    assert yaml.safe_dump_all(docs, sort_keys=False) == snapshot


@pytest.mark.parametrize("path", VALUES_FILES, ids=lambda p: p.name)
def test_example_values_file(path, snapshot):
    chart = RemoteExecutionAgent(cdk8s.App(), "remote-agent", values=load_values_file(path))
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    assert yaml.safe_dump_all(docs, sort_keys=False) == snapshot
