"""The README's Python examples run as written, and what they synthesize passes every gate."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from airflow_cdk8s.checks import check_directory

from conftest import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)


def test_readme_has_python_examples():
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example_runs_and_its_output_passes_the_gates(index, tmp_path):
    # A process of its own: cdk8s writes ./dist relative to the cwd its Node runtime started in.
    (tmp_path / "values.yaml").write_text((ROOT / "examples" / "values" / "astro-ui-chart-2.x.yaml").read_text())
    (tmp_path / "example.py").write_text(BLOCKS[index])
    result = subprocess.run([sys.executable, "example.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert list((tmp_path / "dist").glob("*.yaml")), "the example synthesizes something"
    assert not check_directory(tmp_path / "dist")
