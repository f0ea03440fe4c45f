"""Tests for airflow_cdk8s.checks: each check catches the bad case and accepts the good one.

Plain dicts only: nothing here builds a cdk8s chart, so the whole file runs in a few seconds.
"""

from __future__ import annotations

import base64
import copy
from typing import Any, Callable

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from airflow_cdk8s.checks import Problem, check_directory, check_objects, check_pod_spec, crd_schema, secret_scan

IMAGE = "apache/airflow:2.9.3@sha256:" + "0123456789abcdef" * 4


def deployment() -> dict[str, Any]:
    """A Deployment that passes every check (restricted PSS, strict schema, no secrets)."""
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "web", "namespace": "airflow", "labels": {"app": "web"}},
        "spec": {
            "replicas": 1,
            "selector": {"matchLabels": {"app": "web"}},
            "template": {
                "metadata": {"labels": {"app": "web"}},
                "spec": {
                    "securityContext": {
                        "runAsNonRoot": True,
                        "runAsUser": 50000,
                        "seccompProfile": {"type": "RuntimeDefault"},
                    },
                    "containers": [
                        {
                            "name": "web",
                            "image": IMAGE,
                            "args": ["webserver"],
                            "ports": [{"containerPort": 8080, "name": "http"}],
                            "env": [
                                {"name": "AIRFLOW__CORE__EXECUTOR", "value": "KubernetesExecutor"},
                                {
                                    "name": "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
                                    "valueFrom": {"secretKeyRef": {"name": "airflow-db", "key": "connection"}},
                                },
                            ],
                            "securityContext": {
                                "allowPrivilegeEscalation": False,
                                "readOnlyRootFilesystem": True,
                                "capabilities": {"drop": ["ALL"]},
                            },
                            "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}],
                        }
                    ],
                    "volumes": [{"name": "tmp", "emptyDir": {}}],
                },
            },
        },
    }


def pod_spec(obj: dict[str, Any]) -> dict[str, Any]:
    return obj["spec"]["template"]["spec"]


def container(obj: dict[str, Any]) -> dict[str, Any]:
    return pod_spec(obj)["containers"][0]


def messages(objects: list[Any], **kwargs: Any) -> list[str]:
    return [str(p) for p in check_objects(objects, **kwargs)]


def test_compliant_deployment_passes_everything() -> None:
    assert check_objects([deployment()]) == []


def test_problem_is_one_line() -> None:
    assert str(Problem("deployment/ns/web", "bad\nthing")) == "deployment/ns/web: bad thing"


# --- strict Kubernetes schema ---------------------------------------------------------


def test_unknown_field_in_deployment_fails_strict_schema() -> None:
    obj = deployment()
    container(obj)["imagePullPolicyy"] = "Always"
    [problem] = check_objects([obj])
    assert problem.where == "deployment/airflow/web"
    assert "spec.template.spec.containers[0]" in problem.message
    assert "imagePullPolicyy" in problem.message


def test_wrong_type_fails_without_echoing_the_value() -> None:
    obj = deployment()
    obj["spec"]["replicas"] = "s3cr3t-two"
    [problem] = check_objects([obj])
    assert "spec.replicas" in problem.message and "s3cr3t" not in problem.message


def test_unknown_kind_is_reported() -> None:
    obj = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}}
    [problem] = check_objects([obj])
    assert "unknown kind example.com/v1 Widget" in problem.message


def test_builtin_kind_in_a_foreign_group_is_unknown() -> None:
    obj = deployment()
    obj["apiVersion"] = "apps.example.com/v1"
    assert any("unknown kind" in m for m in messages([obj]))


def test_missing_kind_is_reported() -> None:
    assert any("apiVersion and kind" in m for m in messages([{"metadata": {"name": "x"}}]))


def test_other_builtin_kinds_pass() -> None:
    objects = [
        {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "airflow"},
         "spec": {"selector": {"app": "web"}, "ports": [{"port": 80, "targetPort": "http"}]}},
        {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "web", "namespace": "airflow"},
         "spec": {"ingressClassName": "nginx", "rules": [{"host": "airflow.example.com", "http": {"paths": [
             {"path": "/", "pathType": "Prefix",
              "backend": {"service": {"name": "web", "port": {"name": "http"}}}}]}}]}},
        {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "r", "namespace": "a"},
         "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list"]}]},
        {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "p", "namespace": "a"},
         "spec": {"maxUnavailable": 1, "selector": {"matchLabels": {"app": "web"}}}},
    ]
    assert check_objects(objects) == []


# --- CRDs ---------------------------------------------------------------------------------


def external_secret(api_version: str = "external-secrets.io/v1") -> dict[str, Any]:
    return {
        "apiVersion": api_version,
        "kind": "ExternalSecret",
        "metadata": {"name": "airflow-db", "namespace": "airflow"},
        "spec": {
            "refreshInterval": "1h",
            "secretStoreRef": {"name": "vault", "kind": "ClusterSecretStore"},
            "target": {"name": "airflow-db", "creationPolicy": "Owner"},
            "data": [{"secretKey": "connection", "remoteRef": {"key": "airflow/db", "property": "conn"}}],
        },
    }


def test_v1_external_secret_passes() -> None:
    assert check_objects([external_secret()]) == []


def test_external_secret_unknown_field_fails() -> None:
    obj = external_secret()
    obj["spec"]["data"][0]["remoteRef"]["propery"] = "conn"
    [problem] = check_objects([obj])
    assert "spec.data[0].remoteRef" in problem.message and "propery" in problem.message


def test_custom_resource_metadata_is_strict() -> None:
    obj = external_secret()
    obj["metadata"]["label"] = {"a": "b"}
    [problem] = check_objects([obj])
    assert problem.message.startswith("metadata:") and "'label'" in problem.message


def test_v1beta1_external_secret_is_rejected_with_hint() -> None:
    [problem] = check_objects([external_secret("external-secrets.io/v1beta1")])
    assert "not served" in problem.message
    assert "use external-secrets.io/v1" in problem.message


def test_acme_http01_cluster_issuer_passes() -> None:
    issuer = {
        "apiVersion": "cert-manager.io/v1",
        "kind": "ClusterIssuer",
        "metadata": {"name": "letsencrypt"},
        "spec": {"acme": {
            "server": "https://acme-v02.api.letsencrypt.org/directory",
            "email": "ops@example.com",
            "privateKeySecretRef": {"name": "letsencrypt-account"},
            "solvers": [{"http01": {"ingress": {"ingressClassName": "nginx"}}}],
        }},
    }
    assert check_objects([issuer]) == []
    issuer["spec"]["acme"]["solvers"][0]["http01"]["ingress"]["ingressClass"] = "nginx"
    assert any("ingressClass" in m for m in messages([issuer]))


def test_certificate_and_secret_store_pass() -> None:
    cert = {"apiVersion": "cert-manager.io/v1", "kind": "Certificate",
            "metadata": {"name": "web", "namespace": "airflow"},
            "spec": {"secretName": "web-tls", "dnsNames": ["airflow.example.com"],
                     "issuerRef": {"name": "letsencrypt", "kind": "ClusterIssuer"}}}
    store = {"apiVersion": "external-secrets.io/v1", "kind": "SecretStore",
             "metadata": {"name": "vault", "namespace": "airflow"},
             "spec": {"provider": {"vault": {
                 "server": "https://vault.example.com", "path": "secret", "version": "v2",
                 "auth": {"kubernetes": {"mountPath": "kubernetes", "role": "airflow"}}}}}}
    assert check_objects([cert, store]) == []


def test_bundled_crds_are_found() -> None:
    # Guards the package data: a wheel without checks/crds/*.yaml would know none.
    assert crd_schema.known_kinds() == [
        "cert-manager.io Certificate", "cert-manager.io ClusterIssuer", "cert-manager.io Issuer",
        "external-secrets.io ClusterSecretStore", "external-secrets.io ExternalSecret",
        "external-secrets.io SecretStore", "generators.external-secrets.io Password", "monitoring.coreos.com PodMonitor",
        "monitoring.coreos.com ServiceMonitor",
    ]


def test_pod_monitor_typo_is_caught() -> None:
    monitor = {"apiVersion": "monitoring.coreos.com/v1", "kind": "PodMonitor", "metadata": {"name": "m", "namespace": "a"},
               "spec": {"selector": {"matchLabels": {"app": "a"}}, "podMetricsEndpoints": [{"portNumber": 9102, "pth": "/metrics"}]}}
    [problem] = check_objects([monitor])
    assert "pth" in problem.message
    monitor["spec"]["podMetricsEndpoints"][0] = {"portNumber": 9102, "path": "/metrics"}
    assert check_objects([monitor]) == []


def test_unknown_crd_version_is_rejected() -> None:
    obj = {"apiVersion": "cert-manager.io/v2", "kind": "Certificate", "metadata": {"name": "c"}}
    [problem] = check_objects([obj])
    assert "does not exist" in problem.message and "use cert-manager.io/v1" in problem.message


# --- Pod Security Standards (restricted) ------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any, target: str = "container") -> Mutation:
    def mutate(obj: dict[str, Any]) -> None:
        node = container(obj) if target == "container" else pod_spec(obj)
        *parents, leaf = path.split(".")
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = value

    return mutate


def _delete(path: str, target: str = "container") -> Mutation:
    def mutate(obj: dict[str, Any]) -> None:
        node = container(obj) if target == "container" else pod_spec(obj)
        *parents, leaf = path.split(".")
        for key in parents:
            node = node[key]
        del node[leaf]

    return mutate


def _add_volume(volume: dict[str, Any]) -> Mutation:
    return lambda obj: pod_spec(obj)["volumes"].append(volume)


def _annotate(key: str, value: str) -> Mutation:
    return lambda obj: obj["spec"]["template"]["metadata"].setdefault("annotations", {}).update({key: value})


CONTAINER = 'containers[0] "web"'
PSS_VIOLATIONS: dict[str, tuple[Mutation, str]] = {
    "hostNetwork": (_set("hostNetwork", True, "pod"), "spec.template.spec.hostNetwork"),
    "hostPID": (_set("hostPID", True, "pod"), "spec.template.spec.hostPID"),
    "hostIPC": (_set("hostIPC", True, "pod"), "spec.template.spec.hostIPC"),
    "privileged": (_set("securityContext.privileged", True), f"{CONTAINER}: securityContext.privileged"),
    "cap add": (_set("securityContext.capabilities.add", ["SYS_ADMIN"]), "capabilities.add"),
    "cap drop missing": (_delete("securityContext.capabilities.drop"), "capabilities.drop must include ALL"),
    "hostPath": (_add_volume({"name": "host", "hostPath": {"path": "/"}}), 'volumes[1] "host": volume type hostPath'),
    "nfs volume": (_add_volume({"name": "n", "nfs": {"server": "s", "path": "/"}}), "volume type nfs"),
    "hostPort": (_set("ports", [{"containerPort": 8080, "hostPort": 8080}]), f"{CONTAINER}: ports[0].hostPort"),
    "seccomp unset": (_delete("securityContext.seccompProfile", "pod"), f"{CONTAINER}: securityContext.seccompProfile"),
    "seccomp unconfined": (_set("securityContext.seccompProfile", {"type": "Unconfined"}),
                           f"{CONTAINER}: securityContext.seccompProfile.type"),
    "runAsNonRoot unset": (_delete("securityContext.runAsNonRoot", "pod"),
                           f"{CONTAINER}: securityContext.runAsNonRoot"),
    "runAsNonRoot false": (_set("securityContext.runAsNonRoot", False), f"{CONTAINER}: securityContext.runAsNonRoot"),
    "runAsUser 0": (_set("securityContext.runAsUser", 0), f"{CONTAINER}: securityContext.runAsUser must not be 0"),
    "pod runAsUser 0": (_set("securityContext.runAsUser", 0, "pod"), "spec.template.spec.securityContext.runAsUser"),
    "allowPrivilegeEscalation unset": (_delete("securityContext.allowPrivilegeEscalation"),
                                       f"{CONTAINER}: securityContext.allowPrivilegeEscalation"),
    "allowPrivilegeEscalation true": (_set("securityContext.allowPrivilegeEscalation", True),
                                      f"{CONTAINER}: securityContext.allowPrivilegeEscalation"),
    "unsafe sysctl": (_set("securityContext.sysctls", [{"name": "kernel.msgmax", "value": "1"}], "pod"),
                      "kernel.msgmax is not a safe sysctl"),
    "apparmor unconfined": (_annotate("container.apparmor.security.beta.kubernetes.io/web", "unconfined"),
                            "spec.template.metadata.annotations"),
    "selinux type": (_set("securityContext.seLinuxOptions", {"type": "spc_t"}), "seLinuxOptions.type"),
    "selinux user": (_set("securityContext.seLinuxOptions", {"user": "root"}, "pod"), "seLinuxOptions.user"),
    "procMount": (_set("securityContext.procMount", "Unmasked"), f"{CONTAINER}: securityContext.procMount"),
    "hostProcess": (_set("securityContext.windowsOptions", {"hostProcess": True}), "windowsOptions.hostProcess"),
}


@pytest.mark.parametrize("case", sorted(PSS_VIOLATIONS))
def test_each_pss_rule_is_enforced(case: str) -> None:
    mutate, expected = PSS_VIOLATIONS[case]
    obj = deployment()
    mutate(obj)
    found = messages([obj])
    assert any(expected in m for m in found), found


@pytest.mark.parametrize(
    "allowed",
    [
        _set("securityContext.capabilities.add", ["NET_BIND_SERVICE"]),
        _set("securityContext.sysctls", [{"name": "net.ipv4.ip_unprivileged_port_start", "value": "0"}], "pod"),
        _annotate("container.apparmor.security.beta.kubernetes.io/web", "runtime/default"),
        _set("securityContext.seLinuxOptions", {"type": "container_t", "level": "s0:c1,c2"}),
        _set("securityContext.seccompProfile", {"type": "Localhost", "localhostProfile": "p.json"}),
        _add_volume({"name": "cfg", "configMap": {"name": "airflow-config"}}),
    ],
)
def test_restricted_allows_its_exceptions(allowed: Mutation) -> None:
    obj = deployment()
    allowed(obj)
    assert check_objects([obj]) == []


def test_settings_may_move_from_pod_to_every_container() -> None:
    obj = deployment()
    del pod_spec(obj)["securityContext"]
    container(obj)["securityContext"].update(runAsNonRoot=True, seccompProfile={"type": "RuntimeDefault"})
    assert check_objects([obj]) == []


def test_init_and_ephemeral_containers_are_checked() -> None:
    obj = deployment()
    pod_spec(obj)["initContainers"] = [{"name": "migrate", "image": IMAGE}]
    pod_spec(obj)["ephemeralContainers"] = [{"name": "debug", "image": IMAGE}]
    found = "\n".join(messages([obj]))
    assert 'initContainers[0] "migrate": securityContext.allowPrivilegeEscalation' in found
    assert 'ephemeralContainers[0] "debug": securityContext.capabilities.drop' in found


@pytest.mark.parametrize(
    ("kind", "api_version", "wrap"),
    [
        ("Pod", "v1", lambda t: {"metadata": {"name": "p"}, "spec": t["spec"]}),
        ("Job", "batch/v1", lambda t: {"metadata": {"name": "j"}, "spec": {"template": t}}),
        ("CronJob", "batch/v1", lambda t: {"metadata": {"name": "c"}, "spec": {
            "schedule": "@daily", "jobTemplate": {"spec": {"template": t}}}}),
        ("StatefulSet", "apps/v1", lambda t: {"metadata": {"name": "s"}, "spec": {
            "serviceName": "s", "selector": {"matchLabels": {"app": "web"}}, "template": t}}),
        ("DaemonSet", "apps/v1", lambda t: {"metadata": {"name": "d"}, "spec": {
            "selector": {"matchLabels": {"app": "web"}}, "template": t}}),
        ("PodTemplate", "v1", lambda t: {"metadata": {"name": "t"}, "template": t}),
    ],
)
def test_pod_specs_are_found_in_every_workload_kind(kind: str, api_version: str, wrap: Callable) -> None:
    template = copy.deepcopy(deployment()["spec"]["template"])
    obj = {"apiVersion": api_version, "kind": kind, **wrap(template)}
    if kind in ("Job", "CronJob"):
        template["spec"]["restartPolicy"] = "Never"
    assert check_objects([obj]) == []
    template["spec"]["hostNetwork"] = True
    assert any("hostNetwork must not be true" in m for m in messages([obj]))


def test_check_pod_spec_on_a_bare_pod_spec() -> None:
    spec = copy.deepcopy(pod_spec(deployment()))
    assert check_pod_spec(spec) == []
    spec["containers"][0]["securityContext"]["privileged"] = True
    assert check_pod_spec(spec) == ['spec.containers[0] "web": securityContext.privileged must not be true']


def test_pod_template_file_in_a_configmap_is_checked() -> None:
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "worker"},
           "spec": {"containers": [{"name": "base", "image": IMAGE}]}}
    cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "pod-template", "namespace": "airflow"},
          "data": {"pod_template_file.yaml": yaml.safe_dump(pod)}}
    found = messages([cm])
    assert any("(embedded Pod)" in m and 'containers[0] "base"' in m for m in found), found


# --- secrets ------------------------------------------------------------------------------


def secret(**payload: Any) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s", "namespace": "airflow"}, **payload}


def test_secret_with_data_fails_unless_allowed() -> None:
    obj = secret(data={"password": base64.b64encode(b"hunter2").decode()})
    [problem] = check_objects([obj])
    assert "password" in problem.message and "hunter2" not in problem.message
    assert check_objects([obj], allow_plaintext_secrets=True) == []


def test_secret_with_string_data_fails() -> None:
    assert any("Secret carries values" in m for m in messages([secret(stringData={"token": "x"})]))


def test_empty_secret_passes() -> None:
    assert check_objects([secret(type="Opaque", data={})]) == []
    # A TLS Secret without its keys is no credential leak, but the API server requires tls.crt and tls.key.
    assert [p.message for p in check_objects([secret(type="kubernetes.io/tls", data={})])] == [
        "data['tls.crt']: is required for a Secret of type kubernetes.io/tls",
        "data['tls.key']: is required for a Secret of type kubernetes.io/tls",
    ]


def with_env(name: str, value: str) -> dict[str, Any]:
    obj = deployment()
    container(obj)["env"].append({"name": name, "value": value})
    return obj


PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
CREDENTIALS = {
    "PEM private key": PEM,
    "OpenSSH private key": "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk=\n",
    "password in URL": "postgresql://airflow:Sup3rS3cret@db:5432/airflow",
    "password in redis URL": "redis://:hunter2@redis:6379/0",
    "AWS access key id": "AKIAIOSFODNN7EXAMPLE",
    "GitHub token": "ghp_" + "a1B2c3D4e5" * 4,
    "GitHub fine-grained token": "github_pat_11ABCDEFG0123456789_abcdefghijklmnop",
    "Slack token": "xoxb-1234567890-abcdefghij",
    "JWT": f"Bearer {JWT}",
}


@pytest.mark.parametrize("case", sorted(CREDENTIALS))
def test_credential_patterns_are_caught(case: str) -> None:
    found = messages([with_env("SOME_SETTING", CREDENTIALS[case])])
    assert any("env[2].value: looks like a" in m for m in found), found
    assert not any(CREDENTIALS[case].strip() in m for m in found)  # never echo the value


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("AIRFLOW__CORE__FERNET_KEY", "q8xw3uLhZ0K9dPvT2mN7sYbR4cJf6aEg"),
        ("AIRFLOW__WEBSERVER__SECRET_KEY", "9f86d081884c7d659a2feaa0c55ad015"),
        ("API_KEY", "Zx8!kP2@vQ7#mW4$"),
        ("DB_PASSWORD", "c0rrect-H0rse-Battery-Staple"),
        ("REDIS_PASSWORD", "pa$sW0rd-4-redis"),  # `$s...` is not expanded in env values
    ],
)
def test_literal_values_of_sensitive_env_vars_are_caught(name: str, value: str) -> None:
    found = messages([with_env(name, value)])
    assert any(f"{name} is set to a literal secret" in m for m in found), found


def test_literal_secret_in_configmap_is_caught() -> None:
    cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "a"},
          "data": {"AIRFLOW__API__SECRET_KEY": "9f86d081884c7d659a2feaa0c55ad015", "EXECUTOR": "Local"}}
    assert any("literal secret in a ConfigMap" in m for m in messages([cm]))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("IMAGE", IMAGE),  # digest: long hex, but not a credential
        ("CHECKSUM", "sha256:" + "ab" * 32),
        ("SQL_ALCHEMY_CONN", "postgresql://airflow:$(DB_PASSWORD)@db:5432/airflow"),
        ("BROKER_URL", "redis://:${REDIS_PASSWORD}@redis:6379/0"),
        ("SHELL_URL", "postgresql://airflow:$PGPASSWORD@db/airflow"),
        ("VAULT_TEMPLATE", '{{ with secret "database/creds/airflow" }}postgresql://{{ .Data.username }}:'
                           '{{ .Data.password }}@db:5432/airflow{{ end }}'),
        ("AIRFLOW__SECRETS__BACKEND", "airflow.providers.hashicorp.secrets.vault.VaultBackend"),
        ("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET", "sql_alchemy_conn"),
        ("TOKEN_FILE", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("SECRET_NAME", "airflow-webserver-secret-key-v2"),
        ("PASSWORD_CMD", "cat /run/secrets/password"),
        ("SHORT_B64", base64.b64encode(b"hello").decode()),
        ("WEBSITE", "https://user@example.com/path"),
        ("ES_HOST", "http://es.example.com:9200"),
    ],
)
def test_false_positives_are_not_reported(name: str, value: str) -> None:
    assert check_objects([with_env(name, value)]) == []


def test_secret_references_are_fine() -> None:
    obj = deployment()
    container(obj)["env"].append(
        {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "airflow-db", "key": "password"}}}
    )
    container(obj)["envFrom"] = [{"secretRef": {"name": "airflow-env"}}]
    pod_spec(obj)["volumes"].append({"name": "creds", "secret": {"secretName": "airflow-creds"}})
    assert check_objects([obj]) == []


def test_known_secret_values_never_appear() -> None:
    value = "correct horse battery staple"
    obj = deployment()
    obj["metadata"]["annotations"] = {"note": f"pw is {value}"}
    found = messages([obj], known_secrets=[value])
    assert found == ["deployment/airflow/web: metadata.annotations.note: contains known secret value #1"]
    assert check_objects([deployment()], known_secrets=[value]) == []


def test_known_secret_is_found_base64_encoded_in_secret_data() -> None:
    obj = secret(data={"pw": base64.b64encode(b"correct horse").decode()})
    assert any("known secret value #1" in m for m in messages([obj], known_secrets=["correct horse"]))


def test_find_credentials_directly() -> None:
    assert secret_scan.find_credentials(PEM) == ["PEM private key"]
    assert secret_scan.find_credentials("-----BEGIN CERTIFICATE-----") == []


# --- check_objects / check_directory ------------------------------------------------------


def test_problems_are_sorted_and_named_by_object() -> None:
    a, b = deployment(), deployment()
    a["metadata"]["name"], b["metadata"]["name"] = "b", "a"
    for obj in (a, b):
        pod_spec(obj)["hostPID"] = True
    wheres = [p.where for p in check_objects([a, b])]
    assert wheres == ["deployment/airflow/a", "deployment/airflow/b"]


def test_check_directory(tmp_path: Any) -> None:
    bad = deployment()
    pod_spec(bad)["hostIPC"] = True
    (tmp_path / "good.yaml").write_text(yaml.safe_dump_all([deployment(), None, external_secret()]))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.yml").write_text("---\n" + yaml.safe_dump(bad))
    (tmp_path / "broken.yaml").write_text("kind: Deployment\nmetadata: [unclosed\n")
    (tmp_path / "notes.txt").write_text("ignored")
    problems = check_directory(tmp_path)
    assert [p.where for p in problems] == ["broken.yaml", "sub/bad.yml: deployment/airflow/web"]
    assert "line 3, column 1: not valid YAML" in problems[0].message
    assert "hostIPC must not be true" in problems[1].message


def test_check_directory_passes_options_through(tmp_path: Any) -> None:
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(secret(stringData={"k": "v"})))
    assert check_directory(tmp_path)
    assert check_directory(tmp_path, allow_plaintext_secrets=True) == []


# --- robustness ---------------------------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["spec", "template", "containers", "volumes", "securityContext", "data", "name",
                         "value", "env", "metadata", "ports", "sysctls", "capabilities", "jobTemplate",
                         "seLinuxOptions", "seccompProfile", "type", "add", "drop", "hostPort", "annotations"]),
        inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(
    kind=st.sampled_from(["Deployment", "CronJob", "Pod", "Secret", "ConfigMap", "ExternalSecret"]),
    api_version=st.sampled_from(["v1", "apps/v1", "batch/v1", "external-secrets.io/v1"]),
    body=st.dictionaries(st.sampled_from(["spec", "metadata", "data", "stringData", "template"]), _json),
)
def test_malformed_objects_give_problems_not_exceptions(kind: str, api_version: str, body: dict) -> None:
    check_objects([{"apiVersion": api_version, "kind": kind, **body}], known_secrets=["abc"])
