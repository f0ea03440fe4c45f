"""KubeObject: one Kubernetes object whose body is rendered by Python at synth time.

Why not cdk8s-plus or the typed L1 classes: every property access there is a round trip to the
jsii Node process, and their defaults (replicas 2, resources on every container, path-hash
selectors) are traps we would have to undo. We build plain dicts in Python; rendering is lazy (it
runs inside ``to_json``), so a subclass or a later mutator call still changes the YAML.

A ``KubeObject`` is a cdk8s ``ApiObject``, so it composes with everything cdk8s does (charts, ordering,
dependencies, ``App.synth()``). In an ``App`` of ours it is created in Node only when something needs it
(``deferred.py``); ``main.py`` synthesizes through ``render``, which calls ``to_json`` from Python: the
body and, unless Python code asked for ``metadata``, the metadata never cross jsii.
"""

from __future__ import annotations

import weakref
from typing import Any, Callable, Mapping

import cdk8s
from constructs import Construct

from . import deferred

Body = Callable[[], Mapping[str, Any]]


class _MetadataHandedOut:
    """``KubeObject.metadata``: cdk8s's metadata object, marking that it was handed out.

    Metadata changes only through that object (``add_label``...), so an object whose metadata was never
    handed out still has the metadata its constructor gave cdk8s, and synthesis need not ask cdk8s for it.
    A non-data descriptor, not a property, so jsii does not take it for an override of cdk8s's property
    (which would make Node call back into Python for every read).
    """

    def __get__(self, obj: "KubeObject | None", owner: type) -> Any:
        if obj is None:
            return cdk8s.ApiObject.metadata
        obj._metadata_handed_out = True
        return cdk8s.ApiObject.metadata.fget(obj)


class KubeObject(deferred.ApiObjectBase):
    """A cdk8s ``ApiObject`` whose non-metadata fields come from ``body()`` at synth time.

    ``add_json_patch`` works as in cdk8s and is applied after the body is rendered, so
    patches may reach into ``/spec``. A ``metadata`` mapping in the body adds labels and
    annotations known only at synth time (e.g. scanner skips derived from the final pod).

    Props:
        api_version: e.g. ``v1`` or ``apps/v1``.
        kind: e.g. ``ConfigMap``.
        name: ``metadata.name``.
        namespace: ``metadata.namespace``. Default: None (the chart's namespace, if it has one).
        cluster_scoped: the kind is cluster-scoped (``ClusterIssuer``, ``ClusterRole``...): the object never
            carries a namespace, not even the chart's. Default: False.
        labels / annotations: ``metadata.labels`` / ``metadata.annotations``. Default: none.
        body: a function returning every other field (``spec``, ``data``...), called at synth time.
            Default: no other fields.

    Example::

        import cdk8s
        from airflow_cdk8s import KubeObject

        chart = cdk8s.Chart(cdk8s.App(), "airflow")
        queues = ["default"]
        KubeObject(chart, "Queues", api_version="v1", kind="ConfigMap", name="airflow-queues", namespace="airflow",
                   body=lambda: {"data": {"queues": ",".join(queues)}})
        queues.append("gpu")  # the body is rendered at synth time, so this reaches the YAML
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_version: str,
        kind: str,
        name: str,
        namespace: str | None = None,
        labels: Mapping[str, str] | None = None,
        annotations: Mapping[str, str] | None = None,
        body: Body | None = None,
        cluster_scoped: bool = False,
    ) -> None:
        if not _all_strings(api_version, kind, name, namespace, labels, annotations):
            _refuse_types(f"{kind} {name!r}", api_version=api_version, kind=kind, name=name, namespace=namespace, labels=labels,
                          annotations=annotations)
        if api_version.count("/") > 1:  # cdk8s's own refusal, word for word
            raise RuntimeError(f"invalid apiVersion {api_version}, expecting GROUP/VERSION. "
                               "See https://kubernetes.io/docs/reference/using-api/api-overview/#api-groups")
        if cluster_scoped and namespace is not None:
            raise ValueError(f"{kind} {name!r}: namespace: a cluster-scoped object has no namespace; leave it unset")
        given_namespace = namespace
        self._gvk = {"apiVersion": api_version, "kind": kind}  # kept in Python: no jsii reads at synth
        # What cdk8s's metadata.to_json() gives while nobody has changed the metadata: used at synth so
        # the metadata does not cross jsii either (see _MetadataHandedOut).
        chart_namespace, chart_labels = _chart_defaults(scope)
        namespace = None if cluster_scoped else chart_namespace if namespace is None else namespace
        self._cluster_scoped = cluster_scoped
        self._initial_metadata = _sorted({
            "name": name,
            **({"namespace": namespace} if namespace is not None else {}),
            **({"labels": {**chart_labels, **(labels or {})}} if chart_labels or labels else {}),
            **({"annotations": dict(annotations)} if annotations else {}),
        })
        self._body = body or (lambda: {})
        self._patches: list[cdk8s.JsonPatch] = []
        # copied now: Node may create the object later, and must get the labels given now, not the caller's dict then
        node_metadata = dict(name=name, namespace=given_namespace, labels=dict(labels or {}) or None,
                             annotations=dict(annotations or {}) or None)
        self._join(scope, id, lambda: cdk8s.ApiObject.__init__(
            self, scope, id, api_version=api_version, kind=kind, metadata=cdk8s.ApiObjectMetadata(**node_metadata)))

    metadata = _MetadataHandedOut()
    _metadata_handed_out = False

    def add_json_patch(self, *ops: cdk8s.JsonPatch) -> None:
        # Kept in Python: cdk8s would apply them before our body exists.
        self._patches.extend(ops)

    def to_json(self) -> Any:
        # Only metadata that Python code may have changed (metadata.add_label...) comes from cdk8s.
        if self._metadata_handed_out:
            meta = _sorted(cdk8s.ApiObject.metadata.fget(self).to_json())
            if self._cluster_scoped:
                meta.pop("namespace", None)  # cdk8s gave it the chart's
        else:
            meta = dict(self._initial_metadata)
        body = dict(self._body())
        late = body.pop("metadata", {})
        if set(late) - {"labels", "annotations"}:  # anything else would be dropped without a word
            raise ValueError(f"{self._gvk['kind']} {meta['name']!r}: the metadata a body returns may hold labels and "
                             f"annotations only, not {', '.join(sorted(set(late) - {'labels', 'annotations'}))}; "
                             "set the rest with metadata (e.g. metadata.add_finalizers) or a JSON patch")
        for key in ("labels", "annotations"):
            if late.get(key):
                meta[key] = dict(sorted({**meta.get(key, {}), **late[key]}.items()))
        doc = {**self._gvk, "metadata": meta, **body}
        if self._patches:
            doc = cdk8s.JsonPatch.apply(doc, *self._patches)
        return doc


# scope -> its chart's (namespace, labels); both are fixed once the chart exists
_CHART_DEFAULTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _chart_defaults(scope: Construct) -> tuple[str | None, dict[str, str]]:
    """The namespace and labels of the chart ``scope`` is in: from Python for our constructs (no jsii call,
    and none that would create them in Node), from cdk8s for others."""
    defaults = _CHART_DEFAULTS.get(scope)
    if defaults is None:
        if isinstance(scope, deferred.Chart):
            defaults = (scope.py_namespace, dict(scope.py_labels))
        elif isinstance(scope, deferred.Construct):
            defaults = _chart_defaults(deferred.scope_of(scope))  # a construct's chart is its scope's
        else:
            chart = scope if isinstance(scope, cdk8s.Chart) else cdk8s.Chart.of(scope)
            defaults = _CHART_DEFAULTS.get(chart) or (chart.namespace, dict(chart.labels))
            _CHART_DEFAULTS[chart] = defaults
        _CHART_DEFAULTS[scope] = defaults
    return defaults


def _all_strings(api_version: Any, kind: Any, name: Any, namespace: Any, labels: Any, annotations: Any) -> bool:
    """Whether jsii's type checks would take these when Node creates the object (in an App of ours maybe never):
    strings, and string to string mappings. ``str.join`` takes strings only, in a C loop (this runs per object)."""
    try:
        "".join((api_version, kind, name, "" if namespace is None else namespace))
        for mapping in (labels, annotations):
            if mapping is not None:
                "".join(mapping)
                "".join(mapping.values())
    except (TypeError, AttributeError):
        return False
    return True


def _refuse_types(what: str, **fields: Any) -> None:
    """The error for what ``_all_strings`` refused, naming the field."""
    for field, value in fields.items():
        if field in ("labels", "annotations"):
            if value is not None and not (isinstance(value, Mapping)
                                          and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())):
                raise TypeError(f"{what}: {field}: keys and values must be strings (quote numbers and booleans); got {value!r}")
        elif not isinstance(value, str) and not (field == "namespace" and value is None):
            raise TypeError(f"{what}: {field} must be a string; got {type(value).__name__} {value!r}")


def _sorted(value: Any) -> Any:
    """Keys sorted at every level, as cdk8s writes metadata."""
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def sanitized(value: Any) -> Any:
    """``value`` as cdk8s writes an object's props: None dropped and keys sorted at every level
    (cdk8s's ``sanitizeValue``), for bodies with optional fields."""
    if isinstance(value, dict):
        return {k: sanitized(value[k]) for k in sorted(value) if value[k] is not None}
    if isinstance(value, (list, tuple)):
        return [sanitized(v) for v in value]
    return value


def drop_chart_namespace(api_object: cdk8s.ApiObject) -> None:
    """cdk8s gives every object the chart's namespace; a cluster-scoped object must not have one.
    A ``KubeObject`` is made cluster-scoped in Python (as with ``cluster_scoped=True``: no namespace at
    all, no JSON patch); another ``ApiObject`` gets a JSON patch that removes the chart's namespace."""
    if isinstance(api_object, KubeObject):
        api_object._cluster_scoped = True
        api_object._initial_metadata.pop("namespace", None)
    elif cdk8s.Chart.of(api_object).namespace:
        api_object.add_json_patch(cdk8s.JsonPatch.remove("/metadata/namespace"))
