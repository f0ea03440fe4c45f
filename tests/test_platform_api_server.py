"""AirflowPlatform: the API server (Airflow 3) or webserver (Airflow 2), its Service and its sign-in."""

from __future__ import annotations


from airflow_cdk8s.platform import GoogleOAuth

from conftest import container, env_of, find, synth_platform as synth


def test_airflow2_webserver():
    docs = synth(airflow_version=2, image="apache/airflow:2.10.5")
    api = container(find(docs, "Deployment", "airflow-api-server"))
    assert api["args"][0] == "webserver" and api["livenessProbe"]["httpGet"]["path"] == "/health"
    env = env_of(api)
    assert env["AIRFLOW__WEBSERVER__SECRET_KEY"] == {"secretKeyRef": {"name": "airflow-secrets", "key": "api-secret-key"}}
    assert env["AIRFLOW__SCHEDULER__STANDALONE_DAG_PROCESSOR"] == "True"
    assert "AIRFLOW__API_AUTH__JWT_SECRET" not in env


def test_google_oauth():
    docs = synth(google_oauth=GoogleOAuth(client_secret_name="google-oauth", allowed_domain="example.com"))
    config = find(docs, "ConfigMap", "airflow-config")["data"]["webserver_config.py"]
    assert "AUTH_TYPE = AUTH_OAUTH" in config and 'os.environ["GOOGLE_OAUTH_CLIENT_SECRET"]' in config
    assert '"hd": "example.com"' in config
    compile(config, "webserver_config.py", "exec")  # valid Python
    env = env_of(container(find(docs, "Deployment", "airflow-api-server")))
    assert env["GOOGLE_OAUTH_CLIENT_SECRET"] == {"secretKeyRef": {"name": "google-oauth", "key": "client-secret"}}
    assert env["AIRFLOW__CORE__AUTH_MANAGER"].endswith("FabAuthManager")
    assert "GOOGLE_OAUTH_CLIENT_SECRET" not in env_of(container(find(docs, "Deployment", "airflow-scheduler")))
