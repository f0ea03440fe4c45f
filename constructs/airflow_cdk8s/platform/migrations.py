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
from ..kube_object import KubeObject
from ..scanner_skips import pod_skips, skip_annotations
from .component import AIRFLOW_HOME, PLATFORM_LABEL, PlatformContext


class MigrationsJob(Construct):
    """``airflow db migrate`` as a plain Job named after a hash of its image and environment.

    Props:
        platform: the shared ``PlatformContext``.
    """

    def __init__(self, scope: Construct, id: str, *, platform: PlatformContext) -> None:
        super().__init__(scope, id)
        self.platform = platform
        digest = hashlib.sha256(json.dumps([platform.image, list(platform.env)], sort_keys=True).encode()).hexdigest()
        self.name = f"{platform.name}-migrate-{digest[:8]}"
        self.job = KubeObject(
            self, "Job", api_version="batch/v1", kind="Job", name=self.name, namespace=platform.namespace,
            labels=platform.object_labels("migrations"), annotations=platform.annotations, body=self.render_job,
        )

    def render_pod_spec(self) -> dict[str, Any]:
        p = self.platform
        pod: dict[str, Any] = {
            "restartPolicy": "OnFailure",
            "serviceAccountName": p.service_account_name,
            "automountServiceAccountToken": False,
            "securityContext": security.pod_security_context(p.pod.pod_security_context),
            "containers": [{
                "name": "migrate",
                "image": p.image,
                "imagePullPolicy": p.image_pull_policy,
                "args": ["db", "migrate"],
                "env": list(p.env),
                "resources": {"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "250m", "memory": "512Mi"}},
                "securityContext": security.container_security_context(p.pod.container_security_context),
                "volumeMounts": [
                    {"name": "tmp", "mountPath": "/tmp"},
                    {"name": "config", "mountPath": f"{AIRFLOW_HOME}/airflow.cfg", "subPath": "airflow.cfg", "readOnly": True},
                ],
            }],
            "volumes": [{"name": "tmp", "emptyDir": {}}, {"name": "config", "configMap": {"name": p.config_map_name}}],
        }
        if p.pod.image_pull_secrets:
            pod["imagePullSecrets"] = [{"name": n} for n in p.pod.image_pull_secrets]
        return pod

    def render_job(self) -> dict[str, Any]:
        pod = self.render_pod_spec()
        labels = {**self.platform.object_labels("migrations"), **self.platform.pod.pod_labels, PLATFORM_LABEL: self.platform.name}
        # checkov's probe checks do not apply to a run-to-completion Job; secrets: Airflow reads its DB URL from env.
        skips = {"CKV_K8S_35"} | pod_skips(pod)
        return {
            "metadata": {"annotations": skip_annotations(skips)},
            "spec": {"backoffLimit": 6, "template": {"metadata": {"labels": labels}, "spec": pod}},
        }
