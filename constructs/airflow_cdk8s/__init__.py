"""airflow-cdk8s: typed cdk8s constructs for Apache Airflow on Kubernetes.

The package re-exports every public construct and prop type; each lives in a module named after
its concept (``gitsync``, ``vault``, ``external_secrets``, ``agent/worker`` ...).
"""

import os as _os

# jsii prints a large end-of-life banner for Node 20 on every run; the value names the silenced major.
_os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from .agent import *  # noqa: E402,F401,F403 - the agent's public names
from .agent import __all__ as _agent_all  # noqa: E402
from .cert_manager import Certificate, IssuerRef, LetsEncryptClusterIssuer, LetsEncryptIssuer, ingress_annotations  # noqa: E402
from .errors import ValuesError  # noqa: E402
from .external_secrets import (  # noqa: E402
    AwsSecretsManagerProvider,
    AzureKeyVaultProvider,
    ClusterSecretStore,
    Extract,
    ExternalSecret,
    Find,
    GcpSecretManagerProvider,
    SecretData,
    SecretStore,
    SecretTemplate,
    StoreRef,
    VaultProvider,
)
from .gitsync import GitSync, KnownHostsConfigMap  # noqa: E402
from .identity import AwsIrsa, AzureWorkloadIdentity, GcpWorkloadIdentity, WorkloadIdentity  # noqa: E402
from .kube_object import KubeObject  # noqa: E402
from .logs import (  # noqa: E402
    AzureBlobLogsVolume,
    CsiLogsVolume,
    LogsClaim,
    PerReplicaLogs,
    RemoteLogging,
    mount_logs_claim,
    mount_logs_volume,
    worker_logs_claim_template,
)
from .pod import PodParts  # noqa: E402
from .pod_template import KubernetesExecutorPodTemplate  # noqa: E402
from .vault import VaultAgent, VaultAgentConfig, VaultTemplate  # noqa: E402
from .version import __version__  # noqa: E402
from .workload import PodSettings, Workload  # noqa: E402

__all__ = [
    *_agent_all,
    "AwsIrsa", "AwsSecretsManagerProvider", "AzureBlobLogsVolume", "AzureKeyVaultProvider", "AzureWorkloadIdentity",
    "Certificate", "ClusterSecretStore", "CsiLogsVolume", "Extract", "ExternalSecret", "Find", "GcpSecretManagerProvider",
    "GcpWorkloadIdentity", "GitSync", "IssuerRef", "KnownHostsConfigMap", "KubeObject", "KubernetesExecutorPodTemplate",
    "LetsEncryptClusterIssuer", "LetsEncryptIssuer", "LogsClaim", "PerReplicaLogs", "PodParts", "PodSettings",
    "RemoteLogging", "SecretData", "SecretStore", "SecretTemplate", "StoreRef", "ValuesError", "VaultAgent",
    "VaultAgentConfig", "VaultProvider", "VaultTemplate", "Workload", "WorkloadIdentity", "__version__",
    "ingress_annotations", "mount_logs_claim", "mount_logs_volume", "worker_logs_claim_template",
]
