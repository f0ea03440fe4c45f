"""A JSON Schema of the agent values format, generated from the typed model.

Committed as ``values.schema.json`` (a test keeps it in sync) so editors complete and check values
files: add ``# yaml-language-server: $schema=./values.schema.json`` at the top of a values.yaml.
Regenerate with ``python -m airflow_cdk8s.agent.schema > values.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

import pydantic

from .loader import _all_models
from .values import AgentValues

SCHEMA_ID = "https://github.com/airflow-cdk8s/airflow-cdk8s/values.schema.json"


def values_json_schema() -> dict[str, Any]:
    schema = AgentValues.model_json_schema(by_alias=True, mode="validation")
    definitions = schema.get("$defs", {})
    # Keys with two spellings (minReplicas / minReplicaCount, openLineage / openlineage) are both allowed.
    for model in _all_models(AgentValues):
        target = schema if model is AgentValues else definitions.get(model.__name__)
        if target is None:
            continue
        properties = target.get("properties", {})
        for field in model.model_fields.values():
            choices = field.validation_alias
            if not isinstance(choices, pydantic.AliasChoices):
                continue
            names = [str(c) for c in choices.choices]
            present = next((n for n in names if n in properties), None)
            spellings = [n for n in names if "_" not in n]
            for name in spellings:
                if present and name not in properties:
                    properties[name] = properties[present]
            if present in target.get("required", []):  # required in any one of its spellings
                target["required"] = [r for r in target["required"] if r != present] or None
                if target["required"] is None:
                    del target["required"]
                target["anyOf"] = [{"required": [n]} for n in spellings]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "Astro Remote Execution Agent values (airflow-cdk8s)"
    return schema


def render() -> str:
    return json.dumps(values_json_schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(render(), end="")
