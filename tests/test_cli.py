"""The command line as a user runs it: synth, --values, --stdout, errors, atomic output, dist/ current."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from airflow_cdk8s import synth as synth_module
from airflow_cdk8s.cli import run

from conftest import ROOT, minimal_values

EXAMPLE = ROOT / "examples" / "values" / "astro-ui-chart-2.x.yaml"


def write_values(path: Path, values: dict) -> Path:
    path.write_text(yaml.safe_dump(values))
    return path


def test_values_file_synthesizes_one_file_per_chart(tmp_path, capsys):
    out = tmp_path / "out"
    assert run(["--values", str(EXAMPLE), "--outdir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [".airflow-cdk8s-output", "remote-agent.k8s.yaml"]
    docs = list(yaml.safe_load_all((out / "remote-agent.k8s.yaml").read_text()))
    assert {d["kind"] for d in docs} >= {"Deployment", "HorizontalPodAutoscaler", "ServiceAccount"}
    summary = capsys.readouterr().out
    assert ("remote-agent.k8s.yaml: 24 objects (3 ConfigMap, 5 Deployment, 1 ExternalSecret, 1 HorizontalPodAutoscaler, "
            "3 NetworkPolicy, 1 Password, 1 PodMonitor") in summary


def test_chart_name_names_the_file(tmp_path):
    assert run(["--values", str(EXAMPLE), "--outdir", str(tmp_path / "o"), "--chart-name", "prod-agent"]) == 0
    assert (tmp_path / "o" / "prod-agent.k8s.yaml").exists()


def test_stdout_prints_yaml_and_writes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(["--values", str(EXAMPLE), "--stdout"]) == 0
    docs = [d for d in yaml.safe_load_all(capsys.readouterr().out) if d]
    assert any(d["kind"] == "Deployment" for d in docs)
    assert not (tmp_path / "dist").exists()


def test_invalid_values_exit_2_list_problems_and_leave_output_unchanged(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "previous.k8s.yaml").write_text("kept: true\n")
    bad = write_values(tmp_path / "bad.yaml", minimal_values(workers=[{"name": "w", "replica": 2}], secretBackend="x"))
    assert run(["--values", str(bad), "--outdir", str(out)]) == 2
    err = capsys.readouterr().err
    assert "workers[0].replica: unknown key; did you mean 'replicas'?" in err
    assert "secretBackend: 'x' is not supported" in err
    assert "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["previous.k8s.yaml"]
    assert f"nothing was written; {out} is unchanged" in err
    # helm template's habit: with --stdout no folder is involved, and the error does not name one
    assert run(["template", "--values", str(bad), "--stdout"]) == 2
    err = capsys.readouterr().err
    assert "workers[0].replica: unknown key" in err and "is unchanged" not in err


def test_plaintext_needs_the_flag(tmp_path, capsys):
    values = minimal_values(agentToken="abc-token")
    del values["agentTokenSecretName"]
    path = write_values(tmp_path / "v.yaml", values)
    assert run(["--values", str(path), "--outdir", str(tmp_path / "o")]) == 2
    assert "agentToken: is a secret in plain text" in capsys.readouterr().err
    assert run(["--values", str(path), "--outdir", str(tmp_path / "o"), "--allow-plaintext-secrets"]) == 0
    assert "kind: Secret" in (tmp_path / "o" / "remote-agent.k8s.yaml").read_text()


def test_missing_values_file_is_a_clean_error(tmp_path, capsys):
    assert run(["--values", str(tmp_path / "nope.yaml"), "--outdir", str(tmp_path / "o")]) == 2
    assert "cannot read the file" in capsys.readouterr().err


def test_failure_during_synth_leaves_output_exactly_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.k8s.yaml").write_text("old: 1\n")

    def explode(docs):
        raise RuntimeError("injected failure while writing")

    monkeypatch.setattr(synth_module.render, "dump_and_read_back", explode)
    with pytest.raises(RuntimeError, match="injected"):
        run(["--values", str(EXAMPLE), "--outdir", str(out)])
    assert [p.name for p in out.iterdir()] == ["a.k8s.yaml"]
    assert (out / "a.k8s.yaml").read_text() == "old: 1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind


def test_synth_replaces_its_own_files_only(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "users.k8s.yaml").write_text("old: 1\n")  # not written by the tool: kept (tests/test_output.py)
    assert run(["--values", str(EXAMPLE), "--outdir", str(out), "--chart-name", "old"]) == 0
    assert run(["--values", str(EXAMPLE), "--outdir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [".airflow-cdk8s-output", "remote-agent.k8s.yaml", "users.k8s.yaml"]


def _main(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_dist_is_exactly_what_main_synthesizes(tmp_path):
    """dist/ is committed for GitOps; it must always be the current output (run `make synth`)."""
    result = _main("--outdir", str(tmp_path / "fresh"))
    assert result.returncode == 0, result.stderr
    compare = filecmp.dircmp(tmp_path / "fresh", ROOT / "dist")
    assert not (compare.left_only or compare.right_only or compare.diff_files), (
        f"dist/ is stale: run `make synth` and commit (only fresh: {compare.left_only}, only dist: {compare.right_only}, "
        f"differ: {compare.diff_files})")
    assert "Node 20 is end-of-life" not in result.stderr


def test_output_is_identical_across_hash_seeds(tmp_path):
    for seed in ("1", "4242"):
        result = _main("--outdir", str(tmp_path / seed), env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "1" / "remote-agent.k8s.yaml").read_bytes() == (tmp_path / "4242" / "remote-agent.k8s.yaml").read_bytes()


def test_under_python_O_bad_values_are_still_refused_with_our_errors(tmp_path):
    # make synth and cdk8s.yaml run `python -O main.py` (jsii's bindings then skip their typeguard checks)
    out = tmp_path / "out"
    bad = write_values(tmp_path / "bad.yaml", minimal_values(workers=[{"name": "w", "replica": 2}]))
    result = subprocess.run([sys.executable, "-O", str(ROOT / "main.py"), "--values", str(bad), "--outdir", str(out)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "workers[0].replica: unknown key; did you mean 'replicas'?" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_no_check_of_ours_is_an_assert():
    # python -O drops assert statements: every check must raise on its own (docstring examples aside)
    import ast

    package = ROOT / "constructs" / "airflow_cdk8s"
    asserts = [f"{path.relative_to(package)}:{node.lineno}" for path in sorted(package.rglob("*.py"))
               if "imports" not in path.relative_to(package).parts
               for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.Assert)]
    assert asserts == []


def test_the_cycle_collector_runs_less_often_during_a_command_only(monkeypatch):
    import gc

    from airflow_cdk8s import cli

    seen = []
    monkeypatch.setattr(cli, "_command", lambda *args: seen.append(gc.get_threshold()) or 0)
    before = gc.get_threshold()
    assert run(["--check", str(ROOT / "dist")]) == 0
    assert seen == [cli._GC_THRESHOLDS] and gc.get_threshold() == before  # a library caller's process keeps its own


def test_cdk8s_outdir_environment_is_honoured(tmp_path):
    result = _main(env={"CDK8S_OUTDIR": str(tmp_path / "cdk8s-out")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cdk8s-out" / "remote-agent.k8s.yaml").exists()


def test_help_explains_every_command_and_option():
    result = _main("--help")
    assert result.stdout.startswith("usage: python main.py ")
    for command in ("synth (alias template)", "check DIR", "cloud-setup", "schema", "--check DIR and --cloud-setup"):
        assert command in result.stdout
    synth = _main("synth", "--help").stdout
    for option in ("--values", "-f FILE", "--set PATH=VALUE", "--set-string", "--outdir", "--allow-plaintext-secrets",
                   "--stdout", "--chart-name", "--chart"):
        assert option in synth


def test_installed_help_speaks_of_the_installed_command(capsys):
    with pytest.raises(SystemExit):
        run(["--help"])
    assert capsys.readouterr().out.startswith("usage: airflow-cdk8s ")


def test_check_mode_passes_on_dist_and_fails_with_one_line_per_problem(tmp_path, capsys):
    assert run(["--check", str(ROOT / "dist")]) == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.yaml").write_text(yaml.safe_dump({
        "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},
        "spec": {"containers": [{"name": "c", "image": "i", "securityContext": {"privileged": True}}], "bogus": 1},
    }))
    assert run(["--check", str(bad)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) >= 2 and all(line.startswith("x.yaml: pod/p") for line in lines)


def test_check_mode_on_a_missing_folder(tmp_path, capsys):
    assert run(["--check", str(tmp_path / "none")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_version(capsys):
    import pytest as _pytest

    from airflow_cdk8s import __version__

    with _pytest.raises(SystemExit) as exit_:
        run(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out.strip() == f"airflow-cdk8s {__version__}"


def test_cloud_setup_prints_steps_from_the_synthesized_service_accounts(capsys, tmp_path):
    assert run(["--values", str(EXAMPLE), "--cloud-setup", "--outdir", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    # examples/values/astro-ui-chart-2.x.yaml annotates the agent's ServiceAccounts for AWS IRSA
    assert "aws iam update-assume-role-policy --role-name astro-agent" in out
    assert "system:serviceaccount:astro-agent:astro-agent-worker-default-worker" in out
    assert not (tmp_path / "o").exists()  # it writes nothing


def test_cloud_setup_for_azure_and_none(capsys):
    from airflow_cdk8s.cloud_setup import setup_steps

    sa = {"kind": "ServiceAccount", "metadata": {"name": "airflow", "namespace": "airflow", "annotations": {
        "azure.workload.identity/client-id": "00000000-0000-0000-0000-000000000001",
        "azure.workload.identity/tenant-id": "00000000-0000-0000-0000-000000000002"}}}
    steps = setup_steps([sa])
    assert "az identity federated-credential create" in steps and "--subject system:serviceaccount:airflow:airflow" in steps
    assert "nothing to set up" in setup_steps([{"kind": "ServiceAccount", "metadata": {"name": "x"}}])


def test_installed_command_checks_without_the_reference_app(tmp_path):
    result = subprocess.run([sys.executable, "-m", "airflow_cdk8s", "--check", str(ROOT / "dist")], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "airflow_cdk8s", "--outdir", str(tmp_path / "o")], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 2 and "--values: is required" in result.stderr


# ---- commands, layering, conflicts ---------------------------------------------------------------


def test_synth_and_template_are_the_same_command(tmp_path):
    assert run(["synth", "-f", str(EXAMPLE), "--outdir", str(tmp_path / "a")]) == 0
    assert run(["template", "--values", str(EXAMPLE), "--outdir", str(tmp_path / "b")]) == 0
    assert (tmp_path / "a" / "remote-agent.k8s.yaml").read_bytes() == (tmp_path / "b" / "remote-agent.k8s.yaml").read_bytes()


def test_check_command_takes_the_folder_as_argument(tmp_path, capsys):
    assert run(["check", str(ROOT / "dist")]) == 0
    assert run(["check", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "nothing was written" not in err


def test_values_files_layer_and_set_wins(tmp_path):
    base = write_values(tmp_path / "base.yaml", minimal_values(workers=[{"name": "default-worker", "replicas": 1}]))
    prod = write_values(tmp_path / "prod.yaml", {"workers": [{"name": "big", "replicas": 4}], "labels": {"env": "prod"}})
    out = tmp_path / "o"
    assert run(["synth", "-f", str(base), "-f", str(prod), "--set", "workers[0].replicas=5", "--set-string",
                "labels.team=7", "--outdir", str(out)]) == 0
    docs = [d for d in yaml.safe_load_all((out / "remote-agent.k8s.yaml").read_text()) if d]
    workers = [d for d in docs if d["kind"] == "Deployment" and "worker" in d["metadata"]["name"]]
    assert [(d["metadata"]["name"], d["spec"]["replicas"]) for d in workers] == [("astro-agent-worker-big", 5)]
    assert workers[0]["metadata"]["labels"]["team"] == "7" and workers[0]["metadata"]["labels"]["env"] == "prod"


def test_errors_name_the_file_or_set_a_bad_value_came_from(tmp_path, capsys):
    base = write_values(tmp_path / "base.yaml", minimal_values(secretBackend="x"))
    assert run(["synth", "-f", str(base), "--set", "workers[0].replica=2", "--outdir", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert f"secretBackend: 'x' is not supported" in err and f"(from {base})" in err
    assert "workers[0].replica: unknown key; did you mean 'replicas'? (from --set workers[0].replica=2)" in err
    assert f"error: {base} + --set: " in err
    assert not (tmp_path / "o").exists()


def test_bad_set_syntax_is_a_clean_error(tmp_path, capsys):
    assert run(["synth", "-f", str(EXAMPLE), "--set", "workers[x]=1", "--outdir", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "--set workers[x]=1" in err and "a list index is written [N]" in err and "Traceback" not in err


@pytest.mark.parametrize("argv, message", [
    (["--check", "dist", "--values", "v.yaml"], "--check: cannot be combined with --values"),
    (["--check", "dist", "--stdout"], "--check: cannot be combined with --stdout"),
    (["--cloud-setup", "--stdout"], "--cloud-setup: cannot be combined with --stdout"),
    (["--chart-name", "x"], "--values: is required with --chart or --chart-name"),
])
def test_conflicting_options_are_errors(argv, message, capsys):
    assert run(argv, reference_app="scenarios:SCENARIOS") == 2
    assert message in capsys.readouterr().err


def test_options_of_another_command_are_refused(capsys):
    with pytest.raises(SystemExit) as exit_:
        run(["check", "dist", "--values", "x.yaml"])
    assert exit_.value.code == 2 and "unrecognized arguments: --values" in capsys.readouterr().err


def test_cloud_setup_command(capsys):
    assert run(["cloud-setup", "-f", str(EXAMPLE)]) == 0
    assert "aws iam update-assume-role-policy --role-name astro-agent" in capsys.readouterr().out


def test_schema_command_prints_the_committed_schema(capsys):
    assert run(["schema"]) == 0
    assert capsys.readouterr().out == (ROOT / "values.schema.json").read_text()


# ---- --chart airflow ------------------------------------------------------------------------------

OFFICIAL = ROOT / "examples" / "official-chart" / "airflow_values.yaml"


def test_chart_airflow_synthesizes_the_official_values_and_prints_notices(tmp_path, capsys):
    out = tmp_path / "o"
    assert run(["synth", "--chart", "airflow", "-f", str(OFFICIAL), "--namespace", "airflow", "--outdir", str(out)]) == 0
    captured = capsys.readouterr()
    assert sorted(p.name for p in out.iterdir()) == [".airflow-cdk8s-output", "airflow.k8s.yaml"]
    assert "notice: pgbouncer.enabled: PgBouncer is not created" in captured.err
    assert run(["check", str(out)]) == 0


def test_chart_airflow_layers_and_names_the_layer_of_a_problem(tmp_path, capsys):
    prod = write_values(tmp_path / "prod.yaml", {"scheduler": {"replica": 2}})
    argv = ["synth", "--chart", "airflow", "-f", str(OFFICIAL), "-f", str(prod), "--set", "executor=LocalExecutor",
            "--namespace", "airflow", "--outdir", str(tmp_path / "o")]
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert f"scheduler.replica: unknown key (the official chart has no such key); did you mean 'replicas'? (from {prod})" in err
    assert "executor: 'LocalExecutor' is not supported; airflow-cdk8s runs KubernetesExecutor or CeleryExecutor " \
           "(from --set executor=LocalExecutor)" in err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("argv, message", [
    (["synth", "--chart", "airflow", "-f", str(OFFICIAL)], "--namespace: is required with --chart airflow"),
    (["synth", "--chart", "airflow", "--namespace", "a", "--allow-plaintext-secrets"], "--allow-plaintext-secrets: not with --chart airflow"),
    (["synth", "-f", str(EXAMPLE), "--namespace", "a"], "--namespace: only with --chart airflow"),
])
def test_chart_airflow_option_conflicts(argv, message, capsys):
    assert run(argv) == 2
    assert message in capsys.readouterr().err


def test_official_chart_values_without_chart_airflow_say_which_option_reads_them(tmp_path, capsys):
    values = write_values(tmp_path / "values.yaml", {"executor": "KubernetesExecutor", "dags": {"gitSync": {"enabled": True}},
                                                     "postgresql": {"enabled": False}})
    assert run(["synth", "-f", str(values), "--outdir", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert ("  dags, executor, postgresql: keys of the official Apache Airflow chart; for its values add --chart airflow "
            "--namespace NS (without it, values are the Remote Execution Agent's)\n") in err
    assert not (tmp_path / "o").exists()


def test_release_names_the_objects(capsys):
    assert run(["synth", "--chart", "airflow", "--set", "executor=KubernetesExecutor", "-n", "data",  # Helm's -n
                "--release", "etl", "--create-namespace", "--stdout"]) == 0
    docs = [d for d in yaml.safe_load_all(capsys.readouterr().out) if d]
    assert {"Namespace", "Deployment"} <= {d["kind"] for d in docs}
    assert {d["metadata"]["name"] for d in docs if d["kind"] == "Deployment"} == {
        "etl-scheduler", "etl-api-server", "etl-dag-processor", "etl-triggerer", "etl-statsd-exporter"}
    assert all(d["metadata"].get("namespace") == "data" for d in docs if d["kind"] != "Namespace")
