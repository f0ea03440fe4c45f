"""Python synthesis (render.py) writes the files cdk8s's App.synth() writes, byte for byte."""

from __future__ import annotations

import cdk8s
import cdk8s_plus_27 as kplus
import constructs
import jsii
import pytest
import yaml

from airflow_cdk8s import KubeObject, RemoteExecutionAgent, Workload, deferred, render, validate_values
from airflow_cdk8s.kube_object import _sorted
from airflow_cdk8s.synth import build_app
from scenarios import SCENARIOS

from conftest import minimal_values


def _both(tmp_path, build):
    """(files render.synth writes, files App.synth writes) for two apps built the same way."""
    ours, theirs = tmp_path / "render", tmp_path / "cdk8s"
    render.synth(build(str(ours)))
    app = build(str(theirs))
    deferred.create_in_node(app)  # an App of ours: cdk8s's own synthesis needs every construct in Node
    cdk8s.App.synth(app)
    read = lambda folder: {p.name: p.read_bytes() for p in sorted(folder.iterdir())}  # noqa: E731
    return read(ours), read(theirs)


def test_reference_app_is_written_as_cdk8s_writes_it(tmp_path):
    ours, theirs = _both(tmp_path, lambda outdir: build_app(SCENARIOS, outdir))
    assert list(ours) == list(theirs) == sorted(f"{chart}.k8s.yaml" for chart in SCENARIOS)
    assert ours == theirs


def _composed(outdir: str) -> cdk8s.App:
    app = cdk8s.App(outdir=outdir)
    base = cdk8s.Chart(app, "base", namespace="astro", labels={"team": "data"})
    kplus.ConfigMap(base, "Settings", metadata=cdk8s.ApiObjectMetadata(name="settings"), data={"owner": "platform"})
    agent = RemoteExecutionAgent(app, "agent", values=validate_values(minimal_values()))
    agent.add_dependency(base)  # charts that depend on each other get numbered file names
    extra = KubeObject(agent, "Extra", api_version="v1", kind="ConfigMap", name="extra",
                       body=lambda: {"data": {"answer": "42"}})
    later = cdk8s.ApiObject(agent, "Plain", api_version="v1", kind="ConfigMap",
                            metadata=cdk8s.ApiObjectMetadata(name="plain"))
    extra.add_dependency(later)  # reorders: `plain` comes before `extra`
    extra.add_json_patch(cdk8s.JsonPatch.add("/data/patched", "yes"))
    extra.metadata.add_label("changed", "later")
    nested = cdk8s.Chart(agent, "nested")
    KubeObject(nested, "Inner", api_version="v1", kind="ConfigMap", name="inner", namespace="astro")
    return app


def test_composed_app_is_written_as_cdk8s_writes_it(tmp_path):
    ours, theirs = _both(tmp_path, _composed)
    assert ours == theirs
    assert [name[:5] for name in ours] == ["0000-", "0001-", "0002-"]
    agent = next(body for name, body in ours.items() if name.endswith("-agent.k8s.yaml")).decode()
    assert agent.index("name: plain") < agent.index("name: extra")
    assert "patched: \"yes\"" in agent and "changed: later" in agent


class _StampedChart(cdk8s.Chart):
    """A chart of a team's own that changes every object it synthesizes (examples/team-repo's policy does)."""

    def to_json(self):
        docs = super().to_json()
        for doc in docs:
            doc["metadata"].setdefault("labels", {})["company.example/env"] = "prod"
        return docs


def _stamped(outdir: str) -> cdk8s.App:
    app = cdk8s.App(outdir=outdir)
    chart = _StampedChart(app, "stamped")
    KubeObject(chart, "Ours", api_version="v1", kind="ConfigMap", name="ours", namespace="astro")
    kplus.ConfigMap(chart, "Plus", metadata=cdk8s.ApiObjectMetadata(name="plus"))
    return app


def test_a_chart_that_overrides_to_json_is_written_as_cdk8s_writes_it(tmp_path):
    ours, theirs = _both(tmp_path, _stamped)
    assert ours == theirs
    docs = list(yaml.safe_load_all(ours["stamped.k8s.yaml"]))
    assert [d["metadata"]["labels"]["company.example/env"] for d in docs] == ["prod", "prod"]


@jsii.implements(constructs.IValidation)
class _Broken:
    def validate(self) -> list[str]:
        return ["broken on purpose"]


def test_a_failed_validation_raises_as_in_cdk8s_and_nothing_is_written(tmp_path):
    app = build_app(SCENARIOS, str(tmp_path / "out"))
    broken = constructs.Construct(app.node.find_child("remote-agent"), "Broken")
    broken.node.add_validation(_Broken())
    with pytest.raises(Exception, match=r"\[remote-agent/Broken\] broken on purpose"):
        render.synth(app)
    assert not list((tmp_path / "out").glob("*"))


def test_metadata_kept_in_python_is_what_cdk8s_holds(tmp_path):
    app = build_app(SCENARIOS, str(tmp_path))
    objects = [c for c in app.node.find_all() if isinstance(c, KubeObject)]
    assert len(objects) > 50
    for obj in objects:
        assert obj._initial_metadata == _sorted(cdk8s.ApiObject.metadata.fget(obj).to_json()), obj.node.path


def test_the_objects_checked_are_the_objects_written(tmp_path):
    files, objects = render.output(build_app(SCENARIOS, str(tmp_path)))
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert objects == [doc for content in files.values() for doc in yaml.load_all(content, Loader=loader)]


class _Exporter(Workload):
    def render_main_container(self):
        return {"name": "exporter", "image": "prom/statsd-exporter:v0.28.0"}


def _nested_workloads(outdir: str) -> cdk8s.App:
    app = cdk8s.App(outdir=outdir)
    outer = cdk8s.Chart(app, "outer", namespace="team", labels={"team": "data"})
    group = constructs.Construct(outer, "Group")
    _Exporter(group, "InGroup", name="in-group", namespace="airflow", selector={"app": "in-group"})
    inner = cdk8s.Chart(group, "inner", labels={"chart": "inner"})
    exporter = _Exporter(inner, "InInner", name="in-inner", namespace="airflow", selector={"app": "in-inner"})
    KubeObject(exporter, "Extra", api_version="v1", kind="ConfigMap", name="extra")  # the chart's namespace
    return app


def test_objects_inside_our_constructs_get_their_closest_charts_defaults(tmp_path):
    # Workloads tell their KubeObjects their chart through Python (no Chart.of): it must be cdk8s's answer
    app = _nested_workloads(str(tmp_path / "app"))
    objects = [c for c in app.node.find_all() if isinstance(c, KubeObject)]
    assert len(objects) == 5
    for obj in objects:
        assert obj._initial_metadata == _sorted(cdk8s.ApiObject.metadata.fget(obj).to_json()), obj.node.path
    ours, theirs = _both(tmp_path, _nested_workloads)
    assert ours == theirs
    extra = next(doc for content in ours.values() for doc in yaml.safe_load_all(content) if doc["metadata"]["name"] == "extra")
    assert extra["metadata"] == {"labels": {"chart": "inner"}, "name": "extra"}
