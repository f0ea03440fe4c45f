"""``airflow-celery-ingress``: "Airflow in Kubernetes, part 2" (004), corrected.

Celery workers as a StatefulSet with one log claim per replica; git-sync v4 sidecars with an SSH key on
the workers and the scheduler (and every other component that reads DAGs); the web UI behind nginx with
a Let's Encrypt certificate from cert-manager. Corrections: the SSH key is mounted 0440 (the article's
0400 and uid 65533 break with an fsGroup) and host keys are checked (the article turns checking off).
Added: the StatsD exporter's ServiceMonitor for a Prometheus Operator, and the first admin created from
the Secret ``airflow-admin`` (the article leaves the UI without a way in).
"""

from __future__ import annotations

from typing import TYPE_CHECKING


from airflow_cdk8s import GitSync, KnownHostsConfigMap, worker_logs_claim_template
from airflow_cdk8s.platform import AirflowPlatform, ComponentSettings, EmbeddedRedis, FirstAdmin, IngressSettings, StatsdExporter

if TYPE_CHECKING:  # constructs is imported after airflow_cdk8s, which lets jsii start Node only when needed
    from constructs import Construct

NAMESPACE = "airflow"
GITHUB_HOST_KEY = "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"


def airflow_celery_ingress(scope: Construct, id: str) -> AirflowPlatform:
    platform = AirflowPlatform(
        scope, id,
        namespace=NAMESPACE, create_namespace=True,
        executor="CeleryExecutor", broker=EmbeddedRedis(),
        workers=ComponentSettings(replicas=2),
        worker_logs=worker_logs_claim_template(storage="10Gi", storage_class_name="yc-network-hdd"),
        git_sync=GitSync(repo="git@github.com:example-org/airflow-dags.git", branch="master", period_seconds=10,
                         sub_path="part2/dags", ssh_key_secret="airflow-ssh-secret", known_hosts_config_map="github-known-hosts"),
        ingress=IngressSettings(host="airflow.example.com", ingress_class_name="nginx", lets_encrypt_email="admin@example.com"),
        # Not in the article: metrics for a Prometheus Operator (docs/metrics.md).
        metrics=StatsdExporter(service_monitor=True),
        first_admin=FirstAdmin(password_secret="airflow-admin", email="admin@example.com"),
    )
    KnownHostsConfigMap(platform, "KnownHosts", name="github-known-hosts", namespace=NAMESPACE, known_hosts=GITHUB_HOST_KEY)
    return platform
