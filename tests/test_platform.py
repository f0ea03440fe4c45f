"""AirflowPlatform: components, executors, database and broker, secrets, auth, ingress, policies."""

from __future__ import annotations

import cdk8s
import pytest
import yaml

from airflow_cdk8s import AwsSecretsManagerProvider, GitSync, RemoteLogging, SecretStore, ValuesError
from airflow_cdk8s.cert_manager import IssuerRef
from airflow_cdk8s.identity import AzureWorkloadIdentity
from airflow_cdk8s.platform import (
    AirflowPlatform,
    AirflowSecrets,
    ComponentSettings,
    EmbeddedPostgres,
    ExternalDatabase,
    ExternalRedis,
    GoogleOAuth,
    IngressSettings,
    SecretKeyRef,
)

from conftest import assert_valid, container, env_of, find, kinds

COMPONENTS = ("airflow-scheduler", "airflow-api-server", "airflow-dag-processor", "airflow-triggerer")


def synth(**props) -> list[dict]:
    chart = AirflowPlatform(cdk8s.App(), "platform", namespace="airflow", **props)
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    return docs


def pod(docs, kind, name):
    return find(docs, kind, name)["spec"]["template"]["spec"]


def test_airflow3_components_and_commands():
    docs = synth()
    args = {name: container(find(docs, "Deployment", name))["args"] for name in COMPONENTS}
    assert args == {"airflow-scheduler": ["scheduler"], "airflow-api-server": ["api-server"],
                    "airflow-dag-processor": ["dag-processor"], "airflow-triggerer": ["triggerer"]}
    api = container(find(docs, "Deployment", "airflow-api-server"))
    assert api["readinessProbe"]["httpGet"] == {"path": "/api/v2/monitor/health", "port": "http"}
    service = find(docs, "Service", "airflow-api-server")
    assert service["spec"]["ports"] == [{"name": "http", "port": 8080, "targetPort": "http"}]
    assert service["spec"]["selector"]["app.kubernetes.io/component"] == "api-server"
    scheduler = container(find(docs, "Deployment", "airflow-scheduler"))
    assert scheduler["livenessProbe"]["exec"]["command"][:4] == ["airflow", "jobs", "check", "--job-type"]


def test_airflow2_webserver():
    docs = synth(airflow_version=2, image="apache/airflow:2.10.5")
    api = container(find(docs, "Deployment", "airflow-api-server"))
    assert api["args"] == ["webserver"] and api["livenessProbe"]["httpGet"]["path"] == "/health"
    env = env_of(api)
    assert env["AIRFLOW__WEBSERVER__SECRET_KEY"] == {"secretKeyRef": {"name": "airflow-secrets", "key": "api-secret-key"}}
    assert env["AIRFLOW__SCHEDULER__STANDALONE_DAG_PROCESSOR"] == "True"
    assert "AIRFLOW__API_AUTH__JWT_SECRET" not in env


def test_secrets_are_references_never_values():
    docs = synth(secrets=AirflowSecrets(fernet_key=SecretKeyRef("vault-synced", "fernet")))
    env = env_of(container(find(docs, "Deployment", "airflow-scheduler")))
    assert env["AIRFLOW__CORE__FERNET_KEY"] == {"secretKeyRef": {"name": "vault-synced", "key": "fernet"}}
    assert env["AIRFLOW__API__SECRET_KEY"] == {"secretKeyRef": {"name": "airflow-secrets", "key": "api-secret-key"}}
    assert env["AIRFLOW__API_AUTH__JWT_SECRET"] == {"secretKeyRef": {"name": "airflow-secrets", "key": "jwt-secret"}}
    assert not kinds(docs, "Secret")


def test_embedded_postgres_for_development():
    docs = synth()
    statefulset = find(docs, "StatefulSet", "airflow-postgres")
    assert statefulset["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"] == "8Gi"
    assert statefulset["spec"]["serviceName"] == "airflow-postgres"
    env = env_of(container(find(docs, "Deployment", "airflow-scheduler")))
    assert env["AIRFLOW_POSTGRES_PASSWORD"] == {"secretKeyRef": {"name": "airflow-postgres", "key": "password"}}
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == (
        "postgresql+psycopg2://airflow:$(AIRFLOW_POSTGRES_PASSWORD)@airflow-postgres.airflow.svc.cluster.local:5432/airflow")
    names = [e["name"] for e in container(find(docs, "Deployment", "airflow-scheduler"))["env"]]
    assert names.index("AIRFLOW_POSTGRES_PASSWORD") < names.index("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")  # $(VAR) needs it first


def test_external_database_from_a_secret():
    docs = synth(database=ExternalDatabase(connection=SecretKeyRef("airflow-db", "uri")))
    assert not kinds(docs, "StatefulSet")
    env = env_of(container(find(docs, "Deployment", "airflow-triggerer")))
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == {"secretKeyRef": {"name": "airflow-db", "key": "uri"}}


def test_migrations_job_and_wait():
    docs = synth()
    [job] = kinds(docs, "Job")
    assert job["metadata"]["name"].startswith("airflow-migrate-")
    assert job["spec"]["template"]["spec"]["containers"][0]["args"] == ["db", "migrate"]
    assert job["spec"]["template"]["spec"]["restartPolicy"] == "OnFailure"
    for name in COMPONENTS:
        [wait] = [c for c in pod(docs, "Deployment", name)["initContainers"] if c["name"] == "wait-for-migrations"]
        assert wait["args"][:2] == ["db", "check-migrations"]
    assert not [d for d in docs if "helm.sh/hook" in d["metadata"].get("annotations", {})]


def test_migrations_job_name_follows_the_image():
    a = synth(image="apache/airflow:3.0.6")
    b = synth(image="apache/airflow:3.1.0")
    assert kinds(a, "Job")[0]["metadata"]["name"] != kinds(b, "Job")[0]["metadata"]["name"]


def test_kubernetes_executor_pod_template_and_rbac():
    docs = synth()
    template = find(docs, "ConfigMap", "airflow-pod-template")
    task_pod = yaml.safe_load(template["data"]["pod_template_file.yaml"])
    assert task_pod["spec"]["restartPolicy"] == "Never"
    assert task_pod["spec"]["containers"][0]["name"] == "base"
    assert task_pod["metadata"]["labels"]["airflow-cdk8s.io/platform"] == "airflow"
    base_env = env_of(task_pod["spec"]["containers"][0])
    assert base_env["AIRFLOW__CORE__FERNET_KEY"] == {"secretKeyRef": {"name": "airflow-secrets", "key": "fernet-key"}}
    scheduler = pod(docs, "Deployment", "airflow-scheduler")
    assert scheduler["automountServiceAccountToken"] is True
    env = env_of(scheduler["containers"][0])
    assert env["AIRFLOW__KUBERNETES_EXECUTOR__POD_TEMPLATE_FILE"].endswith("pod_template_file.yaml")
    assert env["AIRFLOW__KUBERNETES_EXECUTOR__NAMESPACE"] == "airflow"
    role = find(docs, "Role", "airflow-pod-launcher")
    assert {"create", "delete", "watch"} <= set(role["rules"][0]["verbs"])
    assert find(docs, "RoleBinding", "airflow-pod-launcher")["subjects"][0]["name"] == "airflow"
    for name in ("airflow-api-server", "airflow-dag-processor", "airflow-triggerer"):
        assert pod(docs, "Deployment", name)["automountServiceAccountToken"] is False


def test_celery_workers_statefulset_with_per_replica_logs():
    docs = synth(executor="CeleryExecutor", workers=ComponentSettings(replicas=3))
    workers = find(docs, "StatefulSet", "airflow-worker")
    assert workers["spec"]["replicas"] == 3
    [claim] = workers["spec"]["volumeClaimTemplates"]
    assert claim["metadata"]["name"] == "logs" and claim["spec"]["accessModes"] == ["ReadWriteOnce"]
    main = workers["spec"]["template"]["spec"]["containers"][0]
    assert main["args"] == ["celery", "worker"]
    assert {"name": "logs", "mountPath": "/opt/airflow/logs"} in main["volumeMounts"]
    assert "logs" not in {v["name"] for v in workers["spec"]["template"]["spec"]["volumes"]}
    service = find(docs, "Service", "airflow-worker")
    assert service["spec"]["clusterIP"] == "None" and workers["spec"]["serviceName"] == "airflow-worker"
    assert not kinds(docs, "Role")  # no pod launching with Celery
    assert env_of(main)["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"


def test_celery_embedded_and_external_broker():
    embedded = synth(executor="CeleryExecutor")
    find(embedded, "Deployment", "airflow-redis")
    env = env_of(container(find(embedded, "StatefulSet", "airflow-worker")))
    assert env["AIRFLOW__CELERY__BROKER_URL"] == "redis://:$(AIRFLOW_REDIS_PASSWORD)@airflow-redis.airflow.svc.cluster.local:6379/0"
    external = synth(executor="CeleryExecutor", broker=ExternalRedis(url=SecretKeyRef("broker", "url")))
    assert not [d for d in kinds(external, "Deployment") if d["metadata"]["name"] == "airflow-redis"]
    env = env_of(container(find(external, "StatefulSet", "airflow-worker")))
    assert env["AIRFLOW__CELERY__BROKER_URL"] == {"secretKeyRef": {"name": "broker", "key": "url"}}


def test_git_sync_reaches_every_component_and_task_pods():
    docs = synth(git_sync=GitSync(repo="https://github.com/example/dags.git", branch="main"))
    for name in COMPONENTS:
        assert "git-sync" in [c["name"] for c in pod(docs, "Deployment", name)["containers"]]
    task_pod = yaml.safe_load(find(docs, "ConfigMap", "airflow-pod-template")["data"]["pod_template_file.yaml"])
    assert "git-sync-init" in [c["name"] for c in task_pod["spec"]["initContainers"]]
    assert "git-sync" not in [c["name"] for c in task_pod["spec"]["containers"]]


def test_logs_claim_and_remote_logging_everywhere():
    docs = synth(logs_claim="airflow-logs", remote_logging=RemoteLogging(base_log_folder="s3://bucket/logs"))
    for name in COMPONENTS:
        spec = pod(docs, "Deployment", name)
        assert {"name": "logs", "persistentVolumeClaim": {"claimName": "airflow-logs"}} in spec["volumes"]
        env = env_of(spec["containers"][0])
        assert env["AIRFLOW__LOGGING__REMOTE_LOGGING"] == "True"
        assert env["AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER"] == "s3://bucket/logs"


def test_google_oauth():
    docs = synth(google_oauth=GoogleOAuth(client_secret_name="google-oauth", allowed_domain="example.com"))
    config = find(docs, "ConfigMap", "airflow-config")["data"]["webserver_config.py"]
    assert "AUTH_TYPE = AUTH_OAUTH" in config and 'os.environ["GOOGLE_OAUTH_CLIENT_SECRET"]' in config
    assert '"hd": "example.com"' in config
    compile(config, "webserver_config.py", "exec")  # valid Python
    env = env_of(container(find(docs, "Deployment", "airflow-api-server")))
    assert env["GOOGLE_OAUTH_CLIENT_SECRET"] == {"secretKeyRef": {"name": "google-oauth", "key": "client-secret"}}
    assert env["AIRFLOW__CORE__AUTH_MANAGER"].endswith("FabAuthManager")
    assert "GOOGLE_OAUTH_CLIENT_SECRET" not in env_of(container(find(docs, "Deployment", "airflow-scheduler")))


def test_ingress_with_lets_encrypt_cluster_issuer():
    docs = synth(ingress=IngressSettings(host="airflow.example.com", lets_encrypt_email="ops@example.com", lets_encrypt_staging=True))
    ingress = find(docs, "Ingress", "airflow")
    assert ingress["metadata"]["annotations"]["cert-manager.io/cluster-issuer"] == "airflow-letsencrypt"
    assert ingress["spec"]["ingressClassName"] == "nginx"
    assert ingress["spec"]["tls"] == [{"hosts": ["airflow.example.com"], "secretName": "airflow-tls"}]
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]
    assert backend == {"service": {"name": "airflow-api-server", "port": {"number": 8080}}}
    issuer = find(docs, "ClusterIssuer", "airflow-letsencrypt")
    assert "staging" in issuer["spec"]["acme"]["server"]
    assert issuer["spec"]["acme"]["solvers"][0]["http01"]["ingress"]["ingressClassName"] == "nginx"
    assert env_of(container(find(docs, "Deployment", "airflow-api-server")))["AIRFLOW__API__BASE_URL"] == "https://airflow.example.com"


def test_ingress_with_existing_issuer_and_explicit_certificate():
    docs = synth(ingress=IngressSettings(host="airflow.example.com", issuer=IssuerRef("corp-ca", "ClusterIssuer"), explicit_certificate=True))
    assert not kinds(docs, "ClusterIssuer")
    certificate = find(docs, "Certificate", "airflow-tls")
    assert certificate["spec"]["dnsNames"] == ["airflow.example.com"]
    assert certificate["spec"]["issuerRef"]["name"] == "corp-ca"
    assert "cert-manager.io/cluster-issuer" not in find(docs, "Ingress", "airflow")["metadata"].get("annotations", {})


def test_workload_identity_on_the_shared_service_account_and_pods():
    identity = AzureWorkloadIdentity(client_id="00000000-0000-0000-0000-000000000001", tenant_id="00000000-0000-0000-0000-000000000002")
    docs = synth(identity=identity)
    account = find(docs, "ServiceAccount", "airflow")
    assert account["metadata"]["annotations"]["azure.workload.identity/client-id"] == "00000000-0000-0000-0000-000000000001"
    for name in COMPONENTS:
        assert find(docs, "Deployment", name)["spec"]["template"]["metadata"]["labels"]["azure.workload.identity/use"] == "true"
        assert pod(docs, "Deployment", name)["serviceAccountName"] == "airflow"


def test_network_policies_and_disruption_budgets():
    docs = synth(executor="CeleryExecutor")
    internal = find(docs, "NetworkPolicy", "airflow-internal")
    assert internal["spec"]["podSelector"] == {"matchLabels": {"airflow-cdk8s.io/platform": "airflow"}}
    assert internal["spec"]["ingress"] == [{"from": [{"podSelector": {"matchLabels": {"airflow-cdk8s.io/platform": "airflow"}}}]}]
    api = find(docs, "NetworkPolicy", "airflow-api-server")
    assert api["spec"]["ingress"] == [{"ports": [{"port": 8080, "protocol": "TCP"}]}]
    budgets = {d["metadata"]["name"] for d in kinds(docs, "PodDisruptionBudget")}
    assert budgets == {"airflow-scheduler", "airflow-api-server", "airflow-triggerer", "airflow-worker"}
    for workload in [*kinds(docs, "Deployment"), *kinds(docs, "StatefulSet")]:
        assert workload["spec"]["template"]["metadata"]["labels"]["airflow-cdk8s.io/platform"] == "airflow"
    assert not kinds(synth(network_policies=False, pod_disruption_budgets=False), "NetworkPolicy")


def test_variables_sync_from_secrets_manager():
    chart = AirflowPlatform(cdk8s.App(), "platform", namespace="airflow")
    store = SecretStore(chart, "Store", name="aws", namespace="airflow", provider=AwsSecretsManagerProvider(region="eu-west-1", service_account="airflow"))
    chart.sync_variables(store=store, remote_key="devops/airflow/variables.json")
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    external = find(docs, "ExternalSecret", "airflow-variables")
    assert external["spec"]["data"][0]["remoteRef"]["key"] == "devops/airflow/variables.json"
    scheduler = pod(docs, "Deployment", "airflow-scheduler")
    importer = next(c for c in scheduler["containers"] if c["name"] == "variables-importer")
    assert "airflow variables import" in importer["command"][-1]
    assert {"name": "airflow-variables", "secret": {"secretName": "airflow-variables", "defaultMode": 0o440}} in scheduler["volumes"]


def test_restricted_defaults_and_writable_paths():
    docs = synth()
    spec = pod(docs, "Deployment", "airflow-scheduler")
    assert spec["securityContext"]["runAsUser"] == 50000 and spec["securityContext"]["runAsNonRoot"] is True
    mounts = {m["mountPath"] for m in spec["containers"][0]["volumeMounts"]}
    assert {"/tmp", "/opt/airflow/logs", "/opt/airflow/airflow.cfg"} <= mounts
    assert spec["containers"][0]["securityContext"]["readOnlyRootFilesystem"] is True


@pytest.mark.parametrize(
    "props, expected",
    [
        ({"namespace": "Air Flow"}, "namespace:"),
        ({"executor": "LocalExecutor"}, "executor: 'LocalExecutor' must be KubernetesExecutor or CeleryExecutor"),
        ({"broker": ExternalRedis(url=SecretKeyRef("b", "u"))}, "broker: only the CeleryExecutor uses a broker"),
        ({"name": "x" * 41}, "name:"),
    ],
)
def test_bad_props_name_the_prop(props, expected):
    kwargs = {"namespace": "airflow", **props}
    with pytest.raises(ValuesError) as caught:
        AirflowPlatform(cdk8s.App(), "p", **kwargs)
    assert any(p.startswith(expected) for p in caught.value.problems), caught.value.problems


@pytest.mark.parametrize("bad", [lambda: SecretKeyRef("Bad_Name", "k"), lambda: EmbeddedPostgres(storage="lots"),
                                 lambda: GoogleOAuth(client_secret_name="g", default_role="Boss"),
                                 lambda: IngressSettings(host="airflow.example.com")])
def test_bad_settings_are_refused(bad):
    with pytest.raises(ValuesError):
        bad()
