"""Secrets made from plaintext values: only with the explicit opt-in, since the output is committed to git."""

from __future__ import annotations

import base64

from constructs import Construct

from .. import metadata
from ..errors import ValuesError
from ..kube_object import KubeObject
from . import env_contract
from .component import APP_NAME
from .values import AgentValues

_INSTEAD = {
    "agentToken": "agentTokenSecretName (a Secret with key 'token') or agentTokenFile",
    "imagePullSecretData": "imagePullSecretName (a kubernetes.io/dockerconfigjson Secret)",
    "openLineage.apiKey": "openLineage.apiKeySecret (a Secret with key 'api-key')",
}


def plaintext_fields(agent: AgentValues) -> list[str]:
    """The values paths that hold a secret in plain text."""
    fields = []
    if agent.agent_token is not None:
        fields.append("agentToken")
    if agent.image_pull_secret_data is not None:
        fields.append("imagePullSecretData")
    if agent.open_lineage.enabled and agent.open_lineage.api_key is not None:
        fields.append("openLineage.apiKey")
    return fields


def require_opt_in(agent: AgentValues, allowed: bool) -> None:
    if allowed:
        return
    problems = [
        f"{field}: is a secret in plain text and would be written to the output, which is committed to git; "
        f"use {_INSTEAD[field]}, or opt in with allow_plaintext_secrets=True / --allow-plaintext-secrets"
        for field in plaintext_fields(agent)
    ]
    if problems:
        raise ValuesError(problems)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


class PlaintextSecrets(Construct):
    """The Secrets the chart creates from plaintext values (names as in the values reference)."""

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
