"""Values layering as Helm does it: -f files in order, --set syntax and typing, provenance in errors."""

from __future__ import annotations

import pytest
import yaml

from airflow_cdk8s.errors import ValuesError
from airflow_cdk8s.layers import format_path, parse_path, parse_set, read_layers


def write(path, data) -> str:
    path.write_text(yaml.safe_dump(data) if not isinstance(data, str) else data)
    return str(path)


@pytest.mark.parametrize("expression, expected", [
    ("a=1", [(("a",), 1)]),
    ("a.b=c", [(("a", "b"), "c")]),
    ("a.b=1,c.d=true", [(("a", "b"), 1), (("c", "d"), True)]),
    ("list[0].name=x", [(("list", 0, "name"), "x")]),
    ("m[1][2]=x", [(("m", 1, 2), "x")]),
    (r"labels.app\.kubernetes\.io/name=web", [(("labels", "app.kubernetes.io/name"), "web")]),
    (r"a=x\,y", [(("a",), "x,y")]),
    ("a={x,y,3}", [(("a",), ["x", "y", 3])]),
    ("a={}", [(("a",), [])]),
    ("a=", [(("a",), "")]),
    ("a=null", [(("a",), None)]),
    ("a=FALSE", [(("a",), False)]),
    ("a=0", [(("a",), 0)]),
    ("a=007", [(("a",), "007")]),  # a leading zero stays a string, as in Helm
    ("a=1.5", [(("a",), "1.5")]),  # Helm does not type floats
    ("a=-3", [(("a",), -3)]),
    ("a=99999999999999999999", [(("a",), "99999999999999999999")]),  # above int64
    ("a=x=y", [(("a",), "x=y")]),
])
def test_set_syntax_and_typing(expression, expected):
    assert parse_set(expression) == expected


def test_set_string_keeps_strings():
    assert parse_set("a=true,b=1,c={1,2}", as_string=True) == [(("a",), "true"), (("b",), "1"), (("c",), ["1", "2"])]


@pytest.mark.parametrize("expression, message", [
    ("a", "a: has no value"),
    ("a=1,", "ends with ','"),
    ("=1", "a key is missing"),
    ("a[x]=1", "a list index is written [N]"),
    ("a[5000]=1", "list index above 1000"),
    ("a={x,y", "no closing '}'"),
    ("a..b=1", "empty key before '.'"),
])
def test_set_syntax_errors_name_the_option(expression, message):
    with pytest.raises(ValuesError) as error:
        parse_set(expression)
    assert error.value.source == f"--set {expression}"
    assert any(message in p for p in error.value.problems), error.value.problems


def test_files_merge_maps_deeply_and_replace_lists(tmp_path):
    a = write(tmp_path / "a.yaml", {"m": {"x": 1, "y": {"z": 1}}, "l": [1, 2, 3], "keep": "a"})
    b = write(tmp_path / "b.yaml", {"m": {"y": {"w": 2}}, "l": [9]})
    layered = read_layers([a, b])
    assert layered.data == {"m": {"x": 1, "y": {"z": 1, "w": 2}}, "l": [9], "keep": "a"}
    assert layered.origin(("m", "x")) == a and layered.origin(("m", "y", "w")) == b
    assert layered.origin(("l", 0)) == b
    assert layered.origin(("keep",)) == a


def test_set_applies_after_files_and_set_string_after_set(tmp_path):
    a = write(tmp_path / "a.yaml", {"workers": [{"name": "w", "replicas": 1}], "tag": "x"})
    layered = read_layers([a], sets=["workers[0].replicas=3,workers[1].name=b"], set_strings=["tag=2", ])
    assert layered.data["workers"] == [{"name": "w", "replicas": 3}, {"name": "b"}]
    assert layered.data["tag"] == "2"
    assert layered.origin(("workers", 0, "name")) == a
    assert layered.origin(("workers", 0, "replicas")) == "--set workers[0].replicas=3,workers[1].name=b"
    assert layered.layers == [a, "--set workers[0].replicas=3,workers[1].name=b", "--set-string tag=2"]


def test_set_pads_lists_and_replaces_scalars_with_containers():
    layered = read_layers(sets=["l[2]=x", "s=1", "s.t=2"])
    assert layered.data == {"l": [None, None, "x"], "s": {"t": 2}}


def test_a_later_null_replaces_the_value(tmp_path):
    a = write(tmp_path / "a.yaml", {"probe": {"httpGet": {"path": "/"}}})
    assert read_layers([a], sets=["probe=null"]).data == {"probe": None}


def test_a_replaced_list_owns_its_items(tmp_path):
    a = write(tmp_path / "a.yaml", {"l": [{"x": 1}, {"x": 2}]})
    b = write(tmp_path / "b.yaml", {"l": [{"x": 3}]})
    layered = read_layers([a, b])
    assert layered.origin(("l", 1, "x")) == b  # nothing of a's list is left


def test_bad_file_errors_name_the_file(tmp_path):
    bad = write(tmp_path / "bad.yaml", "a: [1\n")
    with pytest.raises(ValuesError) as error:
        read_layers([bad])
    assert error.value.source == bad and "not valid YAML" in error.value.problems[0]
    with pytest.raises(ValuesError) as error:
        read_layers([str(tmp_path / "missing.yaml")])
    assert "cannot read the file" in error.value.problems[0]


def test_attribute_names_the_layer_of_each_problem(tmp_path):
    a = write(tmp_path / "a.yaml", {"workers": [{"name": "w"}]})
    layered = read_layers([a], sets=["workers[0].replica=2"])
    error = layered.attribute(ValuesError(["workers[0].replica: unknown key; did you mean 'replicas'?",
                                           "workers[0].name: bad", "(top level): x"], "values"))
    assert error.problems == [
        "workers[0].replica: unknown key; did you mean 'replicas'? (from --set workers[0].replica=2)",
        f"workers[0].name: bad (from {a})",
        "(top level): x",
    ]
    assert error.source == f"{a} + --set"


@pytest.mark.parametrize("path", [("a",), ("workers", 0, "hpa"), ("labels", "app.kubernetes.io/name"), ("l", 1, 2)])
def test_paths_round_trip(path):
    assert parse_path(format_path(path)) == path


def test_parse_path_rejects_prose():
    assert parse_path("(top level)") is None
    assert parse_path("line 3, column 4") is None
