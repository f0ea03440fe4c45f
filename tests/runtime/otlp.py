"""Metrics over OTLP in the conformance run: a collector stand-in where the manifests point Airflow.

As ``statsd.py`` does for the exporter, ``otlp_sink.py`` listens on the host and port the manifests
give Airflow (``[metrics] otel_host/otel_port``) and records which pod sent each metric.
"""

from __future__ import annotations

from pathlib import Path

from . import kube
from .sandbox import Cluster, wait_for

HERE = Path(__file__).resolve().parent


def otlp_target(manifests: kube.Manifests) -> tuple[str, int] | None:
    """(host, port) every Airflow container exports OTLP metrics to, if OpenTelemetry is on."""
    return kube.metrics_target(manifests, "otel")


def start_otlp_sink(cluster: Cluster, port: int) -> Path:
    """The sink in the namespace, run by the Airflow virtualenv's Python (it has opentelemetry-proto)."""
    log, out = cluster.work / "otlp.jsonl", cluster.work / "otlp-sink.log"
    log.touch()
    cluster.spawn([str(cluster.venv / "bin" / "python"), str(HERE / "otlp_sink.py"), str(port), str(log)], out)
    wait_for("the OTLP sink", lambda: out.exists() and "listening" in out.read_text(), 30, 0.2, lambda: out.read_text())
    return log
