"""Fuzzing --set and --chart airflow: any input is either read or refused with problems naming a path.

Never an uncaught exception: random --set expressions, and the seed's values with random keys of the
official chart (and random misspellings) set to random values.
"""

from __future__ import annotations

import copy
import os

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from airflow_cdk8s.errors import ValuesError
from airflow_cdk8s.layers import parse_set, read_layers
from airflow_cdk8s.platform.chart_values import read_chart_values
from airflow_cdk8s.platform.official_keys import OFFICIAL

from conftest import ROOT

settings.register_profile("suite", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

SEED = yaml.safe_load((ROOT / "examples" / "official-chart" / "airflow_values.yaml").read_text())


def _paths(node, path=()):
    if isinstance(node, dict) and node:
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    else:
        yield path


PATHS = sorted(_paths(OFFICIAL))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=False, width=32),
                    st.text(max_size=20), st.sampled_from(["", "{{ .Values.x }}", "2.9.3", "3.0.6", "main", "100Gi", "5s",
                                                            "KubernetesExecutor", "CeleryExecutor", "a b", "-1"]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=3)),
                      max_leaves=6)


@given(st.text(alphabet="ab.[]0123=,{}\\ x", max_size=30))
def test_set_parses_or_names_the_option(expression):
    try:
        for path, _ in parse_set(expression):
            assert path
    except ValuesError as error:
        assert error.source == f"--set {expression}" and error.problems


@given(st.lists(st.tuples(st.sampled_from(PATHS), VALUES), min_size=1, max_size=4), st.booleans())
def test_chart_values_are_read_or_refused_with_paths(changes, misspell):
    values = copy.deepcopy(SEED)
    for path, value in changes:
        if misspell:
            path = (*path[:-1], str(path[-1]) + "x")
        node = values
        for key in path[:-1]:
            node = node.setdefault(key, {}) if isinstance(node.get(key), dict) or key not in node else {}
        if isinstance(node, dict):
            node[path[-1]] = value
    try:
        read_chart_values(values, namespace="airflow")
    except ValuesError as error:
        assert error.problems and all(": " in p for p in error.problems), error.problems


def test_every_official_path_is_reachable_by_set():
    """Each key of the official chart can be written with --set (the syntax covers the chart's key names)."""
    for path in PATHS:
        expression = ".".join(str(p).replace(".", "\\.") for p in path) + "=1"
        layered = read_layers(sets=[expression])
        node = layered.data
        for key in path:
            node = node[key]
        assert node == 1
