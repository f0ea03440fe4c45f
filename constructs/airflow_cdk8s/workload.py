"""Workload: a ServiceAccount plus a Deployment or StatefulSet whose pod is rendered from PodParts.

The agent's components and the self-hosted Airflow components are all Workloads: subclasses say
what the main container is (``render_main_container``); everything attached through PodParts
(git-sync, Vault agents, log volumes, sidecars) and the restricted security defaults are shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from constructs import Construct

from . import security
from .kube_object import KubeObject
from .pod import PodParts, drop_empty
from .scanner_skips import pod_skips, skip_annotations


@dataclass(frozen=True)
class PodSettings:
    """Pod-level settings of a workload.

    pod_security_context / container_security_context: merged over the restricted defaults
        (``security.py``), key by key. Default: None (the defaults).
    image_pull_secrets: Secret names. Default: none.
    node_selector, affinity, tolerations: scheduling. Default: none.
    termination_grace_period_seconds: Default: None (Kubernetes' 30 s).
    pod_labels: labels only on the pods (e.g. ``azure.workload.identity/use``). Default: none.
    """

    pod_security_context: dict[str, Any] | None = None
    container_security_context: dict[str, Any] | None = None
    image_pull_secrets: tuple[str, ...] = ()
    node_selector: dict[str, str] | None = None
    affinity: dict[str, Any] | None = None
    tolerations: tuple[dict[str, Any], ...] = ()
    termination_grace_period_seconds: int | None = None
    pod_labels: dict[str, str] = field(default_factory=dict)


class Workload(PodParts, Construct):
    """ServiceAccount (optional) + Deployment or StatefulSet.

    Props:
        name: object name of the workload (and default ServiceAccount name).
        namespace: namespace of every object.
        selector: the stable selector labels (``metadata.selector_labels``).
        labels / annotations: on every object and pod template. Default: none.
        kind: ``Deployment`` or ``StatefulSet``. Default: ``Deployment``.
        replicas: ``None`` leaves them to an autoscaler. Default: 1.
        service_account_name: Default: ``name``.
        create_service_account: Default: True.
        service_account_annotations: e.g. workload identity. Default: none.
        api_access: mount the ServiceAccount token (only for pods that call the Kubernetes API). Default: False.
        pod: ``PodSettings``. Default: ``PodSettings()``.
        service_name: the governing Service of a StatefulSet. Default: ``name``.
    Mutators (from ``PodParts``) return what they add; ``volume_claim_templates`` (StatefulSet) and
    ``scanner_skips`` (checkov skips with a reason in ``scanner_skips.REASONS``) are plain lists/sets.

    Example::

        import cdk8s
        from airflow_cdk8s import PodSettings, Workload

        class StatsdExporter(Workload):  # Workload renders the pod; you say what the main container is
            def render_main_container(self):
                return {
                    "name": "statsd-exporter",
                    "image": "prom/statsd-exporter:v0.28.0",
                    "env": self.env,
                    "volumeMounts": self.volume_mounts,
                    "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}, "limits": {"cpu": "200m", "memory": "128Mi"}},
                    "securityContext": self.main_security_context(),
                }

        chart = cdk8s.Chart(cdk8s.App(), "monitoring")
        exporter = StatsdExporter(chart, "StatsdExporter", name="statsd-exporter", namespace="airflow",
                                  selector={"app.kubernetes.io/name": "statsd-exporter"},
                                  pod=PodSettings(node_selector={"kubernetes.io/os": "linux"}))
        exporter.add_env("STATSD_EXPORTER_LOG_LEVEL", "info")
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        selector: dict[str, str],
        labels: dict[str, str] | None = None,
        annotations: dict[str, str] | None = None,
        kind: Literal["Deployment", "StatefulSet"] = "Deployment",
        replicas: int | None = 1,
        service_account_name: str | None = None,
        create_service_account: bool = True,
        service_account_annotations: dict[str, str] | None = None,
        api_access: bool = False,
        pod: PodSettings = PodSettings(),
        service_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = name
        self.namespace = namespace
        self.selector = dict(selector)
        self.labels = {**(labels or {}), **self.selector}
        self.annotations = dict(annotations or {})
        self.kind = kind
        self.replicas = replicas
        self.api_access = api_access
        self.pod_settings = pod
        self.service_name = service_name or name
        self.volume_claim_templates: list[dict[str, Any]] = []
        self.scanner_skips: set[str] = set()
        if not hasattr(self, "env"):  # a subclass may fill its PodParts before calling this
            self.init_pod_parts()

        self.service_account_name = service_account_name or name
        self.service_account: KubeObject | None = None
        if create_service_account:
            self.service_account = KubeObject(
                self, "ServiceAccount", api_version="v1", kind="ServiceAccount", name=self.service_account_name,
                namespace=namespace, labels=self.labels, annotations={**self.annotations, **(service_account_annotations or {})},
                body=lambda: {"automountServiceAccountToken": self.api_access},
            )
        self.workload = KubeObject(
            self, kind, api_version="apps/v1", kind=kind, name=name, namespace=namespace,
            labels=self.labels, annotations=self.annotations, body=self.render_workload,
        )

    # ---- rendering (override in a subclass to change the output) --------------------------

    def render_main_container(self) -> dict[str, Any]:
        raise NotImplementedError("a Workload subclass says what its main container is")

    def main_security_context(self) -> dict[str, Any]:
        return security.container_security_context(self.pod_settings.container_security_context)

    def render_pod_spec(self) -> dict[str, Any]:
        settings = self.pod_settings
        harden = lambda c: security.harden_container(c, settings.container_security_context)  # noqa: E731
        pod: dict[str, Any] = {
            "serviceAccountName": self.service_account_name,
            "automountServiceAccountToken": self.api_access,
            "securityContext": security.pod_security_context(settings.pod_security_context),
            "imagePullSecrets": [{"name": n} for n in settings.image_pull_secrets],
            "initContainers": [harden(c) for c in self.init_containers],
            "containers": [self.render_main_container(), *(harden(c) for c in self.sidecars)],
            "volumes": self.volumes,
            "nodeSelector": settings.node_selector,
            "affinity": settings.affinity,
            "tolerations": list(settings.tolerations),
            "terminationGracePeriodSeconds": settings.termination_grace_period_seconds,
        }
        return drop_empty(pod)

    def render_pod_metadata(self) -> dict[str, Any]:
        result: dict[str, Any] = {"labels": {**self.labels, **self.pod_settings.pod_labels}}
        annotations = {**self.annotations, **self.pod_annotations}
        if annotations:
            result["annotations"] = dict(sorted(annotations.items()))
        return result

    def render_workload(self) -> dict[str, Any]:
        pod = self.render_pod_spec()
        spec: dict[str, Any] = {
            "selector": {"matchLabels": self.selector},
            "template": {"metadata": self.render_pod_metadata(), "spec": pod},
        }
        if self.kind == "StatefulSet":
            spec["serviceName"] = self.service_name
            if self.volume_claim_templates:
                spec["volumeClaimTemplates"] = self.volume_claim_templates
        if self.replicas is not None:
            spec = {"replicas": self.replicas, **spec}
        return {"metadata": {"annotations": skip_annotations(self.scanner_skips | pod_skips(pod))}, "spec": spec}
