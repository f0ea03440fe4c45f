"""airflow-cdk8s: typed cdk8s constructs for Apache Airflow on Kubernetes.

The package re-exports every public construct and prop type; each lives in a module named after
its concept (``gitsync``, ``vault``, ``external_secrets``, ``agent/worker`` ...). Names load on first
use (PEP 562), so ``import airflow_cdk8s.checks`` or ``--check`` does not start cdk8s's Node runtime.
"""

from __future__ import annotations

import importlib
import os as _os
from typing import TYPE_CHECKING, Any

from .version import __version__ as __version__

# jsii prints a large end-of-life banner for Node 20 on every run; the value names the silenced major.
_os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from . import node_runtime as _node_runtime  # noqa: E402

_node_runtime.defer_start_on_first_library()  # before cdk8s is imported: Node starts only if something needs it

_AGENT = (
    "AdapterRulesValues", "AgentComponent", "AgentContext", "AgentDagProcessor", "AgentMonitoring", "AgentTriggerer", "AgentValues", "AgentWorker", "DagProcessorValues",
    "GeneratedSentinelAuthSecret", "HpaValues", "KubernetesPodOperatorAccess", "LoggingSidecar", "LoggingSidecarValues",
    "MetricsValues", "OpenLineageValues", "PlaintextSecrets", "PodMonitorValues", "PodValues",
    "RemoteExecutionAgent", "Resources", "Sentinel", "SentinelValues", "ServiceAccountValues", "ServiceAccountsValues", "TriggererValues", "VaultValues",
    "WorkerValues", "load_values_file", "load_values_text", "validate_values",
)
_PLATFORM = (
    "AirflowComponent", "AirflowIngress", "AirflowJob", "AirflowPlatform", "AirflowSecrets", "ComponentSettings", "EmbeddedPostgres",
    "EmbeddedRedis", "ExternalDatabase", "ExternalRedis", "FirstAdmin", "FirstAdminJob", "GoogleOAuth", "IngressSettings", "MigrationsJob",
    "OpenTelemetryMetrics", "PlatformContext", "PostgresDatabase", "RedisBroker", "SecretKeyRef", "StatsdExporter",
    "StatsdExporterDeployment",
)
# public name -> module that defines it (tests/test_exports.py checks that every public construct and prop type is here)
_EXPORTS: dict[str, str] = {
    **{name: ".agent" for name in _AGENT},
    **{name: ".platform" for name in _PLATFORM},
    **{name: ".component" for name in ("AppContext", "Component", "MainContainer")},
    **{name: ".cert_manager" for name in ("Certificate", "IssuerRef", "LetsEncryptClusterIssuer", "LetsEncryptIssuer", "ingress_annotations")},
    "ValuesError": ".errors",
    **{name: ".external_secrets" for name in ("Extract", "ExternalSecret", "Find", "SecretData", "SecretTemplate")},
    **{name: ".secret_stores" for name in (
        "AwsSecretsManagerProvider", "AzureKeyVaultProvider", "ClusterSecretStore", "GcpSecretManagerProvider",
        "SecretStore", "StoreRef", "VaultProvider")},
    "GitSync": ".gitsync", "KnownHostsConfigMap": ".gitsync", "RemoteLogging": ".remote_logging",
    **{name: ".identity" for name in ("AwsIrsa", "AzureWorkloadIdentity", "GcpWorkloadIdentity", "WorkloadIdentity")},
    "KubeObject": ".kube_object",
    **{name: ".deferred" for name in ("App", "Chart", "Construct")},
    **{name: ".logs" for name in (
        "AzureBlobLogsVolume", "CsiLogsVolume", "LogsClaim", "PerReplicaLogs", "mount_logs_claim",
        "mount_logs_volume", "worker_logs_claim_template")},
    **{name: ".pod" for name in ("PodOwner", "PodSettings", "PodSpec")},
    "KubernetesExecutorPodTemplate": ".pod_template",
    "AirflowVariablesSync": ".variables",
    **{name: ".vault" for name in ("VaultAgent", "VaultAgentConfig", "VaultTemplate")},
    "Workload": ".workload",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'airflow_cdk8s' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name], __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # for type checkers and editors: the same names, imported eagerly
    from .agent import *  # noqa: F401,F403
    from .platform import *  # noqa: F401,F403
    from .variables import AirflowVariablesSync  # noqa: F401
    from .component import AppContext, Component, MainContainer  # noqa: F401
    from .cert_manager import Certificate, IssuerRef, LetsEncryptClusterIssuer, LetsEncryptIssuer, ingress_annotations  # noqa: F401
    from .errors import ValuesError  # noqa: F401
    from .external_secrets import Extract, ExternalSecret, Find, SecretData, SecretTemplate  # noqa: F401
    from .secret_stores import (  # noqa: F401
        AwsSecretsManagerProvider, AzureKeyVaultProvider, ClusterSecretStore, GcpSecretManagerProvider, SecretStore,
        StoreRef, VaultProvider,
    )
    from .gitsync import GitSync, KnownHostsConfigMap  # noqa: F401
    from .identity import AwsIrsa, AzureWorkloadIdentity, GcpWorkloadIdentity, WorkloadIdentity  # noqa: F401
    from .kube_object import KubeObject  # noqa: F401
    from .logs import (  # noqa: F401
        AzureBlobLogsVolume, CsiLogsVolume, LogsClaim, PerReplicaLogs, mount_logs_claim, mount_logs_volume,
        worker_logs_claim_template,
    )
    from .pod import PodOwner, PodSettings, PodSpec  # noqa: F401
    from .remote_logging import RemoteLogging  # noqa: F401
    from .pod_template import KubernetesExecutorPodTemplate  # noqa: F401
    from .vault import VaultAgent, VaultAgentConfig, VaultTemplate  # noqa: F401
    from .workload import Workload  # noqa: F401
