"""The Astro Remote Execution Agent: values model, loader and constructs."""

from .chart import RemoteExecutionAgent
from .component import AgentComponent, AgentContext
from .credentials import PlaintextSecrets
from .dag_processor import AgentDagProcessor
from .loader import load_values_file, load_values_text, validate_values
from .logging_sidecar import LoggingSidecar
from .kpo_rbac import KubernetesPodOperatorAccess
from .monitoring import AgentMonitoring
from .sentinel import Sentinel
from .sentinel_auth import GeneratedSentinelAuthSecret
from .triggerer import AgentTriggerer
from .values import (
    AdapterRulesValues,
    AgentValues,
    DagProcessorValues,
    HpaValues,
    LoggingSidecarValues,
    MetricsValues,
    OpenLineageValues,
    PodMonitorValues,
    PodValues,
    Resources,
    SentinelValues,
    ServiceAccountsValues,
    ServiceAccountValues,
    TriggererValues,
    VaultValues,
    WorkerValues,
)
from .worker import AgentWorker

__all__ = [
    "AdapterRulesValues", "AgentComponent", "AgentContext", "AgentDagProcessor", "AgentMonitoring", "AgentTriggerer", "AgentValues", "AgentWorker", "DagProcessorValues",
    "GeneratedSentinelAuthSecret", "HpaValues", "KubernetesPodOperatorAccess", "LoggingSidecar", "LoggingSidecarValues",
    "MetricsValues", "OpenLineageValues", "PlaintextSecrets", "PodMonitorValues", "PodValues", "RemoteExecutionAgent", "Resources",
    "Sentinel", "SentinelValues", "ServiceAccountValues", "ServiceAccountsValues", "TriggererValues", "VaultValues", "WorkerValues",
    "load_values_file", "load_values_text", "validate_values",
]
