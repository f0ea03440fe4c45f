"""Atomic, deterministic synthesis of a set of charts into an output folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

import cdk8s

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


def synth_atomic(builders: ChartBuilders, outdir: str | os.PathLike) -> list[Path]:
    """Synthesize into ``outdir``, replacing it only once everything succeeded; returns the files written."""
    target = Path(outdir).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=target.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the output folder is not
    try:
        build_app(builders, str(staging)).synth()
        files = sorted(staging.iterdir())
        _swap_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target / f.name for f in files]


def _swap_in(staging: Path, target: Path) -> None:
    # Two renames on one filesystem: the folder is always either the old output or the new one.
    previous = None
    if target.exists():
        previous = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
        previous.rmdir()
        target.rename(previous)
    staging.rename(target)
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)
