"""KubernetesExecutorPodTemplate: the ``pod_template_file`` the scheduler hands to the KubernetesExecutor.

The template is a Pod manifest stored in a ConfigMap and mounted into the scheduler. Its pod is a
``PodSpec`` (``pod.py``), so git-sync (as a one-time init container), log volumes and Vault agents attach
to it the way they attach to any component.

Unlike the pod template in ``003_*.txt``, configuration reaches the task pods only by reference
(``envFrom`` / ``secretKeyRef``): the ConfigMap holds no passwords, connection strings or keys.
"""

from __future__ import annotations

import re
from typing import Any, Literal, Mapping, Sequence

import yaml
from constructs import Construct

from . import deferred
from . import kube_fields, metadata, names, security
from .checks.secret_scan import find_credentials
from .errors import raise_if
from .kube_object import KubeObject
from .airflow_image import AIRFLOW_HOME, LOGS_DIR
from .pod import PodOwner, PodSettings, PodSpec, drop_empty, owner_name, pod_of

POD_TEMPLATE_KEY = "pod_template_file.yaml"
POD_TEMPLATE_DIR = f"{AIRFLOW_HOME}/pod_templates"
BASE_CONTAINER = "base"  # Airflow runs the task in the container named "base"
DEFAULT_RESOURCES: Mapping[str, Mapping[str, str]] = {
    "limits": {"cpu": "1", "memory": "2Gi"},
    "requests": {"cpu": "500m", "memory": "1Gi"},
}
# Settings whose values are secrets: they must come from a Secret, never from the ConfigMap.
_SECRET_SETTING = re.compile(
    r"(PASSWORD|PASSWD|_SECRET|SECRET_KEY|_TOKEN|FERNET_KEY|SQL_ALCHEMY_CONN|RESULT_BACKEND|BROKER_URL|API_KEY"
    r"|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)$|^AIRFLOW_CONN_",
    re.I,
)
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")

SecretKey = tuple[str, str]  # (Secret name, key)


class KubernetesExecutorPodTemplate(PodOwner, deferred.Construct):
    """The task pod of the KubernetesExecutor, as a ConfigMap holding ``pod_template_file.yaml``.

    Mount it into the scheduler with ``mount_into(scheduler)``: that mounts the ConfigMap and sets
    ``AIRFLOW__KUBERNETES_EXECUTOR__POD_TEMPLATE_FILE``, ``..._NAMESPACE``, ``..._DELETE_WORKER_PODS``
    and ``..._DELETE_WORKER_PODS_ON_FAILURE``. The task pod is ``pod_spec`` (a ``PodSpec``); its mutators,
    forwarded here, change it, and it renders
    at synth time. The task pod runs to completion, so git-sync attaches as an init container.

    Props:
        namespace: where the ConfigMap lives and the task pods run.
        image: the Airflow image of the ``base`` container.
        service_account_name: the task pods' ServiceAccount.
        name: the ConfigMap's name. Default: ``airflow-pod-template``.
        image_pull_policy: Default: ``IfNotPresent``.
        env: plain (non-secret) environment of the ``base`` container. Names that hold secrets
            (``*_PASSWORD``, ``*SQL_ALCHEMY_CONN``, ``AIRFLOW_CONN_*``...) are refused. Default: none.
        secret_env: environment from Secret keys, ``{"AIRFLOW__DATABASE__SQL_ALCHEMY_CONN":
            ("airflow-db", "connection")}``. Default: none.
        env_from_secrets: Secrets whose every key becomes a variable (``envFrom.secretRef``). Default: none.
        env_from_config_maps: ConfigMaps likewise (``envFrom.configMapRef``). Default: none.
        resources: requests and limits of ``base``. Default: requests 500m / 1Gi, limits 1 CPU / 2Gi.
        image_pull_secrets: names of docker-registry Secrets. Default: none.
        node_selector: Default: none.
        tolerations: Kubernetes tolerations (checked against the 1.27 schema). Default: none.
        affinity: Kubernetes affinity (checked against the 1.27 schema). Default: none.
        labels: extra pod labels. Default: none (standard ``app.kubernetes.io`` labels are always set).
        annotations: pod annotations. Default: none.
        pod_security_context: merged over the restricted defaults (uid 50000, fsGroup 50000,
            runAsNonRoot, seccomp RuntimeDefault). Default: none.
        container_security_context: merged over the restricted defaults (no privilege escalation,
            drop ALL, read-only root with writable ``/tmp`` and ``/opt/airflow/logs``). Default: none.
        automount_service_account_token: mount the API token into task pods (only for tasks that talk
            to the Kubernetes API). Default: False.
        delete_worker_pods: delete task pods when they succeed. Default: True.
        delete_worker_pods_on_failure: delete them when they fail too (you lose the pod for
            debugging). Default: False.
        termination_grace_period_seconds: Default: Kubernetes' 30.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        image: str,
        service_account_name: str,
        name: str = "airflow-pod-template",
        image_pull_policy: Literal["Always", "IfNotPresent", "Never"] = "IfNotPresent",
        env: Mapping[str, str] = {},
        secret_env: Mapping[str, SecretKey] = {},
        env_from_secrets: Sequence[str] = (),
        env_from_config_maps: Sequence[str] = (),
        resources: Mapping[str, Mapping[str, str]] = DEFAULT_RESOURCES,
        image_pull_secrets: Sequence[str] = (),
        node_selector: Mapping[str, str] = {},
        tolerations: Sequence[Mapping[str, Any]] = (),
        affinity: Mapping[str, Any] | None = None,
        labels: Mapping[str, str] = {},
        annotations: Mapping[str, str] = {},
        pod_security_context: Mapping[str, Any] | None = None,
        container_security_context: Mapping[str, Any] | None = None,
        automount_service_account_token: bool = False,
        delete_worker_pods: bool = True,
        delete_worker_pods_on_failure: bool = False,
        termination_grace_period_seconds: int | None = None,
    ) -> None:
        problems = _problems(locals())  # every prop, by its name
        raise_if(problems, "KubernetesExecutorPodTemplate")
        super().__init__(scope, id)
        self.name = name
        self.namespace = namespace
        self.image = image
        self.image_pull_policy = image_pull_policy
        self.service_account_name = service_account_name
        self.env_from = [{"configMapRef": {"name": n}} for n in env_from_config_maps] + [
            {"secretRef": {"name": n}} for n in env_from_secrets
        ]
        self.resources = {k: dict(v) for k, v in resources.items()}
        self.container_security_context = container_security_context
        self.delete_worker_pods = delete_worker_pods
        self.delete_worker_pods_on_failure = delete_worker_pods_on_failure
        self.pod_spec = PodSpec(
            owner_name(self, name), main_container=lambda: self.render_base_container(), main_container_name=BASE_CONTAINER,
            restart_policy="Never", service_account_name=service_account_name,
            automount_service_account_token=automount_service_account_token,
            settings=PodSettings(
                pod_security_context=pod_security_context, container_security_context=container_security_context,
                image_pull_secrets=tuple(image_pull_secrets), node_selector=dict(node_selector),
                tolerations=tuple(dict(t) for t in tolerations), affinity=dict(affinity) if affinity else None,
                termination_grace_period_seconds=termination_grace_period_seconds,
            ),
        )
        selector = metadata.selector_labels(name="airflow", instance=name, component="worker")
        self.labels = metadata.object_labels(selector, labels)
        self.annotations = dict(annotations)
        secret_refs = [{"name": k, "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}
                       for k, (secret, key) in secret_env.items()]
        for var in [{"name": k, "value": v} for k, v in env.items()] + secret_refs:
            self.pod_spec.add_env(var["name"], var.get("value"), value_from=var.get("valueFrom"))
        # Read-only root filesystem: Airflow writes to /tmp and its task log folder.
        self.pod_spec.add_scratch_dir("tmp", "/tmp")
        self.pod_spec.add_scratch_dir("logs", LOGS_DIR)
        self.config_map = KubeObject(
            self,
            "Resource",
            api_version="v1",
            kind="ConfigMap",
            name=name,
            namespace=namespace,
            labels=self.labels,
            body=lambda: {"data": {POD_TEMPLATE_KEY: self.render_yaml()}},
        )

    @property
    def file_path(self) -> str:
        """Where the scheduler finds the template once mounted."""
        return f"{POD_TEMPLATE_DIR}/{POD_TEMPLATE_KEY}"

    # ---- the scheduler side --------------------------------------------------------------

    def scheduler_env(self) -> list[dict[str, Any]]:
        """The scheduler's KubernetesExecutor settings ([kubernetes_executor], Airflow >= 2.5)."""
        settings = {
            "POD_TEMPLATE_FILE": self.file_path,
            "NAMESPACE": self.namespace,  # Airflow's default is "default", not the scheduler's namespace
            "DELETE_WORKER_PODS": str(self.delete_worker_pods),
            "DELETE_WORKER_PODS_ON_FAILURE": str(self.delete_worker_pods_on_failure),
        }
        return [{"name": f"AIRFLOW__KUBERNETES_EXECUTOR__{k}", "value": v} for k, v in settings.items()]

    def mount_into(self, scheduler: PodOwner | PodSpec) -> dict[str, Any]:
        """Mount the template into ``scheduler``'s main container and point Airflow at it.

        The ConfigMap is mounted as a directory (no subPath), so an edited template reaches the
        running scheduler without a restart. Returns the volume added.
        """
        pod = pod_of(scheduler)
        volume = pod.add_volume(
            {"name": "pod-template", "configMap": {"name": self.name}},
            {"mountPath": POD_TEMPLATE_DIR, "readOnly": True}, by=self.pod_spec.owner,
        )
        for var in self.scheduler_env():
            pod.add_env(var["name"], var["value"])
        return volume

    # ---- rendering (override in a subclass to change the output) --------------------------

    def render_base_container(self) -> dict[str, Any]:
        return drop_empty({
            "name": BASE_CONTAINER,
            "image": self.image,
            "imagePullPolicy": self.image_pull_policy,
            "env": self.env,
            "envFrom": self.env_from,
            "resources": self.resources,
            "securityContext": security.container_security_context(self.container_security_context),
            "volumeMounts": self.volume_mounts,
        })

    def render_pod_spec(self) -> dict[str, Any]:
        return self.pod_spec.render()

    def render_pod(self) -> dict[str, Any]:
        return {
            "apiVersion": "v1",
            "kind": "Pod",
            # Airflow replaces the name (and sets the namespace) for every task pod.
            "metadata": {"name": "placeholder-name", **self.pod_spec.render_metadata(self.labels, self.annotations)},
            "spec": self.render_pod_spec(),
        }

    def render_yaml(self) -> str:
        return yaml.safe_dump(self.render_pod(), sort_keys=False, default_flow_style=False)


def _problems(props: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    add = problems.append
    for prop in ("name", "service_account_name"):
        if error := names.dns1123_subdomain_error(props[prop]):
            add(f"{prop}: {error}")
    if error := names.dns1123_label_error(props["namespace"]):
        add(f"namespace: {error}")
    if not props["image"] or any(ch.isspace() for ch in props["image"]):
        add(f"image: {props['image']!r} is not an image reference")
    for prop in ("env_from_secrets", "env_from_config_maps", "image_pull_secrets"):
        for i, ref in enumerate(props[prop]):
            if error := names.dns1123_subdomain_error(ref):
                add(f"{prop}[{i}]: {error}")

    for var, value in props["env"].items():
        if not _ENV_NAME.match(var):
            add(f"env[{var!r}]: not a valid environment variable name")
        if _SECRET_SETTING.search(var):
            add(f"env[{var!r}]: holds a secret; pass it with secret_env or env_from_secrets so it stays out "
                "of the ConfigMap")
        elif found := find_credentials(str(value)):
            add(f"env[{var!r}]: the value looks like a {found[0]}; pass it with secret_env or env_from_secrets")
    for var, ref in props["secret_env"].items():
        if not _ENV_NAME.match(var):
            add(f"secret_env[{var!r}]: not a valid environment variable name")
        if not (isinstance(ref, tuple) and len(ref) == 2):
            add(f"secret_env[{var!r}]: must be (secret name, key)")
        elif error := names.dns1123_subdomain_error(ref[0]):
            add(f"secret_env[{var!r}]: {error}")
    if clash := sorted(set(props["env"]) & set(props["secret_env"])):
        add(f"secret_env: {clash} also set in env; set each variable once")

    problems += [f"resources{p}" for p in kube_fields.fragment_errors(
        "io.k8s.api.core.v1.ResourceRequirements", {k: dict(v) for k, v in props["resources"].items()})]
    for kind, quantities in props["resources"].items():
        for resource, quantity in dict(quantities).items():
            if isinstance(quantity, str) and (error := names.quantity_error(quantity)):
                add(f"resources.{kind}.{resource}: {error}")
    for i, toleration in enumerate(props["tolerations"]):
        errors = kube_fields.fragment_errors(kube_fields.TOLERATION, dict(toleration))
        problems += [f"tolerations[{i}]{p}" for p in errors]
    for prop, definition in (("pod_security_context", kube_fields.POD_SECURITY_CONTEXT),
                             ("container_security_context", kube_fields.SECURITY_CONTEXT),
                             ("affinity", kube_fields.AFFINITY)):
        if props[prop] is not None:
            problems += [f"{prop}{p}" for p in kube_fields.fragment_errors(definition, dict(props[prop]))]
    for prop in ("labels", "annotations"):
        for key, value in props[prop].items():
            if error := names.qualified_key_error(key):
                add(f"{prop}: {error}")
            if prop == "labels" and (error := names.label_value_error(value)):
                add(f"labels: {error}")
    grace = props["termination_grace_period_seconds"]
    if grace is not None and (isinstance(grace, bool) or not isinstance(grace, int) or grace < 0):
        add(f"termination_grace_period_seconds: must be a whole number >= 0, not {grace!r}")
    return problems
