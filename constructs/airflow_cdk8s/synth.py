"""Deterministic synthesis of a set of charts, into memory or into an output folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

import cdk8s

from . import output

# chart id -> function that adds the chart to the app under that id
ChartBuilders = dict[str, Callable[[cdk8s.App, str], object]]


def build_app(builders: ChartBuilders, outdir: str) -> cdk8s.App:
    app = cdk8s.App(outdir=outdir, output_file_extension=".k8s.yaml", yaml_output_type=cdk8s.YamlOutputType.FILE_PER_CHART)
    for chart_id, build in builders.items():
        build(app, chart_id)
    return app


def synth_yaml(builders: ChartBuilders) -> str:
    """All charts as one multi-document YAML string (nothing written to disk)."""
    with tempfile.TemporaryDirectory() as tmp:
        return build_app(builders, tmp).synth_yaml()


def synth_files(builders: ChartBuilders) -> dict[str, bytes]:
    """Every chart's file (name -> content), synthesized in a private temporary folder."""
    with tempfile.TemporaryDirectory(prefix="airflow-cdk8s-synth-") as tmp:
        build_app(builders, tmp).synth()
        return {p.name: p.read_bytes() for p in sorted(Path(tmp).iterdir())}


def synth_atomic(builders: ChartBuilders, outdir: str | os.PathLike) -> list[Path]:
    """Synthesize everything first, then write it into ``outdir`` as ``output.write_owned`` does:
    only the tool's own files are replaced, each atomically; on any error nothing was changed."""
    return output.write_owned(outdir, synth_files(builders))
