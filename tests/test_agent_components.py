"""Triggerer, DAG processor, Sentinel, logging sidecar, Namespace, labels and the environment contract."""

from __future__ import annotations

import pytest
import yaml

from airflow_cdk8s import ValuesError, validate_values

from conftest import container, env_of, find, kinds, minimal_values, synth_agent

AGENT_DEPLOYMENTS = ("astro-agent-worker-default-worker", "astro-agent-triggerer", "astro-agent-dag-processor")


def test_triggerer_documented_example():
    docs = synth_agent(minimal_values(triggerer={"replicas": 2, "asyncSlots": 500, "nodeSelector": {"node.kubernetes.io/instance-type": "c5.large"}}))
    deployment = find(docs, "Deployment", "astro-agent-triggerer")
    pod = deployment["spec"]["template"]["spec"]
    main = container(deployment)
    assert deployment["spec"]["replicas"] == 2
    assert env_of(main)["AIRFLOW__TRIGGERER__CAPACITY"] == "500"
    assert main["resources"] == {"limits": {"cpu": "1", "ephemeral-storage": "1Gi", "memory": "2Gi"},
                                 "requests": {"cpu": "1", "ephemeral-storage": "1Gi", "memory": "2Gi"}}
    for probe in ("livenessProbe", "readinessProbe"):
        assert main[probe] == {"httpGet": {"path": "/healthz", "port": 39091}, "initialDelaySeconds": 30, "periodSeconds": 5,
                               "failureThreshold": 3, "successThreshold": 1, "timeoutSeconds": 5}
    assert pod["nodeSelector"] == {"node.kubernetes.io/instance-type": "c5.large"}
    assert pod["serviceAccountName"] == "astro-agent-triggerer"


def test_triggerer_init_and_extra_containers_are_hardened():
    docs = synth_agent(minimal_values(triggerer={
        "initContainers": [{"name": "setup", "image": "busybox:1.36", "command": ["true"]}],
        "extraContainers": [{"name": "helper", "image": "busybox:1.36", "securityContext": {"readOnlyRootFilesystem": False}}],
        "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{"matchExpressions": [{"key": "a", "operator": "Exists"}]}]}}},
    }))
    pod = find(docs, "Deployment", "astro-agent-triggerer")["spec"]["template"]["spec"]
    [init] = pod["initContainers"]
    helper = next(c for c in pod["containers"] if c["name"] == "helper")
    assert init["securityContext"]["allowPrivilegeEscalation"] is False
    assert init["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert helper["securityContext"]["readOnlyRootFilesystem"] is False  # the user's setting wins
    assert pod["affinity"]["nodeAffinity"]


def test_disabled_components_are_left_out():
    docs = synth_agent(minimal_values(triggerer={"enabled": False}, dagProcessor={"enabled": False}, sentinel={"enabled": False}))
    assert [d["metadata"]["name"] for d in kinds(docs, "Deployment")] == ["astro-agent-worker-default-worker"]
    assert not kinds(docs, "Role")


def test_dag_processor_has_one_replica_and_the_shared_env():
    docs = synth_agent(minimal_values(dagProcessor={"resources": {"requests": {"cpu": "2"}}, "env": [{"name": "X", "value": "y"}]}))
    deployment = find(docs, "Deployment", "astro-agent-dag-processor")
    main = container(deployment)
    assert deployment["spec"]["replicas"] == 1
    assert main["args"] == ["dag-processor"]
    assert main["resources"] == {"requests": {"cpu": "2"}}
    assert env_of(main)["X"] == "y"
    assert "AIRFLOW__DAG_PROCESSOR__DAG_BUNDLE_CONFIG_LIST" in env_of(main)


def test_dag_processor_service_account_block():
    docs = synth_agent(minimal_values(serviceAccount={"dagProcessor": {"name": "dp", "annotations": {"iam.gke.io/gcp-service-account": "dp@p.iam.gserviceaccount.com"}}}))
    assert find(docs, "ServiceAccount", "dp")["metadata"]["annotations"] == {"iam.gke.io/gcp-service-account": "dp@p.iam.gserviceaccount.com"}
    assert find(docs, "Deployment", "astro-agent-dag-processor")["spec"]["template"]["spec"]["serviceAccountName"] == "dp"


def test_sentinel_has_rbac_to_watch_agent_pods():
    docs = synth_agent(minimal_values())
    role = find(docs, "Role", "astro-agent-sentinel")
    pods_rule = next(r for r in role["rules"] if "pods" in r["resources"])
    assert set(pods_rule["verbs"]) == {"get", "list", "watch"}
    assert all(verb in ("get", "list", "watch") for r in role["rules"] for verb in r["verbs"])  # read-only
    binding = find(docs, "RoleBinding", "astro-agent-sentinel")
    assert binding["roleRef"] == {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "astro-agent-sentinel"}
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "astro-agent-sentinel", "namespace": "astro"}]
    pod = find(docs, "Deployment", "astro-agent-sentinel")["spec"]["template"]["spec"]
    assert pod["automountServiceAccountToken"] is True  # it talks to the Kubernetes API
    assert find(docs, "ServiceAccount", "astro-agent-sentinel")["automountServiceAccountToken"] is True


def test_only_sentinel_mounts_a_service_account_token():
    docs = synth_agent(minimal_values())
    for name in AGENT_DEPLOYMENTS:
        assert find(docs, "Deployment", name)["spec"]["template"]["spec"]["automountServiceAccountToken"] is False


def test_logging_sidecar_in_worker_and_triggerer_with_its_config_map():
    docs = synth_agent(minimal_values(loggingSidecar={"enabled": True, "name": "vector"}, commonEnv=[{"name": "COMMON", "value": "1"}]))
    config_map = find(docs, "ConfigMap", "vector-cm")
    config = yaml.safe_load(config_map["data"]["vector.yaml"])
    assert config["sources"]["task_logs"]["include"] == ["/usr/local/airflow/logs/**/*.log"]
    for name in ("astro-agent-worker-default-worker", "astro-agent-triggerer"):
        deployment = find(docs, "Deployment", name)
        sidecar = container(deployment, "vector")
        assert sidecar["image"] == "timberio/vector:0.45.0-debian"
        assert {"name": "task-logs", "mountPath": "/usr/local/airflow/logs", "readOnly": True} in sidecar["volumeMounts"]
        assert "COMMON" not in env_of(sidecar)  # commonEnv is for the agent containers only
        assert env_of(container(deployment))["COMMON"] == "1"
        volumes = deployment["spec"]["template"]["spec"]["volumes"]
        assert {"name": "vector-config", "configMap": {"name": "vector-cm"}} in volumes
        assert "checksum/logging-sidecar-config" in deployment["spec"]["template"]["metadata"]["annotations"]
    dag_processor = find(docs, "Deployment", "astro-agent-dag-processor")
    assert [c["name"] for c in dag_processor["spec"]["template"]["spec"]["containers"]] == ["dag-processor"]


def test_logging_sidecar_custom_config_text_and_checksum_changes():
    text = "sources: {}\nsinks: {}\n"
    a = synth_agent(minimal_values(loggingSidecar={"enabled": True, "config": text}))
    b = synth_agent(minimal_values(loggingSidecar={"enabled": True}))
    assert find(a, "ConfigMap", "vector-logging-sidecar-cm")["data"]["vector.yaml"] == text
    checksum = lambda docs: find(docs, "Deployment", "astro-agent-triggerer")["spec"]["template"]["metadata"]["annotations"]["checksum/logging-sidecar-config"]  # noqa: E731
    assert checksum(a) != checksum(b)


def test_no_logging_sidecar_by_default():
    docs = synth_agent(minimal_values())
    assert [c["metadata"]["name"] for c in kinds(docs, "ConfigMap")] == ["astro-agent-sentinel-config"]


@pytest.mark.parametrize("create", [True, False])
def test_namespace_only_when_asked(create):
    docs = synth_agent(minimal_values(createNamespace=create))
    namespaces = kinds(docs, "Namespace")
    assert len(namespaces) == int(create)
    if create:
        assert namespaces[0]["metadata"]["name"] == "astro"
        assert namespaces[0]["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
        assert "namespace" not in namespaces[0]["metadata"]


def test_labels_and_annotations_on_every_object_and_pod_template():
    docs = synth_agent(minimal_values(
        labels={"team": "data"}, annotations={"example.com/owner": "platform"},
        loggingSidecar={"enabled": True}, workers=[{"name": "w", "hpa": {"enabled": True}}],
    ))
    for doc in docs:
        assert doc["metadata"]["labels"]["team"] == "data", doc["kind"]
        assert doc["metadata"]["annotations"]["example.com/owner"] == "platform", doc["kind"]
    for deployment in kinds(docs, "Deployment"):
        template = deployment["spec"]["template"]["metadata"]
        assert template["labels"]["team"] == "data"
        assert template["annotations"]["example.com/owner"] == "platform"


def test_user_labels_cannot_break_selectors():
    docs = synth_agent(minimal_values(labels={"app.kubernetes.io/component": "mine"}))
    deployment = find(docs, "Deployment", "astro-agent-triggerer")
    assert deployment["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/component"] == "triggerer"


def test_environment_contract():
    docs = synth_agent(minimal_values(
        xcomBackend="my.XCom", logLevel="DEBUG", astroDeploymentAPIURL="https://x.astronomer.run/d/api",
        openLineage={"enabled": True, "url": "https://ol.example.com", "namespace": "ns", "apiKeySecret": "ol-key"},
        commonEnv=[{"name": "AIRFLOW__SECRETS__BACKEND_KWARGS", "value": "{}"}],
    ))
    for name in AGENT_DEPLOYMENTS:
        env = env_of(container(find(docs, "Deployment", name)))
        assert env["AIRFLOW__SECRETS__BACKEND"] == "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend"
        assert env["AIRFLOW__CORE__XCOM_BACKEND"] == "my.XCom"
        assert env["AIRFLOW__DAG_PROCESSOR__DAG_BUNDLE_CONFIG_LIST"].startswith('[{"name": "dags"')
        assert env["ASTRO_AGENT_CLIENT_API_TOKEN"] == {"secretKeyRef": {"name": "agent-token", "key": "token"}}
        assert env["OPENLINEAGE_URL"] == "https://ol.example.com"
        assert env["OPENLINEAGE_NAMESPACE"] == "ns"
        assert env["OPENLINEAGE_API_KEY"] == {"secretKeyRef": {"name": "ol-key", "key": "api-key"}}
        assert "OPENLINEAGE_DISABLED" not in env
        assert env["AIRFLOW__SECRETS__BACKEND_KWARGS"] == "{}"
        assert env["AIRFLOW__LOGGING__LOGGING_LEVEL"] == "DEBUG"
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "https://x.astronomer.run/d/api"


def test_openlineage_disabled_by_default():
    env = env_of(container(find(synth_agent(minimal_values()), "Deployment", "astro-agent-triggerer")))
    assert env["OPENLINEAGE_DISABLED"] == "true"
    assert "OPENLINEAGE_URL" not in env


def test_agent_token_file_is_passed_as_a_path():
    values = minimal_values(agentTokenFile="/var/run/secrets/astro/token")
    del values["agentTokenSecretName"]
    env = env_of(container(find(synth_agent(values), "Deployment", "astro-agent-worker-default-worker")))
    assert env["ASTRO_AGENT_CLIENT_API_TOKEN_FILE"] == "/var/run/secrets/astro/token"
    assert "ASTRO_AGENT_CLIENT_API_TOKEN" not in env


def test_common_env_overrides_contract_and_component_env_overrides_common_env():
    docs = synth_agent(minimal_values(
        commonEnv=[{"name": "AIRFLOW__CORE__XCOM_BACKEND", "value": "from.common"}, {"name": "Z", "value": "common"}],
        workers=[{"name": "w", "env": [{"name": "Z", "value": "worker"}]}],
    ))
    env = container(find(docs, "Deployment", "astro-agent-worker-w"))["env"]
    names = [e["name"] for e in env]
    assert len(names) == len(set(names))  # no duplicates
    assert env_of({"env": env})["AIRFLOW__CORE__XCOM_BACKEND"] == "from.common"
    assert env_of({"env": env})["Z"] == "worker"


def test_image_pull_secret_on_every_pod():
    docs = synth_agent(minimal_values())
    for deployment in kinds(docs, "Deployment"):
        assert deployment["spec"]["template"]["spec"]["imagePullSecrets"] == [{"name": "pull-secret"}]


def test_restricted_security_defaults_and_user_overrides():
    docs = synth_agent(minimal_values(
        podSecurityContext={"runAsGroup": 1000},
        triggerer={"podSecurityContext": {"fsGroup": 2000}, "containerSecurityContext": {"readOnlyRootFilesystem": False}},
    ))
    worker = find(docs, "Deployment", "astro-agent-worker-default-worker")["spec"]["template"]["spec"]
    assert worker["securityContext"] == {"fsGroup": 50000, "runAsGroup": 1000, "runAsNonRoot": True, "runAsUser": 50000, "seccompProfile": {"type": "RuntimeDefault"}}
    assert worker["containers"][0]["securityContext"] == {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}, "readOnlyRootFilesystem": True, "runAsNonRoot": True}
    triggerer = find(docs, "Deployment", "astro-agent-triggerer")["spec"]["template"]["spec"]
    assert triggerer["securityContext"]["fsGroup"] == 2000
    assert triggerer["containers"][0]["securityContext"]["readOnlyRootFilesystem"] is False


def test_writable_tmp_and_task_logs_with_read_only_root():
    main = container(find(synth_agent(minimal_values()), "Deployment", "astro-agent-worker-default-worker"))
    mounts = {m["mountPath"]: m["name"] for m in main["volumeMounts"]}
    assert mounts["/tmp"] == "tmp" and mounts["/usr/local/airflow/logs"] == "task-logs"


# ---- the logging sidecar as Astronomer's guide sets it up ------------------------------------

GUIDE_VOLUME = {"volumes": [{"name": "task-logs", "emptyDir": {}}],
                "volumeMounts": [{"name": "task-logs", "mountPath": "/usr/local/airflow/logs"}]}


def test_guide_setup_gives_one_task_logs_volume_and_a_flushing_sidecar():
    docs = synth_agent(minimal_values(
        workers=[{"name": "default-worker", **GUIDE_VOLUME}], triggerer=GUIDE_VOLUME,
        loggingSidecar={"enabled": True, "preStopSleepSeconds": 5, "imagePullPolicy": "Always",
                        "securityContext": {"runAsUser": 65532},
                        "volumeMounts": [{"name": "task-logs", "mountPath": "/usr/local/airflow/logs", "readOnly": True},
                                         {"name": "task-logs", "mountPath": "/var/log/airflow", "readOnly": True}]}))
    for name in ("astro-agent-worker-default-worker", "astro-agent-triggerer"):
        pod = find(docs, "Deployment", name)["spec"]["template"]["spec"]
        assert [v for v in pod["volumes"] if v["name"] == "task-logs"] == [{"name": "task-logs", "emptyDir": {}}]
        main = pod["containers"][0]
        assert [m for m in main["volumeMounts"] if m["name"] == "task-logs"] == [
            {"name": "task-logs", "mountPath": "/usr/local/airflow/logs"}]
        sidecar = container(find(docs, "Deployment", name), "vector-logging-sidecar")
        assert sidecar["lifecycle"] == {"preStop": {"exec": {"command": ["sleep", "5"]}}}
        assert sidecar["imagePullPolicy"] == "Always"
        assert sidecar["securityContext"]["runAsUser"] == 65532
        assert sidecar["securityContext"]["allowPrivilegeEscalation"] is False  # merged over the restricted defaults
        paths = [m["mountPath"] for m in sidecar["volumeMounts"]]
        assert len(paths) == len(set(paths))
        assert {"name": "task-logs", "mountPath": "/var/log/airflow", "readOnly": True} in sidecar["volumeMounts"]
        assert {"name": "task-logs", "mountPath": "/usr/local/airflow/logs", "readOnly": True} in sidecar["volumeMounts"]


def test_no_pre_stop_hook_when_the_sleep_is_zero():
    docs = synth_agent(minimal_values(loggingSidecar={"enabled": True, "preStopSleepSeconds": 0}))
    assert "lifecycle" not in container(find(docs, "Deployment", "astro-agent-triggerer"), "vector-logging-sidecar")


def test_sidecar_mount_of_a_volume_the_component_lacks_is_an_error():
    with pytest.raises(ValuesError) as error:
        synth_agent(minimal_values(loggingSidecar={"enabled": True, "volumeMounts": [{"name": "shipped", "mountPath": "/x"}]}))
    assert error.value.problems[0].startswith("loggingSidecar.volumeMounts[0].name: 'shipped' is not a volume of AgentWorker")


# ---- small keys of the chart-2.x files ------------------------------------------------------

def test_state_store_backend_on_every_agent_component():
    backend = "airflow.providers.common.io.state_store.backend.StateStoreObjectStorageBackend"
    docs = synth_agent(minimal_values(stateStoreBackend=backend))
    for name in AGENT_DEPLOYMENTS:
        assert env_of(container(find(docs, "Deployment", name)))["AIRFLOW__WORKERS__STATE_STORE_BACKEND"] == backend
    assert "AIRFLOW__WORKERS__STATE_STORE_BACKEND" not in env_of(container(find(synth_agent(minimal_values()), "Deployment", AGENT_DEPLOYMENTS[0])))


@pytest.mark.parametrize("lineage, problem", [
    ({"endpoint": "api/v1/lineage"}, "openLineage.endpoint: 'api/v1/lineage' must be a path starting with / (it is appended to url)"),
    ({"facetsEnvironmentVariables": ["OK", "not ok"]}, "openLineage.facetsEnvironmentVariables[1]: 'not ok' is not an environment variable name"),
])
def test_openlineage_identity_keys_are_checked(lineage, problem):
    with pytest.raises(ValuesError) as error:
        validate_values(minimal_values(openLineage={"enabled": True, "url": "https://o", "namespace": "n", **lineage}))
    assert error.value.problems == [problem]


@pytest.mark.parametrize("values, problem", [
    ({"triggerer": {"resources": {"livenessProbe": {}}}}, "triggerer.resources.livenessProbe: is not a key here, and Helm would "
     "have ignored it silently; it belongs at triggerer.livenessProbe (check its indentation)"),
    ({"workers": [{"name": "w", "hpa": {"image": "x"}}]}, "workers[0].hpa.image: is not a key here, and Helm would have ignored "
     "it silently; it belongs at workers[0].image (check its indentation)"),
    ({"sentinel": {"logLevel": "INFO"}}, "sentinel.logLevel: is not a key here, and Helm would have ignored it silently; "
     "it belongs at logLevel (check its indentation)"),
])
def test_a_key_in_the_wrong_block_names_where_it_belongs(values, problem):
    with pytest.raises(ValuesError) as error:
        validate_values(minimal_values(**values))
    assert error.value.problems == [problem]


def test_env_scalars_become_helm_strings_and_notices_can_be_collected(capsys):
    notices: list[str] = []
    values = validate_values(minimal_values(workers=[{"name": "w", "env": [{"name": "BIG", "value": 1000000}]}],
                                            commonEnv=[{"name": "ON", "value": False}, {"name": "EMPTY", "value": None}]),
                             source="f.yaml", notices=notices)
    assert values.workers[0].env == [{"name": "BIG", "value": "1e+06"}]
    assert values.common_env == [{"name": "ON", "value": "false"}, {"name": "EMPTY", "value": ""}]
    assert notices == [
        'f.yaml: commonEnv[0].value: false is a YAML boolean, not a string; read as the string Helm renders, "false" (quote it in the file to say so)',
        'f.yaml: commonEnv[1].value: null is null, not a string; read as the string Helm renders, "" (quote it in the file to say so)',
        'f.yaml: workers[0].env[0].value: 1000000 is a YAML number, not a string; read as the string Helm renders, "1e+06" (quote it in the file to say so)',
    ]
    assert capsys.readouterr().err == ""  # collected, not printed
