"""diff: objects added, removed and changed between two output folders; immutable-field changes gate CI."""

from __future__ import annotations

import copy

import pytest
import yaml

from airflow_cdk8s.cli import run
from airflow_cdk8s.diff import diff_folders, immutable_changes

from conftest import ROOT

OFFICIAL = ROOT / "examples" / "official-chart" / "airflow_values.yaml"


def deployment(name="web", selector=None, image="nginx:1"):
    selector = selector or {"app": name}
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": "ns"},
            "spec": {"selector": {"matchLabels": selector},
                     "template": {"metadata": {"labels": selector}, "spec": {"containers": [{"name": "c", "image": image}]}}}}


def write(folder, name, *docs):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(yaml.safe_dump_all(docs))
    return folder


def statefulset(**spec):
    return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db", "namespace": "ns"},
            "spec": {"serviceName": "db", "selector": {"matchLabels": {"app": "db"}}, **spec}}


def claim(storage="1Gi", **spec):
    return {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "data", "namespace": "ns"},
            "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": storage}}, **spec}}


@pytest.mark.parametrize("old, new, field", [
    (deployment(), deployment(selector={"app": "web", "tier": "x"}), "spec.selector"),
    (statefulset(), statefulset(serviceName="db-headless"), "spec.serviceName"),
    (statefulset(), statefulset(podManagementPolicy="Parallel"), "spec.podManagementPolicy"),
    (statefulset(volumeClaimTemplates=[claim()]), statefulset(volumeClaimTemplates=[claim("2Gi")]), "spec.volumeClaimTemplates"),
    ({"kind": "Job", "metadata": {"name": "j"}, "spec": {"template": {"spec": {"containers": [{"image": "a"}]}}}},
     {"kind": "Job", "metadata": {"name": "j"}, "spec": {"template": {"spec": {"containers": [{"image": "b"}]}}}}, "spec.template"),
    (claim(), claim(storageClassName="fast"), "spec"),
    (claim("2Gi"), claim("1Gi"), "spec"),  # shrinking is refused too
    ({"kind": "Service", "metadata": {"name": "s"}, "spec": {"clusterIP": "None"}},
     {"kind": "Service", "metadata": {"name": "s"}, "spec": {}}, "spec.clusterIP"),
    ({"kind": "Service", "metadata": {"name": "s"}, "spec": {"clusterIP": "10.0.0.1"}},
     {"kind": "Service", "metadata": {"name": "s"}, "spec": {"clusterIP": "10.0.0.2"}}, "spec.clusterIP"),
    ({"kind": "ConfigMap", "metadata": {"name": "c"}, "immutable": True, "data": {"a": "1"}},
     {"kind": "ConfigMap", "metadata": {"name": "c"}, "immutable": True, "data": {"a": "2"}}, "data (immutable: true)"),
])
def test_immutable_fields_are_flagged_with_what_to_do(old, new, field):
    found = immutable_changes(old, new)
    assert [f for f, _ in found] == [field]
    assert all(todo for _, todo in found)


@pytest.mark.parametrize("old, new", [
    (deployment(), deployment(image="nginx:2")),  # a new pod template rolls out
    (claim("1Gi"), claim("1.5Gi")),  # growing a claim is allowed (with an expandable storage class)
    (claim("1Gi"), claim("2Gi")),
    ({"kind": "Service", "metadata": {"name": "s"}, "spec": {"clusterIP": "10.0.0.1"}},
     {"kind": "Service", "metadata": {"name": "s"}, "spec": {}}),  # the server keeps the assigned IP
    ({"kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": "1"}},
     {"kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": "2"}}),
])
def test_changes_an_apply_accepts_are_not_flagged(old, new):
    assert immutable_changes(old, new) == []


def test_selector_error_names_the_object_and_the_kubectl_command():
    (field, todo), = immutable_changes(deployment(), deployment(selector={"app": "x"}))
    assert "kubectl delete deployment web -n ns; its pods go with it" in todo and "Replace=true" in todo
    (field, todo), = immutable_changes(statefulset(), statefulset(serviceName="other"))
    assert "kubectl delete statefulset db -n ns --cascade=orphan" in todo and "adopts the running pods" in todo


def test_folders_diff_added_removed_changed_and_moved(tmp_path):
    service = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "ns"}, "spec": {"ports": [{"port": 80}]}}
    old = write(tmp_path / "old", "app.k8s.yaml", deployment(), deployment("gone"), service)
    new = write(tmp_path / "new", "app.k8s.yaml", deployment(image="nginx:2"), deployment("fresh"))
    write(new, "other.k8s.yaml", service)  # moved to another file, unchanged
    result = diff_folders(old, new)
    assert [k for k, _ in result.added] == [("apps", "Deployment", "ns", "fresh")]
    assert [k for k, _ in result.removed] == [("apps", "Deployment", "ns", "gone")]
    assert [c.key for c in result.changed] == [("apps", "Deployment", "ns", "web")]
    text = result.render()
    assert "    -      - image: nginx:1\n" in text and "    +      - image: nginx:2\n" in text
    assert "--- old/app.k8s.yaml" in text and "+++ new/app.k8s.yaml" in text
    assert text.endswith("1 added, 1 removed, 1 changed, 0 with immutable-field changes\n")


def test_same_names_in_different_files_are_different_objects(tmp_path):
    old = write(tmp_path / "old", "a.yaml", deployment())
    write(old, "b.yaml", deployment(image="x:1"))
    new = write(tmp_path / "new", "a.yaml", deployment())
    write(new, "b.yaml", deployment(image="x:2"))
    result = diff_folders(old, new)
    assert [(c.old_file, c.new_file) for c in result.changed] == [("b.yaml", "b.yaml")]


def test_cli_diff_of_two_folders_gates_on_immutable_changes(tmp_path, capsys):
    old = write(tmp_path / "old", "app.yaml", deployment())
    safe = write(tmp_path / "safe", "app.yaml", deployment(image="nginx:2"))
    unsafe = write(tmp_path / "unsafe", "app.yaml", deployment(selector={"app": "other"}))
    assert run(["diff", str(old), str(safe)]) == 0
    assert run(["diff", str(old), str(safe), "--exit-code"]) == 1
    assert run(["diff", str(old), str(old), "--exit-code"]) == 0
    capsys.readouterr()
    assert run(["diff", str(old), str(unsafe)]) == 1
    out = capsys.readouterr().out
    assert "! Deployment.apps ns/web: spec.selector is immutable; delete it (kubectl delete deployment web -n ns;" in out


def test_cli_diff_refuses_values_with_two_folders_and_bad_folders(tmp_path, capsys):
    old = write(tmp_path / "old", "app.yaml", deployment())
    assert run(["diff", str(old), str(old), "-f", "x.yaml"]) == 2
    assert "diff OLD NEW: cannot be combined with --values" in capsys.readouterr().err
    assert run(["diff", str(old), str(tmp_path / "none")]) == 2
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.yaml").write_text("a: [\n")
    assert run(["diff", str(old), str(tmp_path / "bad")]) == 2
    assert "bad/x.yaml" in capsys.readouterr().err


def test_cli_diff_of_a_fresh_synthesis_against_committed_output(tmp_path, capsys):
    """The GitOps gate: synthesize the changed values and compare with what is committed."""
    committed = tmp_path / "deploy"
    base = ["--chart", "airflow", "-f", str(OFFICIAL), "--namespace", "airflow", "--set", "executor=CeleryExecutor"]
    assert run(["synth", *base, "--outdir", str(committed)]) == 0
    capsys.readouterr()
    assert run(["diff", *base, "--outdir", str(committed)]) == 0
    assert capsys.readouterr().out.endswith("0 added, 0 removed, 0 changed, 0 with immutable-field changes\n")
    # growing the Celery workers' log claims changes the StatefulSet's volumeClaimTemplates: an apply refuses it
    assert run(["diff", *base, "--set", "workers.persistence.size=200Gi", str(committed)]) == 1
    out = capsys.readouterr().out
    assert "! StatefulSet.apps airflow/airflow-worker: spec.volumeClaimTemplates is immutable" in out
    assert "-          storage: 100Gi\n" in out and "+          storage: 200Gi\n" in out


def test_cli_diff_against_dist_is_clean():
    assert run(["diff"], reference_app="scenarios:SCENARIOS") == 0


def test_objects_without_a_namespace_match_the_namespaced_ones(tmp_path):
    """helm template leaves metadata.namespace out; the apply puts those objects in its namespace."""
    helm = deployment(selector={"component": "web", "release": "r"})
    del helm["metadata"]["namespace"]
    old = write(tmp_path / "helm", "official.yaml", helm)
    new = write(tmp_path / "ours", "ours.k8s.yaml", deployment())
    result = diff_folders(old, new)
    assert not result.added and not result.removed
    (change,) = result.needs_action
    assert change.immutable[0][0] == "spec.selector" and "-n ns" in change.immutable[0][1]
