"""Secrets made from plaintext values: only with the explicit opt-in, since the output is committed to git."""

from __future__ import annotations

import base64
from typing import Any

from constructs import Construct

from .. import deferred
from .. import metadata, safe_yaml
from ..checks.secret_scan import env_credential
from ..errors import raise_if
from ..kube_object import KubeObject
from . import env_contract
from .component import APP_NAME
from .values import AgentValues

_INSTEAD = {
    "agentToken": "agentTokenSecretName (a Secret with key 'token') or agentTokenFile",
    "imagePullSecretData": "imagePullSecretName (a kubernetes.io/dockerconfigjson Secret)",
    "openLineage.apiKey": "openLineage.apiKeySecret (a Secret with key 'api-key')",
    "sentinelAuthSecret": "sentinelAuthSecretName (a Secret with key 'secret'), sentinelAuthSecretFile, or none of them "
                          "(a Password generator makes it in the cluster)",
}


def plaintext_fields(agent: AgentValues) -> list[str]:
    """The values paths that hold a secret in plain text (each becomes a Secret)."""
    fields = []
    if agent.agent_token is not None:
        fields.append("agentToken")
    if agent.image_pull_secret_data is not None:
        fields.append("imagePullSecretData")
    if agent.open_lineage.enabled and agent.open_lineage.api_key is not None:
        fields.append("openLineage.apiKey")
    if agent.sentinel_auth_secret is not None:
        fields.append("sentinelAuthSecret")
    return fields


def env_lists(agent: AgentValues) -> list[tuple[str, list[dict[str, Any]]]]:
    """Every env list of the values, with its values path."""
    lists = [("commonEnv", agent.common_env)]
    lists += [(f"workers[{i}].env", w.env) for i, w in enumerate(agent.workers)]
    lists += [(f"{key}.env", getattr(agent, attr).env) for key, attr in (
        ("triggerer", "triggerer"), ("dagProcessor", "dag_processor"), ("sentinel", "sentinel"), ("loggingSidecar", "logging_sidecar"))]
    return lists


def plaintext_env(agent: AgentValues) -> list[tuple[str, str, str]]:
    """(values path, variable name, what it carries) for every env value holding a credential."""
    found = []
    for path, env in env_lists(agent):
        for j, var in enumerate(env):
            if isinstance(var.get("value"), str) and (what := env_credential(var["name"], var["value"])):
                found.append((f"{path}[{j}].value", var["name"], what))
    return found


def plaintext_sentinel_config(agent: AgentValues) -> list[str]:
    """Paths of tokens written inline in a whole ``sentinel.config`` (they would sit in a ConfigMap)."""
    config = agent.sentinel.config
    if config is None:
        return []
    parsed = safe_yaml.load(config, safe_yaml.VALUES, source="sentinel.config") if isinstance(config, str) else config
    paths = []
    for block, key, instead in (("api_server", "api_token", "api_token_file"), ("agent_auth", "agent_auth_secret", "agent_auth_secret_file")):
        section = parsed.get(block) if isinstance(parsed, dict) else None
        if isinstance(section, dict) and section.get(key):
            paths.append(f"sentinel.config.{block}.{key}: is a secret in plain text in ConfigMap {agent.resource_name_prefix}-sentinel-config; "
                         f"use {block}.{instead} (a file from a Secret volume)")
    return paths


def require_opt_in(agent: AgentValues, allowed: bool, *, source: str = "values") -> None:
    """Raise ``ValuesError`` for every secret the values hold in plain text, unless ``allowed``."""
    if allowed:
        return
    opt_in = "or opt in with allow_plaintext_secrets=True / --allow-plaintext-secrets"
    problems = [
        f"{field}: is a secret in plain text and would be written to the output, which is committed to git; "
        f"use {_INSTEAD[field]}, {opt_in}"
        for field in plaintext_fields(agent)
    ]
    problems += [
        f"{path}: {name} carries {what} in plain text, which would be written to the output (committed to git); "
        f"use valueFrom.secretKeyRef (a Secret) or keep it in the secrets backend (secretBackend), {opt_in}"
        for path, name, what in plaintext_env(agent)
    ]
    problems += [f"{line}, {opt_in}" for line in plaintext_sentinel_config(agent)]
    raise_if(problems, source)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


class PlaintextSecrets(deferred.Construct):
    """The Secrets the chart creates from plaintext values (names as in the values reference).

    Props:
        agent: the agent values whose ``agentToken``, ``imagePullSecretData`` or ``openLineage.apiKey`` hold plain text.
    """

    def __init__(self, scope: Construct, id: str, *, agent: AgentValues) -> None:
        super().__init__(scope, id)
        selector = metadata.selector_labels(name=APP_NAME, instance=agent.resource_name_prefix, component="credentials")
        common = dict(namespace=agent.namespace, labels=metadata.object_labels(selector, agent.labels), annotations=agent.annotations)
        self.secrets: list[KubeObject] = []

        def secret(id_: str, name: str, body: dict) -> None:
            self.secrets.append(KubeObject(self, id_, api_version="v1", kind="Secret", name=name, **common, body=lambda: body))

        if agent.agent_token is not None:
            secret("AgentToken", env_contract.AGENT_TOKEN_SECRET,
                   {"type": "Opaque", "data": {env_contract.AGENT_TOKEN_KEY: _b64(agent.agent_token.get_secret_value())}})
        if agent.image_pull_secret_data is not None:
            secret("ImagePull", env_contract.IMAGE_PULL_SECRET,
                   {"type": "kubernetes.io/dockerconfigjson", "data": {".dockerconfigjson": _b64(agent.image_pull_secret_data.get_secret_value())}})
        if agent.open_lineage.enabled and agent.open_lineage.api_key is not None:
            secret("OpenLineage", env_contract.OPENLINEAGE_SECRET,
                   {"type": "Opaque", "data": {env_contract.OPENLINEAGE_KEY: _b64(agent.open_lineage.api_key.get_secret_value())}})
        if agent.sentinel_auth_secret is not None:
            secret("SentinelAuth", env_contract.SENTINEL_AUTH_SECRET,
                   {"type": "Opaque", "data": {env_contract.SENTINEL_AUTH_KEY: _b64(agent.sentinel_auth_secret.get_secret_value())}})
