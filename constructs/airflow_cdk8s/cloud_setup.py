"""The cloud-side steps workload identity still needs, read from the synthesized ServiceAccounts.

Reading them from the output (not from props) means the steps match exactly what will be applied,
whether the annotations came from an ``identity=`` prop or an agent values file's
``serviceAccount.annotations``.
"""

from __future__ import annotations

from typing import Any, Iterable

from .identity import AwsIrsa, AzureWorkloadIdentity, GcpWorkloadIdentity


def identity_of(annotations: dict[str, str]) -> AzureWorkloadIdentity | GcpWorkloadIdentity | AwsIrsa | None:
    """The workload identity a ServiceAccount's annotations ask for, if any."""
    if "azure.workload.identity/client-id" in annotations:
        return AzureWorkloadIdentity(client_id=annotations["azure.workload.identity/client-id"],
                                     tenant_id=annotations.get("azure.workload.identity/tenant-id", ""))
    if "iam.gke.io/gcp-service-account" in annotations:
        return GcpWorkloadIdentity(service_account_email=annotations["iam.gke.io/gcp-service-account"])
    if "eks.amazonaws.com/role-arn" in annotations:
        return AwsIrsa(role_arn=annotations["eks.amazonaws.com/role-arn"])
    return None


# Azure allows at most 20 federated identity credentials on one managed identity.
AZURE_MAX_CREDENTIALS = 20


def setup_steps(objects: Iterable[dict[str, Any]]) -> str:
    """The commands for every ServiceAccount that carries workload identity annotations, merged per
    cloud identity: one trust policy per AWS role naming every ServiceAccount that uses it (the
    command replaces the role's policy, so one per ServiceAccount would leave only the last one),
    one ``gcloud`` binding and one Azure federated credential per ServiceAccount (those add)."""
    users: dict[Any, set[tuple[str, str]]] = {}  # identity -> its (namespace, name) ServiceAccounts
    for obj in objects:
        if not isinstance(obj, dict) or obj.get("kind") != "ServiceAccount":
            continue
        meta = obj.get("metadata", {})
        identity = identity_of(meta.get("annotations") or {})
        if identity is not None:
            users.setdefault(identity, set()).add((meta.get("namespace", "default"), meta["name"]))
    if not users:
        return "# No ServiceAccount asks for workload identity: nothing to set up in the cloud.\n"
    accounts = len({sa for subjects in users.values() for sa in subjects})
    blocks = [f"# Workload identity for {accounts} ServiceAccount(s), {len(users)} cloud identit{'y' if len(users) == 1 else 'ies'}.\n"
              "# aws iam update-assume-role-policy REPLACES a role's trust policy (one policy per role lists all of\n"
              "# its ServiceAccounts); gcloud add-iam-policy-binding and az identity federated-credential create ADD.\n"]
    for identity in sorted(users, key=lambda i: (type(i).__name__, repr(i))):
        subjects = sorted(users[identity])
        if isinstance(identity, AwsIrsa):
            blocks.append(identity.setup_commands(*subjects[0], *subjects[1:]))
            continue
        if isinstance(identity, AzureWorkloadIdentity) and len(subjects) > AZURE_MAX_CREDENTIALS:
            blocks.append(f"# WARNING: {len(subjects)} ServiceAccounts use managed identity {identity.client_id}; Azure allows "
                          f"{AZURE_MAX_CREDENTIALS} federated credentials per identity: give some components another identity\n")
        blocks += [identity.setup_commands(namespace, name) for namespace, name in subjects]
    return "\n".join(blocks)
