"""The scalar and fragment types of the agent's values model: quantities, Helm's string rendering, Kubernetes
fragments checked against the 1.27 schemas and the API server's rules (pure Python, no cdk8s)."""

from __future__ import annotations

import functools
import json
from decimal import Decimal
from typing import Annotated, Any


from pydantic import (
    BeforeValidator,
    Field,
    SecretStr,
    WithJsonSchema,
)

from .. import kube_fields, names
from ..checks import apiserver
from ..errors import raise_if

SUPPORTED_SECRET_BACKENDS = (
    "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend",
    "airflow.providers.microsoft.azure.secrets.key_vault.AzureKeyVaultBackend",
    "airflow.providers.google.cloud.secrets.secret_manager.CloudSecretManagerBackend",
    "airflow.providers.hashicorp.secrets.vault.VaultBackend",
    "airflow.secrets.local_filesystem.LocalFilesystemBackend",
)
DEFAULT_XCOM_BACKEND = "airflow.providers.common.io.xcom.backend.XComObjectStorageBackend"
HEALTH_PORT = 39091
# The images the chart-2.0 values file (agent 1.6.0) pins; a values file or a component may set its own.
DEFAULT_AGENT_IMAGE = "images.astronomer.cloud/baseimages/astro-remote-execution-agent:3.2-2-python-3.13-astro-agent-1.6.0"
DEFAULT_SENTINEL_IMAGE = "images.astronomer.cloud/baseimages/astro-remote-execution-sentinel:1.6.0"
SENTINEL_PORT = 8080
SENTINEL_UID = 5000  # the Sentinel image's user and group (the agent images use 50000)


def _quantity(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"{value!r} is not a Kubernetes quantity (examples: 500m, 1, 4Gi)")
    text = str(value)
    if error := names.quantity_error(text):
        raise ValueError(error)
    return text


Quantity = Annotated[str, BeforeValidator(_quantity), WithJsonSchema({"type": ["string", "number"]})]


def _empty_as_unset(value: Any) -> Any:
    # Helm values files write "" for "not set" (e.g. agentToken: "" next to agentTokenSecretName).
    return None if value == "" else value


OptionalText = Annotated[str | None, BeforeValidator(_empty_as_unset)]
OptionalSecret = Annotated[SecretStr | None, BeforeValidator(_empty_as_unset)]


def _fragment(definition: str, rules: str | None = None):
    """A raw Kubernetes fragment checked against the 1.27 schema of ``definition`` and, once that
    passes, against the API server's rules for ``rules`` (a kind of ``apiserver.fragment_problems``).
    Each distinct fragment is checked once (worker groups repeat them): one JSON key per fragment."""

    def check(value: Any) -> Any:
        if value is None:
            return value
        try:
            key = _KEY(value)
        except (TypeError, ValueError):  # not JSON (odd YAML input): check without the cache
            raise_if(_fragment_problems(definition, rules, value, json.dumps(value, default=str, skipkeys=True)))
        else:
            raise_if(_cached_fragment_problems(definition, rules, key))
        return value

    return BeforeValidator(check)


_KEY = json.JSONEncoder(sort_keys=True).encode  # json.dumps(value, sort_keys=True), without its argument handling


@functools.lru_cache(maxsize=4096)
def _cached_fragment_problems(definition: str, rules: str | None, key: str) -> tuple[tuple[str, str], ...]:
    return tuple(_fragment_problems(definition, rules, json.loads(key), key))


def _fragment_problems(definition: str, rules: str | None, value: Any, text: str) -> list[tuple[str, str]]:
    """(relative path, message) problems of one fragment; ``text``: its JSON."""
    problems = kube_fields.fragment_errors(definition, value)
    if definition == kube_fields.ENV_VAR and "fileRef" in text:
        problems.insert(0, (
            ".valueFrom.fileRef: is not a Kubernetes field (the OpenLineage reference example is wrong); "
            "use openLineage.apiKeySecret (a Secret) or openLineage.vault (a Vault agent renders the key) instead"
        ))
    found = [(p.partition(": ")[0].lstrip("."), p.partition(": ")[2]) for p in problems]
    if not found and rules:
        found = apiserver.fragment_problems(rules, value)
    return found


def _api_server_problems(rules: str, value: Any) -> list[tuple[str, str]]:
    """``apiserver.fragment_problems``, each distinct fragment checked once (worker groups repeat them)."""
    try:
        key = _KEY(value)
    except (TypeError, ValueError):  # not JSON (odd YAML input): check without the cache
        return apiserver.fragment_problems(rules, value)
    return list(_cached_api_server_problems(rules, key))


@functools.lru_cache(maxsize=4096)
def _cached_api_server_problems(rules: str, key: str) -> tuple[tuple[str, str], ...]:
    return tuple(apiserver.fragment_problems(rules, json.loads(key)))


def helm_string(value: Any) -> str:
    """The string Helm's ``quote`` renders for a YAML scalar (Go's ``fmt`` of the value Helm parsed).

    Helm reads numbers as float64, so ``1000000`` renders as ``1e+06``; null renders as empty.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _go_float(float(value))
    return str(value)


def _go_float(number: float) -> str:
    # strconv.FormatFloat(f, 'g', -1, 64): shortest digits, exponent form below 1e-4 or from 1e+06 on.
    if number != number or number in (float("inf"), float("-inf")):
        return {True: "+Inf", False: "-Inf"}[number > 0] if number == number else "NaN"
    if number == 0:
        return "0"
    sign, digits, exponent = Decimal(repr(number)).normalize().as_tuple()
    text = "".join(map(str, digits))
    point = len(text) + exponent  # position of the decimal point in the digit string
    exp = point - 1
    prefix = "-" if sign else ""
    if exp < -4 or exp >= 6:
        mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
        return f"{prefix}{mantissa}e{'-' if exp < 0 else '+'}{abs(exp):02d}"
    if point <= 0:
        return f"{prefix}0.{'0' * -point}{text}"
    if point >= len(text):
        return prefix + text + "0" * (point - len(text))
    return f"{prefix}{text[:point]}.{text[point:]}"


def _env_scalar(value: Any) -> Any:
    # Helm renders `value: True` (a YAML boolean) as "true"; Kubernetes needs the string. The loader
    # says so on stderr (loader.env_notices); the Python API converts silently.
    if isinstance(value, dict) and "value" in value and not isinstance(value["value"], (str, dict, list)):
        return {**value, "value": helm_string(value["value"])}
    return value


EnvVar = Annotated[dict[str, Any], _fragment(kube_fields.ENV_VAR, "EnvVar"), BeforeValidator(_env_scalar)]
Volume = Annotated[dict[str, Any], _fragment(kube_fields.VOLUME, "Volume")]
VolumeMount = Annotated[dict[str, Any], _fragment(kube_fields.VOLUME_MOUNT, "VolumeMount")]
Toleration = Annotated[dict[str, Any], _fragment(kube_fields.TOLERATION, "Toleration")]
Affinity = Annotated[dict[str, Any], _fragment(kube_fields.AFFINITY, "Affinity")]
LivenessProbe = Annotated[dict[str, Any], _fragment(kube_fields.PROBE, "livenessProbe")]
ReadinessProbe = Annotated[dict[str, Any], _fragment(kube_fields.PROBE, "readinessProbe")]
Container = Annotated[dict[str, Any], _fragment(kube_fields.CONTAINER, "Container")]
InitContainer = Annotated[dict[str, Any], _fragment(kube_fields.CONTAINER, "InitContainer")]
PodSecurityContext = Annotated[dict[str, Any], _fragment(kube_fields.POD_SECURITY_CONTEXT)]
SecurityContext = Annotated[dict[str, Any], _fragment(kube_fields.SECURITY_CONTEXT)]
HpaMetric = Annotated[dict[str, Any], _fragment(kube_fields.HPA_METRIC)]
HpaBehavior = Annotated[dict[str, Any], _fragment(kube_fields.HPA_BEHAVIOR)]
NetworkPolicyPeer = Annotated[dict[str, Any], _fragment(kube_fields.NETWORK_POLICY_PEER)]


def _empty(kind: type, **field: Any) -> Any:
    """A field that defaults to a new empty ``kind`` (list or dict), from a factory: pydantic deep-copies a
    ``[]`` default for every model it builds (8 per worker group). The JSON schema still says the default."""
    return Field(default_factory=kind, json_schema_extra={"default": kind()}, **field)


def _metadata_problems(field: str, mapping: dict[str, str], *, label_values: bool) -> list[tuple[str, str]]:
    problems = []
    for key, value in mapping.items():
        if error := names.qualified_key_error(key):
            problems.append((f"{field}.{key}", error))
        elif label_values and (error := names.label_value_error(value)):
            problems.append((f"{field}.{key}", error))
    return problems


def default_probe() -> dict[str, Any]:
    """The probe of the values reference's triggerer example (path with its leading slash)."""
    return {
        "httpGet": {"path": "/healthz", "port": HEALTH_PORT},
        "initialDelaySeconds": 30,
        "periodSeconds": 5,
        "failureThreshold": 3,
        "successThreshold": 1,
        "timeoutSeconds": 5,
    }
