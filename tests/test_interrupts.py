"""Ctrl-C and SIGTERM in a real synthesis (of tests/node_app.py: cdk8s's Node runtime included), wherever they land.

Each child sends the signal itself at a known point, to its whole process group as a terminal sends Ctrl-C
(its own session, so nothing else gets it): the tests are deterministic, with no timing to race.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from airflow_cdk8s import interrupts

from conftest import ROOT
from test_output import EXAMPLE, MANIFEST, tree, user_repo

CHILD = r"""
import os, runpy, signal, sys, time
sys.path.insert(0, os.path.join(os.environ["ROOT"], "constructs"))
# As a terminal starts a program, even when the test runner was started with SIGINT ignored.
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
from jsii._kernel.providers.process import _NodeProcess
from airflow_cdk8s import output

point, signum = os.environ["AT"], getattr(signal, os.environ["SIGNAL"])
sent = []

def to_the_group(*_):
    if not sent:
        sent.append(point)
        os.killpg(0, signum)
        time.sleep(0.2)  # a KeyboardInterrupt cuts this short

def before(owner, name, hook, when=lambda *args: True):
    real = getattr(owner, name)
    def wrapper(*args, **kwargs):
        if when(*args):
            hook(*args)
        return real(*args, **kwargs)
    setattr(owner, name, wrapper)

class LostInterrupt:
    # Python drops an exception raised in __del__ (it only prints it): the KeyboardInterrupt of a
    # signal handled there is lost, but the signal was received.
    def __del__(self):
        os.kill(os.getpid(), signum)

def node_dies_first(process):
    process._process.send_signal(signum)
    process._process.wait()
    LostInterrupt()

if point == "starting node":  # before the Node process exists
    before(_NodeProcess, "_jsii_runtime", to_the_group)
elif point == "handshake":  # the Node process runs; jsii waits for its first message
    before(_NodeProcess, "handshake", to_the_group)
elif point == "node dies first":  # jsii reads from a dead Node process; our KeyboardInterrupt was lost
    before(_NodeProcess, "handshake", node_dies_first)
elif point == "synthesizing":  # a jsii request in flight
    before(_NodeProcess, "send", to_the_group, when=lambda _, request, *__: type(request).__name__ == "CreateRequest")
elif point == "writing":  # staging the output files
    before(output, "_write_temp", to_the_group)
elif point == "exiting":  # the run has finished; jsii stops its Node process
    before(_NodeProcess, "stop", to_the_group)
app = os.path.join(os.environ["ROOT"], "tests", "node_app.py")  # an app that needs Node
sys.argv = [app, "--outdir", os.environ["OUTDIR"]]
runpy.run_path(app, run_name="__main__")
"""


def synthesis_signalled(at: str, signum: signal.Signals, outdir) -> subprocess.CompletedProcess:
    env = {**os.environ, "ROOT": str(ROOT), "AT": at, "SIGNAL": signum.name, "VALUES": str(EXAMPLE), "OUTDIR": str(outdir)}
    return subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, start_new_session=True)


@pytest.mark.parametrize("at,signum", [
    ("starting node", signal.SIGINT),
    ("handshake", signal.SIGINT),
    ("node dies first", signal.SIGINT),
    ("synthesizing", signal.SIGINT),
    ("synthesizing", signal.SIGTERM),
    ("writing", signal.SIGINT),
])
def test_an_interrupted_synthesis_says_so_in_one_line_and_changes_nothing(tmp_path, at, signum):
    repo = user_repo(tmp_path / "repo")
    before = tree(repo)
    result = synthesis_signalled(at, signum, repo)
    assert result.returncode == 130, result.stderr
    assert result.stderr.strip() == interrupts.MESSAGE  # no traceback, no "Exception ignored in ..." from jsii
    assert result.stdout == ""
    assert tree(repo) == before
    assert not [p for p in repo.iterdir() if "airflow-cdk8s-tmp" in p.name]


def test_a_signal_while_exiting_after_a_finished_run_is_quiet(tmp_path):
    repo = user_repo(tmp_path / "repo")
    result = synthesis_signalled("exiting", signal.SIGINT, repo)
    assert result.returncode == 0, result.stderr  # the work was done: every file written whole
    assert result.stderr == ""
    assert result.stdout.startswith(f"{repo / 'remote-agent.k8s.yaml'}: ")
    assert (repo / MANIFEST).read_text().splitlines()[1:] == ["remote-agent.k8s.yaml"]
    assert (repo / "remote-agent.k8s.yaml").read_text().startswith("apiVersion: ")


def test_the_handlers_are_restored_after_an_in_process_run(capsys):
    from airflow_cdk8s.cli import run

    before = {s: signal.getsignal(s) for s in interrupts.SIGNALS}
    hook = sys.unraisablehook
    assert run(["schema"]) == 0
    assert {s: signal.getsignal(s) for s in interrupts.SIGNALS} == before
    assert sys.unraisablehook is hook
