"""Fuzzing what reaches the values loader and --check as bytes: duplicate keys, alias bombs, encodings,
huge scalars, hostile YAML token soup, and names that collide with the ones the agent adds itself.

Every input is read, synthesized or checked, or refused with problems of one line each that name a
line, a values path or the file; never an uncaught exception, never a hang or an unbounded expansion.

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_fuzz_reading.py   # a longer run (README)
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import cdk8s
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from airflow_cdk8s import RemoteExecutionAgent, ValuesError, load_values_text, safe_yaml
from airflow_cdk8s.checks import check_directory

from conftest import assert_valid, minimal_values
from test_fuzz_values import BASES, paths

settings.register_profile("suite", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

SMALL = safe_yaml.Limits(max_bytes=64 * 1024, max_nodes=20_000, max_depth=100)


def refused_cleanly(error: ValuesError) -> list[str]:
    assert error.problems, "a refusal must say why"
    for problem in error.problems:
        assert problem and "\n" not in problem, f"one line per problem: {problem!r}"
        assert "Traceback" not in problem
    return error.problems


def read(data: bytes, limits: safe_yaml.Limits = SMALL) -> list[Any] | list[str]:
    """The documents, or the problems of a clean refusal (any other exception fails the test)."""
    try:
        return safe_yaml.load_all(safe_yaml.decode(data, source="f.yaml"), limits, source="f.yaml")
    except ValuesError as error:
        return refused_cleanly(error)


# ---- token soup: anchors, aliases, merges, tags, flow and block, directives, control characters --

TOKENS = ["[", "]", "{", "}", ",", ":", ": ", "- ", "-", "? ", "&a ", "&b ", "*a", "*b", "<<: ", "!!str ", "!!int ",
          "!!map ", "!!python/object:os.system ", "!x ", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "\n",
          "  ", "\t", "#c\n", "'q'", '"d\\u0000"', "|\n  b\n", ">-\n  f\n", "key", "9" * 5000, "2024-13-45", "0x1F",
          "1e999", ".nan", "~", "yes", "\x00", "\x01", "\u2028", "\ufeff", "é", "\ud800"]


@given(st.lists(st.sampled_from(TOKENS), max_size=60), st.sampled_from(["utf-8", "utf-16", "utf-32", "latin-1"]))
def test_token_soup_is_read_or_refused_in_one_line_each(tokens, encoding):
    text = "".join(tokens)
    read(text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace"))


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_read_or_refused(data):
    read(data)


# ---- duplicate keys ------------------------------------------------------------------------------


def mapping_nodes(node: yaml.Node) -> list[yaml.MappingNode]:
    found, todo = [], [node]
    while todo:
        node = todo.pop()
        if isinstance(node, yaml.MappingNode):
            found.append(node)
            todo += [part for pair in node.value for part in pair]
        elif isinstance(node, yaml.SequenceNode):
            todo += node.value
    return found


@given(st.sampled_from(BASES), st.data())
def test_a_key_given_twice_anywhere_is_named_with_its_line(base, data):
    root = yaml.compose(yaml.safe_dump(base))
    candidates = [m for m in mapping_nodes(root) if m.value]
    mapping = data.draw(st.sampled_from(candidates))
    key, value = data.draw(st.sampled_from(mapping.value))
    mapping.value.insert(data.draw(st.integers(0, len(mapping.value))), (copy.deepcopy(key), copy.deepcopy(value)))
    text = yaml.serialize(root)
    try:
        load_values_text(text, source="values.yaml")
    except ValuesError as error:
        problems = refused_cleanly(error)
    else:
        raise AssertionError("a duplicate key was accepted")
    [problem] = [p for p in problems if "duplicate key" in p]
    line = int(re.match(r"line (\d+), column \d+: duplicate key ", problem).group(1))
    assert f"duplicate key {key.value!r}" in problem
    assert key.value in text.splitlines()[line - 1] or key.value.replace("'", "''") in text.splitlines()[line - 1]


# ---- alias bombs ---------------------------------------------------------------------------------


def bomb_lines(levels: int, width: int) -> list[str]:
    lines = ["l0: &l0 [" + ",".join(["lol"] * width) + "]"]
    return lines + [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * width) + "]" for i in range(1, levels)]


def expanded(levels: int, width: int) -> int:
    """Nodes once every alias is expanded: each anchor's list, its key, and the mapping around them."""
    size, total = 1 + width, 0
    for _ in range(levels):
        total += size + 1
        size = 1 + width * size
    return total + 1


@given(st.integers(1, 12), st.integers(1, 12), st.sampled_from(BASES), st.data())
def test_alias_bombs_anywhere_in_values_are_refused_within_the_bound(levels, width, base, data):
    doc = copy.deepcopy(base)
    dicts = [p for p in paths(doc) if isinstance(_at(doc, p), dict)]
    where = data.draw(st.sampled_from(dicts))
    _at(doc, where)["bomb"] = "BOMB"
    text = yaml.safe_dump(doc)
    indent = " " * (len(re.search(r"^([ -]*)bomb: BOMB$", text, re.M).group(1)) + 2)  # "  - bomb:" in a list too
    text = text.replace("bomb: BOMB", "bomb:\n" + "\n".join(indent + line for line in bomb_lines(levels, width)))
    try:
        load_values_text(text, source="values.yaml")
        refused = []
    except ValuesError as error:
        refused = refused_cleanly(error)
    bombed = [p for p in refused if "once its aliases are expanded (an alias bomb?)" in p]
    if expanded(levels, width) > safe_yaml.VALUES.max_nodes:
        assert bombed, f"{width}^{levels} aliases were expanded"
    elif expanded(levels, width) * 10 < safe_yaml.VALUES.max_nodes:
        assert not bombed  # small anchors and aliases are ordinary YAML
        assert not [p for p in refused if p.startswith("line ")], refused


@settings(max_examples=20)
@given(st.integers(7, 12), st.integers(8, 12))
def test_one_bomb_in_a_folder_does_not_stall_check(levels, width):
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "bomb.yaml").write_text("\n".join(bomb_lines(levels, width)) + "\n")
        Path(tmp, "ok.yaml").write_text(yaml.safe_dump({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}}))
        problems = check_directory(tmp)
    assert expanded(levels, width) > safe_yaml.MANIFESTS.max_nodes
    [problem] = problems  # the other file is checked and passes
    assert problem.where == "bomb.yaml" and "(an alias bomb?); refused" in problem.message


def _at(doc: Any, path: tuple) -> Any:
    for part in path:
        doc = doc[part]
    return doc


# ---- encodings -----------------------------------------------------------------------------------

BOMMED = {"utf-8": b"", "utf-8-sig": b"", "utf-16": b"", "utf-32": b"", "utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
       st.sampled_from([*BOMMED, "utf-16-le", "latin-1", "cp1252", "shift_jis", "koi8-r"]))
def test_values_in_any_encoding_are_read_exactly_or_refused_in_one_line(value, encoding):
    text = yaml.safe_dump({"labels": {"team": value}}, allow_unicode=True)
    try:
        data = BOMMED.get(encoding, b"") + text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        decoded = safe_yaml.decode(data, source="v.yaml")
    except ValuesError as error:
        assert encoding not in BOMMED, f"{encoding} with a byte order mark must be read"
        refused_cleanly(error)
        return
    if encoding in BOMMED or text.isascii():
        assert decoded == text
    assert safe_yaml.load(decoded, source="v.yaml") is not None or decoded.strip() == ""


# ---- huge scalars --------------------------------------------------------------------------------


@given(st.integers(1, 2 * SMALL.max_bytes), st.sampled_from(["plain", "quoted", "block"]))
def test_scalars_are_bounded_by_the_file_size(size, style):
    scalar = "x" * size
    text = {"plain": f"v: {scalar}\n", "quoted": f'v: "{scalar}"\n', "block": f"v: |\n  {scalar}\n"}[style]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "v.yaml")
        path.write_text(text)
        try:
            docs = safe_yaml.load_all(safe_yaml.read_text(path, SMALL), SMALL)
        except ValuesError as error:
            assert len(text) > SMALL.max_bytes and "too large" in refused_cleanly(error)[0]
            return
    assert len(text) <= SMALL.max_bytes and docs[0]["v"].rstrip("\n") == scalar


# ---- names that collide with the agent's own --------------------------------------------------

OUR_NAMES = ["worker", "triggerer", "dag-processor", "sentinel", "tmp", "task-logs", "agent-token", "default-worker", "x"]


@st.composite
def colliding_values(draw) -> dict:
    name = st.sampled_from(OUR_NAMES)
    container = st.builds(lambda n, i: {"name": n, "image": f"example.com/{i}:1"}, name, st.sampled_from(["a", "b"]))
    volume = st.builds(lambda n: {"name": n, "emptyDir": {}}, name)
    mount = st.builds(lambda n, p: {"name": n, "mountPath": p}, name, st.sampled_from(["/tmp", "/opt/airflow/logs", "/x", "/y"]))
    env = st.builds(lambda n: {"name": n, "value": "v"}, st.sampled_from(["A", "A", "B", "AIRFLOW__CORE__EXECUTOR"]))
    component = st.fixed_dictionaries({}, optional={
        "extraContainers": st.lists(container, max_size=3), "initContainers": st.lists(container, max_size=2),
        "volumes": st.lists(volume, max_size=3), "volumeMounts": st.lists(mount, max_size=3), "env": st.lists(env, max_size=3)})
    workers = st.lists(st.builds(lambda n, c: {"name": n, **c}, name, component), min_size=1, max_size=3)
    return minimal_values(workers=draw(workers), triggerer=draw(component), dagProcessor=draw(component),
                          commonEnv=draw(st.lists(env, max_size=2)))


@settings(max_examples=60)
@given(colliding_values())
def test_colliding_names_are_refused_by_path_or_give_objects_the_api_server_accepts(doc):
    try:
        values = load_values_text(yaml.safe_dump(doc), source="values.yaml")
        chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=values)
    except ValuesError as error:
        for problem in refused_cleanly(error):
            assert re.match(r"^(workers\[\d+\]|triggerer|dagProcessor|commonEnv|[a-z-]+/)", problem), problem
        return
    assert_valid(cdk8s.Testing.synth(chart))
