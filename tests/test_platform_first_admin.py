"""The first admin: a Job that creates it from a Secret, the password in no manifest and no argument.

The runtime suite (tests/runtime) runs this Job with real Airflow and signs in with the Secret's password.
"""

from __future__ import annotations

import cdk8s
import pytest

from airflow_cdk8s.platform import AirflowPlatform, FirstAdmin, GoogleOAuth

from conftest import assert_valid


def synth(**props) -> list[dict]:
    chart = AirflowPlatform(cdk8s.App(), "platform", namespace="airflow", **props)
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    return docs


def admin_job(docs: list[dict]) -> dict:
    [job] = [d for d in docs if d["kind"] == "Job" and "-create-admin-" in d["metadata"]["name"]]
    return job


ADMIN = FirstAdmin(password_secret="airflow-admin", email="ops@example.com", username="ops")


def test_no_admin_job_unless_asked():
    assert not [d for d in synth() if d["kind"] == "Job" and "-create-admin-" in d["metadata"]["name"]]


def test_the_job_waits_for_the_schema_and_pipes_the_password_from_the_secret():
    spec = admin_job(synth(first_admin=ADMIN))["spec"]["template"]["spec"]
    assert [c["name"] for c in spec["initContainers"]] == ["wait-for-migrations"]
    assert spec["initContainers"][0]["args"][:2] == ["db", "check-migrations"]
    [main] = spec["containers"]
    env = {v["name"]: v for v in main["env"]}
    assert env["ADMIN_PASSWORD"] == {"name": "ADMIN_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "airflow-admin", "key": "password"}}}
    assert env["ADMIN_USERNAME"]["value"] == "ops" and env["ADMIN_EMAIL"]["value"] == "ops@example.com"
    script = main["command"][-1]
    # The password reaches the CLI on standard input (builtin printf), never as an argument of airflow.
    before, _, after = script.partition("|")
    assert before.strip().startswith("printf") and "$ADMIN_PASSWORD" in before
    assert "airflow users create --role Admin" in after and "ADMIN_PASSWORD" not in after and "--password" not in after
    # Only the job's own container gets the password; the init container has the platform's environment.
    assert "ADMIN_PASSWORD" not in {v["name"] for v in spec["initContainers"][0]["env"]}
    mounts = {m["mountPath"] for m in main["volumeMounts"]}
    assert {"/opt/airflow/airflow.cfg", "/opt/airflow/webserver_config.py", "/tmp", "/opt/airflow/logs"} <= mounts


def test_the_job_is_renamed_when_the_admin_changes():
    first = admin_job(synth(first_admin=ADMIN))["metadata"]["name"]
    again = admin_job(synth(first_admin=ADMIN))["metadata"]["name"]
    other = admin_job(synth(first_admin=FirstAdmin(password_secret="airflow-admin", email="root@example.com")))["metadata"]["name"]
    assert first == again != other


def test_the_job_pod_may_reach_the_embedded_database():
    docs = synth(first_admin=ADMIN)
    labels = admin_job(docs)["spec"]["template"]["metadata"]["labels"]
    [policy] = [d for d in docs if d["kind"] == "NetworkPolicy" and d["metadata"]["name"] == "airflow-database"]
    selector = policy["spec"]["ingress"][0]["from"][0]["podSelector"]["matchLabels"]
    assert selector.items() <= labels.items()


def test_not_with_google_sign_in():
    with pytest.raises(ValueError, match="first_admin: with google_oauth"):
        synth(first_admin=ADMIN, google_oauth=GoogleOAuth(client_secret_name="google"))


@pytest.mark.parametrize("props, prop", [
    ({"password_secret": "Airflow_Admin"}, "password_secret"),
    ({"password_key": "pass word"}, "password_key"),
    ({"email": "ops"}, "email"),
    ({"username": "o p"}, "username"),
    ({"first_name": " "}, "first_name"),
    ({"last_name": "a\nb"}, "last_name"),
])
def test_bad_props_name_the_prop(props, prop):
    with pytest.raises(ValueError) as raised:
        FirstAdmin(**{"password_secret": "airflow-admin", "email": "ops@example.com", **props})
    assert f"{prop}:" in str(raised.value)
