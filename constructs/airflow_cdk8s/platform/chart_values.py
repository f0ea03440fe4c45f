"""Read the official Apache Airflow Helm chart's values (``--chart airflow``) into an ``AirflowPlatform`` plan.

Every key is accounted for: mapped to a prop, accepted because it is left at the official chart's
default (or configures something we never create, with a notice), or refused. A key of that chart
we do not support gets an error that says so; a key that chart does not have gets did-you-mean.
Where that chart would generate a secret into its output (Fernet key, API / webserver / JWT keys,
Redis and PostgreSQL passwords, connection Secrets), we reference a Secret instead and say which
key to set. Nothing here starts cdk8s: ``OfficialChartPlan.build`` does that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import kube_fields, names
from ..errors import ValuesError
from .chart_mapping import (DEFAULT_DAGS_FOLDER, DEFAULT_TAG, _components, _dags_claim, _env, _git_sync, _image_and_version,
                            _ingress, _logs, _metrics, _not_created, _pull_policy, _service_account)
from .chart_reader import WHY, Path, _Reader
from .chart_secrets import (EXTERNAL_KEYS, _broker, _database, _external_secrets, _external_store, _first_admin,
                            _pull_secrets, _secrets)

__all__ = ["COMPONENTS_2", "COMPONENTS_3", "DEFAULT_DAGS_FOLDER", "DEFAULT_TAG", "EXTERNAL_KEYS", "WHY", "OfficialChartPlan",
           "Path", "read_chart_values"]

COMPONENTS_2 = ("scheduler", "webserver", "triggerer", "dagProcessor", "workers")
COMPONENTS_3 = ("scheduler", "apiServer", "triggerer", "dagProcessor", "workers")


@dataclass
class OfficialChartPlan:
    """What the official chart's values become: ``AirflowPlatform`` props plus the objects around it.

    props: keyword arguments of ``AirflowPlatform``.
    notices: what the user should know (defaults that differ from the official chart, objects we
        do not create), one ``"<values path>: <message>"`` line each.
    known_hosts: the git server's host keys (a ConfigMap is created for them). Default: None.
    logs_claim: a ReadWriteMany claim to create for the logs (name, size, storage class). Default: None.
    dags_claim: a claim mounted read-only at the DAGs folder; ``create`` says whether we create it.
    external_secrets: ExternalSecrets filling the referenced Secrets from a store (``externalSecrets``).
    """

    props: dict[str, Any]
    notices: list[str] = field(default_factory=list)
    known_hosts: tuple[str, str] | None = None
    logs_claim: dict[str, Any] | None = None
    dags_claim: dict[str, Any] | None = None
    external_secrets: list[dict[str, Any]] = field(default_factory=list)

    def build(self, scope: Any, id: str):
        """Synthesize the plan into ``scope`` (a cdk8s App); returns the ``AirflowPlatform``."""
        from ..gitsync import KnownHostsConfigMap
        from ..kube_object import KubeObject
        from ..logs import LogsClaim
        from .chart import AirflowPlatform

        platform = AirflowPlatform(scope, id, **self.props)
        namespace, labels = self.props["namespace"], platform.platform.object_labels
        if self.external_secrets:
            from ..external_secrets import ExternalSecret, SecretData, StoreRef

            for spec in self.external_secrets:
                ExternalSecret(platform, f"ExternalSecret-{spec['name']}", name=spec["name"], namespace=namespace,
                               store=StoreRef(spec["store"], spec["kind"]), refresh_interval=spec["refresh_interval"],
                               data=[SecretData(secret_key=k, remote_key=v) for k, v in spec["data"]])
        if self.known_hosts:
            KnownHostsConfigMap(platform, "KnownHosts", name=self.known_hosts[0], namespace=namespace, known_hosts=self.known_hosts[1])
        if self.logs_claim:
            LogsClaim(platform, "LogsClaim", namespace=namespace, access_modes=("ReadWriteMany",), labels=labels("logs"),
                      **self.logs_claim)
        if self.dags_claim:
            claim = self.dags_claim
            if claim["create"]:
                spec = {"accessModes": [claim["access_mode"]], "resources": {"requests": {"storage": claim["size"]}}}
                if claim["storage_class_name"]:
                    spec["storageClassName"] = claim["storage_class_name"]
                KubeObject(platform, "DagsClaim", api_version="v1", kind="PersistentVolumeClaim", name=claim["name"],
                           namespace=namespace, labels=labels("dags"), body=lambda: {"spec": spec})
            mount = {"name": "dags", "mountPath": claim["mount_path"], "readOnly": True}
            if claim["sub_path"]:
                mount["subPath"] = claim["sub_path"]
            pods = [*platform.components, *([platform.pod_template] if platform.pod_template else [])]
            for pod in pods:
                pod.add_volume({"name": "dags", "persistentVolumeClaim": {"claimName": claim["name"], "readOnly": True}}, dict(mount))
        return platform


def read_chart_values(values: dict[str, Any], *, namespace: str, release: str = "airflow",
                      create_namespace: bool = False, source: str = "values") -> OfficialChartPlan:
    """Map the official chart's values to a plan; raise ``ValuesError`` listing every problem.

    values: the (layered) values mapping.
    namespace: where everything runs (Helm's ``--namespace``).
    release: the release name, which prefixes every object name (Helm's release name). Default: ``airflow``.
    create_namespace: also emit the Namespace. Default: False.
    source: names the values in error messages. Default: ``values``.
    """
    reader = _Reader(values, namespace)
    plan = _map(reader, namespace=namespace, release=release, create_namespace=create_namespace)
    reader.leftovers()
    problems = list(dict.fromkeys(reader.problems))
    problems += names.name_problems("--namespace", namespace, label=True)
    if problems:
        raise ValuesError(problems, source)
    plan.notices = list(dict.fromkeys(reader.notices))
    return plan


def _map(r: _Reader, *, namespace: str, release: str, create_namespace: bool) -> OfficialChartPlan:
    name = r.text("fullnameOverride") or release
    store = _external_store(r)
    image, major = _image_and_version(r)
    executor = r.text("executor", default="CeleryExecutor")
    if executor not in ("KubernetesExecutor", "CeleryExecutor"):
        r.problem(("executor",), f"{executor!r} is not supported; airflow-cdk8s runs KubernetesExecutor or CeleryExecutor")
        executor = "KubernetesExecutor"
    components = COMPONENTS_3 if major == 3 else COMPONENTS_2
    r.why[("webserver",) if major == 3 else ("apiServer",)] = (
        "applies to Airflow 2: with Airflow 3 set apiServer.*" if major == 3 else "applies to Airflow 3: with Airflow 2 set webserver.*")
    git_sync, known_hosts = _git_sync(r, name)
    props: dict[str, Any] = dict(
        namespace=namespace, name=name, create_namespace=create_namespace, image=image, airflow_version=major,
        image_pull_policy=_pull_policy(r, ("images", "airflow", "pullPolicy")), executor=executor,
        image_pull_secrets=_pull_secrets(r), labels=r.string_map("labels"),
        database=_database(r, name), secrets=_secrets(r, name, major),
        env=_env(r, executor=executor),
        git_sync=git_sync, node_selector=r.string_map("nodeSelector") or None,
        tolerations=r.fragments("tolerations", definition=kube_fields.TOLERATION),
        network_policies=r.flag("networkPolicies", "enabled", default=True),
    )
    if major == 3:
        _remote_logging_connection_notice(r, props["env"])
    affinity = r.typed(("affinity",), (dict,), {}, "a mapping")
    if affinity and r.fragment(("affinity",), kube_fields.AFFINITY, affinity):
        props["affinity"] = affinity
    props["metrics"] = _metrics(r)
    if executor == "CeleryExecutor":
        props["broker"] = _broker(r, name)
    else:
        r.ignore("redis")
        r.ignore("data", "brokerUrlSecretName")
    props.update(_components(r, components, executor))
    props.update(_service_account(r, components))
    if (ingress := _ingress(r, major)) is not None:
        props["ingress"] = ingress
    if (admin := _first_admin(r, name)) is not None:
        props["first_admin"] = admin
    plan = OfficialChartPlan(props=props, known_hosts=known_hosts)
    if store:
        plan.external_secrets = _external_secrets(r, store)
    plan.logs_claim = _logs(r, name, props)
    plan.dags_claim = _dags_claim(r, name, git_sync is not None)
    _not_created(r, name)
    return plan


def _remote_logging_connection_notice(r: _Reader, env: list[dict[str, Any]]) -> None:
    """Airflow 3.0.4 and later fail every task when the remote-logging connection does not exist."""
    values = {v["name"]: v.get("value") for v in env}
    folder = str(values.get("AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER") or "")
    default = {"s3": "aws_default", "gs": "google_cloud_default", "wa": "wasb_default"}.get(folder[:2])
    if str(values.get("AIRFLOW__LOGGING__REMOTE_LOGGING", "")).lower() == "true" and default \
            and "AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID" not in values:
        r.notice(("config", "logging", "remote_log_conn_id"), f"not set, so tasks log through the connection {default}: "
                 "Airflow 3.0.4 and later fail every task when it does not exist (define it, e.g. as "
                 f"AIRFLOW_CONN_{default.upper()} in the secret list, or set remote_log_conn_id to one you have)")
