"""safe_yaml's two readers: the common case built straight from the parser's events (``_load_plain``) and the
node graph (``_load_nodes``) that every other file goes through. Whatever the events reader accepts it
reads exactly as the node reader would (values and their types); whatever it declines, the node reader
reads or refuses with its line, so ``load_all`` accepts and refuses the same files as the node reader."""

from __future__ import annotations

import math
import os
import re
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from airflow_cdk8s import ValuesError, load_values_text, safe_yaml

from conftest import ROOT, minimal_values
from test_fuzz_reading import TOKENS
from test_fuzz_values import BASES

settings.register_profile("suite", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

SMALL = safe_yaml.Limits(max_bytes=64 * 1024, max_nodes=20_000, max_depth=100)


def typed(value: Any) -> Any:
    """``value`` with every leaf's type beside it (``1``, ``1.0`` and ``True`` are equal in Python), NaN comparable."""
    if isinstance(value, dict):
        return ("dict", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    return (type(value).__name__, value)


def nodes_reading(text: str, limits: safe_yaml.Limits) -> Any:
    try:
        return typed(safe_yaml._load_nodes(text, limits, "f.yaml"))
    except ValuesError as error:
        return error.problems


def assert_same_reading(text: str, limits: safe_yaml.Limits = SMALL) -> bool:
    """Whether the events reader took ``text``; if it did, it read what the node reader reads."""
    documents = safe_yaml._load_plain(text, limits)
    if documents is not None:
        assert typed(documents) == nodes_reading(text, limits)
    try:
        loaded = typed(safe_yaml.load_all(text, limits, source="f.yaml"))
    except ValuesError as error:
        loaded = error.problems
    assert loaded == nodes_reading(text, limits)
    return documents is not None


# Text as safe_yaml.decode gives it (never a lone surrogate); no anchors, tags, directives or merge keys.
PLAIN_TOKENS = [t for t in TOKENS if not re.match(r"[&*!%]|<<|\ud800", t)] + [
    "1", "1.0", "-2", "0o17", "1_000", "1:20", "true", "True", "no", "on", "null", "Null", "", "2024-01-02",
    "2001-12-14t21:59:43.10-05:00", ".inf", "-.Inf", "'1'", '"true"', "a b", "=",
]


@given(st.lists(st.sampled_from(PLAIN_TOKENS), max_size=60))
def test_token_soup_reads_the_same_either_way(tokens):
    assert_same_reading("".join(tokens))


@given(st.lists(st.sampled_from([t for t in TOKENS if t != "\ud800"]), max_size=60))
def test_token_soup_with_anchors_tags_and_merges_reads_the_same_either_way(tokens):
    assert_same_reading("".join(tokens))


@given(st.sampled_from(BASES), st.sampled_from([None, True, False]), st.integers(0, 4))
def test_values_files_are_read_from_events_and_the_same_as_from_nodes(base, flow, groups):
    doc = {**base, "workers": [{"name": f"w{i}", "hpa": {"enabled": True}, "replicas": i} for i in range(groups)]}
    assert assert_same_reading(yaml.safe_dump(doc, default_flow_style=flow), safe_yaml.VALUES)


@pytest.mark.parametrize("path", sorted((ROOT / "examples" / "values").glob("*.yaml")), ids=lambda p: p.name)
def test_the_example_values_files_take_the_events_reader(path):
    assert assert_same_reading(path.read_text(), safe_yaml.VALUES)


@pytest.mark.parametrize("text", [
    "a: &x 1\nb: *x\n",  # anchors and aliases: their expanded size is counted on the nodes
    "a: !!str 1\n", "a: ! 1\n", "!!map {a: 1}\n", "a: !!set {x}\n",  # explicit tags
    "base: &b {x: 1}\nm: {<<: *b, y: 2}\n", "<<: {x: 1}\n",  # merge keys
    "? [a, b]\n: 1\n", "{[a]: 1}\n",  # a collection as key
    "a: 1\nb: 2\na: 3\n", "a: 1\n1: x\n1.0: y\n",  # a key given twice (or twice once read)
    "a: =\n",  # a value with no constructor
    "a: 1\nb: " + "9" * 5000 + "\n",  # too many digits for int()
    "a: [1, 2\n", "a: b: c\n", "\x01", "a: 2024-13-45\n",  # not YAML, or not a value
    "[" * 101 + "]" * 101,  # deeper than the limit
])
def test_what_the_events_reader_declines_the_node_reader_reads_or_refuses(text):
    assert safe_yaml._load_plain(text, SMALL) is None
    assert_same_reading(text)


def test_the_node_limit_holds_on_either_reader():
    text = "[" + ",".join(["x"] * 30) + "]\n"
    assert safe_yaml._load_plain(text, safe_yaml.Limits(max_bytes=1000, max_nodes=31)) == [["x"] * 30]
    assert safe_yaml._load_plain(text, safe_yaml.Limits(max_bytes=1000, max_nodes=30)) is None
    with pytest.raises(ValuesError, match="has more than 30 YAML nodes"):
        safe_yaml.load_all(text, safe_yaml.Limits(max_bytes=1000, max_nodes=30))
    two = "a: 1\n---\nb: 2\n"  # the bound is for the whole text: 3 + 3 nodes
    assert safe_yaml._load_plain(two, safe_yaml.Limits(max_bytes=1000, max_nodes=6)) == [{"a": 1}, {"b": 2}]
    assert safe_yaml._load_plain(two, safe_yaml.Limits(max_bytes=1000, max_nodes=5)) is None
    assert_same_reading(two, safe_yaml.Limits(max_bytes=1000, max_nodes=5))


def test_a_duplicate_key_among_many_worker_groups_is_reported_with_both_lines():
    workers = "".join(f"  - name: w{i}\n    replicas: 1\n" for i in range(300))
    text = yaml.safe_dump(minimal_values(), sort_keys=False) + "workers:\n" + workers.replace(
        "  - name: w250\n    replicas: 1\n", "  - name: w250\n    replicas: 1\n    replicas: 2\n")
    line = text.splitlines().index("    replicas: 2") + 1
    assert safe_yaml._load_plain(text, safe_yaml.VALUES) is None
    with pytest.raises(ValuesError) as error:
        load_values_text(text, source="values.yaml")
    assert error.value.problems == [f"line {line}, column 5: duplicate key 'replicas' (first at line {line - 1}); remove one"]
