"""Synthesis refuses what the API server would reject, before anything is written, naming the cause.

A values file or construct prop is checked where it is read (the message names the values path or
prop); whatever still reaches the rendered objects is refused with the object, its field and the
construct that made it.
"""

from __future__ import annotations

from pathlib import Path

import cdk8s
import pytest
import yaml

from airflow_cdk8s import ValuesError, synth
from airflow_cdk8s.cli import run
from airflow_cdk8s.platform import ComponentSettings

from conftest import minimal_values


def chart_with_a_bad_config_map(app: cdk8s.App, chart_id: str) -> cdk8s.Chart:
    chart = cdk8s.Chart(app, chart_id)
    cdk8s.ApiObject(chart, "settings", api_version="v1", kind="ConfigMap",
                    metadata={"name": "settings", "namespace": "airflow"}).add_json_patch(
        cdk8s.JsonPatch.add("/data", {"a/b": "x"}))
    return chart


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_synthesis_refuses_before_writing_and_names_the_construct(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "app.k8s.yaml").write_text("previous output\n")
    before = snapshot(out)
    with pytest.raises(ValuesError) as raised:
        synth.synth_atomic({"bad": chart_with_a_bad_config_map}, out)
    assert raised.value.problems == [
        "configmap/airflow/settings (construct bad/settings): data['a/b']: key 'a/b' may only contain letters, "
        "digits, '-', '_' and '.'"
    ]
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging folder left behind


def test_stdout_is_refused_too() -> None:
    with pytest.raises(ValuesError, match="data\\['a/b'\\]"):
        synth.synth_yaml({"bad": chart_with_a_bad_config_map})


def test_values_name_their_path_before_synthesis(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workers = [{"name": "default", "resources": {"requests": {"cpu": "1", "memroy": "2Gi"}, "limits": {"cpu": "500m"}},
                "env": [{"name": "MY VAR", "value": "x"}],
                "extraContainers": [{"name": "shipper", "image": "fluent/fluent-bit:3.0",
                                     "readinessProbe": {"exec": {"command": ["true"]}, "tcpSocket": {"port": 2020}}}]}]
    values = tmp_path / "values.yaml"
    values.write_text(yaml.safe_dump(minimal_values(workers=workers)))
    out = tmp_path / "out"
    assert run(["--values", str(values), "--outdir", str(out)]) == 2
    err = capsys.readouterr().err
    for line in ("workers[0].resources.requests.memroy: 'memroy' is not a container resource",
                 "did you mean 'memory'?",
                 "workers[0].resources.requests.cpu: 1 must be less than or equal to the cpu limit of 500m",
                 "workers[0].env[0].name: 'MY VAR' is not a valid environment variable name",
                 "workers[0].extraContainers[0].readinessProbe: may not specify more than one handler"):
        assert line in err
    assert "Traceback" not in err and not out.exists()


def test_platform_props_name_the_prop() -> None:
    with pytest.raises(ValuesError) as raised:
        ComponentSettings(resources={"limits": {"memory": "1Gi"}, "requests": {"memory": "2Gi"}},
                          env=({"name": "A=B", "value": "x"},))
    assert raised.value.source == "ComponentSettings"
    assert raised.value.problems == [
        "resources.requests.memory: 2Gi must be less than or equal to the memory limit of 1Gi",
        "env[0].name: 'A=B' is not a valid environment variable name: letters, digits, '_', '-' and '.', "
        "not starting with a digit",
    ]
