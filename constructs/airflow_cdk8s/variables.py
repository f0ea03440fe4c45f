"""AirflowVariablesSync: Airflow Variables kept in sync with a ``variables.json`` in a secrets manager.

As the KubernetesExecutor reference (003) wants, done with current tools: an ExternalSecret (ESO
``external-secrets.io/v1``, not the retired ``kubernetes-client.io`` one) turns the stored
``variables.json`` into a Secret; the Secret is mounted as a folder in the scheduler (so updates
arrive without a restart), and a small sidecar re-imports the file whenever its content changes.

The alternative with no copy in the cluster: Airflow's secrets backend
(``AIRFLOW__SECRETS__BACKEND=...SecretsManagerBackend``) reads each Variable from the manager on use.
"""

from __future__ import annotations

from typing import Any

from constructs import Construct

from . import deferred
from . import security
from .external_secrets import ClusterSecretStore, ExternalSecret, SecretData, SecretStore, StoreRef
from .airflow_image import AIRFLOW_CFG, AIRFLOW_HOME
from .pod import PodOwner, PodSpec, pod_of

VARIABLES_DIR = f"{AIRFLOW_HOME}/variables"
VARIABLES_KEY = "variables.json"

# Re-import only when the file changed (the reference's loop, without writing to the filesystem).
IMPORT_LOOP = f"""\
last=""
while true; do
  current="$(md5sum {VARIABLES_DIR}/{VARIABLES_KEY} 2>/dev/null | cut -d' ' -f1)"
  if [ -n "$current" ] && [ "$current" != "$last" ]; then
    echo "variables.json changed: importing"
    airflow variables import {VARIABLES_DIR}/{VARIABLES_KEY} && last="$current"
  fi
  sleep "$INTERVAL_SECONDS"
done
"""


class AirflowVariablesSync(deferred.Construct):
    """The ExternalSecret; ``attach(scheduler, image=..., env=...)`` adds the mount and the importer sidecar.

    Props:
        name: the ExternalSecret and Secret name.
        namespace: the scheduler's namespace.
        store: the SecretStore / ClusterSecretStore (e.g. AWS Secrets Manager) holding the file.
        remote_key: the secret's name or ARN in the manager.
        refresh_interval: how often ESO re-reads it. Default: ``5m``.
        check_seconds: how often the sidecar compares the file. Default: 30.
        labels: Default: none.
    """

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str,
                 store: SecretStore | ClusterSecretStore | StoreRef, remote_key: str,
                 refresh_interval: str = "5m", check_seconds: int = 30, labels: dict[str, str] | None = None) -> None:
        super().__init__(scope, id)
        self.check_seconds = check_seconds
        self.external_secret = ExternalSecret(
            self, "Resource", name=name, namespace=namespace, store=store, refresh_interval=refresh_interval,
            data=[SecretData(secret_key=VARIABLES_KEY, remote_key=remote_key)], labels=labels,
        )
        self.secret_name = self.external_secret.target_name

    def container(self, *, image: str, image_pull_policy: str, env: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "name": "variables-importer",
            "image": image,
            "imagePullPolicy": image_pull_policy,
            "command": ["/bin/sh", "-c", IMPORT_LOOP],
            "env": [*env, {"name": "INTERVAL_SECONDS", "value": str(self.check_seconds)}],
            "resources": {"limits": {"cpu": "500m", "memory": "512Mi"}, "requests": {"cpu": "50m", "memory": "256Mi"}},
            "securityContext": security.container_security_context(),
            "volumeMounts": [
                {"name": "airflow-variables", "mountPath": VARIABLES_DIR, "readOnly": True},
                {"name": "tmp", "mountPath": "/tmp"},
                {"name": "config", "mountPath": AIRFLOW_CFG, "subPath": "airflow.cfg", "readOnly": True},
            ],
        }

    def attach(self, scheduler: PodOwner | PodSpec, *, image: str, image_pull_policy: str = "IfNotPresent",
               env: list[dict[str, Any]] = ()) -> dict[str, Any]:
        """Mount the Secret (as a folder, so updates arrive) and add the importer; returns the sidecar.

        ``env`` is the Airflow environment the importer needs to reach the metadata database.
        """
        pod, by = pod_of(scheduler), f"AirflowVariablesSync {self.secret_name!r}"
        container = self.container(image=image, image_pull_policy=image_pull_policy, env=list(env))
        pod.check_free(by, containers=[container["name"]], volumes=["airflow-variables"])
        pod.add_volume({"name": "airflow-variables", "secret": {"secretName": self.secret_name, "defaultMode": 0o440}}, by=by)
        return pod.add_sidecar(container, by=by)
