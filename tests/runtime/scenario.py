"""One scenario's run: its manifests brought up as local pods against PostgreSQL and Redis, and what was seen.

Order as a GitOps sync would have it: the migration Job runs to completion, then every workload's
pod starts (init containers first, in order), then the kubelets probe each long-running container on
the manifests' timings for the observation window. Test values stand in for every Secret.
"""

from __future__ import annotations

import base64
import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import kube
from .sandbox import Cluster, Container, Kubelet, Pod, psql, start_kube_api, start_postgres, start_redis, wait_for
from .otlp import otlp_target, start_otlp_sink
from .statsd import start_statsd_sink, statsd_target

# Characters that break a connection URL unless encoded, and a shell unless quoted.
PASSWORD = "p@ss:w/rd#1%?&=+ x"
EXTERNAL_DB_HOST = "postgres.conformance.test"
OBSERVE_SECONDS = 75  # every long-running container must stay up (and pass its probes) this long
CONFORMANCE_DAG = '''\
"""A DAG the conformance suite puts where git-sync would have synced it."""
from datetime import datetime

try:
    from airflow.sdk import DAG
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.operators.bash import BashOperator

with DAG("conformance", start_date=datetime(2024, 1, 1), schedule=None, catchup=False, tags=["conformance"]):
    BashOperator(task_id="hello", bash_command="echo conformance-task-ran")
'''
VARIABLES = {"conformance_variable": "imported"}


def fernet_key() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).decode()


def airflow_containers(spec: dict[str, Any], key: str = "containers") -> list[dict[str, Any]]:
    return [c for c in spec.get(key, []) if kube.is_airflow_image(c["image"])]


@dataclass
class Started:
    workload: str
    pod: Pod
    init_results: list[tuple[str, int]] = field(default_factory=list)
    containers: list[Container] = field(default_factory=list)
    kubelets: dict[str, Kubelet] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # non-Airflow containers (git-sync ...)
    error: str = ""


class ScenarioRun:
    def __init__(self, manifest_path: Path, work: Path, venv: Path) -> None:
        self.docs = kube.load(str(manifest_path))
        self.manifests = kube.Manifests(self.docs)
        self.work = work
        self.venv = venv
        self.manifests.secrets = self.test_secrets()
        self.cluster: Cluster | None = None
        self.task_pods_dir: Path | None = None
        self.task_pod: Pod | None = None
        self.migration: list[tuple[Container, int]] = []
        self.jobs: dict[str, list[tuple[Container, int]]] = {}  # the other Jobs' containers and exit codes
        self.pods: dict[str, Started] = {}
        self.observations: dict[str, Any] = {}
        self.statsd_log: Path | None = None  # what the StatsD stand-in received (statsd.py)
        self.otlp_log: Path | None = None  # what the OpenTelemetry collector stand-in received (otlp.py)

    # ---- test values for every Secret the manifests reference ----------------------------------
    def secret_refs(self) -> set[tuple[str, str, str]]:
        """(secret, key, variable) of every secretKeyRef of every container."""
        refs = set()
        for doc in self.manifests.of_kind("Deployment", "StatefulSet", "Job"):
            spec = kube.pod_spec(doc)
            for c in spec.get("initContainers", []) + spec["containers"]:
                for var in c.get("env", []):
                    r = var.get("valueFrom", {}).get("secretKeyRef")
                    if r:
                        refs.add((r["name"], r["key"], var["name"]))
        return refs

    def test_secrets(self) -> dict[str, dict[str, str]]:
        secrets: dict[str, dict[str, str]] = {}
        db_url = f"postgresql+psycopg2://airflow:{_quote(PASSWORD)}@{EXTERNAL_DB_HOST}:5432/airflow"
        for name, key, variable in sorted(self.secret_refs()):
            if variable.endswith("FERNET_KEY"):
                value = fernet_key()
            elif variable.endswith("SQL_ALCHEMY_CONN"):
                value = db_url
            elif "PASSWORD" in variable or variable == "REDISCLI_AUTH":
                value = PASSWORD
            else:
                value = f"test-{key}-{base64.b32encode(os.urandom(10)).decode().lower()}"
            secrets.setdefault(name, {})[key] = value
        for doc in self.manifests.of_kind("Deployment", "StatefulSet"):
            for volume in kube.pod_spec(doc).get("volumes", []):
                if "secret" in volume:
                    name = volume["secret"]["secretName"]
                    data = secrets.setdefault(name, {})
                    for item in volume["secret"].get("items", []):
                        data.setdefault(item["key"], "unused-by-airflow")
                    if volume["name"] == "airflow-variables":
                        data["variables.json"] = json.dumps(VARIABLES)
        return secrets

    @property
    def executor(self) -> str:
        for doc in self.manifests.of_kind("Deployment", "StatefulSet"):
            for c in airflow_containers(kube.pod_spec(doc)):
                for var in c.get("env", []):
                    if var["name"] == "AIRFLOW__CORE__EXECUTOR":
                        return var["value"]
        return ""

    @property
    def airflow_major(self) -> int:
        job = self.manifests.of_kind("Job")[0]
        tag = kube.pod_spec(job)["containers"][0]["image"].rsplit(":", 1)[1]
        return int(tag.split(".")[0])

    # ---- bring-up ------------------------------------------------------------------------------
    def start(self) -> None:
        otlp = otlp_target(self.manifests)  # the user's collector, outside the manifests: its name resolves here too
        self.cluster = cluster = Cluster(self.work, self.manifests, self.venv,
                                         extra_hosts=(EXTERNAL_DB_HOST, *([otlp[0]] if otlp else [])))
        start_postgres(cluster, password=PASSWORD)
        if self.executor == "KubernetesExecutor":
            self.task_pods_dir = start_kube_api(cluster)
        if self.manifests.of_kind("Deployment") and any(d["metadata"]["name"].endswith("-redis") for d in self.manifests.of_kind("Deployment")):
            start_redis(cluster, password=PASSWORD)
        if target := statsd_target(self.manifests):  # the exporter's image cannot run here: a sink stands in
            self.statsd_log = start_statsd_sink(cluster, target[1])
        if otlp:
            self.otlp_log = start_otlp_sink(cluster, otlp[1])

    def run_migrations(self, timeout: float = 420) -> None:
        for job in self.manifests.of_kind("Job"):
            if "-migrate-" in job["metadata"]["name"]:
                self.migration += self.run_job(job, timeout)

    def run_other_jobs(self, timeout: float = 420) -> None:
        """Jobs besides the migrations (the first admin ...), init containers first, once the schema is there."""
        for job in self.manifests.of_kind("Job"):
            if "-migrate-" not in job["metadata"]["name"]:
                self.jobs[job["metadata"]["name"]] = self.run_job(job, timeout)

    def run_job(self, job: dict[str, Any], timeout: float) -> list[tuple[Container, int]]:
        spec = kube.pod_spec(job)
        pod = Pod(self.cluster, job["metadata"]["name"] + "-conformance", spec)
        results = []
        for c in spec.get("initContainers", []) + spec["containers"]:
            container = pod.start(c)
            results.append((container, container.wait(timeout)))
            if results[-1][1] != 0:
                break
        return results

    def workloads(self) -> list[dict[str, Any]]:
        """Deployments and StatefulSets that run Airflow (PostgreSQL and Redis are Debian's here)."""
        return [d for d in self.manifests.of_kind("Deployment", "StatefulSet")
                if airflow_containers(kube.pod_spec(d))]

    def pod_name(self, workload: dict[str, Any]) -> str:
        name = workload["metadata"]["name"]
        return f"{name}-0" if workload["kind"] == "StatefulSet" else f"{name}-7d4b9c-x2k8p"

    def start_workloads(self, init_timeout: float = 300) -> None:
        shared: dict[str, Path] = {}
        threads = []
        for workload in self.workloads():
            spec = kube.pod_spec(workload)
            pod = Pod(self.cluster, self.pod_name(workload), spec, volume_dirs=self.claims(workload))
            started = self.pods[workload["metadata"]["name"]] = Started(workload["metadata"]["name"], pod)
            self.seed_dags(pod, spec)
            threads.append(threading.Thread(target=self._start_pod, args=(started, spec, init_timeout), daemon=True))
        for t in threads:
            t.start()
        for t in threads:
            t.join(init_timeout + 60)

    def claims(self, workload: dict[str, Any]) -> dict[str, Path]:
        """A StatefulSet pod's claims from its volumeClaimTemplates (<template>-<pod>), fresh and empty."""
        dirs = {}
        for template in workload["spec"].get("volumeClaimTemplates", []):
            name = template["metadata"]["name"]
            path = self.work / "claims" / f"{name}-{self.pod_name(workload)}"
            path.mkdir(parents=True, exist_ok=True)
            os.chmod(path, 0o777)
            dirs[name] = path
        return dirs

    def _start_pod(self, started: Started, spec: dict[str, Any], init_timeout: float) -> None:
        pod = started.pod
        try:
            for c in spec.get("initContainers", []):
                if not kube.is_airflow_image(c["image"]):
                    started.skipped.append(c["name"])
                    continue
                container = pod.start(c)
                rc = container.wait(init_timeout)
                started.init_results.append((c["name"], rc))
                if rc != 0:
                    started.error = f"init container {c['name']} exited {rc}\n{container.output()}"
                    return
            for c in spec["containers"]:
                if not kube.is_airflow_image(c["image"]):
                    started.skipped.append(c["name"])
                    continue
                container = pod.start(c)
                started.containers.append(container)
                started.kubelets[c["name"]] = Kubelet(container)
        except Exception as error:  # noqa: BLE001 - reported by the test that reads it
            started.error = f"{type(error).__name__}: {error}"

    def seed_dags(self, pod: Pod, spec: dict[str, Any]) -> None:
        """Put the DAG where git-sync would have linked it: <volume>/<link> -> .worktrees/<hash>."""
        for c in airflow_containers(spec):
            env = {v["name"]: v.get("value") for v in c.get("env", [])}
            folder = env.get("AIRFLOW__CORE__DAGS_FOLDER") or "/opt/airflow/dags"
            for m in c.get("volumeMounts", []):
                if folder.startswith(m["mountPath"].rstrip("/") + "/") and m["name"] == "dags":
                    root = pod.volume("dags")
                    rel = Path(folder).relative_to(m["mountPath"])
                    link = rel.parts[0]
                    worktree = root / ".worktrees" / "0123abcd"
                    target = worktree.joinpath(*rel.parts[1:])
                    target.mkdir(parents=True, exist_ok=True)
                    (target / "conformance_dag.py").write_text(CONFORMANCE_DAG)
                    if not (root / link).exists():
                        os.symlink(".worktrees/0123abcd", root / link)
                    for p in [root, *root.rglob("*")]:
                        os.lchown(p, kube.AIRFLOW_UID, 0)
                    return

    def container(self, workload_suffix: str, name: str | None = None) -> Container:
        started = next(s for s in self.pods.values() if s.workload.endswith(workload_suffix))
        return next(c for c in started.containers if name is None or c.name == name)

    def trigger(self, dag_id: str = "conformance") -> None:
        wait_for(f"DAG {dag_id} in the metadata database",
                 lambda: self.sql(f"SELECT count(*) FROM dag WHERE dag_id = '{dag_id}'") == "1", 180, 5, self.outputs)
        scheduler = self.container("-scheduler", name=None)
        for command in (["airflow", "dags", "unpause", dag_id], ["airflow", "dags", "trigger", dag_id]):
            rc, out = scheduler.exec(command, timeout=180)
            assert rc == 0, out

    def task_state(self, dag_id: str = "conformance") -> str:
        return self.sql(f"SELECT coalesce(max(state), '') FROM task_instance WHERE dag_id = '{dag_id}'")

    def run_task_pod(self, timeout: float = 300) -> tuple[Pod, Container, int]:
        """The pod the KubernetesExecutor created through the API stand-in, run to completion."""
        wait_for("the scheduler to create a task pod", lambda: any(self.task_pods_dir.glob("*.json")), 240, 3,
                 lambda: self.container("-scheduler").output())
        manifest = json.loads(sorted(self.task_pods_dir.glob("*.json"))[0].read_text())
        spec = manifest["spec"]
        pod = Pod(self.cluster, manifest["metadata"]["name"], spec)
        self.seed_dags(pod, spec)
        self.task_pod = pod
        for c in spec.get("initContainers", []):
            if kube.is_airflow_image(c["image"]):
                container = pod.start(c)
                assert container.wait(timeout) == 0, container.output()
        base = next(c for c in spec["containers"] if c["name"] == "base")
        container = pod.start(base)
        return pod, container, container.wait(timeout)

    def observe(self, seconds: float = OBSERVE_SECONDS) -> None:
        """Keep everything running for the window, then until every probe has passed once or run out
        of its budget (the longest budget of the manifests bounds the wait)."""
        time.sleep(seconds)
        kubelets = [k for s in self.pods.values() for k in s.kubelets.values()]
        budgets = [kube.probe_budget(k.container.spec[kind]) for k in kubelets for kind in k.records]
        deadline = time.monotonic() + max(budgets, default=0) + 60
        while time.monotonic() < deadline and not all(k.settled() for k in kubelets):
            time.sleep(2)

    def all_containers(self) -> list[Container]:
        return [c for s in self.pods.values() for c in s.containers]

    def outputs(self) -> str:
        return "\n".join(c.output() for c in self.all_containers())

    def sql(self, query: str) -> str:
        return psql(self.cluster, query, password=PASSWORD)

    def stop(self) -> None:
        if self.task_pod:
            self.task_pod.stop()
        for s in self.pods.values():
            for k in s.kubelets.values():
                k.stop.set()
            s.pod.stop()
        if self.cluster:
            self.cluster.stop()


def _quote(value: str) -> str:
    from urllib.parse import quote
    return quote(value, safe="")


__all__ = ["ScenarioRun", "PASSWORD", "wait_for"]
