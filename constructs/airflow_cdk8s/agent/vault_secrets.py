"""The agent's Vault blocks (``agentTokenVault``, ``openLineage.vault``) as one Vault agent config."""

from __future__ import annotations

import json

from ..vault import VaultAgentConfig, VaultTemplate, secret_value_template
from . import env_contract
from .values import AgentValues, VaultValues


def openlineage_client_config(url: str, secret_path: str, key: str) -> str:
    """An OpenLineage client config (openlineage.yml) whose API key Vault fills in.

    ``toJSON`` quotes the key, so any characters in it keep the YAML valid.
    """
    secret = secret_value_template(secret_path, f"{key} | toJSON")
    return "\n".join([
        "transport:",
        "  type: http",
        f"  url: {json.dumps(url)}",
        "  auth:",
        "    type: api_key",
        f"    apiKey: {secret}",
        "",
    ])


def vault_config(agent: AgentValues) -> VaultAgentConfig | None:
    """One agent for both blocks (the values model checks they share their connection)."""
    blocks: list[tuple[VaultValues, VaultTemplate]] = []
    if agent.agent_token_vault:
        block = agent.agent_token_vault
        blocks.append((block, VaultTemplate(env_contract.AGENT_TOKEN_VAULT_FILE, secret_path=block.path, key=block.key)))
    lineage = agent.open_lineage
    if lineage.enabled and lineage.vault:
        block = lineage.vault
        contents = openlineage_client_config(lineage.url or "", block.path, block.key)
        blocks.append((block, VaultTemplate(env_contract.OPENLINEAGE_VAULT_FILE, contents=contents)))
    if not blocks:
        return None
    first = blocks[0][0]
    return VaultAgentConfig(
        address=first.address, role=first.role, auth_path=first.auth_path, mode=first.mode, image=first.image,
        templates=tuple(template for _, template in blocks),
    )
