"""Security-scanner (checkov) checks we skip on purpose, each with the reason written on the object.

checkov reads skips only from the top-level object's annotations, as
``checkov.io/skipN: CKV_K8S_NN=reason`` (a reason containing '=' crashes checkov 3.3.30).
Every skip the project can write is in REASONS, and docs/security.md lists them.
"""

from __future__ import annotations

REASONS: dict[str, str] = {
    "CKV_K8S_8": "the Vector logging sidecar serves no health endpoint by default; the agent container has its probes",
    "CKV_K8S_9": "the Vector logging sidecar serves no health endpoint by default; the agent container has its probes",
    "CKV_K8S_15": "imagePullPolicy comes from the values (default IfNotPresent as in the agent chart); images are pinned by tag",
    "CKV_K8S_35": "the agent reads its token and the OpenLineage key from environment variables (the chart contract)",
    "CKV_K8S_38": "Sentinel watches the agent pods through the Kubernetes API, so it needs its service account token",
    "CKV_K8S_43": "the image is pinned by the tag given in the values; give an @sha256 digest to pin it by content",
}


def skip_annotations(check_ids: set[str] | list[str]) -> dict[str, str]:
    """``checkov.io/skipN`` annotations for ``check_ids`` (sorted, so the output is deterministic)."""
    annotations = {}
    for n, check in enumerate(sorted(set(check_ids)), 1):
        reason = REASONS[check]
        assert "=" not in reason
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
