"""Names, label values, quantities, durations and cron strings are checked before synthesis."""

from __future__ import annotations

import pytest

from airflow_cdk8s import names


@pytest.mark.parametrize("value", ["a", "astro-agent", "w1", "a" * 63])
def test_valid_dns1123_labels(value):
    assert names.dns1123_label_error(value) is None


@pytest.mark.parametrize("value", ["", "A", "-a", "a-", "a_b", "a.b", "a" * 64, "ä"])
def test_invalid_dns1123_labels(value):
    assert names.dns1123_label_error(value)


@pytest.mark.parametrize("value", ["a.b", "my-secret", "x" * 253])
def test_valid_subdomains(value):
    assert names.dns1123_subdomain_error(value) is None


@pytest.mark.parametrize("value", ["a..b", "A.b", "x" * 254, ".a"])
def test_invalid_subdomains(value):
    assert names.dns1123_subdomain_error(value)


@pytest.mark.parametrize("key", ["team", "app.kubernetes.io/name", "example.com/a_b.c"])
def test_valid_keys(key):
    assert names.qualified_key_error(key) is None


@pytest.mark.parametrize("key", ["", "a b", "Example.com/x", "x/", "/x", "a" * 64])
def test_invalid_keys(key):
    assert names.qualified_key_error(key)


@pytest.mark.parametrize("value", ["", "data", "v1.2_x", "a" * 63])
def test_valid_label_values(value):
    assert names.label_value_error(value) is None


@pytest.mark.parametrize("value", ["data platform", "-x", "x-", "a" * 64])
def test_invalid_label_values(value):
    assert names.label_value_error(value)


@pytest.mark.parametrize("value", ["1", "500m", "0.5", "4Gi", "1e3", "128M", ".5", "+1"])
def test_valid_quantities(value):
    assert names.quantity_error(value) is None


@pytest.mark.parametrize("value", ["", "lots", "1 Gi", "4GB", "1.2.3", "Gi", "-"])
def test_invalid_quantities(value):
    assert names.quantity_error(value)


@pytest.mark.parametrize("value", ["30s", "15m", "1h", "1h30m", "0.5s", "100ms", "0"])
def test_valid_durations(value):
    assert names.duration_error(value) is None


@pytest.mark.parametrize("value", ["", "1", "1d", "h", "1 h", "-1h", 60, None])
def test_invalid_durations(value):
    assert names.duration_error(value)


@pytest.mark.parametrize("value", ["*/15 * * * *", "0 2 * * 1-5", "@daily", "0 0 1,15 * *", "0 0 * * MON"])
def test_valid_cron(value):
    assert names.cron_error(value) is None


@pytest.mark.parametrize("value", ["", "* * * *", "* * * * * *", "@sometimes", "*/x * * * *", None])
def test_invalid_cron(value):
    assert names.cron_error(value)
