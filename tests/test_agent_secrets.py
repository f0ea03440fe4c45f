"""Plaintext secret values: refused unless the user opts in; then the Secrets the reference names."""

from __future__ import annotations

import base64

import pytest

from airflow_cdk8s import ValuesError

from conftest import container, env_of, find, kinds, minimal_values, synth_agent

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


# ---- credentials in plain env (commonEnv / env) ---------------------------------------------

@pytest.mark.parametrize("name, value, what", [
    ("AIRFLOW_CONN_GIT_DEFAULT", '{"conn_type": "git", "login": "me", "password": "hunter2"}', "a password in an Airflow connection"),
    ("AIRFLOW_CONN_API", '{"conn_type": "http", "extra": {"api_key": "k-123"}}', "a secret in an Airflow connection's extra"),
    ("AIRFLOW_CONN_DB", "postgresql://airflow:pa55word@db.example.com:5432/airflow", "a password in URL"),
    ("MY_SETTING", "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "a GitHub token"),
    ("SERVICE_API_TOKEN", "Zx81-kQ2v7LmP0sT4wR9", "a literal secret"),
])
def test_credential_in_env_is_refused_naming_the_path(name, value, what):
    values = minimal_values(workers=[{"name": "w", "env": [{"name": name, "value": value}]}])
    with pytest.raises(ValuesError) as error:
        synth_agent(values)
    [problem] = error.value.problems
    assert problem.startswith(f"workers[0].env[0].value: {name} carries {what} in plain text")
    assert value not in problem


@pytest.mark.parametrize("name, value", [
    ("ASTRO_LOGGING_AWS_WEB_IDENTITY_TOKEN_FILE", "/tmp/logging-token"),
    ("AIRFLOW_CONN_AWS_DEFAULT", '{"conn_type": "aws", "extra": {"region_name": "us-east-1"}}'),
    ("AIRFLOW_CONN_GIT_DEFAULT", '{"conn_type": "git", "login": "me", "password": ""}'),
    ("AIRFLOW__SECRETS__BACKEND_KWARGS", '{"connections_prefix": "airflow/connections"}'),
    ("GIT_TOKEN_SECRET", "git-credentials"),  # a Secret's name
])
def test_references_and_paths_in_env_are_not_credentials(name, value):
    synth_agent(minimal_values(commonEnv=[{"name": name, "value": value}]))


def test_credential_in_env_with_the_opt_in_stays_in_the_env_only():
    value = '{"conn_type": "git", "login": "me", "password": "hunter2"}'
    docs = synth_agent(minimal_values(commonEnv=[{"name": "AIRFLOW_CONN_GIT_DEFAULT", "value": value}]), allow_plaintext_secrets=True)
    assert env_of(container(find(docs, "Deployment", "astro-agent-worker-default-worker")))["AIRFLOW_CONN_GIT_DEFAULT"] == value
    assert not kinds(docs, "Secret")
