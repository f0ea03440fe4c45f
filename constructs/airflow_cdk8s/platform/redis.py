"""RedisBroker: an embedded Redis as the Celery broker, for development (no persistence)."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..service import service
from ..component import Component, MainContainer
from ..pod import PodSettings
from .component import PlatformContext
from .settings import EmbeddedRedis, SecretKeyRef

REDIS_UID = 10001  # an unprivileged high uid; redis-server runs as any uid


class RedisBroker(Component):
    """An embedded Redis as the Celery broker, for development (no persistence): a Deployment and its Service.

    Props:
        platform: the shared ``PlatformContext``.
        settings: the image (``EmbeddedRedis``).
        password: the Redis password (``SecretKeyRef``).
    """

    def __init__(self, scope: Construct, id: str, *, platform: PlatformContext, settings: EmbeddedRedis, password: SecretKeyRef) -> None:
        self.settings = settings
        self.password = password
        probe = {"exec": {"command": ["redis-cli", "ping"]}, "initialDelaySeconds": 5, "periodSeconds": 10,
                 "timeoutSeconds": 5, "failureThreshold": 6}
        main = MainContainer(
            name="redis", image=settings.image, image_pull_policy="IfNotPresent",
            args=["redis-server", "--requirepass", "$(REDIS_PASSWORD)", "--appendonly", "no"],
            # REDISCLI_AUTH lets the probe's redis-cli authenticate without the password in its arguments.
            env=[password.env("REDIS_PASSWORD"), password.env("REDISCLI_AUTH")],
            ports=[{"name": "redis", "containerPort": 6379, "protocol": "TCP"}],
            resources={"limits": {"cpu": "500m", "memory": "512Mi"}, "requests": {"cpu": "100m", "memory": "128Mi"}},
            liveness_probe=probe, readiness_probe=probe,
        )
        super().__init__(
            scope, id, context=platform.replace(env=()), component="redis", main=main,
            create_service_account=False, service_account_name=platform.service_account_name,
            pod=PodSettings(
                pod_security_context={"runAsUser": REDIS_UID, "runAsGroup": REDIS_UID, "fsGroup": REDIS_UID},
                image_pull_secrets=platform.pod.image_pull_secrets,
            ),
        )
        self.pod_spec.add_scratch_dir("data", "/data")
        self.scanner_skips.add("CKV_K8S_35")  # redis-server gets its password through the environment
        self.host = f"{self.name}.{platform.namespace}.svc.cluster.local"
        self.service = service(self, "Service", name=self.name, namespace=platform.namespace, selector=self.selector,
                               labels=self.labels, ports=[{"name": "redis", "port": 6379, "targetPort": "redis"}])

    def broker_env(self) -> list[dict[str, Any]]:
        """The broker URL composed in the container with the password URL-encoded (``[celery] broker_url_cmd``),
        so any password works; the password itself comes from the Secret."""
        compose = ("import os, urllib.parse; print('redis://:' + urllib.parse.quote(os.environ['AIRFLOW_REDIS_PASSWORD'], "
                   f"safe='') + '@{self.host}:6379/0')")
        return [
            self.password.env("AIRFLOW_REDIS_PASSWORD"),
            {"name": "AIRFLOW__CELERY__BROKER_URL_CMD", "value": f'python -c "{compose}"'},
        ]
