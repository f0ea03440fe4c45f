"""Standard labels. Selectors use only these stable labels, never construct-path hashes, so moving
a construct in the tree never changes an immutable Deployment selector."""

from __future__ import annotations

from typing import Mapping

MANAGED_BY = "airflow-cdk8s"


def selector_labels(*, name: str, instance: str, component: str) -> dict[str, str]:
    return {
        "app.kubernetes.io/name": name,
        "app.kubernetes.io/instance": instance,
        "app.kubernetes.io/component": component,
    }


def object_labels(selector: Mapping[str, str], extra: Mapping[str, str] = {}) -> dict[str, str]:
    """Selector labels plus ``managed-by`` plus the user's labels (which may not override the selector)."""
    return {**extra, **selector, "app.kubernetes.io/managed-by": MANAGED_BY}


def merge_env(*groups: list[dict]) -> list[dict]:
    """Concatenate env lists; a later entry with the same name replaces the earlier one in place."""
    merged: dict[str, dict] = {}
    for group in groups:
        for var in group:
            merged[var["name"]] = var
    return list(merged.values())


def component_labels(component: str, extra: Mapping[str, str]) -> dict[str, str]:
    """``app.kubernetes.io/component`` plus the user's labels plus ``managed-by`` (which always wins)."""
    return {"app.kubernetes.io/component": component, **extra, "app.kubernetes.io/managed-by": MANAGED_BY}
