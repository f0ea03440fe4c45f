"""Workers: one Deployment each, names, replicas vs HPA, service accounts, environment."""

from __future__ import annotations

import pytest

from conftest import container, env_of, find, kinds, minimal_values, synth_agent

CPU80 = {"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 80}}}


def test_one_deployment_and_service_account_per_worker():
    docs = synth_agent(minimal_values(workers=[{"name": "default-worker", "replicas": 2}, {"name": "high-memory-worker"}]))
    for name, replicas in (("default-worker", 2), ("high-memory-worker", 1)):
        deployment = find(docs, "Deployment", f"astro-agent-worker-{name}")
        assert deployment["spec"]["replicas"] == replicas
        assert deployment["metadata"]["namespace"] == "astro"
        assert deployment["spec"]["template"]["spec"]["serviceAccountName"] == f"astro-agent-worker-{name}"
        find(docs, "ServiceAccount", f"astro-agent-worker-{name}")
    assert not kinds(docs, "HorizontalPodAutoscaler")


def test_resource_name_prefix_names_everything():
    docs = synth_agent(minimal_values(resourceNamePrefix="re"))
    names = sorted(d["metadata"]["name"] for d in docs if d["kind"] == "Deployment")
    assert names == ["re-dag-processor", "re-sentinel", "re-triggerer", "re-worker-default-worker"]


def test_hpa_takes_over_replicas():
    docs = synth_agent(minimal_values(workers=[{"name": "w", "replicas": 5, "hpa": {"enabled": True, "minReplicas": 2, "maxReplicas": 6, "metrics": [CPU80]}}]))
    deployment = find(docs, "Deployment", "astro-agent-worker-w")
    assert "replicas" not in deployment["spec"]
    hpa = find(docs, "HorizontalPodAutoscaler", "astro-agent-worker-w-hpa")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "astro-agent-worker-w"}
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (2, 6)
    assert hpa["spec"]["metrics"] == [CPU80]


def test_hpa_without_metrics_writes_the_cpu_default_out():
    docs = synth_agent(minimal_values(workers=[{"name": "w", "hpa": {"enabled": True}}]))
    assert find(docs, "HorizontalPodAutoscaler", "astro-agent-worker-w-hpa")["spec"]["metrics"] == [CPU80]


def test_legacy_hpa_metric_extra_metrics_and_behavior():
    behavior = {"scaleDown": {"stabilizationWindowSeconds": 300}}
    docs = synth_agent(minimal_values(workers=[{"name": "w", "hpa": {
        "enabled": True, "minReplicaCount": 1, "maxReplicaCount": 4,
        "metric": {"enabled": True, "name": "queued_tasks", "target": {"type": "Value", "Value": 10}},
        "extraMetrics": [CPU80], "behavior": behavior}}]))
    spec = find(docs, "HorizontalPodAutoscaler", "astro-agent-worker-w-hpa")["spec"]
    assert spec["metrics"][0] == {"type": "Object", "object": {
        "describedObject": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "astro-agent-worker-w"},
        "metric": {"name": "queued_tasks"}, "target": {"type": "Value", "value": "10"}}}
    assert spec["metrics"][1] == CPU80
    assert spec["behavior"] == behavior
    assert (spec["minReplicas"], spec["maxReplicas"]) == (1, 4)


def test_disabled_legacy_metric_is_left_out():
    docs = synth_agent(minimal_values(workers=[{"name": "w", "hpa": {
        "enabled": True, "metric": {"enabled": False, "name": "q", "target": {"Value": 1}}, "extraMetrics": [CPU80]}}]))
    assert find(docs, "HorizontalPodAutoscaler", "astro-agent-worker-w-hpa")["spec"]["metrics"] == [CPU80]


def test_worker_pod_settings_reach_the_pod():
    toleration = {"key": "gpu", "operator": "Exists", "effect": "NoSchedule"}
    docs = synth_agent(minimal_values(workers=[{
        "name": "w", "queues": "a, b", "syncSlots": 8, "terminationGracePeriodSeconds": 900,
        "resources": {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"cpu": 2, "memory": "4Gi"}},
        "nodeSelector": {"pool": "agents"}, "tolerations": [toleration],
        "volumes": [{"name": "data", "emptyDir": {}}], "volumeMounts": [{"name": "data", "mountPath": "/data"}],
        "env": [{"name": "MY_VAR", "value": "1"}],
    }]))
    pod = find(docs, "Deployment", "astro-agent-worker-w")["spec"]["template"]["spec"]
    main = pod["containers"][0]
    assert main["resources"] == {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "4Gi"}}
    assert pod["nodeSelector"] == {"pool": "agents"}
    assert pod["tolerations"] == [toleration]
    assert pod["terminationGracePeriodSeconds"] == 900
    assert {"name": "data", "emptyDir": {}} in pod["volumes"]
    assert {"name": "data", "mountPath": "/data"} in main["volumeMounts"]
    env = env_of(main)
    assert env["MY_VAR"] == "1"
    assert env["ASTRO_AGENT_WORKER_QUEUES"] == "a,b"
    assert env["ASTRO_AGENT_WORKER_SYNC_SLOTS"] == "8"


def test_worker_probes_default_and_override():
    probe = {"httpGet": {"path": "/ready", "port": 8080}, "periodSeconds": 3}
    docs = synth_agent(minimal_values(workers=[{"name": "a"}, {"name": "b", "readinessProbe": probe, "livenessProbe": None}]))
    a = container(find(docs, "Deployment", "astro-agent-worker-a"))
    b = container(find(docs, "Deployment", "astro-agent-worker-b"))
    assert a["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": 39091}
    assert b["readinessProbe"] == probe
    assert "livenessProbe" not in b


def test_service_account_custom_name_and_no_create():
    docs = synth_agent(minimal_values(workers=[
        {"name": "a", "serviceAccount": {"name": "shared-sa", "create": False}},
        {"name": "b", "serviceAccount": {"name": "b-sa", "annotations": {"x/y": "z"}}},
    ]))
    a = find(docs, "Deployment", "astro-agent-worker-a")["spec"]["template"]["spec"]
    assert a["serviceAccountName"] == "shared-sa"
    assert not [d for d in kinds(docs, "ServiceAccount") if d["metadata"]["name"] in ("shared-sa", "astro-agent-worker-a")]
    assert find(docs, "ServiceAccount", "b-sa")["metadata"]["annotations"] == {"x/y": "z"}


def test_shared_worker_service_account_block_applies_to_all_workers():
    docs = synth_agent(minimal_values(
        serviceAccount={"annotations": {"eks.amazonaws.com/role-arn": "arn:aws:iam::1:role/agent"},
                        "workers": {"name": "workers", "annotations": {"team": "x"}}},
        workers=[{"name": "a"}, {"name": "b"}],
    ))
    accounts = [d for d in kinds(docs, "ServiceAccount") if d["metadata"]["name"] == "workers"]
    assert len(accounts) == 1  # created once, used by both
    assert accounts[0]["metadata"]["annotations"] == {"eks.amazonaws.com/role-arn": "arn:aws:iam::1:role/agent", "team": "x"}
    for name in ("a", "b"):
        assert find(docs, "Deployment", f"astro-agent-worker-{name}")["spec"]["template"]["spec"]["serviceAccountName"] == "workers"


def test_selectors_use_stable_labels_only():
    docs = synth_agent(minimal_values(workers=[{"name": "w"}]))
    selector = find(docs, "Deployment", "astro-agent-worker-w")["spec"]["selector"]["matchLabels"]
    assert selector == {
        "app.kubernetes.io/name": "astro-remote-execution-agent",
        "app.kubernetes.io/instance": "astro-agent",
        "app.kubernetes.io/component": "worker-w",
    }


def test_worker_image_and_command_overrides():
    docs = synth_agent(minimal_values(workers=[{"name": "w", "image": "other:2", "imagePullPolicy": "Always", "command": ["/bin/agent"], "args": ["run"]}]))
    main = container(find(docs, "Deployment", "astro-agent-worker-w"))
    assert (main["image"], main["imagePullPolicy"], main["command"], main["args"]) == ("other:2", "Always", ["/bin/agent"], ["run"])


@pytest.mark.parametrize("count", [1, 3])
def test_add_worker_returns_the_worker(count):
    import cdk8s

    from airflow_cdk8s import RemoteExecutionAgent, WorkerValues, validate_values

    chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(minimal_values()))
    added = [chart.add_worker(WorkerValues(name=f"extra-{i}")) for i in range(count)]
    names = {d["metadata"]["name"] for d in cdk8s.Testing.synth(chart) if d["kind"] == "Deployment"}
    assert {w.name for w in added} <= names and len(chart.workers) == count + 1


def test_add_worker_refuses_a_taken_name_and_creates_a_shared_service_account_once():
    import cdk8s

    from airflow_cdk8s import RemoteExecutionAgent, ValuesError, WorkerValues, validate_values

    chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(minimal_values(
        serviceAccount={"workers": {"name": "workers"}}, workers=[{"name": "a"}])))
    added = chart.add_worker(WorkerValues(name="b"))
    assert added.service_account is None and added.service_account_name == "workers"  # worker a created it
    with pytest.raises(ValuesError) as error:
        chart.add_worker(WorkerValues(name="a"))
    assert error.value.problems == ["workers[2].name: 'a' is already a worker of this agent"]
    assert [w.worker.name for w in chart.workers] == ["a", "b"]


# ---- KubernetesPodOperator RBAC and per-worker service accounts ------------------------------

def test_kpo_workers_share_one_role_and_get_a_binding_each():
    docs = synth_agent(minimal_values(
        serviceAccount={"workers": {"annotations": {"shared": "yes"}}},
        workers=[
            {"name": "plain"},
            {"name": "kpo", "canUseKubernetesPodOperator": True},
            {"name": "kpo-irsa", "canUseKubernetesPodOperator": True,
             "serviceAccount": {"name": "kpo-sa", "annotations": {"eks.amazonaws.com/role-arn": "arn:aws:iam::1:role/k"}}},
        ]))
    [role] = [r for r in kinds(docs, "Role") if r["metadata"]["name"] == "astro-agent-kpo"]
    assert role["rules"] == [
        {"apiGroups": [""], "resources": ["pods"], "verbs": ["create", "delete", "get", "list", "patch", "watch"]},
        {"apiGroups": [""], "resources": ["pods/log"], "verbs": ["get"]},
        {"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["create", "get"]},
        {"apiGroups": [""], "resources": ["events"], "verbs": ["get", "list", "watch"]},
    ]
    bindings = {b["metadata"]["name"]: b for b in kinds(docs, "RoleBinding") if b["roleRef"]["name"] == "astro-agent-kpo"}
    assert sorted(bindings) == ["astro-agent-worker-kpo-irsa-kpo", "astro-agent-worker-kpo-kpo"]
    assert bindings["astro-agent-worker-kpo-kpo"]["subjects"] == [
        {"kind": "ServiceAccount", "name": "astro-agent-worker-kpo", "namespace": "astro"}]
    assert bindings["astro-agent-worker-kpo-irsa-kpo"]["subjects"][0]["name"] == "kpo-sa"
    # The per-worker block wins over serviceAccount.workers; annotations merge on top.
    assert find(docs, "ServiceAccount", "kpo-sa")["metadata"]["annotations"] == {
        "shared": "yes", "eks.amazonaws.com/role-arn": "arn:aws:iam::1:role/k"}
    automount = {d["metadata"]["name"]: d["spec"]["template"]["spec"]["automountServiceAccountToken"] for d in kinds(docs, "Deployment")}
    assert automount["astro-agent-worker-kpo"] is automount["astro-agent-worker-kpo-irsa"] is True  # KPO calls the API
    assert automount["astro-agent-worker-plain"] is False
    assert find(docs, "ServiceAccount", "kpo-sa")["automountServiceAccountToken"] is True


def test_no_kpo_role_without_a_kpo_worker():
    docs = synth_agent(minimal_values(workers=[{"name": "w", "canUseKubernetesPodOperator": False}]))
    assert [r["metadata"]["name"] for r in kinds(docs, "Role")] == ["astro-agent-sentinel"]
