"""PodSpec: the one pod model. Every construct with a pod owns one and renders its pod from it.

Workloads (agent and platform components, the embedded PostgreSQL and Redis), the KubernetesExecutor
pod template and the migrations Job each hold a ``PodSpec``; attachers (git-sync, Vault agents, log
volumes, the logging sidecar, the variables importer) add to it. It keeps the main container's env
and mounts, the init containers, the sidecars, the volumes, scheduling and security, and renders
them at synth time, so a later call or a subclass still changes the YAML.

Pod-level rules are enforced when something is added, not when the API server rejects the output:

- **Names are unique.** A container name is taken once across init containers, the main container and
  sidecars; a volume name once per pod; a mount path once in the main container. Adding a taken one
  raises ``ValuesError`` naming both owners (who added it first, who adds it again).
- **Built-ins give way.** What a construct starts with (``tmp``, the log folder, ``airflow.cfg``...) is
  added as *built-in*: a later volume of the same name, or a later mount at the same path, replaces it
  in place (same position, so the output stays stable) instead of raising. That is how a user's volume
  from the values overrides a default one. Only built-ins are replaced this way; ``replace_volume``
  replaces any volume explicitly (e.g. a logs claim instead of the emptyDir).
- ``add_*`` returns what it added.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Literal, Mapping

from . import metadata, security
from .errors import raise_if

Container = dict[str, Any]


@dataclass(frozen=True)
class PodSettings:
    """Pod-level settings of a workload.

    pod_security_context / container_security_context: merged over the restricted defaults
        (``security.py``), key by key. Default: None (the defaults).
    image_pull_secrets: Secret names. Default: none.
    node_selector, affinity, tolerations: scheduling. Default: none.
    termination_grace_period_seconds: Default: None (Kubernetes' 30 s).
    pod_labels: labels only on the pods (e.g. ``azure.workload.identity/use``). Default: none.
    """

    pod_security_context: Mapping[str, Any] | None = None
    container_security_context: Mapping[str, Any] | None = None
    image_pull_secrets: tuple[str, ...] = ()
    node_selector: Mapping[str, str] | None = None
    affinity: Mapping[str, Any] | None = None
    tolerations: tuple[Mapping[str, Any], ...] = ()
    termination_grace_period_seconds: int | None = None
    pod_labels: Mapping[str, str] = field(default_factory=dict)


class PodSpec:
    """A pod: its main container's env and mounts, init containers, sidecars, volumes, scheduling, security.

    Props:
        owner: who owns the pod, for messages, e.g. ``AgentWorker 'astro-agent-worker-default'``.
        main_container: returns the main container at synth time (it reads ``env`` and ``volume_mounts``).
        main_container_name: the main container's name, so a sidecar cannot take it. Default: None
            (then only the render-time check sees a clash).
        settings: security and scheduling (``PodSettings``); may be replaced until synth. Default: ``PodSettings()``.
        service_account_name: Default: None (the namespace's ``default``).
        automount_service_account_token: mount the API token (only pods that call the Kubernetes API). Default: False.
        restart_policy: ``Never`` / ``OnFailure`` for pods that run to completion. Default: None (``Always``).

    Example::

        from airflow_cdk8s import PodSpec, ValuesError

        pod = PodSpec("Exporter 'statsd'", main_container_name="statsd", main_container=lambda: {
            "name": "statsd", "image": "prom/statsd-exporter:v0.28.0", "env": pod.env, "volumeMounts": pod.volume_mounts})
        pod.add_scratch_dir("tmp", "/tmp")  # built-in: a user's volume named tmp would replace it
        pod.add_volume({"name": "tmp", "emptyDir": {"medium": "Memory"}}, by="the user")
        try:
            pod.add_sidecar({"name": "statsd", "image": "busybox:1.36"}, by="a log shipper")
        except ValuesError as error:  # a taken name raises at once, naming both owners
            assert "container 'statsd': a log shipper adds it, but Exporter 'statsd' already did" in error.problems[0]
        assert pod.render()["volumes"] == [{"name": "tmp", "emptyDir": {"medium": "Memory"}}]
    """

    def __init__(
        self,
        owner: str,
        *,
        main_container: Callable[[], Container],
        main_container_name: str | None = None,
        settings: PodSettings = PodSettings(),
        service_account_name: str | None = None,
        automount_service_account_token: bool = False,
        restart_policy: Literal["Always", "OnFailure", "Never"] | None = None,
    ) -> None:
        self.owner = owner
        self.main_container = main_container
        self.settings = settings
        self.service_account_name = service_account_name
        self.automount_service_account_token = automount_service_account_token
        self.restart_policy = restart_policy
        self.env: list[dict[str, Any]] = []
        self.volumes: list[dict[str, Any]] = []
        self.volume_mounts: list[dict[str, Any]] = []
        self.init_containers: list[Container] = []
        self.sidecars: list[Container] = []
        self.annotations: dict[str, str] = {}
        self._added_by: dict[tuple[str, str], str] = {}  # (kind, name) -> who added it
        self._builtins: set[tuple[str, str]] = set()
        if main_container_name:
            self._added_by[("container", main_container_name)] = owner

    @property
    def runs_to_completion(self) -> bool:
        """A task or Job pod: a sidecar would keep it running (git-sync attaches as an init container)."""
        return self.restart_policy in ("Never", "OnFailure")

    # ---- the rules -------------------------------------------------------------------------

    def check_free(self, by: str, *, containers: Iterable[str] = (), volumes: Iterable[str] = (), hint: str = "") -> None:
        """Raise if any of these names is taken by another owner and is not a built-in (call it before
        adding anything, so a refused attach leaves the pod as it was)."""
        wanted = [("container", n) for n in containers] + [("volume", n) for n in volumes]
        raise_if([self._taken(key, by, hint) for key in wanted if self._conflicts(key, by)], self.owner)

    def _conflicts(self, key: tuple[str, str], by: str) -> bool:
        # The same attacher may add its own volume again (git-sync as init container and sidecar share one).
        first = self._added_by.get(key)
        return first is not None and key not in self._builtins and not (key[0] == "volume" and first == by)

    def _taken(self, key: tuple[str, str], by: str, hint: str = "") -> str:
        kind, name = key
        first = self._added_by[key]
        if kind == "mount":
            message = (f"mount path {name!r}: {by} mounts a volume there, but {first} already did; "
                       "a container has one mount per path")
        else:
            message = f"{kind} {name!r}: {by} adds it, but {first} already did; a pod has one {kind} of each name"
        return message + (f" ({hint})" if hint else "")

    def _claim(self, key: tuple[str, str], by: str, builtin: bool) -> bool:
        """Record who adds ``key``; True if it replaces a built-in. Raises if another owner has it."""
        replaces = key in self._builtins
        if key in self._added_by and not replaces:
            raise_if([self._taken(key, by)], self.owner)
        self._added_by[key] = by
        (self._builtins.add if builtin else self._builtins.discard)(key)
        return replaces

    # ---- mutators ----------------------------------------------------------------------------

    def add_env(self, name: str, value: str | None = None, *, value_from: dict[str, Any] | None = None) -> dict[str, Any]:
        """Set an environment variable of the main container (replacing one of the same name in place)."""
        var = {"name": name, **({"valueFrom": value_from} if value_from else {"value": value or ""})}
        self.env[:] = metadata.merge_env(self.env, [var])
        return var

    def add_volume(self, volume: dict[str, Any], mount: dict[str, Any] | None = None, *, by: str | None = None,
                   builtin: bool = False) -> dict[str, Any]:
        """Add a pod volume and, with ``mount``, mount it in the main container. A taken name raises,
        unless it is a built-in, which this volume replaces in place; the same ``by`` adding the same
        volume again is a no-op."""
        by = by or self.owner
        key = ("volume", volume["name"])
        if self._added_by.get(key) == by and volume in self.volumes:
            pass
        elif self._claim(key, by, builtin):
            self.volumes[:] = [volume if v["name"] == volume["name"] else v for v in self.volumes]
        else:
            self.volumes.append(volume)
        if mount is not None:
            self.add_volume_mount({"name": volume["name"], **mount}, by=by, builtin=builtin)
        return volume

    def replace_volume(self, volume: dict[str, Any], *, by: str | None = None) -> dict[str, Any]:
        """Give the volume of this name a new source wherever it came from (or add it); mounts keep using it."""
        key = ("volume", volume["name"])
        if key in self._added_by:
            self._builtins.add(key)  # make it replaceable, then replace it
        return self.add_volume(volume, by=by)

    def remove_volume(self, name: str) -> None:
        """Drop the volume ``name`` (e.g. where a StatefulSet claim template of that name takes over)."""
        self.volumes[:] = [v for v in self.volumes if v["name"] != name]
        self._added_by.pop(("volume", name), None)
        self._builtins.discard(("volume", name))

    def add_volume_mount(self, mount: dict[str, Any], *, by: str | None = None, builtin: bool = False) -> dict[str, Any]:
        """Mount a volume in the main container. A taken mount path raises, unless a built-in mount
        holds it, which this one replaces in place."""
        path = mount["mountPath"]
        if self._claim(("mount", path), by or self.owner, builtin):
            self.volume_mounts[:] = [mount if m["mountPath"] == path else m for m in self.volume_mounts]
        else:
            self.volume_mounts.append(mount)
        return mount

    def remove_volume_mount(self, path: str) -> None:
        """Unmount whatever the main container mounts at ``path``."""
        self.volume_mounts[:] = [m for m in self.volume_mounts if m["mountPath"] != path]
        self._added_by.pop(("mount", path), None)
        self._builtins.discard(("mount", path))

    def mount_at(self, path: str) -> dict[str, Any] | None:
        """The main container's mount at ``path``, if any."""
        return next((m for m in self.volume_mounts if m.get("mountPath") == path), None)

    def add_scratch_dir(self, name: str, path: str) -> dict[str, Any]:
        """A built-in writable emptyDir at ``path`` of the main container (the root filesystem is read-only)."""
        return self.add_volume({"name": name, "emptyDir": {}}, {"mountPath": path}, builtin=True)

    def add_init_container(self, container: Container, *, by: str | None = None) -> Container:
        """Add an init container; it gets the restricted security defaults at synth time."""
        self._claim(("container", container["name"]), by or self.owner, False)
        self.init_containers.append(container)
        return container

    def add_sidecar(self, container: Container, *, by: str | None = None) -> Container:
        """Add a container next to the main one; it gets the restricted security defaults at synth time."""
        self._claim(("container", container["name"]), by or self.owner, False)
        self.sidecars.append(container)
        return container

    def add_pod_checksum(self, key: str, content: str) -> str:
        """Roll the pods when ``content`` (e.g. a ConfigMap they read) changes."""
        digest = hashlib.sha256(content.encode()).hexdigest()
        self.annotations[f"checksum/{key}"] = digest
        return digest

    # ---- rendering ---------------------------------------------------------------------------

    def render(self) -> dict[str, Any]:
        """The pod spec (fields left out when unset)."""
        s = self.settings
        harden = lambda c: security.harden_container(c, s.container_security_context)  # noqa: E731
        containers = [self.main_container(), *(harden(c) for c in self.sidecars)]
        init_containers = [harden(c) for c in self.init_containers]
        names = [c["name"] for c in (*init_containers, *containers)]
        raise_if([f"containers: {n!r} is the name of two containers; a pod has one of each name"
                  for n in sorted({n for n in names if names.count(n) > 1})], self.owner)
        return drop_empty({
            "restartPolicy": self.restart_policy,
            "serviceAccountName": self.service_account_name,
            "automountServiceAccountToken": self.automount_service_account_token,
            "securityContext": security.pod_security_context(s.pod_security_context),
            "imagePullSecrets": [{"name": n} for n in s.image_pull_secrets],
            "initContainers": init_containers,
            "containers": containers,
            "volumes": self.volumes,
            "nodeSelector": s.node_selector,
            "affinity": s.affinity,
            "tolerations": list(s.tolerations),
            "terminationGracePeriodSeconds": s.termination_grace_period_seconds,
        })

    def render_metadata(self, labels: Mapping[str, str], annotations: Mapping[str, str] = {}) -> dict[str, Any]:
        """The pod template's metadata: ``labels`` and the pod settings' labels, annotations sorted."""
        result: dict[str, Any] = {"labels": {**labels, **self.settings.pod_labels}}
        merged = {**annotations, **self.annotations}
        if merged:
            result["annotations"] = dict(sorted(merged.items()))
        return result


class PodOwner:
    """Mixin for constructs that own a ``PodSpec`` (``pod_spec``): its mutators and lists, forwarded.

    Attachers take a ``PodOwner`` or a ``PodSpec``; ``pod_of`` finds the spec. Every ``add_*``
    returns what it added.
    """

    pod_spec: PodSpec

    @property
    def env(self) -> list[dict[str, Any]]:
        return self.pod_spec.env

    @property
    def volumes(self) -> list[dict[str, Any]]:
        return self.pod_spec.volumes

    @property
    def volume_mounts(self) -> list[dict[str, Any]]:
        return self.pod_spec.volume_mounts

    @property
    def init_containers(self) -> list[Container]:
        return self.pod_spec.init_containers

    @property
    def sidecars(self) -> list[Container]:
        return self.pod_spec.sidecars

    @property
    def pod_annotations(self) -> dict[str, str]:
        return self.pod_spec.annotations

    def add_env(self, name: str, value: str | None = None, *, value_from: dict[str, Any] | None = None) -> dict[str, Any]:
        """Set an environment variable of the main container (replacing one of the same name)."""
        return self.pod_spec.add_env(name, value, value_from=value_from)

    def add_volume(self, volume: dict[str, Any], mount: dict[str, Any] | None = None) -> dict[str, Any]:
        """Add a pod volume and, with ``mount``, mount it in the main container (``PodSpec.add_volume``)."""
        return self.pod_spec.add_volume(volume, mount)

    def add_volume_mount(self, mount: dict[str, Any]) -> dict[str, Any]:
        """Mount a pod volume in the main container (a ``volumeMounts`` entry)."""
        return self.pod_spec.add_volume_mount(mount)

    def add_init_container(self, container: Container) -> Container:
        """Add an init container; it gets the restricted security defaults at synth time."""
        return self.pod_spec.add_init_container(container)

    def add_sidecar(self, container: Container) -> Container:
        """Add a container next to the main one; it gets the restricted security defaults at synth time."""
        return self.pod_spec.add_sidecar(container)

    def add_pod_checksum(self, key: str, content: str) -> str:
        """Roll the pods when ``content`` (e.g. a ConfigMap they read) changes."""
        return self.pod_spec.add_pod_checksum(key, content)


def pod_of(target: PodSpec | PodOwner) -> PodSpec:
    """The ``PodSpec`` of an attach target (a ``PodOwner`` or the spec itself)."""
    return target if isinstance(target, PodSpec) else target.pod_spec


def owner_name(construct: object, name: str) -> str:
    """How messages name a construct: its class and object name."""
    return f"{type(construct).__name__} {name!r}"


def drop_empty(mapping: dict[str, Any]) -> dict[str, Any]:
    """Leave out unset fields (None, empty lists and maps) so the YAML shows only what is set."""
    return {k: v for k, v in mapping.items() if v is not None and v != [] and v != {}}
