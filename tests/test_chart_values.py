"""--chart airflow: the official Apache Airflow chart's values as an AirflowPlatform (seed 001 and the common keys)."""

from __future__ import annotations

import cdk8s
import pytest
import yaml

from airflow_cdk8s.errors import ValuesError
from airflow_cdk8s.platform.chart_values import read_chart_values

from conftest import ROOT, assert_valid, container, env_of, find, kinds

SEED = ROOT / "examples" / "official-chart" / "airflow_values.yaml"


def plan_of(values: dict, **options):
    return read_chart_values(values, namespace=options.pop("namespace", "airflow"), **options)


def synth(values: dict, **options) -> list[dict]:
    chart = plan_of(values, **options).build(cdk8s.App(), "airflow")
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)  # strict schemas, API-server rules, Pod Security restricted, no Secret data
    return docs


def problems_of(values: dict) -> list[str]:
    with pytest.raises(ValuesError) as error:
        plan_of(values)
    return error.value.problems


def pod(docs, kind, name):
    return find(docs, kind, name)["spec"]["template"]["spec"]


def pod_template(docs) -> dict:
    return yaml.safe_load(find(docs, "ConfigMap", "airflow-pod-template")["data"]["pod_template_file.yaml"])


# ---- seed 001, as the AKS guide writes it --------------------------------------------------------


@pytest.fixture(scope="module")
def seed_docs():
    return synth(yaml.safe_load(SEED.read_text()))


def test_seed_is_an_airflow_2_platform_on_the_kubernetes_executor(seed_docs):
    webserver = container(find(seed_docs, "Deployment", "airflow-api-server"))
    assert webserver["image"] == "myregistry.azurecr.io/airflow:2.9.3" and webserver["args"][0] == "webserver"
    env = env_of(webserver)
    assert env["AIRFLOW__CORE__EXECUTOR"] == "KubernetesExecutor"
    assert env["ENVIRONMENT"] == "dev" and env["AIRFLOW__CORE__DEFAULT_TIMEZONE"] == "America/New_York"
    assert env["AIRFLOW__CORE__FERNET_KEY"] == {"secretKeyRef": {"name": "airflow-fernet-key", "key": "fernet-key"}}
    assert env["AIRFLOW__WEBSERVER__SECRET_KEY"] == {"secretKeyRef": {"name": "airflow-webserver-secret-key", "key": "webserver-secret-key"}}
    assert {d["metadata"]["name"] for d in kinds(seed_docs, "Deployment")} == {
        "airflow-scheduler", "airflow-api-server", "airflow-dag-processor", "airflow-triggerer", "airflow-statsd-exporter"}
    assert not kinds(seed_docs, "Secret")  # the official chart renders 8 with generated data


def test_seed_syncs_the_branch_it_names_and_mounts_the_logs_claim(seed_docs):
    scheduler = pod(seed_docs, "Deployment", "airflow-scheduler")
    git_sync = next(c for c in scheduler["containers"] if c["name"] == "git-sync")
    assert git_sync["image"] == "myregistry.azurecr.io/git-sync:v4.1.0"
    assert env_of(git_sync)["GITSYNC_REF"] == "main" and env_of(git_sync)["GITSYNC_REPO"].endswith("airflowexamples.git")
    assert {"name": "logs", "persistentVolumeClaim": {"claimName": "pvc-airflow-logs"}} in scheduler["volumes"]
    task = pod_template(seed_docs)
    assert {"name": "logs", "persistentVolumeClaim": {"claimName": "pvc-airflow-logs"}} in task["spec"]["volumes"]


def test_seed_creates_no_pgbouncer_statsd_or_user_job_and_says_why():
    plan = plan_of(yaml.safe_load(SEED.read_text()))
    notices = "\n".join(plan.notices)
    assert "pgbouncer.enabled: PgBouncer is not created" in notices
    assert "airflowVersion: not set, but images.airflow.tag is '2.9.3'" in notices and 'airflowVersion: "2.9.3"' in notices
    assert "fernetKeySecretName: not set" in notices and "kubectl -n airflow create secret generic airflow-fernet-key" in notices
    assert "createUserJob: not created" in notices
    assert "dags.gitSync.branch: with git-sync v4 the official chart ignores branch" in notices


def test_the_kubectl_commands_of_notices_create_the_secrets_in_the_namespace():
    # without -n they would land in kubectl's current namespace, where the pods do not look
    notices = "\n".join(plan_of({"executor": "KubernetesExecutor"}, namespace="data", release="etl").notices)
    assert "(kubectl -n data create secret generic etl-jwt-secret --from-literal=jwt-secret=" in notices
    assert "kubectl -n data exec deploy/etl-api-server" in notices
    assert "kubectl create" not in notices


# ---- unknown, unsupported and default keys ---------------------------------------------------------


def test_a_misspelling_gets_did_you_mean():
    assert problems_of({"workers": {"replica": 2}}) == [
        "workers.replica: unknown key (the official chart has no such key); did you mean 'replicas'?"]


def test_an_unsupported_key_of_the_official_chart_says_so():
    problems = problems_of({"workers": {"keda": {"enabled": True}}, "flower": {"enabled": True}, "uid": 1000})
    assert "workers.keda.enabled: a key of the official chart that airflow-cdk8s does not support (scale Celery " \
           "workers with workers.replicas, or add a KEDA ScaledObject next to the output); remove it" in problems
    assert any(p.startswith("flower.enabled: a key of the official chart that airflow-cdk8s does not support") for p in problems)
    assert any(p.startswith("uid: a key of the official chart") for p in problems)


def test_keys_left_at_the_official_default_are_accepted():
    plan_of({"workers": {"keda": {"enabled": False}}, "uid": 50000, "scheduler": {"extraVolumes": [],
                                                                                "podDisruptionBudget": {"enabled": True}},
             "rbac": {"create": True}, "migrateDatabaseJob": {"useHelmHooks": False}, "executor": "KubernetesExecutor"})


def test_webserver_keys_with_airflow_3_point_to_api_server():
    problems = problems_of({"airflowVersion": "3.0.6", "webserver": {"replicas": 2}})
    assert problems == ["webserver.replicas: a key of the official chart that airflow-cdk8s does not support "
                        "(applies to Airflow 2: with Airflow 3 set apiServer.*); remove it"]


# ---- secrets are referenced, never generated -------------------------------------------------------


@pytest.mark.parametrize("values, expected", [
    ({"fernetKey": "abc"}, "fernetKey: a secret in plain text: the official chart writes it into a Secret of its output; put it in a Secret and set fernetKeySecretName"),
    ({"data": {"metadataConnection": {"host": "db", "pass": "hunter2"}}}, "data.metadataConnection: the official chart writes this connection"),
    ({"executor": "CeleryExecutor", "redis": {"password": "p"}}, "redis.password: a secret in plain text"),
    ({"config": {"database": {"sql_alchemy_conn": "postgresql://u:p@db/x"}}}, "config.database.sql_alchemy_conn: a secret in plain text; put it in a Secret and set data.metadataSecretName"),
    ({"registry": {"connection": {"user": "u", "pass": "p"}}}, "registry.connection: a registry password in plain text"),
    ({"dags": {"gitSync": {"enabled": True, "repo": "git@github.com:o/r.git", "sshKey": "-----BEGIN"}}}, "dags.gitSync.sshKey: a secret in plain text"),
])
def test_plaintext_secrets_are_refused_with_the_key_to_set(values, expected):
    assert any(p.startswith(expected) for p in problems_of(values)), problems_of(values)


INSTEAD = "use the secret list ({envName, secretName, secretKey}), valueFrom.secretKeyRef (a Secret), or the secrets backend"


@pytest.mark.parametrize("values, expected", [
    ({"env": [{"name": "AIRFLOW_CONN_X", "value": "postgresql://u:pw@h/db"}]},
     f"env[0].value: AIRFLOW_CONN_X carries a password in URL in plain text, which would be written to the output "
     f"(committed to git); {INSTEAD}"),
    ({"extraEnv": "- name: A\n  value: b\n- name: AIRFLOW_CONN_GIT\n  value: '{\"conn_type\": \"git\", \"password\": \"x\"}'\n"},
     f"extraEnv[1].value: AIRFLOW_CONN_GIT carries a password in an Airflow connection in plain text, which would be "
     f"written to the output (committed to git); {INSTEAD}"),
    ({"extraEnv": [{"name": "DB_PASSWORD", "value": "Xk3-pq9_ZZ81mnbv"}]},
     f"extraEnv[0].value: DB_PASSWORD carries a literal secret in plain text, which would be written to the output "
     f"(committed to git); {INSTEAD}"),
    ({"scheduler": {"env": [{"name": "GIT_TOKEN", "value": "ghp_" + "a1" * 18}]}},
     f"scheduler.env[0].value: GIT_TOKEN carries a GitHub token in plain text, which would be written to the output "
     f"(committed to git); {INSTEAD}"),
    ({"config": {"smtp": {"smtp_password": "Xk3-pq9_ZZ81mnbv"}}},
     "config.smtp.smtp_password: carries a literal secret in plain text, which would be written to the output "
     "(committed to git); use the secret list (envName: AIRFLOW__SMTP__SMTP_PASSWORD, secretName, secretKey)"),
])
def test_credentials_in_env_values_are_refused_naming_the_values_path(values, expected):
    assert problems_of({"executor": "CeleryExecutor", **values}) == [expected]


def test_env_values_without_credentials_and_references_pass():
    docs = synth({"executor": "KubernetesExecutor", "config": {"smtp": {"smtp_host": "smtp.example.com"}},
                  "env": [{"name": "AIRFLOW_CONN_LOCAL", "value": "postgresql://db.example.com/x"},
                          {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}}],
                  "extraEnv": [{"name": "API_TOKEN_FILE", "value": "/var/run/secrets/api/token"}]})
    env = env_of(container(find(docs, "Deployment", "airflow-scheduler")))
    assert env["AIRFLOW_CONN_LOCAL"] == "postgresql://db.example.com/x"
    assert env["DB_PASSWORD"] == {"secretKeyRef": {"name": "db", "key": "password"}}
    assert env["API_TOKEN_FILE"] == "/var/run/secrets/api/token"
    assert env["AIRFLOW__SMTP__SMTP_HOST"] == "smtp.example.com"


def test_secret_names_are_referenced():
    docs = synth({"executor": "KubernetesExecutor", "airflowVersion": "3.0.6", "fernetKeySecretName": "keys",
                  "apiSecretKeySecretName": "api", "jwtSecretName": "jwt",
                  "data": {"metadataSecretName": "airflow-db"}, "postgresql": {"enabled": False}})
    env = env_of(container(find(docs, "Deployment", "airflow-scheduler")))
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == {"secretKeyRef": {"name": "airflow-db", "key": "connection"}}
    assert env["AIRFLOW__CORE__FERNET_KEY"] == {"secretKeyRef": {"name": "keys", "key": "fernet-key"}}
    assert env["AIRFLOW__API__SECRET_KEY"] == {"secretKeyRef": {"name": "api", "key": "api-secret-key"}}
    assert env["AIRFLOW__API_AUTH__JWT_SECRET"] == {"secretKeyRef": {"name": "jwt", "key": "jwt-secret"}}
    assert not [d for d in docs if d["kind"] == "StatefulSet"]  # no embedded PostgreSQL


def test_external_database_needs_postgresql_off():
    assert problems_of({"data": {"metadataSecretName": "db"}, "postgresql": {"enabled": True}}) == [
        "postgresql.enabled: true with data.metadataSecretName: the PostgreSQL would go unused; set postgresql.enabled: false"]
    assert any(p.startswith("data.metadataSecretName: is required when postgresql.enabled is false")
               for p in problems_of({"postgresql": {"enabled": False}}))


# ---- versions and executors ------------------------------------------------------------------------


def test_image_and_airflow_version_must_agree():
    assert problems_of({"airflowVersion": "3.0.6", "images": {"airflow": {"tag": "2.9.3"}}}) == [
        "images.airflow.tag: '2.9.3' is Airflow 2 but airflowVersion is '3.0.6'; set both to the version the image runs"]


def test_default_airflow_image_keys_are_the_fallback_of_images_airflow():
    # Helm users often set both; as in the official chart, images.airflow.* wins and the defaults are not errors
    values = {"defaultAirflowRepository": "acme/airflow", "defaultAirflowTag": "2.9.3",
              "images": {"airflow": {"repository": "acme/airflow", "tag": "3.0.6"}}}
    assert plan_of(values).props["image"] == "acme/airflow:3.0.6"
    assert plan_of({"defaultAirflowRepository": "acme/airflow", "defaultAirflowTag": "3.0.6"}).props["image"] == "acme/airflow:3.0.6"


def test_a_tag_read_as_a_number_must_be_quoted():
    assert problems_of({"images": {"airflow": {"tag": 2.10}}})[0].startswith("images.airflow.tag: 2.1 was read as a number; quote it")


def test_unsupported_executor():
    assert problems_of({"executor": "LocalExecutor"}) == [
        "executor: 'LocalExecutor' is not supported; airflow-cdk8s runs KubernetesExecutor or CeleryExecutor"]


def test_default_executor_is_celery_with_redis_and_worker_claims():
    plan = plan_of({"workers": {"replicas": 3, "persistence": {"size": "20Gi"}}})
    assert any(n.startswith("redis.passwordSecretName: not set") for n in plan.notices)
    docs = synth({"workers": {"replicas": 3, "persistence": {"size": "20Gi"}, "resources": {"requests": {"cpu": "1"}}}})
    workers = find(docs, "StatefulSet", "airflow-worker")
    assert workers["spec"]["replicas"] == 3
    assert workers["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"] == "20Gi"
    assert container(workers)["resources"] == {"requests": {"cpu": "1"}}
    assert env_of(container(workers))["AIRFLOW__CELERY__BROKER_URL_CMD"]  # from the embedded Redis's password Secret
    assert find(docs, "Deployment", "airflow-redis")


# ---- config, env, scheduling, accounts, ingress, claims ---------------------------------------------


def test_config_becomes_airflow_settings_and_refuses_templates_and_own_keys():
    docs = synth({"executor": "KubernetesExecutor", "config": {"core": {"parallelism": 64, "load_examples": False},
                                                                "webserver": {"expose_config": "True"}}})
    env = env_of(container(find(docs, "Deployment", "airflow-scheduler")))
    assert env["AIRFLOW__CORE__PARALLELISM"] == "64" and env["AIRFLOW__WEBSERVER__EXPOSE_CONFIG"] == "True"
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    problems = problems_of({"config": {"core": {"dags_folder": "/x", "executor": "LocalExecutor"},
                                       "logging": {"base_log_folder": "{{ .Values.x }}"}}})
    assert "config.core.dags_folder: is set by airflow-cdk8s from dags.gitSync / dags.mountPath; remove it" in problems
    assert "config.core.executor: is set by airflow-cdk8s from executor; remove it" in problems
    assert "config.logging.base_log_folder: Helm templates are not evaluated here; write the value itself" in problems


def test_secret_list_and_env_fragments():
    docs = synth({"executor": "KubernetesExecutor",
                  "secret": [{"envName": "AIRFLOW_CONN_WAREHOUSE", "secretName": "conns", "secretKey": "warehouse"}]})
    env = env_of(container(find(docs, "Deployment", "airflow-scheduler")))
    assert env["AIRFLOW_CONN_WAREHOUSE"] == {"secretKeyRef": {"name": "conns", "key": "warehouse"}}
    assert problems_of({"env": [{"name": "X", "valueFrom": {"fileRef": {}}}]})[0].startswith("env[0].valueFrom")


def test_global_scheduling_reaches_every_pod_and_task_pods():
    selector = {"agentpool": "airflow"}
    toleration = {"key": "dedicated", "operator": "Equal", "value": "airflow", "effect": "NoSchedule"}
    docs = synth({"executor": "KubernetesExecutor", "nodeSelector": selector, "tolerations": [toleration]})
    for name in ("airflow-scheduler", "airflow-api-server", "airflow-triggerer", "airflow-dag-processor"):
        spec = pod(docs, "Deployment", name)
        assert spec["nodeSelector"] == selector and spec["tolerations"] == [toleration]
    assert pod_template(docs)["spec"]["nodeSelector"] == selector
    assert problems_of({"scheduler": {"nodeSelector": selector}})[0].startswith(
        "scheduler.nodeSelector: a key of the official chart that airflow-cdk8s does not support (scheduling is platform-wide")


def test_common_per_component_keys_say_what_to_do_instead():
    values = {"workers": {"extraVolumes": [{"name": "scratch", "emptyDir": {}}],
                          "extraVolumeMounts": [{"name": "scratch", "mountPath": "/scratch"}]},
              "scheduler": {"extraContainers": [{"name": "proxy", "image": "proxy:1"}], "podAnnotations": {"team": "data"},
                            "labels": {"tier": "core"}}, "airflowPodAnnotations": {"team": "data"}}
    unsupported = "a key of the official chart that airflow-cdk8s does not support"
    assert sorted(problems_of(values)) == sorted([
        f"workers.extraVolumes: {unsupported} (add them in Python with the component's add_volume, as the README's library section shows); remove it",
        f"workers.extraVolumeMounts: {unsupported} (add them in Python with the component's add_volume_mount, as the README's library section shows); remove it",
        f"scheduler.extraContainers: {unsupported} (add them in Python with the component's add_sidecar, as the README's library section shows); remove it",
        f"scheduler.podAnnotations: {unsupported} (add them in Python with the component's pod_annotations, as the README's library section shows); remove it",
        f"scheduler.labels: {unsupported} (labels are platform-wide here: use the top-level labels); remove it",
        f"airflowPodAnnotations: {unsupported} (add pod annotations in Python with a component's pod_annotations, as the README's library section shows); remove it",
    ])


def test_one_service_account_for_every_component():
    sa = {"create": False, "name": "airflow", "annotations": {"azure.workload.identity/client-id": "x"}}
    docs = synth({"executor": "KubernetesExecutor", **{c: {"serviceAccount": sa} for c in
                                                        ("scheduler", "apiServer", "triggerer", "dagProcessor", "workers")}})
    assert not kinds(docs, "ServiceAccount")
    assert pod(docs, "Deployment", "airflow-scheduler")["serviceAccountName"] == "airflow"
    assert pod_template(docs)["spec"]["serviceAccountName"] == "airflow"
    problems = problems_of({"scheduler": {"serviceAccount": {"name": "a"}}, "triggerer": {"serviceAccount": {"name": "b"}}})
    assert problems[0].startswith("scheduler.serviceAccount.name: airflow-cdk8s runs every Airflow pod as one ServiceAccount")


def test_ingress_with_a_cert_manager_issuer():
    docs = synth({"executor": "KubernetesExecutor", "ingress": {"apiServer": {
        "enabled": True, "hosts": [{"name": "airflow.example.com", "tls": {"enabled": True, "secretName": "airflow-tls"}}],
        "ingressClassName": "nginx", "annotations": {"cert-manager.io/cluster-issuer": "letsencrypt"}}}})
    ingress = kinds(docs, "Ingress")[0]
    assert ingress["spec"]["rules"][0]["host"] == "airflow.example.com"
    assert ingress["spec"]["tls"][0]["secretName"] == "airflow-tls"
    problems = problems_of({"ingress": {"apiServer": {"enabled": True, "hosts": ["a.example.com"]}}})
    assert problems[0].startswith("ingress.apiServer.annotations: airflow-cdk8s serves the UI over HTTPS with a cert-manager certificate")


@pytest.mark.parametrize("ingress", [
    {"hosts": [{"name": "a.example.com", "tls": {"enabled": True}}]},  # no issuer
    {"annotations": {"cert-manager.io/cluster-issuer": "le"}},  # no host
])
def test_an_ingress_problem_is_the_only_one_its_keys_get(ingress):
    # the keys of an Ingress refused for one reason are still read, not also called unsupported
    ingress = {"enabled": True, "ingressClassName": "nginx", "path": "/", "pathType": "Prefix", **ingress}
    problems = problems_of({"ingress": {"apiServer": ingress}})
    assert len(problems) == 1, problems
    assert problems[0].startswith(("ingress.apiServer.annotations: airflow-cdk8s serves", "ingress.apiServer.hosts: give"))


def test_ingress_tls_enabled_is_accepted_and_https_is_always_on():
    ingress = {"enabled": True, "hosts": ["airflow.example.com"], "tls": {"enabled": True, "secretName": "web-tls"},
               "annotations": {"cert-manager.io/cluster-issuer": "letsencrypt"}}
    docs = synth({"executor": "KubernetesExecutor", "ingress": {"apiServer": ingress}})
    assert kinds(docs, "Ingress")[0]["spec"]["tls"] == [{"hosts": ["airflow.example.com"], "secretName": "web-tls"}]
    plan = plan_of({"ingress": {"apiServer": {**ingress, "tls": {"enabled": False}}}})
    assert "ingress.apiServer.tls.enabled: false: airflow-cdk8s serves the UI over HTTPS only (a cert-manager certificate)" in plan.notices


def test_create_user_job_creates_the_default_user_from_a_password_secret():
    # the official chart puts the password in its Job's arguments; here the Job pipes it from the Secret
    docs = synth({"executor": "KubernetesExecutor", "webserver": {"defaultUser": {
        "passwordSecretName": "airflow-admin", "username": "ada", "email": "ada@example.com", "firstName": "Ada",
        "lastName": "Lovelace"}}})
    [job] = [d for d in kinds(docs, "Job") if d["metadata"]["name"].startswith("airflow-create-admin-")]
    env = env_of(job["spec"]["template"]["spec"]["containers"][0])
    assert env["ADMIN_USERNAME"] == "ada" and env["ADMIN_EMAIL"] == "ada@example.com"
    assert env["ADMIN_FIRST_NAME"] == "Ada" and env["ADMIN_LAST_NAME"] == "Lovelace"
    assert env["ADMIN_PASSWORD"] == {"secretKeyRef": {"name": "airflow-admin", "key": "password"}}
    plan = plan_of({"webserver": {"defaultUser": {"passwordSecretName": "airflow-admin"}}})
    assert not any(n.startswith("createUserJob:") for n in plan.notices)
    assert plan.props["first_admin"].email == "admin@example.com"  # the official chart's defaults
    assert "first_admin" not in plan_of({"createUserJob": {"enabled": False},
                                         "webserver": {"defaultUser": {"passwordSecretName": "airflow-admin"}}}).props


def test_the_default_user_block_names_its_problems():
    user = {"passwordSecretName": "airflow-admin"}
    assert problems_of({"webserver": {"defaultUser": {**user, "email": "nope"}}}) == [
        "webserver.defaultUser.email: 'nope' is not an e-mail address"]
    assert problems_of({"webserver": {"defaultUser": {**user, "role": "Viewer"}}}) == [
        "webserver.defaultUser.role: 'Viewer': the user created here is an Admin; create users of other roles with your "
        "auth manager"]
    assert problems_of({"webserver": {"defaultUser": {"usrname": "ada"}}}) == [
        "webserver.defaultUser.usrname: unknown key (the official chart has no such key); did you mean 'username'?"]
    assert problems_of({"webserver": {"defaultUser": {"password": "s3cret"}}}) == [
        "webserver.defaultUser.password: a secret in plain text: the official chart writes it into a Secret of its "
        "output; put it in a Secret and set webserver.defaultUser.passwordSecretName"]


def test_logs_and_dags_claims_are_created_and_mounted():
    docs = synth({"executor": "KubernetesExecutor", "logs": {"persistence": {"enabled": True, "size": "50Gi"}},
                  "dags": {"persistence": {"enabled": True, "accessMode": "ReadWriteMany", "storageClassName": "files"}}})
    claims = {d["metadata"]["name"]: d["spec"] for d in kinds(docs, "PersistentVolumeClaim")}
    assert claims["airflow-logs"]["resources"]["requests"]["storage"] == "50Gi"
    assert claims["airflow-logs"]["accessModes"] == ["ReadWriteMany"]
    assert claims["airflow-dags"] == {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": "1Gi"}},
                                      "storageClassName": "files"}
    scheduler = container(find(docs, "Deployment", "airflow-scheduler"))
    assert {"name": "dags", "mountPath": "/opt/airflow/dags", "readOnly": True} in scheduler["volumeMounts"]
    assert {"name": "dags", "mountPath": "/opt/airflow/dags", "readOnly": True} in pod_template(docs)["spec"]["containers"][0]["volumeMounts"]


def test_git_sync_over_ssh_with_known_hosts():
    docs = synth({"executor": "KubernetesExecutor", "dags": {"gitSync": {
        "enabled": True, "repo": "git@github.com:org/dags.git", "ref": "v1.2", "sshKeySecret": "git-ssh",
        "knownHosts": "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
        "period": "1m"}}})
    assert find(docs, "ConfigMap", "airflow-git-known-hosts")
    sync = next(c for c in pod(docs, "Deployment", "airflow-scheduler")["containers"] if c["name"] == "git-sync")
    assert env_of(sync)["GITSYNC_REF"] == "v1.2" and env_of(sync)["GITSYNC_PERIOD"] == "60s"


def test_statsd_is_the_platforms_exporter(seed_docs):
    exporter = container(find(seed_docs, "Deployment", "airflow-statsd-exporter"))
    assert exporter["image"] == "myregistry.azurecr.io/statsd-exporter:v0.26.1"  # images.statsd of the seed
    docs = synth({"executor": "KubernetesExecutor", "statsd": {"enabled": False}})
    assert not [d for d in docs if "statsd" in d["metadata"]["name"]]
    assert "AIRFLOW__METRICS__STATSD_ON" not in env_of(container(find(docs, "Deployment", "airflow-scheduler")))
    assert problems_of({"config": {"metrics": {"statsd_host": "x"}}}) == [
        "config.metrics.statsd_host: is set by airflow-cdk8s from statsd.enabled; remove it"]


def test_external_secrets_fill_the_referenced_secrets_from_a_store():
    values = yaml.safe_load(SEED.read_text())
    values["externalSecrets"] = {"secretStore": "azure-store", "refreshInterval": "30m", "remoteKeys": {
        "fernetKey": "AIRFLOW-FERNET-KEY", "webserverSecretKey": "AIRFLOW-WEBSERVER-KEY", "postgresPassword": "AIRFLOW-PG"}}
    plan = plan_of(values)
    assert not [n for n in plan.notices if n.startswith(("fernetKeySecretName", "webserverSecretKeySecretName", "postgresql.auth"))]
    docs = synth(values)
    external = {d["metadata"]["name"]: d["spec"] for d in kinds(docs, "ExternalSecret")}
    assert external["airflow-fernet-key"]["data"] == [{"secretKey": "fernet-key", "remoteRef": {"key": "AIRFLOW-FERNET-KEY"}}]
    assert external["airflow-fernet-key"]["secretStoreRef"] == {"kind": "SecretStore", "name": "azure-store"}
    assert external["airflow-fernet-key"]["refreshInterval"] == "30m"
    assert external["airflow-postgres"]["data"] == [{"secretKey": "password", "remoteRef": {"key": "AIRFLOW-PG"}}]
    assert set(external) == {"airflow-fernet-key", "airflow-webserver-secret-key", "airflow-postgres"}


def test_external_secrets_errors():
    problems = problems_of({"executor": "KubernetesExecutor", "images": {"airflow": {"tag": "2.9.3"}}, "externalSecrets": {
        "secretStore": "s", "remoteKey": {}, "remoteKeys": {"fernetkey": "X", "apiSecretKey": "Y"}}})
    assert "externalSecrets.remoteKey: unknown key; did you mean 'remoteKeys'?" in problems
    assert "externalSecrets.remoteKeys.fernetkey: unknown key; did you mean 'fernetKey'?" in problems
    assert any(p.startswith("externalSecrets.remoteKeys.apiSecretKey: this platform references no such Secret") for p in problems)


def test_schema_of_the_official_values_accepts_the_seed_and_flags_misspellings(capsys):
    import json

    import jsonschema

    from airflow_cdk8s.cli import run

    assert run(["schema", "--chart", "airflow"]) == 0
    schema = json.loads(capsys.readouterr().out)
    validator = jsonschema.Draft202012Validator(schema)
    assert not list(validator.iter_errors(yaml.safe_load(SEED.read_text())))
    errors = list(validator.iter_errors({"workers": {"replica": 2}, "externalSecrets": {"remoteKeys": {"fernetKey": "X"}},
                                         "webserver": {"defaultUser": {"passwordSecretName": "airflow-admin"}}}))
    assert [list(e.absolute_path) for e in errors] == [["workers"]] and "'replica' was unexpected" in errors[0].message
    assert "scale Celery workers" in schema["properties"]["workers"]["properties"]["keda"]["description"]


@pytest.mark.parametrize("logging, expected", [
    ({"remote_logging": "True", "remote_base_log_folder": "s3://logs/airflow"}, "connection aws_default"),
    ({"remote_logging": True, "remote_base_log_folder": "gs://logs"}, "connection google_cloud_default"),
    ({"remote_logging": "True", "remote_base_log_folder": "s3://logs", "remote_log_conn_id": "logs"}, None),
    ({"remote_logging": "False", "remote_base_log_folder": "s3://logs"}, None),
])
def test_airflow_3_remote_logging_without_a_connection_gets_a_notice(logging, expected):
    # Airflow 3.0.4+ fails every task when the remote-logging connection is missing (the runtime suite saw it).
    values = {"executor": "KubernetesExecutor", "config": {"logging": logging}}
    found = [n for n in plan_of(values).notices if n.startswith("config.logging.remote_log_conn_id:")]
    assert (expected in found[0] and "fail every task" in found[0]) if expected else not found
    airflow_2 = {**values, "images": {"airflow": {"repository": "apache/airflow", "tag": "2.9.3"}}}
    assert not [n for n in plan_of(airflow_2).notices if n.startswith("config.logging.remote_log_conn_id:")]


@pytest.mark.parametrize("resources, expected", [
    ({"limits": {"memory": "3Gi"}}, "has limits only"),  # what `--set scheduler.resources.limits.memory=3Gi` gives
    ({"requests": {"cpu": "1"}}, "has requests only"),
    ({"requests": {"cpu": "1"}, "limits": {"memory": "3Gi"}}, None),
])
def test_resources_that_replace_the_defaults_only_in_part_get_a_notice(resources, expected):
    notices = [n for n in plan_of({"executor": "KubernetesExecutor", "scheduler": {"resources": resources}}).notices
               if n.startswith("scheduler.resources:")]
    assert (expected in notices[0] and "give both requests and limits" in notices[0]) if expected else not notices
