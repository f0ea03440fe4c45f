"""The values model: documented defaults, both key spellings, and errors that name the values path."""

from __future__ import annotations

import pytest

from airflow_cdk8s import ValuesError, load_values_text, validate_values
from airflow_cdk8s.agent.values import SUPPORTED_SECRET_BACKENDS

from conftest import minimal_values


def problems_of(values: dict) -> list[str]:
    with pytest.raises(ValuesError) as caught:
        validate_values(values)
    return caught.value.problems


def test_documented_defaults():
    v = validate_values(minimal_values())
    worker = v.workers[0]
    assert (worker.name, worker.replicas, worker.queues, worker.termination_grace_period_seconds) == ("default-worker", 1, "default", 600)
    assert (worker.hpa.enabled, worker.hpa.min_replicas, worker.hpa.max_replicas) == (False, 1, 10)
    assert worker.service_account.create is True
    assert (v.triggerer.replicas, v.triggerer.async_slots) == (1, 1000)
    assert v.triggerer.resources.requests == {"cpu": "1", "ephemeral-storage": "1Gi", "memory": "2Gi"}
    assert v.triggerer.resources.limits == {"cpu": "1", "ephemeral-storage": "1Gi", "memory": "2Gi"}
    assert v.triggerer.liveness_probe["httpGet"] == {"path": "/healthz", "port": 39091}
    assert v.xcom_backend == "airflow.providers.common.io.xcom.backend.XComObjectStorageBackend"
    assert v.create_namespace is True and v.image_pull_policy == "IfNotPresent"


@pytest.mark.parametrize("backend", SUPPORTED_SECRET_BACKENDS)
def test_each_supported_secret_backend_is_accepted(backend):
    assert validate_values(minimal_values(secretBackend=backend)).secret_backend == backend


def test_unsupported_secret_backend_lists_the_supported_ones():
    [problem] = problems_of(minimal_values(secretBackend="my.Backend"))
    assert problem.startswith("secretBackend: 'my.Backend' is not supported")
    assert all(b in problem for b in SUPPORTED_SECRET_BACKENDS)


@pytest.mark.parametrize(
    "token_keys, found",
    [
        ({}, "none"),
        ({"agentTokenSecretName": "a", "agentTokenFile": "/t"}, "agentTokenSecretName, agentTokenFile"),
        ({"agentToken": "x", "agentTokenSecretName": "a"}, "agentToken, agentTokenSecretName"),
    ],
)
def test_agent_token_at_most_one_and_none_only_when_injected(token_keys, found):
    values = minimal_values()
    del values["agentTokenSecretName"]
    values.update(token_keys)
    problems = problems_of(values)
    assert any("one of agentToken, agentTokenSecretName, agentTokenFile" in p and f"found {found}" in p for p in problems)


def test_image_pull_secret_exactly_one():
    values = minimal_values(imagePullSecretData='{"auths": {}}')
    assert any("exactly one of imagePullSecretName, imagePullSecretData" in p for p in problems_of(values))


@pytest.mark.parametrize(
    "bundles, expected",
    [
        ("not json", "dagBundleConfigList: is not valid JSON"),
        ('{"name": "x"}', "dagBundleConfigList: must be a JSON list of bundles"),
        ("[]", "dagBundleConfigList: must be a JSON list of bundles"),
        ('[{"classpath": "x"}]', "dagBundleConfigList[0].name: is required"),
        ('[{"name": "x", "classpath": "y", "kwarg": {}}]', "dagBundleConfigList[0].kwarg: unknown bundle key"),
        ('[{"name": "x", "classpath": "y", "kwargs": []}]', "dagBundleConfigList[0].kwargs: must be an object"),
    ],
)
def test_dag_bundle_config_list_must_be_a_json_list_of_bundles(bundles, expected):
    assert any(p.startswith(expected) for p in problems_of(minimal_values(dagBundleConfigList=bundles)))


def test_dag_bundles_as_yaml_list_become_the_json_string():
    v = validate_values(minimal_values(dagBundleConfigList=[{"name": "d", "classpath": "c", "kwargs": {}}]))
    assert v.dag_bundle_config_list == '[{"classpath":"c","kwargs":{},"name":"d"}]'


def test_misspelt_key_gets_a_suggestion():
    problems = problems_of(minimal_values(workers=[{"name": "w", "replica": 2}], resourceNamePrefx="x"))
    assert "workers[0].replica: unknown key; did you mean 'replicas'?" in problems
    assert "resourceNamePrefx: unknown key; did you mean 'resourceNamePrefix'?" in problems
    # a key of another block is not suggested as itself ("config" is sentinel.config)
    assert "config: unknown key" in problems_of(minimal_values(config={"core": {}}))


def test_every_problem_is_listed_at_once():
    problems = problems_of(minimal_values(
        workers=[{"name": "w", "hpa": {"enabled": True, "maxReplicas": 1, "minReplicas": 3}, "resources": {"requests": {"cpu": "lots"}}}],
        triggerer={"asyncSlots": 0},
    ))
    assert "workers[0].hpa.maxReplicas: (1) is below minReplicas (3)" in problems
    assert "workers[0].resources.requests.cpu: 'lots' is not a Kubernetes quantity (examples: 500m, 1, 4Gi)" in problems
    assert any(p.startswith("triggerer.asyncSlots:") for p in problems)


def test_legacy_hpa_spelling_is_read():
    v = validate_values(minimal_values(workers=[{
        "name": "w", "hpa": {"enabled": True, "minReplicaCount": 2, "maxReplicaCount": 7,
                             "metric": {"enabled": True, "name": "queued", "target": {"type": "Value", "Value": 10}}},
    }]))
    hpa = v.workers[0].hpa
    assert (hpa.min_replicas, hpa.max_replicas) == (2, 7)
    assert hpa.all_metrics("astro-agent-worker-w") == [{"type": "Object", "object": {
        "describedObject": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "astro-agent-worker-w"},
        "metric": {"name": "queued"}, "target": {"type": "Value", "value": "10"}}}]


def test_both_spellings_at_once_is_an_error():
    problems = problems_of(minimal_values(workers=[{"name": "w", "hpa": {"minReplicas": 1, "minReplicaCount": 2}}]))
    assert any("set only one of minReplicas and minReplicaCount" in p for p in problems)


def test_openlineage_lowercase_key_of_the_openlineage_reference_is_accepted():
    v = validate_values(minimal_values(openlineage={"enabled": True, "url": "https://ol", "namespace": "ns", "apiKeySecret": "ol"}))
    assert v.open_lineage.api_key_secret == "ol"


def test_openlineage_requires_url_and_namespace_when_enabled():
    problems = problems_of(minimal_values(openLineage={"enabled": True}))
    assert any(p.startswith("openLineage.url: is required") for p in problems)
    assert any(p.startswith("openLineage.namespace: is required") for p in problems)


def test_fileref_of_the_openlineage_reference_is_rejected_with_the_supported_way():
    problems = problems_of(minimal_values(workers=[{"name": "w", "env": [
        {"name": "OPENLINEAGE_API_KEY", "valueFrom": {"fileRef": {"path": "/vault/secrets/openlineage-api-key"}}}]}]))
    assert any(p.startswith("workers[0].env[0].valueFrom.fileRef: is not a Kubernetes field") and "apiKeySecret" in p for p in problems)


@pytest.mark.parametrize(
    "overrides, expected",
    [
        ({"namespace": "Astro_NS"}, "namespace: 'Astro_NS' must be lowercase"),
        ({"resourceNamePrefix": "-x"}, "resourceNamePrefix: '-x' must be lowercase"),
        ({"workers": [{"name": "Big"}]}, "workers[0].name: 'Big' must be lowercase"),
        ({"workers": [{"name": "a"}, {"name": "a"}]}, "workers[1].name: 'a' is also the name of workers[0]"),
        ({"workers": [{"name": "w" * 60}]}, "workers[0].name: 'astro-agent-worker-www"),
        ({"labels": {"team": "data platform"}}, "labels.team: label value 'data platform'"),
        ({"annotations": {"bad key!": "x"}}, "annotations.bad key!: key 'bad key!'"),
        ({"workers": [{"name": "w", "volumeMounts": [{"name": "data", "mountPath": "/d"}]}]}, "workers[0].volumeMounts[0].name: 'data' is not in volumes"),
        ({"workers": [{"name": "w", "tolerations": [{"effect": 3}]}]}, "workers[0].tolerations[0].effect:"),
        ({"triggerer": {"initContainers": [{"name": "x", "image": "i", "bogus": 1}]}}, "triggerer.initContainers[0]: unknown field"),
        ({"workers": [{"name": "w", "hpa": {"enabled": True}, "resources": {"requests": {"memory": "1Gi"}}}]},
         "workers[0].resources.requests.cpu: must be set: hpa scales on cpu utilization"),
        ({"imagePullPolicy": "Sometimes"}, "imagePullPolicy:"),
        ({"namespace": None}, "namespace:"),
    ],
)
def test_bad_values_name_their_path(overrides, expected):
    values = minimal_values(**overrides)
    if overrides.get("namespace", "") is None:
        del values["namespace"]
    problems = problems_of(values)
    assert any(p.startswith(expected) for p in problems), problems


def test_yaml_syntax_errors_name_the_line():
    with pytest.raises(ValuesError) as caught:
        load_values_text("namespace: a\nworkers: [\n", source="v.yaml")
    assert caught.value.problems[0].startswith("line ")
    assert caught.value.source == "v.yaml"


def test_values_file_must_be_a_mapping():
    with pytest.raises(ValuesError, match="must be a mapping"):
        load_values_text("- a\n- b\n")


def test_secrets_do_not_show_in_repr():
    v = validate_values(minimal_values(agentTokenSecretName=None, agentToken="s3cr3t-token-value"))
    assert "s3cr3t-token-value" not in repr(v)


def test_hpa_metric_with_null_resource_is_not_a_crash():
    # Found by the fuzzer: Kubernetes schemas allow null for optional objects.
    # Not a crash: a clear error, since the API server would refuse the HPA.
    with pytest.raises(ValuesError) as error:
        validate_values(minimal_values(workers=[{"name": "w", "hpa": {"enabled": True, "metrics": [{"type": "Resource", "resource": None}]}}]))
    assert error.value.problems == ["workers[0].hpa.metrics[0].resource: is required when type is Resource"]


def test_empty_strings_mean_unset_as_in_helm_values():
    values = minimal_values(agentToken="", imagePullSecretData="", agentTokenFile="",
                            openLineage={"enabled": True, "url": "https://ol", "namespace": "n", "apiKey": "", "apiKeySecret": "ol"})
    v = validate_values(values)
    assert v.agent_token is None and v.image_pull_secret_data is None and v.agent_token_file is None
    assert v.open_lineage.api_key is None and v.open_lineage.api_key_secret == "ol"


def test_hpa_values_the_api_server_would_reject_are_named_by_values_path():
    worker = {"name": "w", "hpa": {"enabled": True, "behavior": {"scaleUp": {"policies": []}},
                                   "extraMetrics": [{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Value", "value": "1"}}}]}}
    with pytest.raises(ValuesError) as error:
        validate_values(minimal_values(workers=[worker]))
    assert error.value.problems == [
        "workers[0].hpa.behavior.scaleUp.policies: must list at least one policy",
        "workers[0].hpa.extraMetrics[0].resource.target.averageUtilization: is required: a Resource metric needs "
        "averageUtilization or averageValue",
    ]


def test_a_sidecar_named_like_the_components_own_container_names_its_values_path():
    with pytest.raises(ValuesError) as error:
        validate_values(minimal_values(dagProcessor={"extraContainers": [{"name": "dag-processor", "image": "x:1"}]},
                                       workers=[{"name": "w", "initContainers": [{"name": "worker", "image": "x:1"}]}]))
    assert "dagProcessor.extraContainers[0].name: 'dag-processor' is the component's own container" in error.value.problems[0]
    assert any(p.startswith("workers[0].initContainers[0].name: 'worker' is the component's own container") for p in error.value.problems)
