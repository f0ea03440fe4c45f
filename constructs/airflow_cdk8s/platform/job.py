"""AirflowJob: a run-to-completion pod of the Airflow image, as a plain Job (no Helm hooks).

A Job's pod template is immutable, so the Job's name carries a hash of what it runs (image,
environment and the job's own inputs): a change creates a new Job, which Argo CD / Flux apply in one
pass and whose predecessor they prune, instead of a failed apply.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from constructs import Construct

from .. import deferred
from .. import security
from ..airflow_image import AIRFLOW_CFG, LOGS_DIR, WEBSERVER_CONFIG
from ..kube_object import KubeObject
from ..pod import PodOwner, PodSpec, owner_name
from ..scanner_skips import pod_skips, skip_annotations
from .component import PLATFORM_LABEL, PlatformContext

WAIT_FOR_MIGRATIONS = ["db", "check-migrations", "--migration-wait-timeout=600"]


class AirflowJob(PodOwner, deferred.Construct):
    """A Job running one Airflow container with the platform's environment, config and pod settings.

    Its pod is a ``PodSpec`` with the platform's pod settings (scheduling, pull secrets, security), so
    anything that attaches to a pod attaches here too. Subclasses say what runs.

    Props:
        platform: the shared ``PlatformContext``.
        job: the Job's name after the platform's (``<platform>-<job>-<hash>``).
        component: its ``app.kubernetes.io/component`` label.
        container: the container's name.
        args: the image's arguments (the image runs ``airflow "$@"``), or
        command: a command instead (e.g. a shell that pipes a Secret into the CLI).
        inputs: what else the name's hash covers. Default: nothing.
        wait_for_migrations: an init container that waits for the schema. Default: False.

    Example::

        import cdk8s
        from airflow_cdk8s.platform import AirflowJob, AirflowPlatform

        platform = AirflowPlatform(cdk8s.App(), "airflow", namespace="airflow")
        # A one-off Airflow command of your own, e.g. pools kept in the image:
        AirflowJob(platform, "Pools", platform=platform.platform, job="import-pools", component="pools",
                   container="import-pools", args=["pools", "import", "/opt/airflow/pools.json"],
                   wait_for_migrations=True)
    """

    def __init__(self, scope: Construct, id: str, *, platform: PlatformContext, job: str, component: str, container: str,
                 args: list[str] | None = None, command: list[str] | None = None, inputs: object = None,
                 wait_for_migrations: bool = False) -> None:
        super().__init__(scope, id)
        self.platform = platform
        self.component = component
        self.container_name = container
        self.args = args
        self.command = command
        parts: list[Any] = [platform.image, list(platform.env)] + ([inputs] if inputs is not None else [])
        digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
        self.name = f"{platform.name}-{job}-{digest[:8]}"
        self.pod_spec = PodSpec(
            owner_name(self, self.name), main_container=lambda: self.render_main_container(), main_container_name=container,
            settings=platform.pod, service_account_name=platform.service_account_name, restart_policy="OnFailure",
        )
        self.pod_spec.env.extend(platform.env)
        self.pod_spec.add_scratch_dir("tmp", "/tmp")
        self.pod_spec.add_scratch_dir("logs", LOGS_DIR)  # Airflow 2's logging config creates <logs>/<component> at import
        config = self.pod_spec.add_volume({"name": "config", "configMap": {"name": platform.config_map_name}},
                                          {"mountPath": AIRFLOW_CFG, "subPath": "airflow.cfg", "readOnly": True}, builtin=True)
        if wait_for_migrations:
            # Flask-AppBuilder commands write a default webserver_config.py when none is there (Airflow 2).
            self.pod_spec.add_volume_mount({"name": config["name"], "mountPath": WEBSERVER_CONFIG,
                                            "subPath": "webserver_config.py", "readOnly": True}, builtin=True)
            # The platform's environment and mounts as they are now: what the job adds later is its own.
            wait = self.airflow_container("wait-for-migrations", args=WAIT_FOR_MIGRATIONS, resources=SMALL)
            self.pod_spec.add_init_container({**wait, "env": list(wait["env"]), "volumeMounts": list(wait["volumeMounts"])})
        self.job = KubeObject(
            self, "Resource", api_version="batch/v1", kind="Job", name=self.name, namespace=platform.namespace,
            labels=platform.object_labels(component), annotations=platform.annotations, body=self.render_job,
        )

    def airflow_container(self, name: str, *, args: list[str] | None = None, command: list[str] | None = None,
                          resources: dict[str, Any]) -> dict[str, Any]:
        p = self.platform
        return {
            "name": name,
            "image": p.image,
            "imagePullPolicy": p.image_pull_policy,
            **({"command": command} if command else {}),
            **({"args": args} if args else {}),
            "env": self.env,
            "resources": resources,
            "securityContext": security.container_security_context(p.pod.container_security_context),
            "volumeMounts": self.volume_mounts,
        }

    def render_main_container(self) -> dict[str, Any]:
        return self.airflow_container(self.container_name, args=self.args, command=self.command, resources=MEDIUM)

    def render_pod_spec(self) -> dict[str, Any]:
        return self.pod_spec.render()

    def render_job(self) -> dict[str, Any]:
        pod = self.render_pod_spec()
        labels = {**self.platform.object_labels(self.component), PLATFORM_LABEL: self.platform.name}
        # checkov's probe checks do not apply to a run-to-completion Job; secrets: Airflow reads its DB URL from env.
        skips = {"CKV_K8S_35"} | pod_skips(pod)
        return {
            "metadata": {"annotations": skip_annotations(skips)},
            "spec": {"backoffLimit": 6, "template": {"metadata": self.pod_spec.render_metadata(labels), "spec": pod}},
        }


MEDIUM = {"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "250m", "memory": "512Mi"}}
SMALL = {"limits": {"cpu": "500m", "memory": "512Mi"}, "requests": {"cpu": "100m", "memory": "256Mi"}}
