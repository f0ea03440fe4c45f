"""The team-repo example runs as a team would run it, and its extensions reach the output."""

from __future__ import annotations

import os
import subprocess
import sys

import yaml

from airflow_cdk8s.checks import check_directory

from conftest import ROOT

TEAM = ROOT / "examples" / "team-repo"


def test_team_repo_synthesizes_with_gpu_worker_and_company_policy(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"}  # as a team runs it
    result = subprocess.run([sys.executable, "main.py", "--outdir", str(tmp_path)], cwd=TEAM, capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "end-of-life" not in result.stderr
    assert (tmp_path / ".airflow-cdk8s-output").read_text().splitlines()[1:] == ["agent.k8s.yaml"]  # the CLI's writer
    docs = [d for d in yaml.safe_load_all((tmp_path / "agent.k8s.yaml").read_text()) if d]

    gpu = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "astro-agent-worker-gpu")
    pod = gpu["spec"]["template"]["spec"]
    assert {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in pod["tolerations"]
    assert pod["nodeSelector"]["cloud.google.com/gke-accelerator"] == "nvidia-l4"
    assert pod["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == "1"
    assert pod["containers"][0]["resources"]["requests"]["nvidia.com/gpu"] == "1"
    default = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "astro-agent-worker-default-worker")
    assert "tolerations" not in default["spec"]["template"]["spec"]

    for doc in docs:
        assert doc["metadata"]["labels"]["company.example/cost-center"] == "data-platform", doc["kind"]
        assert doc["metadata"]["annotations"]["company.example/owner"] == "platform-team@example.com"
        if doc["kind"] == "Deployment":
            assert doc["spec"]["template"]["metadata"]["labels"]["company.example/env"] == "prod"
    assert not check_directory(tmp_path)
