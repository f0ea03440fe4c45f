"""The command line: synthesize the reference app or an agent values.yaml, or check an output folder."""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

import yaml

from .errors import ValuesError
from .version import __version__

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DESCRIPTION = """\
Synthesize Apache Airflow on Kubernetes as plain YAML.

Without --values, synthesizes the reference scenarios (one file per chart) into --outdir.
With --values, synthesizes one Remote Execution Agent from an agent Helm values.yaml.
With --check, validates an existing output folder and synthesizes nothing.
The output folder is replaced only when synthesis succeeded; on any error it is left as it was.
"""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python main.py", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--values", metavar="FILE", help="an agent values.yaml (the Astro Remote Execution Agent chart format) to synthesize")
    p.add_argument("--outdir", metavar="DIR", default=os.environ.get("CDK8S_OUTDIR", "dist"),
                   help="output folder (default: $CDK8S_OUTDIR or dist)")
    p.add_argument("--chart-name", metavar="NAME", default="remote-agent",
                   help="with --values: the chart id, which names the output file NAME.k8s.yaml (default: remote-agent)")
    p.add_argument("--allow-plaintext-secrets", action="store_true",
                   help="allow agentToken, imagePullSecretData and openLineage.apiKey in plain text; they become "
                        "Secrets in the output, which you then must not commit")
    p.add_argument("--stdout", action="store_true", help="print the YAML instead of writing the output folder")
    p.add_argument("--cloud-setup", action="store_true",
                   help="print the cloud-side commands workload identity still needs (az / gcloud / an IAM trust "
                        "policy) for every ServiceAccount the synthesis would create; writes nothing")
    p.add_argument("--version", action="version", version=f"airflow-cdk8s {__version__}")
    p.add_argument("--check", metavar="DIR",
                   help="validate the YAML files in DIR (Kubernetes 1.27 strict schemas, CRD schemas, Pod Security "
                        "restricted, secret scan); prints one line per problem, exits 1 if there is any")
    return p


def run(argv: Sequence[str], *, reference_app: str | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.check:
            return _check(Path(args.check), args.allow_plaintext_secrets)
        builders = _builders(args, reference_app)
        from . import synth  # imports cdk8s (slow): only when synthesizing

        if args.stdout:
            sys.stdout.write(synth.synth_yaml(builders))
            return 0
        if args.cloud_setup:
            from .cloud_setup import setup_steps

            sys.stdout.write(setup_steps(yaml.load_all(synth.synth_yaml(builders), Loader=_LOADER)))
            return 0
        files = synth.synth_atomic(builders, args.outdir)
        _summary(files)
        return 0
    except ValuesError as error:
        print(f"error: {error}", file=sys.stderr)
        if not args.check:
            print(f"nothing was written; {args.outdir} is unchanged", file=sys.stderr)
        return 2


def _builders(args: argparse.Namespace, reference_app: str | None):
    if args.values:
        from .agent import RemoteExecutionAgent, load_values_file

        values = load_values_file(args.values)  # all problems are reported before cdk8s starts
        allow = args.allow_plaintext_secrets
        return {args.chart_name: lambda app, id: RemoteExecutionAgent(app, id, values=values, allow_plaintext_secrets=allow)}
    if reference_app is None:
        raise ValuesError(["--values: is required (this program has no reference app)"], "arguments")
    module, _, attr = reference_app.partition(":")
    return getattr(importlib.import_module(module), attr)


_TOP_LEVEL_KIND = re.compile(r"^kind: (\S+)$", re.MULTILINE)  # nested "kind:" keys are indented


def _summary(files: list[Path]) -> None:
    for path in files:
        kinds = Counter(_TOP_LEVEL_KIND.findall(path.read_text()))
        listed = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        print(f"{path}: {sum(kinds.values())} objects ({listed})")


def _check(folder: Path, allow_plaintext_secrets: bool) -> int:
    from .checks import check_directory

    if not folder.is_dir():
        raise ValuesError([f"--check: {folder} is not a folder"], "arguments")
    problems = check_directory(folder, allow_plaintext_secrets=allow_plaintext_secrets)
    for problem in problems:
        print(problem)
    print(f"{folder}: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


def main() -> None:
    """The installed ``airflow-cdk8s`` command (``--values``, ``--check``, ``--cloud-setup``...; no reference app)."""
    sys.exit(run(sys.argv[1:]))
