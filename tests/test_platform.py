"""AirflowPlatform as a whole: its components and commands, shared secrets, identity, policies, security
defaults and prop checks. Each component has its module: tests/test_platform_<component>.py."""

from __future__ import annotations

import cdk8s
import pytest

from airflow_cdk8s import ValuesError
from airflow_cdk8s.identity import AzureWorkloadIdentity
from airflow_cdk8s.platform import (
    AirflowPlatform,
    AirflowSecrets,
    EmbeddedPostgres,
    ExternalRedis,
    GoogleOAuth,
    IngressSettings,
    SecretKeyRef,
)

from conftest import PLATFORM_COMPONENTS as COMPONENTS
from conftest import container, env_of, find, kinds
from conftest import pod_spec as pod
from conftest import synth_platform as synth


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


def test_secrets_are_references_never_values():
    docs = synth(secrets=AirflowSecrets(fernet_key=SecretKeyRef("vault-synced", "fernet")))
    env = env_of(container(find(docs, "Deployment", "airflow-scheduler")))
    assert env["AIRFLOW__CORE__FERNET_KEY"] == {"secretKeyRef": {"name": "vault-synced", "key": "fernet"}}
    assert env["AIRFLOW__API__SECRET_KEY"] == {"secretKeyRef": {"name": "airflow-secrets", "key": "api-secret-key"}}
    assert env["AIRFLOW__API_AUTH__JWT_SECRET"] == {"secretKeyRef": {"name": "airflow-secrets", "key": "jwt-secret"}}
    assert not kinds(docs, "Secret")


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
    assert internal["spec"]["podSelector"] == {"matchLabels": {"airflow-cdk8s.io/platform": "airflow"}, "matchExpressions": [
        {"key": "app.kubernetes.io/component", "operator": "NotIn", "values": ["postgres", "redis"]}]}
    assert internal["spec"]["ingress"] == [{"from": [{"podSelector": {"matchLabels": {"airflow-cdk8s.io/platform": "airflow"}}}]}]
    api = find(docs, "NetworkPolicy", "airflow-api-server")
    assert api["spec"]["ingress"] == [{"ports": [{"port": 8080, "protocol": "TCP"}]}]
    budgets = {d["metadata"]["name"] for d in kinds(docs, "PodDisruptionBudget")}
    assert budgets == {"airflow-scheduler", "airflow-api-server", "airflow-triggerer", "airflow-worker"}
    for workload in [*kinds(docs, "Deployment"), *kinds(docs, "StatefulSet")]:
        assert workload["spec"]["template"]["metadata"]["labels"]["airflow-cdk8s.io/platform"] == "airflow"
    assert not kinds(synth(network_policies=False, pod_disruption_budgets=False), "NetworkPolicy")


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
