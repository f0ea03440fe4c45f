"""The API server rules' shortcuts give the answers of the rules they shorten (checks/apiserver/).

A shortcut that skipped a rule would show only on the rare object it gets wrong, so each is compared with
the plain computation on generated input and on the boundary cases."""

from __future__ import annotations

import datetime
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from airflow_cdk8s.checks import apiserver
from airflow_cdk8s.checks.apiserver import metadata

# Strings whose JSON is much longer than their UTF-8 (control characters, quotes, astral and lone
# surrogates), and every other YAML and JSON value, bytes and sets included.
strings = st.text(alphabet=st.sampled_from(["\x00", "\x1f", '"', "\\", "é", "😀", "\ud800", "a", "\n"]), max_size=8)
scalars = st.one_of(strings, st.none(), st.booleans(), st.integers(), st.floats(), st.binary(max_size=6),
                    st.just(datetime.date(2020, 1, 1)))
keys = st.one_of(strings, st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.lists(inner, max_size=3).map(tuple), st.sets(strings, max_size=3),
    st.dictionaries(keys, inner, max_size=4)), max_leaves=30)


@settings(max_examples=500, deadline=None)
@given(values)
def test_the_size_bound_is_never_below_the_json_size(value):
    exact = len(json.dumps(value, separators=(",", ":"), default=str).encode())
    assert metadata._json_bytes_at_most(value) >= exact


def _config_map(size: int) -> dict:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"k": "x" * size}}


def _json_size(obj) -> int:
    return len(json.dumps(obj, separators=(",", ":")).encode())


def test_an_object_over_the_limit_is_refused_and_one_at_the_limit_is_not():
    at_limit = _config_map(0)
    at_limit["data"]["k"] = "x" * (metadata.MAX_OBJECT_BYTES - _json_size(at_limit))
    assert _json_size(at_limit) == metadata.MAX_OBJECT_BYTES
    assert metadata._json_bytes_at_most(at_limit) > metadata.MAX_OBJECT_BYTES  # the exact count decides
    assert not [m for m in apiserver.check_object(at_limit) if "as JSON" in m]
    over = _config_map(len(at_limit["data"]["k"]) + 1)
    assert [m for m in apiserver.check_object(over) if "as JSON" in m] == [
        f"the object is {metadata.MAX_OBJECT_BYTES + 1} bytes as JSON; the API server's store (etcd) refuses "
        f"objects over {metadata.MAX_OBJECT_BYTES} bytes (1.5 MiB) by default"]


def test_an_object_marshal_cannot_write_is_counted_exactly():
    over = _config_map(metadata.MAX_OBJECT_BYTES)
    over["metadata"]["annotations"] = {"when": datetime.datetime(2020, 1, 1)}  # as a YAML timestamp reads
    assert any("as JSON" in m for m in apiserver.check_object(over))
