"""Synthesize a cdk8s app in Python: the files ``App.synth()`` writes, byte for byte, without its per-object round trips.

``App.synth()`` runs in Node: it calls back into Python for the body of every ``KubeObject``, and every body
crosses jsii twice (there and back as the chart's JSON) before Node writes the YAML. Here Python drives the
same steps and crosses jsii only where Node holds the answer:

1. resolve dependencies and run every construct's validations: one call (an empty probe chart is
   synthesized, which makes cdk8s do both for the whole app);
2. charts in dependency order, and each chart's API objects in construct-tree and dependency order
   (``DependencyGraph.topology``, as cdk8s orders them): one call per chart;
3. each object's JSON: a ``KubeObject`` renders in Python (only its metadata comes from cdk8s); a third-party
   ``ApiObject`` (cdk8s-plus, the generated CRD classes, a user's own) asks cdk8s, as before;
4. the YAML: ``kube_yaml`` writes what cdk8s's ``Yaml`` would.

An ``App`` of ours that nothing created in Node yet (``deferred.py``; the CLI's apps) needs none of those
calls: it can have no dependencies and no validations (both are added through Node), so its charts and
objects are taken, in creation order, from the Python tree, and Node is never started.

The output equals ``App.synth()``'s (tests/test_render.py compares them on the reference app and on charts
with cdk8s-plus objects, JSON patches and dependencies). Apps configured in ways this module does not
reproduce (another ``yamlOutputType``, construct metadata recording) are handed to ``App.synth()`` (a plain
``cdk8s.App`` does not tell Python that it records construct metadata: synthesize such an app with its ``synth()``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import re

import cdk8s
import yaml

from . import deferred
from .kube_yaml import dump_and_read_back

_PROBE_ID = "airflow-cdk8s-probe"


def files(app: cdk8s.App) -> dict[str, bytes]:
    """The files ``app.synth()`` would write into ``app.outdir`` (name -> content), without writing them (but for
    output types other than a file per chart, and construct metadata: cdk8s writes those, and they are read back)."""
    return output(app)[0]


def output(app: cdk8s.App) -> tuple[dict[str, bytes], list[dict[str, Any]]]:
    """The files (as ``files``) and every object in them as reading the files back gives it, for checks
    that look at what was written without parsing the YAML again."""
    if deferred.is_pending(app) and not (_names_without_node(app) and _reproducible(app)):
        deferred.create_in_node(app)  # cdk8s names these files, or writes them some other way: let it
    if not _reproducible(app):  # cdk8s writes them; what it writes is read back
        cdk8s.App.synth(app)
        outdir, extension = Path(app.outdir), app.output_file_extension
        written = {p.relative_to(outdir).as_posix(): p.read_bytes() for p in sorted(outdir.rglob("*"))
                   if p.is_file() and (p.name.endswith(extension) or p.name == "construct-metadata.json")}
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        objects = [doc for name, content in written.items() if name.endswith(extension)
                   for doc in yaml.load_all(content, Loader=loader) if doc]
        return written, objects
    extension = app.py_output_file_extension if deferred.is_pending(app) else app.output_file_extension
    written, objects = {}, []
    for name, docs in chart_files(app):
        text, read = dump_and_read_back(docs)
        written[f"{name}{extension}"] = text.encode("utf-8")
        objects += read
    return written, objects


def synth(app: cdk8s.App) -> list[Path]:
    """Write the app's files into ``app.outdir`` as ``app.synth()`` would; returns the files written."""
    contents = files(app)  # a failed validation stops before anything is written
    outdir = Path(app.py_outdir if deferred.is_pending(app) else app.outdir)
    if not _reproducible(app):
        return [outdir / name for name in contents]  # cdk8s wrote them (files() above)
    outdir.mkdir(parents=True, exist_ok=True)
    for name, content in contents.items():
        (outdir / name).write_bytes(content)
    return [outdir / name for name in contents]


def chart_files(app: cdk8s.App) -> list[tuple[str, list[dict]]]:
    """(file name without extension, documents) for every chart, in the order cdk8s writes them."""
    if deferred.is_pending(app) and _names_without_node(app):
        return [(deferred.id_of(chart), chart_docs(chart)) for chart in _pending_charts(app)]
    resolve_and_validate(app)
    charts = app.charts
    # cdk8s numbers the files when one chart depends on another (nested charts included)
    numbered = any(isinstance(dep, cdk8s.Chart) for chart in charts for dep in chart.node.dependencies)
    files = []
    for index, chart in enumerate(charts):
        name = cdk8s.Names.to_dns_label(chart)
        files.append((f"{index:04d}-{name}" if numbered else name, chart_docs(chart)))
    return files


def chart_docs(chart: cdk8s.Chart) -> list[dict]:
    """The chart's objects as JSON, in cdk8s's order (call after ``resolve_and_validate``)."""
    if type(chart).to_json not in (cdk8s.Chart.to_json, deferred.Chart.to_json):
        return chart.to_json()  # a chart class of its own (e.g. a label policy on every object) has its say, as in App.synth()
    if deferred.is_pending(deferred.app_of(chart)):
        return pending_chart_docs(chart)
    constructs = cdk8s.DependencyGraph(chart.node).topology()
    objects = [c for c in constructs if isinstance(c, cdk8s.ApiObject)]
    if any(isinstance(c, cdk8s.Chart) and c is not chart for c in constructs):
        objects = [o for o in objects if cdk8s.Chart.of(o) is chart]  # an object belongs to its closest chart
    return [o.to_json() for o in objects]


def pending_chart_docs(chart: deferred.Chart) -> list[dict]:
    """The JSON of a chart whose app is still only in Python: its objects in creation order (cdk8s's
    order when there are no dependencies), those of a chart inside it left to that chart."""
    return [o.to_json() for o in _own_objects(chart)]


def _own_objects(construct: Any) -> list[cdk8s.ApiObject]:
    found = []
    for child in deferred.children_of(construct):
        if isinstance(child, cdk8s.ApiObject):
            found.append(child)
        if not isinstance(child, cdk8s.Chart):
            found.extend(_own_objects(child))
    return found


def _pending_charts(app: deferred.App) -> list[deferred.Chart]:
    return [c for c in deferred.walk(app) if isinstance(c, cdk8s.Chart)]


_DNS_LABEL = re.compile(r"[0-9a-z-]{1,63}")
_INDEX = re.compile(r"0|[1-9][0-9]{0,9}")  # JavaScript objects order such keys first (cdk8s keys its graph by path)


def _names_without_node(app: deferred.App) -> bool:
    """Whether cdk8s would name every chart's file after its id, in creation order: each chart directly in
    the app (a chart inside another makes cdk8s number the files), its id a DNS label as it stands."""
    return all(deferred.scope_of(chart) is app and _DNS_LABEL.fullmatch(deferred.id_of(chart))
               and not (_INDEX.fullmatch(deferred.id_of(chart)) and int(deferred.id_of(chart)) < 2**32 - 1)
               for chart in _pending_charts(app))


def resolve_and_validate(app: cdk8s.App) -> None:
    """What cdk8s does before it synthesizes any chart: turn construct dependencies into object and chart
    dependencies, and run every construct's validations (raising cdk8s's error if one fails). Synthesizing an
    empty chart does exactly that for the whole app; the probe chart is removed again."""
    probe_id = _PROBE_ID
    while app.node.try_find_child(probe_id) is not None:
        probe_id += "-"
    probe = cdk8s.Chart(app, probe_id)
    try:
        probe.to_json()
    finally:
        app.node.try_remove_child(probe.node.id)


def _reproducible(app: cdk8s.App) -> bool:
    output_type = app.py_yaml_output_type if deferred.is_pending(app) else app.yaml_output_type
    return (output_type == cdk8s.YamlOutputType.FILE_PER_CHART and not getattr(app, "py_record_construct_metadata", False)
            and os.environ.get("CDK8S_RECORD_CONSTRUCT_METADATA") != "true")
