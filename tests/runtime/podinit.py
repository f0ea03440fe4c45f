"""Run as root inside fresh mount and UTS namespaces: build a container's root filesystem, then exec its process.

The root is a tmpfs that gets the host's system folders (read-only binds), Python and the Airflow
virtualenv at their own paths, the image's empty AIRFLOW_HOME and home folder, and exactly the
container's volume mounts; then the tmpfs itself is remounted read-only (``readOnlyRootFilesystem``),
the process chroots into it, takes the pod's uid/gids and execs. Usage: ``podinit.py SPEC.json``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys


def sh(*args: str) -> None:
    subprocess.run(args, check=True)


def bind(source: str, target: str, *, read_only: bool, recursive: bool = False) -> None:
    sh("mount", "--rbind" if recursive else "--bind", source, target)
    if read_only:
        sh("mount", "-o", "remount,bind,ro", target)


def mountpoint(root: str, path: str, *, is_dir: bool) -> str:
    target = root + path
    os.makedirs(os.path.dirname(target), mode=0o755, exist_ok=True)
    if is_dir:
        os.makedirs(target, mode=0o755, exist_ok=True)
    elif not os.path.exists(target):
        open(target, "w").close()
    return target


def main(spec_path: str) -> None:
    with open(spec_path) as f:
        spec = json.load(f)
    root = spec["root"]
    sh("mount", "--make-rprivate", "/")
    socket.sethostname(spec["hostname"])
    sh("mount", "-t", "tmpfs", "-o", "mode=755", "tmpfs", root)
    for entry in ("bin", "sbin", "lib", "lib32", "lib64", "libx32", "usr", "etc"):
        host = "/" + entry
        if os.path.islink(host):
            os.symlink(os.readlink(host), f"{root}/{entry}")
        elif os.path.isdir(host):
            bind(host, mountpoint(root, host, is_dir=True), read_only=True)
    bind("/dev", mountpoint(root, "/dev", is_dir=True), read_only=False, recursive=True)
    sh("mount", "-t", "tmpfs", "-o", "mode=1777,size=64m", "shm", root + "/dev/shm")  # a pod's own /dev/shm
    bind("/proc", mountpoint(root, "/proc", is_dir=True), read_only=False, recursive=True)
    # The image's own folders: AIRFLOW_HOME and the home folder, owned by the image's user, and /tmp.
    for path, uid, gid, mode in spec["image_dirs"]:
        target = mountpoint(root, path, is_dir=True)
        os.chown(target, uid, gid)
        os.chmod(target, mode)
    for path, source in spec["etc_files"].items():  # /etc/hosts, /etc/passwd ... of this pod
        bind(source, root + path, read_only=True)
    for m in sorted(spec["mounts"], key=lambda m: m["path"].count("/")):
        bind(m["source"], mountpoint(root, m["path"], is_dir=os.path.isdir(m["source"])), read_only=m["read_only"])
    # Python's prefix and the Airflow virtualenv, bound last: a checkout under /tmp (CI may clone there)
    # would otherwise be hidden by the pod's own /tmp volume.
    for path in spec["host_paths"]:
        bind(path, mountpoint(root, path, is_dir=True), read_only=True)
    sh("mount", "-o", "remount,ro", root)  # readOnlyRootFilesystem

    os.chroot(root)
    os.chdir(spec["workdir"])
    os.setgroups(spec["groups"])
    os.setgid(spec["gid"])
    os.setuid(spec["uid"])
    os.umask(0o022)
    argv = spec["argv"]
    try:
        os.execvpe(argv[0], argv, spec["env"])
    except OSError as error:
        print(f"podinit: cannot exec {argv[0]}: {error}", file=sys.stderr)
        sys.exit(127)


if __name__ == "__main__":
    main(sys.argv[1])
