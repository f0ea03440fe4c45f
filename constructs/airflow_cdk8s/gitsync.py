"""GitSync: DAGs from a git repository, synced into any pod (a ``PodSpec`` or its owner).

What users of the official Helm chart trip over, and what this module does instead:

- git-sync v4 has no ``--branch``: a ``branch`` must become ``GITSYNC_REF`` or it is ignored and the
  remote's default branch is synced. Here ``branch`` always takes effect (v3: ``GIT_SYNC_BRANCH``).
- An SSH key Secret mounted with the default mode 0644 is refused by ssh; here it is mounted read-only
  with 0440 (owner root, group = the pod's fsGroup, which git-sync's user is a member of).
- Examples switch host key checking off. Here SSH needs a known_hosts ConfigMap, unless you say
  ``insecure_skip_host_key_check=True``.

Environment variable names are git-sync's own (v4: ``cmd/git-sync/main.go``; v3: the v3.x branch).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, Mapping

from constructs import Construct

from . import kube_fields, names, security
from .errors import ValuesError, raise_if
from .kube_object import KubeObject
from .airflow_image import DAGS_DIR
from .pod import PodOwner, PodSpec, pod_of

GIT_SYNC_UID = 65533  # the user of git-sync's image; it is in the image's /etc/passwd, which ssh requires
IMAGES = {
    "v4": "registry.k8s.io/git-sync/git-sync:v4.4.0",
    "v3": "registry.k8s.io/git-sync/git-sync:v3.6.9",
}
DAGS_FOLDER_VAR = "AIRFLOW__CORE__DAGS_FOLDER"
SSH_KEY_DIR = "/etc/git-secret/ssh-key"  # whole-directory mounts (no subPath), so a rotated key arrives
KNOWN_HOSTS_DIR = "/etc/git-secret/known-hosts"
DEFAULT_RESOURCES: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "limits": {"cpu": "500m", "memory": "512Mi"},
    "requests": {"cpu": "100m", "memory": "128Mi"},
})

_SCP_URL = re.compile(r"^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^\s]+$")  # git@github.com:org/repo.git
_URL_USERINFO = re.compile(r"^[a-z][a-z0-9+.-]*://[^/@\s]+@", re.I)
_CONFIG_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")
_LINK = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")


@dataclass(frozen=True, kw_only=True)
class GitSync:
    """A git-sync container plus the volumes it needs; ``attach`` adds them to a pod.

    One ``GitSync`` may be attached to several pods (a scheduler sidecar, a pod template init
    container...). Every prop is checked when the object is created; a ``ValuesError`` names each
    bad prop.

    Props:
        repo: the repository URL. ``https://...`` (public, or with ``credentials_secret``) or SSH
            (``git@host:org/repo.git`` / ``ssh://...``, with ``ssh_key_secret``). Never with a
            password in it.
        ref: the branch, tag or commit to sync. Default: ``branch``, else the remote's default
            branch (v4). With v3 it is the revision (tag or commit) on ``branch``.
        branch: the branch to sync. With v4 it becomes ``GITSYNC_REF`` (set ``ref`` or ``branch``,
            not both). Required with v3. Default: None.
        version: ``"v4"`` (GITSYNC_* variables) or ``"v3"`` (GIT_SYNC_* variables). Default: ``"v4"``.
        image: the git-sync image. Default: ``registry.k8s.io/git-sync/git-sync:v4.4.0`` (v3: ``v3.6.9``).
        image_pull_policy: Default: ``IfNotPresent``.
        depth: commits of history to fetch; 0 = all. Default: 1.
        sub_path: the DAGs' folder inside the repository. Default: ``""`` (the repository root).
        root: where git-sync works inside its container (the shared volume's mount). Default: ``/git``.
        link: name of the symlink under ``root`` that points at the current checkout. Default: ``repo``.
        period_seconds: seconds between syncs of the sidecar. Default: 30.
        max_failures: consecutive failures tolerated after the first sync; -1 = retry forever. Default: 0.
        ssh_key_secret: Secret holding the SSH private key. Default: None (no SSH).
        ssh_key_secret_key: key of the private key in that Secret. Default: ``gitSshKey`` (the
            official chart's key).
        ssh_key_mode: file mode of the mounted key, ``0o440`` or ``0o400``. Default: ``0o440``: the file
            is owned by root and the pod's fsGroup, and git-sync's user reads it through that group.
        known_hosts_config_map: ConfigMap holding the git server's host keys (see
            ``KnownHostsConfigMap``). Required with SSH unless host key checking is turned off.
        known_hosts_key: key of the known_hosts file in that ConfigMap. Default: ``known_hosts``.
        insecure_skip_host_key_check: turn SSH host key checking off (a man in the middle can then
            serve you DAGs). Default: False.
        credentials_secret: Secret with the HTTPS username and password (or token), e.g. of type
            ``kubernetes.io/basic-auth``. Default: None.
        username_key: Default: ``username``.
        password_key: Default: ``password``.
        dags_mount_path: where the synced volume appears, read-only, in the Airflow container.
            Default: ``/opt/airflow/dags``; the DAGs folder is ``dags_mount_path/link/sub_path``.
        volume_name: name of the shared emptyDir volume. Default: ``dags``.
        resources: the container's requests and limits. Default: requests 100m / 128Mi,
            limits 500m / 512Mi.
    """

    repo: str
    ref: str | None = None
    branch: str | None = None
    version: Literal["v4", "v3"] = "v4"
    image: str | None = None
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] = "IfNotPresent"
    depth: int = 1
    sub_path: str = ""
    root: str = "/git"
    link: str = "repo"
    period_seconds: float = 30
    max_failures: int = 0
    ssh_key_secret: str | None = None
    ssh_key_secret_key: str = "gitSshKey"
    ssh_key_mode: int = 0o440
    known_hosts_config_map: str | None = None
    known_hosts_key: str = "known_hosts"
    insecure_skip_host_key_check: bool = False
    credentials_secret: str | None = None
    username_key: str = "username"
    password_key: str = "password"
    dags_mount_path: str = DAGS_DIR
    volume_name: str = "dags"
    resources: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: DEFAULT_RESOURCES)

    def __post_init__(self) -> None:
        problems = self._problems()
        raise_if(problems, "GitSync")

    # ---- derived values ------------------------------------------------------------------

    @property
    def ssh(self) -> bool:
        return self.ssh_key_secret is not None

    @property
    def dags_folder(self) -> str:
        """The DAGs folder as the Airflow container sees it (``AIRFLOW__CORE__DAGS_FOLDER``)."""
        return posixpath.normpath(posixpath.join(self.dags_mount_path, self.link, self.sub_path))

    def container(self, *, one_time: bool) -> dict[str, Any]:
        """The git-sync container: ``git-sync`` (periodic sidecar) or ``git-sync-init`` (one sync, then exit)."""
        mounts = [
            {"name": self.volume_name, "mountPath": self.root},
            {"name": "git-sync-tmp", "mountPath": "/tmp"},  # HOME=/tmp in the image; the root fs is read-only
        ]
        if self.ssh:
            mounts.append({"name": "git-sync-ssh-key", "mountPath": SSH_KEY_DIR, "readOnly": True})
        if self.known_hosts_config_map:
            mounts.append({"name": "git-sync-known-hosts", "mountPath": KNOWN_HOSTS_DIR, "readOnly": True})
        return {
            "name": "git-sync-init" if one_time else "git-sync",
            "image": self.image or IMAGES[self.version],
            "imagePullPolicy": self.image_pull_policy,
            "env": self.env(one_time=one_time),
            "resources": {k: dict(v) for k, v in self.resources.items()},
            "securityContext": security.container_security_context({
                "runAsUser": GIT_SYNC_UID,
                "runAsGroup": GIT_SYNC_UID,
                "seccompProfile": {"type": "RuntimeDefault"},  # also when the owner's pod sets none
            }),
            "volumeMounts": mounts,
        }

    def env(self, *, one_time: bool) -> list[dict[str, Any]]:
        """git-sync's environment for this version."""
        return self._env_v4(one_time) if self.version == "v4" else self._env_v3(one_time)

    def volumes(self) -> list[dict[str, Any]]:
        volumes: list[dict[str, Any]] = [
            {"name": self.volume_name, "emptyDir": {}},
            {"name": "git-sync-tmp", "emptyDir": {}},
        ]
        if self.ssh:
            volumes.append({"name": "git-sync-ssh-key", "secret": {
                "secretName": self.ssh_key_secret,
                "defaultMode": self.ssh_key_mode,
                "items": [{"key": self.ssh_key_secret_key, "path": "ssh"}],
            }})
        if self.known_hosts_config_map:
            volumes.append({"name": "git-sync-known-hosts", "configMap": {
                "name": self.known_hosts_config_map,
                "items": [{"key": self.known_hosts_key, "path": "known_hosts"}],
            }})
        return volumes

    # ---- attaching -----------------------------------------------------------------------

    def attach(self, owner: PodOwner | PodSpec, *, one_time: bool | None = None) -> dict[str, Any]:
        """Add git-sync to ``owner``'s pod and mount the DAGs read-only into its main container.

        ``one_time``: an init container that syncs once (True) or a periodic sidecar (False).
        Default: an init container for pods that run to completion (a KubernetesExecutor task pod,
        which a sidecar would keep running), else a sidecar. Returns the container added.
        A pod that already mounts a volume named ``volume_name`` at ``dags_mount_path`` keeps it, and
        git-sync writes into it.
        """
        pod = pod_of(owner)
        one_time = pod.runs_to_completion if one_time is None else one_time
        if pod.runs_to_completion and not one_time:
            raise ValuesError(["one_time: a task pod runs to completion and a git-sync sidecar would keep it "
                               "running; attach with one_time=True"], source="GitSync")
        current = pod.mount_at(self.dags_mount_path)
        if current is not None and current["name"] != self.volume_name:
            raise ValuesError([f"dags_mount_path: the pod already mounts volume {current['name']!r} at "
                               f"{self.dags_mount_path}"], source="GitSync")
        container = self.container(one_time=one_time)
        volumes = [v for v in self.volumes() if not (current and v["name"] == self.volume_name)]
        by = f"GitSync {self.repo!r}"
        pod.check_free(by, containers=[container["name"]], volumes=[v["name"] for v in volumes])

        for volume in volumes:
            pod.add_volume(volume, by=by)
        if current is None:
            pod.add_volume_mount({"name": self.volume_name, "mountPath": self.dags_mount_path, "readOnly": True}, by=by)
        pod.add_env(DAGS_FOLDER_VAR, self.dags_folder)
        return pod.add_init_container(container, by=by) if one_time else pod.add_sidecar(container, by=by)

    # ---- environment per version ---------------------------------------------------------

    def _env_v4(self, one_time: bool) -> list[dict[str, Any]]:
        # v4 syncs one ref; it has no branch flag, so the branch goes into GITSYNC_REF.
        env = [
            _var("GITSYNC_REPO", self.repo),
            _var("GITSYNC_REF", self.ref or self.branch or "HEAD"),
            _var("GITSYNC_DEPTH", str(self.depth)),
            _var("GITSYNC_ROOT", self.root),
            _var("GITSYNC_LINK", self.link),
            _var("GITSYNC_PERIOD", f"{self.period_seconds:g}s"),
            _var("GITSYNC_MAX_FAILURES", str(self.max_failures)),
            _var("GITSYNC_ONE_TIME", _bool(one_time)),
        ]
        if self.ssh:
            env += [
                _var("GITSYNC_SSH_KEY_FILE", f"{SSH_KEY_DIR}/ssh"),
                _var("GITSYNC_SSH_KNOWN_HOSTS", _bool(not self.insecure_skip_host_key_check)),
            ]
            if self.known_hosts_config_map:
                env.append(_var("GITSYNC_SSH_KNOWN_HOSTS_FILE", f"{KNOWN_HOSTS_DIR}/known_hosts"))
        if self.credentials_secret:
            env += [
                _secret_var("GITSYNC_USERNAME", self.credentials_secret, self.username_key),
                _secret_var("GITSYNC_PASSWORD", self.credentials_secret, self.password_key),
            ]
        return env

    def _env_v3(self, one_time: bool) -> list[dict[str, Any]]:
        env = [
            _var("GIT_SYNC_REPO", self.repo),
            _var("GIT_SYNC_BRANCH", self.branch or ""),
            _var("GIT_SYNC_REV", self.ref or "HEAD"),
            _var("GIT_SYNC_DEPTH", str(self.depth)),
            _var("GIT_SYNC_ROOT", self.root),
            _var("GIT_SYNC_DEST", self.link),
            _var("GIT_SYNC_WAIT", f"{self.period_seconds:g}"),  # seconds, a number
            _var("GIT_SYNC_MAX_SYNC_FAILURES", str(self.max_failures)),
            _var("GIT_SYNC_ONE_TIME", _bool(one_time)),
        ]
        if self.ssh:
            env += [
                _var("GIT_SYNC_SSH", "true"),  # v3 uses SSH only when told to
                _var("GIT_SSH_KEY_FILE", f"{SSH_KEY_DIR}/ssh"),
                _var("GIT_KNOWN_HOSTS", _bool(not self.insecure_skip_host_key_check)),
            ]
            if self.known_hosts_config_map:
                env.append(_var("GIT_SSH_KNOWN_HOSTS_FILE", f"{KNOWN_HOSTS_DIR}/known_hosts"))
        if self.credentials_secret:
            env += [
                _secret_var("GIT_SYNC_USERNAME", self.credentials_secret, self.username_key),
                _secret_var("GIT_SYNC_PASSWORD", self.credentials_secret, self.password_key),
            ]
        return env

    # ---- validation ----------------------------------------------------------------------

    def _problems(self) -> list[str]:
        problems: list[str] = []
        add = problems.append
        if self.version not in IMAGES:
            add(f"version: must be 'v4' or 'v3', not {self.version!r}")
        problems += self._repo_problems()

        for prop in ("ref", "branch"):
            value = getattr(self, prop)
            if value is not None and (not value or any(ch.isspace() for ch in value)):
                add(f"{prop}: must be a non-empty name without spaces, not {value!r}")
        if self.version == "v4" and self.ref and self.branch:
            add("branch: git-sync v4 syncs one ref (a branch, tag or commit); set ref or branch, not both")
        if self.version == "v3" and not self.branch:
            add("branch: required with git-sync v3 (it would otherwise clone 'master'); ref is a tag or commit on it")

        for prop in ("ssh_key_secret", "known_hosts_config_map", "credentials_secret"):
            value = getattr(self, prop)
            if value is not None and (error := names.dns1123_subdomain_error(value)):
                add(f"{prop}: {error}")
        for prop in ("ssh_key_secret_key", "known_hosts_key", "username_key", "password_key"):
            if not _CONFIG_KEY.match(getattr(self, prop)):
                add(f"{prop}: {getattr(self, prop)!r} must be letters, digits, '-', '_' or '.'")
        if self.ssh_key_mode not in (0o400, 0o440):
            add(f"ssh_key_mode: must be 0o400 or 0o440 (ssh refuses keys others can read), not {self.ssh_key_mode:#o}")

        if self.ssh and self.credentials_secret:
            add("credentials_secret: use either SSH (ssh_key_secret) or HTTPS credentials, not both")
        if self.ssh and not self.insecure_skip_host_key_check and not self.known_hosts_config_map:
            add("known_hosts_config_map: required with ssh_key_secret so git-sync can check the server's host key "
                "(or set insecure_skip_host_key_check=True to turn checking off)")
        if self.insecure_skip_host_key_check and self.known_hosts_config_map:
            add("insecure_skip_host_key_check: contradicts known_hosts_config_map; set one of them")
        if not self.ssh and self.known_hosts_config_map:
            add("known_hosts_config_map: host keys only apply to SSH; set ssh_key_secret or drop it")
        if not self.ssh and self.insecure_skip_host_key_check:
            add("insecure_skip_host_key_check: only applies to SSH (ssh_key_secret)")

        if isinstance(self.depth, bool) or not isinstance(self.depth, int) or self.depth < 0:
            add(f"depth: must be a whole number >= 0 (0 = full history), not {self.depth!r}")
        if isinstance(self.max_failures, bool) or not isinstance(self.max_failures, int) or self.max_failures < -1:
            add(f"max_failures: must be a whole number >= -1 (-1 = retry forever), not {self.max_failures!r}")
        if isinstance(self.period_seconds, bool) or not isinstance(self.period_seconds, (int, float)) \
                or self.period_seconds < 0.01:
            add(f"period_seconds: must be a number >= 0.01, not {self.period_seconds!r}")

        for prop in ("root", "dags_mount_path"):
            problems += _absolute_path_problems(prop, getattr(self, prop))
        if posixpath.normpath(self.root) in ("/", "/tmp"):
            add(f"root: {self.root!r} is taken; use a folder of its own such as /git")
        if not _LINK.match(self.link):
            add(f"link: {self.link!r} must be a plain name (letters, digits, '.', '_', '-'), not starting with '.'")
        if self.sub_path.startswith("/") or ".." in self.sub_path.split("/"):
            add(f"sub_path: {self.sub_path!r} must be a path inside the repository (relative, no '..')")
        if error := names.dns1123_label_error(self.volume_name):
            add(f"volume_name: {error}")
        if self.image is not None and (not self.image or any(ch.isspace() for ch in self.image)):
            add(f"image: {self.image!r} is not an image reference")
        problems += [f"resources{p}" for p in kube_fields.fragment_errors(
            "io.k8s.api.core.v1.ResourceRequirements", {k: dict(v) for k, v in self.resources.items()})]
        for kind, quantities in self.resources.items():
            for resource, quantity in dict(quantities).items():
                if isinstance(quantity, str) and (error := names.quantity_error(quantity)):
                    add(f"resources.{kind}.{resource}: {error}")
        return problems

    def _repo_problems(self) -> list[str]:
        repo = self.repo
        if not repo or any(ch.isspace() for ch in repo):
            return [f"repo: {repo!r} is not a repository URL"]
        if _URL_USERINFO.match(repo) and not repo.startswith("ssh://"):
            return ["repo: must not carry credentials; put them in a Secret and set credentials_secret"]
        ssh_url = repo.startswith("ssh://") or bool(_SCP_URL.match(repo))
        if self.ssh and not ssh_url:
            return [f"repo: {repo!r} must be an SSH URL (git@host:org/repo.git or ssh://...) with ssh_key_secret"]
        if self.credentials_secret and not repo.startswith("https://"):
            return [f"repo: {repo!r} must be an https:// URL with credentials_secret (credentials never go over "
                    "plain http)"]
        if ssh_url and not self.ssh:
            return ["ssh_key_secret: required for the SSH URL in repo"]
        if not ssh_url and not repo.startswith(("https://", "http://")):
            return [f"repo: {repo!r} must be https://..., ssh://... or git@host:org/repo.git"]
        return []


class KnownHostsConfigMap(KubeObject):
    """A ConfigMap with the git server's public host keys, for ``GitSync.known_hosts_config_map``.

    Host keys are public, so a ConfigMap (reviewable in git) fits. Get them with
    ``ssh-keyscan github.com`` and compare the fingerprints with the ones your git host publishes.

    Props:
        name, namespace: of the ConfigMap.
        known_hosts: the file's text, one ``host keytype key`` line per key.
        key: the file's key in the ConfigMap. Default: ``known_hosts``.
    """

    def __init__(
        self, scope: Construct, id: str, *, name: str, namespace: str, known_hosts: str, key: str = "known_hosts"
    ) -> None:
        problems = []
        if error := names.dns1123_subdomain_error(name):
            problems.append(f"name: {error}")
        if not _CONFIG_KEY.match(key):
            problems.append(f"key: {key!r} must be letters, digits, '-', '_' or '.'")
        lines = [line.strip() for line in known_hosts.splitlines()]
        lines = [line for line in lines if line and not line.startswith("#")]
        if not lines:
            problems.append("known_hosts: is empty; give one 'host keytype key' line per host key")
        elif "PRIVATE KEY" in known_hosts:
            problems.append("known_hosts: holds a private key; it takes the server's public host keys")
        elif bad := [i for i, line in enumerate(lines, 1) if len(line.split()) < 3]:
            problems.append(f"known_hosts: line(s) {bad} are not 'host keytype key'")
        raise_if(problems, "KnownHostsConfigMap")
        self.key = key
        text = "\n".join(lines) + "\n"
        super().__init__(scope, id, api_version="v1", kind="ConfigMap", name=name, namespace=namespace,
                         body=lambda: {"data": {key: text}})


def _var(name: str, value: str) -> dict[str, Any]:
    return {"name": name, "value": value}


def _secret_var(name: str, secret: str, key: str) -> dict[str, Any]:
    return {"name": name, "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _absolute_path_problems(prop: str, path: str) -> list[str]:
    if not path.startswith("/") or ".." in path.split("/"):
        return [f"{prop}: {path!r} must be an absolute path without '..'"]
    return []
