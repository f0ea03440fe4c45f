"""VaultAgent: a HashiCorp Vault agent that renders secrets into an in-memory volume of any pod.

Corrects the OpenLineage reference's example, whose agent config has no ``exit_after_auth`` (so as
an init container it never exits and the pod never starts) and whose containers read the file with
``valueFrom.fileRef`` (not a Kubernetes field): here the agent renders files, and applications read
files or get a path in an environment variable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from constructs import Construct

from . import deferred
from . import names, security
from .errors import raise_if
from .kube_object import KubeObject
from .pod import PodOwner, PodSpec, pod_of

DEFAULT_IMAGE = "hashicorp/vault:1.13.1"  # the OpenLineage reference's image
SECRETS_DIR = "/vault/secrets"
CONFIG_DIR = "/vault/config"
TOKEN_DIR = "/var/run/secrets/vault"


@dataclass(frozen=True)
class VaultTemplate:
    """One file the agent renders.

    destination: file name inside the secrets folder (``/vault/secrets``), e.g. ``openlineage-api-key``.
    secret_path / key: read ``key`` of the KV v2 secret at ``secret_path`` (e.g. ``secret/data/openlineage/api-key``).
    contents: a full Vault template instead of secret_path/key. Default: None.
    """

    destination: str
    secret_path: str | None = None
    key: str | None = None
    contents: str | None = None

    def render_contents(self) -> str:
        if self.contents is not None:
            return self.contents
        return secret_value_template(self.secret_path or "", self.key or "")


def secret_value_template(secret_path: str, key: str) -> str:
    """The Vault template expression reading ``key`` of a KV v2 secret."""
    return f'{{{{ with secret "{secret_path}" }}}}{{{{ .Data.data.{key} }}}}{{{{ end }}}}'


@dataclass(frozen=True)
class VaultAgentConfig:
    """How the agent reaches Vault and what it renders.

    address: Vault address, e.g. ``https://vault.example.com``.
    role: the Vault Kubernetes auth role.
    templates: the files to render (at least one).
    auth_path: mount path of the Kubernetes auth method. Default: ``auth/kubernetes``.
    mode: ``init`` renders once and exits before the app starts; ``sidecar`` keeps the files
        fresh for rotation. Default: ``init``.
    image: Default: ``hashicorp/vault:1.13.1``.
    audience: audience of the projected service account token. Default: None (the API server's).
    resources: the agent container's resources. Default: 50m/64Mi requested, 200m/128Mi limit.
    """

    address: str
    role: str
    templates: tuple[VaultTemplate, ...]
    auth_path: str = "auth/kubernetes"
    mode: Literal["init", "sidecar"] = "init"
    image: str = DEFAULT_IMAGE
    audience: str | None = None
    resources: dict[str, Any] = field(default_factory=lambda: {
        "limits": {"cpu": "200m", "memory": "128Mi"}, "requests": {"cpu": "50m", "memory": "64Mi"}})

    def problems(self, prefix: str = "") -> list[str]:
        problems = []
        if not self.address.startswith(("https://", "http://")):
            problems.append(f"{prefix}address: {self.address!r} must be a URL such as https://vault.example.com")
        if not self.role:
            problems.append(f"{prefix}role: is required (the Vault Kubernetes auth role)")
        if self.mode not in ("init", "sidecar"):
            problems.append(f"{prefix}mode: {self.mode!r} must be init or sidecar")
        if not self.templates:
            problems.append(f"{prefix}templates: at least one file to render is required")
        seen = set()
        for i, template in enumerate(self.templates):
            where = f"{prefix}templates[{i}]"
            if "/" in template.destination or not template.destination or template.destination.startswith("."):
                problems.append(f"{where}.destination: {template.destination!r} must be a plain file name (it is written to {SECRETS_DIR})")
            if template.destination in seen:
                problems.append(f"{where}.destination: {template.destination!r} is rendered twice")
            seen.add(template.destination)
            if template.contents is None and not (template.secret_path and template.key):
                problems.append(f"{where}: give secret_path and key, or contents")
            if template.key and not template.key.replace("_", "a").isalnum():
                problems.append(f"{where}.key: {template.key!r} must be letters, digits and '_' (a Go template field)")
        return problems

    def agent_hcl(self) -> str:
        """The agent configuration (HCL accepts JSON-quoted strings, which keeps escaping right)."""
        q = json.dumps
        lines = []
        if self.mode == "init":
            lines.append("exit_after_auth = true  # render once, then exit so the pod can start")
        lines += [
            f"vault {{\n  address = {q(self.address)}\n}}",
            "auto_auth {",
            '  method "kubernetes" {',
            f"    mount_path = {q(self.auth_path)}",
            "    config = {",
            f"      role = {q(self.role)}",
            f"      token_path = {q(TOKEN_DIR + '/token')}",
            "    }",
            "  }",
            "}",
        ]
        for template in self.templates:
            lines += [
                "template {",
                f"  destination = {q(SECRETS_DIR + '/' + template.destination)}",
                f"  contents = {q(template.render_contents())}",
                '  perms = "0440"',
                "}",
            ]
        return "\n".join(lines) + "\n"


class VaultAgent(deferred.Construct):
    """The agent's ConfigMap (``agent.hcl``); ``attach(pod)`` adds the agent container to a pod.

    Props:
        name: ConfigMap name.
        namespace: where the ConfigMap lives (the pods' namespace).
        config: ``VaultAgentConfig``.
        labels / annotations: added to the ConfigMap. Default: none.

    Example::

        import cdk8s
        from airflow_cdk8s import KubernetesExecutorPodTemplate, VaultAgent, VaultAgentConfig, VaultTemplate

        chart = cdk8s.Chart(cdk8s.App(), "airflow")
        vault = VaultAgent(chart, "Vault", name="airflow-vault-agent", namespace="airflow", config=VaultAgentConfig(
            address="https://vault.example.com", role="airflow",
            templates=(VaultTemplate(destination="db-password", secret_path="secret/data/airflow/db", key="password"),),
        ))
        task_pod = KubernetesExecutorPodTemplate(chart, "PodTemplate", namespace="airflow",
                                                 image="apache/airflow:3.0.6", service_account_name="airflow")
        vault.attach(task_pod)  # an init container renders /vault/secrets/db-password
        task_pod.add_env("DB_PASSWORD_FILE", vault.file_path("db-password"))
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        config: VaultAgentConfig,
        labels: dict[str, str] | None = None,
        annotations: dict[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        problems = config.problems()
        if error := names.dns1123_subdomain_error(name):
            problems.append(f"name: {error}")
        raise_if(problems, "VaultAgent")
        self.config = config
        self.config_map_name = name
        self.config_map = KubeObject(
            self, "Resource", api_version="v1", kind="ConfigMap", name=name, namespace=namespace,
            labels=labels, annotations=annotations, body=lambda: {"data": {"agent.hcl": self.config.agent_hcl()}},
        )

    def file_path(self, destination: str) -> str:
        """Where the app finds a rendered file."""
        return f"{SECRETS_DIR}/{destination}"

    def container(self) -> dict[str, Any]:
        return {
            "name": "vault-agent",
            "image": self.config.image,
            "args": ["agent", f"-config={CONFIG_DIR}/agent.hcl"],
            "env": [
                {"name": "VAULT_ADDR", "value": self.config.address},
                {"name": "SKIP_SETCAP", "value": "true"},  # the image's entrypoint needs root for setcap
            ],
            "resources": self.config.resources,
            "securityContext": security.container_security_context(),
            "volumeMounts": [
                {"name": "vault-config", "mountPath": CONFIG_DIR, "readOnly": True},
                {"name": "vault-secrets", "mountPath": SECRETS_DIR},
                {"name": "vault-token", "mountPath": TOKEN_DIR, "readOnly": True},
                {"name": "vault-home", "mountPath": "/home/vault"},  # writable $HOME under a read-only root
            ],
        }

    def attach(self, owner: PodOwner | PodSpec) -> dict[str, Any]:
        """Add the agent (init container or sidecar) and its volumes; the app container gets the
        rendered files read-only at ``/vault/secrets``. Returns the container added.

        One agent per pod: a second one on the same pod raises (give the first every template)."""
        pod = pod_of(owner)
        by = f"VaultAgent {self.config_map_name!r}"
        token: dict[str, Any] = {"path": "token", "expirationSeconds": 3600}
        if self.config.audience:
            token["audience"] = self.config.audience
        volumes = [
            ({"name": "vault-config", "configMap": {"name": self.config_map_name}}, None),
            ({"name": "vault-secrets", "emptyDir": {"medium": "Memory"}}, {"mountPath": SECRETS_DIR, "readOnly": True}),
            # Its own short-lived token, so the pod keeps automountServiceAccountToken: false.
            ({"name": "vault-token", "projected": {"sources": [{"serviceAccountToken": token}]}}, None),
            ({"name": "vault-home", "emptyDir": {}}, None),
        ]
        container = self.container()
        pod.check_free(by, containers=[container["name"]], volumes=[v["name"] for v, _ in volumes],
                       hint="one Vault agent per pod: give one VaultAgent every template the pod needs")
        for volume, mount in volumes:
            pod.add_volume(volume, mount, by=by)
        pod.add_pod_checksum("vault-agent-config", self.config.agent_hcl())
        if self.config.mode == "init":
            return pod.add_init_container(container, by=by)
        return pod.add_sidecar(container, by=by)
