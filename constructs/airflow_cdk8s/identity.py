"""Workload identity: pods get cloud credentials from their ServiceAccount, with no key in a Secret.

One frozen dataclass per cloud, each with the same three methods:

* ``service_account_annotations()`` for any ServiceAccount (a component's, or the agent values'
  ``serviceAccount.annotations``),
* ``pod_labels()`` for the pod template (only Azure needs one),
* ``setup_commands(namespace, service_account)``: the cloud-side step the YAML cannot do (trust
  between the cloud identity and ``system:serviceaccount:<namespace>:<service_account>``), printed
  for the user to run once.

Values not given are written as shell variables (``"$RESOURCE_GROUP"``) for the user to set.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from typing import Any, Protocol

from . import names
from .errors import raise_if

__all__ = [
    "AZURE_TOKEN_AUDIENCE",
    "AwsIrsa",
    "AzureWorkloadIdentity",
    "GcpWorkloadIdentity",
    "WorkloadIdentity",
    "aws_role_arn_error",
    "uuid_error",
]

AZURE_TOKEN_AUDIENCE = "api://AzureADTokenExchange"

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_ROLE_ARN = re.compile(r"^arn:(?P<partition>aws|aws-cn|aws-us-gov):iam::(?P<account>\d{12}):role/(?:[\w+=,.@-]+/)*(?P<name>[\w+=,.@-]{1,64})$")
_GCP_SA_EMAIL = re.compile(r"^[a-z0-9][-a-z0-9]{0,62}@(?P<domain>[-a-z0-9.:]+)\.gserviceaccount\.com$")
_GCP_PROJECT = re.compile(r"^[a-z][-a-z0-9]{4,28}[a-z0-9]$")
_SHELL_VARIABLE = re.compile(r"^\$(?:[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*\})$")


class WorkloadIdentity(Protocol):
    """What every cloud's workload identity offers."""

    def service_account_annotations(self) -> dict[str, str]: ...

    def pod_labels(self) -> dict[str, str]: ...

    def setup_commands(self, namespace: str, service_account: str) -> str: ...


def uuid_error(value: str) -> str | None:
    """Why ``value`` is not a UUID (Azure client and tenant ids), or None."""
    if not isinstance(value, str) or not _UUID.match(value):
        return f"{value!r} is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"
    return None


def aws_role_arn_error(value: str) -> str | None:
    """Why ``value`` is not an IAM role ARN, or None."""
    if not isinstance(value, str) or not _ROLE_ARN.match(value):
        return f"{value!r} is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)"
    return None


def _subject_problems(namespace: str, service_account: str) -> list[str]:
    problems = [f"namespace: {e}"] if (e := names.dns1123_label_error(namespace)) else []
    if e := names.dns1123_subdomain_error(service_account):
        problems.append(f"service_account: {e}")
    return problems


def _shell(value: str) -> str:
    """Quote a literal for the shell; keep a ``$VARIABLE`` placeholder expandable."""
    return f'"{value}"' if _SHELL_VARIABLE.match(value) else shlex.quote(value)


def _placeholder_or(value: str | None, placeholder: str) -> str:
    return placeholder if value is None else value




@dataclass(frozen=True, kw_only=True)
class AzureWorkloadIdentity:
    """Azure AD workload identity for a user-assigned managed identity (AKS).

    Props:
        client_id: the managed identity's client id (UUID).
        tenant_id: the Azure AD tenant id (UUID).
        identity_name: the managed identity's name, for ``setup_commands``. Default: ``"$IDENTITY_NAME"``.
        resource_group: its resource group, for ``setup_commands``. Default: ``"$RESOURCE_GROUP"``.
        oidc_issuer: the AKS cluster's OIDC issuer URL (``az aks show --query
            oidcIssuerProfile.issuerUrl``), for ``setup_commands``. Default: ``"$AKS_OIDC_ISSUER"``.
        credential_name: the federated credential's name. Default: ``"<namespace>-<service_account>"``.
    """

    client_id: str
    tenant_id: str
    identity_name: str | None = None
    resource_group: str | None = None
    oidc_issuer: str | None = None
    credential_name: str | None = None

    def __post_init__(self) -> None:
        problems = [f"{prop}: {e}" for prop in ("client_id", "tenant_id") if (e := uuid_error(getattr(self, prop)))]
        if self.oidc_issuer is not None and not (_SHELL_VARIABLE.match(self.oidc_issuer) or self.oidc_issuer.startswith("https://")):
            problems.append(f"oidc_issuer: {self.oidc_issuer!r} must be the cluster's https:// issuer URL or a $VARIABLE")
        if self.credential_name is not None and not re.match(r"^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$", self.credential_name):
            problems.append(f"credential_name: {self.credential_name!r} must be 3-120 letters, digits, '-' or '_', starting with a letter or digit")
        raise_if(problems, "AzureWorkloadIdentity")

    def service_account_annotations(self) -> dict[str, str]:
        return {"azure.workload.identity/client-id": self.client_id, "azure.workload.identity/tenant-id": self.tenant_id}

    def pod_labels(self) -> dict[str, str]:
        # The workload identity webhook injects the token volume only into pods with this label.
        return {"azure.workload.identity/use": "true"}

    def setup_commands(self, namespace: str, service_account: str) -> str:
        """The ``az identity federated-credential create`` that lets the ServiceAccount act as the identity."""
        raise_if(_subject_problems(namespace, service_account), "AzureWorkloadIdentity.setup_commands")
        name = self.credential_name or f"{namespace}-{service_account}"[:120]
        args = [
            ("--name", name),
            ("--identity-name", _placeholder_or(self.identity_name, "$IDENTITY_NAME")),
            ("--resource-group", _placeholder_or(self.resource_group, "$RESOURCE_GROUP")),
            ("--issuer", _placeholder_or(self.oidc_issuer, "$AKS_OIDC_ISSUER")),
            ("--subject", f"system:serviceaccount:{namespace}:{service_account}"),
            ("--audience", AZURE_TOKEN_AUDIENCE),
        ]
        lines = [f"# Let {namespace}/{service_account} sign in as managed identity {self.client_id} "
                 "(ADDS a federated credential, or updates the one of this name)",
                 "az identity federated-credential create \\"]
        lines += [f"    {flag} {_shell(value)}" + (" \\" if i < len(args) - 1 else "") for i, (flag, value) in enumerate(args)]
        return "\n".join(lines) + "\n"


def _email_project(email: str) -> str | None:
    """The project of ``NAME@PROJECT.iam.gserviceaccount.com``; None for other service accounts."""
    domain = email.partition("@")[2]
    project = domain.removesuffix(".iam.gserviceaccount.com")
    return project if project != domain and _GCP_PROJECT.match(project) else None


@dataclass(frozen=True, kw_only=True)
class GcpWorkloadIdentity:
    """GKE Workload Identity: the ServiceAccount acts as a Google service account.

    Props:
        service_account_email: the Google service account, ``NAME@PROJECT.iam.gserviceaccount.com``.
        cluster_project_id: the project of the GKE cluster (its workload pool is
            ``<project>.svc.id.goog``). Default: the project in ``service_account_email``.
    """

    service_account_email: str
    cluster_project_id: str | None = None

    def __post_init__(self) -> None:
        problems = []
        match = _GCP_SA_EMAIL.match(self.service_account_email) if isinstance(self.service_account_email, str) else None
        if not match:
            problems.append(f"service_account_email: {self.service_account_email!r} is not a Google service account email (NAME@PROJECT.iam.gserviceaccount.com)")
        if self.cluster_project_id is not None and not _GCP_PROJECT.match(self.cluster_project_id):
            problems.append(f"cluster_project_id: {self.cluster_project_id!r} is not a Google Cloud project id (6-30 lowercase letters, digits, '-')")
        elif self.cluster_project_id is None and match and not _email_project(self.service_account_email):
            problems.append("cluster_project_id: cannot be read from this email; set the GKE cluster's project id")
        raise_if(problems, "GcpWorkloadIdentity")

    @property
    def workload_pool(self) -> str:
        return f"{self.cluster_project_id or _email_project(self.service_account_email)}.svc.id.goog"

    def service_account_annotations(self) -> dict[str, str]:
        return {"iam.gke.io/gcp-service-account": self.service_account_email}

    def pod_labels(self) -> dict[str, str]:
        return {}

    def setup_commands(self, namespace: str, service_account: str) -> str:
        """The ``gcloud`` binding that lets the ServiceAccount act as the Google service account."""
        raise_if(_subject_problems(namespace, service_account), "GcpWorkloadIdentity.setup_commands")
        member = f"serviceAccount:{self.workload_pool}[{namespace}/{service_account}]"
        return (
            f"# Let {namespace}/{service_account} act as {self.service_account_email} (ADDS a member to the binding)\n"
            f"gcloud iam service-accounts add-iam-policy-binding {_shell(self.service_account_email)} \\\n"
            f"    --role roles/iam.workloadIdentityUser \\\n"
            f"    --member {_shell(member)}\n"
        )


@dataclass(frozen=True, kw_only=True)
class AwsIrsa:
    """IAM Roles for Service Accounts (EKS): the ServiceAccount assumes an IAM role.

    Props:
        role_arn: the IAM role, ``arn:aws:iam::123456789012:role/NAME``.
        oidc_provider: the cluster's OIDC provider without ``https://``
            (``oidc.eks.<region>.amazonaws.com/id/<ID>``; ``aws eks describe-cluster --query
            cluster.identity.oidc.issuer``). Default: ``"$OIDC_PROVIDER"``.
    """

    role_arn: str
    oidc_provider: str | None = None

    def __post_init__(self) -> None:
        problems = [f"role_arn: {e}"] if (e := aws_role_arn_error(self.role_arn)) else []
        provider = self.oidc_provider
        if provider is not None and not _SHELL_VARIABLE.match(provider) and not re.match(r"^[a-z0-9.-]+\.[a-z]{2,}(/[\w.-]+)*$", provider):
            problems.append(f"oidc_provider: {provider!r} must be the issuer host and path without https://, e.g. oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE")
        raise_if(problems, "AwsIrsa")

    def service_account_annotations(self) -> dict[str, str]:
        return {"eks.amazonaws.com/role-arn": self.role_arn}

    def pod_labels(self) -> dict[str, str]:
        return {}

    def trust_policy(self, namespace: str, service_account: str, *more: tuple[str, str]) -> dict[str, Any]:
        """The role's trust policy: only these ServiceAccounts (``more``: further ``(namespace, name)``
        pairs), through the cluster's OIDC provider."""
        subjects = sorted({(namespace, service_account), *more})
        for ns, sa in subjects:
            raise_if(_subject_problems(ns, sa), "AwsIrsa.trust_policy")
        arn = _ROLE_ARN.match(self.role_arn)
        if arn is None:  # __post_init__ refuses it first; a check, not an assert, as the CLI runs under python -O
            raise ValueError(f"role_arn: {aws_role_arn_error(self.role_arn)}")
        provider = _placeholder_or(self.oidc_provider, "$OIDC_PROVIDER")
        names = [f"system:serviceaccount:{ns}:{sa}" for ns, sa in subjects]
        return {
            "Version": "2012-10-17",
            "Statement": [{
                "Effect": "Allow",
                "Principal": {"Federated": f"arn:{arn['partition']}:iam::{arn['account']}:oidc-provider/{provider}"},
                "Action": "sts:AssumeRoleWithWebIdentity",
                "Condition": {"StringEquals": {
                    # a list in a condition matches any of its values: one statement for every ServiceAccount
                    f"{provider}:sub": names[0] if len(names) == 1 else names,
                    f"{provider}:aud": "sts.amazonaws.com",
                }},
            }],
        }

    def setup_commands(self, namespace: str, service_account: str, *more: tuple[str, str]) -> str:
        """Write the trust policy for every ServiceAccount given and set it on the role with
        ``aws iam update-assume-role-policy``, which replaces the role's whole trust policy."""
        subjects = sorted({(namespace, service_account), *more})
        policy = json.dumps(self.trust_policy(namespace, service_account, *more), indent=2)
        role_name = _ROLE_ARN.match(self.role_arn)["name"]  # type: ignore[index]
        who = "".join(f"\n#   {ns}/{sa}" for ns, sa in subjects) if len(subjects) > 1 else " " + "/".join(subjects[0])
        # Unquoted heredoc: a $OIDC_PROVIDER placeholder expands; the JSON has no other '$'.
        return (
            f"# Let {'these ServiceAccounts' if len(subjects) > 1 else 'ServiceAccount'} assume {self.role_arn}:{who}\n"
            f"# REPLACES the role's trust policy: add anything else it must keep trusting to trust-policy.json first\n"
            f"# (aws iam get-role --role-name {_shell(role_name)} --query Role.AssumeRolePolicyDocument)\n"
            f"cat > trust-policy.json <<EOF\n{policy}\nEOF\n"
            f"aws iam update-assume-role-policy --role-name {_shell(role_name)} --policy-document file://trust-policy.json\n"
        )
