"""Sentinel as the chart-2.x values describe it: its config, its Bearer secret (named, a file, plaintext
with the opt-in, or generated in the cluster), its RBAC, its NetworkPolicy and its pod."""

from __future__ import annotations

import pytest
import yaml

from airflow_cdk8s import ValuesError, validate_values

from conftest import container, env_of, find, kinds, minimal_values, synth_agent

AGENTS = ("astro-agent-worker-default-worker", "astro-agent-triggerer", "astro-agent-dag-processor")


def sentinel_config(docs) -> dict:
    return yaml.safe_load(find(docs, "ConfigMap", "astro-agent-sentinel-config")["data"]["sentinel.yaml"])


def sentinel_pod(docs) -> dict:
    return find(docs, "Deployment", "astro-agent-sentinel")["spec"]["template"]["spec"]


def errors(values: dict, **props) -> list[str]:
    with pytest.raises(ValuesError) as error:
        synth_agent(values, **props)
    return error.value.problems


# ---- the Bearer secret ----------------------------------------------------------------------

def test_named_secret_is_referenced_and_nothing_is_generated():
    docs = synth_agent(minimal_values(sentinelAuthSecretName="my-sentinel-auth"))
    assert not kinds(docs, "ExternalSecret") and not kinds(docs, "Password")
    volumes = {v["name"]: v for v in sentinel_pod(docs)["volumes"]}
    assert volumes["sentinel-auth"]["secret"] == {"secretName": "my-sentinel-auth", "items": [{"key": "secret", "path": "secret"}]}
    for name in AGENTS:
        env = env_of(container(find(docs, "Deployment", name)))
        assert env["ASTRO_AGENT_CLIENT_SENTINEL_AUTH_SECRET"] == {"secretKeyRef": {"name": "my-sentinel-auth", "key": "secret"}}


def test_secret_file_is_a_path_for_agents_and_sentinel():
    docs = synth_agent(minimal_values(sentinelAuthSecretFile="/vault/secrets/sentinel-auth"))
    assert not kinds(docs, "ExternalSecret") and not kinds(docs, "Password")
    assert sentinel_config(docs)["agent_auth"] == {"agent_auth_secret_file": "/vault/secrets/sentinel-auth"}
    assert "sentinel-auth" not in {v["name"] for v in sentinel_pod(docs)["volumes"]}
    env = env_of(container(find(docs, "Deployment", AGENTS[0])))
    assert env["ASTRO_AGENT_CLIENT_SENTINEL_AUTH_SECRET_FILE"] == "/vault/secrets/sentinel-auth"
    assert "ASTRO_AGENT_CLIENT_SENTINEL_AUTH_SECRET" not in env


def test_plaintext_secret_needs_the_opt_in_and_then_becomes_the_charts_secret():
    values = minimal_values(sentinelAuthSecret="s3cr3t-Value-0123456789")
    [problem] = errors(values)
    assert problem.startswith("sentinelAuthSecret: is a secret in plain text")
    assert "sentinelAuthSecretName" in problem and "--allow-plaintext-secrets" in problem
    docs = synth_agent(values, allow_plaintext_secrets=True)
    secret = find(docs, "Secret", "sentinel-auth-secret")
    assert list(secret["data"]) == ["secret"]
    assert not kinds(docs, "ExternalSecret")


def test_at_most_one_way_to_give_the_secret():
    problems = errors(minimal_values(sentinelAuthSecretName="a", sentinelAuthSecretFile="/x"))
    assert problems == ["sentinelAuthSecretFile: set at most one of sentinelAuthSecret, sentinelAuthSecretName, "
                        "sentinelAuthSecretFile (found sentinelAuthSecretName, sentinelAuthSecretFile)"]
    assert errors(minimal_values(sentinelAuthSecretFile="relative/path")) == [
        "sentinelAuthSecretFile: 'relative/path' must be an absolute path"]


def test_no_sentinel_means_no_generated_secret_policy_or_auth_env():
    docs = synth_agent(minimal_values(sentinel={"enabled": False}))
    assert not kinds(docs, "ExternalSecret") and not kinds(docs, "Password")
    assert [p["metadata"]["name"] for p in kinds(docs, "NetworkPolicy")] == ["astro-agent-deny-ingress"]
    assert "ASTRO_AGENT_CLIENT_SENTINEL_AUTH_SECRET" not in env_of(container(find(docs, "Deployment", AGENTS[0])))
    # Without Sentinel, the API URL it needs is optional again.
    values = minimal_values(sentinel={"enabled": False})
    del values["astroDeploymentAPIURL"]
    synth_agent(values)


# ---- its configuration --------------------------------------------------------------------

def test_sentinel_needs_the_deployment_api_url():
    values = minimal_values()
    del values["astroDeploymentAPIURL"]
    with pytest.raises(ValuesError) as error:
        validate_values(values)
    assert error.value.problems[0].startswith("astroDeploymentAPIURL: is required by Sentinel")


def test_config_replaced_whole_and_pods_roll_when_it_changes():
    text = "platform:\n  type: kubernetes\n  kubernetes:\n    namespace: astro\napi_server:\n  base_url: https://x\n  api_token_file: /t\n"
    custom = synth_agent(minimal_values(sentinel={"config": text}))
    default = synth_agent(minimal_values())
    assert find(custom, "ConfigMap", "astro-agent-sentinel-config")["data"] == {"sentinel.yaml": text}
    checksum = lambda docs: find(docs, "Deployment", "astro-agent-sentinel")["spec"]["template"]["metadata"]["annotations"]["checksum/sentinel-config"]  # noqa: E731
    assert checksum(custom) != checksum(default)


@pytest.mark.parametrize("block, key", [("api_server", "api_token"), ("agent_auth", "agent_auth_secret")])
def test_inline_tokens_in_a_custom_config_are_refused(block, key):
    config = {"platform": {"type": "kubernetes"}, block: {key: "inline-value"}}
    [problem] = errors(minimal_values(sentinel={"config": config}))
    assert problem.startswith(f"sentinel.config.{block}.{key}: is a secret in plain text in ConfigMap astro-agent-sentinel-config")
    assert "--allow-plaintext-secrets" in problem


def test_config_must_be_a_yaml_mapping():
    with pytest.raises(ValuesError) as error:
        validate_values(minimal_values(sentinel={"config": "- a list\n"}))
    assert error.value.problems == ["sentinel.config: must be a YAML mapping (a whole sentinel.yaml)"]


def test_port_moves_the_server_probes_and_config_together():
    docs = synth_agent(minimal_values(sentinel={"port": 9090}))
    main = container(find(docs, "Deployment", "astro-agent-sentinel"))
    assert main["ports"] == [{"name": "http", "containerPort": 9090, "protocol": "TCP"}]
    assert main["livenessProbe"]["httpGet"] == main["readinessProbe"]["httpGet"] == {"path": "health", "port": 9090}
    assert sentinel_config(docs)["health"]["port"] == 9090


def test_token_file_values_reach_the_sentinel_config():
    values = minimal_values(agentTokenFile="/var/run/astro/token")
    del values["agentTokenSecretName"]
    docs = synth_agent(values)
    assert sentinel_config(docs)["api_server"]["api_token_file"] == "/var/run/astro/token"
    assert "agent-token" not in {v["name"] for v in sentinel_pod(docs)["volumes"]}


# ---- its pod, account and access ----------------------------------------------------------

def test_top_level_security_contexts_are_the_agents_not_sentinels():
    docs = synth_agent(minimal_values(podSecurityContext={"runAsUser": 50001, "fsGroup": 50001},
                                      containerSecurityContext={"readOnlyRootFilesystem": False},
                                      sentinel={"podSecurityContext": {"runAsGroup": 5000}}))
    pod = sentinel_pod(docs)
    assert pod["securityContext"] == {"fsGroup": 5000, "runAsGroup": 5000, "runAsNonRoot": True, "runAsUser": 5000,
                                      "seccompProfile": {"type": "RuntimeDefault"}}
    assert pod["containers"][0]["securityContext"]["readOnlyRootFilesystem"] is True
    assert find(docs, "Deployment", AGENTS[0])["spec"]["template"]["spec"]["securityContext"]["runAsUser"] == 50001


def test_service_account_block_and_least_privilege_role():
    docs = synth_agent(minimal_values(serviceAccount={"annotations": {"team": "data"},
                                                      "sentinel": {"name": "sentinel-sa", "annotations": {"x.io/role": "r"}}}))
    account = find(docs, "ServiceAccount", "sentinel-sa")
    assert account["metadata"]["annotations"] == {"team": "data", "x.io/role": "r"}
    assert sentinel_pod(docs)["serviceAccountName"] == "sentinel-sa"
    binding = find(docs, "RoleBinding", "astro-agent-sentinel")
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "sentinel-sa", "namespace": "astro"}]
    rules = find(docs, "Role", "astro-agent-sentinel")["rules"]
    assert {r for rule in rules for r in rule["resources"]} == {"pods", "events"}
    assert {v for rule in rules for v in rule["verbs"]} == {"get", "list", "watch"}
    docs = synth_agent(minimal_values(serviceAccount={"sentinel": {"create": False, "name": "existing"}}))
    assert not [a for a in kinds(docs, "ServiceAccount") if a["metadata"]["name"] == "existing"]
    assert sentinel_pod(docs)["serviceAccountName"] == "existing"


def test_one_replica_at_most():
    with pytest.raises(ValuesError) as error:
        validate_values(minimal_values(sentinel={"replicas": 2}))
    assert error.value.problems[0].startswith("sentinel.replicas:")


def test_no_network_policies_when_switched_off():
    assert not kinds(synth_agent(minimal_values(), network_policy=False), "NetworkPolicy")


# ---- the token injected by the values themselves (none of the token keys) -------------------

def _injected(var: dict, **overrides) -> dict:
    values = minimal_values(commonEnv=[var], **overrides)
    del values["agentTokenSecretName"]
    return values


def test_token_injected_from_a_secret_is_mounted_for_sentinel():
    docs = synth_agent(_injected({"name": "ASTRO_AGENT_CLIENT_API_TOKEN",
                                  "valueFrom": {"secretKeyRef": {"name": "vaulted-token", "key": "value"}}}))
    env = env_of(container(find(docs, "Deployment", AGENTS[0])))
    assert env["ASTRO_AGENT_CLIENT_API_TOKEN"] == {"secretKeyRef": {"name": "vaulted-token", "key": "value"}}
    volumes = {v["name"]: v for v in sentinel_pod(docs)["volumes"]}
    assert volumes["agent-token"]["secret"] == {"secretName": "vaulted-token", "items": [{"key": "value", "path": "token"}]}
    assert sentinel_config(docs)["api_server"]["api_token_file"] == "/app/secrets/agent-token/token"


def test_token_file_injected_is_sentinels_token_file():
    docs = synth_agent(_injected({"name": "ASTRO_AGENT_CLIENT_API_TOKEN_FILE", "value": "/vault/secrets/token"}))
    assert env_of(container(find(docs, "Deployment", AGENTS[0])))["ASTRO_AGENT_CLIENT_API_TOKEN_FILE"] == "/vault/secrets/token"
    assert sentinel_config(docs)["api_server"]["api_token_file"] == "/vault/secrets/token"
    assert "agent-token" not in {v["name"] for v in sentinel_pod(docs)["volumes"]}


def test_no_token_at_all_or_one_sentinel_cannot_read_is_an_error():
    values = minimal_values()
    del values["agentTokenSecretName"]
    with pytest.raises(ValuesError) as error:
        validate_values(values)
    assert "inject ASTRO_AGENT_CLIENT_API_TOKEN / ASTRO_AGENT_CLIENT_API_TOKEN_FILE yourself in commonEnv" in error.value.problems[0]
    with pytest.raises(ValuesError) as error:
        validate_values(_injected({"name": "ASTRO_AGENT_CLIENT_API_TOKEN",
                                   "valueFrom": {"configMapKeyRef": {"name": "c", "key": "k"}}}))
    assert error.value.problems[0].startswith("commonEnv[0]: Sentinel reads the agent token from a file")
    validate_values(_injected({"name": "ASTRO_AGENT_CLIENT_API_TOKEN", "valueFrom": {"configMapKeyRef": {"name": "c", "key": "k"}}},
                              sentinel={"enabled": False}))
