"""cdk8s's Node.js runtime (jsii) without a writable home, and its start-up failures: real CLI runs, as an
unprivileged user when the tests run as root (root may write anywhere). The runs synthesize a team's app
that needs Node (tests/node_app.py: a plain cdk8s object in an agent chart); an agent from values alone
does not start Node at all."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import types
from pathlib import Path

import pytest
import yaml

from airflow_cdk8s import node_runtime

from conftest import ROOT
from test_output import EXAMPLE

NODE_APP = ROOT / "tests" / "node_app.py"

NOBODY = 65534
AS_NOBODY = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"] if os.geteuid() == 0 else []
UID = NOBODY if AS_NOBODY else os.geteuid()


@pytest.fixture
def scratch():
    """A folder the unprivileged user can reach (tmp_path is private to root), with a temp folder for it."""
    folder = Path(tempfile.mkdtemp(prefix="node-runtime-"))
    folder.chmod(0o755)
    (folder / "tmp").mkdir()
    (folder / "tmp").chmod(0o1777)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


def synthesize(scratch: Path, **env: str) -> subprocess.CompletedProcess:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("JSII_RUNTIME_PACKAGE_CACHE")},
           "TMPDIR": str(scratch / "tmp"), "VALUES": str(EXAMPLE), **env}
    return subprocess.run([*AS_NOBODY, sys.executable, str(NODE_APP), "--stdout"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def assert_synthesized(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    docs = list(yaml.safe_load_all(result.stdout))
    assert {"Deployment", "ServiceAccount"} <= {doc["kind"] for doc in docs}
    assert any(doc["metadata"]["name"] == "team-note" for doc in docs)  # the object cdk8s rendered in Node


def private_cache(scratch: Path) -> Path:
    folder = scratch / "tmp" / f"airflow-cdk8s-jsii-cache-{UID}"
    info = os.lstat(folder)
    assert stat.S_ISDIR(info.st_mode) and info.st_uid == UID and stat.S_IMODE(info.st_mode) == 0o700
    assert any(folder.iterdir())  # jsii extracted the libraries into it
    return folder


def test_without_a_home_the_cache_goes_to_a_private_temp_folder(scratch):
    assert_synthesized(synthesize(scratch, HOME="/nonexistent"))
    private_cache(scratch)


def test_with_a_read_only_home_the_cache_goes_to_a_private_temp_folder(scratch):
    home = scratch / "home"
    home.mkdir()
    home.chmod(0o555)
    assert_synthesized(synthesize(scratch, HOME=str(home)))
    assert list(home.iterdir()) == []
    private_cache(scratch)


def test_with_a_home_it_may_not_enter_the_cache_goes_to_a_private_temp_folder(scratch):
    (scratch / "locked" / "home").mkdir(parents=True)
    (scratch / "locked").chmod(0o000)  # as /root is for nobody
    assert_synthesized(synthesize(scratch, HOME=str(scratch / "locked" / "home")))
    private_cache(scratch)


def test_a_temp_folder_another_user_could_write_is_not_used(scratch):
    planted = scratch / "tmp" / f"airflow-cdk8s-jsii-cache-{UID}"
    planted.mkdir()
    planted.chmod(0o777)  # and owned by root when the CLI runs as nobody
    assert_synthesized(synthesize(scratch, HOME="/nonexistent"))  # with jsii's cache turned off
    assert list(planted.iterdir()) == []


def test_a_cache_folder_jsii_cannot_use_is_a_clear_error(scratch):
    outdir = scratch / "out"
    env = {**os.environ, "JSII_RUNTIME_PACKAGE_CACHE_ROOT": "/etc/hostname/cache", "VALUES": str(EXAMPLE)}  # under a file: set by the user
    result = subprocess.run([sys.executable, str(NODE_APP), "--outdir", str(outdir)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "error: cdk8s's Node.js runtime (jsii): 1 problem(s)"
    assert lines[1].startswith("  Cannot use the jsii package cache in /etc/hostname/cache: ")
    assert "set JSII_RUNTIME_PACKAGE_CACHE_ROOT to a different directory" in lines[1]
    assert lines[2] == f"nothing was written; {outdir} is unchanged"
    assert not outdir.exists()


def test_an_agent_from_values_needs_no_node(scratch):
    env = {**os.environ, "JSII_NODE": str(scratch / "no-node"), "JSII_RUNTIME_PACKAGE_CACHE_ROOT": "/etc/hostname/cache"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--values", str(EXAMPLE), "--stdout"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stderr == ""
    assert {"Deployment", "ServiceAccount"} <= {doc["kind"] for doc in yaml.safe_load_all(result.stdout)}


@pytest.mark.parametrize("args", [
    [],  # the reference app: every scenario, agents and self-hosted Airflow
    ["--chart", "airflow", "--values", str(ROOT / "examples" / "official-chart" / "airflow_values.yaml"), "--namespace", "airflow"],
], ids=["reference app", "official chart values"])
def test_the_command_line_never_starts_node(scratch, args):
    env = {**os.environ, "JSII_NODE": str(scratch / "no-node")}  # were Node started, this would fail
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--outdir", str(scratch / "out")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and list((scratch / "out").glob("*.k8s.yaml"))


def test_no_node_is_a_clear_error(scratch):
    env = {**os.environ, "JSII_NODE": str(scratch / "no-node"), "VALUES": str(EXAMPLE)}
    result = subprocess.run([sys.executable, str(NODE_APP), "--stdout"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[:2] == [
        "error: cdk8s's Node.js runtime (jsii): 1 problem(s)",
        f"  cannot start '{scratch / 'no-node'}' (not found): cdk8s runs in Node.js; install Node.js 18 or later, "
        "or set JSII_NODE to its path",
    ]


@pytest.mark.parametrize("env,expected", [
    ({"HOME": "/nonexistent", "JSII_RUNTIME_PACKAGE_CACHE_ROOT": "/srv/cache"}, {"JSII_RUNTIME_PACKAGE_CACHE_ROOT": "/srv/cache"}),
    ({"HOME": "/nonexistent", "JSII_RUNTIME_PACKAGE_CACHE": "disabled"}, {"JSII_RUNTIME_PACKAGE_CACHE": "disabled"}),
    ({"HOME": ""}, {}),  # no home at all: jsii uses a private temp folder of its own
])
def test_what_the_user_set_is_left_alone(monkeypatch, env, expected):
    for name in ("JSII_RUNTIME_PACKAGE_CACHE_ROOT", "JSII_RUNTIME_PACKAGE_CACHE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    node_runtime.use_a_writable_cache()
    assert {k: v for k, v in os.environ.items() if k.startswith("JSII_RUNTIME_PACKAGE_CACHE")} == expected


def test_a_writable_home_is_left_to_jsii(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("JSII_RUNTIME_PACKAGE_CACHE_ROOT", raising=False)
    monkeypatch.delenv("JSII_RUNTIME_PACKAGE_CACHE", raising=False)
    node_runtime.use_a_writable_cache()
    assert "JSII_RUNTIME_PACKAGE_CACHE_ROOT" not in os.environ and "JSII_RUNTIME_PACKAGE_CACHE" not in os.environ
    assert node_runtime.default_cache_root() == tmp_path / ".cache" / "aws" / "jsii" / "package-cache"


def test_a_library_in_its_package_folder_is_loaded_later_wherever_the_folder_is(tmp_path, monkeypatch):
    # A checkout (and its .venv) under the temp folder, as CI may have it: jsii's libraries there are no
    # temporary copies, so their loads are held back as anywhere else.
    package = tmp_path / "site-packages" / "somelib" / "_jsii"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    module = types.ModuleType("somelib._jsii")
    module.__file__ = str(package / "__init__.py")
    monkeypatch.setitem(sys.modules, "somelib._jsii", module)
    assert node_runtime._stays(str(package / "somelib@1.0.0.jsii.tgz"))
    # a copy jsii was given of a library inside a zip file is elsewhere, and gone after the import
    assert not node_runtime._stays(str(tmp_path / "tmpab12cd" / "somelib@1.0.0.jsii.tgz"))


IMPORTS = r"""
import json, sys
import airflow_cdk8s
jsii_after_ours = "jsii" in sys.modules
import cdk8s
from airflow_cdk8s import node_runtime
print(json.dumps([jsii_after_ours, node_runtime.started()]))
"""


def test_importing_airflow_cdk8s_imports_no_jsii_and_cdk8s_after_it_starts_no_node():
    result = subprocess.run([sys.executable, "-c", IMPORTS], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[false, false]"
