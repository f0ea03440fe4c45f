"""The benchmark's inputs and verdicts (bench/ scripts; no timing here: speed is judged in `make bench` only)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from airflow_cdk8s import load_values_text

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


run = _load("run")
official_chart = _load("official_chart")


def test_generated_values_have_the_requested_worker_groups_each_with_sa_and_hpa():
    values = load_values_text(run.values_with_workers(run.TEMPLATE.read_text(), 3), source="bench")
    assert [w.name for w in values.workers] == ["w0001", "w0002", "w0003"]
    assert all(w.hpa.enabled and w.service_account.create for w in values.workers)
    # the rest of the template is kept
    assert values.namespace == load_values_text(run.TEMPLATE.read_text()).namespace


def test_chart_dependencies_block_is_dropped_and_nothing_else():
    chart = (
        "apiVersion: v2\nname: airflow\nversion: 1.21.0\n"
        "dependencies:\n  - name: postgresql\n    version: 13.2.24\n    condition: postgresql.enabled\n"
        "maintainers:\n  - email: dev@airflow.apache.org\n"
    )
    assert official_chart.without_dependencies(chart) == (
        "apiVersion: v2\nname: airflow\nversion: 1.21.0\nmaintainers:\n  - email: dev@airflow.apache.org\n"
    )
    assert official_chart.without_dependencies("name: x\n") == "name: x\n"


def _case(median: float, peak_mb: float, target=None):
    case = run.Case("c", ["true"], target=target)
    case.walls, case.peaks = [median], [int(peak_mb * 1024)]
    return case


def test_targets_are_judged_against_helm_and_peak_memory():
    helm = _case(2.0, 80)
    assert run.judge(_case(1.4, 240, (0.7, None)), helm) == "<= 0.7x helm: met"
    assert run.judge(_case(1.5, 240, (0.7, None)), helm) == "<= 0.7x helm: MISSED"
    assert run.judge(_case(2.9, 260, (1.5, 250)), helm) == "<= 1.5x helm: met; peak < 250 MB: MISSED"
    assert "not judged" in run.judge(_case(1.0, 100, (0.7, None)), None)
    assert run.judge(_case(1.0, 100), helm) == ""
