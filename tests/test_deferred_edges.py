"""What a user can do wrong, or unusually, with an App of ours (deferred.py) gets what cdk8s.App gives: the same
error at the same moment, or the same files, although Node learns of the constructs only later or never."""

from __future__ import annotations

import os
from pathlib import Path

import cdk8s
import cdk8s_plus_27 as kplus
import pytest

from airflow_cdk8s import App, Chart, Construct, KubeObject, deferred, render

from test_deferred import ours_and_cdk8s, written


def _config_map(scope, id, name="cm", **props) -> KubeObject:
    return KubeObject(scope, id, api_version="v1", kind="ConfigMap", name=name, **props)


def _error(make_app, build) -> str:
    app = make_app()
    with pytest.raises(Exception) as raised:
        build(app)
    return f"{type(raised.value).__name__}: {raised.value}"


def _twice(make_first, make_second):
    def build(app):
        chart = Chart(app, "c")
        make_first(chart)
        make_second(chart)
    return build


@pytest.mark.parametrize("build", [
    pytest.param(_twice(lambda c: _config_map(c, "A"), lambda c: _config_map(c, "A")), id="object twice"),
    pytest.param(lambda app: (Chart(app, "c"), Chart(app, "c")), id="chart twice"),
    pytest.param(_twice(lambda c: Construct(c, "a/b"), lambda c: Construct(c, "a--b")), id="same once escaped"),
    pytest.param(lambda app: _config_map(Construct(Chart(app, "c"), "G"), ""), id="empty id"),
    pytest.param(lambda app: _config_map(Chart(app, "c"), "constructor"), id="a name JavaScript objects have"),
    pytest.param(lambda app: Chart(app, 7), id="an id that is no string"),
])
def test_an_id_cdk8s_refuses_is_refused_when_the_construct_is_created(build):
    ours = _error(App, build)
    assert ours == _error(cdk8s.App, build)
    assert "There is already a Construct" in ours or "empty ID" in ours or "must be str" in ours


def test_a_refused_id_leaves_the_tree_as_it_was(tmp_path):
    app = App(outdir=str(tmp_path))
    chart = Chart(app, "c")
    _config_map(chart, "A", name="first")
    with pytest.raises(RuntimeError):
        _config_map(chart, "A", name="second")
    render.synth(app)
    assert deferred.is_pending(app)
    assert "second" not in (tmp_path / "c.k8s.yaml").read_text()
    assert [c.node.id for c in chart.node.children] == ["A"]  # and Node, created now, agrees


def test_an_id_with_a_path_separator_is_escaped_as_node_does():
    app = App()
    inner = _config_map(Construct(Chart(app, "c"), "a/b"), "x\ny")
    assert deferred.path_of(inner) == "c/a--b/x--y"
    assert inner.node.path == deferred.path_of(inner)


@pytest.mark.parametrize("make_app", [App, cdk8s.App], ids=["ours", "cdk8s"])
@pytest.mark.parametrize("build, field", [
    (lambda app: _config_map(Chart(app, "c"), "A", name=5), "name"),
    (lambda app: _config_map(Chart(app, "c"), "A", namespace=["x"]), "namespace"),
    (lambda app: _config_map(Chart(app, "c"), "A", labels={"version": 2}), "labels"),
    (lambda app: _config_map(Chart(app, "c"), "A", annotations={"replicas": True}), "annotations"),
    (lambda app: Chart(app, "c", labels={"tier": 1}), "labels"),
    (lambda app: Chart(app, "c", namespace=5), "namespace"),
], ids=["object name", "object namespace", "object label", "object annotation", "chart label", "chart namespace"])
def test_props_of_the_wrong_type_are_refused_in_either_app(make_app, build, field):
    """cdk8s's jsii checks refuse them when Node creates the object, which in an App of ours may be never
    (the YAML would then carry a number where Kubernetes wants a string)."""
    app = make_app()
    with pytest.raises(TypeError, match=field):
        build(app)


@pytest.mark.parametrize("build", [
    pytest.param(lambda make_app: make_app(outdir=Path("dist")), id="a Path as outdir"),
    pytest.param(lambda make_app: make_app(yaml_output_type="FILE_PER_APP"), id="an output type by name"),
    pytest.param(lambda make_app: Chart(make_app(), "c", disable_resource_name_hashes="yes"), id="a string for a flag"),
    pytest.param(lambda make_app: _config_map(Chart(make_app(), "c"), "A", api_version="a/b/v1"), id="an apiVersion of three parts"),
])
def test_props_cdk8s_refuses_are_refused_with_its_error(build):
    """Accepted in Python, they would make Node refuse the app the first time something needs it there,
    with half of it created."""
    assert _error(lambda: App, build) == _error(lambda: cdk8s.App, build)


def test_labels_changed_by_the_caller_after_creation_do_not_reach_the_objects(tmp_path):
    def build(app):
        labels, annotations = {"team": "a"}, {"note": "1"}
        chart = Chart(app, "c1", labels=labels)
        first = _config_map(chart, "K", name="k", labels=labels, annotations=annotations)
        labels["team"], annotations["note"] = "b", "2"  # a dict reused for the next chart
        Chart(app, "c2", labels=labels)
        first.metadata.add_label("touched", "yes")  # its metadata now comes from Node
        kplus.ConfigMap(chart, "Plus", metadata=cdk8s.ApiObjectMetadata(name="plus"))  # labelled by Node's chart
        return app

    ours, theirs = ours_and_cdk8s(tmp_path, build)
    assert ours == theirs
    text = ours["c1.k8s.yaml"].decode()
    assert text.count("team: a") == 2 and "team: b" not in text and 'note: "1"' in text


def _two_charts(app):
    _config_map(Chart(app, "c", namespace="n"), "A", name="a", body=lambda: {"data": {"k": "v"}})
    second = Chart(app, "d")
    _config_map(second, "A", name="b")
    return app


@pytest.mark.parametrize("props", [
    dict(record_construct_metadata=True),
    dict(yaml_output_type=cdk8s.YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE),
    dict(yaml_output_type=cdk8s.YamlOutputType.FILE_PER_APP),
], ids=["construct metadata", "folder per chart", "file per app"])
@pytest.mark.parametrize("synth", [render.synth, App.synth], ids=["render.synth", "App.synth"])
def test_other_outputs_are_what_cdk8s_writes(tmp_path, props, synth):
    synth(_two_charts(App(outdir=str(tmp_path / "ours"), **props)))
    _two_charts(cdk8s.App(outdir=str(tmp_path / "cdk8s"), **props)).synth()
    ours = written(tmp_path / "ours")
    assert ours == written(tmp_path / "cdk8s")
    assert len(ours) >= 2 - ("yaml_output_type" in props and props["yaml_output_type"] == cdk8s.YamlOutputType.FILE_PER_APP)
    if "record_construct_metadata" in props:
        assert "construct-metadata.json" in ours


def test_files_of_ones_own_in_the_output_folder_are_left_alone(tmp_path):
    (tmp_path / "kustomize").mkdir()
    own = tmp_path / "README.md"
    own.write_text("ours\n")
    before = os.stat(own).st_mtime_ns
    os.utime(own, ns=(before - 10**9, before - 10**9))  # a write now would show
    app = _two_charts(App(outdir=str(tmp_path), yaml_output_type=cdk8s.YamlOutputType.FILE_PER_APP))
    written = render.synth(app)
    assert written == [tmp_path / "app.k8s.yaml"]
    assert os.stat(own).st_mtime_ns == before - 10**9
