"""Workload identity: ServiceAccount annotations, pod labels and the cloud-side setup step per cloud."""

from __future__ import annotations

import json
import re
import shlex

import cdk8s
import pytest

from airflow_cdk8s.errors import ValuesError
from airflow_cdk8s.identity import AZURE_TOKEN_AUDIENCE, AwsIrsa, AzureWorkloadIdentity, GcpWorkloadIdentity
from airflow_cdk8s.kube_object import KubeObject
from conftest import assert_valid, container, find, minimal_values, synth_agent

CLIENT_ID = "11111111-2222-3333-4444-555555555555"
TENANT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
AZURE = AzureWorkloadIdentity(client_id=CLIENT_ID, tenant_id=TENANT_ID)
GCP = GcpWorkloadIdentity(service_account_email="airflow@my-project.iam.gserviceaccount.com")
AWS = AwsIrsa(role_arn="arn:aws:iam::123456789012:role/airflow")


def errors(excinfo: pytest.ExceptionInfo[ValuesError]) -> str:
    return "\n".join(excinfo.value.problems)


def command_args(commands: str) -> list[str]:
    """The shell words of the commands, comments dropped (what the shell would run)."""
    return shlex.split("\n".join(line for line in commands.splitlines() if not line.startswith("#")).replace("\\\n", " "))


def flag(args: list[str], name: str) -> str:
    return args[args.index(name) + 1]


# --- Azure ---------------------------------------------------------------------------------------


def test_azure_annotations_and_pod_label():
    assert AZURE.service_account_annotations() == {
        "azure.workload.identity/client-id": CLIENT_ID,
        "azure.workload.identity/tenant-id": TENANT_ID,
    }
    assert AZURE.pod_labels() == {"azure.workload.identity/use": "true"}


def test_azure_setup_command_with_placeholders():
    commands = AZURE.setup_commands("airflow", "airflow-worker")
    args = command_args(commands)
    assert args[:4] == ["az", "identity", "federated-credential", "create"]
    assert flag(args, "--subject") == "system:serviceaccount:airflow:airflow-worker"
    assert flag(args, "--audience") == AZURE_TOKEN_AUDIENCE == "api://AzureADTokenExchange"
    assert flag(args, "--name") == "airflow-airflow-worker"
    # Unset values stay shell variables, quoted so they expand.
    for option, variable in (("--identity-name", "IDENTITY_NAME"), ("--resource-group", "RESOURCE_GROUP"), ("--issuer", "AKS_OIDC_ISSUER")):
        assert f'{option} "${variable}"' in commands


def test_azure_setup_command_with_values():
    identity = AzureWorkloadIdentity(client_id=CLIENT_ID, tenant_id=TENANT_ID, identity_name="airflow-identity",
                                     resource_group="rg-airflow", credential_name="external-secret-operator",
                                     oidc_issuer="https://westeurope.oic.prod-aks.azure.com/tenant/cluster/")
    args = command_args(identity.setup_commands("airflow", "airflow"))
    assert flag(args, "--name") == "external-secret-operator"
    assert flag(args, "--identity-name") == "airflow-identity"
    assert flag(args, "--resource-group") == "rg-airflow"
    assert flag(args, "--issuer") == "https://westeurope.oic.prod-aks.azure.com/tenant/cluster/"


@pytest.mark.parametrize("props, message", [
    (dict(client_id="airflow-identity"), "client_id: 'airflow-identity' is not a UUID"),
    (dict(tenant_id="contoso.onmicrosoft.com"), "tenant_id: 'contoso.onmicrosoft.com' is not a UUID"),
    (dict(oidc_issuer="westeurope.oic.prod-aks.azure.com"), "oidc_issuer: 'westeurope.oic.prod-aks.azure.com' must be the cluster's https:// issuer URL"),
    (dict(credential_name="a b"), "credential_name: 'a b' must be 3-120 letters"),
])
def test_azure_errors_name_the_prop(props, message):
    with pytest.raises(ValuesError) as excinfo:
        AzureWorkloadIdentity(**{"client_id": CLIENT_ID, "tenant_id": TENANT_ID, **props})
    assert message in errors(excinfo)


# --- GCP -----------------------------------------------------------------------------------------


def test_gcp_annotation_and_no_pod_label():
    assert GCP.service_account_annotations() == {"iam.gke.io/gcp-service-account": "airflow@my-project.iam.gserviceaccount.com"}
    assert GCP.pod_labels() == {}


def test_gcp_setup_command():
    args = command_args(GCP.setup_commands("airflow", "airflow-worker"))
    assert args[:5] == ["gcloud", "iam", "service-accounts", "add-iam-policy-binding", "airflow@my-project.iam.gserviceaccount.com"]
    assert flag(args, "--role") == "roles/iam.workloadIdentityUser"
    assert flag(args, "--member") == "serviceAccount:my-project.svc.id.goog[airflow/airflow-worker]"


def test_gcp_cluster_in_another_project():
    identity = GcpWorkloadIdentity(service_account_email="airflow@secrets-project.iam.gserviceaccount.com", cluster_project_id="gke-project")
    assert identity.workload_pool == "gke-project.svc.id.goog"
    assert flag(command_args(identity.setup_commands("a", "b")), "--member") == "serviceAccount:gke-project.svc.id.goog[a/b]"


@pytest.mark.parametrize("props, message", [
    (dict(service_account_email="airflow"), "service_account_email: 'airflow' is not a Google service account email"),
    (dict(service_account_email="me@gmail.com"), "service_account_email: 'me@gmail.com' is not a Google service account email"),
    (dict(service_account_email="123-compute@developer.gserviceaccount.com"), "cluster_project_id: cannot be read from this email"),
    (dict(service_account_email="a@p-123456.iam.gserviceaccount.com", cluster_project_id="P"), "cluster_project_id: 'P' is not a Google Cloud project id"),
])
def test_gcp_errors_name_the_prop(props, message):
    with pytest.raises(ValuesError) as excinfo:
        GcpWorkloadIdentity(**props)
    assert message in errors(excinfo)


# --- AWS -----------------------------------------------------------------------------------------


def test_aws_annotation_and_no_pod_label():
    assert AWS.service_account_annotations() == {"eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/airflow"}
    assert AWS.pod_labels() == {}


def test_aws_trust_policy_limits_the_role_to_one_service_account():
    identity = AwsIrsa(role_arn="arn:aws:iam::123456789012:role/airflow", oidc_provider="oidc.eks.eu-west-1.amazonaws.com/id/ABC123")
    [statement] = identity.trust_policy("airflow", "airflow-worker")["Statement"]
    assert statement["Principal"] == {"Federated": "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC123"}
    assert statement["Action"] == "sts:AssumeRoleWithWebIdentity"
    assert statement["Condition"] == {"StringEquals": {
        "oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub": "system:serviceaccount:airflow:airflow-worker",
        "oidc.eks.eu-west-1.amazonaws.com/id/ABC123:aud": "sts.amazonaws.com",
    }}


def test_aws_setup_commands_write_the_policy_and_update_the_role():
    commands = AwsIrsa(role_arn="arn:aws-cn:iam::123456789012:role/team/airflow").setup_commands("airflow", "airflow")
    policy = json.loads(re.search(r"<<EOF\n(.*)\nEOF\n", commands, re.S).group(1))
    assert policy["Statement"][0]["Principal"]["Federated"] == "arn:aws-cn:iam::123456789012:oidc-provider/$OIDC_PROVIDER"
    assert policy["Statement"][0]["Condition"]["StringEquals"]["$OIDC_PROVIDER:sub"] == "system:serviceaccount:airflow:airflow"
    assert commands.rstrip().endswith("aws iam update-assume-role-policy --role-name airflow --policy-document file://trust-policy.json")


@pytest.mark.parametrize("props, message", [
    (dict(role_arn="airflow-role"), "role_arn: 'airflow-role' is not an IAM role ARN"),
    (dict(role_arn="arn:aws:iam::1234:role/x"), "role_arn: 'arn:aws:iam::1234:role/x' is not an IAM role ARN"),
    (dict(role_arn="arn:aws:iam::123456789012:user/x"), "is not an IAM role ARN"),
    (dict(role_arn=AWS.role_arn, oidc_provider="https://oidc.eks.eu-west-1.amazonaws.com/id/ABC"), "oidc_provider: 'https://oidc.eks.eu-west-1.amazonaws.com/id/ABC' must be the issuer host and path without https://"),
])
def test_aws_errors_name_the_prop(props, message):
    with pytest.raises(ValuesError) as excinfo:
        AwsIrsa(**props)
    assert message in errors(excinfo)


# --- all clouds ----------------------------------------------------------------------------------


@pytest.mark.parametrize("identity", [AZURE, GCP, AWS], ids=["azure", "gcp", "aws"])
def test_setup_commands_check_the_service_account(identity):
    with pytest.raises(ValuesError) as excinfo:
        identity.setup_commands("Airflow", "worker sa")
    assert "namespace: 'Airflow'" in errors(excinfo) and "service_account: 'worker sa'" in errors(excinfo)


@pytest.mark.parametrize("identity", [AZURE, GCP, AWS], ids=["azure", "gcp", "aws"])
def test_annotations_on_a_service_account_are_valid_kubernetes(identity):
    chart = cdk8s.Chart(cdk8s.App(), "test")
    KubeObject(chart, "Sa", api_version="v1", kind="ServiceAccount", name="airflow", namespace="airflow",
               labels=identity.pod_labels(), annotations=identity.service_account_annotations())
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    assert find(docs, "ServiceAccount", "airflow")["metadata"]["annotations"] == identity.service_account_annotations()


def test_azure_identity_in_agent_values():
    docs = synth_agent(minimal_values(serviceAccount={"annotations": AZURE.service_account_annotations()}, labels=AZURE.pod_labels()))
    worker = find(docs, "Deployment", "astro-agent-worker-default-worker")
    service_account = find(docs, "ServiceAccount", worker["spec"]["template"]["spec"]["serviceAccountName"])
    assert service_account["metadata"]["annotations"]["azure.workload.identity/client-id"] == CLIENT_ID
    assert worker["spec"]["template"]["metadata"]["labels"]["azure.workload.identity/use"] == "true"
    assert container(worker)  # the pod still renders and passed the gates in synth_agent


# --- --cloud-setup merges per cloud identity -----------------------------------------------------


def service_account(name: str, namespace: str = "airflow", **annotations: str) -> dict:
    return {"kind": "ServiceAccount", "metadata": {"name": name, "namespace": namespace, "annotations": annotations}}


def test_cloud_setup_writes_one_trust_policy_per_aws_role_listing_every_service_account():
    from airflow_cdk8s.cloud_setup import setup_steps

    role = {"eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/airflow"}
    other = {"eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/other"}
    steps = setup_steps([service_account("worker", **role), service_account("scheduler", **role),
                         service_account("web", "ui", **role), service_account("worker", **role),  # twice: one subject
                         service_account("kpo", **other), {"kind": "ConfigMap"}, None])
    assert steps.count("aws iam update-assume-role-policy --role-name airflow ") == 1
    assert steps.count("aws iam update-assume-role-policy --role-name other ") == 1
    policies = [json.loads(p) for p in re.findall(r"<<EOF\n(.*?)\nEOF\n", steps, re.S)]
    subjects = [p["Statement"][0]["Condition"]["StringEquals"]["$OIDC_PROVIDER:sub"] for p in policies]
    assert subjects == [["system:serviceaccount:airflow:scheduler", "system:serviceaccount:airflow:worker",
                         "system:serviceaccount:ui:web"], "system:serviceaccount:airflow:kpo"]
    assert "REPLACES a role's trust policy" in steps and "REPLACES the role's trust policy" in steps
    assert "gcloud add-iam-policy-binding and az identity federated-credential create ADD" in steps


def test_cloud_setup_adds_one_gcp_binding_and_azure_credential_per_service_account():
    from airflow_cdk8s.cloud_setup import AZURE_MAX_CREDENTIALS, setup_steps

    gsa = {"iam.gke.io/gcp-service-account": "airflow@my-project.iam.gserviceaccount.com"}
    steps = setup_steps([service_account("a", **gsa), service_account("b", **gsa), service_account("a", **gsa)])
    members = re.findall(r"--member '?([^'\n]+)'?\n", steps)
    assert members == ["serviceAccount:my-project.svc.id.goog[airflow/a]", "serviceAccount:my-project.svc.id.goog[airflow/b]"]
    assert steps.count("(ADDS a member to the binding)") == 2
    azure = {"azure.workload.identity/client-id": "00000000-0000-0000-0000-000000000001",
             "azure.workload.identity/tenant-id": "00000000-0000-0000-0000-000000000002"}
    many = setup_steps([service_account(f"sa-{i:02}", **azure) for i in range(AZURE_MAX_CREDENTIALS + 1)])
    assert many.count("az identity federated-credential create \\\n") == AZURE_MAX_CREDENTIALS + 1
    assert len(set(re.findall(r"--name (\S+)", many))) == AZURE_MAX_CREDENTIALS + 1  # one credential name each
    assert "WARNING: 21 ServiceAccounts use managed identity 00000000-0000-0000-0000-000000000001; Azure allows 20" in many
