"""The environment every Airflow container of a platform shares: executor, database, broker, keys, URLs.

Airflow reads each setting from ``AIRFLOW__<SECTION>__<KEY>``; secrets arrive only as Secret
references (``valueFrom.secretKeyRef``), never as values.
"""

from __future__ import annotations

from typing import Any, Sequence

from .. import metadata
from .ingress import IngressSettings
from .metrics import OpenTelemetryMetrics, StatsdExporter, metrics_env
from .settings import AirflowSecrets, GoogleOAuth, SecretKeyRef

FAB_AUTH_MANAGER = "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager"


def default_secrets(secrets: AirflowSecrets, platform_name: str) -> AirflowSecrets:
    """``secrets`` with each unset key taken from the Secret ``<platform>-secrets``."""
    secret = f"{platform_name}-secrets"
    return AirflowSecrets(
        fernet_key=secrets.fernet_key or SecretKeyRef(secret, "fernet-key"),
        api_secret_key=secrets.api_secret_key or SecretKeyRef(secret, "api-secret-key"),
        jwt_secret=secrets.jwt_secret or SecretKeyRef(secret, "jwt-secret"),
    )


def airflow_env(
    *,
    name: str,
    namespace: str,
    executor: str,
    airflow_version: int,
    database_env: Sequence[dict[str, Any]],
    broker_env: Sequence[dict[str, Any]],
    secrets: AirflowSecrets,
    execution_api_url: str,
    google_oauth: GoogleOAuth | None,
    ingress: IngressSettings | None,
    metrics: StatsdExporter | OpenTelemetryMetrics | None,
    env: Sequence[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The shared environment, in a fixed order; ``env`` (the user's) replaces a variable of the same name in place."""
    shared = [
        {"name": "AIRFLOW__CORE__EXECUTOR", "value": executor},
        {"name": "AIRFLOW__CORE__LOAD_EXAMPLES", "value": "False"},
        *database_env,
        *broker_env,
        secrets.fernet_key.env("AIRFLOW__CORE__FERNET_KEY"),
    ]
    if airflow_version == 3:
        shared += [
            secrets.api_secret_key.env("AIRFLOW__API__SECRET_KEY"),
            secrets.jwt_secret.env("AIRFLOW__API_AUTH__JWT_SECRET"),
            {"name": "AIRFLOW__CORE__EXECUTION_API_SERVER_URL", "value": execution_api_url},
        ]
    else:
        shared += [
            secrets.api_secret_key.env("AIRFLOW__WEBSERVER__SECRET_KEY"),
            {"name": "AIRFLOW__SCHEDULER__STANDALONE_DAG_PROCESSOR", "value": "True"},
        ]
    # Explicit: without it Airflow 3 falls back to the development-only SimpleAuthManager, which writes
    # a passwords file into AIRFLOW_HOME (read-only here) and lets every API server worker die.
    shared.append({"name": "AIRFLOW__CORE__AUTH_MANAGER", "value": FAB_AUTH_MANAGER})
    if ingress:
        shared.append({"name": "AIRFLOW__API__BASE_URL" if airflow_version == 3 else "AIRFLOW__WEBSERVER__BASE_URL",
                       "value": f"https://{ingress.host}{ingress.path.rstrip('/')}"})
    shared += metrics_env(metrics, name, namespace)
    return metadata.merge_env(shared, list(env))
