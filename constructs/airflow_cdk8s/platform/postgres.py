"""PostgresDatabase: an embedded PostgreSQL for development (a StatefulSet, its Service and volume).

For production use an external database (``ExternalDatabase``): this one has no backups, no
replication and no tuning.
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..pod import drop_empty
from ..service import service
from ..component import Component, MainContainer
from ..pod import PodSettings
from .component import PlatformContext
from .settings import EmbeddedPostgres, SecretKeyRef

POSTGRES_UID = 10001  # an unprivileged high uid; the official image supports any uid (nss_wrapper)
USER = DATABASE = "airflow"


class PostgresDatabase(Component):
    """An embedded PostgreSQL for development: a StatefulSet, its Service and data volume.

    Props:
        platform: the shared ``PlatformContext``.
        settings: storage, storage class and image (``EmbeddedPostgres``).
        password: the ``airflow`` user's password (``SecretKeyRef``).
    """

    def __init__(self, scope: Construct, id: str, *, platform: PlatformContext, settings: EmbeddedPostgres, password: SecretKeyRef) -> None:
        self.settings = settings
        self.password = password
        probe = {"exec": {"command": ["pg_isready", "-U", USER, "-d", DATABASE]}, "initialDelaySeconds": 10,
                 "periodSeconds": 10, "timeoutSeconds": 5, "failureThreshold": 6}
        main = MainContainer(
            name="postgres", image=settings.image, image_pull_policy="IfNotPresent",
            env=[
                {"name": "POSTGRES_USER", "value": USER},
                {"name": "POSTGRES_DB", "value": DATABASE},
                password.env("POSTGRES_PASSWORD"),
                {"name": "PGDATA", "value": "/var/lib/postgresql/data/pgdata"},
            ],
            ports=[{"name": "postgres", "containerPort": 5432, "protocol": "TCP"}],
            resources={"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "250m", "memory": "512Mi"}},
            liveness_probe=probe, readiness_probe=probe,
        )
        super().__init__(
            scope, id, context=platform.replace(env=()), component="postgres", main=main, kind="StatefulSet",
            create_service_account=False, service_account_name=platform.service_account_name,
            pod=PodSettings(
                pod_security_context={"runAsUser": POSTGRES_UID, "runAsGroup": POSTGRES_UID, "fsGroup": POSTGRES_UID},
                image_pull_secrets=platform.pod.image_pull_secrets,
            ),
        )
        pod = self.pod_spec
        pod.add_volume_mount({"name": "data", "mountPath": "/var/lib/postgresql/data"})  # the claim template below
        pod.add_scratch_dir("tmp", "/tmp")
        pod.add_scratch_dir("run", "/var/run/postgresql")
        self.scanner_skips.add("CKV_K8S_35")  # the image reads POSTGRES_PASSWORD from the environment
        self.volume_claim_templates.append({
            "metadata": {"name": "data"},
            "spec": drop_empty({
                "accessModes": ["ReadWriteOnce"],
                "storageClassName": settings.storage_class_name,
                "resources": {"requests": {"storage": settings.storage}},
            }),
        })
        self.host = f"{self.name}.{platform.namespace}.svc.cluster.local"
        self.service = service(self, "Service", name=self.name, namespace=platform.namespace, selector=self.selector,
                               labels=self.labels, ports=[{"name": "postgres", "port": 5432, "targetPort": "postgres"}])

    def connection_env(self) -> list[dict[str, Any]]:
        """The Airflow database URL without a password; libpq (psycopg2) and asyncpg read ``PGPASSWORD``.

        So any password works: nothing is substituted into the URL, where ``@``, ``/`` or ``#`` would break it.
        """
        return [
            self.password.env("PGPASSWORD"),
            {"name": "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
             "value": f"postgresql+psycopg2://{USER}@{self.host}:5432/{DATABASE}"},
        ]
