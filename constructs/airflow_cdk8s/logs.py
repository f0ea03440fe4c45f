"""Task logs: the volume behind Airflow's log folder, and remote logging.

- ``mount_logs_claim``: an existing PersistentVolumeClaim at ``/opt/airflow/logs``.
- ``LogsClaim``: a PVC (dynamically provisioned, or bound to a named PersistentVolume).
- ``CsiLogsVolume`` / ``AzureBlobLogsVolume``: a PersistentVolume on a CSI driver plus its claim
  (``001_*.txt``: Azure Blob through ``blob.csi.azure.com``).
- ``worker_logs_claim_template``: one PVC per StatefulSet replica (``004_*.txt``).
- ``RemoteLogging`` (``remote_logging.py``, re-exported here): ship logs to S3, GCS or Azure Blob.

Logs must be writable by the Airflow user (uid 50000): our pods set ``fsGroup: 50000``, which the
kubelet applies to volumes whose ownership it can change (emptyDir, disks). FUSE mounts such as
blobfuse are not among them: their owner comes from mount options (``-o uid=50000 -o gid=0``,
``-o allow_other``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Mapping, Sequence

from constructs import Construct

from . import deferred
from . import names
from .errors import ValuesError, raise_if
from .kube_object import KubeObject
from .airflow_image import AIRFLOW_UID, LOGS_DIR
from .pod import PodOwner, PodSpec, drop_empty, pod_of

LOGS_VOLUME = "logs"
ACCESS_MODES = ("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod")
AccessMode = Literal["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"]


# ---- mounting ----------------------------------------------------------------------------

def mount_logs_volume(owner: PodOwner | PodSpec, source: Mapping[str, Any], *, mount_path: str = LOGS_DIR) -> dict[str, Any]:
    """Make ``source`` (e.g. ``{"persistentVolumeClaim": {"claimName": "logs"}}``) the volume at
    ``mount_path`` in ``owner``'s main container. Returns the volume.

    If the container already mounts a volume there (components start with an emptyDir), that
    volume keeps its name and gets the new source, so sidecars reading it by name (a log shipper)
    see the same files.

    owner: the component or pod template whose main container writes the logs.
    source: the volume source, everything of a pod volume but its ``name``.
    mount_path: Default: ``/opt/airflow/logs``.

    Example::

        import cdk8s
        from airflow_cdk8s import KubernetesExecutorPodTemplate, mount_logs_volume

        chart = cdk8s.Chart(cdk8s.App(), "airflow")
        task_pod = KubernetesExecutorPodTemplate(chart, "PodTemplate", namespace="airflow",
                                                 image="apache/airflow:3.0.6", service_account_name="airflow")
        mount_logs_volume(task_pod, {"persistentVolumeClaim": {"claimName": "airflow-logs"}})
    """
    raise_if(_path_problems("mount_path", mount_path), "mount_logs_volume")
    pod = pod_of(owner)
    current = pod.mount_at(mount_path)
    name = current["name"] if current else LOGS_VOLUME
    volume = pod.replace_volume({"name": name, **source}, by="mount_logs_volume")
    if current is None:
        pod.add_volume_mount({"name": name, "mountPath": mount_path}, by="mount_logs_volume")
    return volume


def mount_logs_claim(owner: PodOwner | PodSpec, claim_name: str, *, mount_path: str = LOGS_DIR) -> dict[str, Any]:
    """Mount an existing PersistentVolumeClaim at the logs folder (default ``/opt/airflow/logs``)."""
    if error := names.dns1123_subdomain_error(claim_name):
        raise ValuesError([f"claim_name: {error}"], source="mount_logs_claim")
    return mount_logs_volume(owner, {"persistentVolumeClaim": {"claimName": claim_name}}, mount_path=mount_path)


# ---- claims and volumes ------------------------------------------------------------------

class LogsClaim(KubeObject):
    """A PersistentVolumeClaim for the logs folder.

    Props:
        name, namespace: of the claim.
        storage: requested size. Default: ``10Gi``.
        storage_class_name: the StorageClass. Default: the cluster's default class (dynamic
            provisioning); with ``volume_name``, ``""`` so the default class cannot interfere.
        access_modes: Default: ``ReadWriteMany`` (scheduler, API server and task pods share the logs).
        volume_name: bind to this PersistentVolume instead of provisioning one. Default: None.
        labels: Default: none.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        storage: str = "10Gi",
        storage_class_name: str | None = None,
        access_modes: Sequence[AccessMode] = ("ReadWriteMany",),
        volume_name: str | None = None,
        labels: Mapping[str, str] = {},
    ) -> None:
        problems = _name_problems(name=name, namespace=namespace, volume_name=volume_name)
        problems += _claim_problems(storage, storage_class_name, access_modes)
        raise_if(problems, "LogsClaim")
        if volume_name is not None and storage_class_name is None:
            storage_class_name = ""  # a statically bound claim must not pick up the default class
        spec = drop_empty({
            "accessModes": list(access_modes),
            "resources": {"requests": {"storage": storage}},
            "storageClassName": storage_class_name,
            "volumeName": volume_name,
        })
        super().__init__(scope, id, api_version="v1", kind="PersistentVolumeClaim", name=name,
                         namespace=namespace, labels=labels, body=lambda: {"spec": spec})

    def attach(self, owner: PodOwner | PodSpec, *, mount_path: str = LOGS_DIR) -> dict[str, Any]:
        """Mount this claim at the logs folder of ``owner``'s main container."""
        return mount_logs_claim(owner, self.name, mount_path=mount_path)


class CsiLogsVolume(deferred.Construct):
    """A PersistentVolume on a CSI driver (static provisioning) and the ``LogsClaim`` bound to it.

    Props:
        name: the PersistentVolume's name (cluster-wide).
        claim_name, namespace: the claim's name and namespace.
        driver: the CSI driver, e.g. ``blob.csi.azure.com``.
        volume_handle: the driver's id of the storage; unique in the cluster.
        storage: capacity. Default: ``10Gi``.
        storage_class_name: set on both objects so they bind. Default: ``""`` (no class).
        access_modes: Default: ``ReadWriteMany``.
        reclaim_policy: ``Retain`` keeps the data when the claim is deleted; ``Delete`` deletes it.
            Default: ``Retain``.
        mount_options: Default: none.
        volume_attributes: the driver's attributes. Default: none.
        node_stage_secret_name: Secret with the driver's credentials (a reference; the key never
            enters the manifests). Default: None.
        node_stage_secret_namespace: Default: ``namespace``.
        labels: Default: none.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        claim_name: str,
        namespace: str,
        driver: str,
        volume_handle: str,
        storage: str = "10Gi",
        storage_class_name: str = "",
        access_modes: Sequence[AccessMode] = ("ReadWriteMany",),
        reclaim_policy: Literal["Retain", "Delete"] = "Retain",
        mount_options: Sequence[str] = (),
        volume_attributes: Mapping[str, str] = {},
        node_stage_secret_name: str | None = None,
        node_stage_secret_namespace: str | None = None,
        labels: Mapping[str, str] = {},
    ) -> None:
        problems = _name_problems(name=name, claim_name=claim_name, namespace=namespace,
                                  node_stage_secret_name=node_stage_secret_name)
        problems += _claim_problems(storage, storage_class_name or None, access_modes)
        secret_namespace = node_stage_secret_namespace
        if secret_namespace is not None and (error := names.dns1123_label_error(secret_namespace)):
            problems.append(f"node_stage_secret_namespace: {error}")
        if names.dns1123_subdomain_error(driver):
            problems.append(f"driver: {driver!r} must be a CSI driver name such as blob.csi.azure.com")
        if not volume_handle or any(ch.isspace() for ch in volume_handle):
            problems.append(f"volume_handle: {volume_handle!r} must be a non-empty id without spaces")
        if reclaim_policy not in ("Retain", "Delete"):
            problems.append(f"reclaim_policy: must be Retain or Delete, not {reclaim_policy!r}")
        raise_if(problems, type(self).__name__)
        super().__init__(scope, id)
        self.name = name
        self.claim_name = claim_name
        self.namespace = namespace
        csi = drop_empty({
            "driver": driver,
            "volumeHandle": volume_handle,
            "volumeAttributes": dict(volume_attributes),
            "nodeStageSecretRef": node_stage_secret_name and {
                "name": node_stage_secret_name, "namespace": node_stage_secret_namespace or namespace},
        })
        spec = drop_empty({
            "capacity": {"storage": storage},
            "accessModes": list(access_modes),
            "persistentVolumeReclaimPolicy": reclaim_policy,
            "mountOptions": list(mount_options),
            # Reserve the volume for our claim, so no other claim can bind it first.
            "claimRef": {"namespace": namespace, "name": claim_name},
            "csi": csi,
        })
        spec["storageClassName"] = storage_class_name  # also when "": it must equal the claim's
        self.persistent_volume = KubeObject(self, "Resource", api_version="v1", kind="PersistentVolume",
                                            name=name, labels=labels, body=lambda: {"spec": spec})
        self.claim = LogsClaim(self, "Claim", name=claim_name, namespace=namespace, storage=storage,
                               storage_class_name=storage_class_name, access_modes=access_modes,
                               volume_name=name, labels=labels)

    def attach(self, owner: PodOwner | PodSpec, *, mount_path: str = LOGS_DIR) -> dict[str, Any]:
        """Mount the claim at the logs folder of ``owner``'s main container."""
        return self.claim.attach(owner, mount_path=mount_path)


BLOB_MOUNT_OPTIONS = ("-o allow_other", "--file-cache-timeout-in-seconds=120")


class AzureBlobLogsVolume(CsiLogsVolume):
    """Logs in an Azure Blob container through the blob CSI driver (blobfuse), as in ``001_*.txt``.

    Blobfuse ignores fsGroup: the files' owner comes from ``-o uid=``/``-o gid=`` mount options, and
    ``-o allow_other`` lets users other than the mounting one (root) in. Both are set by default.

    Props:
        namespace: of the claim (and, by default, of the credentials Secret).
        storage_account: the storage account name.
        container_name: the blob container holding the logs.
        secret_name: Secret with ``azurestorageaccountname`` and ``azurestorageaccountkey`` (e.g. from
            an ExternalSecret); only its name and namespace reach the manifests.
        resource_group: the storage account's resource group. Default: the cluster's.
        secret_namespace: Default: ``namespace``.
        name: the PersistentVolume's name. Default: ``pv-airflow-logs``.
        claim_name: Default: ``pvc-airflow-logs``.
        volume_handle: unique id of this volume in the cluster. Default: ``<storage_account>-<container_name>``.
        storage: nominal capacity (blob storage does not enforce it). Default: ``10Gi``.
        storage_class_name: Default: ``azureblob-fuse-premium``.
        mount_options: blobfuse options besides uid/gid; must include ``-o allow_other``.
            Default: ``-o allow_other``, ``--file-cache-timeout-in-seconds=120``.
        uid: owner of the files in the mount. Default: 50000 (the Airflow user).
        gid: group of the files. Default: 0 (the Airflow user's primary group).
        volume_attributes: extra driver attributes (e.g. ``{"protocol": "fuse2"}``). Default: none.
        labels: Default: none.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        storage_account: str,
        container_name: str,
        secret_name: str,
        resource_group: str | None = None,
        secret_namespace: str | None = None,
        name: str = "pv-airflow-logs",
        claim_name: str = "pvc-airflow-logs",
        volume_handle: str | None = None,
        storage: str = "10Gi",
        storage_class_name: str = "azureblob-fuse-premium",
        mount_options: Sequence[str] = BLOB_MOUNT_OPTIONS,
        uid: int = AIRFLOW_UID,
        gid: int = 0,
        volume_attributes: Mapping[str, str] = {},
        labels: Mapping[str, str] = {},
    ) -> None:
        problems = []
        for prop, value in (("storage_account", storage_account), ("container_name", container_name)):
            if not value or any(ch.isspace() or ch in "#/" for ch in value):
                problems.append(f"{prop}: {value!r} must be a non-empty name without spaces, '#' or '/'")
        options = " ".join(mount_options)
        if "allow_other" not in options:
            problems.append("mount_options: must include '-o allow_other', or the Airflow user cannot use the mount")
        if "uid=" in options or "gid=" in options:
            problems.append("mount_options: set the owner with the uid and gid props, not here")
        for prop, value in (("uid", uid), ("gid", gid)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                problems.append(f"{prop}: must be a whole number >= 0, not {value!r}")
        raise_if(problems, "AzureBlobLogsVolume")
        attributes = {"storageAccount": storage_account, "containerName": container_name}
        if resource_group:
            attributes["resourceGroup"] = resource_group
        super().__init__(
            scope,
            id,
            name=name,
            claim_name=claim_name,
            namespace=namespace,
            driver="blob.csi.azure.com",
            volume_handle=volume_handle or f"{storage_account}-{container_name}",
            storage=storage,
            storage_class_name=storage_class_name,
            access_modes=("ReadWriteMany",),
            reclaim_policy="Retain",  # "Delete" would delete the blob container with the claim
            mount_options=[*mount_options, f"-o uid={uid}", f"-o gid={gid}"],
            volume_attributes={**attributes, **volume_attributes},
            node_stage_secret_name=secret_name,
            node_stage_secret_namespace=secret_namespace,
            labels=labels,
        )


# ---- per-replica claims of a StatefulSet -------------------------------------------------

@dataclass(frozen=True)
class PerReplicaLogs:
    """A StatefulSet ``volumeClaimTemplates`` entry and the mount that uses it.

    claim_template: the ``volumeClaimTemplates`` entry (``metadata.name`` and the claim's ``spec``).
    volume_mount: the main container's ``volumeMounts`` entry for it (``name``, ``mountPath``).
    """

    claim_template: dict[str, Any]
    volume_mount: dict[str, Any]

    def attach(self, owner: PodOwner | PodSpec) -> dict[str, Any]:
        """Mount the per-replica claim in ``owner``'s main container, replacing what was mounted at
        that path. The owner must render a StatefulSet that lists ``claim_template``."""
        pod = pod_of(owner)
        pod.remove_volume_mount(self.volume_mount["mountPath"])
        # A claim template takes precedence over a pod volume of the same name; drop it to avoid doubt.
        pod.remove_volume(self.volume_mount["name"])
        return pod.add_volume_mount(dict(self.volume_mount), by="PerReplicaLogs")


def worker_logs_claim_template(
    *,
    storage: str = "10Gi",
    storage_class_name: str | None = None,
    access_modes: Sequence[AccessMode] = ("ReadWriteOnce",),
    name: str = LOGS_VOLUME,
    mount_path: str = LOGS_DIR,
) -> PerReplicaLogs:
    """One PVC per StatefulSet replica for the logs folder, as in ``004_*.txt``.

    The claims outlive scale-downs (Kubernetes keeps them), so a replica's logs survive it.

    Props:
        storage: size of each claim. Default: ``10Gi``.
        storage_class_name: Default: the cluster's default class.
        access_modes: Default: ``ReadWriteOnce`` (one replica per claim).
        name: the claim template's (and volume's) name. Default: ``logs``.
        mount_path: Default: ``/opt/airflow/logs``.
    """
    problems = _claim_problems(storage, storage_class_name, access_modes) + _path_problems("mount_path", mount_path)
    if error := names.dns1123_label_error(name):
        problems.append(f"name: {error}")
    raise_if(problems, "worker_logs_claim_template")
    template = {
        "metadata": {"name": name},
        "spec": drop_empty({
            "accessModes": list(access_modes),
            "resources": {"requests": {"storage": storage}},
            "storageClassName": storage_class_name,
        }),
    }
    return PerReplicaLogs(claim_template=template, volume_mount={"name": name, "mountPath": mount_path})


from .remote_logging import RemoteLogging  # noqa: E402,F401 - re-exported: every way to keep logs is in this module

# ---- validation helpers ------------------------------------------------------------------

def _name_problems(**props: str | None) -> list[str]:
    problems = []
    for prop, value in props.items():
        if value is None:
            continue
        check = names.dns1123_label_error if prop == "namespace" else names.dns1123_subdomain_error
        if error := check(value):
            problems.append(f"{prop}: {error}")
    return problems


def _claim_problems(storage: str, storage_class_name: str | None, access_modes: Sequence[str]) -> list[str]:
    problems = []
    if error := names.quantity_error(storage):
        problems.append(f"storage: {error}")
    if storage_class_name is not None and storage_class_name != "" and (
            error := names.dns1123_subdomain_error(storage_class_name)):
        problems.append(f"storage_class_name: {error}")
    if not access_modes:
        problems.append("access_modes: give at least one")
    for mode in access_modes:
        if mode not in ACCESS_MODES:
            problems.append(f"access_modes: {mode!r} is not one of {', '.join(ACCESS_MODES)}")
    return problems


def _path_problems(prop: str, path: str) -> list[str]:
    if not path.startswith("/") or ".." in path.split("/"):
        return [f"{prop}: {path!r} must be an absolute path without '..'"]
    return []


