#!/usr/bin/env python3
"""Synth benchmark: time whole `python main.py` processes and measure their peak memory.

    .venv/bin/python bench/run.py                      # 5 runs per case, prints a Markdown table
    .venv/bin/python bench/run.py --runs 9
    .venv/bin/python bench/run.py --write --label before   # also records the table in bench/RESULTS.md
    .venv/bin/python bench/run.py --quick              # smoke test: 1 run, 1 and 10 worker groups

Cases: `import airflow_cdk8s` alone, the reference app (`main.py --outdir`), and agents with 1, 10, 100
and 500 worker groups (each with an HPA and its own ServiceAccount) generated from
examples/values/astro-ui.yaml. Standard library only. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "examples" / "values" / "astro-ui.yaml"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SIZES = [1, 10, 100, 500]
QUICK_SIZES = [1, 10]
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


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Run `cmd` in the repository root; return (wall seconds, peak tree RSS in kB). Exits on failure."""
    peak = 0
    done = threading.Event()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_kb(proc.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()  # returns when the process has exited and its pipes are closed
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"failed (exit {proc.returncode}): {' '.join(cmd)}\n{out}{err}")
    return wall, peak


def count_objects(outdir: Path) -> int:
    return sum(len(re.findall(r"^kind: ", f.read_text(), re.MULTILINE)) for f in outdir.glob("*.yaml"))


def measure(label: str, cmd: list[str], runs: int, env: dict[str, str], outdir: Path | None) -> dict:
    walls, peaks, objects = [], [], None
    for i in range(runs):
        if outdir is not None:
            shutil.rmtree(outdir, ignore_errors=True)
        wall, peak = run_once(cmd, env)
        walls.append(wall)
        peaks.append(peak)
        if outdir is not None:
            objects = count_objects(outdir)
        print(f"  {label}: run {i + 1}/{runs}: {wall:.2f} s, {peak / 1024:.0f} MB", file=sys.stderr)
    return {"case": label, "median": statistics.median(walls), "min": min(walls), "max": max(walls),
            "peak_mb": max(peaks) / 1024, "objects": objects}


# --- report -------------------------------------------------------------------------------------


def verdict(ok: bool, target: str) -> str:
    return f"{target}: {'met' if ok else 'MISSED'}"


def table(rows: list[dict], marginal: tuple[int, float] | None) -> str:
    out = ["| case | median s | min s | max s | peak MB | objects | target |",
           "|---|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        objects = "" if r["objects"] is None else str(r["objects"])
        out.append(f"| {r['case']} | {r['median']:.2f} | {r['min']:.2f} | {r['max']:.2f} | {r['peak_mb']:.0f} "
                   f"| {objects} | {r.get('target', '')} |")
    if marginal is not None:
        size, ms = marginal
        out.append("")
        out.append(f"Marginal cost per worker group, (median({size}) - median(1)) / {size - 1}: **{ms:.1f} ms** "
                   f"({verdict(ms < 5, '< 5 ms')})")
    return "\n".join(out)


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
    p.add_argument("--write", action="store_true", help="also record the table in bench/RESULTS.md")
    p.add_argument("--label", help="the RESULTS.md section heading, e.g. before or after (needed with --write)")
    default_python = ROOT / ".venv" / "bin" / "python"
    p.add_argument("--python", default=str(default_python) if default_python.exists() else sys.executable,
                   help="the interpreter that runs main.py (default: .venv/bin/python)")
    args = p.parse_args()
    if args.write and not args.label:
        p.error("--write needs --label")
    if args.write and args.quick:
        p.error("--quick is a smoke test; its numbers are not written to RESULTS.md")
    runs, sizes = (1, QUICK_SIZES) if args.quick else (args.runs, SIZES)
    if runs < 1:
        p.error("--runs must be at least 1")

    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    py = args.python
    info = machine(py)
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    rows = []
    with tempfile.TemporaryDirectory(prefix="airflow-cdk8s-bench-") as tmp:
        out = Path(tmp) / "out"
        rows.append(measure("`import airflow_cdk8s`", [py, "-c", "import airflow_cdk8s"], runs, env, None))
        row = measure("reference app (`main.py`)", [py, "main.py", "--outdir", str(out)], runs, env, out)
        row["target"] = verdict(row["median"] < 1, "median < 1 s")
        rows.append(row)
        medians = {}
        template = TEMPLATE.read_text()
        for n in sizes:
            values = Path(tmp) / f"values-{n}.yaml"
            values.write_text(values_with_workers(template, n))
            row = measure(f"agent, {n} worker group{'s' if n > 1 else ''}",
                          [py, "main.py", "--values", str(values), "--outdir", str(out)], runs, env, out)
            if n == 500:
                row["target"] = verdict(row["median"] < 4 and row["peak_mb"] < 300, "median < 4 s, peak < 300 MB")
            medians[n] = row["median"]
            rows.append(row)
    largest = max(sizes)
    marginal = (largest, (medians[largest] - medians[1]) / (largest - 1) * 1000) if 1 in medians and largest > 1 else None

    result = table(rows, marginal)
    print(result)
    if args.write:
        section = (f"## {args.label}\n\n"
                   f"- Date: {started}\n- Machine: {info}\n- Runs per case: {runs} (median, min, max of wall time; "
                   f"peak = largest process-tree RSS over all runs)\n\n{result}\n")
        write_results(args.label, section)
        print(f"\nwritten to {RESULTS.relative_to(ROOT)} under '## {args.label}'", file=sys.stderr)


if __name__ == "__main__":
    main()
