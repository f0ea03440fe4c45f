"""Self-hosted Apache Airflow: the AirflowPlatform chart and its components."""

from .chart import AirflowPlatform
from .component import AirflowComponent, PlatformContext
from .ingress import AirflowIngress, IngressSettings
from .metrics import OpenTelemetryMetrics, StatsdExporter, StatsdExporterDeployment
from .first_admin import FirstAdminJob
from .job import AirflowJob
from .migrations import MigrationsJob
from .postgres import PostgresDatabase
from .redis import RedisBroker
from .settings import (
    AirflowSecrets,
    ComponentSettings,
    EmbeddedPostgres,
    EmbeddedRedis,
    ExternalDatabase,
    ExternalRedis,
    FirstAdmin,
    GoogleOAuth,
    SecretKeyRef,
)

__all__ = [
    "AirflowComponent", "AirflowIngress", "AirflowJob", "AirflowPlatform", "AirflowSecrets", "ComponentSettings", "EmbeddedPostgres",
    "EmbeddedRedis", "ExternalDatabase", "ExternalRedis", "FirstAdmin", "FirstAdminJob", "GoogleOAuth", "IngressSettings", "MigrationsJob",
    "OpenTelemetryMetrics", "PlatformContext", "PostgresDatabase", "RedisBroker", "SecretKeyRef", "StatsdExporter",
    "StatsdExporterDeployment",
]
