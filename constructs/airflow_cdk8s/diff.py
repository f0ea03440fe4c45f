"""Compare two output folders object by object, and flag the changes an apply would refuse.

Objects are matched by API group, kind, namespace and name (so an apiVersion bump is a change, not
a removal and an addition). Each change is shown as a unified diff of the object's YAML. A change
to a field the API server keeps immutable (a workload's selector, a StatefulSet's claim templates,
a Job's pod template, a claim's spec, a Service's clusterIP, an ``immutable`` ConfigMap's data)
makes the next ``kubectl apply`` / Argo CD sync fail; each is reported with what to do.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ValuesError
from .names import quantity_error

Key = tuple[str, str, str, str]  # group, kind, namespace, name


@dataclass
class Change:
    """One object that differs. ``immutable``: (field, what to do) for each field an apply refuses."""

    key: Key
    old_file: str
    new_file: str
    diff: str
    immutable: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class FolderDiff:
    added: list[tuple[Key, str]] = field(default_factory=list)
    removed: list[tuple[Key, str]] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)

    @property
    def needs_action(self) -> list[Change]:
        return [c for c in self.changed if c.immutable]

    def render(self) -> str:
        lines: list[str] = []
        for key, file in self.added:
            lines.append(f"+ {_show(key)} (new in {file})")
        for key, file in self.removed:
            lines.append(f"- {_show(key)} (removed from {file}; a GitOps tool with pruning deletes it)")
        for change in self.changed:
            lines.append(f"~ {_show(change.key)} ({change.new_file})")
            lines += ["    " + line for line in change.diff.splitlines()]
        for change in self.needs_action:
            for field_, todo in change.immutable:
                lines.append(f"! {_show(change.key)}: {field_} is immutable; {todo}")
        lines.append(f"{len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed, "
                     f"{len(self.needs_action)} with immutable-field changes")
        return "\n".join(lines) + "\n"


def diff_folders(old: Path, new: Path) -> FolderDiff:
    """What applying ``new`` over ``old`` changes (``old``: what the cluster or git has now).

    Objects are matched within the file of the same name (a folder may hold alternatives, one per
    file); an object that moved to another file is matched there when that is unambiguous, and so is
    one without a namespace (``helm template`` leaves most out: they go to the namespace of the apply).
    """
    before, after = read_folder(old), read_folder(new)
    gone, fresh = sorted(before.keys() - after.keys()), sorted(after.keys() - before.keys())
    pairs = [(k, k) for k in sorted(before.keys() & after.keys())]
    for key in list(gone):
        moved = [f for f in fresh if _same_object(f[1], key[1])]
        if len(moved) == 1 and sum(_same_object(g[1], key[1]) for g in gone) == 1:
            pairs.append((key, moved[0]))
            gone.remove(key)
            fresh.remove(moved[0])
    result = FolderDiff(added=[(k[1], k[0]) for k in fresh], removed=[(k[1], k[0]) for k in gone])
    for a_key, b_key in pairs:
        a, b = before[a_key], after[b_key]
        if a == b:
            continue
        text = "".join(difflib.unified_diff(_dump(a).splitlines(True), _dump(b).splitlines(True),
                                            fromfile=f"{old.name}/{a_key[0]}", tofile=f"{new.name}/{b_key[0]}", n=3))
        result.changed.append(Change(b_key[1], a_key[0], b_key[0], text, immutable_changes(a, b)))
    return result


def read_folder(folder: Path) -> dict[tuple[str, Key], dict[str, Any]]:
    """Every object of the manifest files under ``folder`` (read as ``check`` reads them), by (file, object key)."""
    from .checks import _manifest_files, _objects

    if not folder.is_dir():
        raise ValuesError([f"{folder} is not a folder"], "diff")
    objects: dict[tuple[str, Key], dict[str, Any]] = {}
    problems = []
    for path in _manifest_files(folder):
        name = path.relative_to(folder).as_posix()
        try:
            docs = _objects(path, f"{folder.name}/{name}")
        except ValuesError as error:
            problems += [f"{error.source}: {p}" for p in error.problems]
            continue
        for obj in docs:
            if isinstance(obj, dict) and obj.get("kind") and isinstance(obj.get("metadata"), dict):
                key = (name, _key(obj))
                if key in objects:
                    problems.append(f"{folder.name}/{name}: {_show(key[1])} appears twice; an object may appear once")
                objects[key] = obj
    if problems:
        raise ValuesError(problems, "diff")
    return objects


def _same_object(a: Key, b: Key) -> bool:
    return a[:2] == b[:2] and a[3] == b[3] and (a[2] == b[2] or not a[2] or not b[2])


def _key(obj: dict[str, Any]) -> Key:
    group = str(obj.get("apiVersion", "")).rpartition("/")[0]
    meta = obj["metadata"]
    return group, str(obj["kind"]), str(meta.get("namespace") or ""), str(meta.get("name") or "")


def _show(key: Key) -> str:
    group, kind, namespace, name = key
    return f"{kind}{'.' + group if group else ''} {namespace + '/' if namespace else ''}{name}"


def _dump(obj: dict[str, Any]) -> str:
    return yaml.safe_dump(obj, sort_keys=True, default_flow_style=False)


# ---- what the API server refuses to change ----------------------------------------------------------

# With the selector unchanged, the replacement adopts the running pods; with a new selector it cannot.
_ADOPT = ("delete it without its pods (kubectl delete {kind} {name}{ns} --cascade=orphan) and sync again, or let "
          "Argo CD replace it (sync option Replace=true); the new {kind} adopts the running pods by their labels")
_REPLACE = ("delete it (kubectl delete {kind} {name}{ns}; its pods go with it, so plan the short outage) and sync "
            "again, or let Argo CD replace it (sync option Replace=true)")


def immutable_changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, what to do) for each immutable field that differs between two versions of one object."""
    kind, meta = old.get("kind"), old.get("metadata", {})
    name = meta.get("name", "")
    namespace = meta.get("namespace") or new.get("metadata", {}).get("namespace")
    ns = f" -n {namespace}" if namespace else ""
    spec_a, spec_b = old.get("spec") or {}, new.get("spec") or {}
    found: list[tuple[str, str]] = []

    def differs(*path: str) -> bool:
        return _get(spec_a, path) != _get(spec_b, path)

    recreate = (_REPLACE if differs("selector") else _ADOPT).format(kind=str(kind).lower(), name=name, ns=ns)
    if kind in ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet") and differs("selector"):
        found.append(("spec.selector", recreate))
    if kind == "StatefulSet":
        for key in ("volumeClaimTemplates", "serviceName", "podManagementPolicy"):
            if differs(key):
                todo = recreate
                if key == "volumeClaimTemplates":
                    todo += ("; existing claims are kept and reused by name (to grow them, edit each PVC's "
                             "spec.resources.requests.storage by hand)")
                found.append((f"spec.{key}", todo))
    if kind == "Job":
        for key in ("template", "selector"):
            if differs(key):
                found.append((f"spec.{key}", f"delete the Job before syncing (kubectl delete job {name}{ns}), or give "
                              "the new Job another name (as airflow-cdk8s's migrations Job does, by a hash of its pod)"))
    if kind == "PersistentVolumeClaim" and _claim_change(spec_a, spec_b):
        found.append(("spec", "only spec.resources.requests.storage may change, and only upwards: create a new claim "
                      f"(another name), copy the data, and delete the old one (kubectl delete pvc {name}{ns})"))
    if kind == "Service":
        a, b = spec_a.get("clusterIP"), spec_b.get("clusterIP")
        if a != b and (b is not None or a == "None"):  # dropping an assigned IP is fine: the server keeps it
            found.append(("spec.clusterIP", f"delete the Service (kubectl delete service {name}{ns}) and sync again; "
                          "clients resolve it by name, so only a short gap"))
    if kind in ("ConfigMap", "Secret") and old.get("immutable") is True:
        data = ("data", "binaryData", "stringData")
        if any(old.get(k) != new.get(k) for k in data) or new.get("immutable") is not True:
            found.append(("data (immutable: true)", f"give the new version another name and point its users at it, or "
                          f"delete it (kubectl delete {kind.lower()} {name}{ns}) and sync again"))
    return found


def _claim_change(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True unless the two claim specs are equal but for a larger storage request."""
    if _without_storage(a) != _without_storage(b):
        return True
    size_a, size_b = _get(a, ("resources", "requests", "storage")), _get(b, ("resources", "requests", "storage"))
    return size_a != size_b and not _grows(size_a, size_b)


def _without_storage(spec: dict[str, Any]) -> dict[str, Any]:
    resources = dict(spec.get("resources") or {})
    resources["requests"] = {k: v for k, v in (resources.get("requests") or {}).items() if k != "storage"}
    return {**spec, "resources": resources}


_UNITS = {"": 1, "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15, "E": 10**18,
          "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60}


def _bytes(quantity: Any) -> float | None:
    text = str(quantity)
    if quantity is None or quantity_error(text):
        return None
    number = text.rstrip("kMGTPEi")
    unit = text[len(number):]
    try:
        return float(number) * _UNITS[unit]
    except (KeyError, ValueError):
        return None


def _grows(a: Any, b: Any) -> bool:
    size_a, size_b = _bytes(a), _bytes(b)
    return size_a is not None and size_b is not None and size_b > size_a


def _get(node: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        node = node.get(part) if isinstance(node, dict) else None
    return node

