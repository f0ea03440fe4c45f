"""The reference app's scenarios: one chart per reference document, built from typed Python."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .airflow_aks import airflow_aks
from .airflow_celery_ingress import airflow_celery_ingress
from .airflow_kubernetes_executor import airflow_kubernetes_executor
from .airflow_official_values import airflow_official_values
from .remote_agent import remote_agent
from .remote_agent_vault import remote_agent_vault

if TYPE_CHECKING:  # constructs is imported after airflow_cdk8s, which lets jsii start Node only when needed
    from constructs import Construct

# chart id (and output file name) -> builder
SCENARIOS: dict[str, Callable[[Construct, str], object]] = {
    "remote-agent": remote_agent,
    "remote-agent-vault": remote_agent_vault,
    "airflow-aks": airflow_aks,
    "airflow-kubernetes-executor": airflow_kubernetes_executor,
    "airflow-celery-ingress": airflow_celery_ingress,
    "airflow-official-values": airflow_official_values,
}
