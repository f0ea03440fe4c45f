#!/usr/bin/env python3
"""Where one synthesis spends its time, step by step, in one process.

    .venv/bin/python -O bench/steps.py VALUES_FILE      # e.g. a 500-worker file that bench/run.py generates

Prints the seconds of: imports (cdk8s's Python bindings; Node is not started), reading the values,
building the constructs in an ``airflow_cdk8s.App`` (in Python only, as ``main.py`` does), rendering the
files as ``main.py`` does (``render.output``: bodies and YAML in Python), the API server rules synthesis
applies before it writes (``checks.apiserver`` on the objects as read back); then, for comparison, the
same app created in Node and written by cdk8s's own ``App.synth()`` (Node starts, every construct is
created there and every body crosses jsii).
"""

import os
import sys
import tempfile
import time

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
start = time.perf_counter()
import airflow_cdk8s  # noqa: E402,F401 - first: jsii then starts Node only when needed
import cdk8s  # noqa: E402

from airflow_cdk8s import App, RemoteExecutionAgent, deferred, load_values_file, render  # noqa: E402
from airflow_cdk8s.synth import refuse_invalid  # noqa: E402


def step(label: str, since: float) -> float:
    now = time.perf_counter()
    print(f"{label:<36} {now - since:6.2f} s")
    return now


t = step("imports", start)
values = load_values_file(sys.argv[1])
t = step("read and validate values", t)
with tempfile.TemporaryDirectory() as out:
    app = App(outdir=out)
    RemoteExecutionAgent(app, "remote-agent", values=values)
    t = step("build constructs (Python)", t)
    files, objects = render.output(app)
    t = step("render.output(app)", t)
    refuse_invalid(app, objects)
    t = step("API server rules", t)
    deferred.create_in_node(app)
    t = step("create the app in Node (compare)", t)
    cdk8s.App.synth(app)
    step("cdk8s App.synth() (compare)", t)
