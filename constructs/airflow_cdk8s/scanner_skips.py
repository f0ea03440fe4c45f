"""Security-scanner (checkov) checks we skip on purpose, each with the reason written on the object.

checkov reads skips only from the top-level object's annotations, as
``checkov.io/skipN: CKV_K8S_NN=reason`` (a reason containing '=' crashes checkov 3.3.30).
Every skip the project can write is in REASONS, and docs/security.md lists them.
"""

from __future__ import annotations

REASONS: dict[str, str] = {
    "CKV_K8S_8": "a sidecar here (log shipper, git-sync, variables importer) serves no health endpoint; the main container has its probes",
    "CKV_K8S_9": "a sidecar here (log shipper, git-sync, variables importer) serves no health endpoint; the main container has its probes",
    "CKV_K8S_15": "imagePullPolicy is the user's setting (default IfNotPresent); images are pinned by tag",
    "CKV_K8S_35": "the application reads these credentials from environment variables (Airflow settings, the agent token); they come from Secrets",
    "CKV_K8S_38": "this pod calls the Kubernetes API (Sentinel watches agent pods; KubernetesPodOperator workers and the KubernetesExecutor scheduler launch pods)",
    "CKV_K8S_40": "the Sentinel image runs as its own user, uid 5000 (the agent chart's default); sentinel.podSecurityContext.runAsUser changes it",
    "CKV_K8S_43": "the image is pinned by the tag given in the settings; give an @sha256 digest to pin it by content",
}


def skip_annotations(check_ids: set[str] | list[str]) -> dict[str, str]:
    """``checkov.io/skipN`` annotations for ``check_ids`` (sorted, so the output is deterministic)."""
    annotations = {}
    for n, check in enumerate(sorted(set(check_ids)), 1):
        reason = REASONS[check]
        if "=" in reason:  # a check, not an assert: the CLI runs under python -O
            raise ValueError(f"scanner skip {check}: a reason containing '=' crashes checkov; reword it")
        annotations[f"checkov.io/skip{n}"] = f"{check}={reason}"
    return annotations


def pod_skips(pod_spec: dict) -> set[str]:
    """Skips that follow from a rendered pod spec: pull policy and digest are the user's choice."""
    containers = [*pod_spec.get("initContainers", []), *pod_spec.get("containers", [])]
    skips = set()
    if any(c.get("imagePullPolicy") != "Always" for c in containers):
        skips.add("CKV_K8S_15")
    if any("@sha256:" not in c.get("image", "") for c in containers):
        skips.add("CKV_K8S_43")
    return skips
