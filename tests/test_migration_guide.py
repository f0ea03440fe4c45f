"""docs/migrating-from-the-official-chart.md is what docs/make_migration_guide.py generates from a real synthesis."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

GUIDE = ROOT / "docs" / "migrating-from-the-official-chart.md"


def test_the_committed_guide_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "docs" / "make_migration_guide.py")], capture_output=True,
                            text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout == GUIDE.read_text(), (
        "the migration guide is stale: run .venv/bin/python docs/make_migration_guide.py > " + str(GUIDE.relative_to(ROOT)))


def test_the_guide_says_what_is_not_created_and_why():
    text = GUIDE.read_text()
    assert " objects, 0 Secrets, and its checks" in text and "find 0 problems" in text
    for line in ("| Deployment `airflow-pgbouncer` | PgBouncer is not created",
                 "| Job `airflow-create-user` | no create-user Job: it passes the default password `admin`",
                 "| Secret `airflow-fernet-key` | a generated Secret: referenced instead",
                 "| Deployment `airflow-statsd` | replaced by the StatsD exporter `airflow-statsd-exporter`"):
        assert line in text


def test_diff_against_the_official_charts_render_flags_its_selectors(tmp_path, capsys):
    """Step 4 of the guide, for real: needs helm (`make helm`) and the chart (BENCH_HELM_CHART, bench/official_chart.py)."""
    import os

    import pytest

    from airflow_cdk8s.cli import run

    helm, chart = ROOT / ".cache" / "helm" / "helm", os.environ.get("BENCH_HELM_CHART")
    if not helm.is_file() or not chart:
        pytest.skip("needs helm (make helm) and BENCH_HELM_CHART (bench/official_chart.py exports chart 1.21.0)")
    seed = ROOT / "examples" / "official-chart" / "airflow_values.yaml"
    (tmp_path / "current").mkdir()
    rendered = subprocess.run([str(helm), "template", "airflow", chart, "-f", str(seed), "--namespace", "airflow"],
                              capture_output=True, text=True, timeout=120, check=True).stdout
    (tmp_path / "current" / "airflow.yaml").write_text(rendered)
    assert run(["synth", "--chart", "airflow", "-f", str(seed), "--namespace", "airflow", "--outdir", str(tmp_path / "deploy")]) == 0
    capsys.readouterr()
    assert run(["diff", str(tmp_path / "current"), str(tmp_path / "deploy")]) == 1
    out = capsys.readouterr().out
    for name in ("airflow-scheduler", "airflow-api-server", "airflow-dag-processor"):
        assert f"! Deployment.apps airflow/{name}: spec.selector is immutable" in out
    assert "- Secret airflow-fernet-key" in out and "- Job.batch airflow-create-user" in out
