"""Check user-supplied Kubernetes fragments (env, volumes, probes...) against the 1.27 schemas.

Values files carry raw Kubernetes fragments (``workers[].env``, ``triggerer.volumes``...). We check
them at load time, so a mistake is reported with its values path (``triggerer.env[0].valueFrom.fileRef``)
instead of surfacing later as an invalid manifest.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import jsonschema

KUBERNETES_VERSION = "1.27.0"


@functools.cache
def _definitions() -> dict[str, Any]:
    root = resources.files("kubernetes_validate") / "kubernetes-json-schema"
    path = root / f"v{KUBERNETES_VERSION}-local-strict" / "_definitions.json"
    return json.loads(path.read_text())["$defs"]


@functools.cache
def _validator(definition: str) -> jsonschema.Draft202012Validator:
    schema = {"$ref": f"#/$defs/{definition}", "$defs": _definitions()}
    return jsonschema.Draft202012Validator(schema)


def fragment_errors(definition: str, value: Any) -> list[str]:
    """Problems of ``value`` against a definition such as ``io.k8s.api.core.v1.EnvVar``.

    Each problem is ``"<relative.path>: <message>"`` (path empty for the fragment itself).
    """
    try:
        key = json.dumps(value, sort_keys=True)
    except (TypeError, ValueError):  # not JSON (odd YAML input): validate without the cache
        return _errors(definition, value)
    # Values files repeat the same fragments (the default probes of every worker): check each once.
    return list(_cached_errors(definition, key))


@functools.lru_cache(maxsize=4096)
def _cached_errors(definition: str, key: str) -> tuple[str, ...]:
    return tuple(_errors(definition, json.loads(key)))


def _errors(definition: str, value: Any) -> list[str]:
    problems = []
    for error in sorted(_validator(definition).iter_errors(value), key=lambda e: list(map(str, e.absolute_path))):
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        message = error.message
        if error.validator == "additionalProperties":
            message = f"unknown field ({error.message})"
        problems.append(f"{path}: {message}")
    return problems


# Short names used by the values model.
ENV_VAR = "io.k8s.api.core.v1.EnvVar"
VOLUME = "io.k8s.api.core.v1.Volume"
VOLUME_MOUNT = "io.k8s.api.core.v1.VolumeMount"
TOLERATION = "io.k8s.api.core.v1.Toleration"
AFFINITY = "io.k8s.api.core.v1.Affinity"
PROBE = "io.k8s.api.core.v1.Probe"
CONTAINER = "io.k8s.api.core.v1.Container"
POD_SECURITY_CONTEXT = "io.k8s.api.core.v1.PodSecurityContext"
SECURITY_CONTEXT = "io.k8s.api.core.v1.SecurityContext"
HPA_METRIC = "io.k8s.api.autoscaling.v2.MetricSpec"
HPA_BEHAVIOR = "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior"
NETWORK_POLICY_PEER = "io.k8s.api.networking.v1.NetworkPolicyPeer"
