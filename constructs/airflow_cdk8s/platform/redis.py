"""RedisBroker: an embedded Redis as the Celery broker, for development (no persistence)."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..service import service
from ..pod import PodSettings
from ..workload import Workload
from .component import PlatformContext
from .settings import EmbeddedRedis, SecretKeyRef

REDIS_UID = 10001  # an unprivileged high uid; redis-server runs as any uid


class RedisBroker(Workload):
    """An embedded Redis as the Celery broker, for development (no persistence): a Deployment and its Service.

    Props:
        platform: the shared ``PlatformContext``.
        settings: the image (``EmbeddedRedis``).
        password: the Redis password (``SecretKeyRef``).
    """

    def __init__(self, scope: Construct, id: str, *, platform: PlatformContext, settings: EmbeddedRedis, password: SecretKeyRef) -> None:
        self.settings = settings
        self.password = password
        name = f"{platform.name}-redis"
        super().__init__(
            scope, id, name=name, namespace=platform.namespace, selector=platform.selector("redis"),
            labels=platform.object_labels("redis"), annotations=platform.annotations, replicas=1,
            create_service_account=False, service_account_name=platform.service_account_name,
            pod=PodSettings(
                pod_security_context={"runAsUser": REDIS_UID, "runAsGroup": REDIS_UID, "fsGroup": REDIS_UID},
                image_pull_secrets=platform.pod.image_pull_secrets,
            ),
            container_name="redis",
        )
        # REDISCLI_AUTH lets the probe's redis-cli authenticate without the password in its arguments.
        self.pod_spec.env.extend([password.env("REDIS_PASSWORD"), password.env("REDISCLI_AUTH")])
        self.pod_spec.add_scratch_dir("data", "/data")
        self.scanner_skips.add("CKV_K8S_35")  # redis-server gets its password through the environment
        self.host = f"{name}.{platform.namespace}.svc.cluster.local"
        self.service = service(self, "Service", name=name, namespace=platform.namespace, selector=self.selector,
                               labels=self.labels, ports=[{"name": "redis", "port": 6379, "targetPort": "redis"}])

    def broker_env(self) -> list[dict[str, Any]]:
        return [
            self.password.env("AIRFLOW_REDIS_PASSWORD"),
            {"name": "AIRFLOW__CELERY__BROKER_URL", "value": f"redis://:$(AIRFLOW_REDIS_PASSWORD)@{self.host}:6379/0"},
        ]

    def render_main_container(self) -> dict[str, Any]:
        probe = {"exec": {"command": ["redis-cli", "ping"]}, "initialDelaySeconds": 5, "periodSeconds": 10,
                 "timeoutSeconds": 5, "failureThreshold": 6}
        return {
            "name": "redis",
            "image": self.settings.image,
            "imagePullPolicy": "IfNotPresent",
            "args": ["redis-server", "--requirepass", "$(REDIS_PASSWORD)", "--appendonly", "no"],
            "env": self.env,
            "ports": [{"name": "redis", "containerPort": 6379, "protocol": "TCP"}],
            "resources": {"limits": {"cpu": "500m", "memory": "512Mi"}, "requests": {"cpu": "100m", "memory": "128Mi"}},
            "securityContext": self.main_security_context(),
            "volumeMounts": self.volume_mounts,
            "livenessProbe": probe,
            "readinessProbe": probe,
        }
