#!/usr/bin/env python3
"""A team repository's cdk8s app: the Remote Execution Agent from our values, plus a GPU worker
group and the company label policy, built on the airflow-cdk8s library without forking it."""

from __future__ import annotations

from pathlib import Path

from airflow_cdk8s import RemoteExecutionAgent, WorkerValues, load_values_file  # first: it quiets jsii's Node 20 banner
from airflow_cdk8s.cli import app_main
from team_constructs import CompanyPolicy, GpuWorker

HERE = Path(__file__).resolve().parent


class CompanyAgent(CompanyPolicy, RemoteExecutionAgent):
    policy_labels = {"company.example/cost-center": "data-platform", "company.example/env": "prod"}
    policy_annotations = {"company.example/owner": "platform-team@example.com"}

    def __init__(self, scope, id: str, **props) -> None:
        super().__init__(scope, id, **props)
        self.gpu = self.add_worker(WorkerValues(name="gpu", queues="gpu", replicas=1), worker_class=GpuWorker)


def agent(app, id: str) -> CompanyAgent:
    return CompanyAgent(app, id, values=load_values_file(HERE / "values.yaml"))


if __name__ == "__main__":
    # airflow-cdk8s's command line for our chart: python main.py [synth] [--outdir DIR], diff, check, cloud-setup
    app_main({"agent": agent})
