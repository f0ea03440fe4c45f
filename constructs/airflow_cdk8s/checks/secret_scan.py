"""Finding credentials written into manifests.

Rendered manifests end up in git and CI logs, so secrets must only be *referenced*
(secretKeyRef, ExternalSecret, `$(VAR)` expansion), never inlined. Messages name the field
and the kind of credential but never echo the value.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections import Counter
from typing import Any, Iterable, Iterator, Mapping

from ._format import format_path

_PATTERNS = {
    "PEM private key": re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"),
    "AWS access key id": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "GitHub token": re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
    "Slack token": re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
    "JWT": re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*"),
}
_URL_CREDENTIALS = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/?#@]*:(?P<password>[^\s/?#@]+)@")
# Filled in at run time: Vault agent / Helm `{{ ... }}`, `${X}`, Kubernetes `$(X)` expansion.
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\$\{[^}]*\}|\$\([^)]*\)", re.DOTALL)
# In URLs also shell `$X` (command lines) and `<password>` documentation stand-ins. Not for
# env values in general: Kubernetes does not expand `$X` there, so `pa$word1` is a literal.
_URL_TEMPLATE = re.compile(_TEMPLATE.pattern + r"|\$[A-Za-z_][A-Za-z0-9_]*|<[^<>]*>", re.DOTALL)
_SENSITIVE_NAME = re.compile(
    r"passw(?:or)?d|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|fernet[-_]?key|credential", re.I
)
# Values under sensitive-looking names that are references, not secrets: dotted names
# (`airflow.providers...SecretsManagerBackend`, hosts), lowercase slugs (`airflow-fernet-key`,
# a Secret's name), paths and URLs.
_NOT_A_SECRET = re.compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+|[a-z0-9]+(?:[-_.][a-z0-9]+)+|\.?/.*|\w+://.*")


def _has_template(value: str) -> bool:
    return bool(_TEMPLATE.search(value))


def looks_random(value: str) -> bool:
    """A password/token-like literal: long, no spaces, mixed characters, high entropy."""
    if len(value) < 12 or any(ch.isspace() for ch in value) or value[:1] in "{[":
        return False
    if _has_template(value) or _NOT_A_SECRET.fullmatch(value):
        return False
    classes = sum(
        any(test(ch) for ch in value) for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    has_digit_and_letter = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    if not (has_digit_and_letter or classes >= 3):
        return False
    entropy = -sum(n / len(value) * math.log2(n / len(value)) for n in Counter(value).values())
    return entropy >= 3.0


# One pass over each string decides whether any pattern can match (most strings are short
# names and labels; this keeps the scan at a few µs per string).
_ANY = re.compile("|".join(p.pattern for p in _PATTERNS.values()) + "|://")


def find_credentials(text: str) -> list[str]:
    """Names of the credential formats found in one string."""
    if not _ANY.search(text):
        return []
    found = [name for name, pattern in _PATTERNS.items() if pattern.search(text)]
    if "@" not in text:
        return found
    # Collapse templates first so `{{ .Data.password }}` (which has spaces) is one token.
    collapsed = _URL_TEMPLATE.sub("$()", text)
    for match in _URL_CREDENTIALS.finditer(collapsed):
        if match["password"].replace("$()", ""):
            found.append("password in URL")
            break
    return found


def is_sensitive_name(name: str) -> bool:
    """A name that says its value is a secret (password, token, api key...)."""
    return bool(_SENSITIVE_NAME.search(name))


def env_value_credentials(name: str, value: str) -> list[str]:
    """The kinds of credential an environment variable ``{name, value}`` holds in plain text (none: [])."""
    found = find_credentials(value)
    if _SENSITIVE_NAME.search(name) and looks_random(value):
        found.append("literal secret")
    return found


def env_credential(name: str, value: str) -> str | None:
    """What credential an env var carries in plain text, or None (the values readers' check: the agent's
    env lists, the official chart's env). Airflow connections are read as Airflow reads them (JSON or
    URI), so a git token in ``password`` counts."""
    if name.startswith("AIRFLOW_CONN_") and value.lstrip().startswith("{"):
        try:
            connection = json.loads(value)
        except json.JSONDecodeError:
            connection = None
        if isinstance(connection, dict) and connection.get("password"):
            return "a password in an Airflow connection"
        extra = connection.get("extra") if isinstance(connection, dict) else None
        if isinstance(extra, str):
            try:
                extra = json.loads(extra)
            except json.JSONDecodeError:
                extra = None
        if isinstance(extra, dict) and any(is_sensitive_name(str(k)) and isinstance(v, str) and v
                                           for k, v in extra.items()):
            return "a secret in an Airflow connection's extra"
    found = env_value_credentials(name, value)
    return f"a {found[0]}" if found else None


def _strings(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """(path, string) for every string in a manifest, mapping keys included."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):  # not Mapping: isinstance on an ABC is slow here
        for key, item in value.items():
            if isinstance(key, str):
                yield (*path, key), key
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*path, i))


def _named_values(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str, str]]:
    """(path, name, value) for env vars (`{name, value}` pairs) anywhere in a manifest."""
    if isinstance(value, dict):
        if isinstance(value.get("name"), str) and isinstance(value.get("value"), str):
            yield (*path, "value"), value["name"], value["value"]
        for key, item in value.items():
            yield from _named_values(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _named_values(item, (*path, i))


def _decoded_secret_data(obj: Mapping[str, Any]) -> Iterator[tuple[tuple[Any, ...], str]]:
    data = obj.get("data")
    for key, encoded in (data.items() if isinstance(data, dict) else ()):
        try:
            yield ("data", key), base64.b64decode(str(encoded), validate=True).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            continue


def check_object(
    obj: Mapping[str, Any], *, allow_plaintext_secrets: bool = False, known_secrets: Iterable[str] = ()
) -> list[str]:
    """Credentials written into one manifest."""
    problems: list[str] = []
    is_secret = obj.get("kind") == "Secret" and obj.get("apiVersion") == "v1"
    payload_fields = ("data", "stringData") if is_secret else ()
    if is_secret and not allow_plaintext_secrets:
        keys = sorted({str(k) for f in payload_fields if isinstance(obj.get(f), dict) for k in obj[f]})
        if keys:
            problems.append(
                f"Secret carries values in the manifest (keys: {', '.join(keys)}); "
                "reference them instead (e.g. an ExternalSecret), or allow plaintext secrets explicitly"
            )
    if is_secret and allow_plaintext_secrets:
        # The payload is allowed to hold secrets: scan everything else.
        obj = {k: v for k, v in obj.items() if k not in payload_fields}

    # The opt-in also covers credentials the user put in plain container env (the agent's commonEnv / env).
    opted_in_env = (lambda path: len(path) >= 3 and path[-3] == "env" and path[-1] == "value") if allow_plaintext_secrets else (lambda path: False)
    for path, text in _strings(obj):
        if opted_in_env(path):
            continue
        for name in find_credentials(text):
            problems.append(f"{format_path(path)}: looks like a {name}")
    for path, name, value in _named_values(obj):
        if opted_in_env(path):
            continue
        if _SENSITIVE_NAME.search(name) and looks_random(value):
            problems.append(f"{format_path(path)}: {name} is set to a literal secret; use valueFrom.secretKeyRef")
    if obj.get("kind") == "ConfigMap" and isinstance(obj.get("data"), dict):
        for key, value in obj["data"].items():
            if _SENSITIVE_NAME.search(str(key)) and isinstance(value, str) and looks_random(value):
                problems.append(f"{format_path(('data', key))}: literal secret in a ConfigMap; use a Secret")

    known = [s for s in known_secrets if s]
    if known:
        strings = list(_strings(obj)) + (list(_decoded_secret_data(obj)) if is_secret else [])
        for i, secret in enumerate(known, 1):
            encoded = base64.b64encode(secret.encode()).decode()
            for path, text in strings:
                if secret in text or encoded in text:
                    problems.append(f"{format_path(path)}: contains known secret value #{i}")
    return problems
