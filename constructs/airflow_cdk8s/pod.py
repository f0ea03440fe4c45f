"""PodParts: the mutable parts of a pod that other constructs attach things to.

Anything with a pod (an agent component, a platform component, a KubernetesExecutor pod template)
mixes this in, so git-sync, Vault agents, log volumes and sidecars attach to all of them the same
way. The owner renders these lists into its pod spec at synth time.
"""

from __future__ import annotations

import hashlib
from typing import Any, Iterable

from . import metadata


class PodParts:
    """Mixin holding ``env``, ``volumes``, ``volume_mounts`` (of the main container), ``init_containers``,
    ``sidecars`` and ``pod_annotations``; every ``add_*`` returns what it added."""

    def init_pod_parts(
        self,
        *,
        env: Iterable[dict[str, Any]] = (),
        volumes: Iterable[dict[str, Any]] = (),
        volume_mounts: Iterable[dict[str, Any]] = (),
        init_containers: Iterable[dict[str, Any]] = (),
        sidecars: Iterable[dict[str, Any]] = (),
    ) -> None:
        self.env: list[dict[str, Any]] = metadata.merge_env(list(env))
        self.volumes: list[dict[str, Any]] = list(volumes)
        self.volume_mounts: list[dict[str, Any]] = list(volume_mounts)
        self.init_containers: list[dict[str, Any]] = list(init_containers)
        self.sidecars: list[dict[str, Any]] = list(sidecars)
        self.pod_annotations: dict[str, str] = {}

    def add_env(self, name: str, value: str | None = None, *, value_from: dict[str, Any] | None = None) -> dict[str, Any]:
        """Set an environment variable of the main container (replacing one of the same name)."""
        var = {"name": name, **({"valueFrom": value_from} if value_from else {"value": value or ""})}
        self.env = metadata.merge_env(self.env, [var])
        return var

    def add_volume(self, volume: dict[str, Any], mount: dict[str, Any] | None = None) -> dict[str, Any]:
        """Add a pod volume (once per name) and, with ``mount``, mount it in the main container."""
        if volume["name"] not in {v["name"] for v in self.volumes}:
            self.volumes.append(volume)
        if mount is not None:
            self.add_volume_mount({"name": volume["name"], **mount})
        return volume

    def add_volume_mount(self, mount: dict[str, Any]) -> dict[str, Any]:
        """Mount a pod volume in the main container (a ``volumeMounts`` entry)."""
        self.volume_mounts.append(mount)
        return mount

    def add_init_container(self, container: dict[str, Any]) -> dict[str, Any]:
        """Add an init container; it gets the restricted security defaults at synth time."""
        self.init_containers.append(container)
        return container

    def add_sidecar(self, container: dict[str, Any]) -> dict[str, Any]:
        """Add a container next to the main one; it gets the restricted security defaults at synth time."""
        self.sidecars.append(container)
        return container

    def add_pod_checksum(self, key: str, content: str) -> str:
        """Roll the pods when ``content`` (e.g. a ConfigMap they read) changes."""
        digest = hashlib.sha256(content.encode()).hexdigest()
        self.pod_annotations[f"checksum/{key}"] = digest
        return digest


def drop_empty(mapping: dict[str, Any]) -> dict[str, Any]:
    """Leave out unset fields (None, empty lists and maps) so the YAML shows only what is set."""
    return {k: v for k, v in mapping.items() if v is not None and v != [] and v != {}}
