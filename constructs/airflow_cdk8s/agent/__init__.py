"""The Astro Remote Execution Agent: values model, loader and constructs."""

from .chart import RemoteExecutionAgent
from .component import AgentComponent, AgentContext
from .dag_processor import AgentDagProcessor
from .loader import load_values_file, load_values_text, validate_values
from .logging_sidecar import LoggingSidecar
from .monitoring import AgentMonitoring
from .sentinel import Sentinel
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
    "HpaValues", "LoggingSidecar", "LoggingSidecarValues", "MetricsValues", "OpenLineageValues", "PodMonitorValues", "RemoteExecutionAgent", "Resources",
    "Sentinel", "SentinelValues", "ServiceAccountValues", "ServiceAccountsValues", "TriggererValues", "VaultValues", "WorkerValues",
    "load_values_file", "load_values_text", "validate_values",
]
