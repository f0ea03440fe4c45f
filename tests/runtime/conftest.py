"""The runtime conformance suite needs root (namespaces), Debian's PostgreSQL and Redis, and the Airflow
virtualenvs `make runtime-venvs` builds. Under CI a missing prerequisite fails; elsewhere it skips."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def airflow_venv(version: str) -> Path:
    return ROOT / f".venv-airflow-{version}"


def require(condition: bool, why: str) -> None:
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"runtime suite: {why}", pytrace=False)
    pytest.skip(f"runtime suite: {why}")


def require_runtime(version: str) -> Path:
    require(os.geteuid() == 0, "needs root for mount and network namespaces")
    for tool in ("unshare", "nsenter", "setpriv", "ip", "psql", "redis-server"):
        require(shutil.which(tool) is not None, f"{tool} is missing (make runtime-deps installs it)")
    venv = airflow_venv(version)
    require((venv / ".installed").exists(), f"{venv.name} is missing (make runtime-venvs builds it)")
    return venv
