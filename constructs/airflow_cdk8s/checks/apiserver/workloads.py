"""Workloads: pod templates, the controllers' selectors, Deployment, StatefulSet, DaemonSet, Job, CronJob."""

from __future__ import annotations

import re
from typing import Any, Mapping

from ... import names
from ._common import Path, _dict, _dicts, _enum, _int, _int_or_percent, _non_negative, _Problems, _quoted, _set, _str
from .metadata import _annotations, _labels, _name
from .pod import _pod_spec
from .selectors import _selector, _selector_is_empty, selector_matches
from .storage import _pvc_spec


def _pod_template(p: _Problems, template: Mapping[str, Any], path: Path, **pod_options: Any) -> None:
    metadata = _dict(template.get("metadata"))
    _labels(p, metadata.get("labels"), (*path, "metadata", "labels"))
    _annotations(p, metadata.get("annotations"), (*path, "metadata", "annotations"))
    _pod_spec(p, _dict(template.get("spec")), (*path, "spec"), **pod_options)


def _selected_template(p: _Problems, spec: Mapping[str, Any], kind: str, path: Path) -> None:
    """The controllers' rule: a required, non-empty selector that selects the pod template's labels."""
    selector = spec.get("selector")
    if selector is None:
        p.add((*path, "selector"), "is required")
    elif _selector_is_empty(selector):
        p.add((*path, "selector"), f"must not be empty for a {kind}")
    else:
        _selector(p, selector, (*path, "selector"))
        labels = _dict(_dict(_dict(spec.get("template")).get("metadata")).get("labels"))
        if not selector_matches(_dict(selector), labels):
            p.add((*path, "template", "metadata", "labels"), f"selector {_quoted(selector)} does not match the "
                                                             f"template labels {_quoted(labels)}")
    template_spec = _dict(_dict(spec.get("template")).get("spec"))
    if template_spec.get("restartPolicy", "Always") not in ("Always", None):
        p.add((*path, "template", "spec", "restartPolicy"), f"must be Always for a {kind}")
    if _set(template_spec, "activeDeadlineSeconds"):
        p.add((*path, "template", "spec", "activeDeadlineSeconds"), f"is not supported in a {kind}")


def _rolling_update(p: _Problems, rolling: Mapping[str, Any], path: Path, default_surge: Any) -> None:
    unavailable = _int_or_percent(p, rolling.get("maxUnavailable", "25%"), (*path, "maxUnavailable"))
    surge = _int_or_percent(p, rolling.get("maxSurge", default_surge), (*path, "maxSurge"), at_most_100=False)
    if unavailable == 0 and surge == 0:
        p.add((*path, "maxUnavailable"), "may not be 0 when maxSurge is 0")


def _deployment(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    _selected_template(p, spec, "Deployment", path)
    for key in ("replicas", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds"):
        _non_negative(p, spec, key, path)
    deadline = _int(spec.get("progressDeadlineSeconds")) if _set(spec, "progressDeadlineSeconds") else 600  # default
    ready = _int(spec.get("minReadySeconds")) or 0
    if deadline is not None and deadline <= ready:
        p.add((*path, "progressDeadlineSeconds"), f"{deadline} must be greater than minReadySeconds ({ready})")
    strategy = _dict(spec.get("strategy"))
    _enum(p, strategy, "type", ("RollingUpdate", "Recreate"), (*path, "strategy"))
    if strategy.get("type") == "Recreate" and _set(strategy, "rollingUpdate"):
        p.add((*path, "strategy", "rollingUpdate"), "may not be set when strategy type is Recreate")
    elif strategy.get("type") in (None, "RollingUpdate"):
        _rolling_update(p, _dict(strategy.get("rollingUpdate")), (*path, "strategy", "rollingUpdate"), "25%")
    _pod_template(p, _dict(spec.get("template")), (*path, "template"))


def _stateful_set(p: _Problems, name: str, spec: Mapping[str, Any], path: Path) -> None:
    _selected_template(p, spec, "StatefulSet", path)
    for key in ("replicas", "minReadySeconds", "revisionHistoryLimit"):
        _non_negative(p, spec, key, path)
    _enum(p, spec, "podManagementPolicy", ("OrderedReady", "Parallel"), path)
    strategy = _dict(spec.get("updateStrategy"))
    _enum(p, strategy, "type", ("RollingUpdate", "OnDelete"), (*path, "updateStrategy"))
    if strategy.get("type") == "OnDelete" and _set(strategy, "rollingUpdate"):
        p.add((*path, "updateStrategy", "rollingUpdate"), "may not be set when type is OnDelete")
    _non_negative(p, _dict(strategy.get("rollingUpdate")), "partition", (*path, "updateStrategy", "rollingUpdate"))
    claims: list[str] = []
    for i, claim in _dicts(spec.get("volumeClaimTemplates")):
        at = (*path, "volumeClaimTemplates", i)
        claim_name = _str(_dict(claim.get("metadata")).get("name"))
        _name(p, claim_name, (*at, "metadata", "name"), names.dns1123_label_error)
        claims.append(claim_name)
        _pvc_spec(p, _dict(claim.get("spec")), (*at, "spec"))
    if len(name) > 52:
        # The controller labels each pod controller-revision-hash=<name>-<10-character hash>, a label value.
        p.add(("metadata", "name"), f"{len(name)} characters: a StatefulSet name longer than 52 makes its pods' "
                                    "controller-revision-hash label too long, so the controller cannot create them")
    # The API server leaves a StatefulSet's pod spec to pod creation, which rejects the same mistakes.
    _pod_template(p, _dict(spec.get("template")), (*path, "template"), claim_templates=tuple(claims))


def _daemon_set(p: _Problems, spec: Mapping[str, Any], path: Path) -> None:
    _selected_template(p, spec, "DaemonSet", path)
    for key in ("minReadySeconds", "revisionHistoryLimit"):
        _non_negative(p, spec, key, path)
    strategy = _dict(spec.get("updateStrategy"))
    _enum(p, strategy, "type", ("RollingUpdate", "OnDelete"), (*path, "updateStrategy"))
    if strategy.get("type") in (None, "RollingUpdate"):
        _rolling_update(p, _dict(strategy.get("rollingUpdate")), (*path, "updateStrategy", "rollingUpdate"), 0)
    _pod_template(p, _dict(spec.get("template")), (*path, "template"))


_JOB_UID_LABELS = ("controller-uid", "batch.kubernetes.io/controller-uid")
_JOB_NAME_LABELS = ("job-name", "batch.kubernetes.io/job-name")


def _job_spec(p: _Problems, name: str | None, spec: Mapping[str, Any], path: Path) -> None:
    template = _dict(spec.get("template"))
    labels = _dict(_dict(template.get("metadata")).get("labels"))
    for key in ("parallelism", "completions", "activeDeadlineSeconds", "backoffLimit", "ttlSecondsAfterFinished"):
        _non_negative(p, spec, key, path)
    _enum(p, spec, "completionMode", ("NonIndexed", "Indexed"), path)
    if spec.get("completionMode") == "Indexed" and spec.get("completions") is None:
        p.add((*path, "completions"), "is required when completionMode is Indexed")
    if spec.get("manualSelector") is True:
        _selected_template(p, {**spec, "template": {"metadata": template.get("metadata")}}, "Job", path)
    else:
        # The API server generates the selector from the Job's uid and name and labels the pods with them.
        selector = _dict(spec.get("selector"))
        generated = {k: name for k in _JOB_NAME_LABELS}
        # An empty selector, or one only on job-name, still matches what is generated; anything else does not.
        if _set(spec, "selector") and (not selector_matches(selector, generated)
                                       or any(k in _dict(selector.get("matchLabels")) for k in _JOB_UID_LABELS)):
            p.add((*path, "selector"), "must not be set unless manualSelector is true: the API server generates it")
        for key in _JOB_UID_LABELS:
            if key in labels:
                p.add((*path, "template", "metadata", "labels", key), "must not be set: the API server sets it")
        for key in _JOB_NAME_LABELS:
            if key in labels and name is not None and labels[key] != name:
                p.add((*path, "template", "metadata", "labels", key), f"must be the Job's name {name!r}")
        if name and len(name) > 63:
            p.add(("metadata", "name"), f"{len(name)} characters: a Job's pods carry its name as the job-name "
                                        "label, whose values are at most 63 characters")
    template_spec = _dict(template.get("spec"))
    policy = template_spec.get("restartPolicy")
    if policy not in ("OnFailure", "Never"):
        p.add((*path, "template", "spec", "restartPolicy"), f"must be OnFailure or Never for a Job's pods, "
                                                            f"not {_quoted(policy) if policy else 'unset (Always)'}")
    elif _set(spec, "podFailurePolicy") and policy != "Never":
        p.add((*path, "template", "spec", "restartPolicy"), "must be Never when podFailurePolicy is set")
    _pod_template(p, template, (*path, "template"))


def _cron_job(p: _Problems, name: str, spec: Mapping[str, Any], path: Path) -> None:
    if len(name) > 52:
        p.add(("metadata", "name"), f"{len(name)} characters: a CronJob name may be at most 52 (its Jobs append "
                                    "an 11-character suffix)")
    schedule = _str(spec.get("schedule"))
    # The parser takes a leading TZ=/CRON_TZ= zone and @every <duration> besides five fields and macros.
    fields = re.sub(r"^(CRON_)?TZ=\S+\s+", "", schedule)
    if not schedule:
        p.add((*path, "schedule"), "is required")
    elif "TZ" in schedule and _set(spec, "timeZone"):
        p.add((*path, "schedule"), "cannot use both timeZone and TZ or CRON_TZ in the schedule")
    elif fields.startswith("@every "):
        if names.duration_error(fields[7:].strip()):
            p.add((*path, "schedule"), f"{schedule!r}: @every needs a duration such as 5m or 1h30m")
    elif error := names.cron_error(fields):
        p.add((*path, "schedule"), error)
    if _set(spec, "timeZone") and (not spec["timeZone"] or str(spec["timeZone"]).lower() == "local"):
        p.add((*path, "timeZone"), "must be an explicit IANA time zone such as Europe/Berlin (not empty or Local)")
    _enum(p, spec, "concurrencyPolicy", ("Allow", "Forbid", "Replace"), path)
    for key in ("startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"):
        _non_negative(p, spec, key, path)
    job = _dict(spec.get("jobTemplate"))
    _labels(p, _dict(job.get("metadata")).get("labels"), (*path, "jobTemplate", "metadata", "labels"))
    _annotations(p, _dict(job.get("metadata")).get("annotations"), (*path, "jobTemplate", "metadata", "annotations"))
    _job_spec(p, None, _dict(job.get("spec")), (*path, "jobTemplate", "spec"))
