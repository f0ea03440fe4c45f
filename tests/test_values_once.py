"""Many worker groups: each distinct fragment and HPA is checked against the schemas and API server rules once,
and every group's problem is still named by its own values path."""

from __future__ import annotations

import pytest

from airflow_cdk8s import ValuesError, kube_fields, load_values_text, validate_values
from airflow_cdk8s.agent import pod_values, value_types
from airflow_cdk8s.checks import apiserver

from conftest import minimal_values


@pytest.fixture
def counted(monkeypatch):
    """Calls of the schema check, the fragment rules and the whole-object rules, with cold caches."""
    calls = {"schema": 0, "rules": 0, "object": 0}
    for module, name, counter in ((kube_fields, "fragment_errors", "schema"), (apiserver, "fragment_problems", "rules"),
                                  (apiserver, "check_object", "object")):
        real = getattr(module, name)

        def count(*args, _real=real, _counter=counter, **kwargs):
            calls[_counter] += 1
            return _real(*args, **kwargs)
        monkeypatch.setattr(module, name, count)
    for cache in (value_types._cached_fragment_problems, value_types._cached_api_server_problems,
                  pod_values._cached_hpa_problems):
        cache.cache_clear()
    yield calls
    for cache in (value_types._cached_fragment_problems, value_types._cached_api_server_problems,
                  pod_values._cached_hpa_problems):
        cache.cache_clear()  # nothing counted stays behind for other tests


def worker(name: str, **keys) -> dict:
    return {"name": name, "env": [{"name": "A", "value": "1"}],
            "hpa": {"enabled": True, "metrics": [{"type": "Resource", "resource": {
                "name": "cpu", "target": {"type": "Utilization", "averageUtilization": 80}}}]}, **keys}


def test_identical_worker_groups_are_checked_once(counted):
    validate_values(minimal_values(workers=[worker("w1")]))
    one = dict(counted)
    validate_values(minimal_values(workers=[worker(f"w{i}") for i in range(2, 52)]))
    assert counted == {"schema": one["schema"], "rules": one["rules"], "object": one["object"]}, \
        "fifty more groups of the same fragments and HPA were checked again"
    assert one["object"] == 1 and one["schema"] == 2  # the HPA; the env var and the metric (not our default probes)


def test_a_repeated_bad_fragment_is_reported_for_every_group_by_its_own_path(counted):
    bad = {"behavior": {"scaleUp": {"policies": []}}}
    workers = [worker(f"w{i}") for i in range(3)]
    for i in (0, 2):
        workers[i] = worker(f"w{i}", hpa={**workers[i]["hpa"], **bad}, tolerations=[{"key": "k", "operator": "Exists", "value": "v"}])
    with pytest.raises(ValuesError) as error:
        validate_values(minimal_values(workers=workers))
    assert error.value.problems == [
        f"workers[{i}].{p}" for i in (0, 2) for p in (
            "hpa.behavior.scaleUp.policies: must list at least one policy",
            "tolerations[0].value: must be empty when operator is Exists")]
    assert counted["object"] == 2  # the bad HPA and the good one, once each


def test_the_hpa_default_metric_and_sources_follow_each_group():
    workers = [{"name": "a", "hpa": {"enabled": True, "extraMetrics": [
                   {"type": "Resource", "resource": {"name": "memory", "target": {"type": "Value", "value": "1"}}}]},
                "resources": {"requests": {"memory": "1Gi"}}},
               {"name": "b", "hpa": {"enabled": True, "metrics": [
                   {"type": "Pods", "pods": {"metric": {"name": "m"}, "target": {"type": "AverageValue", "averageValue": "1"}}}],
                   "extraMetrics": [
                   {"type": "Resource", "resource": {"name": "memory", "target": {"type": "Value", "value": "1"}}}]},
                "resources": {"requests": {"memory": "1Gi"}}}]
    with pytest.raises(ValuesError) as error:
        validate_values(minimal_values(workers=workers))
    message = "resource.target.averageUtilization: is required: a Resource metric needs averageUtilization or averageValue"
    assert error.value.problems == [f"workers[0].hpa.extraMetrics[0].{message}", f"workers[1].hpa.extraMetrics[0].{message}"]


@pytest.mark.parametrize("value_from, problem", [
    ("{secretKeyRef: {name: 2024-01-01, key: k}}",
     "commonEnv[0].valueFrom.secretKeyRef.name: datetime.date(2024, 1, 1) is not of type 'string', 'null'"),
    ("{fileRef: {path: 2024-01-01}}", "commonEnv[0].valueFrom.fileRef: is not a Kubernetes field"),
])
def test_a_fragment_that_is_not_json_is_checked_without_the_cache(value_from, problem):
    text = ("namespace: astro\nagentTokenSecretName: t\nimagePullSecretName: p\nastroDeploymentAPIURL: https://x\n"
            "secretBackend: airflow.secrets.local_filesystem.LocalFilesystemBackend\n"
            "dagBundleConfigList: '[{\"name\": \"d\", \"classpath\": \"c\"}]'\n"
            f"commonEnv:\n  - name: A\n    valueFrom: {value_from}\n")
    with pytest.raises(ValuesError) as error:
        load_values_text(text, source="values.yaml")
    assert error.value.problems[0].startswith(problem)


def test_a_timestamp_as_an_env_value_is_a_notice_not_a_traceback():
    text = ("namespace: astro\nagentTokenSecretName: t\nimagePullSecretName: p\nastroDeploymentAPIURL: https://x\n"
            "secretBackend: airflow.secrets.local_filesystem.LocalFilesystemBackend\n"
            "dagBundleConfigList: '[{\"name\": \"d\", \"classpath\": \"c\"}]'\n"
            "commonEnv:\n  - {name: A, value: 2024-01-02}\n  - {name: B, value: 2001-12-14t21:59:43.10-05:00}\n")
    notices: list[str] = []
    values = load_values_text(text, source="values.yaml", notices=notices)
    assert [var["value"] for var in values.common_env] == ["2024-01-02", "2001-12-14 21:59:43.100000-05:00"]
    assert notices == [
        'values.yaml: commonEnv[0].value: 2024-01-02 is a YAML date, not a string; read as the string Helm renders, '
        '"2024-01-02" (quote it in the file to say so)',
        'values.yaml: commonEnv[1].value: 2001-12-14T21:59:43.100000-05:00 is a YAML timestamp, not a string; read as '
        '"2001-12-14 21:59:43.100000-05:00", not as written (quote it in the file)',
    ]


def test_empty_defaults_are_new_per_model_and_the_schema_still_states_them():
    from airflow_cdk8s.agent.schema import values_json_schema
    from airflow_cdk8s.agent.values import WorkerValues

    a, b = WorkerValues(name="a"), WorkerValues(name="b")
    assert a.env == [] and a.env is not b.env and a.hpa.extra_metrics is not b.hpa.extra_metrics
    assert a.service_account.annotations == {} and a.service_account.annotations is not b.service_account.annotations
    worker = values_json_schema()["$defs"]["WorkerValues"]["properties"]
    assert worker["env"]["default"] == [] and worker["tolerations"]["default"] == []


def test_the_default_probes_pass_the_checks_they_are_not_put_through_per_model():
    from airflow_cdk8s.agent.pod_values import PodValues, SentinelValues, WorkerValues, sentinel_probe
    from airflow_cdk8s.agent.value_types import LivenessProbe, ReadinessProbe, default_probe
    import pydantic

    for probe_type in (LivenessProbe, ReadinessProbe):
        assert pydantic.TypeAdapter(probe_type).validate_python(default_probe()) == default_probe()
    for field in ("liveness_probe", "readiness_probe"):
        assert PodValues.model_fields[field].validate_default is False
        assert WorkerValues(name="w").model_dump()[field] == default_probe()
    assert SentinelValues(port=9000).liveness_probe == sentinel_probe(9000)  # given as input: checked
    with pytest.raises(ValuesError) as error:  # a probe in the values is checked as always
        validate_values(minimal_values(workers=[{"name": "w", "livenessProbe": {**default_probe(), "successThreshold": 2}}]))
    assert error.value.problems == ["workers[0].livenessProbe.successThreshold: must be 1 for a livenessProbe"]
