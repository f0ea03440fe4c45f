#!/usr/bin/env python3
"""airflow-cdk8s reference app and CLI.

  python main.py                                  synthesize the reference scenarios into dist/
  python main.py --values values.yaml --outdir out synthesize an agent from an agent values.yaml
  python main.py --check DIR                      validate an existing output folder

Everything is synthesized before anything is written; the output folder then gets only the tool's
own files (listed in its .airflow-cdk8s-output), each replaced atomically (README: the command line).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "constructs"))

from airflow_cdk8s import interrupts  # noqa: E402


def _run() -> int:
    from airflow_cdk8s.cli import run  # after the signal handlers: Ctrl-C while importing ends cleanly too

    return run(sys.argv[1:], reference_app="scenarios:SCENARIOS", prog="python main.py")


if __name__ == "__main__":
    interrupts.main(_run)
