"""AirflowPlatform: the KubernetesExecutor, its task pod template and the scheduler's RBAC."""

from __future__ import annotations

import cdk8s
import yaml


from conftest import env_of, find, pod_spec as pod, synth_platform as synth


def test_kubernetes_executor_pod_template_and_rbac():
    docs = synth()
    template = find(docs, "ConfigMap", "airflow-pod-template")
    task_pod = yaml.safe_load(template["data"]["pod_template_file.yaml"])
    assert task_pod["spec"]["restartPolicy"] == "Never"
    assert task_pod["spec"]["containers"][0]["name"] == "base"
    assert task_pod["metadata"]["labels"]["airflow-cdk8s.io/platform"] == "airflow"
    base_env = env_of(task_pod["spec"]["containers"][0])
    assert "AIRFLOW__CORE__FERNET_KEY" not in base_env  # Airflow 3 tasks: the Execution API only (test_runtime_fixes.py)
    scheduler = pod(docs, "Deployment", "airflow-scheduler")
    assert scheduler["automountServiceAccountToken"] is True
    env = env_of(scheduler["containers"][0])
    assert env["AIRFLOW__KUBERNETES_EXECUTOR__POD_TEMPLATE_FILE"].endswith("pod_template_file.yaml")
    assert env["AIRFLOW__KUBERNETES_EXECUTOR__NAMESPACE"] == "airflow"
    role = find(docs, "Role", "airflow-pod-launcher")
    assert {"create", "delete", "watch"} <= set(role["rules"][0]["verbs"])
    assert find(docs, "RoleBinding", "airflow-pod-launcher")["subjects"][0]["name"] == "airflow"
    for name in ("airflow-api-server", "airflow-dag-processor", "airflow-triggerer"):
        assert pod(docs, "Deployment", name)["automountServiceAccountToken"] is False
