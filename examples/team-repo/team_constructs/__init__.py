"""Our platform team's extensions of airflow-cdk8s."""

from .gpu_worker import GpuWorker
from .policy import CompanyPolicy

__all__ = ["CompanyPolicy", "GpuWorker"]
