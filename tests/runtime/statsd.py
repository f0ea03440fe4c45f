"""Metrics in the conformance run: a StatsD stand-in for the exporter, and the exporter's mapping rules.

The StatsD exporter's image cannot run here, so, as PostgreSQL and Redis stand in for their images,
``statsd_sink.py`` listens on the UDP port the manifests give Airflow and records which Airflow
process sent each metric. ``prometheus_name`` applies the exporter's glob mapping (from the
synthesized ConfigMap) the way statsd_exporter does, so the suite can check every name real Airflow
sent against it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from . import kube
from .sandbox import Cluster, wait_for

HERE = Path(__file__).resolve().parent


def statsd_target(manifests: kube.Manifests) -> tuple[str, int] | None:
    """(host, port) every Airflow container sends StatsD to, if metrics are on."""
    return kube.metrics_target(manifests, "statsd")


def start_statsd_sink(cluster: Cluster, port: int) -> Path:
    """The sink, as root in the namespace (it reads /proc to name the sender); returns its JSON-lines log."""
    log, out = cluster.work / "statsd.jsonl", cluster.work / "statsd-sink.log"
    log.touch()
    cluster.spawn([sys.executable, str(HERE / "statsd_sink.py"), str(port), str(log)], out)
    wait_for("the StatsD sink", lambda: out.exists() and "listening" in out.read_text(), 20, 0.2, lambda: out.read_text())
    return log


def received(log: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def mapping_of(manifests: kube.Manifests) -> str:
    """The mapping file the exporter Deployment reads (its --statsd.mapping-config, through its mount)."""
    exporter = next(d for d in manifests.of_kind("Deployment") if d["metadata"]["name"].endswith("-statsd-exporter"))
    spec = kube.pod_spec(exporter)
    main = spec["containers"][0]
    path = next(a.split("=", 1)[1] for a in main["args"] if a.startswith("--statsd.mapping-config="))
    mount = next(m for m in main["volumeMounts"] if path.startswith(m["mountPath"].rstrip("/") + "/"))
    volume = next(v for v in spec["volumes"] if v["name"] == mount["name"])
    return manifests.config_map_data(volume["configMap"]["name"])[path[len(mount["mountPath"].rstrip("/")) + 1:]]


def prometheus_name(mapping: str, metric: str) -> tuple[str, frozenset[str]] | None:
    """(series name, label names) the exporter gives a StatsD name; None when a mapping drops it.

    statsd_exporter's glob rules: ``*`` stands for one dot-free part, the first matching mapping wins,
    ``$n`` is the n-th ``*``; an unmatched name becomes the name with every other character than
    letters, digits and ``_`` replaced by ``_``.
    """
    import yaml

    for rule in yaml.safe_load(mapping)["mappings"]:
        pattern = "^" + r"\.".join("([^.]+)" if part == "*" else re.escape(part) for part in rule["match"].split(".")) + "$"
        if re.match(pattern, metric):
            return None if rule.get("action") == "drop" else (rule["name"], frozenset(rule.get("labels", {})))
    return re.sub(r"[^a-zA-Z0-9_]", "_", metric), frozenset()


def label_set_conflicts(mapping: str, metrics: set[str]) -> dict[str, set[frozenset[str]]]:
    """Series names that would get two different sets of label names (the exporter drops such samples)."""
    found: dict[str, set[frozenset[str]]] = {}
    for metric in metrics:
        if (named := prometheus_name(mapping, metric)) is not None:
            found.setdefault(named[0], set()).add(named[1])
    return {name: sets for name, sets in found.items() if len(sets) > 1}
