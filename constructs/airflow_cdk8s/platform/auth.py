"""The files Airflow reads from AIRFLOW_HOME: airflow.cfg and the FAB webserver_config.py (Google OAuth)."""

from __future__ import annotations

import json
import re

from .settings import GoogleOAuth


def airflow_cfg() -> str:
    # Mounted so Airflow does not try to write a default one to a read-only filesystem.
    return "# Airflow is configured through AIRFLOW__SECTION__KEY environment variables (airflow-cdk8s).\n"


def allow_list_pattern(domain: str) -> str:
    """The e-mail addresses of exactly ``domain``, as the regular expression FAB's allow-list wants."""
    return f"^[^@]+@{re.escape(domain)}$"


def webserver_config(google: GoogleOAuth | None) -> str:
    """Flask AppBuilder settings; with ``google``, sign-in with Google OAuth (client from a Secret)."""
    if google is None:
        return "# Flask AppBuilder settings (airflow-cdk8s): the defaults.\n"
    provider = {
        "name": "google",
        "icon": "fa-google",
        "token_key": "access_token",
        "remote_app": {
            "api_base_url": "https://www.googleapis.com/oauth2/v2/",
            "client_kwargs": {"scope": "email profile"},
            "access_token_url": "https://oauth2.googleapis.com/token",
            "authorize_url": "https://accounts.google.com/o/oauth2/auth",
            "request_token_url": None,
            "jwks_uri": "https://www.googleapis.com/oauth2/v3/certs",
        },
    }
    if google.allowed_domain:
        provider["remote_app"]["authorize_params"] = {"hd": google.allowed_domain}
    lines = [
        "# Sign in with Google (airflow-cdk8s). The client id and secret come from a Secret via the environment.",
        "import os",
        "",
        "from flask_appbuilder.security.manager import AUTH_OAUTH",
        "",
        "AUTH_TYPE = AUTH_OAUTH",
        "AUTH_USER_REGISTRATION = True",
        f"AUTH_USER_REGISTRATION_ROLE = {json.dumps(google.default_role)}",
        f"_PROVIDER = {json.dumps(provider, sort_keys=True).replace('null', 'None')}",
        '_PROVIDER["remote_app"]["client_id"] = os.environ["GOOGLE_OAUTH_CLIENT_ID"]',
        '_PROVIDER["remote_app"]["client_secret"] = os.environ["GOOGLE_OAUTH_CLIENT_SECRET"]',
    ]
    if google.allowed_domain:
        # Flask-AppBuilder matches each entry with re.search: anchored, or "@example.com" would also
        # admit mallory@example.com.evil.net.
        lines += [f"_PROVIDER[\"whitelist\"] = [{json.dumps(allow_list_pattern(google.allowed_domain))}]  # only this domain's accounts"]
    lines += ["OAUTH_PROVIDERS = [_PROVIDER]", ""]
    return "\n".join(lines)
