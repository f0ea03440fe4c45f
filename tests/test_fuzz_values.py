"""Fuzzing the values loader: every generated or mutated values document either synthesizes output
that passes every gate, or is rejected with problems that each name a values path. Never an
uncaught exception, never a partial output folder.

The suite runs a bounded number of examples; a longer run:
    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_fuzz_values.py
"""

from __future__ import annotations

import copy
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import cdk8s
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from airflow_cdk8s import AgentValues, RemoteExecutionAgent, ValuesError, validate_values
from airflow_cdk8s.cli import run
from airflow_cdk8s.output import write_owned

from airflow_cdk8s.checks import crd_schema, kube_schema, secret_scan

from conftest import ROOT, assert_valid, minimal_values

settings.register_profile("suite", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

BASES = [
    minimal_values(),
    yaml.safe_load((ROOT / "examples" / "values" / "astro-ui-chart-2.x.yaml").read_text()),
    minimal_values(loggingSidecar={"enabled": True}, workers=[{"name": "a", "hpa": {"enabled": True}}, {"name": "b", "replicas": 3}],
                   openLineage={"enabled": True, "url": "https://ol", "namespace": "n", "apiKeySecret": "ol"}),
]

# A problem line starts with a values path and a colon; the path's first segment is a key of the
# document (quoted when it is not a plain name) or a known top-level key, never pydantic internals.
FIRST_SEGMENT = re.compile(r'^(\["(?:[^"\\]|\\.)*"\]|[^.\[:]+)')
TOP_LEVEL = set(minimal_values()) | {alias for f in AgentValues.model_fields.values() for alias in
                                     ([f.alias] + list(getattr(f.validation_alias, "choices", [])))}


def names_a_path(problem: str, doc: dict) -> bool:
    path, sep, message = problem.partition(": ")
    if not (sep and message) or path == "(top level)" or path.startswith("line "):
        return bool(sep and message)
    first = FIRST_SEGMENT.match(path)
    keys = {k if re.match(r"^[A-Za-z_][A-Za-z0-9_-]*$", str(k)) else f"[{json.dumps(str(k), ensure_ascii=False)}]" for k in doc}
    return bool(first) and (first.group(1) in keys or first.group(1) in TOP_LEVEL)

odd_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "-", "A_B", "x" * 300, "500m", "4Gi", "lots", "default", "0", "-1", "null", "{}", "[]",
                     "https://x.example.com", "äöü", "a/b", "$(VAR)", "'quoted'", "\n", "true"]),
)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), odd_text,
)
json_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(odd_text, inner, max_size=4)), max_leaves=12)


def paths(doc: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += paths(value, prefix + (key,))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            found += paths(value, prefix + (i,))
    return found


def parent_of(doc: Any, path: tuple) -> Any:
    for part in path[:-1]:
        doc = doc[part]
    return doc


@st.composite
def mutated_values(draw) -> dict:
    doc = copy.deepcopy(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        candidates = [p for p in paths(doc) if p]
        if not candidates:
            break
        path = draw(st.sampled_from(candidates))
        parent, key = parent_of(doc, path), path[-1]
        action = draw(st.sampled_from(["replace", "delete", "unknown-key", "grow", "empty"]))
        if action == "replace":
            parent[key] = draw(json_values)
        elif action == "delete":
            del parent[key]
        elif action == "unknown-key" and isinstance(parent, dict):
            parent[draw(odd_text)] = draw(json_values)
        elif action == "grow" and isinstance(parent[key], list) and parent[key]:
            parent[key] = parent[key] * draw(st.integers(min_value=2, max_value=60))
        elif action == "empty" and isinstance(parent[key], (list, dict)):
            parent[key] = type(parent[key])()
    return doc


def security_contexts(doc: Any) -> list[str]:
    """Every security-context subtree of a values document (a user's explicit security choices)."""
    found = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            if "ecurityContext" in str(key):
                found.append(json.dumps(value, sort_keys=True, default=str))
            found += security_contexts(value)
    elif isinstance(doc, list):
        for value in doc:
            found += security_contexts(value)
    return found


BASE_CONTEXTS = {c for base in BASES for c in security_contexts(base)}


def load(doc: dict):
    """Validated values, or None after checking the rejection is a clean, path-naming error."""
    try:
        return validate_values(doc)
    except ValuesError as error:
        assert error.problems, "a rejection must say why"
        for problem in error.problems:
            assert names_a_path(problem, doc), f"problem does not start with a values path: {problem!r}"
        return None


@given(mutated_values())
def test_loader_accepts_or_rejects_cleanly(doc):
    load(doc)


@settings(max_examples=40)
@given(mutated_values())
def test_accepted_values_synthesize_valid_output(doc):
    values = load(doc)
    if values is None:
        return
    try:
        chart = RemoteExecutionAgent(cdk8s.App(), "agent", values=values)
    except ValuesError as error:  # e.g. plaintext secrets without the opt-in
        assert all(names_a_path(p, doc) for p in error.problems), error.problems
        return
    docs = cdk8s.Testing.synth(chart)
    if set(security_contexts(doc)) <= BASE_CONTEXTS:
        assert_valid(docs)
    else:  # the user chose their own security contexts: Pod Security is theirs, the rest still holds
        for obj in docs:
            problems = kube_schema.check_object(obj) + crd_schema.check_object(obj) + secret_scan.check_object(obj)
            assert not problems, problems


@settings(max_examples=15)
@given(mutated_values())
def test_cli_never_leaves_a_partial_output_folder(doc):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        write_owned(out, {"remote-agent.k8s.yaml": b"previous: output\n"})
        (out / "kustomization.yaml").write_text("resources: [remote-agent.k8s.yaml]\n")  # the user's
        before = {p.name: p.read_bytes() for p in out.iterdir()}
        values_file = Path(tmp) / "values.yaml"
        values_file.write_text(yaml.safe_dump(doc))
        code = run(["--values", str(values_file), "--outdir", str(out)])
        after = {p.name: p.read_bytes() for p in out.iterdir()}
        if code == 0:
            assert sorted(after) == sorted(before)
            assert after["kustomization.yaml"] == before["kustomization.yaml"]
            assert after["remote-agent.k8s.yaml"] != before["remote-agent.k8s.yaml"]
        else:
            assert code == 2 and after == before
        assert sorted(p.name for p in Path(tmp).iterdir()) == ["out", "values.yaml"]  # no staging left
