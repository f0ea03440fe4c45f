"""Plaintext secret values: refused unless the user opts in; then the Secrets the reference names."""

from __future__ import annotations

import base64

import pytest

from airflow_cdk8s import ValuesError

from conftest import find, kinds, minimal_values, synth_agent

TOKEN = "tok-0123456789abcdef"
PULL = '{"auths": {"images.astronomer.cloud": {"auth": "dXNlcjpwYXNz"}}}'
OL_KEY = "ol-key-9876543210"


def plaintext_values() -> dict:
    values = minimal_values(agentToken=TOKEN, imagePullSecretData=PULL,
                            openLineage={"enabled": True, "url": "https://ol", "namespace": "ns", "apiKey": OL_KEY})
    del values["agentTokenSecretName"], values["imagePullSecretName"]
    return values


def test_plaintext_is_refused_without_opt_in_naming_each_field():
    with pytest.raises(ValuesError) as caught:
        synth_agent(plaintext_values())
    problems = caught.value.problems
    assert [p.split(":")[0] for p in problems] == ["agentToken", "imagePullSecretData", "openLineage.apiKey"]
    assert all("committed to git" in p and "--allow-plaintext-secrets" in p for p in problems)
    assert "agentTokenSecretName" in problems[0]


def test_opt_in_creates_the_secrets_the_reference_names():
    docs = synth_agent(plaintext_values(), allow_plaintext_secrets=True)
    token = find(docs, "Secret", "agent-token-secret")
    assert base64.b64decode(token["data"]["token"]).decode() == TOKEN
    pull = find(docs, "Secret", "image-pull-secret")
    assert pull["type"] == "kubernetes.io/dockerconfigjson"
    assert base64.b64decode(pull["data"][".dockerconfigjson"]).decode() == PULL
    lineage = find(docs, "Secret", "openlineage-api-key-secret")
    assert base64.b64decode(lineage["data"]["api-key"]).decode() == OL_KEY
    deployment = find(docs, "Deployment", "astro-agent-worker-default-worker")
    assert deployment["spec"]["template"]["spec"]["imagePullSecrets"] == [{"name": "image-pull-secret"}]


def test_no_secret_objects_with_refs():
    assert not kinds(synth_agent(minimal_values()), "Secret")


def test_secret_values_never_appear_in_plain_text():
    import json

    text = json.dumps(synth_agent(plaintext_values(), allow_plaintext_secrets=True))
    for secret in (TOKEN, OL_KEY, PULL):
        assert secret not in text  # only base64 in Secret data


def test_empty_plaintext_placeholders_need_no_opt_in():
    docs = synth_agent(minimal_values(agentToken="", imagePullSecretData="",
                                      openLineage={"enabled": True, "url": "https://ol", "namespace": "n", "apiKey": "", "apiKeySecret": "ol"}))
    assert not kinds(docs, "Secret")
