"""The one pod model (PodSpec): names taken once, built-ins give way, every pod owner renders through it."""

from __future__ import annotations

import cdk8s
import pytest

from airflow_cdk8s import (
    GitSync,
    KubernetesExecutorPodTemplate,
    PodSettings,
    PodSpec,
    RemoteExecutionAgent,
    ValuesError,
    VaultAgent,
    VaultAgentConfig,
    VaultTemplate,
    validate_values,
)
from airflow_cdk8s.platform import AirflowPlatform

from conftest import assert_valid, find, minimal_values, synth_agent

CONFIG = VaultAgentConfig(address="https://vault.example.com", role="airflow",
                          templates=(VaultTemplate("db", secret_path="secret/data/db", key="password"),))


def pod(**props) -> PodSpec:
    spec = PodSpec("Test 'pod'", main_container_name="main",
                   main_container=lambda: {"name": "main", "image": "x:1", "volumeMounts": spec.volume_mounts}, **props)
    return spec


def task_pod() -> KubernetesExecutorPodTemplate:
    return KubernetesExecutorPodTemplate(cdk8s.Chart(cdk8s.App(), "t"), "PodTemplate", namespace="airflow",
                                         image="apache/airflow:3.0.6", service_account_name="airflow")


def test_two_vault_agents_on_one_pod_raise_naming_both():
    chart = cdk8s.Chart(cdk8s.App(), "t")
    template = KubernetesExecutorPodTemplate(chart, "PodTemplate", namespace="airflow", image="apache/airflow:3.0.6",
                                             service_account_name="airflow")
    first = VaultAgent(chart, "First", name="vault-db", namespace="airflow", config=CONFIG)
    second = VaultAgent(chart, "Second", name="vault-api", namespace="airflow", config=CONFIG)
    first.attach(template)
    before = (list(template.volumes), list(template.init_containers))
    with pytest.raises(ValuesError) as raised:
        second.attach(template)
    [problem, *_] = raised.value.problems
    assert problem.startswith("container 'vault-agent': VaultAgent 'vault-api' adds it, but VaultAgent 'vault-db' already did")
    assert "one Vault agent per pod" in problem
    assert raised.value.source == "KubernetesExecutorPodTemplate 'airflow-pod-template'"
    assert (template.volumes, template.init_containers) == before  # nothing added half-way


def test_a_taken_volume_name_raises_at_once():
    p = pod()
    p.add_volume({"name": "cache", "emptyDir": {}}, by="first")
    with pytest.raises(ValuesError, match="volume 'cache': second adds it, but first already did"):
        p.add_volume({"name": "cache", "configMap": {"name": "c"}}, by="second")


def test_a_taken_mount_path_raises():
    p = pod()
    p.add_volume({"name": "a", "emptyDir": {}}, {"mountPath": "/data"}, by="first")
    with pytest.raises(ValuesError, match="mount path '/data': second mounts a volume there, but first already did"):
        p.add_volume_mount({"name": "b", "mountPath": "/data"}, by="second")


def test_the_main_container_name_is_taken_from_the_start():
    with pytest.raises(ValuesError, match="container 'main': shipper adds it, but Test 'pod' already did"):
        pod().add_sidecar({"name": "main", "image": "y:1"}, by="shipper")


def test_init_container_and_sidecar_names_share_one_namespace():
    p = pod()
    p.add_init_container({"name": "setup", "image": "y:1"}, by="first")
    with pytest.raises(ValuesError, match="container 'setup'"):
        p.add_sidecar({"name": "setup", "image": "y:1"}, by="second")


def test_a_built_in_volume_and_mount_give_way_in_place():
    p = pod()
    p.add_scratch_dir("tmp", "/tmp")
    p.add_scratch_dir("logs", "/logs")
    user_volume = p.add_volume({"name": "tmp", "emptyDir": {"medium": "Memory"}}, by="the user")
    user_mount = p.add_volume_mount({"name": "logs", "mountPath": "/logs", "readOnly": True}, by="the user")
    rendered = p.render()
    assert rendered["volumes"] == [user_volume, {"name": "logs", "emptyDir": {}}]  # same position
    assert rendered["containers"][0]["volumeMounts"] == [{"name": "tmp", "mountPath": "/tmp"}, user_mount]
    with pytest.raises(ValuesError, match="volume 'tmp': again adds it, but the user already did"):
        p.add_volume({"name": "tmp", "emptyDir": {}}, by="again")  # replaced once, it is the user's


def test_mutators_return_what_they_added():
    p = pod()
    assert p.add_env("A", "1") == {"name": "A", "value": "1"}
    volume = {"name": "v", "emptyDir": {}}
    assert p.add_volume(volume) is volume
    sidecar = {"name": "s", "image": "y:1"}
    assert p.add_sidecar(sidecar) is sidecar
    assert p.add_pod_checksum("config", "x") == p.annotations["checksum/config"]


def test_render_refuses_a_clash_nothing_announced():
    p = PodSpec("Test 'pod'", main_container=lambda: {"name": "main", "image": "x:1"})  # name not announced
    p.add_sidecar({"name": "main", "image": "y:1"})
    with pytest.raises(ValuesError, match="containers: 'main' is the name of two containers"):
        p.render()


def test_sidecars_and_init_containers_get_the_restricted_defaults():
    p = pod(settings=PodSettings(container_security_context={"runAsUser": 1000}))
    p.add_sidecar({"name": "s", "image": "y:1"})
    sidecar = p.render()["containers"][1]
    assert sidecar["securityContext"]["allowPrivilegeEscalation"] is False
    assert sidecar["securityContext"]["runAsUser"] == 1000


def test_agent_values_volume_replaces_a_built_in():
    values = minimal_values(triggerer={"volumes": [{"name": "tmp", "emptyDir": {"medium": "Memory", "sizeLimit": "1Gi"}}]})
    deployment = find(synth_agent(values), "Deployment", "astro-agent-triggerer")
    volumes = deployment["spec"]["template"]["spec"]["volumes"]
    assert [v for v in volumes if v["name"] == "tmp"] == [{"name": "tmp", "emptyDir": {"medium": "Memory", "sizeLimit": "1Gi"}}]


def test_agent_values_sidecar_may_not_take_the_main_container_name():
    with pytest.raises(ValuesError, match=r"triggerer.extraContainers\[0\].name: 'triggerer' is the component's own container"):
        validate_values(minimal_values(triggerer={"extraContainers": [{"name": "triggerer", "image": "busybox:1.36"}]}))
    values = validate_values(minimal_values(triggerer={"extraContainers": [{"name": "side", "image": "busybox:1.36"}]}))
    values.triggerer.extra_containers[0]["name"] = "triggerer"  # changed after validation: the pod still refuses it
    with pytest.raises(ValuesError, match="container 'triggerer': the values of AgentTriggerer 'astro-agent-triggerer'"):
        RemoteExecutionAgent(cdk8s.App(), "agent", values=values)


def test_git_sync_attaches_to_the_migrations_job_as_an_init_container():
    chart = AirflowPlatform(cdk8s.App(), "airflow", namespace="airflow")
    assert chart.migrations.pod_spec.runs_to_completion
    GitSync(repo="https://github.com/example/dags.git").attach(chart.migrations)
    docs = cdk8s.Testing.synth(chart)
    job = find(docs, "Job", chart.migrations.name)["spec"]["template"]["spec"]
    assert [c["name"] for c in job["initContainers"]] == ["git-sync-init"]
    assert job["restartPolicy"] == "OnFailure"
    assert_valid(docs)


def test_the_migrations_job_follows_the_platform_pod_settings():
    chart = AirflowPlatform(cdk8s.App(), "airflow", namespace="airflow", image_pull_secrets=["registry"])
    job = find(cdk8s.Testing.synth(chart), "Job", chart.migrations.name)["spec"]["template"]["spec"]
    assert job["imagePullSecrets"] == [{"name": "registry"}]
    assert job["containers"][0]["volumeMounts"] == [
        {"name": "tmp", "mountPath": "/tmp"},
        {"name": "logs", "mountPath": "/opt/airflow/logs"},
        {"name": "config", "mountPath": "/opt/airflow/airflow.cfg", "subPath": "airflow.cfg", "readOnly": True},
    ]


def test_task_pod_is_a_pod_spec_that_runs_to_completion():
    t = task_pod()
    assert t.pod_spec.runs_to_completion and t.pod_spec.render()["restartPolicy"] == "Never"
    with pytest.raises(ValuesError, match="container 'base'"):
        t.add_sidecar({"name": "base", "image": "y:1"})


def test_values_that_take_a_name_twice_are_refused_with_their_values_path():
    values = minimal_values(triggerer={"volumes": [{"name": "a", "emptyDir": {}}, {"name": "a", "emptyDir": {}}],
                                       "volumeMounts": [{"name": "a", "mountPath": "/x"}, {"name": "a", "mountPath": "/x"}]})
    with pytest.raises(ValuesError) as raised:
        validate_values(values)
    assert raised.value.problems == [
        "triggerer.volumeMounts[1].mountPath: '/x' is already the mount path of volumeMounts[0]; a pod takes each mount path once",
        "triggerer.volumes[1].name: 'a' is already the volume name of volumes[0]; a pod takes each volume name once",
    ]
