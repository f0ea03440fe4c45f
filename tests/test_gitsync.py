"""GitSync: env names per version, branch handling, SSH and HTTPS auth, sidecar vs init, DAGs folder."""

from __future__ import annotations

from typing import Any

import cdk8s
import pytest
import yaml

from airflow_cdk8s import RemoteExecutionAgent, ValuesError, validate_values
from airflow_cdk8s.gitsync import GitSync, KnownHostsConfigMap
from airflow_cdk8s.pod_template import POD_TEMPLATE_KEY, KubernetesExecutorPodTemplate
from conftest import assert_valid, container, env_of, find, minimal_values

HTTPS = "https://github.com/example/dags.git"
SSH = "git@github.com:example/dags.git"
SSH_PROPS: dict[str, Any] = {"repo": SSH, "ssh_key_secret": "git-ssh", "known_hosts_config_map": "git-known-hosts"}
HOST_KEY = "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"


def agent() -> RemoteExecutionAgent:
    return RemoteExecutionAgent(cdk8s.App(), "agent", values=validate_values(minimal_values()))


def synth(chart: cdk8s.Chart) -> list[dict[str, Any]]:
    docs = cdk8s.Testing.synth(chart)
    assert_valid(docs)
    return docs


def triggerer_pod(git: GitSync, **attach: Any) -> dict[str, Any]:
    """Attach ``git`` to an agent triggerer; returns the synthesized (and validated) pod spec."""
    chart = agent()
    git.attach(chart.triggerer, **attach)
    return find(synth(chart), "Deployment", "astro-agent-triggerer")["spec"]["template"]["spec"]


def task_pod(git: GitSync) -> dict[str, Any]:
    chart = cdk8s.Chart(cdk8s.App(), "test")
    template = KubernetesExecutorPodTemplate(chart, "PodTemplate", namespace="airflow", image="apache/airflow:2.10.5",
                                             service_account_name="airflow-worker")
    git.attach(template)
    data = find(synth(chart), "ConfigMap", "airflow-pod-template")["data"][POD_TEMPLATE_KEY]
    return yaml.safe_load(data)["spec"]


def git_container(pod: dict[str, Any], name: str = "git-sync") -> dict[str, Any]:
    return next(c for c in (*pod.get("initContainers", []), *pod["containers"]) if c["name"] == name)


def volume(pod: dict[str, Any], name: str) -> dict[str, Any]:
    return next(v for v in pod["volumes"] if v["name"] == name)


def problems_of(**props: Any) -> str:
    with pytest.raises(ValuesError) as error:
        GitSync(**props)
    return "\n".join(error.value.problems)


# ---- environment per version -------------------------------------------------------------

@pytest.mark.parametrize("one_time", [False, True])
def test_v4_env_names(one_time):
    env = env_of(GitSync(repo=HTTPS, branch="main", depth=2, period_seconds=15, max_failures=3).container(one_time=one_time))
    assert env == {
        "GITSYNC_REPO": HTTPS, "GITSYNC_REF": "main", "GITSYNC_DEPTH": "2", "GITSYNC_ROOT": "/git",
        "GITSYNC_LINK": "repo", "GITSYNC_PERIOD": "15s", "GITSYNC_MAX_FAILURES": "3",
        "GITSYNC_ONE_TIME": "true" if one_time else "false",
    }


def test_v4_maps_branch_to_ref_and_never_sets_the_ignored_branch_variable():
    env = env_of(GitSync(repo=HTTPS, branch="release-2").container(one_time=False))
    assert env["GITSYNC_REF"] == "release-2"
    assert not [name for name in env if name.startswith("GIT_SYNC_")]


@pytest.mark.parametrize("props, ref", [({}, "HEAD"), ({"ref": "v1.2.0"}, "v1.2.0"), ({"ref": "4f2c9e1"}, "4f2c9e1")])
def test_v4_ref(props, ref):
    assert env_of(GitSync(repo=HTTPS, **props).container(one_time=False))["GITSYNC_REF"] == ref


def test_v4_ref_and_branch_together_is_an_error():
    assert "branch: git-sync v4 syncs one ref" in problems_of(repo=HTTPS, ref="v1", branch="main")


def test_v3_env_names():
    git = GitSync(repo=HTTPS, version="v3", branch="main", ref="v1.0", depth=0, period_seconds=60, max_failures=-1)
    assert env_of(git.container(one_time=True)) == {
        "GIT_SYNC_REPO": HTTPS, "GIT_SYNC_BRANCH": "main", "GIT_SYNC_REV": "v1.0", "GIT_SYNC_DEPTH": "0",
        "GIT_SYNC_ROOT": "/git", "GIT_SYNC_DEST": "repo", "GIT_SYNC_WAIT": "60", "GIT_SYNC_MAX_SYNC_FAILURES": "-1",
        "GIT_SYNC_ONE_TIME": "true",
    }


def test_v3_branch_takes_effect_with_rev_head():
    env = env_of(GitSync(repo=HTTPS, version="v3", branch="develop").container(one_time=False))
    assert (env["GIT_SYNC_BRANCH"], env["GIT_SYNC_REV"]) == ("develop", "HEAD")


def test_v3_needs_a_branch():
    assert "branch: required with git-sync v3" in problems_of(repo=HTTPS, version="v3", ref="v1.0")


@pytest.mark.parametrize("props, image", [
    ({}, "registry.k8s.io/git-sync/git-sync:v4.4.0"),
    ({"version": "v3", "branch": "main"}, "registry.k8s.io/git-sync/git-sync:v3.6.9"),
    ({"image": "mirror.example.com/git-sync:v4.4.0"}, "mirror.example.com/git-sync:v4.4.0"),
])
def test_image(props, image):
    assert GitSync(repo=HTTPS, **props).container(one_time=False)["image"] == image


# ---- SSH ---------------------------------------------------------------------------------

def test_ssh_key_is_mounted_read_only_with_mode_0440():
    pod = triggerer_pod(GitSync(**SSH_PROPS))
    key = volume(pod, "git-sync-ssh-key")["secret"]
    assert key == {"secretName": "git-ssh", "defaultMode": 0o440, "items": [{"key": "gitSshKey", "path": "ssh"}]}
    mount = next(m for m in git_container(pod)["volumeMounts"] if m["name"] == "git-sync-ssh-key")
    assert mount == {"name": "git-sync-ssh-key", "mountPath": "/etc/git-secret/ssh-key", "readOnly": True}
    assert env_of(git_container(pod))["GITSYNC_SSH_KEY_FILE"] == "/etc/git-secret/ssh-key/ssh"
    assert pod["securityContext"]["fsGroup"] == 50000  # git-sync reads the key through this group


def test_ssh_key_mode_0400_and_custom_key():
    volumes = GitSync(**SSH_PROPS, ssh_key_mode=0o400, ssh_key_secret_key="id_ed25519").volumes()
    key = next(v for v in volumes if v["name"] == "git-sync-ssh-key")["secret"]
    assert (key["defaultMode"], key["items"]) == (0o400, [{"key": "id_ed25519", "path": "ssh"}])


@pytest.mark.parametrize("mode", [0o644, 0o444, 0o600])
def test_ssh_key_mode_must_not_be_readable_by_others(mode):
    assert "ssh_key_mode: must be 0o400 or 0o440" in problems_of(**SSH_PROPS, ssh_key_mode=mode)


def test_known_hosts_come_from_a_config_map_and_checking_is_on():
    pod = triggerer_pod(GitSync(**SSH_PROPS))
    assert volume(pod, "git-sync-known-hosts")["configMap"] == {
        "name": "git-known-hosts", "items": [{"key": "known_hosts", "path": "known_hosts"}]}
    env = env_of(git_container(pod))
    assert env["GITSYNC_SSH_KNOWN_HOSTS"] == "true"
    assert env["GITSYNC_SSH_KNOWN_HOSTS_FILE"] == "/etc/git-secret/known-hosts/known_hosts"
    mount = next(m for m in git_container(pod)["volumeMounts"] if m["name"] == "git-sync-known-hosts")
    assert mount["readOnly"] is True


def test_v3_ssh_env_names():
    env = env_of(GitSync(**SSH_PROPS, version="v3", branch="main").container(one_time=False))
    assert env["GIT_SYNC_SSH"] == "true"
    assert env["GIT_SSH_KEY_FILE"] == "/etc/git-secret/ssh-key/ssh"
    assert env["GIT_KNOWN_HOSTS"] == "true"
    assert env["GIT_SSH_KNOWN_HOSTS_FILE"] == "/etc/git-secret/known-hosts/known_hosts"


def test_ssh_without_known_hosts_is_an_error():
    message = problems_of(repo=SSH, ssh_key_secret="git-ssh")
    assert "known_hosts_config_map: required with ssh_key_secret" in message
    assert "insecure_skip_host_key_check=True" in message


@pytest.mark.parametrize("version, variable", [("v4", "GITSYNC_SSH_KNOWN_HOSTS"), ("v3", "GIT_KNOWN_HOSTS")])
def test_insecure_opt_out_turns_checking_off(version, variable):
    git = GitSync(repo=SSH, ssh_key_secret="git-ssh", insecure_skip_host_key_check=True, version=version,
                  branch="main")
    env = env_of(git.container(one_time=False))
    assert env[variable] == "false"
    assert not [n for n in env if n.endswith("KNOWN_HOSTS_FILE")]
    assert "git-sync-known-hosts" not in {v["name"] for v in git.volumes()}


@pytest.mark.parametrize("props, message", [
    ({**SSH_PROPS, "insecure_skip_host_key_check": True}, "insecure_skip_host_key_check: contradicts"),
    ({"repo": HTTPS, "insecure_skip_host_key_check": True}, "insecure_skip_host_key_check: only applies to SSH"),
    ({"repo": HTTPS, "known_hosts_config_map": "kh"}, "known_hosts_config_map: host keys only apply to SSH"),
])
def test_host_key_props_that_do_not_fit(props, message):
    assert message in problems_of(**props)


def test_known_hosts_config_map():
    chart = cdk8s.Chart(cdk8s.App(), "test")
    KnownHostsConfigMap(chart, "KnownHosts", name="git-known-hosts", namespace="airflow",
                        known_hosts=f"# github\n{HOST_KEY}\n")
    config_map = find(synth(chart), "ConfigMap", "git-known-hosts")
    assert config_map["data"] == {"known_hosts": HOST_KEY + "\n"}


@pytest.mark.parametrize("text, message", [
    ("", "known_hosts: is empty"),
    ("-----BEGIN OPENSSH PRIVATE KEY-----\nabc def ghi\n", "known_hosts: holds a private key"),
    ("github.com AAAA\n", "known_hosts: line(s) [1] are not"),
])
def test_known_hosts_config_map_errors(text, message):
    with pytest.raises(ValuesError) as error:
        KnownHostsConfigMap(cdk8s.Chart(cdk8s.App(), "test"), "KnownHosts", name="kh", namespace="airflow",
                            known_hosts=text)
    assert message in str(error.value)


# ---- HTTPS -------------------------------------------------------------------------------

@pytest.mark.parametrize("version, user, password", [
    ("v4", "GITSYNC_USERNAME", "GITSYNC_PASSWORD"), ("v3", "GIT_SYNC_USERNAME", "GIT_SYNC_PASSWORD")])
def test_https_credentials_come_from_a_secret(version, user, password):
    git = GitSync(repo=HTTPS, credentials_secret="git-creds", version=version, branch="main")
    env = env_of(triggerer_pod(git)["containers"][1])
    assert env[user] == {"secretKeyRef": {"name": "git-creds", "key": "username"}}
    assert env[password] == {"secretKeyRef": {"name": "git-creds", "key": "password"}}


def test_https_credential_keys():
    env = env_of(GitSync(repo=HTTPS, credentials_secret="git-creds", username_key="GIT_USER",
                         password_key="GIT_TOKEN").container(one_time=False))
    assert env["GITSYNC_PASSWORD"] == {"secretKeyRef": {"name": "git-creds", "key": "GIT_TOKEN"}}


@pytest.mark.parametrize("props, message", [
    ({"repo": HTTPS, "ssh_key_secret": "k", "known_hosts_config_map": "kh"}, "repo: 'https://github.com/example/dags.git' must be an SSH URL"),
    ({"repo": "http://git.example.com/dags.git", "credentials_secret": "c"}, "must be an https:// URL with credentials_secret"),
    ({"repo": SSH, "credentials_secret": "c"}, "must be an https:// URL with credentials_secret"),
    ({"repo": SSH}, "ssh_key_secret: required for the SSH URL in repo"),
    ({"repo": "ssh://git@github.com/example/dags.git"}, "ssh_key_secret: required"),
    ({"repo": "https://user:hunter2@github.com/example/dags.git"}, "repo: must not carry credentials"),
    ({"repo": "https://ghp_token@github.com/example/dags.git"}, "repo: must not carry credentials"),
    ({"repo": "ftp://example.com/dags"}, "repo: 'ftp://example.com/dags' must be https://"),
    ({"repo": ""}, "repo: '' is not a repository URL"),
    ({**SSH_PROPS, "credentials_secret": "c"}, "credentials_secret: use either SSH"),
])
def test_repo_url_must_match_the_auth_method(props, message):
    assert message in problems_of(**props)


def test_ssh_url_forms_are_accepted():
    for repo in (SSH, "ssh://git@github.com/example/dags.git", "git@gitlab.example.com:group/sub/dags.git"):
        assert GitSync(**{**SSH_PROPS, "repo": repo}).ssh


# ---- sidecar, init container, DAGs folder ------------------------------------------------

def test_sidecar_on_a_long_running_component():
    pod = triggerer_pod(GitSync(repo=HTTPS, branch="main", sub_path="dags"))
    assert [c["name"] for c in pod["containers"]] == ["triggerer", "git-sync"]
    assert "initContainers" not in pod
    assert env_of(git_container(pod))["GITSYNC_ONE_TIME"] == "false"


def test_init_container_syncs_once():
    pod = triggerer_pod(GitSync(repo=HTTPS), one_time=True)
    assert [c["name"] for c in pod["initContainers"]] == ["git-sync-init"]
    assert env_of(pod["initContainers"][0])["GITSYNC_ONE_TIME"] == "true"


def test_init_and_sidecar_share_one_volume_and_one_mount():
    chart = agent()
    git = GitSync(repo=HTTPS)
    git.attach(chart.triggerer, one_time=True)
    git.attach(chart.triggerer)
    pod = find(synth(chart), "Deployment", "astro-agent-triggerer")["spec"]["template"]["spec"]
    assert [v["name"] for v in pod["volumes"]].count("dags") == 1
    assert [m["mountPath"] for m in container({"spec": {"template": {"spec": pod}}})["volumeMounts"]].count("/opt/airflow/dags") == 1


def test_dags_reach_the_airflow_container_read_only():
    pod = triggerer_pod(GitSync(repo=HTTPS, sub_path="dags"))
    main = pod["containers"][0]
    assert {"name": "dags", "mountPath": "/opt/airflow/dags", "readOnly": True} in main["volumeMounts"]
    assert env_of(main)["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/airflow/dags/repo/dags"
    assert {"name": "dags", "mountPath": "/git"} in git_container(pod)["volumeMounts"]
    assert volume(pod, "dags") == {"name": "dags", "emptyDir": {}}


@pytest.mark.parametrize("props, folder", [
    ({}, "/opt/airflow/dags/repo"),
    ({"sub_path": "airflow/dags/"}, "/opt/airflow/dags/repo/airflow/dags"),
    ({"link": "current", "dags_mount_path": "/dags", "root": "/tmp-git"}, "/dags/current"),
])
def test_dags_folder(props, folder):
    assert GitSync(repo=HTTPS, **props).dags_folder == folder


def test_task_pod_gets_an_init_container_by_default():
    pod = task_pod(GitSync(repo=HTTPS, branch="main"))
    assert [c["name"] for c in pod["initContainers"]] == ["git-sync-init"]
    assert [c["name"] for c in pod["containers"]] == ["base"]
    assert env_of(pod["containers"][0])["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/airflow/dags/repo"


def test_task_pod_refuses_a_sidecar():
    template = KubernetesExecutorPodTemplate(cdk8s.Chart(cdk8s.App(), "test"), "PodTemplate", namespace="airflow",
                                             image="apache/airflow:2.10.5", service_account_name="airflow-worker")
    with pytest.raises(ValuesError) as error:
        GitSync(repo=HTTPS).attach(template, one_time=False)
    assert "one_time: a task pod runs to completion" in str(error.value)


def test_attaching_the_same_container_twice_is_an_error():
    chart = agent()
    GitSync(repo=HTTPS).attach(chart.triggerer)
    with pytest.raises(ValuesError, match="container 'git-sync': GitSync .* adds it, but GitSync .* already did"):
        GitSync(repo=HTTPS).attach(chart.triggerer)


def test_dags_mount_path_taken_by_another_volume():
    chart = agent()
    chart.triggerer.add_volume({"name": "baked", "emptyDir": {}}, {"mountPath": "/opt/airflow/dags"})
    with pytest.raises(ValuesError, match="dags_mount_path: the pod already mounts volume 'baked'"):
        GitSync(repo=HTTPS).attach(chart.triggerer)


# ---- the container itself ----------------------------------------------------------------

def test_container_is_restricted_runs_as_git_sync_user_and_has_resources():
    pod = triggerer_pod(GitSync(repo=HTTPS))
    git = git_container(pod)
    assert git["securityContext"] == {
        "allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}, "readOnlyRootFilesystem": True,
        "runAsGroup": 65533, "runAsNonRoot": True, "runAsUser": 65533, "seccompProfile": {"type": "RuntimeDefault"}}
    assert {"name": "git-sync-tmp", "mountPath": "/tmp"} in git["volumeMounts"]  # HOME=/tmp, root fs read-only
    assert git["resources"] == {"limits": {"cpu": "500m", "memory": "512Mi"}, "requests": {"cpu": "100m", "memory": "128Mi"}}


def test_resources_prop():
    git = GitSync(repo=HTTPS, resources={"requests": {"cpu": "50m", "memory": "64Mi"}})
    assert git.container(one_time=True)["resources"] == {"requests": {"cpu": "50m", "memory": "64Mi"}}


@pytest.mark.parametrize("props, prop", [
    ({"depth": -1}, "depth"),
    ({"max_failures": -2}, "max_failures"),
    ({"period_seconds": 0}, "period_seconds"),
    ({"link": ".hidden"}, "link"),
    ({"link": "a/b"}, "link"),
    ({"sub_path": "../etc"}, "sub_path"),
    ({"sub_path": "/abs"}, "sub_path"),
    ({"root": "/tmp"}, "root"),
    ({"root": "git"}, "root"),
    ({"dags_mount_path": "dags"}, "dags_mount_path"),
    ({"volume_name": "Dags"}, "volume_name"),
    ({"version": "v5"}, "version"),
    ({"branch": "my branch"}, "branch"),
    ({"credentials_secret": "Git_Creds"}, "credentials_secret"),
    ({"credentials_secret": "c", "password_key": "pass word"}, "password_key"),
    ({"resources": {"limits": {"memory": "lots"}}}, "resources.limits.memory"),
    ({"resources": {"limit": {"memory": "1Gi"}}}, "resources"),
    ({"image": ""}, "image"),
])
def test_bad_props_are_named(props, prop):
    assert f"\n{prop}" in "\n" + problems_of(repo=HTTPS, **props)


def test_every_problem_is_reported_at_once():
    with pytest.raises(ValuesError) as error:
        GitSync(repo=SSH, depth=-1, link=".x")
    assert len(error.value.problems) == 3  # ssh_key_secret, depth, link
    assert error.value.source == "GitSync"
