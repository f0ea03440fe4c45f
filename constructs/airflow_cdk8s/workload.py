"""Workload: a ServiceAccount plus a Deployment or StatefulSet whose pod is a ``PodSpec``.

The agent's components and the self-hosted Airflow components are all Workloads: subclasses say
what the main container is (``render_main_container``); everything attached to the pod (git-sync,
Vault agents, log volumes, sidecars) and the restricted security defaults are the pod model's.
"""

from __future__ import annotations

from typing import Any, Literal

from constructs import Construct

from . import deferred
from . import security
from .kube_object import KubeObject
from .pod import PodOwner, PodSettings, PodSpec, owner_name
from .scanner_skips import pod_skips, skip_annotations


class Workload(PodOwner, deferred.Construct):
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
        container_name: the main container's name, so nothing attached can take it. Default: None.
    The pod is ``pod_spec`` (a ``PodSpec``); its mutators, forwarded here, return what they add; ``volume_claim_templates`` (StatefulSet) and
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
        container_name: str | None = None,
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
        self.service_name = service_name or name
        self.volume_claim_templates: list[dict[str, Any]] = []
        self.scanner_skips: set[str] = set()
        self.service_account_name = service_account_name or name
        self.pod_spec = PodSpec(
            owner_name(self, name), main_container=lambda: self.render_main_container(), main_container_name=container_name,
            settings=pod, service_account_name=self.service_account_name, automount_service_account_token=api_access,
        )
        self.service_account: KubeObject | None = None
        if create_service_account:
            self.service_account = KubeObject(
                self, "ServiceAccount", api_version="v1", kind="ServiceAccount", name=self.service_account_name,
                namespace=namespace, labels=self.labels, annotations={**self.annotations, **(service_account_annotations or {})},
                body=lambda: {"automountServiceAccountToken": self.api_access},
            )
        self.workload = KubeObject(
            self, "Resource", api_version="apps/v1", kind=kind, name=name, namespace=namespace,
            labels=self.labels, annotations=self.annotations, body=self.render_workload,
        )

    # ---- rendering (override in a subclass to change the output) --------------------------

    def render_main_container(self) -> dict[str, Any]:
        raise NotImplementedError("a Workload subclass says what its main container is")

    @property
    def pod_settings(self) -> PodSettings:
        return self.pod_spec.settings

    def main_security_context(self) -> dict[str, Any]:
        return security.container_security_context(self.pod_settings.container_security_context)

    def render_pod_spec(self) -> dict[str, Any]:
        return self.pod_spec.render()

    def render_pod_metadata(self) -> dict[str, Any]:
        return self.pod_spec.render_metadata(self.labels, self.annotations)

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
