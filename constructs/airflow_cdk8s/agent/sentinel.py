"""Sentinel: the agent health monitor (``{prefix}-sentinel``), a separate Go service with its own image.

As the chart-2.x values describe it: one replica, an HTTP server on ``sentinel.port`` (8080) with
probes on ``health``, uid/gid 5000, configured by ``sentinel.yaml`` in ConfigMap
``{prefix}-sentinel-config``. It finds the agent's pods by their ``app`` label, calls their named port
with the shared Bearer secret, and reports to the Astro API (``astroDeploymentAPIURL``) with the
agent token, which it reads from a file (never inline in the ConfigMap).
"""

from __future__ import annotations

from typing import Any

import yaml
from constructs import Construct

from .. import policies, security
from ..component import Component, MainContainer
from ..kube_object import KubeObject
from ..pod import PodSettings
from . import env_contract
from .component import AgentContext, add_values_parts
from .values import SENTINEL_UID, AgentValues

# Least privilege, inferred (the chart's rules are not published): Sentinel watches the pods and
# collects the events of its namespace.
SENTINEL_RULES: list[dict[str, Any]] = [
    {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list", "watch"]},
    {"apiGroups": [""], "resources": ["events"], "verbs": ["get", "list", "watch"]},
]


def token_secret(agent: AgentValues) -> tuple[str, str] | None:
    """The Secret and key holding the agent token that Sentinel mounts as a file, if it comes from one."""
    if agent.agent_token_secret_name or agent.agent_token is not None:
        return agent.agent_token_secret_name or env_contract.AGENT_TOKEN_SECRET, env_contract.AGENT_TOKEN_KEY
    injected = agent.injected_token() if not (agent.agent_token_file or agent.agent_token_vault) else None
    ref = ((injected or {}).get("valueFrom") or {}).get("secretKeyRef")
    return (ref["name"], ref["key"]) if ref else None


def token_file(agent: AgentValues) -> str:
    """Where Sentinel reads the agent token (api_server.api_token_file)."""
    if agent.agent_token_file:
        return agent.agent_token_file  # you mount it into Sentinel too (sentinel.volumes / volumeMounts)
    if agent.agent_token_vault:
        return f"{env_contract.VAULT_SECRETS_DIR}/{env_contract.AGENT_TOKEN_VAULT_FILE}"
    if token_secret(agent) is None and (injected := agent.injected_token()):
        return injected["value"]  # an injected ASTRO_AGENT_CLIENT_API_TOKEN_FILE: mount it into Sentinel too
    return f"{env_contract.SENTINEL_TOKEN_DIR}/{env_contract.AGENT_TOKEN_KEY}"


def auth_file(agent: AgentValues) -> str:
    """Where Sentinel reads the shared Bearer secret (agent_auth.agent_auth_secret_file)."""
    return agent.sentinel_auth_secret_file or f"{env_contract.SENTINEL_AUTH_DIR}/{env_contract.SENTINEL_AUTH_KEY}"


def sentinel_config(agent: AgentValues) -> dict[str, Any]:
    """The generated sentinel.yaml: the fields the chart-2.0 file documents, with its example values."""
    return {
        "heartbeat_interval": "60s",
        "reconcile_interval": "30s",
        "log_level": (agent.log_level or "INFO").lower(),
        "platform": {
            "type": "kubernetes",
            "kubernetes": {
                "namespace": agent.namespace,
                "agent_component_app_label": env_contract.AGENT_APP_LABEL[1],
                "agent_service_port_name": env_contract.AGENT_PORT_NAME,
                "informer_resync_period": "10m",
                "qps": 5.0,
                "burst": 10,
                "event_collection_enabled": True,
            },
        },
        "api_server": {
            "base_url": agent.astro_deployment_api_url,
            "timeout": "30s",
            "retry_count": 3,
            "retry_delay": "5s",
            "api_token_file": token_file(agent),
            "api_token_refresh_interval": "60s",
        },
        "agent_auth": {"agent_auth_secret_file": auth_file(agent)},
        "health": {"port": agent.sentinel.port, "timeout": "5s"},
        "feature": {"agent_monitoring": True},
    }


class Sentinel(Component):
    """The Sentinel Deployment (``<prefix>-sentinel``), its ConfigMap, ServiceAccount, Role and RoleBinding.

    Props:
        agent: the agent values; ``agent.sentinel`` and ``agent.serviceAccount.sentinel`` configure it. Unlike
            the other components it takes the values, not an ``AgentContext``: its sentinel.yaml is made of
            the values' token, auth, API and log settings.

    Attributes: ``config_map``, ``config_text`` (the sentinel.yaml), ``role_object``, ``role_binding``,
    ``rules`` (a list a subclass or a later call may extend).
    """

    def __init__(self, scope: Construct, id: str, *, agent: AgentValues) -> None:
        self.agent = agent
        self.spec = spec = agent.sentinel
        name = f"{agent.resource_name_prefix}-sentinel"
        self.config_map_name = f"{name}-config"
        config = spec.config if spec.config is not None else sentinel_config(agent)
        self.config_text = config if isinstance(config, str) else yaml.safe_dump(config, sort_keys=False)

        service_account = agent.service_account.sentinel
        main = MainContainer(
            name="sentinel", image=spec.image, image_pull_policy=spec.image_pull_policy, env=spec.env,
            ports=[{"name": "http", "containerPort": spec.port, "protocol": "TCP"}], resources=spec.resources.to_k8s(),
            liveness_probe=spec.liveness_probe, readiness_probe=spec.readiness_probe, command=spec.command, args=spec.args,
        )
        super().__init__(
            scope, id, context=AgentContext.of(agent).replace(env=()), component="sentinel", main=main,
            replicas=spec.replicas, service_account_name=service_account.name, create_service_account=service_account.create,
            service_account_annotations={**agent.service_account.annotations, **service_account.annotations},
            api_access=True,  # it watches pods and events through the Kubernetes API
            pod=PodSettings(
                # Not the top-level podSecurityContext (the agent components'): the Sentinel image runs as 5000.
                pod_security_context={"runAsUser": SENTINEL_UID, "fsGroup": SENTINEL_UID, **(spec.pod_security_context or {})},
                container_security_context=spec.container_security_context,
                image_pull_secrets=(agent.image_pull_secret_name or env_contract.IMAGE_PULL_SECRET,),
                node_selector=spec.node_selector,
                affinity=spec.affinity,
                tolerations=tuple(spec.tolerations),
                termination_grace_period_seconds=spec.termination_grace_period_seconds,
            ),
        )
        self.deployment = self.workload
        pod = self.pod_spec
        # Built-ins (a volume of the values with one of these names, or a mount at one of these paths, replaces it).
        pod.add_scratch_dir("tmp", "/tmp")
        pod.add_volume({"name": "sentinel-config", "configMap": {"name": self.config_map_name}},
                       {"mountPath": env_contract.SENTINEL_CONFIG_DIR, "readOnly": True}, builtin=True)
        if source := token_secret(agent):
            pod.add_volume(_secret_volume("agent-token", *source), {"mountPath": env_contract.SENTINEL_TOKEN_DIR, "readOnly": True},
                           builtin=True)
        if not agent.sentinel_auth_secret_file:
            pod.add_volume(_secret_volume("sentinel-auth", env_contract.sentinel_auth_secret_name(agent), env_contract.SENTINEL_AUTH_KEY),
                           {"mountPath": env_contract.SENTINEL_AUTH_DIR, "readOnly": True}, builtin=True)
        add_values_parts(pod, spec)
        self.add_pod_checksum("sentinel-config", self.config_text)
        self.scanner_skips.add("CKV_K8S_38")  # it needs its token for the Kubernetes API
        if (security.pod_security_context(self.pod_settings.pod_security_context).get("runAsUser") or 0) < 10000:
            self.scanner_skips.add("CKV_K8S_40")

        common = dict(namespace=self.namespace, labels=self.labels, annotations=self.annotations)
        self.config_map = KubeObject(
            self, "ConfigMap", api_version="v1", kind="ConfigMap", name=self.config_map_name, **common,
            body=lambda: {"data": {env_contract.SENTINEL_CONFIG_FILE: self.config_text}},
        )
        self.rules = [dict(rule) for rule in SENTINEL_RULES]
        self.role_object, self.role_binding = policies.role_with_binding(
            self, ("Role", "RoleBinding"), name=name, rules=lambda: self.rules,
            service_account=lambda: self.service_account_name, **common,
        )


def _secret_volume(name: str, secret: str, key: str) -> dict[str, Any]:
    # The file is named after the key the chart uses (token, secret), whatever key the Secret keeps it in.
    path = env_contract.SENTINEL_AUTH_KEY if name == "sentinel-auth" else env_contract.AGENT_TOKEN_KEY
    return {"name": name, "secret": {"secretName": secret, "items": [{"key": key, "path": path}]}}
