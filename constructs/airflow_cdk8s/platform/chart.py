"""AirflowPlatform: a self-hosted Apache Airflow as one cdk8s chart, GitOps-friendly (no Helm hooks)."""

from __future__ import annotations

import ipaddress
from typing import Any, Literal, Sequence

import cdk8s
from constructs import Construct

from .. import deferred
from .. import metadata, policies
from ..errors import raise_if
from ..external_secrets import ClusterSecretStore, SecretStore, StoreRef
from ..gitsync import GitSync
from ..identity import WorkloadIdentity
from ..kube_object import KubeObject
from ..logs import PerReplicaLogs, RemoteLogging, mount_logs_claim, worker_logs_claim_template
from ..pod_template import KubernetesExecutorPodTemplate
from ..service import service
from ..variables import AirflowVariablesSync
from ..pod import PodSettings
from .auth import airflow_cfg, webserver_config
from ..airflow_image import AIRFLOW_CFG
from .component import (PLATFORM_LABEL, AirflowComponent, PlatformContext, cpu_cores, http_probe, http_startup_probe,
                        jobs_check_probe)
from .ingress import AirflowIngress, IngressSettings
from .env import airflow_env, default_secrets
from .metrics import STATSD_PORT, OpenTelemetryMetrics, StatsdExporter, StatsdExporterDeployment
from .first_admin import FirstAdminJob
from .migrations import MigrationsJob
from .postgres import PostgresDatabase
from .redis import RedisBroker
from .settings import (
    AirflowSecrets,
    ComponentSettings,
    EmbeddedPostgres,
    EmbeddedRedis,
    ExternalDatabase,
    ExternalRedis,
    FirstAdmin,
    GoogleOAuth,
    SecretKeyRef,
)

API_PORT = 8080
TASK_LABEL = "airflow-cdk8s.io/task-pod"  # on KubernetesExecutor task pods only
# What Airflow 3 task pods never get: the database, and the keys that sign API tokens or encrypt secrets.
TASK_WITHHELD = frozenset({"AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "PGPASSWORD", "AIRFLOW__API_AUTH__JWT_SECRET",
                           "AIRFLOW__API__SECRET_KEY", "AIRFLOW__CORE__FERNET_KEY"})
PRIVATE_RANGES = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10")
WEBSERVER_PID = "/tmp/airflow-webserver.pid"  # Airflow 2's gunicorn writes it into AIRFLOW_HOME by default
WORKER_LOG_PORT = 8793
SMALL = {"limits": {"cpu": "1", "memory": "2Gi"}, "requests": {"cpu": "250m", "memory": "1Gi"}}
LARGE = {"limits": {"cpu": "2", "memory": "4Gi"}, "requests": {"cpu": "500m", "memory": "2Gi"}}
CELERY_PROBE = {"exec": {"command": ["sh", "-c", "celery --app airflow.providers.celery.executors.celery_executor.app "
                                    "inspect ping -d celery@$(hostname)"]},
                "initialDelaySeconds": 30, "periodSeconds": 60, "timeoutSeconds": 30, "failureThreshold": 5}
# What the KubernetesExecutor's scheduler does with task pods.
POD_LAUNCHER_RULES = [
    {"apiGroups": [""], "resources": ["pods"], "verbs": ["create", "delete", "get", "list", "patch", "watch"]},
    {"apiGroups": [""], "resources": ["pods/log"], "verbs": ["get", "list"]},
    {"apiGroups": [""], "resources": ["events"], "verbs": ["list", "watch"]},
]


class AirflowPlatform(deferred.Chart):
    """Scheduler, API server (Airflow 3) or webserver (Airflow 2), DAG processor, triggerer, and the
    executor of your choice, with its database, secrets, DAGs, logs and HTTPS ingress.

    Props (all keyword-only; every optional one says its default):
        namespace: where everything runs.
        name: prefix of every object name and the ``app.kubernetes.io/instance`` label. Default: ``airflow``.
        create_namespace: emit the Namespace (labelled Pod Security ``restricted``). Default: False.
        image: the Airflow image. Default: ``apache/airflow:3.0.6``.
        airflow_version: 3 (API server) or 2 (webserver). Default: 3.
        image_pull_policy: Default: ``IfNotPresent``.
        image_pull_secrets: Default: none.
        executor: ``KubernetesExecutor`` (one pod per task, from a pod template) or
            ``CeleryExecutor`` (workers as a StatefulSet with per-replica log claims). Default: KubernetesExecutor.
        database: ``ExternalDatabase`` (production) or ``EmbeddedPostgres`` (development). Default: ``EmbeddedPostgres()``.
        broker: with Celery, ``ExternalRedis`` or ``EmbeddedRedis``. Default: ``EmbeddedRedis()``.
        secrets: where the Fernet key, API secret key and JWT secret come from. Default: Secret
            ``<name>-secrets`` with keys ``fernet-key``, ``api-secret-key``, ``jwt-secret``.
        scheduler, api_server, dag_processor, triggerer, workers: ``ComponentSettings``. Default: 1
            replica each (2 Celery workers), the component's resources.
        worker_logs: per-replica log claims of Celery workers. Default: ``worker_logs_claim_template()`` (10Gi RWO).
        task_resources: resources of KubernetesExecutor task pods. Default: the pod template's.
        git_sync: DAGs from git (sidecars; an init container in task pods). Default: None (DAGs in the image).
        logs_claim: an existing PersistentVolumeClaim (ReadWriteMany) mounted at the logs folder of
            every component and task pod. Default: None (an emptyDir per pod).
        remote_logging: ship task logs to S3 / GCS / Azure Blob. Default: None.
        google_oauth: sign in to the web UI with Google. Default: None (password sign-in).
        first_admin: a Job that creates the first admin of password sign-in from a Secret. Default: None
            (create it yourself: docs/security.md).
        ingress: HTTPS ingress with a cert-manager certificate. Default: None.
        identity: workload identity (Azure, GCP, AWS) of the shared ServiceAccount. Default: None.
        service_account_name: the ServiceAccount every Airflow pod uses. Default: ``name``.
        create_service_account: emit that ServiceAccount; False when you create it yourself. Default: True.
        service_account_annotations: on that ServiceAccount (e.g. an IAM role), besides ``identity``'s. Default: none.
        node_selector, affinity, tolerations: scheduling of every Airflow pod, task pods included. Default: none.
        env: extra environment of every Airflow container. Default: none.
        labels / annotations: on every object. Default: none.
        network_policies: deny ingress except between the platform's pods and to the API server. Default: True.
        pod_disruption_budgets: at most one pod down at a time for scheduler, API server, workers,
            triggerer during voluntary disruptions. Default: True.
        delete_worker_pods_on_failure: KubernetesExecutor: delete failed task pods too. Default: False.
        task_identity: KubernetesExecutor: workload identity of the task pods' own ServiceAccount
            ``<name>-task`` (e.g. for remote logging from tasks). Default: None (no cloud role: tasks never
            get the scheduler's).
        egress_policies: also restrict where the components may connect (DNS, the platform's own pods,
            the Kubernetes API, and ``egress_cidrs``); see docs/security.md. Default: False.
        egress_cidrs: the outside addresses the components (with ``egress_policies``) and Airflow 3 task
            pods may reach (an external database, object storage, git); an empty list: none.
            Default: ``("0.0.0.0/0",)`` minus the private ranges.
        metrics: where every Airflow process sends its metrics: ``StatsdExporter`` (a Prometheus StatsD
            exporter in the namespace; ``service_monitor=True`` for Prometheus Operator),
            ``OpenTelemetryMetrics`` (your collector) or None (off). Default: ``StatsdExporter()``.

    Attributes: ``scheduler``, ``api_server``, ``dag_processor``, ``triggerer`` (``AirflowComponent``, also in
    ``components``), ``workers`` (Celery, else None), ``pod_template`` (KubernetesExecutor, else None),
    ``migrations`` and ``first_admin`` (Jobs; None without ``first_admin``), ``postgres`` / ``redis`` (embedded,
    else None), ``metrics`` (the StatsD exporter, else None), ``ingress``, ``config`` (the ConfigMap),
    ``service_account``, ``network_policies``, ``pod_disruption_budgets``, ``platform`` (the
    ``PlatformContext`` every part was built from).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        name: str = "airflow",
        create_namespace: bool = False,
        image: str = "apache/airflow:3.0.6",
        airflow_version: Literal[2, 3] = 3,
        image_pull_policy: Literal["Always", "IfNotPresent", "Never"] = "IfNotPresent",
        image_pull_secrets: Sequence[str] = (),
        executor: Literal["KubernetesExecutor", "CeleryExecutor"] = "KubernetesExecutor",
        database: ExternalDatabase | EmbeddedPostgres = EmbeddedPostgres(),
        broker: ExternalRedis | EmbeddedRedis | None = None,
        secrets: AirflowSecrets = AirflowSecrets(),
        scheduler: ComponentSettings = ComponentSettings(),
        api_server: ComponentSettings = ComponentSettings(),
        dag_processor: ComponentSettings = ComponentSettings(),
        triggerer: ComponentSettings = ComponentSettings(),
        workers: ComponentSettings = ComponentSettings(replicas=2),
        worker_logs: PerReplicaLogs | None = None,
        task_resources: dict[str, dict[str, str]] | None = None,
        git_sync: GitSync | None = None,
        logs_claim: str | None = None,
        remote_logging: RemoteLogging | None = None,
        google_oauth: GoogleOAuth | None = None,
        first_admin: FirstAdmin | None = None,
        ingress: IngressSettings | None = None,
        identity: WorkloadIdentity | None = None,
        service_account_name: str | None = None,
        create_service_account: bool = True,
        service_account_annotations: dict[str, str] | None = None,
        node_selector: dict[str, str] | None = None,
        affinity: dict[str, Any] | None = None,
        tolerations: Sequence[dict[str, Any]] = (),
        env: Sequence[dict[str, Any]] = (),
        labels: dict[str, str] | None = None,
        annotations: dict[str, str] | None = None,
        network_policies: bool = True,
        pod_disruption_budgets: bool = True,
        delete_worker_pods_on_failure: bool = False,
        task_identity: WorkloadIdentity | None = None,
        egress_policies: bool = False,
        egress_cidrs: Sequence[str] | None = None,
        metrics: StatsdExporter | OpenTelemetryMetrics | None = StatsdExporter(),
    ) -> None:
        _check(namespace=namespace, name=name, executor=executor, airflow_version=airflow_version, broker=broker, labels=labels or {})
        raise_if(["first_admin: with google_oauth users sign in with Google; promote yourself after your first "
                  "sign-in (docs/security.md)"] if first_admin and google_oauth else [], "AirflowPlatform")
        raise_if(_egress_problems(egress_policies, egress_cidrs, network_policies, airflow_version, executor), "AirflowPlatform")
        super().__init__(scope, id)
        self.executor = executor
        self.airflow_version = airflow_version
        labels, annotations = dict(labels or {}), dict(annotations or {})
        self.namespace_object = policies.namespace(
            self, "Namespace", name=namespace, annotations=annotations,
            labels={**labels, "app.kubernetes.io/managed-by": metadata.MANAGED_BY}) if create_namespace else None
        # What every component shares, then the parts in order: backing services, the shared environment,
        # the ServiceAccount and config, migrations, components, the executor, attachments, policies.
        base = PlatformContext(
            name=name, namespace=namespace, image=image, image_pull_policy=image_pull_policy, airflow_major=airflow_version,
            service_account_name=service_account_name or name, config_map_name=f"{name}-config", labels=labels,
            annotations=annotations,
            pod=PodSettings(image_pull_secrets=tuple(image_pull_secrets), pod_labels=identity.pod_labels() if identity else {},
                            node_selector=node_selector or None, affinity=affinity or None, tolerations=tuple(tolerations)),
        )
        self.postgres: PostgresDatabase | None = None
        self.redis: RedisBroker | None = None
        database_env = self._database(base, database)
        broker_env = self._broker(base, broker or EmbeddedRedis()) if executor == "CeleryExecutor" else []
        self.platform = base.replace(env=tuple(airflow_env(
            name=name, namespace=namespace, executor=executor, airflow_version=airflow_version, database_env=database_env,
            broker_env=broker_env, secrets=default_secrets(secrets, name),
            execution_api_url=f"http://{name}-api-server.{namespace}.svc.cluster.local:{API_PORT}/execution/",
            google_oauth=google_oauth, ingress=ingress, metrics=metrics, env=env,
        )))
        self._service_account_and_config(identity, google_oauth, create_service_account, service_account_annotations or {})
        self.migrations = MigrationsJob(self, "Migrations", platform=self.platform)
        self.first_admin = FirstAdminJob(self, "FirstAdmin", platform=self.platform, admin=first_admin) if first_admin else None
        self._components(scheduler=scheduler, api_server=api_server, dag_processor=dag_processor, triggerer=triggerer,
                         google_oauth=google_oauth)
        self.workers: AirflowComponent | None = None
        self.pod_template: KubernetesExecutorPodTemplate | None = None
        if executor == "KubernetesExecutor":
            self._kubernetes_executor(task_resources or LARGE, delete_worker_pods_on_failure, task_identity)
        else:
            self._celery_workers(workers, worker_logs or worker_logs_claim_template())
        self._attach_to_every_pod(git_sync=git_sync, logs_claim=logs_claim, remote_logging=remote_logging)
        self.metrics = StatsdExporterDeployment(self, "StatsdExporter", platform=self.platform, settings=metrics,
                                                network_policy=network_policies) if isinstance(metrics, StatsdExporter) else None
        self.ingress = AirflowIngress(self, "Ingress", settings=ingress, name=name, namespace=namespace, service_name=self.api_service_name,
                                      service_port=API_PORT, labels=self.platform.object_labels("ingress")) if ingress else None
        self.pod_disruption_budgets = [self._pdb(c) for c in self.components if c is not self.dag_processor] if pod_disruption_budgets else []
        self.network_policies = self._network_policies(egress_policies, egress_cidrs, metrics) if network_policies else []

    # ---- the parts, in the order the constructor builds them ---------------------------------

    @property
    def api_service_name(self) -> str:
        """The API server's (or webserver's) Service."""
        return f"{self.platform.name}-api-server"

    def _database(self, base: PlatformContext, database: ExternalDatabase | EmbeddedPostgres) -> list[dict[str, Any]]:
        """The embedded PostgreSQL (or none for an external database); returns the connection's environment."""
        if isinstance(database, ExternalDatabase):
            return [database.connection.env("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")]
        self.postgres = PostgresDatabase(self, "Postgres", platform=base, settings=database,
                                         password=database.password or SecretKeyRef(f"{base.name}-postgres", "password"))
        return self.postgres.connection_env()

    def _broker(self, base: PlatformContext, broker: ExternalRedis | EmbeddedRedis) -> list[dict[str, Any]]:
        """The Celery broker: the embedded Redis (or none for an external one); returns its environment."""
        if isinstance(broker, ExternalRedis):
            return [broker.url.env("AIRFLOW__CELERY__BROKER_URL")]
        self.redis = RedisBroker(self, "Redis", platform=base, settings=broker,
                                 password=broker.password or SecretKeyRef(f"{base.name}-redis", "password"))
        return self.redis.broker_env()

    def _service_account_and_config(self, identity: WorkloadIdentity | None, google_oauth: GoogleOAuth | None,
                                    create_service_account: bool, service_account_annotations: dict[str, str]) -> None:
        """The ServiceAccount every Airflow pod shares (unless you create it), and the ConfigMap with airflow.cfg
        and webserver_config.py."""
        p = self.platform
        self.service_account: KubeObject | None = None
        if create_service_account:
            self.service_account = KubeObject(
                self, "ServiceAccount", api_version="v1", kind="ServiceAccount", name=p.service_account_name,
                namespace=p.namespace, labels=p.object_labels("service-account"),
                annotations={**p.annotations, **service_account_annotations,
                             **(identity.service_account_annotations() if identity else {})},
                body=lambda: {"automountServiceAccountToken": False},
            )
        self.config = KubeObject(
            self, "Config", api_version="v1", kind="ConfigMap", name=p.config_map_name, namespace=p.namespace,
            labels=p.object_labels("config"), annotations=p.annotations,
            body=lambda: {"data": {"airflow.cfg": airflow_cfg(), "webserver_config.py": webserver_config(google_oauth)}},
        )

    def _components(self, *, scheduler: ComponentSettings, api_server: ComponentSettings, dag_processor: ComponentSettings,
                    triggerer: ComponentSettings, google_oauth: GoogleOAuth | None) -> None:
        """Scheduler, API server (or webserver) and its Service, DAG processor, triggerer."""
        p = self.platform
        self.scheduler = AirflowComponent(
            self, "Scheduler", platform=p, component="scheduler", args=["scheduler"], settings=scheduler,
            default_resources=LARGE, probe=jobs_check_probe("SchedulerJob"), api_access=self.executor == "KubernetesExecutor",
        )
        api_args, health = ((["api-server"], "/api/v2/monitor/health") if p.airflow_major == 3
                            else (["webserver", "--pid", WEBSERVER_PID], "/health"))
        self.api_server = AirflowComponent(
            self, "ApiServer", platform=p, component="api-server", args=api_args, settings=api_server,
            default_resources=SMALL, probe={**http_probe(health, "http"), "initialDelaySeconds": 0},
            startup_probe=http_startup_probe(health, "http"),
            ports=[{"name": "http", "containerPort": API_PORT, "protocol": "TCP"}],
        )
        # Airflow starts 4 API server (uvicorn / gunicorn) workers by default, whatever the CPU limit:
        # one per core of the limit starts in time. Set the variable in api_server.env to choose.
        workers_setting = "AIRFLOW__API__WORKERS" if p.airflow_major == 3 else "AIRFLOW__WEBSERVER__WORKERS"
        if workers_setting not in {v["name"] for v in api_server.env}:
            self.api_server.add_env(workers_setting, str(max(1, int(cpu_cores(self.api_server.main.resources) or 1))))
        if google_oauth:
            for var, key in (("GOOGLE_OAUTH_CLIENT_ID", google_oauth.client_id_key), ("GOOGLE_OAUTH_CLIENT_SECRET", google_oauth.client_secret_key)):
                self.api_server.add_env(var, value_from={"secretKeyRef": {"name": google_oauth.client_secret_name, "key": key}})
        self.api_service = service(self, "ApiService", name=self.api_service_name, namespace=p.namespace, selector=self.api_server.selector,
                                   labels=self.api_server.labels, annotations=p.annotations,
                                   ports=[{"name": "http", "port": API_PORT, "targetPort": "http"}])
        self.dag_processor = AirflowComponent(
            self, "DagProcessor", platform=p, component="dag-processor", args=["dag-processor"],
            settings=dag_processor, default_resources=SMALL, probe=jobs_check_probe("DagProcessorJob"),
        )
        self.triggerer = AirflowComponent(
            self, "Triggerer", platform=p, component="triggerer", args=["triggerer"], settings=triggerer,
            default_resources=SMALL, probe=jobs_check_probe("TriggererJob"),
        )
        self.components: list[AirflowComponent] = [self.scheduler, self.api_server, self.dag_processor, self.triggerer]

    def _kubernetes_executor(self, task_resources: dict[str, dict[str, str]], delete_worker_pods_on_failure: bool,
                             task_identity: WorkloadIdentity | None) -> None:
        """The task pods' template (own ServiceAccount; in Airflow 3 only the Execution API, nothing that
        signs tokens or opens the database), mounted into the scheduler, and the scheduler's right to launch pods."""
        p = self.platform
        self.scheduler.scanner_skips.add("CKV_K8S_38")  # it launches task pods through the Kubernetes API
        # Task pods' own ServiceAccount; when you create the ServiceAccounts yourself, they share yours.
        task_account = f"{p.name}-task" if self.service_account is not None else p.service_account_name
        self.task_service_account = KubeObject(
            self, "TaskServiceAccount", api_version="v1", kind="ServiceAccount", name=task_account, namespace=p.namespace,
            labels=p.object_labels("task"), annotations={**p.annotations, **(task_identity.service_account_annotations() if task_identity else {})},
            body=lambda: {"automountServiceAccountToken": False},
        ) if self.service_account is not None else None
        self.pod_template = KubernetesExecutorPodTemplate(
            self, "PodTemplate", namespace=p.namespace, image=p.image, image_pull_policy=p.image_pull_policy,
            service_account_name=task_account, name=f"{p.name}-pod-template", image_pull_secrets=p.pod.image_pull_secrets,
            labels={**p.labels, PLATFORM_LABEL: p.name, TASK_LABEL: "true", **(task_identity.pod_labels() if task_identity else {})},
            node_selector=p.pod.node_selector or {}, tolerations=p.pod.tolerations, affinity=p.pod.affinity,
            resources=task_resources, delete_worker_pods_on_failure=delete_worker_pods_on_failure,
        )
        for var in p.env:
            if p.airflow_major == 3 and var["name"] in TASK_WITHHELD:
                continue  # Airflow 3 tasks talk to the Execution API only (AIRFLOW__CORE__EXECUTION_API_SERVER_URL)
            self.pod_template.add_env(var["name"], var.get("value"), value_from=var.get("valueFrom"))
        # Airflow 2's CLI writes a default airflow.cfg into AIRFLOW_HOME when none is there (read-only root).
        self.pod_template.add_volume({"name": "config", "configMap": {"name": p.config_map_name}},
                                     {"mountPath": AIRFLOW_CFG, "subPath": "airflow.cfg", "readOnly": True})
        self.pod_template.mount_into(self.scheduler)
        self.pod_launcher_role, self.pod_launcher_binding = policies.role_with_binding(
            self, ("PodLauncherRole", "PodLauncherBinding"), name=f"{p.name}-pod-launcher", namespace=p.namespace,
            rules=POD_LAUNCHER_RULES, service_account=p.service_account_name, labels=p.object_labels("rbac"),
            annotations=p.annotations,
        )

    def _celery_workers(self, workers: ComponentSettings, per_replica: PerReplicaLogs) -> None:
        """Celery workers as a StatefulSet with a log claim per replica, and the headless Service the API server reads logs through."""
        p = self.platform
        self.workers = AirflowComponent(
            self, "Workers", platform=p, component="worker", args=["celery", "worker"], settings=workers,
            default_resources=LARGE, kind="StatefulSet", probe=CELERY_PROBE,
            ports=[{"name": "worker-logs", "containerPort": WORKER_LOG_PORT, "protocol": "TCP"}],
        )
        per_replica.attach(self.workers)
        self.workers.volume_claim_templates.append(per_replica.claim_template)
        # The API server reads a running task's log from its worker at <pod>.<service>:8793.
        self.worker_service = service(self, "WorkerService", name=self.workers.name, namespace=p.namespace,
                                      selector=self.workers.selector, labels=self.workers.labels, headless=True,
                                      ports=[{"name": "worker-logs", "port": WORKER_LOG_PORT, "targetPort": "worker-logs"}])
        self.components.append(self.workers)

    def _attach_to_every_pod(self, *, git_sync: GitSync | None, logs_claim: str | None, remote_logging: RemoteLogging | None) -> None:
        """DAGs, the logs claim and remote logging on every Airflow pod, task pods included."""
        for pod in [*self.components, *([self.pod_template] if self.pod_template else [])]:
            if logs_claim and pod is not self.workers:
                mount_logs_claim(pod, logs_claim)
            if remote_logging:
                remote_logging.attach(pod)
            if git_sync:
                git_sync.attach(pod)
        if git_sync:  # the git-sync sidecar has no probe endpoint; the Airflow container has its probes
            for component in self.components:
                component.scanner_skips.update({"CKV_K8S_8", "CKV_K8S_9"})

    def sync_variables(self, *, store: SecretStore | ClusterSecretStore | StoreRef, remote_key: str,
                       name: str | None = None, refresh_interval: str = "5m") -> AirflowVariablesSync:
        """Airflow Variables from a ``variables.json`` in a secrets manager, re-imported by a scheduler
        sidecar when it changes (``variables.py``). Returns the sync."""
        p = self.platform
        sync = AirflowVariablesSync(self, "Variables", name=name or f"{p.name}-variables", namespace=p.namespace,
                                    store=store, remote_key=remote_key, refresh_interval=refresh_interval,
                                    labels=p.object_labels("variables"))
        sync.attach(self.scheduler, image=p.image, image_pull_policy=p.image_pull_policy, env=list(p.env))
        self.scheduler.scanner_skips.update({"CKV_K8S_8", "CKV_K8S_9"})  # the importer has no probe endpoint
        return sync

    def _pdb(self, component: AirflowComponent) -> KubeObject:
        return KubeObject(self, f"{deferred.id_of(component)}Budget", api_version="policy/v1", kind="PodDisruptionBudget",
                          name=component.name, namespace=component.namespace, labels=component.labels,
                          annotations=component.annotations,
                          body=lambda: {"spec": {"maxUnavailable": 1, "selector": {"matchLabels": component.selector}}})

    def _network_policies(self, egress: bool, egress_cidrs: Sequence[str] | None,
                          metrics: StatsdExporter | OpenTelemetryMetrics | None) -> list[KubeObject]:
        p = self.platform
        platform_pods = {"matchLabels": {PLATFORM_LABEL: p.name}}
        backing = {"key": "app.kubernetes.io/component", "operator": "In", "values": ["postgres", "redis"]}
        not_backing = {**backing, "operator": "NotIn"}
        no_tasks = {"key": TASK_LABEL, "operator": "DoesNotExist"}
        common = dict(namespace=p.namespace, labels=p.object_labels("network-policy"), annotations=p.annotations)
        dns = {"to": [{"namespaceSelector": {}}], "ports": [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]}
        outside = [{"ipBlock": {"cidr": cidr, **({"except": list(PRIVATE_RANGES)} if cidr == "0.0.0.0/0" else {})}}
                   for cidr in (("0.0.0.0/0",) if egress_cidrs is None else egress_cidrs)]
        # Where every Airflow process (task pods too) sends its metrics: the exporter, or a collector anywhere in the cluster.
        to_metrics = ([{"to": [{"podSelector": {"matchLabels": self.metrics.selector}}],
                        "ports": [{"port": STATSD_PORT, "protocol": "UDP"}]}] if self.metrics else
                      [{"to": [{"namespaceSelector": {}}], "ports": [{"port": metrics.port, "protocol": "TCP"}]}]
                      if isinstance(metrics, OpenTelemetryMetrics) else [])
        # Airflow 3 task pods reach the API server (Execution API), never the database or the broker.
        db_clients = {"matchLabels": {PLATFORM_LABEL: p.name}, **({"matchExpressions": [no_tasks]} if p.airflow_major == 3 else {})}
        result = [
            # Everything of the platform but its database and broker: only the platform's own pods may connect ...
            policies.network_policy(self, "NetworkPolicyInternal", name=f"{p.name}-internal", **common, spec={
                "podSelector": {**platform_pods, "matchExpressions": [not_backing]}, "policyTypes": ["Ingress"],
                "ingress": [{"from": [{"podSelector": platform_pods}]}]}),
            # ... and the API server also serves the ingress controller and users.
            policies.network_policy(self, "NetworkPolicyApiServer", name=f"{p.name}-api-server", **common, spec={
                "podSelector": {"matchLabels": self.api_server.selector}, "policyTypes": ["Ingress"],
                "ingress": [{"ports": [{"port": API_PORT, "protocol": "TCP"}]}]}),
        ]
        if self.postgres or self.redis:
            result.append(policies.network_policy(self, "NetworkPolicyBacking", name=f"{p.name}-database", **common, spec={
                "podSelector": {**platform_pods, "matchExpressions": [backing]}, "policyTypes": ["Ingress"],
                "ingress": [{"from": [{"podSelector": db_clients}]}]}))
        if self.pod_template and p.airflow_major == 3:
            result.append(policies.network_policy(self, "NetworkPolicyTaskEgress", name=f"{p.name}-task-egress", **common, spec={
                "podSelector": {"matchLabels": {PLATFORM_LABEL: p.name, TASK_LABEL: "true"}}, "policyTypes": ["Egress"],
                "egress": [dns, {"to": [{"podSelector": {"matchLabels": self.api_server.selector}}],
                                 "ports": [{"port": API_PORT, "protocol": "TCP"}]},
                           *to_metrics, *([{"to": outside}] if outside else [])]}))
        if egress:
            kube_api = [{"ports": [{"port": 443, "protocol": "TCP"}, {"port": 6443, "protocol": "TCP"}]}] if self.pod_template else []
            result.append(policies.network_policy(self, "NetworkPolicyEgress", name=f"{p.name}-egress", **common, spec={
                "podSelector": {**platform_pods, "matchExpressions": [no_tasks, not_backing]}, "policyTypes": ["Egress"],
                "egress": [dns, {"to": [{"podSelector": platform_pods}]}, *to_metrics, *([{"to": outside}] if outside else []),
                           *kube_api]}))
        return result


def _egress_problems(egress: bool, cidrs: Sequence[str] | None, network_policies: bool, airflow_version: int,
                     executor: str) -> list[str]:
    if cidrs is None:
        return []
    if isinstance(cidrs, str):
        return [f"egress_cidrs: {cidrs!r} must be a list of CIDRs, e.g. [{cidrs!r}]"]
    problems = []
    if not network_policies:
        problems.append("egress_cidrs: has no effect with network_policies=False")
    elif not egress and not (airflow_version == 3 and executor == "KubernetesExecutor"):
        problems.append("egress_cidrs: has no effect without egress_policies=True (only Airflow 3 task pods use it otherwise)")
    for i, cidr in enumerate(cidrs):
        try:
            ipaddress.ip_network(cidr, strict=False)
            if "/" not in cidr:
                raise ValueError
        except (ValueError, TypeError):
            problems.append(f"egress_cidrs[{i}]: {cidr!r} is not a CIDR (e.g. 10.0.0.0/8 or 2001:db8::/32)")
    return problems


def _check(*, namespace: str, name: str, executor: str, airflow_version: int, broker: object, labels: dict[str, str]) -> None:
    from .. import names

    problems = names.name_problems("namespace", namespace, label=True) + names.name_problems("name", name, label=True)
    if len(name) > 40:
        problems.append(f"name: {name!r} is longer than 40 characters (object names add suffixes such as -dag-processor)")
    if executor not in ("KubernetesExecutor", "CeleryExecutor"):
        problems.append(f"executor: {executor!r} must be KubernetesExecutor or CeleryExecutor")
    if airflow_version not in (2, 3):
        problems.append(f"airflow_version: {airflow_version!r} must be 2 or 3")
    if broker is not None and executor != "CeleryExecutor":
        problems.append("broker: only the CeleryExecutor uses a broker")
    problems += names.metadata_problems(labels, {})
    raise_if(problems, "AirflowPlatform")
