"""Typed settings of a self-hosted Airflow: where its secrets, database and broker come from.

Nothing here holds a secret value: every credential is a reference to a Secret key, which you create
out of band, with External Secrets (``external_secrets.py``), or with a Vault agent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import names
from ..errors import ValuesError


@dataclass(frozen=True)
class SecretKeyRef:
    """A key of an existing Secret (the value never appears in the output)."""

    name: str
    key: str

    def __post_init__(self) -> None:
        if error := names.dns1123_subdomain_error(self.name):
            raise ValuesError([f"name: {error}"], "SecretKeyRef")
        if not self.key or not all(c.isalnum() or c in "-._" for c in self.key):
            raise ValuesError([f"key: {self.key!r} must be letters, digits, '-', '_' or '.'"], "SecretKeyRef")

    def env(self, variable: str) -> dict[str, Any]:
        return {"name": variable, "valueFrom": {"secretKeyRef": {"name": self.name, "key": self.key}}}


@dataclass(frozen=True)
class ExternalDatabase:
    """The production path: the metadata database's SQLAlchemy URL in a Secret key."""

    connection: SecretKeyRef


@dataclass(frozen=True)
class EmbeddedPostgres:
    """For development: a single PostgreSQL StatefulSet in the namespace.

    password: the ``airflow`` user's password (create it: ``kubectl create secret generic
        airflow-postgres --from-literal=password=$(openssl rand -hex 24)``).
        Default: key ``password`` of Secret ``<platform name>-postgres``, set by the chart.
    storage: size of its data volume. Default: ``8Gi``.
    storage_class_name: Default: the cluster's default class.
    image: Default: ``postgres:16.4``.
    """

    password: SecretKeyRef | None = None
    storage: str = "8Gi"
    storage_class_name: str | None = None
    image: str = "postgres:16.4"

    def __post_init__(self) -> None:
        if error := names.quantity_error(self.storage):
            raise ValuesError([f"storage: {error}"], "EmbeddedPostgres")


@dataclass(frozen=True)
class ExternalRedis:
    """The production path for the Celery broker: its URL (``redis://:password@host:6379/0``) in a Secret key."""

    url: SecretKeyRef


@dataclass(frozen=True)
class EmbeddedRedis:
    """For development: a Redis Deployment as the Celery broker.

    password: Default: key ``password`` of Secret ``<platform name>-redis``, set by the chart.
    image: Default: ``redis:7.4``.
    """

    password: SecretKeyRef | None = None
    image: str = "redis:7.4"


@dataclass(frozen=True)
class AirflowSecrets:
    """The keys Airflow signs and encrypts with; all from Secrets.

    fernet_key: ``[core] fernet_key``. api_secret_key: ``[api] secret_key`` (Airflow 3) or
    ``[webserver] secret_key`` (Airflow 2). jwt_secret: ``[api_auth] jwt_secret`` (Airflow 3).
    Default for each: key ``fernet-key`` / ``api-secret-key`` / ``jwt-secret`` of Secret
    ``<platform name>-secrets``, set by the chart.
    """

    fernet_key: SecretKeyRef | None = None
    api_secret_key: SecretKeyRef | None = None
    jwt_secret: SecretKeyRef | None = None


@dataclass(frozen=True)
class GoogleOAuth:
    """Sign in to the web UI with Google (the FAB auth manager's OAuth).

    client: Secret with the OAuth client; keys ``client_id_key`` / ``client_secret_key``.
    allowed_domain: only accounts of this Google Workspace domain may sign in. Default: None (any).
    default_role: the Airflow role of a new user. Default: ``Viewer``.
    """

    client_secret_name: str
    client_id_key: str = "client-id"
    client_secret_key: str = "client-secret"
    allowed_domain: str | None = None
    default_role: str = "Viewer"

    def __post_init__(self) -> None:
        problems = []
        if error := names.dns1123_subdomain_error(self.client_secret_name):
            problems.append(f"client_secret_name: {error}")
        if self.default_role not in ("Admin", "Op", "User", "Viewer", "Public"):
            problems.append(f"default_role: {self.default_role!r} must be one of Admin, Op, User, Viewer, Public")
        if problems:
            raise ValuesError(problems, "GoogleOAuth")


@dataclass(frozen=True)
class ComponentSettings:
    """Replicas and resources of one platform component.

    replicas: Default: 1. resources: Default: the component's own. env: extra environment. Default: none.
    """

    replicas: int = 1
    resources: dict[str, dict[str, str]] | None = None
    env: tuple[dict[str, Any], ...] = field(default_factory=tuple)
