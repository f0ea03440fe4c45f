"""Component: the one base of every agent and platform component, a Workload running one main container.

An app (the Remote Execution Agent, an AirflowPlatform) hands each component two plain typed props:
an ``AppContext`` (what all of its components share: names, namespace, image, environment, labels, pod
settings) and a ``MainContainer`` (what this component runs). The component class adds only what
differs (a worker's HPA, the scheduler's RBAC...); labels, selectors, the ServiceAccount, the main
container and the pod (a ``PodSpec``) are rendered here, at synth time.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Sequence

from constructs import Construct

from . import metadata, security
from .pod import PodSettings, drop_empty
from .workload import Workload


@dataclass(frozen=True, kw_only=True)
class AppContext:
    """What every component of one app shares.

    app: the ``app.kubernetes.io/name`` label, e.g. ``airflow``.
    name: the app's name: object name prefix and ``app.kubernetes.io/instance`` label.
    namespace: where every component runs.
    image, image_pull_policy: of the app's containers. Default policy: ``IfNotPresent``.
    env: environment of every main container, before the component's own. Default: none.
    labels / annotations: on every object. Default: none.
    pod: pod settings shared by the components (``PodSettings``). Default: ``PodSettings()``.
    """

    app: str
    name: str
    namespace: str
    image: str
    image_pull_policy: str = "IfNotPresent"
    env: tuple[dict[str, Any], ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)
    annotations: Mapping[str, str] = field(default_factory=dict)
    pod: PodSettings = PodSettings()

    def selector(self, component: str) -> dict[str, str]:
        return metadata.selector_labels(name=self.app, instance=self.name, component=component)

    def object_labels(self, component: str) -> dict[str, str]:
        return metadata.object_labels(self.selector(component), self.labels)

    def replace(self, **changes: Any) -> AppContext:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, kw_only=True)
class MainContainer:
    """The main container of a component.

    name: the container's name.
    args / command: Default: None (the image's).
    env: the component's own environment, after the app's. Default: none.
    ports: container ports. Default: none.
    resources: requests and limits. Default: none.
    liveness_probe / readiness_probe: Default: None.
    startup_probe: holds the liveness and readiness probes off until it passes once. Default: None.
    image / image_pull_policy: Default: the app's.
    security_context: merged over the pod's container security settings. Default: None.
    """

    name: str
    args: Sequence[str] | None = None
    command: Sequence[str] | None = None
    env: Sequence[dict[str, Any]] = ()
    ports: Sequence[dict[str, Any]] = ()
    resources: Mapping[str, Any] = field(default_factory=dict)
    liveness_probe: Mapping[str, Any] | None = None
    readiness_probe: Mapping[str, Any] | None = None
    startup_probe: Mapping[str, Any] | None = None
    image: str | None = None
    image_pull_policy: str | None = None
    security_context: Mapping[str, Any] | None = None


class Component(Workload):
    """One component of an app: its ServiceAccount (optional) and Deployment or StatefulSet.

    Props:
        context: the app's shared ``AppContext``.
        component: the ``app.kubernetes.io/component`` label, e.g. ``scheduler``.
        main: the main container (``MainContainer``).
        name: the object name. Default: ``<context.name>-<component>``.
        replicas: ``None`` leaves them to an autoscaler. Default: 1.
        kind: ``Deployment`` or ``StatefulSet``. Default: ``Deployment``.
        service_account_name: Default: ``name``.
        create_service_account: Default: True.
        service_account_annotations: Default: none.
        api_access: mount the ServiceAccount token (only pods that call the Kubernetes API). Default: False.
        pod: this component's pod settings. Default: ``context.pod``.
    Mutators (of its ``PodSpec``, forwarded): ``add_env``, ``add_volume``, ``add_volume_mount``,
    ``add_init_container``, ``add_sidecar``, ``add_pod_checksum``; each returns what it added.

    Example::

        import cdk8s
        from airflow_cdk8s import AppContext, Component, MainContainer

        chart = cdk8s.Chart(cdk8s.App(), "monitoring")
        context = AppContext(app="statsd-exporter", name="airflow", namespace="airflow", image="prom/statsd-exporter:v0.28.0")
        exporter = Component(chart, "StatsdExporter", context=context, component="statsd", main=MainContainer(
            name="statsd", ports=[{"name": "metrics", "containerPort": 9102}],
            resources={"requests": {"cpu": "50m", "memory": "64Mi"}, "limits": {"cpu": "200m", "memory": "128Mi"}},
        ))  # a Deployment airflow-statsd, labelled app.kubernetes.io/component: statsd
        exporter.pod_spec.add_scratch_dir("tmp", "/tmp")
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        context: AppContext,
        component: str,
        main: MainContainer,
        name: str | None = None,
        replicas: int | None = 1,
        kind: Literal["Deployment", "StatefulSet"] = "Deployment",
        service_account_name: str | None = None,
        create_service_account: bool = True,
        service_account_annotations: Mapping[str, str] | None = None,
        api_access: bool = False,
        pod: PodSettings | None = None,
    ) -> None:
        self.context = context
        self.component = component
        self.main = main
        self.ports: list[dict[str, Any]] = list(main.ports)  # the main container's; later additions reach the YAML
        super().__init__(
            scope, id, name=name or f"{context.name}-{component}", namespace=context.namespace,
            selector=context.selector(component), labels=context.object_labels(component),
            annotations=dict(context.annotations), kind=kind, replicas=replicas,
            service_account_name=service_account_name, create_service_account=create_service_account,
            service_account_annotations=dict(service_account_annotations or {}), api_access=api_access,
            pod=pod or context.pod, container_name=main.name,
        )
        self.pod_spec.env.extend(metadata.merge_env(list(context.env), list(main.env)))

    def render_main_container(self) -> dict[str, Any]:
        main, context = self.main, self.context
        return drop_empty({
            "name": main.name,
            "image": main.image or context.image,
            "imagePullPolicy": main.image_pull_policy or context.image_pull_policy,
            "args": list(main.args) if main.args is not None else None,
            "env": self.env,
            "ports": self.ports,
            "resources": {k: dict(v) if isinstance(v, Mapping) else v for k, v in main.resources.items()},
            "securityContext": security.container_security_context(self.pod_settings.container_security_context,
                                                                   main.security_context),
            "volumeMounts": self.volume_mounts,
            "command": list(main.command) if main.command is not None else None,
            "startupProbe": main.startup_probe,
            "livenessProbe": main.liveness_probe,
            "readinessProbe": main.readiness_probe,
        })
