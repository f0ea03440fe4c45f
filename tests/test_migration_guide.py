"""docs/migrating-from-the-official-chart.md is what docs/make_migration_guide.py generates from a real synthesis."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

GUIDE = ROOT / "docs" / "migrating-from-the-official-chart.md"


def test_the_committed_guide_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "docs" / "make_migration_guide.py")], capture_output=True,
                            text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout == GUIDE.read_text(), (
        "the migration guide is stale: run .venv/bin/python docs/make_migration_guide.py > " + str(GUIDE.relative_to(ROOT)))


def test_the_guide_says_what_is_not_created_and_why():
    text = GUIDE.read_text()
    assert " objects, 0 Secrets, and its checks" in text and "find 0 problems" in text
    for line in ("| Deployment `airflow-pgbouncer` | PgBouncer is not created",
                 "| Job `airflow-create-user` | no create-user Job: it passes the default password `admin`",
                 "| Secret `airflow-fernet-key` | a generated Secret: referenced instead",
                 "| Deployment `airflow-statsd` | replaced by the StatsD exporter `airflow-statsd-exporter`"):
        assert line in text
