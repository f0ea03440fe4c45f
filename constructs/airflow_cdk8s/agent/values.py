"""The Remote Execution Agent's Helm ``values.yaml`` as a typed model (pure Python, no cdk8s).

Field names are the chart's keys in snake_case; the camelCase keys of the values file are the
aliases, so ``AgentValues.model_validate(yaml_dict)`` reads a values file and
``AgentValues(namespace=..., workers=[WorkerValues(name=...)])`` is the Python API.
Defaults are the ones documented in the values reference; where the reference documents none,
the default is ours and says so.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal


from pydantic import (
    AliasChoices,
    BeforeValidator,
    Field,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from .. import names
from ..errors import raise_if

from .pod_values import *  # noqa: F401,F403 - re-exported: the values model is one import
from .pod_values import _COMPONENT_RESOURCES, _Values, _one_spelling  # noqa: F401
from .value_types import *  # noqa: F401,F403
from .value_types import _api_server_problems, _empty, _cached_api_server_problems, _empty_as_unset, _env_scalar, _fragment, _go_float, _metadata_problems, _quantity  # noqa: F401


class LoggingSidecarValues(_Values):
    """A Vector sidecar in worker and triggerer pods that ships task logs; config in ConfigMap ``<name>-cm``."""

    enabled: bool = Field(False, description="Add the sidecar to worker and triggerer Pods")
    name: str = Field("vector-logging-sidecar", description="Name of the sidecar container; its ConfigMap is {name}-cm")
    image: str = Field("timberio/vector:0.45.0-debian", description="Vector image of the sidecar")
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = Field(
        None, description="Image pull policy of the sidecar. Defaults to the top-level imagePullPolicy if not set."
    )
    resources: Resources = Field(  # ours: the chart sets none, and a container without them fails the scanners' checks
        Resources(requests={"cpu": "100m", "memory": "128Mi"}, limits={"cpu": "500m", "memory": "256Mi"}),
        description="Requests and limits of the sidecar container ({} for none, the chart's default)",
    )
    config: str | dict[str, Any] | None = Field(None, description="vector.yaml as text or mapping; default ships logs to stdout")
    env: list[EnvVar] = _empty(list, description="Environment variables of the sidecar (commonEnv does not apply to it)")
    pre_stop_sleep_seconds: int = Field(5, ge=0, description=(
        "Seconds the sidecar sleeps before it stops, so it can flush the last task logs (a preStop hook); 0: none"))
    security_context: SecurityContext | None = Field(None, description=(
        "Security context of the sidecar container, merged over the top-level containerSecurityContext and the restricted defaults"))
    volume_mounts: list[VolumeMount] = _empty(list, description=(
        "Mounts in the sidecar of volumes the worker/triggerer define (e.g. task-logs); one named like ours replaces ours"))

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if error := names.dns1123_label_error(value):
            raise ValueError(error)
        return value


class VaultValues(_Values):
    """Read one value from HashiCorp Vault with a Vault agent in the agent's pods (our extension of the values format)."""

    address: str = Field(description="Vault address, e.g. https://vault.example.com")
    role: str = Field(description="The Vault Kubernetes auth role the component service accounts log in with")
    path: str = Field(description="KV v2 secret path, e.g. secret/data/openlineage/api-key")
    key: str = Field("key", description="Key of the secret's data that holds the value")
    auth_path: str = Field("auth/kubernetes", description="Mount path of Vault's Kubernetes auth method")
    mode: Literal["init", "sidecar"] = Field("init", description=(
        "init renders the value once, before the containers start; sidecar keeps it fresh for rotation"))
    image: str = Field("hashicorp/vault:1.13.1", description="Image of the Vault agent container")

    @model_validator(mode="after")
    def _check(self) -> "VaultValues":
        problems = []
        if not self.address.startswith(("https://", "http://")):
            problems.append(("address", f"{self.address!r} must be a URL such as https://vault.example.com"))
        if not self.role:
            problems.append(("role", "is required (the Vault Kubernetes auth role)"))
        if not self.path or self.path.startswith("/"):
            problems.append(("path", f"{self.path!r} must be a KV v2 secret path such as secret/data/openlineage/api-key"))
        if not self.key.replace("_", "a").isalnum():
            problems.append(("key", f"{self.key!r} must be letters, digits and '_'"))
        raise_if(problems)
        return self

    def connection(self) -> tuple:
        """What two Vault blocks must share to be served by one agent."""
        return (self.address, self.role, self.auth_path, self.mode, self.image)


class OpenLineageValues(_Values):
    """OpenLineage: the key as a pre-created Secret (``apiKeySecret``, key ``api-key``), from Vault
    (``vault``), or, with the plaintext opt-in, ``apiKey``."""

    enabled: bool = Field(False, description=(
        "Enable OpenLineage integration (needed by Astro Observe and Alerts); when false, OPENLINEAGE_DISABLED=true"))
    url: OptionalText = Field(None, description=(
        "Astro OpenLineage URL endpoint (OPENLINEAGE_URL), pre-filled in the values.yaml from the Astro UI"))
    namespace: str | None = Field(None, description=(
        "Astro Deployment's namespace (OPENLINEAGE_NAMESPACE), pre-filled in the values.yaml from the Astro UI"))
    api_key: OptionalSecret = Field(None, description=(
        "OpenLineage API key in plain text; the chart creates Secret openlineage-api-key-secret (needs the plaintext opt-in)"))
    api_key_secret: OptionalText = Field(None, description=(
        "Name of a pre-created Secret whose key api-key holds the OpenLineage API key (OPENLINEAGE_API_KEY)"))
    vault: VaultValues | None = Field(None, description=(
        "Read the API key from Vault: a Vault agent renders an OpenLineage client config (OPENLINEAGE_CONFIG)"))
    endpoint: OptionalText = Field(None, description=(
        "Path appended to url, carrying the deployment's ids as query parameters (OPENLINEAGE_ENDPOINT)"))
    facets_environment_variables: list[str] = _empty(list, description=(
        "Names of environment variables whose values OpenLineage events carry in a facet "
        "(OPENLINEAGE__FACETS__ENVIRONMENT_VARIABLES)"))

    @model_validator(mode="after")
    def _check(self) -> "OpenLineageValues":
        problems = []
        if self.enabled:
            for field in ("url", "namespace"):
                if not getattr(self, field):
                    problems.append((field, "is required when OpenLineage is enabled (it is pre-filled in the values.yaml the Astro UI generates)"))
            methods = [k for k, v in (("apiKey", self.api_key), ("apiKeySecret", self.api_key_secret), ("vault", self.vault)) if v]
            if len(methods) > 1:
                problems.append((methods[1], f"set one of apiKey, apiKeySecret, vault (found {', '.join(methods)})"))
        if self.api_key_secret and (error := names.dns1123_subdomain_error(self.api_key_secret)):
            problems.append(("apiKeySecret", error))
        if self.endpoint and not self.endpoint.startswith("/"):
            problems.append(("endpoint", f"{self.endpoint!r} must be a path starting with / (it is appended to url)"))
        for i, var in enumerate(self.facets_environment_variables):
            if not var or not var.replace("_", "a").isalnum() or var[0].isdigit():
                problems.append((f"facetsEnvironmentVariables[{i}]", f"{var!r} is not an environment variable name"))
        raise_if(problems)
        return self


class ServiceAccountsValues(_Values):
    """The top-level ``serviceAccount`` block of generated values files."""

    annotations: dict[str, str] = _empty(dict, description=(
        "Annotations on every service account of the agent, e.g. an IAM role (IRSA) or a workload identity"))
    workers: ServiceAccountValues = Field(ServiceAccountValues(), description=(
        "Defaults for every worker's service account (a worker's own keys win); a name set here makes the workers share one"))
    dag_processor: ServiceAccountValues = Field(ServiceAccountValues(), description=(
        "The DAG processor's service account (default name {resourceNamePrefix}-dag-processor)"))
    triggerer: ServiceAccountValues = Field(ServiceAccountValues(), description=(
        "The triggerer's service account (default name {resourceNamePrefix}-triggerer)"))
    sentinel: ServiceAccountValues = Field(ServiceAccountValues(), description=(
        "Sentinel's service account (default name {resourceNamePrefix}-sentinel), bound to a Role that watches the agent's Pods"))


class PodMonitorValues(_Values):
    """A Prometheus Operator ``PodMonitor`` (``{resourceNamePrefix}-metrics``) scraping the agent's workers, triggerer
    and DAG processor (our extension of the values format)."""

    enabled: bool | None = Field(None, description=(
        "Emit the PodMonitor (needs the Prometheus Operator CRDs); default: on when any worker's HPA uses hpa.metric"))
    labels: dict[str, str] = _empty(dict, description=(
        "Labels on the PodMonitor, e.g. release: kube-prometheus-stack, so that your Prometheus selects it"))
    interval: str = Field("30s", pattern=r"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$",
                          description="How often Prometheus scrapes each pod (a Prometheus duration such as 30s or 1m)")

    @model_validator(mode="after")
    def _check(self) -> "PodMonitorValues":
        raise_if(_metadata_problems("labels", self.labels, label_values=True))
        return self


class AdapterRulesValues(_Values):
    """The Prometheus Adapter rule that serves the HPA's metric, as a ConfigMap for your adapter to include."""

    enabled: bool | None = Field(None, description=(
        "Emit ConfigMap {resourceNamePrefix}-prometheus-adapter-rules (key config.yaml); default: on when any worker's "
        "HPA uses hpa.metric. `airflow-cdk8s adapter-rules -f FILE` prints the rule for the adapter's Helm values"))
    namespace: str | None = Field(None, description=(
        "Namespace of that ConfigMap, e.g. the Prometheus Adapter's own; default: the agent's namespace"))

    @model_validator(mode="after")
    def _check(self) -> "AdapterRulesValues":
        if self.namespace is not None and (error := names.dns1123_label_error(self.namespace)):
            raise_if([("namespace", error)])
        return self


class MetricsValues(_Values):
    """How Prometheus scrapes the agent and how the HPA's custom metric gets served (our extension of the values
    format). The agent does not publish its metrics port and path: the defaults are inferred (agent/env_contract.py)."""

    port: int | None = Field(None, ge=1, le=65535, description=(
        "Container port of the agent's Prometheus metrics; default: 39091, the health port (inferred: not published)"))
    path: str | None = Field(None, pattern=r"^/", description=(
        "HTTP path of the agent's Prometheus metrics; default: /metrics (inferred: not published)"))
    pod_monitor: PodMonitorValues = Field(PodMonitorValues(), description="The Prometheus Operator PodMonitor")
    adapter_rules: AdapterRulesValues = Field(AdapterRulesValues(), description=(
        "The Prometheus Adapter rule turning astro_agent_client_queue_stats into astro_agent_client_queued_or_running_tasks"))
    network_policy_from: list[NetworkPolicyPeer] = Field([{"namespaceSelector": {}}], description=(
        "Who may reach the metrics port through the agent's NetworkPolicy (NetworkPolicy peers); default: pods of "
        "every namespace. Narrow it to your Prometheus, e.g. [{namespaceSelector: {matchLabels: "
        "{kubernetes.io/metadata.name: monitoring}}}]"))


# The chart's comments: with none of the token keys, the user sets one of these on the agent containers.
INJECTED_TOKEN_VARS = ("ASTRO_AGENT_CLIENT_API_TOKEN", "ASTRO_AGENT_CLIENT_API_TOKEN_FILE")


def _file_or_secret(var: dict[str, Any]) -> bool:
    """Whether Sentinel can read this injected token variable as a file: a path, or a Secret key to mount."""
    if var["name"].endswith("_FILE"):
        return isinstance(var.get("value"), str) and var["value"].startswith("/")
    return "secretKeyRef" in (var.get("valueFrom") or {})


class AgentValues(_Values):
    """The whole values file of the Remote Execution Agent chart."""

    # Agent authentication: exactly one.
    agent_token: OptionalSecret = Field(None, description=(
        "Agent token from the Astro UI in plain text; the chart creates Secret agent-token-secret (needs the plaintext opt-in)"))
    agent_token_secret_name: OptionalText = Field(None, description=(
        "Name of an existing Secret holding the agent token in key token (ASTRO_AGENT_CLIENT_API_TOKEN)"))
    agent_token_file: OptionalText = Field(None, description=(
        "Path to a file containing the agent token, read by the agent at runtime (ASTRO_AGENT_CLIENT_API_TOKEN_FILE)"))
    agent_token_vault: VaultValues | None = Field(None, description=(
        "Read the agent token from Vault: a Vault agent renders it to /vault/secrets/agent-token"))
    # Sentinel's Bearer secret on the agents' client API: at most one; none: generated in the cluster.
    sentinel_auth_secret: OptionalSecret = Field(None, description=(
        "Sentinel's shared Bearer secret in plain text; becomes Secret sentinel-auth-secret (needs the plaintext opt-in)"))
    sentinel_auth_secret_name: OptionalText = Field(None, description=(
        "Name of an existing Secret whose key secret holds Sentinel's shared Bearer secret"))
    sentinel_auth_secret_file: OptionalText = Field(None, description=(
        "Path of a file holding Sentinel's shared Bearer secret, mounted into the agent and Sentinel containers by you "
        "(e.g. a Vault agent); default with none of the three: an External Secrets Password generator creates it in the cluster"))
    # Registry access: exactly one.
    image_pull_secret_name: OptionalText = Field(None, description=(
        "Name of an existing Kubernetes Secret with Docker credentials for pulling the images"))
    image_pull_secret_data: OptionalSecret = Field(None, description=(
        "Docker config JSON as a string; the chart creates Secret image-pull-secret (needs the plaintext opt-in)"))

    namespace: str = Field(description="Kubernetes namespace where the agent is deployed")
    create_namespace: bool = Field(True, description=(
        "Create the namespace; set false when it must exist first, e.g. holding the agentTokenSecretName Secret"))
    resource_name_prefix: str = Field("astro-agent", description=(
        "Name prefix for all Kubernetes resources (Deployments, ConfigMaps, Secrets) created by the chart"))
    image: Annotated[str, BeforeValidator(lambda v: DEFAULT_AGENT_IMAGE if v in (None, "") else v)] = Field(
        DEFAULT_AGENT_IMAGE, description=(
            "Remote Execution Agent image of every component that does not set its own (default: the agent 1.6.0 image "
            "the chart-2.0 values file pins)"))
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] = Field(
        "IfNotPresent", description="Image pull policy of every container that does not set its own"
    )
    astro_deployment_api_url: OptionalText = Field(None, alias="astroDeploymentAPIURL", description=(
        "API URL of the Astro Deployment, as the Astro UI generates it (AIRFLOW__CORE__EXECUTION_API_SERVER_URL)"))
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] | None = Field(None, description=(
        "Airflow logging level of the components (AIRFLOW__LOGGING__LOGGING_LEVEL); default: Airflow's"))

    secret_backend: str = Field(description=(
        "Airflow secrets backend class for connections and variables (AIRFLOW__SECRETS__BACKEND); one of five supported"))
    xcom_backend: str = Field(DEFAULT_XCOM_BACKEND, description=(
        "Airflow XCom backend class for passing data between tasks (AIRFLOW__CORE__XCOM_BACKEND)"))
    state_store_backend: OptionalText = Field(None, description=(
        "Airflow 3.3+ worker-side state store backend class (AIRFLOW__WORKERS__STATE_STORE_BACKEND), e.g. "
        "airflow.providers.common.io.state_store.backend.StateStoreObjectStorageBackend; default: not set (runtimes before 3.3 have none)"))
    dag_bundle_config_list: Annotated[str, WithJsonSchema({
        "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "object"}}],
    })] = Field(description=(
        "JSON list of DAG bundles ({name, classpath, kwargs}) defining how agents access dag code "
        "(AIRFLOW__DAG_PROCESSOR__DAG_BUNDLE_CONFIG_LIST); a YAML list is accepted too"))
    common_env: list[EnvVar] = _empty(list, description=(
        "Environment variables of every agent component, e.g. secrets backend kwargs or the XCom storage path"))

    workers: list[WorkerValues] = Field([WorkerValues()], description="Worker Deployments, one per entry")
    triggerer: TriggererValues = Field(TriggererValues(), description="The triggerer, which runs deferred tasks asynchronously")
    dag_processor: DagProcessorValues = Field(DagProcessorValues(), description="The DAG processor, which parses the dags")
    logging_sidecar: LoggingSidecarValues = Field(LoggingSidecarValues(), description=(
        "Optional sidecar for exporting task logs to external platforms or viewing them before task completion"))
    open_lineage: OpenLineageValues = Field(
        OpenLineageValues(), validation_alias=AliasChoices("openLineage", "openlineage", "open_lineage"),
        description="Optional configuration for data lineage collection, needed by Astro Observe",
    )
    sentinel: SentinelValues = Field(SentinelValues(), description=(
        "Monitoring service for agent health reporting (agent version 1.2.0+)"))
    metrics: MetricsValues = Field(MetricsValues(), description=(
        "Prometheus scraping of the agent and the Prometheus Adapter rule its HPA metric needs (our extension)"))

    pod_security_context: PodSecurityContext | None = Field(None, description=(
        "Pod security context of every component, merged key by key over the restricted defaults (UID 50000, non-root)"))
    container_security_context: SecurityContext | None = Field(None, description=(
        "Security context of every container, merged key by key over the restricted defaults"))
    service_account: ServiceAccountsValues = Field(ServiceAccountsValues(), description=(
        "The components' service accounts and annotations shared by all of them"))
    annotations: dict[str, str] = _empty(dict, description="Kubernetes annotations on every object and Pod the chart creates")
    labels: dict[str, str] = _empty(dict, description="Kubernetes labels on every object and Pod the chart creates")

    @model_validator(mode="before")
    @classmethod
    def _spellings(cls, data: Any) -> Any:
        return _one_spelling(data, ("openLineage", "openlineage"))

    def injected_token(self) -> dict[str, Any] | None:
        """With none of the token keys, the agent token variable the values inject themselves (commonEnv), as
        the chart allows (e.g. a Vault agent writes the file); None if there is none."""
        return next((var for var in self.common_env if var["name"] in INJECTED_TOKEN_VARS), None)

    @field_validator("secret_backend")
    @classmethod
    def _secret_backend(cls, value: str) -> str:
        if value not in SUPPORTED_SECRET_BACKENDS:
            raise ValueError(f"{value!r} is not supported; use one of: " + ", ".join(SUPPORTED_SECRET_BACKENDS))
        return value

    @field_validator("dag_bundle_config_list", mode="before")
    @classmethod
    def _bundles(cls, value: Any) -> str:
        # A YAML list is accepted too and written out as the JSON string Airflow reads.
        text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, separators=(",", ":"))
        try:
            bundles = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"is not valid JSON ({error.msg} at character {error.pos})") from None
        if not isinstance(bundles, list) or not bundles:
            raise ValueError('must be a JSON list of bundles, e.g. [{"name": "dags", "classpath": "...", "kwargs": {}}]')
        problems = []
        for i, bundle in enumerate(bundles):
            if not isinstance(bundle, dict):
                problems.append((f"[{i}]", "must be an object with name, classpath and kwargs"))
                continue
            for key in ("name", "classpath"):
                if not isinstance(bundle.get(key), str) or not bundle[key]:
                    problems.append((f"[{i}].{key}", "is required (a non-empty string)"))
            if "kwargs" in bundle and not isinstance(bundle["kwargs"], dict):
                problems.append((f"[{i}].kwargs", "must be an object"))
            for key in sorted(set(bundle) - {"name", "classpath", "kwargs"}):
                problems.append((f"[{i}].{key}", "unknown bundle key (expected name, classpath, kwargs)"))
        raise_if(problems)
        return text

    @model_validator(mode="after")
    def _check(self) -> "AgentValues":
        problems: list[tuple[str, str]] = []
        token = [k for k, v in (("agentToken", self.agent_token), ("agentTokenSecretName", self.agent_token_secret_name),
                                ("agentTokenFile", self.agent_token_file), ("agentTokenVault", self.agent_token_vault)) if v]
        if len(token) > 1:
            problems.append(("agentTokenSecretName", f"set only one of agentToken, agentTokenSecretName, agentTokenFile, agentTokenVault (found {', '.join(token)})"))
        elif not token and (injected := self.injected_token()) is None:
            problems.append(("agentTokenSecretName", "set one of agentToken, agentTokenSecretName, agentTokenFile, agentTokenVault, or "
                             "inject ASTRO_AGENT_CLIENT_API_TOKEN / ASTRO_AGENT_CLIENT_API_TOKEN_FILE yourself in commonEnv (found none)"))
        elif not token and self.sentinel.enabled and self.sentinel.config is None and not _file_or_secret(injected):
            problems.append((f"commonEnv[{self.common_env.index(injected)}]", (
                f"Sentinel reads the agent token from a file: inject {injected['name']} as a path (ASTRO_AGENT_CLIENT_API_TOKEN_FILE) "
                "or from a Secret (valueFrom.secretKeyRef), or give Sentinel its whole sentinel.config")))
        lineage_vault = self.open_lineage.vault if self.open_lineage.enabled else None
        if lineage_vault and self.agent_token_vault and lineage_vault.connection() != self.agent_token_vault.connection():
            problems.append(("openLineage.vault", "must use the same address, role, authPath, mode and image as agentTokenVault (one Vault agent serves both)"))
        auth = [k for k, v in (("sentinelAuthSecret", self.sentinel_auth_secret), ("sentinelAuthSecretName", self.sentinel_auth_secret_name),
                               ("sentinelAuthSecretFile", self.sentinel_auth_secret_file)) if v]
        if len(auth) > 1:
            problems.append((auth[1], f"set at most one of sentinelAuthSecret, sentinelAuthSecretName, sentinelAuthSecretFile (found {', '.join(auth)})"))
        if self.sentinel_auth_secret_file and not self.sentinel_auth_secret_file.startswith("/"):
            problems.append(("sentinelAuthSecretFile", f"{self.sentinel_auth_secret_file!r} must be an absolute path"))
        if self.sentinel.enabled and self.sentinel.config is None and not self.astro_deployment_api_url:
            problems.append(("astroDeploymentAPIURL", "is required by Sentinel (its sentinel.yaml api_server.base_url); set it "
                             "as the Astro UI generates it, or disable Sentinel (sentinel.enabled: false)"))
        pull = [k for k, v in (("imagePullSecretName", self.image_pull_secret_name), ("imagePullSecretData", self.image_pull_secret_data)) if v]
        if len(pull) != 1:
            problems.append(("imagePullSecretName", f"set exactly one of imagePullSecretName, imagePullSecretData (found {', '.join(pull) or 'none'})"))
        for field, value in (("namespace", self.namespace), ("resourceNamePrefix", self.resource_name_prefix)):
            if error := names.dns1123_label_error(value):
                problems.append((field, error))
        for field, value in (("agentTokenSecretName", self.agent_token_secret_name), ("imagePullSecretName", self.image_pull_secret_name),
                             ("sentinelAuthSecretName", self.sentinel_auth_secret_name)):
            if value and (error := names.dns1123_subdomain_error(value)):
                problems.append((field, error))
        if not self.workers:
            problems.append(("workers", "must list at least one worker"))
        seen: dict[str, int] = {}
        for i, worker in enumerate(self.workers):
            if worker.name in seen:
                problems.append((f"workers[{i}].name", f"{worker.name!r} is also the name of workers[{seen[worker.name]}]"))
            seen.setdefault(worker.name, i)
            # Longest generated name: "<prefix>-worker-{name}" must stay a DNS-1123 label (Deployment pods).
            if len(f"{self.resource_name_prefix}-worker-{worker.name}") > 63:
                problems.append((f"workers[{i}].name", f"'{self.resource_name_prefix}-worker-{worker.name}' is longer than 63 characters; shorten the name or resourceNamePrefix"))
        problems += _metadata_problems("labels", self.labels, label_values=True)
        problems += _metadata_problems("annotations", self.annotations, label_values=False)
        problems += [(f"serviceAccount.{p}", m) for p, m in _metadata_problems("annotations", self.service_account.annotations, label_values=False)]
        raise_if(problems)
        return self
