"""AirflowComponent: a Component running the Airflow image (scheduler, API server, workers...)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from .. import metadata
from ..airflow_image import AIRFLOW_CFG, LOGS_DIR, WEBSERVER_CONFIG
from ..component import AppContext, Component, MainContainer
from ..pod import PodSettings
from .settings import ComponentSettings

APP_NAME = "airflow"
PLATFORM_LABEL = "airflow-cdk8s.io/platform"  # on every pod of a platform, task pods included


@dataclass(frozen=True, kw_only=True)
class PlatformContext(AppContext):
    """What every component of one platform shares (built by ``AirflowPlatform``): an ``AppContext``
    (``app`` is ``airflow``; ``env`` the environment of every Airflow container) plus:

    airflow_major: 2 or 3.
    service_account_name: the ServiceAccount every Airflow pod uses.
    config_map_name: the ConfigMap with ``airflow.cfg`` and ``webserver_config.py``.
    """

    app: str = APP_NAME
    airflow_major: int
    service_account_name: str
    config_map_name: str

    def object_labels(self, component: str) -> dict[str, str]:
        return metadata.object_labels(self.selector(component), {**self.labels, PLATFORM_LABEL: self.name})


def jobs_check_probe(job_type: str) -> dict[str, Any]:
    """Airflow's own liveness check of a job runner (as the official chart uses)."""
    return {
        "exec": {"command": ["airflow", "jobs", "check", "--job-type", job_type, "--local"]},
        "initialDelaySeconds": 30, "periodSeconds": 60, "timeoutSeconds": 30, "failureThreshold": 5,
    }


def http_probe(path: str, port: str | int) -> dict[str, Any]:
    return {"httpGet": {"path": path, "port": port}, "initialDelaySeconds": 15, "periodSeconds": 10,
            "timeoutSeconds": 5, "failureThreshold": 6}


def http_startup_probe(path: str, port: str | int, *, budget_seconds: int = 300) -> dict[str, Any]:
    """Holds the liveness probe off until the first answer: a first API server start (FAB, plugins,
    one worker per CPU) can take minutes on a small CPU limit."""
    return {"httpGet": {"path": path, "port": port}, "periodSeconds": 10, "timeoutSeconds": 5,
            "failureThreshold": budget_seconds // 10}


def cpu_cores(resources: dict[str, dict[str, str]]) -> float | None:
    """The CPU limit (else request) in cores, e.g. ``"500m"`` -> 0.5; None when neither is set."""
    for kind in ("limits", "requests"):
        value = str(resources.get(kind, {}).get("cpu", ""))
        if value:
            return float(value[:-1]) / 1000 if value.endswith("m") else float(value)
    return None


class AirflowComponent(Component):
    """One Airflow process type.

    Props:
        platform: the shared ``PlatformContext``.
        component: label and name suffix, e.g. ``scheduler`` (object name ``<platform>-scheduler``).
        args: the Airflow image's arguments, e.g. ``["scheduler"]``.
        settings: replicas, resources, extra env (``ComponentSettings``).
        default_resources: used when ``settings.resources`` is None.
        probe: liveness and readiness probe. Default: None.
        startup_probe: holds the liveness probe off until it passes once. Default: None.
        ports: container ports. Default: none.
        kind: ``Deployment`` or ``StatefulSet``. Default: ``Deployment``.
        api_access: mount the ServiceAccount token (the KubernetesExecutor scheduler). Default: False.
        wait_for_migrations: an init container that waits until the database schema is current. Default: True.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        platform: PlatformContext,
        component: str,
        args: list[str],
        settings: ComponentSettings,
        default_resources: dict[str, dict[str, str]],
        probe: dict[str, Any] | None = None,
        startup_probe: dict[str, Any] | None = None,
        ports: list[dict[str, Any]] | None = None,
        kind: Literal["Deployment", "StatefulSet"] = "Deployment",
        api_access: bool = False,
        wait_for_migrations: bool = True,
    ) -> None:
        self.platform = platform
        main = MainContainer(name=component, args=args, env=settings.env, ports=ports or (),
                             resources=settings.resources or default_resources, liveness_probe=probe, readiness_probe=probe,
                             startup_probe=startup_probe)
        super().__init__(
            scope, id, context=platform, component=component, main=main, kind=kind, replicas=settings.replicas,
            service_account_name=platform.service_account_name,
            create_service_account=False,  # the platform's shared ServiceAccount
            api_access=api_access,
            pod=PodSettings(**{**platform.pod.__dict__, "pod_labels": {**platform.pod.pod_labels, PLATFORM_LABEL: platform.name}}),
        )
        pod = self.pod_spec
        # A read-only root filesystem: Airflow writes only to /tmp and its log folder (replaced by a claim
        # when the platform has one), and finds airflow.cfg / webserver_config.py mounted, so it does not
        # try to create them.
        pod.add_scratch_dir("tmp", "/tmp")
        pod.add_scratch_dir("logs", LOGS_DIR)
        config = pod.add_volume({"name": "config", "configMap": {"name": platform.config_map_name}}, builtin=True)
        for path, key in ((AIRFLOW_CFG, "airflow.cfg"), (WEBSERVER_CONFIG, "webserver_config.py")):
            pod.add_volume_mount({"name": config["name"], "mountPath": path, "subPath": key, "readOnly": True}, builtin=True)
        # Airflow reads its database URL, Fernet key and signing keys from environment variables.
        self.scanner_skips.add("CKV_K8S_35")
        if wait_for_migrations:
            self.add_init_container(self.airflow_container(
                "wait-for-migrations", ["db", "check-migrations", "--migration-wait-timeout=600"],
                resources={"limits": {"cpu": "500m", "memory": "512Mi"}, "requests": {"cpu": "100m", "memory": "256Mi"}},
            ))

    def airflow_container(self, name: str, args: list[str], *, resources: dict[str, Any]) -> dict[str, Any]:
        """A container of the Airflow image with the platform's environment (for init containers)."""
        return {
            "name": name,
            "image": self.platform.image,
            "imagePullPolicy": self.platform.image_pull_policy,
            "args": args,
            "env": list(self.platform.env),
            "resources": resources,
            "securityContext": self.main_security_context(),
            # Airflow 2's logging config creates <logs>/<component> folders at import, in every command.
            "volumeMounts": [m for m in self.volume_mounts if m["name"] in ("tmp", "logs", "config")],
        }
