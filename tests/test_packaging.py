"""The library installs as a wheel with everything it needs at run time, and the cdk8s CLI runs the same app."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_ships_bindings_crds_and_type_marker(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    [wheel] = list(tmp_path.glob("airflow_cdk8s-*.whl"))
    files = zipfile.ZipFile(wheel).namelist()
    assert "airflow_cdk8s/py.typed" in files
    assert "airflow_cdk8s/agent/chart.py" in files and "airflow_cdk8s/platform/chart.py" in files
    assert sum(f.endswith(".jsii.tgz") for f in files) == 2  # cert-manager and External Secrets bindings
    assert sum(f.startswith("airflow_cdk8s/checks/crds/") and f.endswith(".yaml") for f in files) == 9
    assert not [f for f in files if f.startswith(("scenarios/", "tests/", "constructs/"))]
    metadata = zipfile.ZipFile(wheel).read(next(f for f in files if f.endswith("METADATA"))).decode()
    assert "Requires-Dist: cdk8s==2.70.115" in metadata


def test_cdk8s_cli_synthesizes_the_same_app(tmp_path):
    result = subprocess.run(["npx", "--no-install", "cdk8s", "synth", "--no-check-upgrade", "--output", str(tmp_path / "out")],
                            cwd=ROOT, capture_output=True, text=True, timeout=300,
                            env={**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"})
    assert result.returncode == 0, result.stderr[-2000:]
    compare = filecmp.dircmp(tmp_path / "out", ROOT / "dist")
    assert not (compare.left_only or compare.right_only or compare.diff_files)
