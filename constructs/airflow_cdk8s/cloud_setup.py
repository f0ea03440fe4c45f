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


def setup_steps(objects: Iterable[dict[str, Any]]) -> str:
    """One block of commands per ServiceAccount that carries workload identity annotations."""
    blocks = []
    for obj in objects:
        if not obj or obj.get("kind") != "ServiceAccount":
            continue
        meta = obj.get("metadata", {})
        identity = identity_of(meta.get("annotations") or {})
        if identity is not None:
            blocks.append(identity.setup_commands(meta.get("namespace", "default"), meta["name"]))
    return "\n".join(blocks) if blocks else "# No ServiceAccount asks for workload identity: nothing to set up in the cloud.\n"
