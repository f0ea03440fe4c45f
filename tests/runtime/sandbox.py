"""A pretend cluster on this machine: one network namespace, PostgreSQL and Redis in it, pods as processes.

Every pod of a scenario shares one fresh network namespace (its own loopback, nothing else reachable),
so each Service answers on 127.0.0.1 at the port the manifests name and nothing of the host is in the
way. Each container runs in its own mount and UTS namespaces (``podinit.py``): read-only root, exactly
its volume mounts, the pod's hostname, uid and gids. Every wait here is bounded.
"""

from __future__ import annotations

import http.client
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import kube

HERE = Path(__file__).resolve().parent
PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), Path("/usr/lib/postgresql/15/bin"))
NOBODY = 65534


def log_tail(path: Path, chars: int = 6000) -> str:
    text = path.read_text(errors="replace") if path.exists() else "(no output)"
    return text if len(text) <= chars else "...\n" + text[-chars:]


def wait_for(what: str, check: Callable[[], bool], timeout: float, interval: float = 1.0,
             describe: Callable[[], str] = lambda: "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}\n{describe()}")


class Cluster:
    """The network namespace, the hosts file every pod sees, and the processes started in it."""

    def __init__(self, work: Path, manifests: kube.Manifests, venv: Path, extra_hosts: tuple[str, ...] = ()) -> None:
        self.work = work
        self.manifests = manifests
        self.venv = venv.resolve()  # its scripts name the real path; a symlinked venv is bound there
        self.processes: list[subprocess.Popen[bytes]] = []
        work.mkdir(parents=True, exist_ok=True)
        os.chmod(work, 0o755)
        etc = work / "etc"
        etc.mkdir(exist_ok=True)
        names = ["localhost", *manifests.dns_names(), *extra_hosts]
        (etc / "hosts").write_text("127.0.0.1 " + " ".join(dict.fromkeys(names)) + "\n::1 localhost\n")
        passwd = Path("/etc/passwd").read_text()
        (etc / "passwd").write_text(passwd + f"airflow:x:{kube.AIRFLOW_UID}:0:airflow:/home/airflow:/bin/bash\n")
        # The holder keeps the namespace alive; every other process joins it.
        self.holder = subprocess.Popen(["unshare", "--net", "--", "sh", "-c", "ip link set lo up && exec sleep 7200"],
                                       start_new_session=True)
        wait_for("the network namespace", lambda: _lo_up(self.holder.pid), 20, 0.2)
        self.netns = f"/proc/{self.holder.pid}/ns/net"

    def in_net(self, argv: list[str]) -> list[str]:
        return ["nsenter", f"--net={self.netns}", "--", *argv]

    def spawn(self, argv: list[str], log: Path, **kwargs: Any) -> subprocess.Popen[bytes]:
        out = open(log, "ab")
        proc = subprocess.Popen(self.in_net(argv), stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, **kwargs)
        out.close()
        self.processes.append(proc)
        return proc

    def run(self, argv: list[str], timeout: float, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.in_net(argv), capture_output=True, text=True, timeout=timeout, **kwargs)

    def http_get(self, port: int, path: str, timeout: float, host: str = "127.0.0.1") -> tuple[int, str]:
        """GET inside the namespace (a short Python client there); status 0 when nothing answered."""
        code = ("import http.client,sys,json\n"
                f"c=http.client.HTTPConnection({host!r},{port},timeout={timeout})\n"
                "try:\n"
                f"  c.request('GET',{path!r}); r=c.getresponse(); print(json.dumps([r.status,r.read().decode(errors='replace')]))\n"
                "except Exception as e: print(json.dumps([0,repr(e)]))\n")
        try:
            result = self.run([sys.executable, "-c", code], timeout=timeout + 10)
            return tuple(json.loads(result.stdout))  # type: ignore[return-value]
        except (subprocess.TimeoutExpired, json.JSONDecodeError) as error:
            return 0, repr(error)

    def http_post(self, port: int, path: str, body: dict[str, Any], timeout: float) -> tuple[int, str]:
        code = ("import http.client,sys,json\n"
                f"c=http.client.HTTPConnection('127.0.0.1',{port},timeout={timeout})\n"
                f"c.request('POST',{path!r},body=json.dumps({body!r}),headers={{'Content-Type':'application/json'}})\n"
                "r=c.getresponse(); print(json.dumps([r.status,r.read().decode(errors='replace')]))\n")
        result = self.run([sys.executable, "-c", code], timeout=timeout + 10)
        return tuple(json.loads(result.stdout)) if result.stdout else (0, result.stderr)  # type: ignore[return-value]

    def stop(self) -> None:
        for proc in reversed(self.processes):
            stop_process(proc)
        stop_process(self.holder)


def _lo_up(pid: int) -> bool:
    try:
        out = subprocess.run(["nsenter", f"--net=/proc/{pid}/ns/net", "ip", "-o", "link", "show", "lo"],
                             capture_output=True, text=True, timeout=5).stdout
    except subprocess.TimeoutExpired:
        return False
    return "UP" in out or "UNKNOWN" in out


def stop_process(proc: subprocess.Popen[bytes], grace: float = 10) -> None:
    """SIGTERM to the process group, SIGKILL after the grace period (as the kubelet does)."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
    except ProcessLookupError:
        pass


# ---- backing services (Debian's PostgreSQL and Redis, as an unprivileged user) ---------------------

def start_postgres(cluster: Cluster, *, password: str, port: int = 5432, timeout: float = 60) -> Path:
    """PostgreSQL with user and database ``airflow`` (password ``password``), listening on 127.0.0.1:port."""
    base = cluster.work / "postgres"
    data, sock = base / "data", base / "sock"
    for d in (base, data, sock):
        d.mkdir(parents=True, exist_ok=True)
        os.chown(d, NOBODY, NOBODY)
    pwfile = base / "pw"
    pwfile.write_text(password + "\n")
    os.chown(pwfile, NOBODY, NOBODY)
    as_nobody = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    init = subprocess.run([*as_nobody, str(PG_BIN / "initdb"), "-D", str(data), "-U", "airflow", "--auth=scram-sha-256",
                    f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C"], capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, f"initdb failed: {init.stdout}{init.stderr}"
    log = base / "postgres.log"
    cluster.spawn([*as_nobody, str(PG_BIN / "postgres"), "-D", str(data), "-k", str(sock), "-h", "127.0.0.1",
                   "-p", str(port), "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                   "-c", "max_connections=300"], log)
    wait_for("PostgreSQL", lambda: cluster.run([str(PG_BIN / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                                               timeout=10).returncode == 0, timeout, 0.5, lambda: log_tail(log))
    env = {**os.environ, "PGPASSWORD": password}
    result = cluster.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "airflow", "-d", "postgres",
                          "-c", "CREATE DATABASE airflow"], timeout=30, env=env)
    assert result.returncode == 0, result.stderr
    return log


def psql(cluster: Cluster, sql: str, *, password: str, port: int = 5432) -> str:
    result = cluster.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "airflow", "-d", "airflow", "-At", "-c", sql],
                         timeout=30, env={**os.environ, "PGPASSWORD": password})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def start_redis(cluster: Cluster, *, password: str, port: int = 6379, timeout: float = 30) -> Path:
    base = cluster.work / "redis"
    base.mkdir(exist_ok=True)
    os.chown(base, NOBODY, NOBODY)
    conf = base / "redis.conf"  # the password in a file, not in the process list
    conf.write_text(f'port {port}\nbind 127.0.0.1\nsave ""\nappendonly no\ndir {base}\nrequirepass "{_redis_quote(password)}"\n')
    os.chown(conf, NOBODY, NOBODY)
    log = base / "redis.log"
    cluster.spawn(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "redis-server", str(conf)], log)
    wait_for("Redis", lambda: cluster.run(["redis-cli", "-p", str(port), "ping"], timeout=5,
                                          env={**os.environ, "REDISCLI_AUTH": password}).stdout.strip() == "PONG",
             timeout, 0.5, lambda: log_tail(log))
    return log


def _redis_quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def start_kube_api(cluster: Cluster, timeout: float = 30) -> Path:
    """The stand-in Kubernetes API (kube_api.py) on 127.0.0.1:443 with a fresh self-signed certificate."""
    base = cluster.work / "kube-api"
    base.mkdir(exist_ok=True)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=kubernetes",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:kubernetes.default.svc",
                    "-keyout", str(base / "tls.key"), "-out", str(base / "tls.crt")], check=True, capture_output=True, timeout=60)
    shutil.copy(base / "tls.crt", base / "ca.crt")
    log = base / "kube-api.log"
    cluster.spawn([sys.executable, str(HERE / "kube_api.py"), str(base)], log)
    wait_for("the Kubernetes API stand-in", lambda: "serving" in log.read_text(), timeout, 0.5, lambda: log_tail(log))
    return base / "pods"


# ---- pods ----------------------------------------------------------------------------------------

IMAGE_ENV = {  # the apache/airflow image's ENV (what `docker inspect` shows), PATH with the virtualenv
    "AIRFLOW_HOME": "/opt/airflow", "AIRFLOW_USER_HOME_DIR": "/home/airflow", "HOME": "/home/airflow",
    "AIRFLOW_UID": str(kube.AIRFLOW_UID), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "DUMB_INIT_SETSID": "1",
    "GUNICORN_CMD_ARGS": "--worker-tmp-dir /dev/shm", "PYTHONUNBUFFERED": "1",
}


@dataclass
class Container:
    pod: "Pod"
    name: str
    spec: dict[str, Any]
    env: dict[str, str]
    proc: subprocess.Popen[bytes]
    log: Path
    started: float = field(default_factory=time.monotonic)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def output(self) -> str:
        return f"--- {self.pod.name}/{self.name} (exit {self.proc.poll()}) ---\n{log_tail(self.log)}"

    def exec(self, command: list[str], timeout: float) -> tuple[int, str]:
        """kubectl exec: the container's namespaces, root, uid and environment."""
        spec = self.pod.security(self.spec)
        argv = ["nsenter", f"--target={self.proc.pid}", "--mount", "--uts", "--net", "--root", "--wd",
                f"--setuid={spec['uid']}", f"--setgid={spec['gid']}", "--", "env", "-i",
                *[f"{k}={v}" for k, v in self.env.items()], *command]
        try:
            result = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return -1, f"timed out after {timeout}s"
        return result.returncode, result.stdout + result.stderr

    def wait(self, timeout: float) -> int:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"{self.pod.name}/{self.name} still running after {timeout:.0f}s\n{self.output()}")

    def stop(self) -> None:
        stop_process(self.proc)


class Pod:
    """One pod of a workload: its volumes on the host, its containers as namespaced processes."""

    def __init__(self, cluster: Cluster, name: str, spec: dict[str, Any], *, hostname: str | None = None,
                 volume_dirs: dict[str, Path] | None = None) -> None:
        self.cluster = cluster
        self.name = name
        self.spec = spec
        self.hostname = hostname or name
        self.dir = cluster.work / "pods" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.volume_dirs = dict(volume_dirs or {})
        self.containers: list[Container] = []

    # -- the kubelet's part
    def security(self, container: dict[str, Any]) -> dict[str, Any]:
        pod_sc = self.spec.get("securityContext", {})
        sc = {**pod_sc, **container.get("securityContext", {})}
        groups = list(pod_sc.get("supplementalGroups", []))
        if "fsGroup" in pod_sc:
            groups.append(pod_sc["fsGroup"])
        gid = sc.get("runAsGroup", 0)
        return {"uid": sc.get("runAsUser", kube.AIRFLOW_UID), "gid": gid, "groups": sorted({gid, *groups}),
                "read_only_root": sc.get("readOnlyRootFilesystem", False)}

    def volume(self, name: str) -> Path:
        """The host folder of a volume, made on first use as the kubelet would make it."""
        if name in self.volume_dirs:
            return self.volume_dirs[name]
        if name == "kube-api-access":
            return self._service_account_volume()
        volume = next((v for v in self.spec.get("volumes", []) if v["name"] == name), None)
        if volume is None:
            raise kube.PodConfigError(f"pod {self.name}: volume {name!r} is mounted but not defined")
        path = self.dir / "volumes" / name
        path.mkdir(parents=True, exist_ok=True)
        fs_group = self.spec.get("securityContext", {}).get("fsGroup")
        mode = volume.get("configMap", volume.get("secret", {})).get("defaultMode", 0o644)
        if "emptyDir" in volume:
            os.chmod(path, 0o777)
        elif "configMap" in volume:
            self._files(path, self.cluster.manifests.config_map_data(volume["configMap"]["name"]), volume["configMap"], mode)
        elif "secret" in volume:
            name_ = volume["secret"]["secretName"]
            data = self.cluster.manifests.secrets.get(name_)
            if data is None:
                raise kube.PodConfigError(f"pod {self.name}: secret {name_!r} of volume {name!r} not found")
            self._files(path, data, volume["secret"], mode)
        elif "persistentVolumeClaim" in volume:  # one folder per claim, shared by every pod (ReadWriteMany)
            path = self.cluster.work / "claims" / volume["persistentVolumeClaim"]["claimName"]
            path.mkdir(parents=True, exist_ok=True)
            os.chmod(path, 0o777)
        else:
            raise kube.PodConfigError(f"pod {self.name}: volume {name!r} of type {sorted(volume)} is not imitated")
        if fs_group is not None:
            for p in [path, *path.rglob("*")]:
                os.lchown(p, -1 if p != path or "emptyDir" not in volume else 0, fs_group)
        self.volume_dirs[name] = path
        return path

    def _files(self, path: Path, data: dict[str, str], source: dict[str, Any], mode: int) -> None:
        items = source.get("items") or [{"key": k, "path": k} for k in data]
        for item in items:
            f = path / item["path"]
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(data[item["key"]])
            os.chmod(f, item.get("mode", mode))
        os.chmod(path, 0o755)

    def _service_account_volume(self) -> Path:
        path = self.dir / "volumes" / "kube-api-access"
        path.mkdir(parents=True, exist_ok=True)
        (path / "token").write_text("conformance-token")
        (path / "namespace").write_text(self.cluster.manifests.namespace)
        shutil.copy(self.cluster.work / "kube-api" / "ca.crt", path / "ca.crt")
        for f in path.iterdir():
            os.chmod(f, 0o644)
        return path

    def mounts(self, container: dict[str, Any]) -> list[dict[str, Any]]:
        result = []
        for m in container.get("volumeMounts", []):
            source = self.volume(m["name"])
            if m.get("subPath"):
                source = source / m["subPath"]
                if not source.exists():
                    source.mkdir(parents=True)  # the kubelet creates a missing subPath as a folder
            result.append({"path": m["mountPath"], "source": str(source), "read_only": bool(m.get("readOnly"))})
        if self.cluster.manifests.automounts_token(self.spec):
            if not any(m["path"] == kube.SERVICE_ACCOUNT_DIR for m in result):
                result.append({"path": kube.SERVICE_ACCOUNT_DIR, "source": str(self.volume("kube-api-access")), "read_only": True})
        return result

    def start(self, container: dict[str, Any]) -> Container:
        env = kube.container_env(self.cluster.manifests, container, pod_name=self.name,
                                 image_env={**IMAGE_ENV, "PATH": f"{self.cluster.venv}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                                            "HOSTNAME": self.hostname})
        argv = kube.argv(container, env)
        sec = self.security(container)
        root = self.dir / f"root-{container['name']}"
        root.mkdir(exist_ok=True)
        python_prefix = os.path.realpath(_base_prefix(self.cluster.venv))
        spec = {
            "root": str(root), "hostname": self.hostname, "workdir": container.get("workingDir", "/opt/airflow"),
            "host_paths": [python_prefix, str(self.cluster.venv)],
            "image_dirs": [["/opt/airflow", kube.AIRFLOW_UID, 0, 0o775], ["/home/airflow", kube.AIRFLOW_UID, 0, 0o755],
                           ["/tmp", 0, 0, 0o1777]],
            "etc_files": {"/etc/hosts": str(self.cluster.work / "etc" / "hosts"),
                          "/etc/passwd": str(self.cluster.work / "etc" / "passwd")},
            "mounts": self.mounts(container),
            "uid": sec["uid"], "gid": sec["gid"], "groups": sec["groups"], "argv": argv, "env": env,
        }
        if not sec["read_only_root"]:
            raise AssertionError(f"{self.name}/{container['name']}: readOnlyRootFilesystem is not set")
        spec_path = self.dir / f"{container['name']}.json"
        spec_path.write_text(json.dumps(spec))
        os.chmod(spec_path, 0o600)
        log = self.dir / f"{container['name']}.log"
        proc = self.cluster.spawn(["unshare", "--mount", "--uts", "--", sys.executable, str(HERE / "podinit.py"), str(spec_path)], log)
        c = Container(self, container["name"], container, env, proc, log)
        self.containers.append(c)
        return c

    def stop(self) -> None:
        for c in reversed(self.containers):
            c.stop()


def _base_prefix(venv: Path) -> str:
    cfg = (venv / "pyvenv.cfg").read_text()
    home = next(line.split("=", 1)[1].strip() for line in cfg.splitlines() if line.startswith("home"))
    return str(Path(home).parent)


# ---- probes ----------------------------------------------------------------------------------------

# One exec probe at a time: on a real node each pod has its own CPU; here a dozen Airflow CLIs starting
# at once on two cores would each miss their timeout. The timeout counts from the probe's own start.
EXEC_PROBES = threading.Semaphore(1)


def run_probe(container: Container, probe: dict[str, Any]) -> tuple[bool, str]:
    timeout = probe.get("timeoutSeconds", 1)
    if "exec" in probe:
        with EXEC_PROBES:
            rc, out = container.exec(probe["exec"]["command"], timeout=timeout)
        return rc == 0, out[-2000:]
    if "httpGet" in probe:
        get = probe["httpGet"]
        port = get["port"]
        if isinstance(port, str):
            port = next(p["containerPort"] for p in container.spec.get("ports", []) if p.get("name") == port)
        status, body = container.pod.cluster.http_get(port, get.get("path", "/"), timeout)
        return 200 <= status < 400, f"HTTP {status}: {body[:500]}"
    if "tcpSocket" in probe:
        raise NotImplementedError("tcpSocket probes are not imitated")
    raise ValueError(f"unknown probe {probe}")


@dataclass
class ProbeRecord:
    kind: str
    results: list[tuple[float, bool, str]] = field(default_factory=list)
    killed_at: float | None = None  # when the kubelet would have restarted the container

    @property
    def first_success(self) -> float | None:
        return next((t for t, ok, _ in self.results if ok), None)

    def last_failure(self) -> str:
        return next((out for _, ok, out in reversed(self.results) if not ok), "")


class Kubelet:
    """Runs a container's startup, liveness and readiness probes on their timings, in threads."""

    def __init__(self, container: Container) -> None:
        self.container = container
        self.records: dict[str, ProbeRecord] = {}
        self.started_up = threading.Event()
        self.stop = threading.Event()
        self.threads: list[threading.Thread] = []
        spec = container.spec
        if "startupProbe" not in spec:
            self.started_up.set()
        for kind in ("startupProbe", "livenessProbe", "readinessProbe"):
            if kind in spec:
                self.records[kind] = ProbeRecord(kind)
                t = threading.Thread(target=self._loop, args=(kind, spec[kind]), daemon=True)
                self.threads.append(t)
                t.start()

    def _loop(self, kind: str, probe: dict[str, Any]) -> None:
        record = self.records[kind]
        if kind != "startupProbe":
            while not self.started_up.wait(1):
                if self.stop.is_set():
                    return
        begin = time.monotonic()
        if self.stop.wait(probe.get("initialDelaySeconds", 0)):
            return
        failures = 0
        while not self.stop.is_set() and self.container.alive():
            ok, out = run_probe(self.container, probe)
            record.results.append((time.monotonic() - self.container.started, ok, out))
            failures = 0 if ok else failures + 1
            if kind == "startupProbe" and ok:
                self.started_up.set()
                return
            if failures >= probe.get("failureThreshold", 3) and kind != "readinessProbe":
                record.killed_at = time.monotonic() - self.container.started
                return
            if self.stop.wait(max(0.0, probe.get("periodSeconds", 10) - (time.monotonic() - begin) % probe.get("periodSeconds", 10))):
                return

    def settled(self) -> bool:
        """Every probe has passed once, or the kubelet has given up on it."""
        return all(r.first_success is not None or r.killed_at is not None or not self.container.alive()
                   for r in self.records.values()) and self.started_up.is_set()

    def finish(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(60)
