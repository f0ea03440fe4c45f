"""KubeObject: one Kubernetes object whose body is rendered by Python at synth time.

Why not cdk8s-plus or the typed L1 classes: every property access there is a round trip to the
jsii Node process, and their defaults (replicas 2, resources on every container, path-hash
selectors) are traps we would have to undo. We build plain dicts in Python and hand cdk8s one
finished body per object. Rendering is lazy (it runs inside ``to_json``), so a subclass or a
later mutator call still changes the YAML.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

import cdk8s
from constructs import Construct

Body = Callable[[], Mapping[str, Any]]


class KubeObject(cdk8s.ApiObject):
    """A cdk8s ``ApiObject`` whose non-metadata fields come from ``body()`` at synth time.

    ``add_json_patch`` works as in cdk8s and is applied after the body is rendered, so
    patches may reach into ``/spec``. A ``metadata`` mapping in the body adds labels and
    annotations known only at synth time (e.g. scanner skips derived from the final pod).

    Props:
        api_version: e.g. ``v1`` or ``apps/v1``.
        kind: e.g. ``ConfigMap``.
        name: ``metadata.name``.
        namespace: ``metadata.namespace``. Default: None (the chart's namespace, if it has one).
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
    ) -> None:
        super().__init__(
            scope,
            id,
            api_version=api_version,
            kind=kind,
            metadata=cdk8s.ApiObjectMetadata(
                name=name,
                namespace=namespace,
                labels=dict(labels or {}) or None,
                annotations=dict(annotations or {}) or None,
            ),
        )
        self._gvk = {"apiVersion": api_version, "kind": kind}  # kept in Python: no jsii reads at synth
        self._body = body or (lambda: {})
        self._patches: list[cdk8s.JsonPatch] = []

    def add_json_patch(self, *ops: cdk8s.JsonPatch) -> None:
        # Kept in Python: cdk8s would apply them before our body exists.
        self._patches.extend(ops)

    def to_json(self) -> Any:
        # Only the metadata comes from cdk8s (chart labels, metadata.add_label...): asking for it
        # alone costs half of a full ApiObject.to_json round trip, and the body never crosses jsii twice.
        meta = _sorted(self.metadata.to_json())
        body = dict(self._body())
        late = body.pop("metadata", {})
        for key in ("labels", "annotations"):
            if late.get(key):
                meta[key] = dict(sorted({**meta.get(key, {}), **late[key]}.items()))
        doc = {**self._gvk, "metadata": meta, **body}
        if self._patches:
            doc = cdk8s.JsonPatch.apply(doc, *self._patches)
        return doc


def _sorted(value: Any) -> Any:
    """Keys sorted at every level, as cdk8s writes metadata."""
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def drop_chart_namespace(api_object: cdk8s.ApiObject) -> None:
    """cdk8s gives every object the chart's namespace; a cluster-scoped object must not have one."""
    if cdk8s.Chart.of(api_object).namespace:
        api_object.add_json_patch(cdk8s.JsonPatch.remove("/metadata/namespace"))
