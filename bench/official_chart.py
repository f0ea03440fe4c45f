#!/usr/bin/env python3
"""Export the official Apache Airflow Helm chart from a git repository into a folder `helm template` can render.

    .venv/bin/python bench/official_chart.py GIT_DIR [--commit COMMIT] [--out FOLDER]

GIT_DIR is the git directory of a clone of apache/airflow or of a smaller fork of it; the default commit,
b90710803a of n-badtke-cg/airflow, holds chart 1.21.0 under ``chart/``. The chart's source stays out of
this repository: the benchmark renders this export. Its bitnami PostgreSQL dependency is not in the
export (``chart/charts/`` is export-ignored upstream), so the dependency is dropped from ``Chart.yaml``
and the chart is rendered with ``postgresql.enabled=false``, i.e. with an external database, as our
platform runs. Prints the folder to pass as ``BENCH_HELM_CHART``. Standard library only.
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

DEFAULT_COMMIT = "b90710803a"


def without_dependencies(chart_yaml: str) -> str:
    """Chart.yaml without its top-level `dependencies:` block (up to the next top-level key)."""
    lines = chart_yaml.splitlines(keepends=True)
    if "dependencies:\n" not in lines:
        return chart_yaml
    start = lines.index("dependencies:\n")
    end = start + 1
    while end < len(lines) and not re.match(r"[A-Za-z]", lines[end]):
        end += 1
    return "".join(lines[:start] + lines[end:])


def export(git_dir: str, commit: str, out: Path) -> Path:
    archive = subprocess.run(["git", f"--git-dir={git_dir}", "archive", commit, "chart"],
                             check=True, capture_output=True).stdout
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(out, filter="data")
    chart = out / "chart"
    chart_yaml = chart / "Chart.yaml"
    chart_yaml.write_text(without_dependencies(chart_yaml.read_text()))
    (chart / "Chart.lock").unlink(missing_ok=True)  # describes the dropped dependency
    shutil.rmtree(chart / "charts", ignore_errors=True)
    return chart


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("git_dir", help="git directory of an apache/airflow clone or fork (e.g. REPO/.git)")
    p.add_argument("--commit", default=DEFAULT_COMMIT, help=f"commit holding chart/ (default {DEFAULT_COMMIT})")
    p.add_argument("--out", type=Path, default=Path("/tmp/airflow-official-chart"),
                   help="folder to export into; replaced if it exists (default /tmp/airflow-official-chart)")
    args = p.parse_args()
    print(export(args.git_dir, args.commit, args.out))


if __name__ == "__main__":
    main()
