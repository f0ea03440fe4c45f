"""checkov (the scan security teams run) passes with zero failed checks on every scenario.

Checks that do not fit are skipped on the object with a written reason (scanner_skips.REASONS),
and docs/security.md lists every one of them.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import cdk8s
import yaml

from airflow_cdk8s import RemoteExecutionAgent, load_values_file, validate_values
from airflow_cdk8s.scanner_skips import REASONS

from conftest import ROOT, minimal_values

CHECKOV = ROOT / ".venv-checkov" / "bin" / "checkov"

VARIANTS = {
    "sidecar-hpa-sentinel": minimal_values(loggingSidecar={"enabled": True}, workers=[{"name": "w", "hpa": {"enabled": True}}]),
    "digest-always": minimal_values(image="example.com/agent@sha256:" + "a" * 64, imagePullPolicy="Always", sentinel={"enabled": False}),
    "token-file": {**{k: v for k, v in minimal_values().items() if k != "agentTokenSecretName"}, "agentTokenFile": "/var/run/token"},
}


def run_checkov(folder) -> dict:
    assert CHECKOV.exists(), "checkov is installed by `make install` into .venv-checkov"
    result = subprocess.run(
        [str(CHECKOV), "-d", str(folder), "--framework", "kubernetes", "--quiet", "--compact", "--skip-download", "-o", "json"],
        capture_output=True, text=True, timeout=300,
    )
    report = json.loads(result.stdout)
    return report[0] if isinstance(report, list) else report


def test_checkov_finds_nothing_in_dist_examples_and_variants(tmp_path):
    shutil.copytree(ROOT / "dist", tmp_path / "dist")
    for path in sorted((ROOT / "examples" / "values").glob("*.yaml")):
        chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=load_values_file(path))
        (tmp_path / f"values-{path.stem}.yaml").write_text(yaml.safe_dump_all(cdk8s.Testing.synth(chart)))
    for name, values in VARIANTS.items():
        chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(values))
        (tmp_path / f"variant-{name}.yaml").write_text(yaml.safe_dump_all(cdk8s.Testing.synth(chart)))
    report = run_checkov(tmp_path)
    failed = [f"{f['check_id']} {f['resource']} ({f['file_path']})" for f in report["results"]["failed_checks"]]
    assert not failed, "\n".join(failed)
    assert report["summary"]["passed"] > 100  # it really scanned


def test_skips_follow_from_the_object():
    chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(VARIANTS["digest-always"]))
    docs = cdk8s.Testing.synth(chart)
    worker = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "astro-agent-worker-default-worker")
    skipped = {v.split("=")[0] for k, v in worker["metadata"].get("annotations", {}).items() if k.startswith("checkov.io/skip")}
    assert skipped == {"CKV_K8S_35"}  # digest and Always: nothing else to excuse
    assert not worker["spec"]["template"]["metadata"].get("annotations", {}).keys() & {"checkov.io/skip1"}


def test_every_skip_is_documented():
    doc = (ROOT / "docs" / "security.md").read_text()
    for check, reason in REASONS.items():
        assert check in doc, f"{check} is skipped in code but not listed in docs/security.md"
        assert "=" not in reason  # checkov 3.3.30 crashes on '=' in a reason
