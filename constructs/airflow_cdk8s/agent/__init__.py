"""The Astro Remote Execution Agent: values model, loader and constructs."""

from .chart import RemoteExecutionAgent
from .component import AgentComponent
from .dag_processor import AgentDagProcessor
from .loader import load_values_file, load_values_text, validate_values
from .logging_sidecar import LoggingSidecar
from .sentinel import Sentinel
from .triggerer import AgentTriggerer
from .values import (
    AgentValues,
    DagProcessorValues,
    HpaValues,
    LoggingSidecarValues,
    OpenLineageValues,
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
    "AgentComponent", "AgentDagProcessor", "AgentTriggerer", "AgentValues", "AgentWorker", "DagProcessorValues",
    "HpaValues", "LoggingSidecar", "LoggingSidecarValues", "OpenLineageValues", "RemoteExecutionAgent", "Resources",
    "Sentinel", "SentinelValues", "ServiceAccountValues", "ServiceAccountsValues", "TriggererValues", "VaultValues", "WorkerValues",
    "load_values_file", "load_values_text", "validate_values",
]
