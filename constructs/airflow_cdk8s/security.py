"""Pod Security "restricted" defaults. User settings merge over them key by key, so a user who sets
a field asks for it; everyone else gets pods the restricted profile admits."""

from __future__ import annotations

from typing import Any, Mapping

from .airflow_image import AIRFLOW_UID

__all__ = ["AIRFLOW_UID", "container_security_context", "harden_container", "pod_security_context"]


def pod_security_context(*overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    base: dict[str, Any] = {
        "fsGroup": AIRFLOW_UID,
        "runAsNonRoot": True,
        "runAsUser": AIRFLOW_UID,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    return _merge(base, overrides)


def container_security_context(*overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    base: dict[str, Any] = {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
        "readOnlyRootFilesystem": True,
        "runAsNonRoot": True,
    }
    return _merge(base, overrides)


def harden_container(container: Mapping[str, Any], *overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    """A user-supplied container with the restricted defaults under its own securityContext."""
    result = dict(container)
    result["securityContext"] = container_security_context(*overrides, container.get("securityContext"))
    return result


def _merge(base: dict[str, Any], overrides: tuple[Mapping[str, Any] | None, ...]) -> dict[str, Any]:
    for override in overrides:
        for key, value in (override or {}).items():
            if value is None:
                base.pop(key, None)
            else:
                base[key] = value
    return dict(sorted(base.items()))
