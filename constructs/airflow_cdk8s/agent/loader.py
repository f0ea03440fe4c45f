"""Read an agent ``values.yaml`` into ``AgentValues``, reporting every problem with its values path."""

from __future__ import annotations

import datetime
import difflib
import functools
import json
import re
import sys
from pathlib import Path
from typing import Any

import pydantic

from .. import safe_yaml
from ..errors import ValuesError
from .values import AgentValues, _Values, helm_string


_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def load_values_file(path: str | Path, *, notices: list[str] | None = None) -> AgentValues:
    """Parse and validate a values file (``-``: standard input); raise ``ValuesError`` listing every problem.

    notices: collects what was read differently from what the file says (see ``validate_values``).
    """
    source = "standard input" if str(path) == safe_yaml.STDIN else str(path)
    text = safe_yaml.read_text(path, safe_yaml.VALUES, source=source)
    return load_values_text(text, source=source, notices=notices)


def load_values_text(text: str, *, source: str = "values", notices: list[str] | None = None) -> AgentValues:
    """Parse and validate the text of a values file; raise ``ValuesError`` listing every problem.

    text: the YAML text.
    source: names the text in the error messages (e.g. its file name). Default: ``values``.
    notices: collects what was read differently from what the file says (see ``validate_values``).

    Example::

        from airflow_cdk8s import load_values_text

        values = load_values_text('''
        namespace: astro
        astroDeploymentAPIURL: https://clxyz0001.external.astronomer.run/d8a7c6b5
        agentTokenSecretName: agent-token
        imagePullSecretName: image-pull-secret
        secretBackend: airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
        dagBundleConfigList:
          - {name: dags, classpath: airflow.dag_processing.bundles.local.LocalDagBundle, kwargs: {}}
        ''')
        assert values.workers[0].name == "default-worker"
    """
    return validate_values(parse_values_text(text, source=source), source=source, notices=notices)


def parse_values_text(text: str, *, source: str = "values") -> dict[str, Any]:
    """The mapping a values file holds (empty for an empty file); ``ValuesError`` if it is not one."""
    data = safe_yaml.load(text, safe_yaml.VALUES, source=source)  # duplicate keys, alias bombs... refused
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValuesError([f"the file must be a mapping of values, not a {type(data).__name__}"], source)
    return data


def validate_values(data: dict[str, Any], *, source: str = "values", notices: list[str] | None = None) -> AgentValues:
    """Validate a parsed values file (camelCase keys) into ``AgentValues``; raise ``ValuesError``
    listing every problem with its values path.

    data: the values as a mapping, e.g. from ``yaml.safe_load``.
    source: names the values in the error messages. Default: ``values``.
    notices: a list that collects one line per value read differently from what the file says
        (``commonEnv[2].value: True`` is read as the string Helm renders, ``"true"``). Default: None,
        and each notice is printed on stderr.
    """
    try:
        values = AgentValues.model_validate(data)
    except pydantic.ValidationError as error:
        raise ValuesError(format_errors(error), source) from None
    lines = [f"{source}: {line}" for line in env_notices(data)]
    if notices is not None:
        notices.extend(lines)
    else:
        for line in lines:
            print(f"notice: {line}", file=sys.stderr)
    return values


_ENV_OWNERS = ("triggerer", "dagProcessor", "sentinel", "loggingSidecar")


def env_notices(data: dict[str, Any]) -> list[str]:
    """One line per ``env`` / ``commonEnv`` value that is not a string in the file, with the string read."""
    lists: list[tuple[str, Any]] = [("commonEnv", data.get("commonEnv"))]
    workers = data.get("workers")
    for i, worker in enumerate(workers if isinstance(workers, list) else []):
        if isinstance(worker, dict):
            lists.append((f"workers[{i}].env", worker.get("env")))
    for owner in _ENV_OWNERS:
        if isinstance(data.get(owner), dict):
            lists.append((f"{owner}.env", data[owner].get("env")))
    lines = []
    for path, env in lists:
        for j, var in enumerate(env if isinstance(env, list) else []):
            if isinstance(var, dict) and "value" in var and not isinstance(var["value"], (str, dict, list)):
                raw = var["value"]
                if isinstance(raw, datetime.datetime):  # Helm keeps a timestamp's text; PyYAML read a datetime
                    lines.append(f"{path}[{j}].value: {raw.isoformat()} is a YAML timestamp, not a string; read as "
                                 f"{json.dumps(helm_string(raw))}, not as written (quote it in the file)")
                    continue
                kind = {bool: "a YAML boolean", int: "a YAML number", float: "a YAML number",
                        datetime.date: "a YAML date"}.get(type(raw), "null")
                shown = raw.isoformat() if isinstance(raw, datetime.date) else json.dumps(raw)
                lines.append(f"{path}[{j}].value: {shown} is {kind}, not a string; read as the string Helm "
                             f"renders, {json.dumps(helm_string(raw))} (quote it in the file to say so)")
    return lines


def format_errors(error: pydantic.ValidationError) -> list[str]:
    lines: list[str] = []
    for item in error.errors(include_url=False):
        path = values_path(item["loc"])
        cause = (item.get("ctx") or {}).get("error")
        if isinstance(cause, ValuesError):
            lines += [f"{_join(path, sub)}: {message}" for sub, message in cause.fields]
        elif item["type"] == "extra_forbidden":
            key = str(item["loc"][-1])
            if home := misplaced_home(item["loc"]):
                lines.append(f"{path}: is not a key here, and Helm would have ignored it silently; "
                             f"it belongs at {home} (check its indentation)")
                continue
            hint = difflib.get_close_matches(key, [k for k in _known_keys() if k != key], n=1, cutoff=0.6)  # not itself (a key elsewhere)
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


def misplaced_home(loc: tuple[Any, ...]) -> str | None:
    """For an unknown key, the values path of the nearest enclosing block that does have that key.

    ``('workers', 0, 'hpa', 'livenessProbe')`` -> ``workers[0].livenessProbe`` (the key was indented
    one level too deep, which Helm ignores without a word).
    """
    key, parents = loc[-1], [part for part in loc[:-1] if not _internal(part)]
    for depth in range(len(parents) - 1, -1, -1):
        if parents[depth:depth + 1] and isinstance(parents[depth], int):
            continue  # a list index is not a block of its own
        model = _model_at(tuple(parents[:depth]))
        if model is not None and key in _keys_of(model):
            return values_path((*parents[:depth], key))
    return None


def _internal(part: Any) -> bool:
    return not isinstance(part, int) and ("[" in str(part) or str(part).startswith(("function-", "json-or-python")))


def _model_at(path: tuple[Any, ...]) -> type[_Values] | None:
    """The values model of the block at ``path`` (list indexes step into the item type)."""
    model: type[_Values] | None = AgentValues
    for part in path:
        if isinstance(part, int):
            continue
        field = next((f for n, f in model.model_fields.items() if part in _names(n, f)), None)
        if field is None:
            return None
        model = next((a for a in _type_args(field.annotation) if isinstance(a, type) and issubclass(a, _Values)), None)
        if model is None:
            return None
    return model


def _names(name: str, field: Any) -> set[str]:
    names = {name, field.alias or name}
    if isinstance(field.validation_alias, pydantic.AliasChoices):
        names.update(str(c) for c in field.validation_alias.choices)
    return names


def _keys_of(model: type[_Values]) -> set[str]:
    return {n for name, field in model.model_fields.items() for n in _names(name, field)}


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
