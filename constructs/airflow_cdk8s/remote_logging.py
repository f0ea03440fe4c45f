"""RemoteLogging: ship task logs to S3, GCS or Azure Blob with the ``[logging]`` settings of current Airflow
(``003_*.txt`` uses the ``[core]`` names, which Airflow 2.0 moved to ``[logging]``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from . import names
from .errors import raise_if
from .pod import PodOwner, PodSpec, pod_of

IDENTITY_CONN_ID = "remote_logs"
IDENTITY_CONNECTIONS = {"s3": "aws", "gcs": "google_cloud_platform"}  # storage -> conn_type using the pod's identity


@dataclass(frozen=True, kw_only=True)
class RemoteLogging:
    """Ship task logs to object storage: ``[logging]`` settings as environment variables.

    Props:
        base_log_folder: ``s3://bucket/path``, ``gs://bucket/path`` or, for Azure Blob, a folder
            starting with ``wasb`` (e.g. ``wasb-airflow-logs``; the container is ``wasb_container``).
        conn_id: the Airflow connection used to write. Default: for S3 and GCS, a connection without
            credentials named ``remote_logs`` (``AIRFLOW_CONN_REMOTE_LOGS``), so the pod's own
            identity is used (IRSA, an IAM role as in ``003_*.txt``, GKE workload identity); Airflow
            3.0.4 and later fail every task when the remote-logging connection does not exist.
            For Azure Blob, Airflow's default (``wasb_default``), which you define.
        connection_secret: a Secret holding that connection (URI or JSON), which becomes
            ``AIRFLOW_CONN_<CONN_ID>`` by reference. Default: None (define the connection elsewhere).
        connection_secret_key: Default: ``connection``.
        wasb_container: the blob container for ``wasb`` folders. Default: Airflow's ``airflow-logs``.
        encrypt_s3_logs: server-side encryption for S3. Default: Airflow's (False).
    """

    base_log_folder: str
    conn_id: str | None = None
    connection_secret: str | None = None
    connection_secret_key: str = "connection"
    wasb_container: str | None = None
    encrypt_s3_logs: bool | None = None

    def __post_init__(self) -> None:
        problems = []
        folder = self.base_log_folder
        if self.storage is None:
            problems.append(f"base_log_folder: {folder!r} must start with s3://, gs:// or wasb")
        elif self.storage != "wasb" and not folder.split("://", 1)[1].strip("/"):
            problems.append(f"base_log_folder: {folder!r} names no bucket")
        if self.conn_id is not None and (not self.conn_id.strip() or any(ch.isspace() for ch in self.conn_id)):
            problems.append(f"conn_id: {self.conn_id!r} must be a connection id without spaces")
        if self.connection_secret is not None:
            if not self.conn_id:
                problems.append("conn_id: required with connection_secret (it names AIRFLOW_CONN_<CONN_ID>)")
            if error := names.dns1123_subdomain_error(self.connection_secret):
                problems.append(f"connection_secret: {error}")
        if self.wasb_container is not None and self.storage != "wasb":
            problems.append("wasb_container: only for Azure Blob (a base_log_folder starting with wasb)")
        if self.encrypt_s3_logs is not None and self.storage != "s3":
            problems.append("encrypt_s3_logs: only for S3 (a base_log_folder starting with s3://)")
        raise_if(problems, "RemoteLogging")

    @property
    def storage(self) -> Literal["s3", "gcs", "wasb"] | None:
        # The prefixes Airflow's logging config dispatches on.
        folder = self.base_log_folder
        if folder.startswith("s3://"):
            return "s3"
        if folder.startswith("gs://"):
            return "gcs"
        if folder.startswith("wasb"):
            return "wasb"
        return None

    def env(self) -> list[dict[str, Any]]:
        env = [
            {"name": "AIRFLOW__LOGGING__REMOTE_LOGGING", "value": "True"},
            {"name": "AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER", "value": self.base_log_folder},
        ]
        if self.conn_id is not None:
            env.append({"name": "AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID", "value": self.conn_id})
        elif self.storage in IDENTITY_CONNECTIONS:
            # Airflow 3 tasks fetch the remote-logging connection through the Execution API before they
            # start, and fail when it is missing (Airflow's default aws_default / google_cloud_default
            # usually is): a connection without credentials makes the hook use the pod's identity.
            # Its own id, so a connection the user keeps under Airflow's default name is not shadowed.
            env += [
                {"name": "AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID", "value": IDENTITY_CONN_ID},
                {"name": f"AIRFLOW_CONN_{IDENTITY_CONN_ID.upper()}",
                 "value": json.dumps({"conn_type": IDENTITY_CONNECTIONS[self.storage]})},
            ]
        if self.encrypt_s3_logs is not None:
            env.append({"name": "AIRFLOW__LOGGING__ENCRYPT_S3_LOGS", "value": str(self.encrypt_s3_logs)})
        if self.wasb_container is not None:
            env.append({"name": "AIRFLOW__AZURE_REMOTE_LOGGING__REMOTE_WASB_LOG_CONTAINER",
                        "value": self.wasb_container})
        if self.connection_secret and self.conn_id:
            env.append({"name": f"AIRFLOW_CONN_{self.conn_id.upper()}", "valueFrom": {"secretKeyRef": {
                "name": self.connection_secret, "key": self.connection_secret_key}}})
        return env

    def attach(self, owner: PodOwner | PodSpec) -> list[dict[str, Any]]:
        """Set the remote logging environment on ``owner``'s main container. Returns the variables."""
        pod = pod_of(owner)
        return [pod.add_env(v["name"], v.get("value"), value_from=v.get("valueFrom")) for v in self.env()]
