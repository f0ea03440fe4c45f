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

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from .. import safe_yaml
from ..errors import ValuesError
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
                doc = safe_yaml.load(text, safe_yaml.MANIFESTS, source=f"data[{key!r}]")
            except ValuesError as e:
                yield key, {"__error__": "; ".join(e.problems)}
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


# kustomize's own file names: configuration for kustomize, not objects for the API server
_KUSTOMIZATION = {"kustomization.yaml", "kustomization.yml", "Kustomization"}
_SUFFIXES = (".yaml", ".yml", ".json")


def _manifest_files(root: Path) -> list[Path]:
    """The .yaml/.yml/.json files under ``root``; hidden folders (.git, .github) and links to folders skipped."""
    found = []
    for folder, subfolders, files in os.walk(root):  # does not follow links to folders: no cycles
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found += [Path(folder, f) for f in files
                  if f.endswith(_SUFFIXES) and not f.startswith(".") and f not in _KUSTOMIZATION]
    return sorted(found)


def _objects(file: Path, name: str) -> list[Any]:
    """The objects of one file, read with the bounds of safe_yaml (a ``kind: List`` gives its items)."""
    text = safe_yaml.read_text(file, safe_yaml.MANIFESTS, source=name, regular_only=True)
    if file.suffix == ".json":
        docs = [safe_yaml.load_json(text, safe_yaml.MANIFESTS, source=name)]
    else:
        docs = [d for d in safe_yaml.load_all(text, safe_yaml.MANIFESTS, source=name) if d is not None]
    objects = []
    for doc in docs:
        if isinstance(doc, Mapping) and doc.get("kind") == "List" and isinstance(doc.get("items"), list):
            objects += doc["items"]
        else:
            objects.append(doc)
    return objects


def check_directory(
    path: str | Path, *, allow_plaintext_secrets: bool = False, known_secrets: Iterable[str] = ()
) -> list[Problem]:
    """check_objects over a manifest file or every *.yaml/*.yml/*.json under a folder.

    A file that cannot be read (too large, not UTF-8, duplicate keys, an alias bomb...) is a problem
    of its own; no object at all is one too ("nothing to check"), so a CI never passes on nothing.
    """
    root = Path(path)
    if not root.exists():
        return [Problem(str(root), "does not exist")]
    files = _manifest_files(root) if root.is_dir() else [root]
    problems: list[Problem] = []
    count = 0
    for file in files:
        name = file.relative_to(root).as_posix() if root.is_dir() else file.name
        try:
            objects = _objects(file, name)
            found = check_objects(objects, allow_plaintext_secrets=allow_plaintext_secrets, known_secrets=known_secrets)
        except ValuesError as error:
            problems += [Problem(name, problem) for problem in error.problems]
            continue
        except RecursionError:  # a guard only: depth is bounded when reading
            problems.append(Problem(name, "is nested too deeply to check"))
            continue
        count += len(objects)
        problems += [Problem(f"{name}: {p.where}", p.message) for p in found]
    if count == 0 and not problems:
        what = "no .yaml, .yml or .json file" if not files else "no Kubernetes object in its files"
        problems.append(Problem(str(root), f"nothing to check: {what}"))
    return sorted(problems)
