"""A team's main.py whose chart holds an object of plain cdk8s: synthesizing it needs cdk8s's Node.js runtime
(an agent built from values alone never starts it). The values file is $VALUES."""

import os

from airflow_cdk8s import RemoteExecutionAgent, load_values_file  # first, as the README says: then Node starts only when needed
from airflow_cdk8s.cli import app_main

import cdk8s  # noqa: E402


def agent_with_a_cdk8s_object(app: cdk8s.App, id: str) -> RemoteExecutionAgent:
    chart = RemoteExecutionAgent(app, id, values=load_values_file(os.environ["VALUES"]))
    cdk8s.ApiObject(chart, "TeamNote", api_version="v1", kind="ConfigMap",
                    metadata=cdk8s.ApiObjectMetadata(name="team-note", namespace="astro"))
    return chart


if __name__ == "__main__":
    app_main({"remote-agent": agent_with_a_cdk8s_object})
