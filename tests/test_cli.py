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

EXAMPLE = ROOT / "examples" / "values" / "astro-ui.yaml"


def write_values(path: Path, values: dict) -> Path:
    path.write_text(yaml.safe_dump(values))
    return path


def test_values_file_synthesizes_one_file_per_chart(tmp_path, capsys):
    out = tmp_path / "out"
    assert run(["--values", str(EXAMPLE), "--outdir", str(out)]) == 0
    assert [p.name for p in out.iterdir()] == ["remote-agent.k8s.yaml"]
    docs = list(yaml.safe_load_all((out / "remote-agent.k8s.yaml").read_text()))
    assert {d["kind"] for d in docs} >= {"Deployment", "HorizontalPodAutoscaler", "ServiceAccount"}
    summary = capsys.readouterr().out
    assert "remote-agent.k8s.yaml: 12 objects (4 Deployment, 1 HorizontalPodAutoscaler, 1 NetworkPolicy" in summary


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

    def explode(self):
        raise RuntimeError("injected failure while writing")

    monkeypatch.setattr(synth_module.cdk8s.App, "synth", explode)
    with pytest.raises(RuntimeError, match="injected"):
        run(["--values", str(EXAMPLE), "--outdir", str(out)])
    assert [p.name for p in out.iterdir()] == ["a.k8s.yaml"]
    assert (out / "a.k8s.yaml").read_text() == "old: 1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind


def test_successful_synth_replaces_stale_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.k8s.yaml").write_text("old: 1\n")
    assert run(["--values", str(EXAMPLE), "--outdir", str(out)]) == 0
    assert [p.name for p in out.iterdir()] == ["remote-agent.k8s.yaml"]


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


def test_cdk8s_outdir_environment_is_honoured(tmp_path):
    result = _main(env={"CDK8S_OUTDIR": str(tmp_path / "cdk8s-out")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cdk8s-out" / "remote-agent.k8s.yaml").exists()


def test_help_explains_every_option():
    result = _main("--help")
    for option in ("--values", "--outdir", "--allow-plaintext-secrets", "--stdout", "--check", "--chart-name"):
        assert option in result.stdout


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
    assert "is not a folder" in capsys.readouterr().err


def test_version(capsys):
    import pytest as _pytest

    from airflow_cdk8s import __version__

    with _pytest.raises(SystemExit) as exit_:
        run(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out.strip() == f"airflow-cdk8s {__version__}"


def test_cloud_setup_prints_steps_from_the_synthesized_service_accounts(capsys, tmp_path):
    assert run(["--values", str(EXAMPLE), "--cloud-setup", "--outdir", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    # examples/values/astro-ui.yaml annotates the agent's ServiceAccounts for AWS IRSA
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
