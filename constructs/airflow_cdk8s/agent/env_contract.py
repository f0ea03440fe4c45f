"""How agent values become environment variables and commands: the one table of mappings.

Pinned by the values reference / issue contract (do not change without the reference):
  secretBackend       -> AIRFLOW__SECRETS__BACKEND
  xcomBackend         -> AIRFLOW__CORE__XCOM_BACKEND
  dagBundleConfigList -> AIRFLOW__DAG_PROCESSOR__DAG_BUNDLE_CONFIG_LIST
  agent token         -> ASTRO_AGENT_CLIENT_API_TOKEN from Secret key ``token``
  openLineage         -> OPENLINEAGE_URL, OPENLINEAGE_NAMESPACE, OPENLINEAGE_API_KEY (Secret key ``api-key``),
                         OPENLINEAGE_DISABLED when disabled
Pinned by the chart-2.0 values file's comments and Astronomer's docs (ASTRO-AGENT-CHART.md):
  agentTokenFile                  -> ASTRO_AGENT_CLIENT_API_TOKEN_FILE
  openLineage.endpoint            -> OPENLINEAGE_ENDPOINT
  openLineage.facetsEnvironmentVariables -> OPENLINEAGE__FACETS__ENVIRONMENT_VARIABLES
  stateStoreBackend               -> AIRFLOW__WORKERS__STATE_STORE_BACKEND (chart 2.3 docs)
  Sentinel watches pods labelled app=astro-agent (Astronomer's Sentinel page)

Inferred (the reference does not say; each maps to the standard Airflow setting where one exists,
so correcting one is one edit here). Every component also accepts ``command`` / ``args`` overrides.
"""

from __future__ import annotations

import json
from typing import Any

from .values import HEALTH_PORT, AgentValues, TriggererValues, WorkerValues

# Names the reference gives to the Secrets the chart creates from plaintext values.
AGENT_TOKEN_SECRET = "agent-token-secret"
IMAGE_PULL_SECRET = "image-pull-secret"
OPENLINEAGE_SECRET = "openlineage-api-key-secret"
AGENT_TOKEN_KEY = "token"
OPENLINEAGE_KEY = "api-key"

# Files a Vault agent renders into /vault/secrets (agentTokenVault, openLineage.vault).
VAULT_SECRETS_DIR = "/vault/secrets"
AGENT_TOKEN_VAULT_FILE = "agent-token"
OPENLINEAGE_VAULT_FILE = "openlineage.yml"

# The chart-2.0 file's comments: the agent reads its token file from this variable.
AGENT_TOKEN_FILE_VAR = "ASTRO_AGENT_CLIENT_API_TOKEN_FILE"
STATE_STORE_BACKEND_VAR = "AIRFLOW__WORKERS__STATE_STORE_BACKEND"
OPENLINEAGE_FACETS_VAR = "OPENLINEAGE__FACETS__ENVIRONMENT_VARIABLES"

# Sentinel's shared Bearer secret (the chart's names): Secret key `secret`; the plaintext value's Secret.
SENTINEL_AUTH_SECRET = "sentinel-auth-secret"
SENTINEL_AUTH_KEY = "secret"
# Inferred: the agent client reads the Sentinel secret from these variables (the chart's pattern for its
# API token: ASTRO_AGENT_CLIENT_API_TOKEN / ..._FILE); not published.
SENTINEL_AUTH_VAR = "ASTRO_AGENT_CLIENT_SENTINEL_AUTH_SECRET"
SENTINEL_AUTH_FILE_VAR = "ASTRO_AGENT_CLIENT_SENTINEL_AUTH_SECRET_FILE"
# Sentinel's config (sentinel.yaml) names the label and port it finds agent pods by; Astronomer's page
# says the default label is app=astro-agent. Inferred: the port is the agent's health/API port (39091).
AGENT_APP_LABEL = ("app", "astro-agent")
AGENT_PORT_NAME = "http"
AGENT_PORT = HEALTH_PORT
# Inferred: where the Sentinel image reads sentinel.yaml and the files it names (the chart-2.0 file's
# example config uses /app/secrets/...); the chart's own mount paths are not published.
SENTINEL_CONFIG_DIR = "/app/config"
SENTINEL_CONFIG_FILE = "sentinel.yaml"
SENTINEL_TOKEN_DIR = "/app/secrets/agent-token"
SENTINEL_AUTH_DIR = "/app/secrets/sentinel-auth"
# Inferred: Airflow 3's setting for the API server that task runners talk to.
DEPLOYMENT_API_URL_VAR = "AIRFLOW__CORE__EXECUTION_API_SERVER_URL"
# Inferred: Airflow's logging level setting.
LOG_LEVEL_VAR = "AIRFLOW__LOGGING__LOGGING_LEVEL"
# Inferred: triggerer capacity is Airflow's [triggerer] capacity (its default, 1000, is asyncSlots' default).
ASYNC_SLOTS_VAR = "AIRFLOW__TRIGGERER__CAPACITY"
# Inferred: worker queues and concurrent task slots.
QUEUES_VAR = "ASTRO_AGENT_WORKER_QUEUES"
SYNC_SLOTS_VAR = "ASTRO_AGENT_WORKER_SYNC_SLOTS"
# Astronomer's logging-sidecar guide: task logs under the Astro runtime's AIRFLOW_HOME, shared with the sidecar.
TASK_LOGS_DIR = "/usr/local/airflow/logs"

# Fact (the values files' Prometheus Adapter example): each worker exposes this Prometheus series (tasks per
# `state`), which an adapter rule serves as the custom metric below, one value per Deployment (`job` label).
QUEUE_STATS_SERIES = "astro_agent_client_queue_stats"
QUEUED_OR_RUNNING_METRIC = "astro_agent_client_queued_or_running_tasks"
# Inferred: the agent serves that series over Prometheus' HTTP exposition on the same server as its health
# endpoint. Neither port nor path is published; `metrics.port` / `metrics.path` override them.
METRICS_PORT = HEALTH_PORT
METRICS_PATH = "/metrics"

# Inferred: the image's entrypoint selects the component from its first argument, as the Airflow
# image's does (``airflow <command>``).
COMPONENT_ARGS: dict[str, list[str]] = {
    "worker": ["worker"],
    "triggerer": ["triggerer"],
    "dag-processor": ["dag-processor"],
}


def secret_env(name: str, secret: str, key: str) -> dict[str, Any]:
    return {"name": name, "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}


def value_env(name: str, value: str) -> dict[str, Any]:
    return {"name": name, "value": value}


def agent_env(agent: AgentValues) -> list[dict[str, Any]]:
    """Environment shared by worker, triggerer and DAG processor (before ``commonEnv``)."""
    env = [
        value_env("AIRFLOW__SECRETS__BACKEND", agent.secret_backend),
        value_env("AIRFLOW__CORE__XCOM_BACKEND", agent.xcom_backend),
        value_env("AIRFLOW__DAG_PROCESSOR__DAG_BUNDLE_CONFIG_LIST", agent.dag_bundle_config_list),
    ]
    if agent.agent_token_file:
        env.append(value_env(AGENT_TOKEN_FILE_VAR, agent.agent_token_file))
    elif agent.agent_token_vault:
        env.append(value_env(AGENT_TOKEN_FILE_VAR, f"{VAULT_SECRETS_DIR}/{AGENT_TOKEN_VAULT_FILE}"))
    elif agent.agent_token_secret_name or agent.agent_token is not None:
        secret = agent.agent_token_secret_name or AGENT_TOKEN_SECRET
        env.append(secret_env("ASTRO_AGENT_CLIENT_API_TOKEN", secret, AGENT_TOKEN_KEY))
    # else: the values inject the token variable themselves in commonEnv (AgentValues.injected_token).
    if agent.state_store_backend:
        env.append(value_env(STATE_STORE_BACKEND_VAR, agent.state_store_backend))
    if agent.astro_deployment_api_url:
        env.append(value_env(DEPLOYMENT_API_URL_VAR, agent.astro_deployment_api_url))
    if agent.log_level:
        env.append(value_env(LOG_LEVEL_VAR, agent.log_level))
    env += openlineage_env(agent)
    if agent.sentinel.enabled or agent.sentinel_auth_secret_file or agent.sentinel_auth_secret_name or agent.sentinel_auth_secret:
        env.append(sentinel_auth_env(agent))
    return env


def sentinel_auth_secret_name(agent: AgentValues) -> str:
    """The Secret holding Sentinel's Bearer secret: the named one, or the one we create (plaintext or generated)."""
    return agent.sentinel_auth_secret_name or SENTINEL_AUTH_SECRET


def sentinel_auth_env(agent: AgentValues) -> dict[str, Any]:
    if agent.sentinel_auth_secret_file:
        return value_env(SENTINEL_AUTH_FILE_VAR, agent.sentinel_auth_secret_file)
    var = secret_env(SENTINEL_AUTH_VAR, sentinel_auth_secret_name(agent), SENTINEL_AUTH_KEY)
    if not (agent.sentinel_auth_secret or agent.sentinel_auth_secret_name):
        # Generated in the cluster (sentinel_auth.py): the agents run tasks even before, or without, the
        # operator making it; only Sentinel's calls wait for it (and for an agent restart).
        var["valueFrom"]["secretKeyRef"]["optional"] = True
    return var


def openlineage_env(agent: AgentValues) -> list[dict[str, Any]]:
    lineage = agent.open_lineage
    if not lineage.enabled:
        return [value_env("OPENLINEAGE_DISABLED", "true")]
    if lineage.vault:
        # The key is in a client config file the Vault agent renders (it holds the URL too).
        return [
            value_env("OPENLINEAGE_CONFIG", f"{VAULT_SECRETS_DIR}/{OPENLINEAGE_VAULT_FILE}"),
            value_env("OPENLINEAGE_NAMESPACE", lineage.namespace or ""),
            *openlineage_identity_env(agent),
        ]
    env = [value_env("OPENLINEAGE_URL", lineage.url or ""), value_env("OPENLINEAGE_NAMESPACE", lineage.namespace or "")]
    if lineage.api_key_secret or lineage.api_key is not None:
        env.append(secret_env("OPENLINEAGE_API_KEY", lineage.api_key_secret or OPENLINEAGE_SECRET, OPENLINEAGE_KEY))
    return env + openlineage_identity_env(agent)


def openlineage_identity_env(agent: AgentValues) -> list[dict[str, Any]]:
    """Where events go and which identity they carry (also with a Vault-rendered client config)."""
    lineage, env = agent.open_lineage, []
    if lineage.endpoint:
        env.append(value_env("OPENLINEAGE_ENDPOINT", lineage.endpoint))
    if lineage.facets_environment_variables:
        # Inferred format: the OpenLineage client reads OPENLINEAGE__* values as JSON where they parse.
        env.append(value_env(OPENLINEAGE_FACETS_VAR, json.dumps(lineage.facets_environment_variables, separators=(",", ":"))))
    return env


def worker_env(worker: WorkerValues) -> list[dict[str, Any]]:
    env = [value_env(QUEUES_VAR, ",".join(q.strip() for q in worker.queues.split(",") if q.strip()))]
    if worker.sync_slots is not None:
        env.append(value_env(SYNC_SLOTS_VAR, str(worker.sync_slots)))
    return env


def triggerer_env(triggerer: TriggererValues) -> list[dict[str, Any]]:
    return [value_env(ASYNC_SLOTS_VAR, str(triggerer.async_slots))]
