"""Strict, bounded reading of values files and manifests (safe_yaml), as users and attackers meet it:
through the command line, with exit codes and one line per problem."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from airflow_cdk8s import safe_yaml
from airflow_cdk8s.cli import run
from airflow_cdk8s.errors import ValuesError

from conftest import ROOT, minimal_values

EXAMPLE = ROOT / "examples" / "values" / "astro-ui-chart-2.x.yaml"


def values_text(**overrides) -> str:
    return yaml.safe_dump(minimal_values(**overrides), sort_keys=False)


def problems_of(text: str, limits: safe_yaml.Limits = safe_yaml.VALUES) -> list[str]:
    with pytest.raises(ValuesError) as error:
        safe_yaml.load_all(text, limits, source="f.yaml")
    return error.value.problems


def synth_error(tmp_path: Path, data: bytes, capsys) -> str:
    path = tmp_path / "values.yaml"
    path.write_bytes(data)
    out = tmp_path / "out"
    assert run(["--values", str(path), "--outdir", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and not out.exists()
    return err


# ---- duplicate keys ------------------------------------------------------------------------------


def test_a_duplicate_key_names_the_key_and_both_lines(tmp_path, capsys):
    text = values_text() + "namespace: other\n"
    err = synth_error(tmp_path, text.encode(), capsys)
    line = len(text.splitlines())
    assert f"values.yaml: 1 problem(s)\n  line {line}, column 1: duplicate key 'namespace' (first at line 1); remove one" in err


@pytest.mark.parametrize("text, message", [
    ("a: {b: 1, b: 2}\n", "line 1, column 11: duplicate key 'b' (first at line 1)"),
    ("a:\n  - x: 1\n    y: 2\n    x: 3\n", "line 4, column 5: duplicate key 'x' (first at line 2)"),
    ("1: a\n0x1: b\n", "line 2, column 1: duplicate key '1' (first at line 1)"),  # the same integer key
    ("? !!str 1\n: a\n'1': b\n", "line 3, column 1: duplicate key '1'"),
])
def test_duplicate_keys_are_found_by_value_not_spelling(text, message):
    assert any(message in p for p in problems_of(text))


def test_merge_keys_may_be_overridden_and_keys_of_other_types_differ():
    docs = safe_yaml.load_all("base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  x: 3\nother: {1: a, '1': b, true: c}\n")
    assert docs == [{"base": {"x": 1, "y": 2}, "use": {"x": 3, "y": 2}, "other": {1: "a", "1": "b", True: "c"}}]


# ---- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_a_byte_order_mark_selects_the_encoding(tmp_path, encoding, capsys):
    text = values_text(commonEnv=[{"name": "TEAM", "value": "données"}])
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # Python writes no BOM for an explicit byte order
    path = tmp_path / "values.yaml"
    path.write_bytes(data)
    assert run(["--values", str(path), "--outdir", str(tmp_path / "out")]) == 0, capsys.readouterr().err
    assert "value: données" in (tmp_path / "out" / "remote-agent.k8s.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("data, message", [
    ("namespace: café\n".encode("latin-1"), "line 1, column 15: is not UTF-8 (byte 0xe9; Latin-1 or Windows-1252 "
                                            "perhaps); save it as UTF-8"),
    ("namespace: astro\n".encode("utf-16-le"), "is UTF-16 or binary (every other byte is zero) without a byte order mark"),
    (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)), "is a binary file, not YAML text (a zero byte at offset 7)"),
    (b"\xff\xfen\x00\x00\xd8", "starts with a UTF-16 byte order mark but is not valid UTF-16"),
    (b"namespace: \x01\n", "line 1, column 12: not valid YAML (character #x0001 is not allowed)"),
])
def test_text_that_is_not_utf8_is_one_clear_line(tmp_path, data, message, capsys):
    err = synth_error(tmp_path, data, capsys)
    assert f"values.yaml: 1 problem(s)\n  {message}" in err


# ---- bounds --------------------------------------------------------------------------------------


def bomb(levels: int = 9, width: int = 10) -> str:
    lines = ["l0: &l0 [" + ",".join(["lol"] * width) + "]"]
    lines += [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * width) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_inside_dag_bundle_kwargs_is_refused(tmp_path, capsys):
    values = values_text(dagBundleConfigList=[{"name": "dags", "classpath": "x", "kwargs": {}}])
    anchors = "\n".join("    " + line for line in bomb().splitlines())
    values = values.replace("kwargs: {}", "kwargs:\n" + anchors)
    assert "kwargs:\n    l0: &l0" in values
    err = synth_error(tmp_path, values.encode(), capsys)
    assert f"has more than {safe_yaml.VALUES.max_nodes} YAML nodes once its aliases are expanded (an alias bomb?)" in err


def test_aliases_within_the_bound_are_fine_and_expanded():
    docs = safe_yaml.load_all(bomb(levels=3, width=5))
    assert docs[0]["l2"] == [[["lol"] * 5] * 5] * 5


@pytest.mark.parametrize("text, message", [
    ("[" * 100_000 + "]" * 100_000, "line 1, column 101: is nested deeper than 100 levels"),  # libyaml's composer crashes
    ("- " * 100_000 + "x\n", "is nested deeper than 100 levels"),
    ("a: &a [*a]\n", "line 1, column 8: alias *a refers to the collection it is in"),
    ("a: *missing\n", "alias *missing is not defined before"),
    ("replicas: " + "9" * 5000 + "\n", "line 1, column 11: cannot read this value (Exceeds the limit (4300 digits)"),
    ("when: 2024-13-45\n", "cannot read this value (month must be in 1..12)"),
    ("x: !!python/object:os.system ls\n", "could not determine a constructor for the tag 'tag:yaml.org,2002:python/object:os.system'"),
])
def test_hostile_documents_are_refused_with_the_place(text, message):
    assert any(message in p for p in problems_of(text))


def test_a_huge_file_or_device_is_refused_before_it_is_read(tmp_path, capsys):
    big = tmp_path / "values.yaml"
    with big.open("wb") as f:  # sparse: 50 MiB on paper, nothing on disk
        f.write(b"env: ")
        f.truncate(50 * 2**20)
    assert run(["--values", str(big), "--outdir", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "too large: is 50.0 MiB; at most 4 MiB are read" in err and "Traceback" not in err
    with pytest.raises(ValuesError, match="too large: is larger than that; at most 4 MiB"):
        safe_yaml.read_text("/dev/zero", source="/dev/zero")


def test_one_values_document_only(tmp_path, capsys):
    err = synth_error(tmp_path, (values_text() + "---\nnamespace: x\n").encode(), capsys)
    assert "holds 2 YAML documents (separated by ---); it must be one" in err


# ---- standard input ------------------------------------------------------------------------------


def test_values_from_standard_input(tmp_path):
    main = [sys.executable, str(ROOT / "main.py")]
    result = subprocess.run([*main, "--values", "-", "--stdout"], input=EXAMPLE.read_text(), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "kind: Deployment" in result.stdout
    result = subprocess.run([*main, "-f", "-", "--outdir", str(tmp_path / "o")], input="namespace: a\nnamespace: b\n",
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "error: standard input: 1 problem(s)\n  line 2, column 1: duplicate key 'namespace'" in result.stderr


def test_standard_input_is_read_once(capsys):
    assert run(["-f", "-", "-f", "-", "--stdout"]) == 2
    assert "-f -: standard input can be read once" in capsys.readouterr().err


# ---- --check inputs ------------------------------------------------------------------------------


def config_map(name: str = "c") -> dict:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": "n"}, "data": {"k": "v"}}


def check(path: Path, capsys) -> tuple[int, list[str]]:
    code = run(["--check", str(path)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out.splitlines()


def test_check_reads_json_and_a_single_file(tmp_path, capsys):
    (tmp_path / "a.json").write_text(json.dumps(config_map("a"), indent="\t"))
    (tmp_path / "list.json").write_text(json.dumps({"apiVersion": "v1", "kind": "List",
                                                    "items": [config_map("b"), {**config_map("c"), "bogus": 1}]}))
    code, lines = check(tmp_path, capsys)
    assert code == 1 and lines == ["list.json: configmap/n/c: (root): Additional properties are not allowed ('bogus' was unexpected)"]
    assert check(tmp_path / "a.json", capsys) == (0, [])
    assert check(ROOT / "dist" / "remote-agent.k8s.yaml", capsys) == (0, [])


def test_check_fails_on_nothing_to_check(tmp_path, capsys):
    assert check(tmp_path, capsys) == (1, [f"{tmp_path}: nothing to check: no .yaml, .yml or .json file"])
    (tmp_path / "empty.yaml").write_text("# nothing yet\n---\n")
    assert check(tmp_path, capsys) == (1, [f"{tmp_path}: nothing to check: no Kubernetes object in its files"])


def test_check_reports_unreadable_oversized_and_hostile_files_and_checks_the_rest(tmp_path, capsys):
    (tmp_path / "good.yaml").write_text(yaml.safe_dump(config_map()))
    (tmp_path / "bomb.yaml").write_text(bomb(levels=10))
    (tmp_path / "dup.yml").write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\nkind: Secret\n")
    (tmp_path / "latin1.yaml").write_bytes("metadata: {name: caf\xe9}\n".encode("latin-1"))
    with (tmp_path / "huge.yaml").open("wb") as f:
        f.truncate(40 * 2**20)
    (tmp_path / "broken-link.yaml").symlink_to(tmp_path / "missing")
    os.mkfifo(tmp_path / "fifo.yaml")  # no writer: reading it would block forever
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "ignored.yaml").write_text("not: checked\n")
    (tmp_path / "kustomization.yaml").write_text("resources: [good.yaml]\n")
    code, lines = check(tmp_path, capsys)
    assert code == 1
    assert lines == [
        "bomb.yaml: line 6, column 5: has more than 2000000 YAML nodes once its aliases are expanded (an alias bomb?); refused",
        "broken-link.yaml: cannot read the file (No such file or directory)",
        "dup.yml: line 4, column 1: duplicate key 'kind' (first at line 2); remove one",
        "fifo.yaml: is not a regular file (a pipe, socket or device); not read",
        "huge.yaml: too large: is 40.0 MiB; at most 16 MiB are read (split it, or check what produced it)",
        "latin1.yaml: line 1, column 21: is not UTF-8 (byte 0xe9; Latin-1 or Windows-1252 perhaps); save it as UTF-8",
    ]


def test_check_of_an_unreadable_file_as_an_unprivileged_user(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("needs root to run the check as another user")
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"check-{os.getpid()}"
    folder.mkdir(mode=0o755)
    try:
        (folder / "secret.yaml").write_text(yaml.safe_dump(config_map()))
        (folder / "secret.yaml").chmod(0o600)
        (folder / "ok.yaml").write_text(yaml.safe_dump(config_map("ok")))
        (folder / "ok.yaml").chmod(0o644)
        result = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m",
                                 "airflow_cdk8s", "check", str(folder)], capture_output=True, text=True, timeout=120,
                                env={**os.environ, "PYTHONPATH": str(ROOT / "constructs")}, cwd="/")
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert result.stdout.splitlines() == ["secret.yaml: cannot read the file (Permission denied)"]
    finally:
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()
