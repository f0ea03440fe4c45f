"""Secrets in the official Airflow chart's values (for ``chart_values``): references instead of generated
Secrets, External Secrets stores, image pull secrets, the metadata database and the Celery broker."""

from __future__ import annotations

import difflib
from typing import Any

from .. import names
from ..checks.secret_scan import env_credential
from ..errors import ValuesError
from .chart_reader import _MISSING, Path, _Reader


EXTERNAL_KEYS = ("fernetKey", "webserverSecretKey", "apiSecretKey", "jwtSecret", "metadataConnection",
                 "postgresPassword", "redisPassword", "brokerUrl")
_STORE_KEYS = ("secretStore", "kind", "refreshInterval", "remoteKeys")


_INSTEAD = "use the secret list ({envName, secretName, secretKey})"


def _plaintext_env(r: _Reader, path: Path, variables: Any) -> None:
    """A credential in a variable's plain value (env, extraEnv, a component's env) is an error naming its
    values path, as in the agent's env lists: the output is committed to git."""
    for i, var in enumerate(variables if isinstance(variables, list) else ()):
        if isinstance(var, dict) and isinstance(var.get("name"), str) and isinstance(var.get("value"), str) \
                and (what := env_credential(var["name"], var["value"])):
            r.problem((*path, i, "value"), f"{var['name']} carries {what} in plain text, which would be written to the "
                      f"output (committed to git); {_INSTEAD}, valueFrom.secretKeyRef (a Secret), or the secrets backend")


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
                  f"of its output; create a docker-registry Secret (kubectl -n {r.namespace} create secret docker-registry "
                  "...) and list it in imagePullSecrets")
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
    ("webserver", "defaultUser", "password"): "webserver.defaultUser.passwordSecretName",
}


def _secrets(r: _Reader, name: str, major: int):
    from .settings import AirflowSecrets, SecretKeyRef

    for path, instead in _PLAIN_SECRETS.items():
        value = r.get(*path)
        if value not in (None, "") and not (path[-1] == "password" and value == "admin"):
            r.problem(path, f"a secret in plain text: the official chart writes it into a Secret of its output; "
                      f"put it in a Secret and set {instead}")

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
                 f"kubectl -n {r.namespace} create secret generic {name}-fernet-key --from-literal=fernet-key=$(python3 -c "
                 "'import base64,os;print(base64.urlsafe_b64encode(os.urandom(32)).decode())')")
    if major == 2:
        for key in ("apiSecretKeySecretName", "jwtSecretName"):
            if r.text(key):
                r.problem((key,), "applies to Airflow 3; this is Airflow 2: set webserverSecretKeySecretName")
        web = ref("webserverSecretKeySecretName", "webserver-secret-key", f"{name}-webserver-secret-key",
                  f"kubectl -n {r.namespace} create secret generic {name}-webserver-secret-key --from-literal=webserver-secret-key=$(openssl rand -hex 32)")
        return AirflowSecrets(fernet_key=fernet, api_secret_key=web)
    if r.text("webserverSecretKeySecretName"):
        r.problem(("webserverSecretKeySecretName",), "applies to Airflow 2; Airflow 3 signs with [api] secret_key: set apiSecretKeySecretName")
    api = ref("apiSecretKeySecretName", "api-secret-key", f"{name}-api-secret-key",
              f"kubectl -n {r.namespace} create secret generic {name}-api-secret-key --from-literal=api-secret-key=$(openssl rand -hex 32)")
    jwt = ref("jwtSecretName", "jwt-secret", f"{name}-jwt-secret",
              f"kubectl -n {r.namespace} create secret generic {name}-jwt-secret --from-literal=jwt-secret=$(openssl rand -hex 32)")
    return AirflowSecrets(fernet_key=fernet, api_secret_key=api, jwt_secret=jwt)


_CONNECTION_DEFAULTS = {"user": "postgres", "pass": "postgres", "protocol": "postgresql", "host": None, "port": 5432,
                        "db": "postgres", "sslmode": "disable", "secretAnnotations": {}}


def _database(r: _Reader, name: str):
    from .settings import EmbeddedPostgres, ExternalDatabase, SecretKeyRef

    connection = r.typed(("data", "metadataConnection"), (dict,), {}, "a mapping")
    if any(_CONNECTION_DEFAULTS.get(k, _MISSING) != v for k, v in connection.items()):
        r.problem(("data", "metadataConnection"), "the official chart writes this connection, password included, into a "
                  "Secret of its output; put the SQLAlchemy URL in a Secret under key connection (kubectl -n "
                  f"{r.namespace} create secret generic {name}-metadata --from-literal=connection=postgresql://...) and "
                  "set data.metadataSecretName")
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
                                f"you create (kubectl -n {r.namespace} create secret generic {name}-postgres --from-literal=password="
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
                           f"airflow-cdk8s reads key password of Secret {password}, which you create (kubectl -n "
                           f"{r.namespace} create secret generic {password} --from-literal=password=$(openssl rand -hex 24)), or set "
                           "redis.passwordSecretName")
    settings: dict[str, Any] = {"password": ref}
    repository, tag = r.text("images", "redis", "repository"), r.text("images", "redis", "tag")
    if repository or tag:
        settings["image"] = f"{repository or 'redis'}:{tag or '7.4'}"
    return EmbeddedRedis(**settings)


_ADMIN_KEYS = {"password_secret": "passwordSecretName", "password_key": "passwordSecretKey", "email": "email",
               "username": "username", "first_name": "firstName", "last_name": "lastName"}


def _first_admin(r: _Reader, name: str):
    """createUserJob with webserver.defaultUser: the official chart's Job has the password in its command line;
    here ``FirstAdmin``'s Job reads it from the Secret ``webserver.defaultUser.passwordSecretName`` (a key of
    airflow-cdk8s, as ``*SecretName`` keys of that chart name other Secrets)."""
    from .settings import FirstAdmin

    user = ("webserver", "defaultUser")
    fields = {"password_secret": r.secret_name(*user, "passwordSecretName"),
              "password_key": r.text(*user, "passwordSecretKey", default="password"),
              "email": r.text(*user, "email", default="admin@example.com"), "username": r.text(*user, "username", default="admin"),
              "first_name": r.text(*user, "firstName", default="admin"), "last_name": r.text(*user, "lastName", default="user")}
    role = r.text(*user, "role", default="Admin")
    r.ignore(*user, "password")  # refused in plain text by _secrets
    r.ignore("createUserJob")  # no Helm hooks: the Job is a plain object, as the migrations'
    if r.get(*user, "enabled") is False or r.get("createUserJob", "enabled") is False:
        return None
    if fields["password_secret"] is None:
        r.notice(("createUserJob",), "not created: the official chart's Job creates user admin with password admin "
                 "(webserver.defaultUser) in its command line. Set webserver.defaultUser.passwordSecretName to a Secret "
                 f"with key password and a Job creates that user from it (`kubectl -n {r.namespace} create secret generic "
                 f"{name}-admin --from-literal=password=...`), or create your users with your auth manager, e.g. `kubectl "
                 f"-n {r.namespace} exec deploy/{name}-api-server -- airflow users create --role Admin ...` with FAB; set "
                 "createUserJob.enabled: false to silence this")
        return None
    if role != "Admin":
        r.problem((*user, "role"), f"{role!r}: the user created here is an Admin; create users of other roles with "
                  "your auth manager")
        return None
    try:
        return FirstAdmin(**fields)
    except ValuesError as error:
        for problem in error.problems:
            prop, _, message = problem.partition(": ")
            r.problem((*user, _ADMIN_KEYS.get(prop, prop)), message)
        return None
