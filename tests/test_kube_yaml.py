"""kube_yaml writes exactly what cdk8s's Yaml.stringify writes (npm yaml, YAML 1.1, lineWidth 0), data through jsii included."""

from __future__ import annotations

import cdk8s
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from airflow_cdk8s import kube_yaml
from airflow_cdk8s.kube_yaml import dump_all

# Pieces that hit the quoting, block and number rules: YAML 1.1 booleans, octals, sexagesimals, timestamps,
# indicators, document markers, control characters, spaces around line breaks, astral characters.
TOKENS = ["yes", "No", "on", "y", "null", "~", "0775", "0b101", "0x1F", "1_000", "1:20", "1e3", ".5", ".", ".inf",
          ".NaN", "2020-01-01", "2020-1-1 10:00:00", "<<", "-", "?", "? ", ": ", ":", "#", " #", "---", "...", "%",
          '"', "'", "\n", "\n\n", " \n", "\n ", "\t", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\r", "\\",
          "\u00a0", "\ufeff", "é", "😀", "[", "]", "{", "}", ",", "|", ">", "&", "*", "!", "@", "`", "7", "a", "Z",
          "foo bar", "x" * 30]
strings = st.one_of(st.lists(st.sampled_from(TOKENS), max_size=6).map("".join), st.text(max_size=20))
scalars = st.one_of(strings, st.none(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63),
                    st.floats(allow_nan=False, allow_infinity=False), st.sampled_from([1.0, -0.0, 0.5, 1e21, 1e-7]))
keys = strings.filter(lambda k: k != "__proto__")  # jsii refuses this key; there is no cdk8s output to compare
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(keys, inner, max_size=4)), max_leaves=20)
documents = st.dictionaries(keys, values, min_size=1, max_size=5)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents, min_size=1, max_size=3))
def test_generated_documents_are_written_as_cdk8s_writes_them(docs):
    assert dump_all(docs) == cdk8s.Yaml.stringify(*docs)


@pytest.mark.parametrize("doc", [
    {},
    {"data": {"script": "set -e\necho hi\n", "strip": "a\nb", "keep": "a\n\n", "lead": "  indented\nx\n",
              "blank-end": "a\n  ", "only-newlines": "\n\n", "long": "x" * 50 + "\n" + "y" * 50}},
    {"k" * 1030: "an implicit key may not be longer than 1024 characters", "x" * 1030: {"a": 1}},
    {"2": "array-index keys", "10": "come first", "a": "in JavaScript", "1": "order", "01": "not an index"},
    {"spec": {"list": [[], [[]], [{}], {"nested": {}}], "none": None, "floats": [1.0, 0.1, 1e16, 1e-7, -0.0]}},
    {"labels": {"app.kubernetes.io/name": "airflow", "enabled": "true", "count": "3", "version": "1.10"}},
], ids=["empty", "block-scalars", "long-keys", "key-order", "collections-and-numbers", "quoted-values"])
def test_known_shapes_are_written_as_cdk8s_writes_them(doc):
    assert dump_all([doc]) == cdk8s.Yaml.stringify(doc)


def test_no_documents_is_an_empty_file():
    assert dump_all([]) == ""


def test_read_back_is_what_a_yaml_reader_gets_from_the_text():
    doc = {"int-float": 1.0, "big": 1e16, "half": 0.5, "minus-zero": -0.0, "dropped": None, "list": [None, 2, "1.0"],
           "2": "index keys first", "nested": {"x": 3.0, "s": "yes"}}
    assert kube_yaml.read_back(doc) == yaml.safe_load(kube_yaml.dump_all([doc]))
    assert list(kube_yaml.read_back(doc))[0] == "2"


def _same(a, b) -> bool:
    """Equal, with the same types and the same key order at every level (== ignores both)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b or (a != a and b != b)


# Also what jsii accepts but the emitter's fast path leaves to the general one: tuples, subclasses.
class _Labels(dict):
    pass


odd_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.lists(inner, max_size=3).map(tuple),
    st.dictionaries(keys, inner, max_size=4), st.dictionaries(keys, inner, max_size=2).map(_Labels)), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.dictionaries(keys, odd_values, min_size=1, max_size=5), max_size=3))
def test_read_back_in_the_same_walk_is_read_back(docs):
    text, objects = kube_yaml.dump_and_read_back(docs)
    assert text == "---\n".join(kube_yaml._node(doc, "", None) + "\n" for doc in docs)  # the general path's text
    assert len(objects) == len(docs)
    for doc, obj in zip(docs, objects):
        assert _same(obj, kube_yaml.read_back(doc))


def test_a_document_that_reads_back_as_itself_is_not_copied():
    plain = {"kind": "Deployment", "spec": {"replicas": 2, "paused": False, "list": [{"a": "b"}, [], {}, ["x", 3]]}}
    for changes in ({"dropped": None}, {"ratio": 0.5}, {"t": ("a",)}, {"7": "index key"}, {"l": _Labels(a="b")},
                    {"big": 2**60}, {"deep": {"x": [{"y": None}]}}):
        doc = {**plain, **changes}
        (obj,) = kube_yaml.dump_and_read_back([doc])[1]
        assert obj is not doc and _same(obj, kube_yaml.read_back(doc)), changes
    (obj,) = kube_yaml.dump_and_read_back([plain])[1]
    assert obj is plain


def test_strings_are_written_for_where_they_stand():
    # One string's text depends on its indent (a document marker first) and on being a key: the emitter
    # remembers texts per indent, so the same strings at several depths, as keys, values and items, and in
    # several documents of one call, must each be written as cdk8s writes them.
    words = ["---a", "...", "%x", "a\nb", "yes", "e5", "1:2", "x:", "a:b", "/tmp", "_x", "ok", "- a", "#"]
    doc = {w: {w: [w, {w: w}, [w]], "v": w} for w in words}
    docs = [doc, {"top": doc}, [doc, [words]]]
    assert dump_all(docs) == cdk8s.Yaml.stringify(*docs)
    assert dump_all(docs) == dump_all(docs)  # the second time from the remembered texts


def test_remembered_texts_are_bounded(monkeypatch):
    monkeypatch.setattr(kube_yaml, "_CACHE_LIMIT", 10)
    docs = [{f"key-{i}": f"value-{i}" for i in range(20)}]
    first = dump_all(docs)
    assert kube_yaml._remembered() > 10
    assert dump_all(docs) == first  # cleared, then written again
    assert kube_yaml._remembered() <= 20 + 20


def test_an_item_written_before_still_marks_its_document_for_read_back():
    # the texts of the item's strings are remembered from the first document: the second must still be
    # read back (the None is dropped, the float is an integer there too)
    item = {"name": "a", "dropped": None, "ratio": 1.0}
    docs = [{"items": [item]}, {"items": [dict(item)]}, {"deeper": {"items": [dict(item)]}}]
    text, objects = kube_yaml.dump_and_read_back(docs)
    assert text == cdk8s.Yaml.stringify(*docs)
    assert objects == [{"items": [{"name": "a", "ratio": 1}]}, {"items": [{"name": "a", "ratio": 1}]},
                       {"deeper": {"items": [{"name": "a", "ratio": 1}]}}]
    assert all(type(o["items"][0]["ratio"]) is int for o in objects[:2])


def test_values_that_print_alike_are_not_taken_for_each_other():
    docs = [{"l": [{"a": value}]} for value in (1, True, "1", 1.0, "true")] + [{"l": [{"b": 1, "a": 1}, {"a": 1, "b": 1}]}]
    assert dump_all(docs) == cdk8s.Yaml.stringify(*docs)
