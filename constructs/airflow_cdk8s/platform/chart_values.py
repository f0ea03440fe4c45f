"""Read the official Apache Airflow Helm chart's values (``--chart airflow``) into an ``AirflowPlatform`` plan.

Every key is accounted for: mapped to a prop, accepted because it is left at the official chart's
default (or configures something we never create, with a notice), or refused. A key of that chart
we do not support gets an error that says so; a key that chart does not have gets did-you-mean.
Where that chart would generate a secret into its output (Fernet key, API / webserver / JWT keys,
Redis and PostgreSQL passwords, connection Secrets), we reference a Secret instead and say which
key to set. Nothing here starts cdk8s: ``OfficialChartPlan.build`` does that.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any


from .. import kube_fields, names, safe_yaml
from ..errors import ValuesError
from ..layers import format_path
from .official_keys import FREE, lookup, siblings

Path = tuple[str | int, ...]
DEFAULT_TAG = "3.0.6"  # the Airflow version airflow-cdk8s is tested with (the official chart's default is a later 3.x)
DEFAULT_DAGS_FOLDER = "/opt/airflow/dags"
COMPONENTS_2 = ("scheduler", "webserver", "triggerer", "dagProcessor", "workers")
COMPONENTS_3 = ("scheduler", "apiServer", "triggerer", "dagProcessor", "workers")
_MISSING = object()

# Why a key of the official chart is not supported, by the path it starts with (most specific first).
WHY: dict[Path, str] = {
    ("workers", "keda"): "scale Celery workers with workers.replicas, or add a KEDA ScaledObject next to the output",
    ("workers", "hpa"): "scale Celery workers with workers.replicas",
    ("flower",): "no Flower UI is created",
    ("kerberos",): "no Kerberos sidecars are created",
    ("elasticsearch",): "ship task logs with remote logging (config.logging.remote_logging and a connection) instead",
    ("opensearch",): "ship task logs with remote logging (config.logging.remote_logging and a connection) instead",
    ("extraSecrets",): "their data would be in the output; create the Secrets out of band or with External Secrets",
    ("extraConfigMaps",): "add your ConfigMaps next to the output",
    ("podTemplate",): "the KubernetesExecutor pod template is generated from workers.* and the global settings",
    ("securityContext",): "every pod runs with the Pod Security 'restricted' defaults (uid 50000)",
    ("securityContexts",): "every pod runs with the Pod Security 'restricted' defaults (uid 50000)",
    ("uid",): "Airflow runs as uid 50000 under the Pod Security 'restricted' defaults",
    ("gid",): "Airflow runs with fsGroup 50000 under the Pod Security 'restricted' defaults",
    ("cleanup",): "failed task pods are kept for debugging; delete finished ones with kubectl",
    ("databaseCleanup",): "run `airflow db clean` from a DAG or a CronJob of your own",
    ("quotas",): "add a ResourceQuota next to the output",
    ("limits",): "add a LimitRange next to the output",
    ("priorityClasses",): "add PriorityClasses next to the output",
    ("rbac",): "the RBAC the KubernetesExecutor needs is always created (namespace-scoped)",
    ("multiNamespaceMode",): "task pods run in the platform's namespace",
    ("ports",): "the components listen on Airflow's standard ports",
    ("extraEnvFrom",): "list the variables in env or secret",
    ("volumes",): "mount extra volumes from a subclass of AirflowPlatform in Python",
    ("volumeMounts",): "mount extra volumes from a subclass of AirflowPlatform in Python",
    ("airflowLocalSettings",): "bake airflow_local_settings.py into your image",
    ("enableBuiltInSecretEnvVars",): "the secret variables always come from Secret references",
    ("useStandardNaming",): "objects are named <release>-<component>",
    ("nameOverride",): "objects are named <release>-<component>; set fullnameOverride to change <release>",
}
for _c in ("scheduler", "webserver", "apiServer", "triggerer", "dagProcessor", "workers"):
    WHY[(_c, "nodeSelector")] = WHY[(_c, "affinity")] = WHY[(_c, "tolerations")] = (
        "scheduling is platform-wide here: use the top-level nodeSelector, affinity and tolerations")
    WHY[(_c, "serviceAccount", "automountServiceAccountToken")] = "the token is mounted only where a pod calls the Kubernetes API"


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
    reader = _Reader(values)
    plan = _map(reader, namespace=namespace, release=release, create_namespace=create_namespace)
    reader.leftovers()
    problems = list(dict.fromkeys(reader.problems))
    problems += names.name_problems("--namespace", namespace, label=True)
    if problems:
        raise ValuesError(problems, source)
    plan.notices = list(dict.fromkeys(reader.notices))
    return plan


# ---- reading with a record of what was used ---------------------------------------------------


class _Reader:
    def __init__(self, values: dict[str, Any]):
        self.values = values
        self.used: set[Path] = set()
        self.problems: list[str] = []
        self.notices: list[str] = []
        self.why: dict[Path, str] = dict(WHY)
        self.external: dict[str, str] = {}  # externalSecrets.remoteKeys: which referenced Secret comes from a store
        self.refs: dict[str, Any] = {}  # the same names -> the SecretKeyRef airflow-cdk8s references

    def referenced(self, logical: str, ref: Any, path: Path, message: str) -> Any:
        """Record a Secret reference; the notice ``message`` (how to create it) unless a store provides it."""
        self.refs[logical] = ref
        if logical not in self.external:
            self.notice(path, message + f"; or fetch it with External Secrets (externalSecrets.remoteKeys.{logical})")
        return ref

    def get(self, *path: str | int, default: Any = None) -> Any:
        self.used.add(path)
        node: Any = self.values
        for part in path:
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def has(self, *path: str) -> bool:
        return self.get(*path, default=_MISSING) is not _MISSING

    def ignore(self, *path: str) -> None:
        self.used.add(path)

    def problem(self, path: Path, message: str) -> None:
        self.problems.append(f"{format_path(path)}: {message}")

    def notice(self, path: Path, message: str) -> None:
        self.notices.append(f"{format_path(path)}: {message}")

    # typed getters: a wrong type is a problem, and the default is used so reading goes on
    def typed(self, path: Path, kinds: tuple[type, ...], default: Any, what: str) -> Any:
        value = self.get(*path, default=default)
        if value is None or value is default:
            return default
        if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
            self.problem(path, f"{value!r} must be {what}")
            return default
        return value

    def text(self, *path: str, default: str | None = None) -> str | None:
        value = self.get(*path, default=default)
        if value in (None, ""):
            return default
        if isinstance(value, float):
            self.problem(path, f"{value!r} was read as a number; quote it (\"{value}\") so it stays the text you wrote")
            return default
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            self.problem(path, f"{value!r} must be a string")
            return default
        return str(value)

    def flag(self, *path: str, default: bool) -> bool:
        return self.typed(path, (bool,), default, "true or false")

    def count(self, *path: str, default: int) -> int:
        value = self.typed(path, (int,), default, "a whole number")
        if value < 0:
            self.problem(path, f"{value} must not be negative")
            return default
        return value

    def secret_name(self, *path: str) -> str | None:
        value = self.text(*path)
        if value is not None and (error := names.dns1123_subdomain_error(value)):
            self.problem(path, error)
            return None
        return value

    def string_map(self, *path: str) -> dict[str, str]:
        value = self.typed(path, (dict,), {}, "a mapping")
        bad = [k for k, v in value.items() if not isinstance(v, str)]
        for key in bad:
            self.problem((*path, key), f"{value[key]!r} must be a string (quote it)")
        return {k: v for k, v in value.items() if k not in bad}

    def fragment(self, path: Path, definition: str, value: Any) -> bool:
        errors = kube_fields.fragment_errors(definition, value)
        for error in errors:
            sub, _, message = error.partition(": ")
            self.problems.append(f"{format_path(path)}{sub}: {message}")
        return not errors

    def fragments(self, *path: str, definition: str) -> list[dict[str, Any]]:
        value = self.typed(path, (list,), [], "a list")
        return [item for i, item in enumerate(value) if self.fragment((*path, i), definition, item)]

    def resources(self, *path: str) -> dict[str, Any] | None:
        value = self.typed(path, (dict,), {}, "a mapping with requests and limits")
        if not value:
            return None
        value = {k: ({r: str(q) for r, q in v.items()} if isinstance(v, dict) else v) for k, v in value.items()}
        if not self.fragment(path, "io.k8s.api.core.v1.ResourceRequirements", value):
            return None
        for kind, quantities in value.items():
            for resource, quantity in quantities.items():
                if error := names.quantity_error(quantity):
                    self.problem((*path, kind, resource), error)
        return value

    def leftovers(self) -> None:
        """Every key that was not used: at its official default (fine), unsupported, or unknown."""
        self._walk(self.values, ())

    def _walk(self, node: Any, path: Path) -> None:
        if path in self.used:
            return
        known, default = lookup(path) if path else (True, None)
        if not known:
            key = path[-1]
            hint = difflib.get_close_matches(str(key), siblings(path), n=1, cutoff=0.6)
            self.problem(path, "unknown key (the official chart has no such key)"
                         + (f"; did you mean {hint[0]!r}?" if hint else ""))
            return
        structured = not path or default is FREE or (isinstance(default, dict) and bool(default))  # {} = a free-form map
        if isinstance(node, dict) and structured:
            for key, value in node.items():
                self._walk(value, (*path, key))
            return
        if node in (None, {}, [], "") or (default is not FREE and node == default):
            return
        why = next((self.why[path[:end]] for end in range(len(path), 0, -1) if path[:end] in self.why), None)
        self.problem(path, "a key of the official chart that airflow-cdk8s does not support"
                     + (f" ({why})" if why else "") + "; remove it")


# ---- the mapping ------------------------------------------------------------------------------


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
    plan = OfficialChartPlan(props=props, known_hosts=known_hosts)
    if store:
        plan.external_secrets = _external_secrets(r, store)
    plan.logs_claim = _logs(r, name, props)
    plan.dags_claim = _dags_claim(r, name, git_sync is not None)
    _not_created(r, name)
    return plan


EXTERNAL_KEYS = ("fernetKey", "webserverSecretKey", "apiSecretKey", "jwtSecret", "metadataConnection",
                 "postgresPassword", "redisPassword", "brokerUrl")
_STORE_KEYS = ("secretStore", "kind", "refreshInterval", "remoteKeys")


def _external_store(r: _Reader) -> dict[str, Any] | None:
    """``externalSecrets`` (an airflow-cdk8s key, not the official chart's): fetch the referenced Secrets from a store."""
    base = ("externalSecrets",)
    block = r.typed(base, (dict,), {}, "a mapping with secretStore, kind, refreshInterval, remoteKeys")
    if not block:
        return None
    for key in block:
        if key not in _STORE_KEYS:
            hint = difflib.get_close_matches(str(key), _STORE_KEYS, n=1, cutoff=0.6)
            r.problem((*base, key), "unknown key" + (f"; did you mean {hint[0]!r}?" if hint else f" (keys: {', '.join(_STORE_KEYS)})"))
    store = r.secret_name(*base, "secretStore")
    if not store:
        r.problem((*base, "secretStore"), "is required: the name of an existing SecretStore or ClusterSecretStore")
    kind = r.text(*base, "kind", default="SecretStore")
    if kind not in ("SecretStore", "ClusterSecretStore"):
        r.problem((*base, "kind"), f"{kind!r} must be SecretStore or ClusterSecretStore")
    refresh = r.text(*base, "refreshInterval", default="1h")
    if error := names.duration_error(refresh):
        r.problem((*base, "refreshInterval"), error)
    for key, remote in r.typed((*base, "remoteKeys"), (dict,), {}, "a mapping").items():
        if key not in EXTERNAL_KEYS:
            hint = difflib.get_close_matches(str(key), EXTERNAL_KEYS, n=1, cutoff=0.6)
            r.problem((*base, "remoteKeys", key), "unknown key" + (f"; did you mean {hint[0]!r}?" if hint else
                      f" (keys: {', '.join(EXTERNAL_KEYS)})"))
        elif not isinstance(remote, str) or not remote:
            r.problem((*base, "remoteKeys", key), "must be the secret's name (key) in the store")
        else:
            r.external[key] = remote
    if not r.external:
        r.problem((*base, "remoteKeys"), f"is required: the remote key of each Secret to fetch ({', '.join(EXTERNAL_KEYS)})")
    return {"store": store, "kind": kind, "refresh_interval": refresh} if store else None


def _external_secrets(r: _Reader, store: dict[str, Any]) -> list[dict[str, Any]]:
    """One ExternalSecret per referenced Secret, with a data entry per key fetched into it."""
    by_secret: dict[str, list[tuple[str, str]]] = {}
    for logical, remote in r.external.items():
        ref = r.refs.get(logical)
        if ref is None:
            r.problem(("externalSecrets", "remoteKeys", logical), "this platform references no such Secret (see "
                      "executor, airflowVersion, postgresql.enabled); remove it")
            continue
        by_secret.setdefault(ref.name, []).append((ref.key, remote))
    return [{**store, "name": secret, "data": sorted(data)} for secret, data in sorted(by_secret.items())]


def _image_and_version(r: _Reader) -> tuple[str, int]:
    repository = r.text("images", "airflow", "repository") or r.text("defaultAirflowRepository", default="apache/airflow")
    tag_path = ("images", "airflow", "tag") if r.text("images", "airflow", "tag") else ("defaultAirflowTag",)
    tag = r.text(*tag_path) or DEFAULT_TAG
    digest = r.text("images", "airflow", "digest") or r.text("defaultAirflowDigest")
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


def _pull_secrets(r: _Reader) -> list[str]:
    result = []
    for i, item in enumerate(r.typed(("imagePullSecrets",), (list,), [], "a list of Secret names")):
        secret = item.get("name") if isinstance(item, dict) else item
        if not isinstance(secret, str) or (error := names.dns1123_subdomain_error(secret)):
            r.problem(("imagePullSecrets", i), "must be a Secret name or {name: SECRET}" if not isinstance(secret, str) else error)
        else:
            result.append(secret)
    if registry := r.secret_name("registry", "secretName"):
        result.append(registry)
    if r.get("registry", "connection"):
        r.problem(("registry", "connection"), "a registry password in plain text: the official chart turns it into a Secret "
                  "of its output; create a docker-registry Secret (kubectl create secret docker-registry ...) and list "
                  "it in imagePullSecrets")
    pod_template = f"{r.text('images', 'pod_template', 'repository') or ''}:{r.text('images', 'pod_template', 'tag') or ''}"
    airflow = f"{r.text('images', 'airflow', 'repository') or ''}:{r.text('images', 'airflow', 'tag') or ''}"
    if pod_template != ":" and pod_template != airflow:
        r.problem(("images", "pod_template"), "task pods run the Airflow image (images.airflow); remove images.pod_template "
                  "or set it to the same repository and tag")
    r.ignore("images", "pod_template", "pullPolicy")
    return list(dict.fromkeys(result))


_PLAIN_SECRETS = {
    ("fernetKey",): "fernetKeySecretName",
    ("webserverSecretKey",): "webserverSecretKeySecretName",
    ("apiSecretKey",): "apiSecretKeySecretName",
    ("jwtSecret",): "jwtSecretName",
    ("data", "brokerUrl"): "data.brokerUrlSecretName",
    ("data", "resultBackendConnection"): "data.resultBackendSecretName",
    ("redis", "password"): "redis.passwordSecretName",
    ("dags", "gitSync", "sshKey"): "dags.gitSync.sshKeySecret",
    ("webserver", "defaultUser", "password"): None,
}


def _secrets(r: _Reader, name: str, major: int):
    from .settings import AirflowSecrets, SecretKeyRef

    for path, instead in _PLAIN_SECRETS.items():
        value = r.get(*path)
        if value not in (None, "") and not (path[-1] == "password" and value == "admin"):
            what = (f"put it in a Secret and set {instead}" if instead else
                    "users are not created from values here; create them with your auth manager")
            r.problem(path, f"a secret in plain text: the official chart writes it into a Secret of its output; {what}")

    def ref(key_path: str, official_key: str, default_secret: str, command: str) -> SecretKeyRef:
        logical = {"jwtSecretName": "jwtSecret"}.get(key_path, key_path.removesuffix("SecretName"))
        secret = r.secret_name(key_path)
        if secret:
            r.refs[logical] = SecretKeyRef(secret, official_key)
            return r.refs[logical]
        return r.referenced(logical, SecretKeyRef(default_secret, official_key), (key_path,),
                            f"not set: the official chart generates this key into a Secret of its output; airflow-cdk8s "
                            f"reads key {official_key} of Secret {default_secret}, which you create ({command}), or set "
                            f"{key_path} to a Secret with key {official_key}")

    fernet = ref("fernetKeySecretName", "fernet-key", f"{name}-fernet-key",
                 f"kubectl create secret generic {name}-fernet-key --from-literal=fernet-key=$(python3 -c "
                 "'import base64,os;print(base64.urlsafe_b64encode(os.urandom(32)).decode())')")
    if major == 2:
        for key in ("apiSecretKeySecretName", "jwtSecretName"):
            if r.text(key):
                r.problem((key,), "applies to Airflow 3; this is Airflow 2: set webserverSecretKeySecretName")
        web = ref("webserverSecretKeySecretName", "webserver-secret-key", f"{name}-webserver-secret-key",
                  f"kubectl create secret generic {name}-webserver-secret-key --from-literal=webserver-secret-key=$(openssl rand -hex 32)")
        return AirflowSecrets(fernet_key=fernet, api_secret_key=web)
    if r.text("webserverSecretKeySecretName"):
        r.problem(("webserverSecretKeySecretName",), "applies to Airflow 2; Airflow 3 signs with [api] secret_key: set apiSecretKeySecretName")
    api = ref("apiSecretKeySecretName", "api-secret-key", f"{name}-api-secret-key",
              f"kubectl create secret generic {name}-api-secret-key --from-literal=api-secret-key=$(openssl rand -hex 32)")
    jwt = ref("jwtSecretName", "jwt-secret", f"{name}-jwt-secret",
              f"kubectl create secret generic {name}-jwt-secret --from-literal=jwt-secret=$(openssl rand -hex 32)")
    return AirflowSecrets(fernet_key=fernet, api_secret_key=api, jwt_secret=jwt)


_CONNECTION_DEFAULTS = {"user": "postgres", "pass": "postgres", "protocol": "postgresql", "host": None, "port": 5432,
                        "db": "postgres", "sslmode": "disable", "secretAnnotations": {}}


def _database(r: _Reader, name: str):
    from .settings import EmbeddedPostgres, ExternalDatabase, SecretKeyRef

    connection = r.typed(("data", "metadataConnection"), (dict,), {}, "a mapping")
    if any(_CONNECTION_DEFAULTS.get(k, _MISSING) != v for k, v in connection.items()):
        r.problem(("data", "metadataConnection"), "the official chart writes this connection, password included, into a "
                  "Secret of its output; put the SQLAlchemy URL in a Secret under key connection (kubectl create secret "
                  "generic airflow-metadata --from-literal=connection=postgresql://...) and set data.metadataSecretName")
    secret = r.secret_name("data", "metadataSecretName")
    enabled = r.flag("postgresql", "enabled", default=secret is None)
    if secret:
        if enabled:
            r.problem(("postgresql", "enabled"), "true with data.metadataSecretName: the PostgreSQL would go unused; set "
                      "postgresql.enabled: false")
        r.refs["metadataConnection"] = SecretKeyRef(secret, "connection")
        return ExternalDatabase(r.refs["metadataConnection"])
    if not enabled:
        r.problem(("data", "metadataSecretName"), "is required when postgresql.enabled is false: a Secret with the "
                  "SQLAlchemy URL of your database under key connection")
        return EmbeddedPostgres()
    auth = ("postgresql", "auth")
    for key, default in (("postgresPassword", "postgres"), ("password", "")):
        if r.get(*auth, key) not in (None, default):
            r.problem((*auth, key), "a password in plain text: the subchart writes it into a Secret of its output; "
                      "put it in a Secret and set postgresql.auth.existingSecret")
    for key, default in (("enablePostgresUser", True), ("username", "")):
        if r.get(*auth, key) not in (None, default):
            r.problem((*auth, key), "not supported: the embedded PostgreSQL has one user, airflow")
    existing = r.secret_name(*auth, "existingSecret")
    key = r.text(*auth, "secretKeys", "userPasswordKey", default="password")
    r.notice(("postgresql", "enabled"), "a single development PostgreSQL (as the official chart says: not for "
             f"production); it does not reuse the official chart's volume (data-{name}-postgresql-0): for data you "
             "keep, use your own database and data.metadataSecretName")
    if existing:
        password = r.refs["postgresPassword"] = SecretKeyRef(existing, key)
    else:
        password = r.referenced("postgresPassword", SecretKeyRef(f"{name}-postgres", "password"), ("postgresql", "auth"),
                                f"the embedded PostgreSQL's password is key password of Secret {name}-postgres, which "
                                f"you create (kubectl create secret generic {name}-postgres --from-literal=password="
                                "$(openssl rand -hex 24)), or set postgresql.auth.existingSecret")
    settings: dict[str, Any] = {"password": password}
    repository, tag = r.text("postgresql", "image", "repository"), r.text("postgresql", "image", "tag")
    if repository or tag:
        settings["image"] = f"{repository or 'postgres'}:{tag or '16.4'}"
    if size := r.text("postgresql", "primary", "persistence", "size"):
        settings["storage"] = size
    if storage_class := r.text("postgresql", "primary", "persistence", "storageClass"):
        settings["storage_class_name"] = storage_class
    try:
        return EmbeddedPostgres(**settings)
    except ValuesError as error:
        r.problems += [f"postgresql.primary.persistence.size: {p.partition(': ')[2]}" for p in error.problems]
        return EmbeddedPostgres(password=password)


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


def _broker(r: _Reader, name: str):
    from .settings import EmbeddedRedis, ExternalRedis, SecretKeyRef

    if secret := r.secret_name("data", "brokerUrlSecretName"):
        r.ignore("redis", "enabled")
        r.refs["brokerUrl"] = SecretKeyRef(secret, "connection")
        return ExternalRedis(r.refs["brokerUrl"])
    if not r.flag("redis", "enabled", default=True):
        r.problem(("data", "brokerUrlSecretName"), "is required with the CeleryExecutor when redis.enabled is false: a "
                  "Secret with the broker URL under key connection")
        return None
    if password := r.secret_name("redis", "passwordSecretName"):
        ref = r.refs["redisPassword"] = SecretKeyRef(password, "password")
    else:
        password = f"{name}-redis-password"
        ref = r.referenced("redisPassword", SecretKeyRef(password, "password"), ("redis", "passwordSecretName"),
                           f"not set: the official chart generates the Redis password into a Secret of its output; "
                           f"airflow-cdk8s reads key password of Secret {password}, which you create (kubectl create "
                           f"secret generic {password} --from-literal=password=$(openssl rand -hex 24)), or set "
                           "redis.passwordSecretName")
    settings: dict[str, Any] = {"password": ref}
    repository, tag = r.text("images", "redis", "repository"), r.text("images", "redis", "tag")
    if repository or tag:
        settings["image"] = f"{repository or 'redis'}:{tag or '7.4'}"
    return EmbeddedRedis(**settings)


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
            else:
                env.append({"name": f"AIRFLOW__{section.upper()}__{key.upper()}", "value": text})
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
    host = r.text(*base, "host")
    tls_secret = r.text(*base, "tls", "secretName")
    hosts = r.typed((*base, "hosts"), (list,), [], "a list of host names or {name, tls}")
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
    annotations = r.string_map(*base, "annotations")
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
    path = r.text(*base, "path", default="/")
    r.ignore(*base, "pathType")
    class_name = r.text(*base, "ingressClassName")
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
    user = r.get("webserver", "defaultUser", "enabled") is not False and r.get("createUserJob", "enabled") is not False
    if user:
        r.notice(("createUserJob",), "not created: the official chart's Job creates user admin with password admin "
                 "(webserver.defaultUser) in its command line. Create your users with your auth manager, e.g. "
                 f"`kubectl exec deploy/{name}-api-server -- airflow users create --role Admin ...` with FAB; set "
                 "createUserJob.enabled: false to silence this")
    r.ignore("createUserJob")
    r.ignore("webserver", "defaultUser")
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

