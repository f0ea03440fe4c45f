"""Checks for rendered Kubernetes manifests, shared by the test suite and `--check DIR`.

Each module is one check over plain dicts (as loaded from YAML):
  kube_schema  strict Kubernetes 1.27 schemas (unknown fields and unknown kinds fail)
  apiserver    the API server's own validation rules the schemas do not express (unique names, mounts of
               existing volumes, requests <= limits, selectors that match their pods...)
  crd_schema   custom resources against the bundled CRDs (cert-manager, external-secrets, prometheus-operator)
  pss          Pod Security Standards "restricted"
  secret_scan  credentials inlined into manifests
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

import yaml

from . import apiserver, crd_schema, kube_schema, pss, secret_scan
from .pss import check_pod_spec

__all__ = [
    "Problem",
    "apiserver",
    "check_api_server",
    "check_directory",
    "check_objects",
    "check_pod_spec",
    "crd_schema",
    "kube_schema",
    "pss",
    "secret_scan",
]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, order=True)
class Problem:
    where: str  # "deployment/ns/name", or "file.yaml: deployment/ns/name" from check_directory
    message: str

    def __str__(self) -> str:
        return " ".join(f"{self.where}: {self.message}".split())  # always one line


def _where(obj: Any, index: int) -> str:
    if not isinstance(obj, Mapping):
        return f"document #{index}"
    kind = str(obj.get("kind") or "object").lower()
    metadata = obj.get("metadata") if isinstance(obj.get("metadata"), Mapping) else {}
    name, namespace = metadata.get("name"), metadata.get("namespace")
    if not name:
        return f"{kind}/#{index}"
    return f"{kind}/{namespace}/{name}" if namespace else f"{kind}/{name}"


def _embedded_pods(obj: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Pod manifests stored as files in a ConfigMap (KubernetesExecutor pod templates).

    The scheduler creates worker pods from them, so they must pass the same checks.
    """
    if obj.get("kind") != "ConfigMap" or not isinstance(obj.get("data"), dict):
        return
    for key, text in obj["data"].items():
        if isinstance(text, str) and "kind: Pod" in text:
            try:
                doc = yaml.load(text, Loader=_Loader)
            except yaml.YAMLError as e:
                yield key, {"__error__": str(e)}
                continue
            if isinstance(doc, dict) and doc.get("kind") == "Pod":
                yield key, doc


def _check_one(obj: Any, allow_plaintext_secrets: bool, known_secrets: tuple[str, ...]) -> list[str]:
    if not isinstance(obj, Mapping):
        return [f"is a {type(obj).__name__}, not a mapping"]
    messages = kube_schema.check_object(obj) + crd_schema.check_object(obj) + pss.check_object(obj)
    messages += apiserver.check_object(obj)
    messages += secret_scan.check_object(
        obj, allow_plaintext_secrets=allow_plaintext_secrets, known_secrets=known_secrets
    )
    return messages + _embedded(obj, lambda pod: kube_schema.check_object(pod) + pss.check_object(pod)
                                + apiserver.check_object(pod, embedded=True))


def _embedded(obj: Mapping[str, Any], check: Callable[[dict[str, Any]], list[str]]) -> list[str]:
    messages = []
    for key, pod in _embedded_pods(obj):
        at = f"data[{key!r}] (embedded Pod)"
        if "__error__" in pod:
            messages.append(f"{at}: not valid YAML: {pod['__error__']}")
            continue
        messages += [f"{at}: {m}" for m in check(pod)]
    return messages


def check_api_server(objects: Iterable[Any]) -> list[Problem]:
    """Only the API server's own rules (``apiserver``): what synthesis refuses to write, because
    applying it would fail whatever the user opted into."""
    problems = {
        Problem(_where(obj, i), message)
        for i, obj in enumerate(objects)
        if isinstance(obj, Mapping)
        for message in apiserver.check_object(obj) + _embedded(obj, lambda pod: apiserver.check_object(pod, embedded=True))
    }
    return sorted(problems)


def check_objects(
    objects: Iterable[Any], *, allow_plaintext_secrets: bool = False, known_secrets: Iterable[str] = ()
) -> list[Problem]:
    """Run every check on a list of manifests; [] means all pass."""
    known = tuple(known_secrets)
    problems = {
        Problem(_where(obj, i), message)
        for i, obj in enumerate(objects)
        for message in _check_one(obj, allow_plaintext_secrets, known)
    }
    return sorted(problems)


def _yaml_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def check_directory(
    path: str | Path, *, allow_plaintext_secrets: bool = False, known_secrets: Iterable[str] = ()
) -> list[Problem]:
    """check_objects over every *.yaml/*.yml under `path` (multi-document files allowed)."""
    root = Path(path)
    if not root.exists():
        return [Problem(str(root), "does not exist")]
    problems: list[Problem] = []
    for file in _yaml_files(root):
        name = file.relative_to(root).as_posix() if root.is_dir() else file.name
        try:
            docs = [d for d in yaml.load_all(file.read_text(encoding="utf-8"), Loader=_Loader) if d is not None]
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            problems.append(Problem(name, f"cannot be parsed as YAML: {e}"))
            continue
        found = check_objects(docs, allow_plaintext_secrets=allow_plaintext_secrets, known_secrets=known_secrets)
        problems += [Problem(f"{name}: {p.where}", p.message) for p in found]
    return sorted(problems)
