"""The API server rules' shortcuts give the answers of the rules they shorten (checks/apiserver/).

A shortcut that skipped a rule would show only on the rare object it gets wrong, so each is compared with
the plain computation on generated input and on the boundary cases."""

from __future__ import annotations

import copy
import datetime
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from airflow_cdk8s import names
from airflow_cdk8s.checks import apiserver, check_api_server
from airflow_cdk8s.checks.apiserver import metadata

# Strings whose JSON is much longer than their UTF-8 (control characters, quotes, astral and lone
# surrogates), and every other YAML and JSON value, bytes and sets included.
strings = st.text(alphabet=st.sampled_from(["\x00", "\x1f", '"', "\\", "é", "😀", "\ud800", "a", "\n"]), max_size=8)
scalars = st.one_of(strings, st.none(), st.booleans(), st.integers(), st.floats(), st.binary(max_size=6),
                    st.just(datetime.date(2020, 1, 1)))
keys = st.one_of(strings, st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.lists(inner, max_size=3).map(tuple), st.sets(strings, max_size=3),
    st.dictionaries(keys, inner, max_size=4)), max_leaves=30)


@settings(max_examples=500, deadline=None)
@given(values)
def test_the_size_bound_is_never_below_the_json_size(value):
    exact = len(json.dumps(value, separators=(",", ":"), default=str).encode())
    assert metadata._json_bytes_at_most(value) >= exact


def _config_map(size: int) -> dict:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"k": "x" * size}}


def _json_size(obj) -> int:
    return len(json.dumps(obj, separators=(",", ":")).encode())


def test_an_object_over_the_limit_is_refused_and_one_at_the_limit_is_not():
    at_limit = _config_map(0)
    at_limit["data"]["k"] = "x" * (metadata.MAX_OBJECT_BYTES - _json_size(at_limit))
    assert _json_size(at_limit) == metadata.MAX_OBJECT_BYTES
    assert metadata._json_bytes_at_most(at_limit) > metadata.MAX_OBJECT_BYTES  # the exact count decides
    assert not [m for m in apiserver.check_object(at_limit) if "as JSON" in m]
    over = _config_map(len(at_limit["data"]["k"]) + 1)
    assert [m for m in apiserver.check_object(over) if "as JSON" in m] == [
        f"the object is {metadata.MAX_OBJECT_BYTES + 1} bytes as JSON; the API server's store (etcd) refuses "
        f"objects over {metadata.MAX_OBJECT_BYTES} bytes (1.5 MiB) by default"]


def test_an_object_marshal_cannot_write_is_counted_exactly():
    over = _config_map(metadata.MAX_OBJECT_BYTES)
    over["metadata"]["annotations"] = {"when": datetime.datetime(2020, 1, 1)}  # as a YAML timestamp reads
    assert any("as JSON" in m for m in apiserver.check_object(over))


# ---- containers judged once per distinct container --------------------------------------------------


def _worker(index: int, *, sidecar: dict | None = None, main_env: list | None = None, volumes: list | None = None,
            init: list | None = None) -> dict:
    """A worker group's Deployment as the agent writes them: the same two containers in every group."""
    main = {"name": "worker", "image": "agent:1", "ports": [{"name": "http", "containerPort": 8080}],
            "env": main_env or [{"name": "QUEUE", "value": f"q{index}"}],
            "resources": {"limits": {"cpu": "2"}, "requests": {"cpu": "1"}},
            "volumeMounts": [{"name": "logs", "mountPath": "/logs"}]}
    side = sidecar or {"name": "vector", "image": "vector:1", "volumeMounts": [{"name": "logs", "mountPath": "/logs"}],
                       "resources": {"limits": {"memory": "256Mi"}, "requests": {"memory": "128Mi"}}}
    spec = {"containers": [main, side], "volumes": [{"name": "logs", "emptyDir": {}}] if volumes is None else volumes}
    if init:
        spec["initContainers"] = init
    labels = {"app": f"w{index}"}
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": f"worker-{index}"},
            "spec": {"selector": {"matchLabels": labels}, "template": {"metadata": {"labels": labels}, "spec": spec}}}


def _problems(objects: list) -> list[str]:
    return [str(p) for p in check_api_server(objects)]


def test_one_bad_container_among_many_identical_ones_is_reported():
    groups = [_worker(i) for i in range(30)]
    bad_side = copy.deepcopy(groups[0]["spec"]["template"]["spec"]["containers"][1])
    bad_side["resources"]["requests"]["memory"] = "512Mi"  # above its limit
    groups[17] = _worker(17, sidecar=bad_side)
    groups[23] = _worker(23, main_env=[{"name": "QUEUE", "value": "q23"}, {"name": "1BAD", "value": "x"}])
    assert _problems(groups) == [
        "deployment/worker-17: spec.template.spec.containers[1].resources.requests.memory: 512Mi must be less than or "
        "equal to the memory limit of 256Mi",
        "deployment/worker-23: spec.template.spec.containers[0].env[1].name: " + names.env_var_name_error("1BAD"),
    ]


def test_an_identical_container_in_a_pod_without_its_volume_is_reported():
    groups = [_worker(0), _worker(1, volumes=[{"name": "other", "emptyDir": {}}]), _worker(2)]
    problems = _problems(groups)
    assert len(problems) == 2 and all(p.startswith("deployment/worker-1: ") for p in problems)
    assert "containers[0].volumeMounts[0].name: volume 'logs' not found" in problems[0]
    assert "containers[1].volumeMounts[0].name: volume 'logs' not found" in problems[1]


def test_the_same_container_as_an_init_container_gets_the_init_container_rules():
    main = _worker(0)["spec"]["template"]["spec"]["containers"][0]
    probed = {**main, "livenessProbe": {"tcpSocket": {"port": 8080}}}
    groups = [_worker(0, sidecar={**probed, "name": "probed"}), _worker(1, init=[{**probed, "name": "init"}])]
    assert [p for p in _problems(groups) if "livenessProbe" in p] == [
        "deployment/worker-1: spec.template.spec.initContainers[0].livenessProbe: may not be set for initContainers"]


def test_values_that_look_alike_are_not_taken_for_each_other():
    # 8080 and "8080" print alike; only the number is a port
    as_text = copy.deepcopy(_worker(1))
    as_text["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"] = "8080"
    assert _problems([_worker(0), as_text, _worker(2)]) == [
        "deployment/worker-1: spec.template.spec.containers[0].ports[0].containerPort: is required"]


def test_host_ports_are_judged_per_pod():
    def with_host_port(index: int) -> dict:
        obj = _worker(index)
        for c in obj["spec"]["template"]["spec"]["containers"]:
            c["ports"] = [{"containerPort": 9000, "hostPort": 9000}]
        return obj
    problems = _problems([with_host_port(0), with_host_port(1)])
    assert [p.split(":")[0] for p in problems] == ["deployment/worker-0", "deployment/worker-1"]
    assert all("containers[1].ports[0].hostPort: duplicate hostPort 9000/TCP" in p for p in problems)


def test_a_fragment_after_the_same_container_in_a_pod_gets_its_own_paths():
    bad = {"name": "c", "image": "i", "resources": {"limits": {"cpu": "1"}, "requests": {"cpu": "2"}}}
    obj = _worker(0, sidecar=bad)
    assert _problems([obj]) == ["deployment/worker-0: spec.template.spec.containers[1].resources.requests.cpu: 2 must "
                                "be less than or equal to the cpu limit of 1"]
    assert apiserver.fragment_problems("Container", bad) == [
        ("resources.requests.cpu", "2 must be less than or equal to the cpu limit of 1")]


def test_sources_are_named_in_the_order_of_the_api_whatever_the_order_of_the_keys():
    volume = {"secret": {"secretName": "s"}, "name": "v", "emptyDir": {}, "configMap": {"name": "c"}}
    assert apiserver.fragment_problems("Volume", volume) == [
        ("", "may not specify more than one volume type (found configMap, emptyDir, secret)")]
    assert apiserver.fragment_problems("Volume", {"name": "v", "emptyDir": None, "configMap": {"name": "c"}}) == []


# ---- a pod's volumes judged once per distinct list --------------------------------------------------


def test_one_bad_volume_list_among_identical_ones_is_reported():
    bad = [{"name": "logs", "emptyDir": {}}, {"name": "cfg", "configMap": {"name": "Not_A_Name"}}]
    groups = [_worker(i) for i in range(10)] + [_worker(10, volumes=bad)] + [_worker(11)]
    assert _problems(groups) == ["deployment/worker-10: spec.template.spec.volumes[1].configMap.name: "
                                 + names.dns1123_subdomain_error("Not_A_Name")]


def test_a_claim_template_volume_stays_with_its_stateful_set():
    # the volumes found for a list are shared by identical lists: a StatefulSet adds its claim templates
    # to its own copy, so an identical Deployment that mounts the claim still lacks that volume
    def mounting_data(obj: dict) -> dict:
        obj["spec"]["template"]["spec"]["containers"][0]["volumeMounts"].append({"name": "data", "mountPath": "/data"})
        return obj
    stateful = mounting_data(_worker(0))
    stateful["kind"] = "StatefulSet"
    stateful["spec"]["serviceName"] = "worker"
    stateful["spec"]["volumeClaimTemplates"] = [{"metadata": {"name": "data"}, "spec": {
        "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}}]
    problems = _problems([_worker(1), stateful, mounting_data(_worker(2))])
    assert problems == ["deployment/worker-2: spec.template.spec.containers[0].volumeMounts[1].name: volume 'data' "
                        "not found: the pod has no volume of that name (volumes: logs)"]
