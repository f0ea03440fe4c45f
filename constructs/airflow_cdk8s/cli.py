"""The command line: ``synth`` (alias ``template``), ``check``, ``diff``, ``cloud-setup``, ``adapter-rules``, ``schema``.

Without a command it is ``synth`` with the flags it always had (``--check DIR`` and
``--cloud-setup`` included), so existing scripts keep working; options that do not go together
are errors, never silently ignored.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Mapping, NoReturn, Sequence

import yaml

from . import interrupts, node_runtime
from .errors import ValuesError
from .layers import parse_path
from .version import __version__

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
INSTALLED = "airflow-cdk8s"
COMMANDS = ("synth", "template", "check", "diff", "cloud-setup", "adapter-rules", "schema")
CHARTS = ("agent", "airflow")
DEFAULT_CHART_NAME = {"agent": "remote-agent", "airflow": "airflow"}
# A synthesis makes millions of short-lived objects that reference counting frees. At the default
# thresholds (700) the cycle collector rescanned the growing heap about 1,500 times at 2,000 worker groups
# (1.9 s of 8 s of Python CPU); at these it runs about 20 times (0.3 s), with the same peak memory.
_GC_THRESHOLDS = (50_000, 20, 100)

DESCRIPTION = """\
Synthesize Apache Airflow on Kubernetes as plain YAML.

commands:
  synth (alias template)  synthesize into --outdir (or --stdout); in the folder only the tool's own
                          files (listed in its .airflow-cdk8s-output) are written, replaced or removed,
                          each atomically; on any error nothing there is changed
  check PATH              validate a manifest file or the .yaml/.yml/.json files of a folder (strict schemas,
                          API server rules, Pod Security restricted, secret scan)
  diff [OLD [NEW]]        compare two output folders (default: a fresh synthesis against --outdir);
                          exit 1 when a change touches a field the API server will not change
  cloud-setup             print the cloud-side commands workload identity still needs; writes nothing
  adapter-rules           print the Prometheus Adapter rules (Helm values) serving the HPAs' custom
                          metrics; writes nothing
  schema                  print the JSON Schema of the agent values format (--chart airflow: the official chart's)

Values are layered as Helm layers them: -f/--values may repeat (later files win; mappings merge
key by key, lists are replaced), then --set, then --set-string.
Without a command: synth, with the same options; --check DIR and --cloud-setup work as before.
"""

DEFAULT_OUTDIR = "dist"


def _outdir_default() -> str:
    return os.environ.get("CDK8S_OUTDIR", DEFAULT_OUTDIR)


def _inputs() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    g = p.add_argument_group("values")
    g.add_argument("--chart", choices=CHARTS, default=None,
                   help="the values format: agent = the Astro Remote Execution Agent chart (default); airflow = the "
                        "official Apache Airflow chart (a self-hosted AirflowPlatform)")
    g.add_argument("-f", "--values", metavar="FILE", action="append", default=[],
                   help="a values file; repeat it to layer files (later ones win, mappings merge, lists are replaced)")
    g.add_argument("--set", metavar="PATH=VALUE", action="append", default=[],
                   help="set values on top of the files, in Helm's syntax: a.b=1,list[0].c=x,tags={a,b}; "
                        "\\ escapes . , = [; true/false/null/integers are typed")
    g.add_argument("--set-string", metavar="PATH=VALUE", action="append", default=[],
                   help="as --set, but every value stays a string")
    g.add_argument("--chart-name", metavar="NAME", default=None,
                   help="the chart id, which names the output file NAME.k8s.yaml (default: remote-agent; airflow "
                        "with --chart airflow)")
    g.add_argument("-n", "--namespace", metavar="NS", default=None,
                   help="with --chart airflow (required): the namespace, as Helm's -n/--namespace")
    g.add_argument("--release", metavar="NAME", default=None,
                   help="with --chart airflow: the release name that prefixes every object name (default: airflow)")
    g.add_argument("--create-namespace", action="store_true",
                   help="with --chart airflow: also emit the Namespace (labelled Pod Security restricted)")
    g.add_argument("--allow-plaintext-secrets", action="store_true",
                   help="allow agentToken, imagePullSecretData and openLineage.apiKey in plain text; they become "
                        "Secrets in the output, which you then must not commit")
    return p


def _outdir() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--outdir", metavar="DIR", default=None, help="output folder (default: $CDK8S_OUTDIR or dist)")
    return p


def parser(prog: str = INSTALLED) -> argparse.ArgumentParser:
    """The parser of the commands (``prog`` is how the user started us: ``airflow-cdk8s``, ``python main.py``)."""
    top = argparse.ArgumentParser(prog=prog, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--version", action="version", version=f"airflow-cdk8s {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    synth = sub.add_parser("synth", aliases=["template"], parents=[_inputs(), _outdir()],
                           help="synthesize the YAML into --outdir (or --stdout)",
                           description="Synthesize the YAML. Without values: the reference scenarios of this repository "
                                       "(python main.py only).")
    synth.add_argument("--stdout", action="store_true", help="print the YAML instead of writing the output folder")
    check = sub.add_parser("check", help="validate a manifest file or a folder's .yaml/.yml/.json files; exit 1 on any problem",
                           description="Validate a manifest file or the .yaml/.yml/.json files in DIR (Kubernetes 1.27 strict schemas, CRD schemas, the API server's rules, Pod "
                                       "Security restricted, secret scan); one line per problem, exit 1 if there is any.")
    check.add_argument("dir", metavar="DIR", nargs="?", default=None, help="a file or folder (default: $CDK8S_OUTDIR or dist)")
    check.add_argument("--allow-plaintext-secrets", action="store_true", help="do not report Secrets with data")
    diff = sub.add_parser("diff", parents=[_inputs(), _outdir()],
                          help="compare two output folders, or a fresh synthesis with --outdir; flags immutable-field changes",
                          description="Compare output folders object by object: added, removed and changed objects, each "
                                      "change as a YAML diff. With no folder: a fresh synthesis (from the values options, "
                                      "or the reference app) against --outdir; with one: against that folder; with two: "
                                      "OLD against NEW. Changes to fields the API server keeps immutable are flagged with "
                                      "what to do, and make the exit status 1 (so CI can gate on them).")
    diff.add_argument("dirs", metavar="DIR", nargs="*", help="OLD [NEW] folders")
    diff.add_argument("--exit-code", action="store_true", help="exit 1 on any change, not only on immutable-field changes")
    sub.add_parser("cloud-setup", parents=[_inputs()],
                   help="print the cloud-side workload identity commands for every ServiceAccount the synthesis would create",
                   description="Print the az / gcloud / IAM steps workload identity still needs; writes nothing.")
    sub.add_parser("adapter-rules", parents=[_inputs()],
                   help="print the Prometheus Adapter rules that serve the custom metrics the synthesized HPAs read",
                   description="Print the Prometheus Adapter rules (its Helm chart's rules.custom) that the synthesis "
                               "would put in its adapter-rules ConfigMaps; writes nothing.")
    schema = sub.add_parser("schema", help="print the JSON Schema of a values format (agent: values.schema.json)")
    schema.add_argument("--chart", choices=CHARTS, default="agent", help="the values format (default: agent)")
    return top


def legacy_parser(prog: str = INSTALLED) -> argparse.ArgumentParser:
    """Today's flags without a command: synth, ``--check DIR``, ``--cloud-setup``."""
    p = argparse.ArgumentParser(prog=prog, parents=[_inputs(), _outdir()], description=DESCRIPTION,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"airflow-cdk8s {__version__}")
    p.add_argument("--stdout", action="store_true", help="print the YAML instead of writing the output folder")
    p.add_argument("--cloud-setup", action="store_true", help="as the cloud-setup command")
    p.add_argument("--check", metavar="DIR", help="as the check command")
    return p


def parse(argv: Sequence[str], prog: str = INSTALLED) -> argparse.Namespace:
    argv = list(argv)
    if argv and argv[0] in COMMANDS or argv[:1] in (["-h"], ["--help"]):
        args = parser(prog).parse_args(argv)
        args.command = "synth" if args.command == "template" else args.command
        if args.command is None:
            args.command = "synth"
    else:
        args = legacy_parser(prog).parse_args(argv)
        args.command = _legacy_command(args)
    return args


def _legacy_command(args: argparse.Namespace) -> str:
    if args.check is not None:
        given = _given(args, "values", "set", "set_string", "chart", "chart_name", "stdout", "cloud_setup", "outdir",
                       "namespace", "release", "create_namespace")
        if given:
            raise ValuesError([f"--check: cannot be combined with {', '.join(given)} (it validates a folder and "
                               "synthesizes nothing; run the synthesis and the check as two commands)"], "arguments")
        args.dir = args.check
        return "check"
    if args.cloud_setup:
        given = _given(args, "stdout")  # --outdir is harmless: nothing is written anyway
        if given:
            raise ValuesError([f"--cloud-setup: cannot be combined with {', '.join(given)} (it prints the cloud-side "
                               "steps and writes nothing)"], "arguments")
        return "cloud-setup"
    return "synth"


_FLAGS = {"values": "--values", "set": "--set", "set_string": "--set-string", "chart": "--chart",
          "chart_name": "--chart-name", "stdout": "--stdout", "cloud_setup": "--cloud-setup", "outdir": "--outdir",
          "namespace": "--namespace", "release": "--release", "create_namespace": "--create-namespace",
          "allow_plaintext_secrets": "--allow-plaintext-secrets"}


def _given(args: argparse.Namespace, *names: str) -> list[str]:
    return [_FLAGS[n] for n in names if getattr(args, n, None) not in (None, False, [])]


# chart id -> function (or construct class) that adds the chart to a cdk8s App under that id
Charts = Mapping[str, Callable[[Any, str], object]]


def run(argv: Sequence[str], *, reference_app: str | Charts | None = None, prog: str | None = None) -> int:
    prog = prog or ("python main.py" if reference_app else INSTALLED)
    outdir, command = _outdir_default(), "synth"
    restore = interrupts.install()
    thresholds = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        try:
            args = parse(argv, prog)
            outdir, command = getattr(args, "outdir", None) or outdir, args.command
            if getattr(args, "stdout", False):
                command = "synth --stdout"  # writes nothing either way: no word about the output folder
            return _command(args, reference_app, outdir)
        except Exception:
            if interrupts.received():  # e.g. jsii failing because its Node runtime got the signal too
                raise KeyboardInterrupt from None
            raise
    except ValuesError as error:
        print(f"error: {error}", file=sys.stderr)
        if command == "synth":
            print(f"nothing was written; {outdir} is unchanged", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(interrupts.MESSAGE, file=sys.stderr)
        return interrupts.EXIT_CODE
    finally:
        gc.set_threshold(*thresholds)
        restore()


def _command(args: argparse.Namespace, reference_app: str | Charts | None, outdir: str) -> int:
    if args.command == "check":
        return _check(Path(args.dir or outdir), args.allow_plaintext_secrets)
    if args.command == "schema":
        if args.chart == "airflow":
            from .platform.chart_schema import render
        else:
            from .agent.schema import render

        sys.stdout.write(render())
        return 0
    if args.command == "diff":
        return _diff(args, reference_app, outdir)
    with node_runtime.starting():
        builders = _builders(args, reference_app)
        from . import synth  # imports cdk8s (slow): only when synthesizing

    if args.command == "cloud-setup":
        from .cloud_setup import setup_steps

        sys.stdout.write(setup_steps(yaml.load_all(synth.synth_yaml(builders), Loader=_LOADER)))
        return 0
    if args.command == "adapter-rules":
        from .agent.monitoring import adapter_helm_values, rules_in

        sys.stdout.write(adapter_helm_values(rules_in(yaml.load_all(synth.synth_yaml(builders), Loader=_LOADER))))
        return 0
    if args.stdout:
        sys.stdout.write(synth.synth_yaml(builders))
        return 0
    files = synth.synth_atomic(builders, outdir)
    _summary(files)
    return 0


def _builders(args: argparse.Namespace, reference_app: str | Charts | None):
    chart = args.chart or "agent"
    chart_name = args.chart_name or DEFAULT_CHART_NAME[chart]
    if chart == "airflow":
        return {chart_name: _airflow_chart(args)}
    if given := _given(args, "namespace", "release", "create_namespace"):
        raise ValuesError([f"{', '.join(given)}: only with --chart airflow (the agent's namespace is its values' "
                           "namespace key)"], "arguments")
    if args.values or args.set or args.set_string:
        from .agent import RemoteExecutionAgent, validate_values
        from .agent.credentials import require_opt_in
        from .layers import read_layers

        layered = read_layers(args.values, args.set, args.set_string)
        try:
            values = validate_values(layered.data, source=layered.source)  # all problems before cdk8s starts
            require_opt_in(values, args.allow_plaintext_secrets, source=layered.source)  # named after the file
        except ValuesError as error:
            raise layered.attribute(_official_chart_hint(error)) from None
        allow = args.allow_plaintext_secrets
        return {chart_name: lambda app, id: RemoteExecutionAgent(app, id, values=values, allow_plaintext_secrets=allow)}
    if reference_app is None or args.chart or args.chart_name:
        raise ValuesError(["--values: is required (this program has no reference app)" if reference_app is None else
                           "--values: is required with --chart or --chart-name"], "arguments")
    if not isinstance(reference_app, str):
        return dict(reference_app)
    module, _, attr = reference_app.partition(":")
    return getattr(importlib.import_module(module), attr)


def _official_chart_hint(error: ValuesError) -> ValuesError:
    """Agent values refused for top-level keys of the official Airflow chart: one more line saying which
    option reads them (a Helm user who forgot ``--chart airflow`` sees why every key is unknown)."""
    from .platform.official_keys import OFFICIAL

    keys = [path for path, _, message in (p.partition(": ") for p in error.problems)
            if path in OFFICIAL and message.startswith("unknown key")]
    if len(keys) < 2:
        return error
    hint = (f"{', '.join(keys[:4])}{', ...' if len(keys) > 4 else ''}: keys of the official Apache Airflow chart; for "
            "its values add --chart airflow --namespace NS (without it, values are the Remote Execution Agent's)")
    return ValuesError([*error.problems, hint], error.source)


def _airflow_chart(args: argparse.Namespace):
    """The official Airflow chart's values as an AirflowPlatform; notices go to stderr."""
    from .layers import read_layers
    from .platform.chart_values import read_chart_values

    problems = []
    if args.namespace is None:
        problems.append("--namespace: is required with --chart airflow (as Helm's --namespace)")
    if args.allow_plaintext_secrets:
        problems.append("--allow-plaintext-secrets: not with --chart airflow, which never writes secret values")
    if problems:
        raise ValuesError(problems, "arguments")
    layered = read_layers(args.values, args.set, args.set_string)
    try:
        plan = read_chart_values(layered.data, namespace=args.namespace, release=args.release or "airflow",
                                 create_namespace=args.create_namespace, source=layered.source)
    except ValuesError as error:
        raise layered.attribute(error) from None
    for notice in plan.notices:
        origin = layered.origin(parse_path(notice.partition(": ")[0]) or ())
        print(f"notice: {notice}" + (f" (from {origin})" if origin and len(layered.layers) > 1 else ""), file=sys.stderr)
    return plan.build


_TOP_LEVEL_KIND = re.compile(r"^kind: (\S+)$", re.MULTILINE)  # nested "kind:" keys are indented


def _summary(files: list[Path]) -> None:
    for path in files:
        kinds = Counter(_TOP_LEVEL_KIND.findall(path.read_text()))
        listed = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        print(f"{path}: {sum(kinds.values())} objects ({listed})")


def _diff(args: argparse.Namespace, reference_app: str | Charts | None, outdir: str) -> int:
    from .diff import diff_folders

    if len(args.dirs) > 2:
        raise ValuesError([f"diff: takes at most two folders (OLD NEW), not {len(args.dirs)}"], "arguments")
    if len(args.dirs) == 2:
        given = _given(args, "values", "set", "set_string", "chart", "chart_name", "namespace", "release",
                       "create_namespace", "outdir", "allow_plaintext_secrets")
        if given:
            raise ValuesError([f"diff OLD NEW: cannot be combined with {', '.join(given)} (it compares two folders and "
                               "synthesizes nothing)"], "arguments")
        result = diff_folders(Path(args.dirs[0]), Path(args.dirs[1]))
    else:
        old = Path(args.dirs[0] if args.dirs else outdir)
        if not old.is_dir():
            raise ValuesError([f"diff: {old} is not a folder"], "arguments")
        import tempfile

        with node_runtime.starting():
            builders = _builders(args, reference_app)
            from . import synth

        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh"
            synth.synth_atomic(builders, fresh)
            result = diff_folders(old, fresh)
    sys.stdout.write(result.render())
    changed = result.added or result.removed or result.changed
    return 1 if result.needs_action or (args.exit_code and changed) else 0


def _check(folder: Path, allow_plaintext_secrets: bool) -> int:
    from .checks import check_directory

    if not folder.exists():
        raise ValuesError([f"check: {folder} does not exist (give a manifest file or a folder of them)"], "arguments")
    problems = check_directory(folder, allow_plaintext_secrets=allow_plaintext_secrets)
    for problem in problems:
        print(problem)
    print(f"{folder}: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


def app_main(charts: Charts, *, prog: str = "python main.py") -> NoReturn:
    """The ``main.py`` of a team repository: this command line for its own charts, which ``synth`` without
    values synthesizes (as ``python main.py`` does the reference app here): every object checked against
    the API server's rules before anything is written, only the tool's own files in the output folder
    touched; ``diff`` against a fresh synthesis, ``check``, ``cloud-setup`` work on them too.

    charts: chart id (the output file ``ID.k8s.yaml``) -> a function or construct class called as
        ``(app, id)`` that adds that chart to the app.
    prog: how the program is started, for help and error messages. Default: ``python main.py``.
    """
    interrupts.main(lambda: run(sys.argv[1:], reference_app=charts, prog=prog))


def main() -> None:
    """The installed ``airflow-cdk8s`` command (every command; no reference app)."""
    interrupts.main(lambda: run(sys.argv[1:], prog=INSTALLED))
