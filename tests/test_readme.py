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
    # as a user runs it: without the variable that silences jsii's Node 20 banner (the example's imports set it)
    env = {k: v for k, v in os.environ.items() if k != "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"}
    result = subprocess.run([sys.executable, "example.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "end-of-life" not in result.stderr, "import airflow_cdk8s before cdk8s in the example"
    assert list((tmp_path / "dist").glob("*.yaml")), "the example synthesizes something"
    assert not check_directory(tmp_path / "dist")
