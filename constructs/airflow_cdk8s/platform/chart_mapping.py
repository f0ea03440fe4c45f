"""The rest of the official Airflow chart's values mapped to ``AirflowPlatform`` props (for ``chart_values``):
image, config and env, git-sync, components, ServiceAccount, Ingress, claims, and what is not created."""

from __future__ import annotations

import re
from typing import Any

from .. import kube_fields, names, safe_yaml
from ..checks.secret_scan import env_credential
from ..errors import ValuesError
from ..layers import format_path
from .chart_reader import Path, _Reader
from .chart_secrets import _plaintext_env

DEFAULT_TAG = "3.0.6"  # the Airflow version airflow-cdk8s is tested with (the official chart's default is a later 3.x)
DEFAULT_DAGS_FOLDER = "/opt/airflow/dags"


def _image_and_version(r: _Reader) -> tuple[str, int]:
    repository = r.text("images", "airflow", "repository") or r.text("defaultAirflowRepository", default="apache/airflow")
    tag_path = ("images", "airflow", "tag") if r.text("images", "airflow", "tag") else ("defaultAirflowTag",)
    tag = r.text(*tag_path) or DEFAULT_TAG
    digest = r.text("images", "airflow", "digest") or r.text("defaultAirflowDigest")
    for key in ("defaultAirflowRepository", "defaultAirflowTag", "defaultAirflowDigest"):
        r.ignore(key)  # the fallbacks of images.airflow.*, which the official chart ignores too when those are set
    image = f"{repository}@{digest}" if digest else f"{repository}:{tag}"
    if any(c.isspace() for c in image):
        r.problem(tag_path, f"{image!r} is not an image reference (it has spaces)")
    tag_major = _major(tag)
    declared = r.text("airflowVersion")
    if declared is not None:
        major = _major(declared)
        if major not in (2, 3):
            r.problem(("airflowVersion",), f"{declared!r} must be an Airflow 2 or 3 version, e.g. \"2.9.3\" or \"3.0.6\"")
            return image, 3
        if tag_major is not None and tag_major != major and not digest:
            r.problem(tag_path, f"{tag!r} is Airflow {tag_major} but airflowVersion is {declared!r}; set both to the "
                                "version the image runs")
        return image, major
    if tag_major == 2:
        r.notice(("airflowVersion",), f"not set, but {format_path(tag_path)} is {tag!r}: the official chart then assumes "
                 "its own default (Airflow 3) and starts `airflow api-server`, which an Airflow 2 image does not have; "
                 f"airflow-cdk8s follows the image tag (Airflow 2, webserver). Set airflowVersion: \"{tag}\" to say so")
        return image, 2
    if tag_major is None:
        r.notice(("airflowVersion",), f"not set and the image tag {tag!r} is not a version: assuming Airflow 3; "
                 "set airflowVersion to the version your image runs")
    return image, tag_major or 3


def _major(version: str) -> int | None:
    match = re.match(r"v?(\d+)\.\d+", version)
    return int(match.group(1)) if match else None


def _pull_policy(r: _Reader, path: Path) -> str:
    value = r.text(*path, default="IfNotPresent")
    if value not in ("Always", "IfNotPresent", "Never"):
        r.problem(path, f"{value!r} must be Always, IfNotPresent or Never")
        return "IfNotPresent"
    return value


def _metrics(r: _Reader):
    """statsd.*: the official chart's StatsD exporter (on by default there too) is ours."""
    from .metrics import StatsdExporter

    if not r.flag("statsd", "enabled", default=True):
        return None
    settings: dict[str, Any] = {}
    repository, tag = r.text("images", "statsd", "repository"), r.text("images", "statsd", "tag")
    if repository or tag:
        settings["image"] = f"{repository or 'quay.io/prometheus/statsd-exporter'}:{tag or 'v0.28.0'}"
    r.ignore("images", "statsd", "pullPolicy")
    if resources := r.resources("statsd", "resources"):
        settings["resources"] = resources
    if prefix := r.text("config", "metrics", "statsd_prefix"):
        settings["prefix"] = prefix
    return StatsdExporter(**settings)


# Settings airflow-cdk8s sets itself: config.* may not set them to something else.
_OWN_CONFIG = {
    ("core", "executor"): "executor", ("core", "dags_folder"): "dags.gitSync / dags.mountPath",
    ("kubernetes", "pod_template_file"): None, ("kubernetes_executor", "pod_template_file"): None,
    ("metrics", "statsd_on"): "statsd.enabled", ("metrics", "statsd_host"): "statsd.enabled",
    ("metrics", "statsd_port"): "statsd.enabled",
    ("kubernetes", "namespace"): "--namespace", ("kubernetes_executor", "namespace"): "--namespace",
    ("kubernetes", "worker_container_repository"): "images.airflow", ("kubernetes_executor", "worker_container_repository"): "images.airflow",
    ("kubernetes", "worker_container_tag"): "images.airflow", ("kubernetes_executor", "worker_container_tag"): "images.airflow",
}
_SECRET_CONFIG = {
    ("core", "sql_alchemy_conn"): "data.metadataSecretName", ("database", "sql_alchemy_conn"): "data.metadataSecretName",
    ("core", "fernet_key"): "fernetKeySecretName", ("webserver", "secret_key"): "webserverSecretKeySecretName",
    ("api", "secret_key"): "apiSecretKeySecretName", ("api_auth", "jwt_secret"): "jwtSecretName",
    ("celery", "broker_url"): "data.brokerUrlSecretName", ("celery", "result_backend"): "data.resultBackendSecretName",
}


def _env(r: _Reader, *, executor: str) -> list[dict[str, Any]]:
    from .settings import SecretKeyRef

    env: list[dict[str, Any]] = []
    config = r.typed(("config",), (dict,), {}, "a mapping of airflow.cfg sections")
    for section, keys in config.items():
        if not isinstance(keys, dict):
            r.problem(("config", section), "must be a mapping of airflow.cfg keys")
            continue
        for key, value in keys.items():
            path = ("config", section, key)
            text = _config_text(value)
            if text is None:
                r.problem(path, f"{value!r} must be a string, number or true/false")
            elif "{{" in text:
                r.problem(path, "Helm templates are not evaluated here; write the value itself")
            elif (section, key) == ("metrics", "statsd_prefix"):
                continue  # the StatsD exporter's prefix (_metrics), which sets the variable itself
            elif (section, key) in _SECRET_CONFIG:
                r.problem(path, f"a secret in plain text; put it in a Secret and set {_SECRET_CONFIG[(section, key)]}")
            elif (section, key) in _OWN_CONFIG and not ((section, key) == ("core", "executor") and text == executor):
                r.problem(path, "is set by airflow-cdk8s" + (f" from {_OWN_CONFIG[(section, key)]}" if _OWN_CONFIG[(section, key)] else "")
                          + "; remove it")
            elif what := env_credential(name := f"AIRFLOW__{section.upper()}__{key.upper()}", text):
                r.problem(path, f"carries {what} in plain text, which would be written to the output (committed to git); "
                          f"use the secret list (envName: {name}, secretName, secretKey)")
            else:
                env.append({"name": name, "value": text})
    _plaintext_env(r, ("env",), r.get("env"))
    env += r.fragments("env", definition=kube_fields.ENV_VAR)
    extra = r.get("extraEnv")
    if isinstance(extra, str):
        if "{{" in extra:
            r.problem(("extraEnv",), "Helm templates are not evaluated here; write the values themselves")
            extra = None
        else:
            try:
                extra = safe_yaml.load(extra, safe_yaml.VALUES, source="extraEnv")
            except ValuesError as error:
                r.problem(("extraEnv",), f"is not a YAML list of variables ({'; '.join(error.problems)})")
                extra = None
    if extra is not None:
        if not isinstance(extra, list):
            r.problem(("extraEnv",), "must be a list of variables (name, value or valueFrom), as text or as a list")
        else:
            _plaintext_env(r, ("extraEnv",), extra)
            env += [v for i, v in enumerate(extra) if r.fragment(("extraEnv", i), kube_fields.ENV_VAR, v)]
    for i, item in enumerate(r.typed(("secret",), (list,), [], "a list of {envName, secretName, secretKey}")):
        if not isinstance(item, dict) or set(item) != {"envName", "secretName", "secretKey"}:
            r.problem(("secret", i), "must be {envName: VARIABLE, secretName: SECRET, secretKey: KEY}")
            continue
        try:
            env.append(SecretKeyRef(str(item["secretName"]), str(item["secretKey"])).env(str(item["envName"])))
        except ValuesError as error:
            r.problems += [f"secret[{i}].{p.replace('name:', 'secretName:', 1).replace('key:', 'secretKey:', 1)}" for p in error.problems]
    if executor == "CeleryExecutor" and (secret := r.secret_name("data", "resultBackendSecretName")):
        env.append(SecretKeyRef(secret, "connection").env("AIRFLOW__CELERY__RESULT_BACKEND"))
    return env


def _config_text(value: Any) -> str | None:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def _git_sync(r: _Reader, name: str):
    from ..gitsync import GitSync

    base = ("dags", "gitSync")
    if not r.flag(*base, "enabled", default=False):
        r.ignore(*base)
        r.ignore("images", "gitSync")
        return None, None
    repo = r.text(*base, "repo")
    if not repo:
        r.problem((*base, "repo"), "is required with dags.gitSync.enabled (the official chart would sync its own example "
                  "repository)")
        return None, None
    tag = r.text("images", "gitSync", "tag")
    version = "v3" if tag and tag.startswith("v3") else "v4"
    props: dict[str, Any] = {"repo": repo, "version": version, "depth": r.count(*base, "depth", default=1),
                             "max_failures": r.typed((*base, "maxFailures"), (int,), 0, "a whole number"),
                             "sub_path": r.text(*base, "subPath", default="")}
    if tag or r.text("images", "gitSync", "repository"):
        props["image"] = f"{r.text('images', 'gitSync', 'repository') or 'registry.k8s.io/git-sync/git-sync'}:{tag or 'v4.4.0'}"
    props["image_pull_policy"] = _pull_policy(r, ("images", "gitSync", "pullPolicy"))
    branch, ref, rev = r.text(*base, "branch"), r.text(*base, "ref"), r.text(*base, "rev")
    if version == "v4":
        if ref:
            props["ref"] = ref
        elif branch:
            props["branch"] = branch
            r.notice((*base, "branch"), f"with git-sync v4 the official chart ignores branch and syncs ref (its default: "
                     f"v2-2-stable); airflow-cdk8s syncs {branch} as you meant; set ref: {branch} so both agree")
        if rev not in (None, "HEAD"):
            r.problem((*base, "rev"), "applies to git-sync v3; with v4 set ref to the branch, tag or commit")
    else:
        props["branch"] = branch or "main"
        if rev not in (None, "HEAD"):
            props["ref"] = rev
    if period := _seconds(r, (*base, "period")):
        props["period_seconds"] = period
    elif (wait := r.typed((*base, "wait"), (int, float), None, "seconds")) is not None:
        props["period_seconds"] = wait
    if credentials := r.secret_name(*base, "credentialsSecret"):
        props.update(credentials_secret=credentials, username_key="GITSYNC_USERNAME" if version == "v4" else "GIT_SYNC_USERNAME",
                     password_key="GITSYNC_PASSWORD" if version == "v4" else "GIT_SYNC_PASSWORD")
    known_hosts = None
    if ssh := r.secret_name(*base, "sshKeySecret"):
        props["ssh_key_secret"] = ssh
        hosts = r.text(*base, "knownHosts")
        if hosts:
            known_hosts = (f"{name}-git-known-hosts", hosts)
            props["known_hosts_config_map"] = known_hosts[0]
    if resources := r.resources(*base, "resources"):
        props["resources"] = resources
    if mount := r.text("dags", "mountPath"):
        props["dags_mount_path"] = mount
    try:
        return GitSync(**props), known_hosts
    except ValuesError as error:
        keys = {"repo": "repo", "ref": "ref", "branch": "branch", "depth": "depth", "max_failures": "maxFailures",
                "sub_path": "subPath", "ssh_key_secret": "sshKeySecret", "known_hosts_config_map": "knownHosts",
                "credentials_secret": "credentialsSecret", "period_seconds": "period", "image": "images.gitSync",
                "dags_mount_path": "dags.mountPath", "resources": "resources"}
        for problem in error.problems:
            prop, _, message = problem.partition(": ")
            key = keys.get(prop.split(".")[0].split("[")[0])
            where = key if key and "." in key else f"dags.gitSync.{key}" if key else "dags.gitSync"
            r.problems.append(f"{where}: {message}")
        return None, None


def _seconds(r: _Reader, path: Path) -> float | None:
    value = r.get(*path)
    if value in (None, "", "5s"):
        return None  # the official default (5s) is kept as ours: a sync every 30 s is plenty for DAGs
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    seconds = names.duration_seconds(value)
    if seconds is None:
        r.problem(path, names.duration_error(str(value)))
    return seconds


def _components(r: _Reader, components: tuple[str, ...], executor: str) -> dict[str, Any]:
    from .settings import ComponentSettings

    props: dict[str, Any] = {}
    prop_names = {"scheduler": "scheduler", "webserver": "api_server", "apiServer": "api_server",
                  "triggerer": "triggerer", "dagProcessor": "dag_processor", "workers": "workers"}
    for component in components:
        if r.get(component, "enabled") is False:
            r.problem((component, "enabled"), f"airflow-cdk8s always runs the {component}; remove it")
        r.ignore(component, "enabled")
        r.flag(component, "podDisruptionBudget", "enabled", default=False)  # a PDB (maxUnavailable 1) either way
        groomer = (component, "logGroomerSidecar")
        if r.get(*groomer, "enabled") is True:
            r.notice(groomer, "no log groomer is created: logs on an emptyDir go with the pod; on a claim, expire them "
                     "with your storage's lifecycle policy or a CronJob of your own")
        r.ignore(*groomer)
        resources = r.resources(component, "resources")
        _plaintext_env(r, (component, "env"), r.get(component, "env"))
        env = tuple(r.fragments(component, "env", definition=kube_fields.ENV_VAR))
        if component == "workers" and executor == "KubernetesExecutor":
            if resources:
                props["task_resources"] = resources
            if env:
                r.problem((component, "env"), "task pods take the global env; move these variables there")
            if r.get(component, "replicas") not in (None, 1):
                r.notice((component, "replicas"), "ignored with the KubernetesExecutor (one pod per task)")
            r.ignore(component, "replicas")
            r.ignore(component, "persistence")
            continue
        replicas = r.count(component, "replicas", default=1)  # the official chart's default, workers included
        props[prop_names[component]] = ComponentSettings(replicas=replicas, resources=resources, env=env)
    if executor == "CeleryExecutor":
        props["worker_logs"] = _worker_logs(r)
    return props


def _worker_logs(r: _Reader):
    from ..logs import worker_logs_claim_template

    base = ("workers", "persistence")
    if not r.flag(*base, "enabled", default=True):
        r.problem((*base, "enabled"), "Celery workers keep their logs on per-replica claims here (the API server reads "
                  "running tasks' logs from them); remove it")
    try:
        return worker_logs_claim_template(storage=r.text(*base, "size", default="100Gi"),
                                          storage_class_name=r.text(*base, "storageClassName"))
    except ValuesError as error:
        r.problems += [f"workers.persistence.{p.replace('storage:', 'size:', 1).replace('storage_class_name:', 'storageClassName:', 1)}"
                       for p in error.problems]
        return None


def _service_account(r: _Reader, components: tuple[str, ...]) -> dict[str, Any]:
    names_, creates, annotations = {}, {}, {}
    for component in components:
        base = (component, "serviceAccount")
        r.ignore(*base, "automountServiceAccountToken")
        if (value := r.text(*base, "name")) is not None:
            names_[component] = value
        if r.has(*base, "create"):
            creates[component] = r.flag(*base, "create", default=True)
        for key, value in r.string_map(*base, "annotations").items():
            if annotations.setdefault(key, (value, component))[0] != value:
                r.problem((*base, "annotations", key), f"differs from {annotations[key][1]}.serviceAccount.annotations; "
                          "airflow-cdk8s runs every Airflow pod as one ServiceAccount: give them the same annotations")
    props: dict[str, Any] = {}
    if len(set(names_.values())) > 1:
        r.problem((next(iter(names_)), "serviceAccount", "name"), "airflow-cdk8s runs every Airflow pod as one "
                  f"ServiceAccount; give every component the same serviceAccount.name (now {sorted(set(names_.values()))})")
    elif names_:
        props["service_account_name"] = next(iter(names_.values()))
    if len(set(creates.values())) > 1:
        r.problem((next(iter(creates)), "serviceAccount", "create"), "airflow-cdk8s runs every Airflow pod as one "
                  "ServiceAccount; set the same serviceAccount.create on every component")
    elif creates and not next(iter(creates.values())):
        if not names_:
            r.problem((next(iter(creates)), "serviceAccount", "name"), "is required with serviceAccount.create: false "
                      "(the ServiceAccount you created)")
        props["create_service_account"] = False
    if annotations:
        props["service_account_annotations"] = {k: v for k, (v, _) in annotations.items()}
    return props


def _ingress(r: _Reader, major: int):
    from ..cert_manager import IssuerRef
    from .ingress import IngressSettings

    key, other = ("apiServer", "web") if major == 3 else ("web", "apiServer")
    base = ("ingress", key)
    if r.flag("ingress", other, "enabled", default=False):
        r.problem(("ingress", other, "enabled"), f"applies to Airflow {2 if major == 3 else 3}; set ingress.{key} instead")
    if not (r.flag(*base, "enabled", default=False) or r.get("ingress", "enabled") is True):
        r.ignore(*base)
        return None
    # every key is read before any problem ends the reading, so none of them is also called unsupported
    host = r.text(*base, "host")
    tls_secret = r.text(*base, "tls", "secretName")
    if not r.flag(*base, "tls", "enabled", default=True):
        r.notice((*base, "tls", "enabled"), "false: airflow-cdk8s serves the UI over HTTPS only (a cert-manager certificate)")
    hosts = r.typed((*base, "hosts"), (list,), [], "a list of host names or {name, tls}")
    annotations = r.string_map(*base, "annotations")
    path = r.text(*base, "path", default="/")
    r.ignore(*base, "pathType")
    class_name = r.text(*base, "ingressClassName")
    if len(hosts) > 1:
        r.problem((*base, "hosts"), "one host is supported; list only one")
    if hosts:
        first = hosts[0]
        host = first.get("name") if isinstance(first, dict) else first
        if isinstance(first, dict):
            tls_secret = (first.get("tls") or {}).get("secretName") or tls_secret
    if not host:
        r.problem((*base, "hosts"), "give the public host name (hosts: [airflow.example.com])")
        return None
    issuer = None
    for annotation, kind in (("cert-manager.io/cluster-issuer", "ClusterIssuer"), ("cert-manager.io/issuer", "Issuer")):
        if annotation in annotations:
            issuer = IssuerRef(annotations.pop(annotation), kind)
    if issuer is None:
        r.problem((*base, "annotations"), "airflow-cdk8s serves the UI over HTTPS with a cert-manager certificate: add "
                  "cert-manager.io/cluster-issuer: NAME (or cert-manager.io/issuer: NAME) naming an existing issuer")
        return None
    for annotation in annotations:
        r.problem((*base, "annotations", annotation), "not supported (the Ingress's annotations are cert-manager's); remove it")
    if not class_name:
        r.notice((*base, "ingressClassName"), "not set: airflow-cdk8s uses nginx (cert-manager's HTTP-01 solver needs a class)")
    try:
        return IngressSettings(host=host, ingress_class_name=class_name or "nginx", tls_secret_name=tls_secret or None,
                               issuer=issuer, path=path)
    except ValuesError as error:
        r.problems += [f"{format_path(base)}.{p}" for p in error.problems]
        return None


def _logs(r: _Reader, name: str, props: dict[str, Any]) -> dict[str, Any] | None:
    base = ("logs", "persistence")
    if not r.flag(*base, "enabled", default=False):
        r.ignore(*base)
        return None
    if r.text(*base, "subPath"):
        r.problem((*base, "subPath"), "not supported: the claim is mounted whole at the logs folder")
    if claim := r.secret_name(*base, "existingClaim"):
        props["logs_claim"] = claim
        r.ignore(*base, "storageClassName")
        r.ignore(*base, "size")
        return None
    props["logs_claim"] = f"{name}-logs"
    size = r.text(*base, "size", default="100Gi")
    if error := names.quantity_error(size):
        r.problem((*base, "size"), error)
    return {"name": f"{name}-logs", "storage": size, "storage_class_name": r.text(*base, "storageClassName")}


def _dags_claim(r: _Reader, name: str, git_sync: bool) -> dict[str, Any] | None:
    base = ("dags", "persistence")
    if not r.flag(*base, "enabled", default=False):
        r.ignore(*base)
        return None
    if git_sync:
        r.problem((*base, "enabled"), "with dags.gitSync: git-sync keeps its own copy in every pod here; use one of them")
        return None
    mode = r.text(*base, "accessMode", default="ReadWriteOnce")
    if mode not in ("ReadWriteOnce", "ReadWriteMany", "ReadOnlyMany", "ReadWriteOncePod"):
        r.problem((*base, "accessMode"), f"{mode!r} is not an access mode")
    existing = r.secret_name(*base, "existingClaim")
    size = r.text(*base, "size", default="1Gi")
    if error := names.quantity_error(size):
        r.problem((*base, "size"), error)
    return {"name": existing or f"{name}-dags", "create": existing is None, "size": size, "access_mode": mode,
            "storage_class_name": r.text(*base, "storageClassName"), "sub_path": r.text(*base, "subPath"),
            "mount_path": r.text("dags", "mountPath", default=DEFAULT_DAGS_FOLDER)}


def _not_created(r: _Reader, name: str) -> None:
    """Keys that configure what the official chart creates and airflow-cdk8s does not."""
    if r.get("pgbouncer", "enabled") is True:
        r.notice(("pgbouncer", "enabled"), "PgBouncer is not created: the official chart puts its generated config, with "
                 "the database password (the default one with its embedded PostgreSQL), into a Secret of its output. "
                 "For connection pooling use your database service's own pooler in data.metadataSecretName's URL; set "
                 "pgbouncer.enabled: false to silence this")
    r.ignore("pgbouncer")
    unused = [f"images.{k}" for k in ("pgbouncer", "pgbouncerExporter", "flower") if r.get("images", k)]
    if unused:
        r.notice(("images",), f"{', '.join(unused)}: not used (airflow-cdk8s creates no PgBouncer or Flower)")
    for image in ("pgbouncer", "pgbouncerExporter", "flower", "redis"):
        r.ignore("images", image)
    job = ("migrateDatabaseJob",)
    if r.get(*job, "enabled") is False:
        r.problem((*job, "enabled"), "the migrations Job is always created (the components wait for the schema); remove it")
    for key in ("enabled", "useHelmHooks", "applyCustomEnv", "ttlSecondsAfterFinished", "jobAnnotations"):
        r.ignore(*job, key)  # no Helm hooks here: the Job is a plain object that Argo CD / Flux apply like the rest
    for key in ("useDefaultImageForMigration", "migrationsWaitTimeout"):
        if r.get("images", key) not in (None, False, 60):
            r.problem(("images", key), "not supported: migrations run the Airflow image and the components wait up to 600 s")
        r.ignore("images", key)
    r.ignore("ingress", "enabled")
