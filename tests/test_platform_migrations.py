"""AirflowPlatform: the migrations Job and the components waiting for it."""

from __future__ import annotations



from conftest import PLATFORM_COMPONENTS as COMPONENTS, kinds, pod_spec as pod, synth_platform as synth


def test_migrations_job_and_wait():
    docs = synth()
    [job] = kinds(docs, "Job")
    assert job["metadata"]["name"].startswith("airflow-migrate-")
    assert job["spec"]["template"]["spec"]["containers"][0]["args"] == ["db", "migrate"]
    assert job["spec"]["template"]["spec"]["restartPolicy"] == "OnFailure"
    for name in COMPONENTS:
        [wait] = [c for c in pod(docs, "Deployment", name)["initContainers"] if c["name"] == "wait-for-migrations"]
        assert wait["args"][:2] == ["db", "check-migrations"]
    assert not [d for d in docs if "helm.sh/hook" in d["metadata"].get("annotations", {})]


def test_migrations_job_name_follows_the_image():
    a = synth(image="apache/airflow:3.0.6")
    b = synth(image="apache/airflow:3.1.0")
    assert kinds(a, "Job")[0]["metadata"]["name"] != kinds(b, "Job")[0]["metadata"]["name"]
