"""Deterministic synthesis of a set of charts, into memory or into an output folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Callable

import cdk8s

from . import deferred, output, render
from .checks import check_api_server
from .errors import ValuesError
from .kube_object import KubeObject

# chart id -> function that adds the chart to the app under that id
ChartBuilders = dict[str, Callable[[cdk8s.App, str], object]]


def build_app(builders: ChartBuilders, outdir: str) -> cdk8s.App:
    app = deferred.App(outdir=outdir, output_file_extension=".k8s.yaml", yaml_output_type=cdk8s.YamlOutputType.FILE_PER_CHART)
    for chart_id, build in builders.items():
        build(app, chart_id)
    return app


def synth_yaml(builders: ChartBuilders) -> str:
    """All charts as one multi-document YAML string (nothing written to disk)."""
    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(builders, tmp)
        files, objects = render.output(app)
        refuse_invalid(app, objects)
        return "---\n".join(content.decode("utf-8") for content in files.values() if content)


def refuse_invalid(app: cdk8s.App, objects: list[dict[str, Any]]) -> None:
    """Raise ``ValuesError`` if the API server would reject a synthesized object (``objects``, as read back
    from the files), naming the object, its field and the construct that made it; called before anything
    is written."""
    problems = check_api_server(objects)
    if not problems:
        return
    constructs = _construct_paths(app)  # only on failure
    lines = []
    for problem in problems:
        made_by = constructs.get(problem.where.partition(":")[0])
        lines.append(f"{problem.where} (construct {made_by}): {problem.message}" if made_by else str(problem))
    raise ValuesError(lines, "the synthesized objects (the API server would reject them)")


def _construct_paths(app: cdk8s.App) -> dict[str, str]:
    """``kind/namespace/name`` (as ``checks.Problem.where`` writes it) -> construct path."""
    found: dict[str, str] = {}
    if deferred.is_pending(app):  # from the Python tree, as Node would give it
        for construct in deferred.walk(app):
            if isinstance(construct, KubeObject):
                doc = construct.to_json()
                meta = doc["metadata"]
                where = "/".join(p for p in (doc["kind"].lower(), meta.get("namespace"), meta["name"]) if p)
                found.setdefault(where, deferred.path_of(construct))
        return found
    for chart in app.charts:
        for construct in chart.node.find_all():
            if isinstance(construct, cdk8s.ApiObject):
                namespace = construct.metadata.namespace
                where = "/".join(p for p in (construct.kind.lower(), namespace, construct.name) if p)
                found.setdefault(where, construct.node.path)
    return found


def synth_files(builders: ChartBuilders) -> dict[str, bytes]:
    """Every chart's file (name -> content), synthesized in a private temporary folder."""
    with tempfile.TemporaryDirectory(prefix="airflow-cdk8s-synth-") as tmp:
        app = build_app(builders, tmp)
        files, objects = render.output(app)
        refuse_invalid(app, objects)
        return files


def synth_atomic(builders: ChartBuilders, outdir: str | os.PathLike) -> list[Path]:
    """Synthesize everything first, then write it into ``outdir`` as ``output.write_owned`` does:
    only the tool's own files are replaced, each atomically; on any error nothing was changed."""
    output.refuse_unusable(outdir)  # before the seconds synthesis takes
    return output.write_owned(outdir, synth_files(builders))
