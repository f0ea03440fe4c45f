"""A JSON Schema of the official Airflow chart's values as ``--chart airflow`` reads them (``schema --chart airflow``).

Built from ``official_keys.OFFICIAL``: every key that chart has, each with its default, so an editor completes
keys and flags misspellings; keys airflow-cdk8s refuses say why in their description. Only the shape is
checked here; ``chart_values.read_chart_values`` decides what is supported.
"""

from __future__ import annotations

import json
from typing import Any

from .chart_values import EXTERNAL_KEYS, WHY
from .official_keys import FREE, OFFICIAL

SCHEMA_ID = "https://github.com/airflow-cdk8s/airflow-cdk8s/official-chart-values.schema.json"
_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


def _node(default: Any, path: tuple[str, ...]) -> dict[str, Any]:
    schema: dict[str, Any] = {}
    if isinstance(default, dict) and default:
        schema = {"type": ["object", "null"], "additionalProperties": False,
                  "properties": {key: _node(value, (*path, key)) for key, value in default.items()}}
    elif default is not FREE and default is not None:
        kind = _TYPES.get(type(default))
        if kind:
            schema["type"] = [kind, "null"] if kind != "number" else ["number", "integer", "null"]
        schema["default"] = default
    if path in WHY:
        schema["description"] = f"not supported by airflow-cdk8s unless left at its default: {WHY[path]}"
    return schema


def chart_values_json_schema() -> dict[str, Any]:
    schema = _node(OFFICIAL, ())
    schema["type"] = "object"
    schema["properties"]["externalSecrets"] = {
        "type": "object", "additionalProperties": False,
        "description": "airflow-cdk8s: fetch the referenced Secrets from a store with ExternalSecrets",
        "properties": {
            "secretStore": {"type": "string"}, "kind": {"enum": ["SecretStore", "ClusterSecretStore"]},
            "refreshInterval": {"type": "string"},
            "remoteKeys": {"type": "object", "additionalProperties": False,
                           "properties": {key: {"type": "string"} for key in EXTERNAL_KEYS}},
        },
    }
    default_user = schema["properties"]["webserver"]["properties"]["defaultUser"]["properties"]
    default_user["passwordSecretName"] = {"type": "string", "description": "airflow-cdk8s: the Secret holding the "
                                          "password of the user a Job creates (createUserJob)"}
    default_user["passwordSecretKey"] = {"type": "string", "default": "password",
                                         "description": "airflow-cdk8s: the password's key in that Secret"}
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "Official Apache Airflow chart values, as airflow-cdk8s --chart airflow reads them"
    return schema


def render() -> str:
    return json.dumps(chart_values_json_schema(), indent=2, sort_keys=True) + "\n"
