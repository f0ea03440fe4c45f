"""Runtime conformance: every self-hosted scenario in dist/ booted from its YAML with real Airflow.

See docs/runtime-conformance.md for what this proves and what it cannot.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterator

import pytest

from . import kube
from .conftest import ROOT, require_runtime
from .sandbox import wait_for
from .scenario import PASSWORD, VARIABLES, ScenarioRun
from .statsd import label_set_conflicts, mapping_of, prometheus_name, received, statsd_target

pytestmark = pytest.mark.runtime

SCENARIOS = {  # dist file -> the Airflow version of its images
    "airflow-celery-ingress": "3.0.6",
    "airflow-kubernetes-executor": "3.0.6",
    "airflow-aks": "2.9.3",
    "airflow-official-values": "2.9.3",
}
# CONFORMANCE_SCENARIOS=a,b runs only those (while working on one); the default is all of them.
SELECTED = [s for s in os.environ.get("CONFORMANCE_SCENARIOS", ",".join(SCENARIOS)).split(",") if s]
assert set(SELECTED) <= set(SCENARIOS), f"CONFORMANCE_SCENARIOS names no scenario: {set(SELECTED) - set(SCENARIOS)}"


@pytest.fixture(scope="module", params=SELECTED)
def run(request: pytest.FixtureRequest) -> Iterator[ScenarioRun]:
    name = request.param
    venv = require_runtime(SCENARIOS[name])
    # Not pytest's tmp_path: its folders are private to root, and PostgreSQL runs as nobody.
    work = Path(tempfile.mkdtemp(prefix=f"conformance-{name}-"))
    scenario = ScenarioRun(ROOT / "dist" / f"{name}.k8s.yaml", work, venv)
    try:
        scenario.start()
        scenario.run_migrations()
        scenario.run_other_jobs()
        scenario.start_workloads()
        scenario.observe()
        yield scenario
    finally:
        scenario.stop()
        if os.environ.get("CONFORMANCE_KEEP"):
            print(f"conformance: {name} left in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def images(run: ScenarioRun) -> set[str]:
    found = set()
    for doc in run.manifests.of_kind("Deployment", "StatefulSet", "Job"):
        spec = kube.pod_spec(doc)
        found |= {c["image"] for c in spec.get("initContainers", []) + spec["containers"] if kube.is_airflow_image(c["image"])}
    return found


def test_the_virtualenv_is_the_images_airflow(run: ScenarioRun) -> None:
    version = run.venv.name.removeprefix(".venv-airflow-")
    assert {image.rsplit(":", 1)[1] for image in images(run)} == {version}


def test_the_migration_job_completes(run: ScenarioRun) -> None:
    assert run.migration, "the scenario has no migration Job"
    for container, rc in run.migration:
        assert rc == 0, container.output()


def test_every_other_job_completes(run: ScenarioRun) -> None:
    for name, results in run.jobs.items():
        for container, rc in results:
            assert rc == 0, f"{name}: {container.output()}"


FAB_SIGN_IN = """
import json, sys
from werkzeug.security import check_password_hash
from airflow.providers.fab.auth_manager.cli_commands.utils import get_application_builder
from airflow.utils.providers_configuration_loader import providers_configuration_loaded

@providers_configuration_loaded  # as the CLI's commands are: the FAB provider's settings
def verdict(username, password):
    with get_application_builder() as appbuilder:
        user = appbuilder.sm.find_user(username=username)
        def signs_in(attempt):
            return bool(user and user.is_active and check_password_hash(user.password, attempt))
        return {"roles": sorted(r.name for r in user.roles) if user else None,
                "right": signs_in(password), "wrong": signs_in("not-the-password")}

print(json.dumps(verdict(*sys.argv[1:3])))
"""


def test_the_first_admin_signs_in_with_the_secrets_password(run: ScenarioRun) -> None:
    jobs = [name for name in run.jobs if "-create-admin-" in name]
    if not jobs:
        pytest.skip("the scenario creates no first admin")
    container = run.jobs[jobs[0]][-1][0]
    env = {v["name"]: v for v in container.spec["env"]}
    ref = env["ADMIN_PASSWORD"]["valueFrom"]["secretKeyRef"]
    password = run.manifests.secrets[ref["name"]][ref["key"]]
    assert password == PASSWORD  # the test value with '@ : / # % ? & = +' and a space
    rc, out = run.container("-scheduler").exec(["python", "-c", FAB_SIGN_IN, env["ADMIN_USERNAME"]["value"], password],
                                               timeout=180)
    assert rc == 0, out
    verdict = json.loads(next(line for line in reversed(out.splitlines()) if line.startswith("{")))
    assert verdict == {"roles": ["Admin"], "right": True, "wrong": False}, out
    if run.airflow_major >= 3:  # the API server's own sign-in: a token for the admin
        api, get = api_server(run)
        port = next(p["containerPort"] for p in api.spec["ports"] if p["name"] == get["port"])
        status, body = run.cluster.http_post(port, "/auth/token", {"username": env["ADMIN_USERNAME"]["value"],
                                                                   "password": password}, timeout=30)
        assert status == 201 and json.loads(body)["access_token"], f"{status} {body}"


def test_check_migrations_passes_in_every_init_container(run: ScenarioRun) -> None:
    for started in run.pods.values():
        assert not started.error, f"{started.workload}: {started.error}"
        assert ("wait-for-migrations", 0) in started.init_results, started.init_results


def test_every_long_running_container_stays_up(run: ScenarioRun) -> None:
    assert run.all_containers()
    down = [c for c in run.all_containers() if not c.alive()]
    assert not down, "\n".join(c.output() for c in down)


def test_probes_pass_within_their_budget(run: ScenarioRun) -> None:
    problems = []
    for started in run.pods.values():
        for name, kubelet in started.kubelets.items():
            for kind, record in kubelet.records.items():
                probe = kubelet.container.spec[kind]
                where = f"{started.workload}/{name} {kind}"
                if record.killed_at is not None:
                    problems.append(f"{where}: the kubelet would restart it at {record.killed_at:.0f}s: {record.last_failure()}")
                elif record.first_success is None:
                    problems.append(f"{where}: never passed in {len(record.results)} tries: {record.last_failure()}")
                elif record.first_success > (budget := kube.probe_budget(probe) + started_up_at(kubelet, kind)):
                    problems.append(f"{where}: first passed at {record.first_success:.0f}s, budget {budget:.0f}s")
    assert not problems, "\n".join(problems) + "\n" + run.outputs()


def started_up_at(kubelet: Any, kind: str) -> float:
    """Liveness and readiness probes start once the startupProbe passed."""
    startup = kubelet.records.get("startupProbe")
    return 0.0 if kind == "startupProbe" or startup is None else (startup.first_success or 0.0)


def api_server(run: ScenarioRun) -> tuple[Any, dict[str, Any]]:
    started = next(s for s in run.pods.values() if s.workload.endswith("-api-server"))
    container = started.containers[0]
    return container, container.spec["readinessProbe"]["httpGet"]


def test_health_reports_every_component_healthy_on_the_probed_port(run: ScenarioRun) -> None:
    container, get = api_server(run)
    port = next(p["containerPort"] for p in container.spec["ports"] if p["name"] == get["port"])
    status, body = run.cluster.http_get(port, get["path"], timeout=10)
    assert status == 200, f"{status} {body}\n{container.output()}"
    health = json.loads(body)
    expected = {"metadatabase", "scheduler", "triggerer", "dag_processor"}
    assert expected <= set(health), health
    assert all(health[c]["status"] == "healthy" for c in expected), health


def test_a_dag_in_the_synced_folder_is_parsed(run: ScenarioRun) -> None:
    wait_for("the conformance DAG in the metadata database",
             lambda: run.sql("SELECT count(*) FROM dag WHERE dag_id = 'conformance'") == "1", 180, 5, run.outputs)


def test_a_celery_task_runs_to_success(run: ScenarioRun) -> None:
    if run.executor != "CeleryExecutor":
        pytest.skip("not a CeleryExecutor scenario")
    run.trigger()
    wait_for("the task to finish", lambda: run.task_state() in ("success", "failed", "upstream_failed"), 300, 5, run.outputs)
    assert run.task_state() == "success", run.outputs()


def test_a_kubernetes_executor_task_pod_runs_to_success(run: ScenarioRun) -> None:
    """The scheduler renders the pod template (the provider's PodGenerator) and creates the pod through
    the API stand-in; that pod then runs here like any other, and the task succeeds."""
    if run.executor != "KubernetesExecutor":
        pytest.skip("not a KubernetesExecutor scenario")
    run.trigger()
    pod, base, rc = run.run_task_pod()
    assert rc == 0, base.output() + "\n" + run.container("-scheduler").output()
    wait_for("the task's state", lambda: run.task_state() in ("success", "failed"), 120, 5, run.outputs)
    assert run.task_state() == "success", base.output()
    logs = pod.volume(next(m["name"] for m in base.spec["volumeMounts"] if m["mountPath"] == "/opt/airflow/logs"))
    assert any("conformance-task-ran" in f.read_text(errors="replace") for f in logs.rglob("*.log")), base.output()


SIGNING_AND_DATABASE = ("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "AIRFLOW__API_AUTH__JWT_SECRET", "AIRFLOW__API__SECRET_KEY",
                        "AIRFLOW__CORE__FERNET_KEY", "AIRFLOW__WEBSERVER__SECRET_KEY", "PGPASSWORD")


def test_airflow_3_task_pods_as_the_scheduler_made_them_hold_no_database_or_signing_keys(run: ScenarioRun) -> None:
    """The pod the scheduler created (pod template merged by the provider's PodGenerator), not our template:
    task code in Airflow 3 talks to the Execution API only, and the task above succeeded that way."""
    if run.executor != "KubernetesExecutor":
        pytest.skip("not a KubernetesExecutor scenario")
    if run.airflow_major < 3:
        pytest.skip("task pods of Airflow 2 talk to the database")
    pods = sorted(run.task_pods_dir.glob("*.json"))
    assert pods, "the scheduler created no task pod (see the task pod test)"
    spec = json.loads(pods[0].read_text())["spec"]
    env = {v["name"] for c in spec.get("initContainers", []) + spec["containers"] for v in c.get("env", [])}
    leaked = {n for n in env if n in SIGNING_AND_DATABASE or n.removesuffix("_CMD") in SIGNING_AND_DATABASE
              or n.removesuffix("_SECRET") in SIGNING_AND_DATABASE}
    assert not leaked, leaked
    scheduler = next(d for d in run.manifests.of_kind("Deployment") if d["metadata"]["name"].endswith("-scheduler"))
    assert spec.get("serviceAccountName") not in (None, "default", kube.pod_spec(scheduler).get("serviceAccountName"))


def test_the_variables_importer_imports(run: ScenarioRun) -> None:
    importers = [c for c in run.all_containers() if c.name == "variables-importer"]
    if not importers:
        pytest.skip("the scenario syncs no Variables")
    wait_for("the imported Variable", lambda: run.sql("SELECT val FROM variable WHERE key = 'conformance_variable'") != "",
             120, 5, importers[0].output)
    rc, out = importers[0].exec(["airflow", "variables", "get", "conformance_variable"], timeout=120)
    assert rc == 0 and out.strip().splitlines()[-1] == VARIABLES["conformance_variable"], out


FAB_ALLOW_LIST = """
import inspect, json, re, flask
from flask_appbuilder import AppBuilder, SQLA
from flask_appbuilder.security.views import AuthOAuthView
app = flask.Flask("conformance")
app.config.from_pyfile("/opt/airflow/webserver_config.py")
app.config.update(SQLALCHEMY_DATABASE_URI="sqlite://", SECRET_KEY="conformance")
with app.app_context():
    appbuilder = AppBuilder(app, SQLA(app).session)
    allow = appbuilder.sm.oauth_whitelists.get("google")
# Flask-AppBuilder admits an e-mail address when an entry matches it with re.search:
assert 're.search(email, userinfo["email"])' in inspect.getsource(AuthOAuthView.oauth_authorized)
print(json.dumps({e: allow is None or any(re.search(p, e) for p in allow) for e in ["a@example.com", "a@example.com.evil.net"]}))
"""


def test_webserver_config_loads_in_flask_appbuilder_and_its_allow_list_is_anchored(run: ScenarioRun) -> None:
    container = run.container("-api-server")
    config = container.pod.volume("config") / "webserver_config.py"
    if "whitelist" not in config.read_text():
        pytest.skip("no sign-in allow-list in this scenario")
    rc, out = container.exec(["python", "-c", FAB_ALLOW_LIST], timeout=120)
    assert rc == 0, out
    verdict = next(line for line in reversed(out.splitlines()) if line.startswith('{"a@example.com"'))
    assert json.loads(verdict) == {"a@example.com": True, "a@example.com.evil.net": False}


# ---- metrics: what real Airflow sends to the StatsD port the manifests configure --------------

def statsd_prefix(run: ScenarioRun) -> str:
    env = kube_env(run, "-scheduler")
    return env.get("AIRFLOW__METRICS__STATSD_PREFIX", "airflow")


def kube_env(run: ScenarioRun, suffix: str) -> dict[str, str]:
    doc = next(d for d in run.manifests.of_kind("Deployment") if d["metadata"]["name"].endswith(suffix))
    return {v["name"]: v.get("value", "") for v in kube.pod_spec(doc)["containers"][0].get("env", [])}


def test_airflow_processes_send_statsd_metrics_to_the_configured_port(run: ScenarioRun) -> None:
    target = statsd_target(run.manifests)
    if target is None:
        pytest.skip("the scenario sends no StatsD metrics")
    host, _ = target
    assert host in run.manifests.dns_names(), f"{host} is no Service of the manifests"
    prefix = statsd_prefix(run)
    # Each process type's own metric, attributed to the process that sent it (statsd_sink.py).
    expected = {("scheduler", f"{prefix}.scheduler_heartbeat"), ("dag-processor", f"{prefix}.dag_processing.total_parse_time"),
                ("triggerer", f"{prefix}.triggerer_heartbeat")}

    def senders() -> set[tuple[str, str]]:
        return {(r["sender"], r["metric"]) for r in received(run.statsd_log)}

    wait_for("scheduler, DAG processor and triggerer metrics on the StatsD port", lambda: expected <= senders(), 120, 5,
             lambda: f"received: {sorted(senders())[:80]}\n{run.outputs()}")
    if any(s.workload.endswith("-worker") for s in run.pods.values()):
        from_worker = {m for s, m in senders() if s == "celery worker"}
        assert from_worker, f"nothing from the Celery worker: {sorted(senders())[:80]}"


def test_airflow_processes_export_otlp_metrics_to_the_configured_collector(run: ScenarioRun) -> None:
    if run.otlp_log is None:
        pytest.skip("the scenario exports no OpenTelemetry metrics")
    prefix = kube_env(run, "-scheduler").get("AIRFLOW__METRICS__OTEL_PREFIX", "airflow")
    pod_of_host = {s.pod.name: s.workload for s in run.pods.values()}  # host.name is the pod's hostname

    def senders() -> set[tuple[str, str]]:
        return {(pod_of_host.get(r["host"], r["host"]), r["metric"]) for r in received(run.otlp_log)}

    expected = {(w, m) for w, m in (("-scheduler", f"{prefix}.scheduler_heartbeat"),
                                    ("-dag-processor", f"{prefix}.dag_processing.total_parse_time"),
                                    ("-triggerer", f"{prefix}.triggerer_heartbeat"))}

    def missing() -> set[tuple[str, str]]:
        got = senders()
        return {(w, m) for w, m in expected if not any(s.endswith(w) and metric == m for s, metric in got)}

    # Airflow exports every otel_interval_milliseconds (60 s by default): two rounds at most.
    wait_for("scheduler, DAG processor and triggerer metrics at the OTLP collector", lambda: not missing(), 150, 5,
             lambda: f"missing: {sorted(missing())}\nreceived: {sorted(senders())[:80]}")


def test_every_metric_airflow_sent_gets_one_label_set_from_the_exporter_mapping(run: ScenarioRun) -> None:
    if run.statsd_log is None:
        pytest.skip("the scenario sends no StatsD metrics")
    mapping = mapping_of(run.manifests)
    metrics = {r["metric"] for r in received(run.statsd_log)}
    assert metrics and all(m.startswith(statsd_prefix(run) + ".") for m in metrics), sorted(metrics)
    assert not label_set_conflicts(mapping, metrics)
    named = {m: prometheus_name(mapping, m) for m in metrics}
    assert named[f"{statsd_prefix(run)}.scheduler_heartbeat"] == (f"{statsd_prefix(run)}_scheduler_heartbeat", frozenset())
    per_pool = [n for m, n in named.items() if n and m.startswith(f"{statsd_prefix(run)}.pool.open_slots.")]
    assert per_pool and all(n[1] == {"pool"} for n in per_pool), per_pool
