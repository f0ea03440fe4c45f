"""Read an agent ``values.yaml`` into ``AgentValues``, reporting every problem with its values path."""

from __future__ import annotations

import difflib
import functools
import json
import re
from pathlib import Path
from typing import Any

import pydantic
import yaml

from ..errors import ValuesError
from .values import AgentValues, ValuesProblems, _Values


_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def load_values_file(path: str | Path) -> AgentValues:
    """Parse and validate a values file; raise ``ValuesError`` listing every problem."""
    path = Path(path)
    try:
        text = path.read_text()
    except OSError as error:
        raise ValuesError([f"cannot read the file ({error.strerror})"], str(path)) from None
    return load_values_text(text, source=str(path))


def load_values_text(text: str, *, source: str = "values") -> AgentValues:
    """Parse and validate the text of a values file; raise ``ValuesError`` listing every problem.

    text: the YAML text.
    source: names the text in the error messages (e.g. its file name). Default: ``values``.

    Example::

        from airflow_cdk8s import load_values_text

        values = load_values_text('''
        namespace: astro
        image: images.astronomer.cloud/baseimages/astro-remote-execution-agent:1.2.0
        agentTokenSecretName: agent-token
        imagePullSecretName: image-pull-secret
        secretBackend: airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
        dagBundleConfigList:
          - {name: dags, classpath: airflow.dag_processing.bundles.local.LocalDagBundle, kwargs: {}}
        ''')
        assert values.workers[0].name == "default-worker"
    """
    return validate_values(parse_values_text(text, source=source), source=source)


def parse_values_text(text: str, *, source: str = "values") -> dict[str, Any]:
    """The mapping a values file holds (empty for an empty file); ``ValuesError`` if it is not one."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ValuesError([f"{where}not valid YAML ({getattr(error, 'problem', error)})"], source) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValuesError([f"the file must be a mapping of values, not a {type(data).__name__}"], source)
    return data


def validate_values(data: dict[str, Any], *, source: str = "values") -> AgentValues:
    """Validate a parsed values file (camelCase keys) into ``AgentValues``; raise ``ValuesError``
    listing every problem with its values path.

    data: the values as a mapping, e.g. from ``yaml.safe_load``.
    source: names the values in the error messages. Default: ``values``.
    """
    try:
        return AgentValues.model_validate(data)
    except pydantic.ValidationError as error:
        raise ValuesError(format_errors(error), source) from None


def format_errors(error: pydantic.ValidationError) -> list[str]:
    lines: list[str] = []
    for item in error.errors(include_url=False):
        path = values_path(item["loc"])
        cause = (item.get("ctx") or {}).get("error")
        if isinstance(cause, ValuesProblems):
            lines += [f"{_join(path, sub)}: {message}" for sub, message in cause.problems]
        elif item["type"] == "extra_forbidden":
            key = str(item["loc"][-1])
            hint = difflib.get_close_matches(key, _known_keys(), n=1, cutoff=0.6)
            lines.append(f"{path}: unknown key" + (f"; did you mean {hint[0]!r}?" if hint else ""))
        elif item["type"] == "missing":
            lines.append(f"{path}: is required")
        else:
            message = item["msg"].removeprefix("Value error, ")
            lines.append(f"{path}: {message}")
    return sorted(dict.fromkeys(lines))  # stable, without repeats


def values_path(loc: tuple[Any, ...]) -> str:
    """``('workers', 1, 'hpa', 'maxReplicas')`` -> ``workers[1].hpa.maxReplicas``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif "[" in str(part) or str(part).startswith(("function-", "json-or-python")):
            continue  # pydantic's internal steps (unions, validators), not values keys
        elif _PLAIN_KEY.match(str(part)):
            path += f".{part}" if path else str(part)
        else:  # keys with spaces, dots, slashes... are quoted so the path stays readable
            path += f"[{json.dumps(str(part), ensure_ascii=False)}]"
    return path or "(top level)"


def _join(path: str, sub: str) -> str:
    if not sub:
        return path
    if path == "(top level)":
        return sub
    return path + sub if sub.startswith("[") else f"{path}.{sub}"


@functools.cache
def _known_keys() -> tuple[str, ...]:
    keys: set[str] = set()
    for model in _all_models(AgentValues):
        for name, field in model.model_fields.items():
            keys.add(field.alias or name)
            choices = field.validation_alias
            if isinstance(choices, pydantic.AliasChoices):
                keys.update(str(c) for c in choices.choices)
    return tuple(sorted(keys))


def _all_models(model: type[_Values], seen: set | None = None) -> set[type[_Values]]:
    seen = seen if seen is not None else set()
    if model in seen:
        return seen
    seen.add(model)
    for field in model.model_fields.values():
        for arg in _type_args(field.annotation):
            if isinstance(arg, type) and issubclass(arg, _Values):
                _all_models(arg, seen)
    return seen


def _type_args(annotation: Any) -> list[Any]:
    args = [annotation]
    for sub in getattr(annotation, "__args__", ()):
        args += _type_args(sub)
    return args
