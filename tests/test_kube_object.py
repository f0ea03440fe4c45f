"""KubeObject: cluster-scoped objects get no namespace, in Python (no cdk8s JSON patch)."""

from __future__ import annotations

import cdk8s
import pytest

from airflow_cdk8s import KubeObject, render
from airflow_cdk8s.kube_object import drop_chart_namespace, sanitized


def _chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.App(), "test", namespace="airflow", labels={"team": "data"})


def _role(chart: cdk8s.Chart, **props) -> KubeObject:
    return KubeObject(chart, "Role", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole", name="reader",
                      body=lambda: {"rules": []}, **props)


def test_a_cluster_scoped_object_has_no_namespace_in_a_namespaced_chart():
    chart = _chart()
    role = _role(chart, cluster_scoped=True)
    assert role.to_json()["metadata"] == {"labels": {"team": "data"}, "name": "reader"}
    assert role._patches == []
    assert _role(_chart()).to_json()["metadata"]["namespace"] == "airflow"  # without it: the chart's, as before


def test_no_namespace_even_after_the_metadata_was_changed_through_cdk8s():
    chart = _chart()
    role = _role(chart, cluster_scoped=True)
    role.metadata.add_label("later", "yes")  # from here on the metadata comes from cdk8s, which holds the chart's namespace
    meta = role.to_json()["metadata"]
    assert "namespace" not in meta and meta["labels"] == {"later": "yes", "team": "data"}
    # render.py and App.synth() write the same
    [doc] = render.chart_files(chart.node.scope)[0][1]
    assert doc == cdk8s.Testing.synth(chart)[0] == role.to_json()


def test_a_cluster_scoped_object_with_a_namespace_is_an_error():
    with pytest.raises(ValueError, match="ClusterRole 'reader': namespace: a cluster-scoped object has no namespace"):
        _role(_chart(), cluster_scoped=True, namespace="airflow")


def test_drop_chart_namespace_on_a_kube_object_needs_no_json_patch():
    role = _role(_chart())
    drop_chart_namespace(role)
    assert role._patches == [] and "namespace" not in role.to_json()["metadata"]


def test_drop_chart_namespace_still_works_on_any_api_object():
    chart = _chart()
    plain = cdk8s.ApiObject(chart, "Plain", api_version="v1", kind="PersistentVolume", metadata=cdk8s.ApiObjectMetadata(name="pv"))
    drop_chart_namespace(plain)
    assert "namespace" not in cdk8s.Testing.synth(chart)[0]["metadata"]


def test_sanitized_drops_none_and_sorts_keys_at_every_level_as_cdk8s_does():
    value = {"b": {"z": 1, "a": None, "m": [{"y": None, "x": 2}]}, "a": None, "c": [], "d": {}}
    assert sanitized(value) == {"b": {"m": [{"x": 2}], "z": 1}, "c": [], "d": {}}
    assert list(sanitized(value)) == ["b", "c", "d"] and list(sanitized(value)["b"]) == ["m", "z"]


def test_metadata_a_body_cannot_carry_is_refused_not_dropped():
    from airflow_cdk8s import App, Chart

    app = App()
    KubeObject(Chart(app, "c"), "Odd", api_version="v1", kind="ConfigMap", name="odd",
               body=lambda: {"metadata": {"labels": {"a": "b"}, "finalizers": ["x/y"]}, "data": {}})
    with pytest.raises(ValueError, match=r"ConfigMap 'odd': .*labels and annotations only, not finalizers"):
        render.files(app)
