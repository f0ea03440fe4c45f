"""Company-wide labels and annotations on every object and every pod template of a chart."""

from __future__ import annotations

from typing import Any

POD_OWNERS = ("Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet")


class CompanyPolicy:
    """Mix into a cdk8s Chart (before the chart class) to stamp ``labels`` and ``annotations`` on
    everything it synthesizes, including objects added after construction."""

    policy_labels: dict[str, str] = {}
    policy_annotations: dict[str, str] = {}

    def to_json(self) -> list[Any]:
        docs = super().to_json()  # type: ignore[misc]
        for doc in docs:
            self._stamp(doc["metadata"])
            if doc["kind"] in POD_OWNERS:
                self._stamp(doc["spec"]["template"].setdefault("metadata", {}))
        return docs

    def _stamp(self, metadata: dict[str, Any]) -> None:
        metadata["labels"] = {**metadata.get("labels", {}), **self.policy_labels}
        if self.policy_annotations:
            metadata["annotations"] = {**metadata.get("annotations", {}), **self.policy_annotations}
