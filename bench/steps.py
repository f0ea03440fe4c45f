#!/usr/bin/env python3
"""Where one synthesis spends its time, step by step, in one process.

    .venv/bin/python bench/steps.py VALUES_FILE      # e.g. a 500-worker file that bench/run.py generates

Prints the seconds of: imports (cdk8s starts Node), reading the values, building the constructs (every
construct is created in Node through jsii), rendering the files the way ``main.py`` does (``render.output``:
bodies and YAML in Python), the API server rules synthesis applies before it writes (``checks.apiserver``
on the objects as read back); then, for comparison, cdk8s's own ``app.synth()`` of the same app (every body
crosses jsii, YAML in Node).
"""

import os
import sys
import tempfile
import time

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
start = time.perf_counter()
import cdk8s  # noqa: E402

from airflow_cdk8s import RemoteExecutionAgent, load_values_file, render  # noqa: E402
from airflow_cdk8s.synth import refuse_invalid  # noqa: E402


def step(label: str, since: float) -> float:
    now = time.perf_counter()
    print(f"{label:<28} {now - since:6.2f} s")
    return now


t = step("imports", start)
values = load_values_file(sys.argv[1])
t = step("read and validate values", t)
with tempfile.TemporaryDirectory() as out:
    app = cdk8s.App(outdir=out)
    RemoteExecutionAgent(app, "remote-agent", values=values)
    t = step("build constructs", t)
    files, objects = render.output(app)
    t = step("render.output(app)", t)
    refuse_invalid(app, objects)
    t = step("API server rules", t)
    app.synth()
    step("app.synth() (cdk8s, compare)", t)
