"""An App of ours keeps its constructs in Python until something needs them in Node (deferred.py): the
files are the same either way, and what touches Node gets the whole app there, in creation order."""

from __future__ import annotations

import json
import subprocess
import sys

import cdk8s
import cdk8s_plus_27 as kplus

from airflow_cdk8s import App, Chart, Construct, KubeObject, RemoteExecutionAgent, deferred, render, validate_values  # noqa: F401
from airflow_cdk8s.synth import build_app
from scenarios import SCENARIOS

from conftest import ROOT, minimal_values


def written(folder) -> dict[str, bytes]:
    """Every file under ``folder`` (relative path -> content)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def ours_and_cdk8s(tmp_path, build) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The files of ``build(app)`` written from an App of ours by ``render.synth``, and from a plain
    ``cdk8s.App`` by cdk8s's ``synth()``."""
    render.synth(build(App(outdir=str(tmp_path / "ours"))))
    build(cdk8s.App(outdir=str(tmp_path / "cdk8s"))).synth()
    return written(tmp_path / "ours"), written(tmp_path / "cdk8s")


def _cdk8s_synth(app: cdk8s.App) -> None:
    """cdk8s's own synthesis (Node walks the tree and writes the YAML)."""
    deferred.create_in_node(app)
    cdk8s.App.synth(app)


def test_the_reference_app_is_written_the_same_from_python_and_by_cdk8s(tmp_path):
    pending = build_app(SCENARIOS, str(tmp_path / "python"))
    assert deferred.is_pending(pending)
    render.synth(pending)
    assert deferred.is_pending(pending)  # synthesizing did not need Node
    in_node = build_app(SCENARIOS, str(tmp_path / "node"))
    _cdk8s_synth(in_node)
    eager = cdk8s.App(outdir=str(tmp_path / "eager"))  # a plain cdk8s App: every construct created in Node at once
    for chart_id, build in SCENARIOS.items():
        build(eager, chart_id)
    eager.synth()
    python = written(tmp_path / "python")
    assert list(python) == sorted(f"{chart}.k8s.yaml" for chart in SCENARIOS)
    assert python == written(tmp_path / "node") == written(tmp_path / "eager")


def _agent(app) -> RemoteExecutionAgent:
    return RemoteExecutionAgent(app, "agent", values=validate_values(minimal_values()))


def test_touching_a_construct_through_cdk8s_creates_the_whole_app_in_node_in_creation_order():
    app = App()
    agent = _agent(app)
    first = KubeObject(agent, "First", api_version="v1", kind="ConfigMap", name="first")
    python_ids = [deferred.id_of(c) for c in deferred.children_of(agent)]
    assert deferred.is_pending(app) and "_jsii_ref" not in vars(first)
    assert [c.node.id for c in agent.node.children] == python_ids  # .node needs Node: everything is created there
    assert not deferred.is_pending(app)
    assert first.node.path == deferred.path_of(first) == "agent/First"
    assert cdk8s.Chart.of(first) is agent  # jsii hands back our Python objects
    later = KubeObject(agent, "Later", api_version="v1", kind="ConfigMap", name="later")  # created in Node at once
    assert agent.node.children[-1] is later


def test_a_cdk8s_plus_object_in_a_pending_chart_is_written_where_cdk8s_puts_it(tmp_path):
    def build(app):
        agent = _agent(app)
        KubeObject(agent, "Before", api_version="v1", kind="ConfigMap", name="before")
        kplus.ConfigMap(agent, "Plus", metadata=cdk8s.ApiObjectMetadata(name="plus"), data={"a": "b"})
        KubeObject(agent, "After", api_version="v1", kind="ConfigMap", name="after")
        return app

    ours, theirs = ours_and_cdk8s(tmp_path, build)
    assert ours == theirs
    text = ours["agent.k8s.yaml"].decode()
    assert text.index("name: before") < text.index("name: plus") < text.index("name: after")


def test_metadata_changed_through_cdk8s_reaches_the_file(tmp_path):
    app = App(outdir=str(tmp_path))
    agent = _agent(app)
    agent.triggerer.workload.metadata.add_label("team", "data")
    render.synth(app)
    assert not deferred.is_pending(app)
    assert "team: data" in (tmp_path / "agent.k8s.yaml").read_text()


class _Labelled(Chart):
    """A chart class of a team's own: a label on every object."""

    def to_json(self):
        docs = super().to_json()
        for doc in docs:
            doc["metadata"].setdefault("labels", {})["cost-center"] = "42"
        return docs


def test_a_chart_class_of_ones_own_renders_in_python_while_pending(tmp_path):
    app = App(outdir=str(tmp_path))
    chart = _Labelled(app, "team", namespace="team")
    group = Construct(chart, "Group")
    KubeObject(group, "Settings", api_version="v1", kind="ConfigMap", name="settings", body=lambda: {"data": {"a": "1"}})
    app.synth()
    assert deferred.is_pending(app)
    text = (tmp_path / "team.k8s.yaml").read_text()
    assert "cost-center: \"42\"" in text and "namespace: team" in text
    assert cdk8s.Testing.synth(chart)[0]["metadata"]["labels"] == {"cost-center": "42"}  # and through cdk8s


def test_a_chart_inside_a_chart_is_named_by_cdk8s(tmp_path):
    def build(app):
        outer = Chart(app, "outer")
        KubeObject(outer, "A", api_version="v1", kind="ConfigMap", name="a", namespace="x")
        KubeObject(Chart(outer, "inner"), "B", api_version="v1", kind="ConfigMap", name="b", namespace="x")
        return app

    ours, theirs = ours_and_cdk8s(tmp_path, build)
    assert ours == theirs
    assert len(ours) == 2


LATE_START = r"""
import json, sys
from airflow_cdk8s import App, RemoteExecutionAgent, node_runtime, render, validate_values
sys.path.insert(0, "tests")
from conftest import minimal_values
import cdk8s

app = App()
chart = RemoteExecutionAgent(app, "agent", values=validate_values(minimal_values()))
python = render.files(app)
before = node_runtime.started()
docs = cdk8s.Testing.synth(chart)  # Node starts here, loads the libraries held back, creates the app
print(json.dumps({"before": before, "after": node_runtime.started(), "objects": len(docs),
                  "same": render.files(app) == python}))
"""


def test_node_starts_the_first_time_jsii_needs_it_and_the_files_stay_the_same():
    result = subprocess.run([sys.executable, "-c", LATE_START], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {"before": False, "after": True, "objects": report["objects"], "same": True}
    assert report["objects"] > 5


def test_a_failed_creation_in_node_can_be_retried():
    app = App()
    agent = _agent(app)
    last = KubeObject(agent, "Last", api_version="v1", kind="ConfigMap", name="last")
    create = last._py_create
    failures = []

    def fails_once():
        if not failures:
            failures.append(1)
            raise KeyboardInterrupt  # e.g. Ctrl-C while the app is being created in Node
        create()

    last._py_create = fails_once
    try:
        agent.node  # noqa: B018 - needs Node
    except KeyboardInterrupt:
        pass
    assert last.node.path == "agent/Last"  # the second time, the rest is created
    assert agent.node.children[-1] is last
