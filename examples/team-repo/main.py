#!/usr/bin/env python3
"""A team repository's cdk8s app: the Remote Execution Agent from our values, plus a GPU worker
group and the company label policy, built on the airflow-cdk8s library without forking it."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import cdk8s

from airflow_cdk8s import RemoteExecutionAgent, WorkerValues, load_values_file
from team_constructs import CompanyPolicy, GpuWorker

HERE = Path(__file__).resolve().parent


class CompanyAgent(CompanyPolicy, RemoteExecutionAgent):
    policy_labels = {"company.example/cost-center": "data-platform", "company.example/env": "prod"}
    policy_annotations = {"company.example/owner": "platform-team@example.com"}

    def __init__(self, scope, id: str, **props) -> None:
        super().__init__(scope, id, **props)
        self.gpu = self.add_worker(WorkerValues(name="gpu", queues="gpu", replicas=1), worker_class=GpuWorker)


def main() -> None:
    parser = argparse.ArgumentParser(description="Synthesize our agent deployment.")
    parser.add_argument("--outdir", default=os.environ.get("CDK8S_OUTDIR", str(HERE / "dist")))
    args = parser.parse_args()
    app = cdk8s.App(outdir=args.outdir, yaml_output_type=cdk8s.YamlOutputType.FILE_PER_CHART)
    CompanyAgent(app, "agent", values=load_values_file(HERE / "values.yaml"))
    app.synth()


if __name__ == "__main__":
    main()
