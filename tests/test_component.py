"""The one component base: AppContext + MainContainer render a component; agent and platform share it."""

from __future__ import annotations

import cdk8s
import pytest

from airflow_cdk8s import AgentContext, AgentTriggerer, AppContext, Component, MainContainer, ValuesError, validate_values
from airflow_cdk8s.platform import AirflowPlatform

from conftest import minimal_values

CONTEXT = AppContext(app="exporter", name="airflow", namespace="airflow", image="example.com/exporter:1.0",
                     env=({"name": "SHARED", "value": "1"}, {"name": "LEVEL", "value": "info"}),
                     labels={"team": "data"})


def deployment(component: Component) -> dict:
    [doc] = [d for d in cdk8s.Testing.synth(cdk8s.Chart.of(component)) if d["kind"] == "Deployment"]
    return doc


def test_component_renders_names_labels_and_its_main_container():
    chart = cdk8s.Chart(cdk8s.App(), "t")
    c = Component(chart, "Exporter", context=CONTEXT, component="statsd", main=MainContainer(
        name="statsd", args=["--log"], env=[{"name": "LEVEL", "value": "debug"}], security_context={"runAsUser": 1000}))
    doc = deployment(c)
    assert doc["metadata"]["name"] == "airflow-statsd"
    assert doc["spec"]["selector"]["matchLabels"] == {"app.kubernetes.io/name": "exporter", "app.kubernetes.io/instance": "airflow",
                                                      "app.kubernetes.io/component": "statsd"}
    assert doc["metadata"]["labels"]["team"] == "data"
    [main] = doc["spec"]["template"]["spec"]["containers"]
    assert main["image"] == "example.com/exporter:1.0" and main["args"] == ["--log"]
    assert main["env"] == [{"name": "SHARED", "value": "1"}, {"name": "LEVEL", "value": "debug"}]  # the component's wins, in place
    assert main["securityContext"]["runAsUser"] == 1000 and main["securityContext"]["readOnlyRootFilesystem"] is True


def test_the_main_container_name_is_taken():
    chart = cdk8s.Chart(cdk8s.App(), "t")
    c = Component(chart, "Exporter", context=CONTEXT, component="statsd", main=MainContainer(name="statsd"))
    with pytest.raises(ValuesError, match="container 'statsd'"):
        c.add_sidecar({"name": "statsd", "image": "busybox:1.36"})


def test_an_agent_component_needs_only_its_context_and_its_values_block():
    values = validate_values(minimal_values(labels={"team": "data"}, triggerer={"replicas": 2}))
    context = AgentContext.of(values)
    assert context.name == "astro-agent" and context.app == "astro-remote-execution-agent"
    assert context.pod.image_pull_secrets == ("pull-secret",)
    chart = cdk8s.Chart(cdk8s.App(), "t")
    triggerer = AgentTriggerer(chart, "Triggerer", context=context, spec=values.triggerer)
    doc = deployment(triggerer)
    assert doc["metadata"]["name"] == "astro-agent-triggerer" and doc["spec"]["replicas"] == 2
    env = {e["name"] for e in doc["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert "ASTRO_AGENT_CLIENT_API_TOKEN" in env and "AIRFLOW__SECRETS__BACKEND" in env


def test_platform_components_and_embedded_services_are_components():
    chart = AirflowPlatform(cdk8s.App(), "airflow", namespace="airflow")
    for component in (*chart.components, chart.postgres):
        assert isinstance(component, Component)
        assert component.context.name == "airflow"
    assert chart.postgres.main.image_pull_policy == "IfNotPresent"
    assert not [e for e in chart.postgres.env if e["name"].startswith("AIRFLOW__")]  # not the platform's env


def test_the_primary_child_is_resource_so_api_object_of_finds_it():
    chart = AirflowPlatform(cdk8s.App(), "airflow", namespace="airflow")
    for construct, kind in ((chart.scheduler, "Deployment"), (chart.postgres, "StatefulSet"), (chart.migrations, "Job"),
                            (chart.pod_template, "ConfigMap")):
        assert construct.node.default_child is not None
        assert cdk8s.ApiObject.of(construct).kind == kind
