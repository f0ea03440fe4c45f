"""Vault agent: init and sidecar modes, the agent.hcl it renders, and the agent's Vault blocks."""

from __future__ import annotations

import cdk8s
import pytest
import yaml

from airflow_cdk8s import ValuesError, VaultAgent, VaultAgentConfig, VaultTemplate
from airflow_cdk8s.agent.env_contract import AGENT_TOKEN_FILE_VAR

from conftest import assert_valid, container, env_of, find, kinds, minimal_values, synth_agent

VAULT = {"address": "https://vault.example.com", "role": "astro-agent"}
OL_VAULT = {"enabled": True, "url": "https://ol.example.com", "namespace": "ns",
            "vault": {**VAULT, "path": "secret/data/openlineage/api-key"}}
AGENT_PODS = ("astro-agent-worker-default-worker", "astro-agent-triggerer", "astro-agent-dag-processor")


def pod_of(docs, name):
    return find(docs, "Deployment", name)["spec"]["template"]["spec"]


def test_init_mode_exits_after_rendering():
    config = VaultAgentConfig(**VAULT, templates=(VaultTemplate("api-key", secret_path="secret/data/x", key="key"),))
    hcl = config.agent_hcl()
    assert hcl.startswith("exit_after_auth = true")
    assert 'mount_path = "auth/kubernetes"' in hcl and 'role = "astro-agent"' in hcl
    assert 'destination = "/vault/secrets/api-key"' in hcl
    assert 'contents = "{{ with secret \\"secret/data/x\\" }}{{ .Data.data.key }}{{ end }}"' in hcl


def test_sidecar_mode_keeps_running():
    config = VaultAgentConfig(**VAULT, mode="sidecar", templates=(VaultTemplate("k", secret_path="s/data/x", key="k"),))
    assert "exit_after_auth" not in config.agent_hcl()


def test_openlineage_vault_method_in_every_agent_pod():
    docs = synth_agent(minimal_values(openLineage=OL_VAULT))
    config_map = find(docs, "ConfigMap", "astro-agent-vault-agent")
    hcl = config_map["data"]["agent.hcl"]
    assert "exit_after_auth = true" in hcl
    assert "/vault/secrets/openlineage.yml" in hcl and "toJSON" in hcl
    for name in AGENT_PODS:
        pod = pod_of(docs, name)
        [init] = [c for c in pod["initContainers"] if c["name"] == "vault-agent"]
        assert init["args"] == ["agent", "-config=/vault/config/agent.hcl"]
        assert {"name": "VAULT_ADDR", "value": "https://vault.example.com"} in init["env"]
        volumes = {v["name"]: v for v in pod["volumes"]}
        assert volumes["vault-secrets"] == {"name": "vault-secrets", "emptyDir": {"medium": "Memory"}}
        assert volumes["vault-token"]["projected"]["sources"][0]["serviceAccountToken"]["path"] == "token"
        assert pod["automountServiceAccountToken"] is False
        main = pod["containers"][0]
        assert {"name": "vault-secrets", "mountPath": "/vault/secrets", "readOnly": True} in main["volumeMounts"]
        env = env_of(main)
        assert env["OPENLINEAGE_CONFIG"] == "/vault/secrets/openlineage.yml"
        assert env["OPENLINEAGE_NAMESPACE"] == "ns"
        assert "OPENLINEAGE_API_KEY" not in env and "OPENLINEAGE_URL" not in env
    assert "initContainers" not in pod_of(docs, "astro-agent-sentinel")  # Sentinel reads no OpenLineage settings
    assert not kinds(docs, "Secret")


def test_vault_sidecar_mode_for_rotation():
    docs = synth_agent(minimal_values(openLineage={**OL_VAULT, "vault": {**OL_VAULT["vault"], "mode": "sidecar"}}))
    pod = pod_of(docs, "astro-agent-triggerer")
    assert "vault-agent" in [c["name"] for c in pod["containers"]]
    assert "vault-agent" not in [c["name"] for c in pod.get("initContainers", [])]
    assert "exit_after_auth" not in find(docs, "ConfigMap", "astro-agent-vault-agent")["data"]["agent.hcl"]


def test_agent_token_from_vault_shares_the_agent():
    values = minimal_values(agentTokenVault={**VAULT, "path": "secret/data/astro/token", "key": "token"}, openLineage=OL_VAULT)
    del values["agentTokenSecretName"]
    docs = synth_agent(values)
    hcl = find(docs, "ConfigMap", "astro-agent-vault-agent")["data"]["agent.hcl"]
    assert hcl.count("template {") == 2 and "/vault/secrets/agent-token" in hcl
    main = container(find(docs, "Deployment", "astro-agent-worker-default-worker"))
    assert env_of(main)[AGENT_TOKEN_FILE_VAR] == "/vault/secrets/agent-token"
    assert "ASTRO_AGENT_CLIENT_API_TOKEN" not in env_of(main)
    assert sorted(c["metadata"]["name"] for c in kinds(docs, "ConfigMap")) == ["astro-agent-sentinel-config", "astro-agent-vault-agent"]
    sentinel = pod_of(docs, "astro-agent-sentinel")  # one Vault agent serves Sentinel's token file too
    assert [c["name"] for c in sentinel["initContainers"]] == ["vault-agent"]
    config = yaml.safe_load(find(docs, "ConfigMap", "astro-agent-sentinel-config")["data"]["sentinel.yaml"])
    assert config["api_server"]["api_token_file"] == "/vault/secrets/agent-token"


def test_added_workers_get_the_vault_agent_too():
    from airflow_cdk8s import RemoteExecutionAgent, WorkerValues, validate_values

    chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(minimal_values(openLineage=OL_VAULT)))
    chart.add_worker(WorkerValues(name="late"))
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    assert [c["name"] for c in pod_of(docs, "astro-agent-worker-late")["initContainers"]] == ["vault-agent"]


@pytest.mark.parametrize(
    "block, expected",
    [
        ({"address": "vault.example.com"}, "openLineage.vault.address: 'vault.example.com' must be a URL"),
        ({"path": "/secret/x"}, "openLineage.vault.path: '/secret/x' must be a KV v2 secret path"),
        ({"key": "api-key"}, "openLineage.vault.key: 'api-key' must be letters"),
        ({"mode": "daemon"}, "openLineage.vault.mode:"),
    ],
)
def test_bad_vault_block_names_the_path(block, expected):
    from airflow_cdk8s import validate_values

    with pytest.raises(ValuesError) as caught:
        validate_values(minimal_values(openLineage={**OL_VAULT, "vault": {**OL_VAULT["vault"], **block}}))
    assert any(p.startswith(expected) for p in caught.value.problems), caught.value.problems


def test_one_openlineage_method_only():
    from airflow_cdk8s import validate_values

    with pytest.raises(ValuesError) as caught:
        validate_values(minimal_values(openLineage={**OL_VAULT, "apiKeySecret": "ol"}))
    assert any("set one of apiKey, apiKeySecret, vault" in p for p in caught.value.problems)


def test_token_and_openlineage_vault_must_share_the_connection():
    from airflow_cdk8s import validate_values

    values = minimal_values(agentTokenVault={**VAULT, "role": "other", "path": "secret/data/t"}, openLineage=OL_VAULT)
    del values["agentTokenSecretName"]
    with pytest.raises(ValuesError) as caught:
        validate_values(values)
    assert any(p.startswith("openLineage.vault: must use the same address, role") for p in caught.value.problems)


def test_vault_agent_attaches_to_any_pod_and_validates_its_config():
    chart = cdk8s.Chart(cdk8s.App(), "c")
    with pytest.raises(ValuesError) as caught:
        VaultAgent(chart, "bad", name="v", namespace="ns", config=VaultAgentConfig(
            address="vault", role="", templates=(VaultTemplate("a/b"),)))
    problems = "\n".join(caught.value.problems)
    assert "address: 'vault' must be a URL" in problems
    assert "role: is required" in problems
    assert "templates[0].destination: 'a/b' must be a plain file name" in problems
    assert "templates[0]: give secret_path and key, or contents" in problems


def test_reference_document_fileref_is_rejected_with_the_vault_way():
    from airflow_cdk8s import validate_values

    with pytest.raises(ValuesError) as caught:
        validate_values(minimal_values(triggerer={"env": [
            {"name": "OPENLINEAGE_API_KEY", "valueFrom": {"fileRef": {"path": "/vault/secrets/openlineage-api-key"}}}]}))
    [hint] = [p for p in caught.value.problems if "fileRef: is not a Kubernetes field" in p]
    assert hint.startswith("triggerer.env[0].valueFrom.fileRef") and "openLineage.vault" in hint
