"""Our charts compose with the rest of the cdk8s ecosystem: cdk8s-plus objects and plain ApiObjects."""

from __future__ import annotations

import cdk8s
import cdk8s_plus_27 as kplus

from airflow_cdk8s import RemoteExecutionAgent, validate_values
from airflow_cdk8s.platform import AirflowPlatform

from conftest import assert_valid, find, minimal_values


def test_cdk8s_plus_objects_added_to_an_agent_chart_are_synthesized_with_it():
    chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(minimal_values()))
    kplus.ConfigMap(chart, "TeamSettings", metadata=cdk8s.ApiObjectMetadata(name="team-settings", namespace="astro"),
                    data={"owner": "data-platform"})
    docs = cdk8s.Testing.synth(chart)
    assert find(docs, "ConfigMap", "team-settings")["data"] == {"owner": "data-platform"}
    assert find(docs, "Deployment", "astro-agent-triggerer")
    assert_valid(docs)


def test_json_patches_reach_rendered_bodies():
    chart = AirflowPlatform(cdk8s.App(), "platform", namespace="airflow")
    chart.api_server.workload.add_json_patch(cdk8s.JsonPatch.add("/spec/revisionHistoryLimit", 3))
    chart.scheduler.workload.metadata.add_label("team", "data")
    docs = cdk8s.Testing.synth(chart)
    api = find(docs, "Deployment", "airflow-api-server")
    assert api["spec"]["revisionHistoryLimit"] == 3
    assert find(docs, "Deployment", "airflow-scheduler")["metadata"]["labels"]["team"] == "data"
    assert_valid(docs)
