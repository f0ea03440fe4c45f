"""Typed settings of a self-hosted Airflow: where its secrets, database and broker come from.

Nothing here holds a secret value: every credential is a reference to a Secret key, which you create
out of band, with External Secrets (``external_secrets.py``), or with a Vault agent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .. import names
from ..checks import apiserver
from ..errors import ValuesError, raise_if


@dataclass(frozen=True)
class SecretKeyRef:
    """A key of an existing Secret (the value never appears in the output).

    name: the Secret's name.
    key: the key in that Secret.
    """

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
    """The production path: the metadata database's SQLAlchemy URL in a Secret key.

    connection: the Secret key holding the URL, e.g. ``SecretKeyRef("airflow-db", "connection")``;
        it becomes ``AIRFLOW__DATABASE__SQL_ALCHEMY_CONN``.
    """

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
    """The production path for the Celery broker: its URL (``redis://:password@host:6379/0``) in a Secret key.

    url: the Secret key holding the URL.

    Example::

        from airflow_cdk8s.platform import ExternalRedis, SecretKeyRef

        broker = ExternalRedis(url=SecretKeyRef("airflow-redis", "url"))
        # AirflowPlatform(..., executor="CeleryExecutor", broker=broker)
    """

    url: SecretKeyRef


@dataclass(frozen=True)
class EmbeddedRedis:
    """For development: a Redis Deployment as the Celery broker.

    password: Default: key ``password`` of Secret ``<platform name>-redis``, set by the chart.
    image: Default: ``redis:7.4``.

    Example::

        from airflow_cdk8s.platform import EmbeddedRedis, SecretKeyRef

        broker = EmbeddedRedis(password=SecretKeyRef("dev-redis", "password"))
        # AirflowPlatform(..., executor="CeleryExecutor", broker=broker)
    """

    password: SecretKeyRef | None = None
    image: str = "redis:7.4"


@dataclass(frozen=True)
class AirflowSecrets:
    """The keys Airflow signs and encrypts with; all from Secrets.

    fernet_key: ``[core] fernet_key``. Default: key ``fernet-key`` of Secret ``<platform name>-secrets``.
    api_secret_key: ``[api] secret_key`` (Airflow 3) or ``[webserver] secret_key`` (Airflow 2).
        Default: key ``api-secret-key`` of Secret ``<platform name>-secrets``.
    jwt_secret: ``[api_auth] jwt_secret`` (Airflow 3). Default: key ``jwt-secret`` of Secret
        ``<platform name>-secrets``.

    The defaults are set by the chart.

    Example::

        from airflow_cdk8s.platform import AirflowSecrets, SecretKeyRef

        secrets = AirflowSecrets(
            fernet_key=SecretKeyRef("airflow-keys", "fernet"),
            api_secret_key=SecretKeyRef("airflow-keys", "api-secret"),
            jwt_secret=SecretKeyRef("airflow-keys", "jwt"),
        )
        # AirflowPlatform(..., secrets=secrets)
    """

    fernet_key: SecretKeyRef | None = None
    api_secret_key: SecretKeyRef | None = None
    jwt_secret: SecretKeyRef | None = None


@dataclass(frozen=True)
class GoogleOAuth:
    """Sign in to the web UI with Google (the FAB auth manager's OAuth).

    client_secret_name: Secret with the OAuth client; keys ``client_id_key`` / ``client_secret_key``.
    client_id_key: the key of the client id in that Secret. Default: ``client-id``.
    client_secret_key: the key of the client secret. Default: ``client-secret``.
    allowed_domain: only accounts of this Google Workspace domain may sign in. Default: None (any).
    default_role: the Airflow role of a new user. Default: ``Viewer``.

    Example::

        from airflow_cdk8s.platform import GoogleOAuth

        oauth = GoogleOAuth(client_secret_name="google-oauth", allowed_domain="example.com")
        # AirflowPlatform(..., google_oauth=oauth)
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
        raise_if(problems, "GoogleOAuth")


@dataclass(frozen=True, kw_only=True)
class FirstAdmin:
    """The first admin for password sign-in, created once by a Job from a Secret you create.

    The password never appears in the YAML or on a command line: the Job pipes it from the Secret
    into ``airflow users create``, which reads it as from a terminal. A user of that name that
    already exists is left as it is (a new image re-runs the Job; changing the Secret later does not
    change the password: use ``airflow users reset-password``). Not with ``google_oauth``: with Google
    sign-in, sign in once and promote yourself (docs/security.md).

    Props:
        password_secret: the Secret holding the password (``kubectl create secret generic ...``,
            or an ExternalSecret).
        password_key: the password's key in that Secret. Default: ``password``.
        email: the admin's e-mail address.
        username: Default: ``admin``.
        first_name: Default: ``Airflow``.
        last_name: Default: ``Admin``.

    Example::

        from airflow_cdk8s.platform import FirstAdmin

        admin = FirstAdmin(password_secret="airflow-admin", email="platform@example.com")
        # AirflowPlatform(..., first_admin=admin)
    """

    password_secret: str
    email: str
    password_key: str = "password"
    username: str = "admin"
    first_name: str = "Airflow"
    last_name: str = "Admin"

    def __post_init__(self) -> None:
        problems = []
        if error := names.dns1123_subdomain_error(self.password_secret):
            problems.append(f"password_secret: {error}")
        if error := names.config_map_key_error(self.password_key):
            problems.append(f"password_key: {error}")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", self.email):
            problems.append(f"email: {self.email!r} is not an e-mail address")
        for prop in ("username", "first_name", "last_name"):
            value = getattr(self, prop)
            if not value.strip() or "\n" in value or len(value) > 64:
                problems.append(f"{prop}: {value!r} must be one line of 1-64 characters")
        if any(ch.isspace() for ch in self.username):
            problems.append(f"username: {self.username!r} must not contain spaces")
        raise_if(problems, "FirstAdmin")


@dataclass(frozen=True)
class ComponentSettings:
    """Replicas and resources of one platform component.

    replicas: Default: 1.
    resources: requests and limits. Default: the component's own.
    env: extra environment of the component's Airflow container. Default: none.

    Example::

        from airflow_cdk8s.platform import ComponentSettings

        scheduler = ComponentSettings(
            replicas=2,
            resources={"requests": {"cpu": "1", "memory": "2Gi"}, "limits": {"cpu": "2", "memory": "4Gi"}},
            env=({"name": "AIRFLOW__SCHEDULER__PARSING_PROCESSES", "value": "4"},),
        )
        # AirflowPlatform(..., scheduler=scheduler)
    """

    replicas: int = 1
    resources: dict[str, dict[str, str]] | None = None
    env: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        # The API server's rules, checked here so the message names the prop, not the rendered field.
        problems = [] if self.replicas >= 0 else [f"replicas: {self.replicas} must be 0 or more"]
        if self.resources is not None:
            problems += apiserver.prop_problems("resources", "ResourceRequirements", self.resources)
        for i, var in enumerate(self.env):
            problems += apiserver.prop_problems(f"env[{i}]", "EnvVar", var)
        raise_if(problems, "ComponentSettings")
