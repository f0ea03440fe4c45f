"""A team repository's own charts through this command line (``cli.app_main`` / ``run(reference_app=CHARTS)``):
the API server's rules before anything is written, owned files only, ``diff`` against a fresh synthesis."""

from __future__ import annotations

import yaml

from airflow_cdk8s.cli import run
from airflow_cdk8s.platform import AirflowPlatform, FirstAdmin


class TeamAirflow(AirflowPlatform):
    def __init__(self, scope, id, *, env_name: str = "TEAM_ENV"):
        super().__init__(scope, id, namespace="airflow", labels={"example.com/team": "data"},
                         first_admin=FirstAdmin(password_secret="airflow-admin", email="ops@example.com"))
        self.scheduler.add_env(env_name, "prod")


def test_a_team_chart_is_synthesized_into_owned_files_and_diffed(tmp_path, capsys):
    out = tmp_path / "deploy"
    out.mkdir()
    (out / "kustomization.yaml").write_text("resources: [airflow.k8s.yaml]\n")
    charts = {"airflow": TeamAirflow}
    assert run(["--outdir", str(out)], reference_app=charts) == 0
    assert (out / ".airflow-cdk8s-output").read_text().splitlines()[1:] == ["airflow.k8s.yaml"]
    assert (out / "kustomization.yaml").read_text() == "resources: [airflow.k8s.yaml]\n"
    docs = list(yaml.safe_load_all((out / "airflow.k8s.yaml").read_text()))
    scheduler = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "airflow-scheduler")
    assert {"name": "TEAM_ENV", "value": "prod"} in scheduler["spec"]["template"]["spec"]["containers"][0]["env"]
    assert all(d["metadata"]["labels"]["example.com/team"] == "data" for d in docs)
    capsys.readouterr()
    assert run(["diff", "--outdir", str(out)], reference_app=charts) == 0
    assert "0 added, 0 removed, 0 changed" in capsys.readouterr().out


def test_a_team_chart_the_api_server_would_refuse_writes_nothing(tmp_path, capsys):
    out = tmp_path / "deploy"
    charts = {"airflow": lambda app, id: TeamAirflow(app, id, env_name="BAD NAME")}
    assert run(["synth", "--outdir", str(out)], reference_app=charts) == 2
    err = capsys.readouterr().err
    assert "deployment/airflow/airflow-scheduler" in err and "'BAD NAME' is not a valid environment variable name" in err
    assert "Traceback" not in err and "nothing was written" in err
    assert not out.exists()
