"""``airflow-official-values``: the AKS guide's (001) values for the official Airflow chart, read unchanged.

The same file as ``airflow_cdk8s synth --chart airflow -f examples/official-chart/airflow_values.yaml
--namespace airflow``; compare with ``airflow-aks``, the same guide written as typed code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path


from airflow_cdk8s.layers import read_layers
from airflow_cdk8s.platform import AirflowPlatform
from airflow_cdk8s.platform.chart_values import read_chart_values

if TYPE_CHECKING:  # constructs is imported after airflow_cdk8s, which lets jsii start Node only when needed
    from constructs import Construct

VALUES = Path(__file__).resolve().parent.parent / "examples" / "official-chart" / "airflow_values.yaml"


def airflow_official_values(scope: Construct, id: str) -> AirflowPlatform:
    plan = read_chart_values(read_layers([VALUES]).data, namespace="airflow", source=str(VALUES))
    return plan.build(scope, id)
