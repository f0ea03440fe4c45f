"""The public, UI-generated agent values files (tests/fixtures/astro-values, see its README) read unchanged
but for their placeholders: what each one synthesizes, key by key, and the errors two of them deserve."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from airflow_cdk8s import ValuesError, validate_values
from airflow_cdk8s.agent.values import DEFAULT_SENTINEL_IMAGE, helm_string
from airflow_cdk8s.cli import run

from conftest import ROOT, container, env_of, find, kinds, synth_agent

FIXTURES = ROOT / "tests" / "fixtures" / "astro-values"
WEBINAR = FIXTURES / "webinar-demos-chart-1.x.yaml"
CHART_2 = FIXTURES / "aws-re-dr-chart-2.0.yaml"
FAILOVER = FIXTURES / "aws-re-dr-chart-2.0-failover.yaml"
TRIMMED = FIXTURES / "aws-re-dr-trimmed.yaml"
URL = "https://clcls00000000000000000001.external.astronomer.run/a1b2c3d4"
AGENT_1_0 = "images.astronomer.cloud/baseimages/astro-remote-execution-agent:3.0-4-python-3.12-astro-agent-1.0.2"


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def pod(docs, name):
    return find(docs, "Deployment", name)["spec"]["template"]["spec"]


def fixed_indentation(values: dict) -> dict:
    """The trimmed file with the three keys Helm ignored moved to where they belong."""
    values = copy.deepcopy(values)
    worker = values["workers"][0]
    for key in ("terminationGracePeriodSeconds", "livenessProbe", "readinessProbe"):
        worker[key] = worker["hpa"].pop(key)
    return values


# ---- every real file synthesizes through the command line ----------------------------------

@pytest.mark.parametrize("path, extra", [(CHART_2, []), (FAILOVER, []), (WEBINAR, ["--allow-plaintext-secrets"])],
                         ids=["chart-2.0", "chart-2.0-failover", "chart-1.x-with-opt-in"])
def test_real_file_synthesizes_from_the_command_line(path, extra, tmp_path, capsys):
    out = tmp_path / "out"
    assert run(["--values", str(path), "--outdir", str(out), *extra]) == 0
    docs = [d for d in yaml.safe_load_all((out / "remote-agent.k8s.yaml").read_text()) if d]
    assert not kinds(docs, "Secret")  # no Secret data: every credential is a reference
    assert {d["kind"] for d in docs} >= {"Deployment", "ServiceAccount", "ConfigMap", "Role", "RoleBinding", "NetworkPolicy",
                                         "ExternalSecret", "Password"}


def test_mis_indented_file_gets_the_helm_would_have_ignored_it_error(tmp_path, capsys):
    out = tmp_path / "out"
    assert run(["--values", str(TRIMMED), "--outdir", str(out)]) == 2
    err = capsys.readouterr().err
    for key in ("livenessProbe", "readinessProbe", "terminationGracePeriodSeconds"):
        assert (f"workers[0].hpa.{key}: is not a key here, and Helm would have ignored it silently; "
                f"it belongs at workers[0].{key} (check its indentation)") in err
    assert "3 problem(s)" in err and not out.exists()


def test_git_token_file_is_refused_without_the_opt_in(tmp_path, capsys):
    out = tmp_path / "out"
    assert run(["--values", str(WEBINAR), "--outdir", str(out)]) == 2
    err = capsys.readouterr().err
    assert ("commonEnv[1].value: AIRFLOW_CONN_GIT_DEFAULT carries a password in an Airflow connection in plain text"
            in err)
    assert "valueFrom.secretKeyRef" in err and "secrets backend" in err and "--allow-plaintext-secrets" in err
    assert "ghp_" not in err  # the message never echoes the value
    assert not out.exists()


# ---- the chart-1.x UI file ------------------------------------------------------------------

def test_chart_1x_file_components_keep_their_own_images_and_sentinel_gets_its_own():
    docs = synth_agent(load(WEBINAR), allow_plaintext_secrets=True)
    for name in ("webinar-agent-worker-default-worker", "webinar-agent-triggerer", "webinar-agent-dag-processor"):
        assert container(find(docs, "Deployment", name))["image"] == AGENT_1_0
    assert container(find(docs, "Deployment", "webinar-agent-sentinel"))["image"] == DEFAULT_SENTINEL_IMAGE


def test_chart_1x_file_env_boolean_is_the_string_helm_renders(capsys):
    docs = synth_agent(load(WEBINAR), allow_plaintext_secrets=True)
    env = env_of(container(find(docs, "Deployment", "webinar-agent-worker-default-worker")))
    assert env["AIRFLOW__LOGGING__REMOTE_LOGGING"] == "true"
    assert env["AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD"] == "0"
    assert env["ASTRO_LOGGING_AWS_WEB_IDENTITY_TOKEN_FILE"] == "/tmp/logging-token"  # a path, not a token
    assert env["OPENLINEAGE_DISABLED"] == "true"
    assert env["AIRFLOW__SECRETS__BACKEND"] == "airflow.secrets.local_filesystem.LocalFilesystemBackend"
    assert env["ASTRO_AGENT_CLIENT_API_TOKEN"] == {"secretKeyRef": {"name": "astro-agent-token", "key": "token"}}
    assert env["ASTRO_AGENT_WORKER_SYNC_SLOTS"] == "20"
    assert env_of(container(find(docs, "Deployment", "webinar-agent-triggerer")))["AIRFLOW__TRIGGERER__CAPACITY"] == "1000"
    err = capsys.readouterr().err
    assert ('commonEnv[2].value: true is a YAML boolean, not a string; read as the string Helm renders, "true"' in err)
    assert err.count("notice:") == 1  # one line, for the one unquoted value


def test_chart_1x_file_pods_as_its_values_say():
    docs = synth_agent(load(WEBINAR), allow_plaintext_secrets=True)
    spec = pod(docs, "webinar-agent-worker-default-worker")
    main = spec["containers"][0]
    assert spec["terminationGracePeriodSeconds"] == 600
    assert spec["imagePullSecrets"] == [{"name": "astro-registry-secret"}]
    assert spec["securityContext"] == {"fsGroup": 50000, "runAsNonRoot": True, "runAsUser": 50000, "seccompProfile": {"type": "RuntimeDefault"}}
    assert main["resources"] == {"limits": {"cpu": "1", "ephemeral-storage": "1Gi", "memory": "2Gi"},
                                 "requests": {"cpu": "1", "ephemeral-storage": "1Gi", "memory": "2Gi"}}
    for probe in ("livenessProbe", "readinessProbe"):
        assert main[probe]["httpGet"] == {"path": "healthz", "port": 39091} and main[probe]["periodSeconds"] == 5
    assert {"name": "http", "containerPort": 39091, "protocol": "TCP"} in main["ports"]
    assert not kinds(docs, "HorizontalPodAutoscaler")  # hpa.enabled: false
    assert find(docs, "Deployment", "webinar-agent-worker-default-worker")["spec"]["replicas"] == 1


def test_chart_1x_hpa_target_with_capital_value_becomes_an_object_metric():
    values = load(WEBINAR)
    values["workers"][0]["hpa"].update(enabled=True, maxReplicaCount=5)
    docs = synth_agent(values, allow_plaintext_secrets=True)
    hpa = find(docs, "HorizontalPodAutoscaler", "webinar-agent-worker-default-worker-hpa")["spec"]
    assert hpa["metrics"] == [{"type": "Object", "object": {
        "describedObject": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "webinar-agent-worker-default-worker"},
        "metric": {"name": "astro_agent_client_queued_or_running_tasks"},
        "target": {"type": "Value", "value": "10"}}}]
    assert hpa["behavior"]["scaleDown"] == {"stabilizationWindowSeconds": 300}
    assert "replicas" not in find(docs, "Deployment", "webinar-agent-worker-default-worker")["spec"]


# ---- the chart-2.0 files --------------------------------------------------------------------

def test_chart_2_components_take_the_top_level_image():
    for path, region in ((CHART_2, "us-west-2"), (FAILOVER, "us-west-1")):
        docs = synth_agent(load(path))
        image = f"123456789012.dkr.ecr.{region}.amazonaws.com/re-dr-dev-registry:deploy-2026-06-29T18-55"
        for name in ("aws-re-dr-worker-default-worker", "aws-re-dr-triggerer", "aws-re-dr-dag-processor"):
            assert container(find(docs, "Deployment", name))["image"] == image
    assert env_of(container(find(docs, "Deployment", "aws-re-dr-triggerer")))["AIRFLOW__SECRETS__BACKEND"] == (
        "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend")  # the failover file's


def test_chart_2_sentinel_as_the_chart_runs_it():
    docs = synth_agent(load(CHART_2))
    spec = pod(docs, "aws-re-dr-sentinel")
    [main] = spec["containers"]
    assert main["image"] == "images.astronomer.cloud/baseimages/astro-remote-execution-sentinel:1.6.0"
    assert main["imagePullPolicy"] == "IfNotPresent"
    assert main["ports"] == [{"name": "http", "containerPort": 8080, "protocol": "TCP"}]
    for probe in ("livenessProbe", "readinessProbe"):
        assert main[probe] == {"httpGet": {"path": "health", "port": 8080}, "initialDelaySeconds": 5, "periodSeconds": 10,
                               "failureThreshold": 3, "successThreshold": 1, "timeoutSeconds": 5}
    assert main["resources"] == {"limits": {"cpu": "500m", "ephemeral-storage": "1Gi", "memory": "256Mi"},
                                 "requests": {"cpu": "100m", "ephemeral-storage": "1Gi", "memory": "128Mi"}}
    assert "args" not in main and "command" not in main  # the image's own entrypoint
    assert spec["securityContext"]["runAsUser"] == 5000 and spec["securityContext"]["fsGroup"] == 5000
    assert spec["serviceAccountName"] == "aws-re-dr-sentinel" and spec["automountServiceAccountToken"] is True
    assert find(docs, "Deployment", "aws-re-dr-sentinel")["spec"]["replicas"] == 1
    assert not [e for e in main.get("env", []) if e["name"].startswith(("AIRFLOW", "OPENLINEAGE"))]  # not an agent


def test_chart_2_sentinel_config_names_the_agent_pods_and_reads_tokens_from_files():
    docs = synth_agent(load(CHART_2))
    config = yaml.safe_load(find(docs, "ConfigMap", "aws-re-dr-sentinel-config")["data"]["sentinel.yaml"])
    assert config["platform"] == {"type": "kubernetes", "kubernetes": {
        "namespace": "default", "agent_component_app_label": "astro-agent", "agent_service_port_name": "http",
        "informer_resync_period": "10m", "qps": 5.0, "burst": 10, "event_collection_enabled": True}}
    assert config["api_server"]["base_url"] == URL
    assert config["api_server"]["api_token_file"] == "/app/secrets/agent-token/token"
    assert "api_token" not in config["api_server"] and "agent_auth_secret" not in config["agent_auth"]
    assert config["agent_auth"] == {"agent_auth_secret_file": "/app/secrets/sentinel-auth/secret"}
    assert config["health"] == {"port": 8080, "timeout": "5s"} and config["log_level"] == "info"
    spec = pod(docs, "aws-re-dr-sentinel")
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert volumes["agent-token"]["secret"] == {"secretName": "agent-token", "items": [{"key": "token", "path": "token"}]}
    assert volumes["sentinel-auth"]["secret"]["secretName"] == "sentinel-auth-secret"
    assert volumes["sentinel-config"]["configMap"] == {"name": "aws-re-dr-sentinel-config"}
    mounts = {m["mountPath"]: m for m in spec["containers"][0]["volumeMounts"]}
    assert mounts["/app/config"]["name"] == "sentinel-config" and mounts["/app/secrets/agent-token"]["readOnly"] is True


def test_chart_2_agent_pods_are_what_sentinel_looks_for_and_admit_it():
    docs = synth_agent(load(CHART_2))
    for name in ("aws-re-dr-worker-default-worker", "aws-re-dr-triggerer", "aws-re-dr-dag-processor"):
        template = find(docs, "Deployment", name)["spec"]["template"]
        assert template["metadata"]["labels"]["app"] == "astro-agent"
        assert {"name": "http", "containerPort": 39091, "protocol": "TCP"} in template["spec"]["containers"][0]["ports"]
        env = env_of(template["spec"]["containers"][0])
        # Optional: a generated secret must not keep the agents from running tasks before it exists.
        assert env["ASTRO_AGENT_CLIENT_SENTINEL_AUTH_SECRET"] == {"secretKeyRef": {"name": "sentinel-auth-secret", "key": "secret", "optional": True}}
    assert "app" not in find(docs, "Deployment", "aws-re-dr-sentinel")["spec"]["template"]["metadata"]["labels"]
    policy = find(docs, "NetworkPolicy", "aws-re-dr-sentinel-to-agents")["spec"]
    assert policy["podSelector"]["matchLabels"]["app"] == "astro-agent"
    assert policy["ingress"] == [{"from": [{"podSelector": {"matchLabels": {
        "app.kubernetes.io/name": "astro-remote-execution-agent", "app.kubernetes.io/instance": "aws-re-dr",
        "app.kubernetes.io/component": "sentinel"}}}], "ports": [{"port": "http", "protocol": "TCP"}]}]
    deny = find(docs, "NetworkPolicy", "aws-re-dr-deny-ingress")["spec"]
    assert deny["policyTypes"] == ["Ingress"] and "ingress" not in deny


def test_chart_2_sentinel_secret_is_generated_in_the_cluster_not_written_out():
    docs = synth_agent(load(CHART_2))
    generator = find(docs, "Password", "aws-re-dr-sentinel-auth")
    assert generator["apiVersion"] == "generators.external-secrets.io/v1alpha1"
    assert generator["spec"]["length"] == 32 and generator["spec"]["symbols"] == 0 and generator["spec"]["secretKeys"] == ["secret"]
    external = find(docs, "ExternalSecret", "sentinel-auth-secret")["spec"]
    assert external["refreshPolicy"] == "CreatedOnce"
    assert external["target"]["name"] == "sentinel-auth-secret"
    assert external["dataFrom"] == [{"sourceRef": {"generatorRef": {
        "apiVersion": "generators.external-secrets.io/v1alpha1", "kind": "Password", "name": "aws-re-dr-sentinel-auth"}}}]
    assert not kinds(docs, "Secret")


def test_chart_2_openlineage_endpoint_facets_and_key():
    values = load(CHART_2)
    env = env_of(container(find(synth_agent(values), "Deployment", "aws-re-dr-triggerer")))
    assert env["OPENLINEAGE_URL"] == "https://o11y.astronomer.io"
    assert env["OPENLINEAGE_ENDPOINT"] == values["openLineage"]["endpoint"]
    assert env["OPENLINEAGE_ENDPOINT"].startswith("/api/v1/lineage?ASTRO_DEPLOYMENT_ID=cldep000000000000a1b2c3d4&")
    assert env["OPENLINEAGE__FACETS__ENVIRONMENT_VARIABLES"] == (
        '["ASTRO_ORGANIZATION_ID","ASTRO_WORKSPACE_ID","ASTRO_DEPLOYMENT_ID","ASTRO_DEPLOYMENT_NAMESPACE"]')
    assert env["OPENLINEAGE_NAMESPACE"] == "stellar-nebula-4321"
    assert env["OPENLINEAGE_API_KEY"] == {"secretKeyRef": {"name": "deployment-api-token", "key": "api-key"}}
    assert env["ASTRO_DEPLOYMENT_ID"] == "cldep000000000000a1b2c3d4"  # commonEnv, which the facet names
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == URL


def test_chart_2_service_accounts_and_sentinel_rbac():
    docs = synth_agent(load(CHART_2))
    names = sorted(sa["metadata"]["name"] for sa in kinds(docs, "ServiceAccount"))
    assert names == ["aws-re-dr-dag-processor", "aws-re-dr-sentinel", "aws-re-dr-triggerer", "aws-re-dr-worker-default-worker"]
    rules = find(docs, "Role", "aws-re-dr-sentinel")["rules"]
    assert rules == [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list", "watch"]},
                     {"apiGroups": [""], "resources": ["events"], "verbs": ["get", "list", "watch"]}]
    assert not [d for d in kinds(docs, "Role") if "kpo" in d["metadata"]["name"]]  # canUseKubernetesPodOperator: false


def test_chart_2_hpa_when_enabled_is_named_and_described_as_the_chart():
    values = load(CHART_2)
    values["workers"][0]["hpa"].update(enabled=True, maxReplicaCount=4)
    docs = synth_agent(values)
    spec = find(docs, "HorizontalPodAutoscaler", "aws-re-dr-worker-default-worker-hpa")["spec"]
    assert spec["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "aws-re-dr-worker-default-worker"}
    assert spec["minReplicas"] == 1 and spec["maxReplicas"] == 4
    assert spec["metrics"] == [{"type": "Object", "object": {
        "describedObject": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "aws-re-dr-worker-default-worker"},
        "metric": {"name": "astro_agent_client_queued_or_running_tasks"}, "target": {"type": "Value", "value": "20"}}}]
    assert spec["behavior"]["scaleUp"]["policies"] == [{"type": "Pods", "value": 1, "periodSeconds": 60}]


# ---- the trimmed file ---------------------------------------------------------------------------

def test_trimmed_file_synthesizes_once_its_indentation_is_fixed():
    docs = synth_agent(fixed_indentation(load(TRIMMED)))
    spec = pod(docs, "aws-re-dr-worker-default-worker")
    assert spec["terminationGracePeriodSeconds"] == 600
    assert spec["containers"][0]["livenessProbe"]["httpGet"] == {"path": "healthz", "port": 39091}
    sentinel = container(find(docs, "Deployment", "aws-re-dr-sentinel"))
    assert sentinel["image"] == "images.astronomer.cloud/baseimages/astro-remote-execution-sentinel:1.7.2"
    env = env_of(container(find(docs, "Deployment", "aws-re-dr-worker-default-worker")))
    assert env["AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_COMPRESSION"] == "zip"
    assert env["AWS_REGION"] == "us-west-2"


def test_misplaced_key_error_from_the_python_api_too():
    with pytest.raises(ValuesError) as error:
        validate_values(load(TRIMMED))
    assert any(p.startswith("workers[0].hpa.livenessProbe: is not a key here") for p in error.value.problems)


@pytest.mark.parametrize("raw, rendered", [
    (True, "true"), (False, "false"), (0, "0"), (20, "20"), (123456, "123456"), (1000000, "1e+06"), (0.5, "0.5"),
    (1.5e-05, "1.5e-05"), (None, ""),
])
def test_helm_string_is_what_helm_quote_renders(raw, rendered):
    assert helm_string(raw) == rendered
