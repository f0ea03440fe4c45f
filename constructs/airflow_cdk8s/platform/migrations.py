"""MigrationsJob: ``airflow db migrate`` as a plain Job, so GitOps tools apply it in one pass.

No Helm hooks: components wait for the schema with an init container (``wait-for-migrations``).
A Job's pod template is immutable, so the Job's name carries a hash of its image and environment:
an upgrade creates a new Job (the old one is pruned by Argo CD / Flux) instead of a failed apply.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from constructs import Construct

from .. import security
from ..airflow_image import AIRFLOW_CFG, LOGS_DIR
from ..kube_object import KubeObject
from ..pod import PodOwner, PodSpec, owner_name
from ..scanner_skips import pod_skips, skip_annotations
from .component import PLATFORM_LABEL, PlatformContext


class MigrationsJob(PodOwner, Construct):
    """``airflow db migrate`` as a plain Job named after a hash of its image and environment.

    Its pod is a ``PodSpec`` with the platform's pod settings (scheduling, pull secrets, security),
    so anything that attaches to a pod attaches here too.

    Props:
        platform: the shared ``PlatformContext``.
    """

    def __init__(self, scope: Construct, id: str, *, platform: PlatformContext) -> None:
        super().__init__(scope, id)
        self.platform = platform
        digest = hashlib.sha256(json.dumps([platform.image, list(platform.env)], sort_keys=True).encode()).hexdigest()
        self.name = f"{platform.name}-migrate-{digest[:8]}"
        self.pod_spec = PodSpec(
            owner_name(self, self.name), main_container=lambda: self.render_main_container(), main_container_name="migrate",
            settings=platform.pod, service_account_name=platform.service_account_name, restart_policy="OnFailure",
        )
        self.pod_spec.env.extend(platform.env)
        self.pod_spec.add_scratch_dir("tmp", "/tmp")
        self.pod_spec.add_scratch_dir("logs", LOGS_DIR)  # Airflow 2's logging config creates <logs>/<component> at import
        self.pod_spec.add_volume({"name": "config", "configMap": {"name": platform.config_map_name}},
                                 {"mountPath": AIRFLOW_CFG, "subPath": "airflow.cfg", "readOnly": True}, builtin=True)
        self.job = KubeObject(
            self, "Resource", api_version="batch/v1", kind="Job", name=self.name, namespace=platform.namespace,
            labels=platform.object_labels("migrations"), annotations=platform.annotations, body=self.render_job,
        )

    def render_main_container(self) -> dict[str, Any]:
        p = self.platform
        return {
            "name": "migrate",
            "image": p.image,
            "imagePullPolicy": p.image_pull_policy,
            "args": ["db", "migrate"],
            "env": self.env,
            "resources": {"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "250m", "memory": "512Mi"}},
            "securityContext": security.container_security_context(p.pod.container_security_context),
            "volumeMounts": self.volume_mounts,
        }

    def render_pod_spec(self) -> dict[str, Any]:
        return self.pod_spec.render()

    def render_job(self) -> dict[str, Any]:
        pod = self.render_pod_spec()
        labels = {**self.platform.object_labels("migrations"), PLATFORM_LABEL: self.platform.name}
        # checkov's probe checks do not apply to a run-to-completion Job; secrets: Airflow reads its DB URL from env.
        skips = {"CKV_K8S_35"} | pod_skips(pod)
        return {
            "metadata": {"annotations": skip_annotations(skips)},
            "spec": {"backoffLimit": 6, "template": {"metadata": self.pod_spec.render_metadata(labels), "spec": pod}},
        }
