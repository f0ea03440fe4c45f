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
    targets = set()
    for doc in manifests.of_kind("Deployment", "StatefulSet"):
        for c in kube.pod_spec(doc)["containers"]:
            if kube.is_airflow_image(c["image"]):
                env = {v["name"]: v.get("value") for v in c.get("env", [])}
                if env.get("AIRFLOW__METRICS__OTEL_ON") == "True":
                    assert env.get("AIRFLOW__METRICS__OTEL_SSL_ACTIVE") == "False", "the sink speaks plain HTTP"
                    targets.add((env["AIRFLOW__METRICS__OTEL_HOST"], int(env["AIRFLOW__METRICS__OTEL_PORT"])))
    assert len(targets) <= 1, f"Airflow containers export to different places: {targets}"
    return next(iter(targets), None)


def start_otlp_sink(cluster: Cluster, port: int) -> Path:
    """The sink in the namespace, run by the Airflow virtualenv's Python (it has opentelemetry-proto)."""
    log, out = cluster.work / "otlp.jsonl", cluster.work / "otlp-sink.log"
    log.touch()
    cluster.spawn([str(cluster.venv / "bin" / "python"), str(HERE / "otlp_sink.py"), str(port), str(log)], out)
    wait_for("the OTLP sink", lambda: out.exists() and "listening" in out.read_text(), 30, 0.2, lambda: out.read_text())
    return log
