#!/usr/bin/env python3
"""Synth benchmark: time whole `python main.py` processes beside `helm template`, and their peak memory.

    .venv/bin/python bench/run.py --helm-chart CHART    # 5 interleaved runs per case, prints a Markdown table
    .venv/bin/python bench/run.py --runs 9 --sizes 1,500
    .venv/bin/python bench/run.py --write --label before   # also records the table in bench/RESULTS.md
    .venv/bin/python bench/run.py --quick              # smoke test: 1 run, 1 and 10 worker groups

Cases: `helm template` of CHART (the anchor; $BENCH_HELM_CHART by default), `import airflow_cdk8s` alone,
the reference app (`python -O main.py --outdir`, as `make synth` runs it), and agents with 1, 10, 100, 500 and 2,000 worker groups (each with
an HPA and its own ServiceAccount) generated from examples/values/astro-ui-chart-2.x.yaml. Standard library only.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "examples" / "values" / "astro-ui-chart-2.x.yaml"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SIZES = [1, 10, 100, 500, 2000]
QUICK_SIZES = [1, 10]
DEFAULT_HELM = ROOT / ".cache" / "helm" / "helm"
HELM_SET = ["postgresql.enabled=false"]  # the official chart with an external database, as our platform runs
# Targets from the issue: (at most this many times helm's median, peak MB below) per case; marginal cost.
REFERENCE_TARGET = (0.7, None)
GROUPS_TARGETS = {500: (1.5, 250)}
MARGINAL_MS = 1.0
SAMPLE_SECONDS = 0.01  # memory polling interval

# One worker group: its own queue and ServiceAccount, an HPA from 1 to 5 replicas on CPU.
WORKER = """\
  - name: {name}
    queues: {name}
    resources:
      requests:
        cpu: "1"
        memory: 2Gi
      limits:
        cpu: "2"
        memory: 4Gi
    serviceAccount:
      create: true
      name: astro-agent-worker-{name}
    hpa:
      enabled: true
      minReplicas: 1
      maxReplicas: 5
      metrics:
        - type: Resource
          resource:
            name: cpu
            target:
              type: Utilization
              averageUtilization: 80
"""


# --- values files -------------------------------------------------------------------------------


def values_with_workers(template: str, count: int) -> str:
    """The template with its top-level `workers:` block replaced by `count` generated worker groups."""
    lines = template.splitlines(keepends=True)
    start = lines.index("workers:\n")
    end = start + 1
    while end < len(lines) and not re.match(r"[A-Za-z]", lines[end]):  # up to the next top-level key
        end += 1
    workers = "".join(WORKER.format(name=f"w{i:04d}") for i in range(1, count + 1))
    return "".join(lines[: start + 1]) + workers + "\n" + "".join(lines[end:])


# --- one measured process -----------------------------------------------------------------------


def tree_rss_kb(pid: int) -> int:
    """VmRSS of `pid` and all its descendants, in kB (processes that vanish meanwhile count as 0)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)  # absent for zombies
            total += int(match.group(1)) if match else 0
            for tid in os.listdir(f"/proc/{p}/task"):
                todo += [int(c) for c in Path(f"/proc/{p}/task/{tid}/children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def run_once(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, int, float]:
    """Run `cmd` in `cwd`; return (wall seconds, peak tree RSS in kB, CPU seconds). Exits on failure.

    CPU seconds are user + system time of the process and the descendants it waited for (the Node
    process jsii starts): unlike wall time, other load on the machine barely changes them."""
    peak = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = threading.Event()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_kb(proc.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()  # returns when the process has exited and its pipes are closed
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    done.set()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"failed (exit {proc.returncode}): {' '.join(cmd)}\n{out}{err}")
    return wall, peak, cpu


def count_objects(outdir: Path) -> int:
    """Lines `kind: ` at column 0 in every YAML file under outdir (helm writes a tree of them)."""
    return sum(len(re.findall(r"^kind: ", f.read_text(), re.MULTILINE)) for f in outdir.rglob("*.yaml"))


class Case:
    """One command measured `runs` times; its output folder (if any) is emptied before each run."""

    def __init__(self, label: str, cmd: list[str], outdir: Path | None = None, target=None, cwd: Path = ROOT) -> None:
        self.label, self.cmd, self.outdir, self.target, self.cwd = label, cmd, outdir, target, cwd
        self.walls: list[float] = []
        self.peaks: list[int] = []
        self.cpus: list[float] = []
        self.objects: int | None = None

    def run(self, env: dict[str, str]) -> None:
        if self.outdir is not None:
            shutil.rmtree(self.outdir, ignore_errors=True)
        wall, peak, cpu = run_once(self.cmd, env, self.cwd)
        self.walls.append(wall)
        self.cpus.append(cpu)
        self.peaks.append(peak)
        if self.outdir is not None:
            self.objects = count_objects(self.outdir)
        print(f"  {self.label}: run {len(self.walls)}: {wall:.2f} s, {peak / 1024:.0f} MB, CPU {cpu:.2f} s",
              file=sys.stderr)

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)

    @property
    def peak_mb(self) -> float:
        return max(self.peaks) / 1024


def measure_interleaved(cases: list[Case], runs: int, env: dict[str, str]) -> None:
    """Round `i` runs every case once, so load drifting over the minutes the benchmark takes
    reaches every case alike and the ratios to helm stay fair. The first case of each checkout runs
    once unmeasured first, so Python's bytecode cache is written before anything is timed."""
    for cwd in dict.fromkeys(c.cwd for c in cases):
        warm_up = next(c for c in cases if c.cwd == cwd and "main.py" in c.cmd)
        run_once(warm_up.cmd, env, warm_up.cwd)
    for i in range(runs):
        print(f"round {i + 1}/{runs}", file=sys.stderr)
        for case in cases:
            case.run(env)


# --- report -------------------------------------------------------------------------------------


def verdict(ok: bool, target: str) -> str:
    return f"{target}: {'met' if ok else 'MISSED'}"


def judge(case: Case, helm: Case | None) -> str:
    """The issue's target for this case, if it has one: ratios to helm need the helm case."""
    if case.target is None:
        return ""
    max_ratio, max_mb = case.target
    parts = []
    if helm is None:
        parts.append(f"<= {max_ratio}x helm: not judged (no BENCH_HELM_CHART)")
    else:
        parts.append(verdict(case.median <= max_ratio * helm.median, f"<= {max_ratio}x helm"))
    if max_mb is not None:
        parts.append(verdict(case.peak_mb < max_mb, f"peak < {max_mb} MB"))
    return "; ".join(parts)


def table(cases: list[Case], helm: Case | None, marginals: list[tuple[int, int, float, float]]) -> str:
    out = ["| case | median s | min s | max s | x helm | CPU s | peak MB | objects | target |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for c in cases:
        objects = "" if c.objects is None else str(c.objects)
        ratio = f"{c.median / helm.median:.2f}" if helm is not None else ""
        out.append(f"| {c.label} | {c.median:.2f} | {min(c.walls):.2f} | {max(c.walls):.2f} | {ratio} "
                   f"| {c.cpu:.2f} | {c.peak_mb:.0f} | {objects} | {judge(c, helm)} |")
    for low, high, ms, cpu_ms in marginals:
        out.append("")
        out.append(f"Marginal cost per worker group, (median({high}) - median({low})) / {high - low}: "
                   f"**{ms:.2f} ms** ({verdict(ms <= MARGINAL_MS, f'<= {MARGINAL_MS} ms')}); in CPU time {cpu_ms:.2f} ms")
    return "\n".join(out)


def chart_name(chart: Path) -> str:
    text = (chart / "Chart.yaml").read_text()
    name, version = (re.search(rf"^{key}:\s*(\S+)", text, re.MULTILINE) for key in ("name", "version"))
    return f"{name.group(1) if name else chart.name} {version.group(1) if version else ''}".strip()


def read_first(path: str, pattern: str) -> str:
    match = re.search(pattern, Path(path).read_text(), re.MULTILINE)
    return match.group(1).strip() if match else "?"


def version(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip() or "?"
    except FileNotFoundError:
        return "not found"


def machine(python: str) -> str:
    mem_gib = int(read_first("/proc/meminfo", r"^MemTotal:\s+(\d+)")) / 1024 / 1024
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    cpu = read_first("/proc/cpuinfo", r"^model name\s*:(.*)$")
    return (f"{len(os.sched_getaffinity(0))} CPUs ({cpu}), "
            f"{mem_gib:.1f} GiB RAM, {version([python, '--version'])}, node {version(['node', '--version'])}, "
            f"load average at start {load}")


def write_results(label: str, section: str) -> None:
    """Add the section `## label` to RESULTS.md, replacing an earlier section of the same label."""
    text = RESULTS.read_text() if RESULTS.exists() else "# Synth benchmark results\n\nWritten by `bench/run.py --write --label LABEL`.\n"
    head, *sections = re.split(r"(?m)^(?=## )", text)
    sections = [s.strip() for s in sections]
    same = [i for i, s in enumerate(sections) if s.splitlines()[0].strip() == f"## {label}"]
    if same:  # replaced where it was, so the file stays in the order the runs were first made
        sections[same[0]] = section.strip()
        sections = [s for i, s in enumerate(sections) if i not in same[1:]]
    else:
        sections.append(section.strip())
    RESULTS.write_text(head.rstrip() + "\n\n" + "\n\n".join(sections) + "\n")


# --- main ---------------------------------------------------------------------------------------


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5, help="runs per case; the median is reported (default 5)")
    p.add_argument("--quick", action="store_true", help="smoke test: 1 run, worker groups 1 and 10 only")
    p.add_argument("--sizes", type=lambda v: sorted({int(n) for n in v.split(",")}),
                   help=f"worker-group counts, comma-separated (default {','.join(map(str, SIZES))})")
    p.add_argument("--write", action="store_true", help="also record the table in bench/RESULTS.md")
    p.add_argument("--label", help="the RESULTS.md section heading, e.g. before or after (needed with --write)")
    default_python = ROOT / ".venv" / "bin" / "python"
    p.add_argument("--python", default=str(default_python) if default_python.exists() else sys.executable,
                   help="the interpreter that runs main.py (default: .venv/bin/python)")
    p.add_argument("--helm-chart", default=os.environ.get("BENCH_HELM_CHART") or None,
                   help="chart folder to `helm template` beside our synth (default: $BENCH_HELM_CHART; "
                        "bench/official_chart.py exports the official one)")
    p.add_argument("--helm", default=str(DEFAULT_HELM), help=f"helm binary (default {DEFAULT_HELM.relative_to(ROOT)}, "
                                                             "installed by `make helm`)")
    p.add_argument("--baseline", type=Path,
                   help="another checkout of this repository (e.g. a git worktree of an older commit): its main.py "
                        "runs every synth case too, interleaved, so before and after share the machine's load")
    p.add_argument("--no-optimize", action="store_true",
                   help="run main.py without -O (jsii's typeguard checks on), as a bare `python main.py` does; "
                        "by default it runs as `make synth` and cdk8s.yaml run it, `python -O main.py`")
    p.add_argument("--baseline-no-optimize", action="store_true",
                   help="run the baseline's main.py without -O (for a checkout from before make synth used it)")
    p.add_argument("--helm-set", action="append", default=None,
                   help=f"a --set for helm template, repeatable (default {','.join(HELM_SET)})")
    args = p.parse_args()
    if args.write and not args.label:
        p.error("--write needs --label")
    if args.write and args.quick:
        p.error("--quick is a smoke test; its numbers are not written to RESULTS.md")
    runs, sizes = (1, QUICK_SIZES) if args.quick else (args.runs, args.sizes or SIZES)
    if runs < 1:
        p.error("--runs must be at least 1")
    if args.helm_chart and not Path(args.helm).is_file():
        p.error(f"{args.helm} not found: run `make helm` (or pass --helm)")
    if args.helm_chart and not (Path(args.helm_chart) / "Chart.yaml").is_file():
        p.error(f"{args.helm_chart} has no Chart.yaml: pass a chart folder (see bench/official_chart.py)")

    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    # Users' Python caches bytecode; without it every run compiles our modules and the large generated
    # CRD bindings again (about 0.45 s of CPU in the reference app).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    py = args.python
    main_py = ["main.py"] if args.no_optimize else ["-O", "main.py"]
    info = machine(py)
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    with tempfile.TemporaryDirectory(prefix="airflow-cdk8s-bench-") as tmp:
        out = Path(tmp) / "out"
        helm = None
        if args.helm_chart:
            helm_set = args.helm_set if args.helm_set is not None else HELM_SET
            sets = [arg for value in helm_set for arg in ("--set", value)]
            helm = Case(f"`helm template` of {chart_name(Path(args.helm_chart))} ({' '.join(helm_set)})",
                        [args.helm, "template", "airflow", args.helm_chart, *sets, "--output-dir", str(out)], out)
        cases = [Case("`import airflow_cdk8s`", [py, "-c", "import airflow_cdk8s"]),
                 Case("reference app (`main.py`)", [py, *main_py, "--outdir", str(out)], out, REFERENCE_TARGET)]
        groups = {}
        template = TEMPLATE.read_text()
        for n in sizes:
            values = Path(tmp) / f"values-{n}.yaml"
            values.write_text(values_with_workers(template, n))
            groups[n] = Case(f"agent, {n} worker group{'s' if n > 1 else ''}",
                             [py, *main_py, "--values", str(values), "--outdir", str(out)], out,
                             GROUPS_TARGETS.get(n))
        cases += groups.values()
        if args.baseline:
            base = args.baseline.resolve()
            if not (base / "main.py").is_file():
                p.error(f"--baseline {base}: has no main.py")
            cases += [Case(f"{c.label} [baseline]", [str(Path(tmp) / "out-baseline" if a == str(out) else a)
                                                      for a in c.cmd if not (a == "-O" and args.baseline_no_optimize)],
                           Path(tmp) / "out-baseline", cwd=base)
                      for c in cases if c.outdir is not None]
        measure_interleaved(([helm] if helm else []) + cases, runs, env)
    load_after = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    steps = [n for n in (1, 500, 2000) if n in groups]  # 1 -> 500 and 500 -> 2,000
    if len(steps) < 2 and len(groups) > 1:
        steps = [min(groups), max(groups)]
    marginals = [(lo, hi, (groups[hi].median - groups[lo].median) / (hi - lo) * 1000,
                  (groups[hi].cpu - groups[lo].cpu) / (hi - lo) * 1000) for lo, hi in zip(steps, steps[1:])]

    result = table(([helm] if helm else []) + cases, helm, marginals)
    print(result)
    if args.write:
        section = (f"## {args.label}\n\n"
                   f"- Date: {started}\n- Machine: {info}, load average at end {load_after}\n"
                   f"- Runs per case: {runs}, interleaved (round i runs every case once); median, min, max of "
                   f"wall time; peak = largest process-tree RSS over all runs\n\n{result}\n")
        write_results(args.label, section)
        print(f"\nwritten to {RESULTS.relative_to(ROOT)} under '## {args.label}'", file=sys.stderr)


if __name__ == "__main__":
    main()
