"""Shared helpers: build an agent from a values dict and synthesize it in-process."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the reference app's `scenarios` package

from airflow_cdk8s import App, RemoteExecutionAgent, render, validate_values  # noqa: E402 - before cdk8s
import cdk8s  # noqa: E402,F401
from airflow_cdk8s.checks import check_objects  # noqa: E402

SECRETS_MANAGER = "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend"



def minimal_values(**overrides: Any) -> dict[str, Any]:
    """The smallest valid values file (as a dict), with overrides merged at the top level."""
    values: dict[str, Any] = {
        "namespace": "astro",
        "image": "example.com/agent:1.0",
        "astroDeploymentAPIURL": "https://clusterid.external.astronomer.run/d1234567",
        "agentTokenSecretName": "agent-token",
        "imagePullSecretName": "pull-secret",
        "secretBackend": SECRETS_MANAGER,
        "dagBundleConfigList": '[{"name": "dags", "classpath": "airflow.dag_processing.bundles.local.LocalDagBundle", "kwargs": {}}]',
    }
    values.update(overrides)
    return values


def synth_agent(values: dict[str, Any] | None = None, **chart_props: Any) -> list[dict[str, Any]]:
    """Synthesize a RemoteExecutionAgent from a values dict; returns the manifests.

    Every synthesis is gated: Kubernetes 1.27 strict schemas, Pod Security "restricted", secret scan
    (the plaintext values given never appear outside Secret data, and only with the opt-in).
    """
    values = values if values is not None else minimal_values()
    app = App()
    RemoteExecutionAgent(app, "agent", values=validate_values(values), **chart_props)
    docs = written(app)
    assert_valid(docs, allow_plaintext_secrets=chart_props.get("allow_plaintext_secrets", False),
                 known_secrets=plaintext_inputs(values))
    return docs


def plaintext_inputs(values: dict[str, Any]) -> list[str]:
    lineage = values.get("openLineage") or values.get("openlineage") or {}
    return [s for s in (values.get("agentToken"), values.get("imagePullSecretData"), lineage.get("apiKey"),
                        values.get("sentinelAuthSecret")) if s]


PLATFORM_COMPONENTS = ("airflow-scheduler", "airflow-api-server", "airflow-dag-processor", "airflow-triggerer")


def synth_platform(**props: Any) -> list[dict[str, Any]]:
    """Synthesize an AirflowPlatform (namespace ``airflow``) with ``props``, gated like ``synth_agent``."""
    from airflow_cdk8s.platform import AirflowPlatform

    app = App()
    AirflowPlatform(app, "platform", namespace="airflow", **props)
    docs = written(app)
    assert_valid(docs)
    return docs


def written(app: App) -> list[dict[str, Any]]:
    """Every object of ``app`` as the command line writes it (``render.output``: in Python, without Node, the
    objects as reading the files back gives them). tests/test_render.py and test_deferred.py check that this
    is what cdk8s's own synthesis writes."""
    return render.output(app)[1]


def pod_spec(docs: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    """The pod spec of workload ``kind/name``."""
    return find(docs, kind, name)["spec"]["template"]["spec"]


def assert_valid(docs: list[dict[str, Any]], **options: Any) -> None:
    problems = check_objects(docs, **options)
    assert not problems, "\n".join(map(str, problems))


def find(docs: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    matches = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(matches) == 1, f"expected one {kind}/{name}, found {[(d['kind'], d['metadata']['name']) for d in docs]}"
    return matches[0]


def kinds(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [d for d in docs if d["kind"] == kind]


def container(deployment: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    containers = deployment["spec"]["template"]["spec"]["containers"]
    return containers[0] if name is None else next(c for c in containers if c["name"] == name)


def env_of(c: dict[str, Any]) -> dict[str, Any]:
    """Container env as name -> value (or the valueFrom mapping)."""
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in c.get("env", [])}


@pytest.fixture
def values() -> dict[str, Any]:
    return minimal_values()
