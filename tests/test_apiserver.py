"""The API server's validation rules (checks/apiserver/), each with a case it rejects and one it accepts.

The cases follow what kube-apiserver 1.27 does with the same input (pkg/apis/*/validation and their
tests): the object is rejected at the path named, or accepted. Plain dicts only, so this file is fast.
"""

from __future__ import annotations

import base64
import copy
from typing import Any, Callable

import pytest

from airflow_cdk8s import names
from airflow_cdk8s.checks import apiserver, check_objects

IMAGE = "apache/airflow:2.9.3"
RESTRICTED = {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}  # Pod Security, for check_objects


def deployment() -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "web", "namespace": "airflow", "labels": {"app": "web"}},
        "spec": {
            "selector": {"matchLabels": {"app": "web"}},
            "template": {
                "metadata": {"labels": {"app": "web", "tier": "front"}},
                "spec": {
                    "securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
                    "initContainers": [{"name": "init", "image": IMAGE, "securityContext": RESTRICTED}],
                    "containers": [{
                        "name": "web",
                        "image": IMAGE,
                        "securityContext": RESTRICTED,
                        "ports": [{"containerPort": 8080, "name": "http"}],
                        "env": [{"name": "AIRFLOW_HOME", "value": "/opt/airflow"}],
                        "resources": {"requests": {"cpu": "500m", "memory": "1Gi"},
                                      "limits": {"cpu": "1", "memory": "1Gi"}},
                        "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}],
                        "livenessProbe": {"httpGet": {"path": "/health", "port": "http"}},
                    }],
                    "volumes": [{"name": "tmp", "emptyDir": {}}],
                },
            },
        },
    }


def pod(obj: dict[str, Any]) -> dict[str, Any]:
    return obj["spec"]["template"]["spec"]


def main(obj: dict[str, Any]) -> dict[str, Any]:
    return pod(obj)["containers"][0]


def job(name: str = "migrate") -> dict[str, Any]:
    return {
        "apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": name},
        "spec": {"template": {"metadata": {"labels": {"app": "migrate"}}, "spec": {
            "restartPolicy": "OnFailure", "containers": [{"name": "migrate", "image": IMAGE}]}}},
    }


def stateful_set(name: str = "postgres") -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": name},
        "spec": {
            "serviceName": name,
            "selector": {"matchLabels": {"app": "pg"}},
            "template": {"metadata": {"labels": {"app": "pg"}}, "spec": {"containers": [{
                "name": "pg", "image": "postgres:16", "volumeMounts": [{"name": "data", "mountPath": "/data"}]}]}},
            "volumeClaimTemplates": [{"metadata": {"name": "data"}, "spec": {
                "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}}],
        },
    }


def service() -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"},
            "spec": {"selector": {"app": "web"}, "ports": [{"name": "http", "port": 80, "targetPort": "http"}]}}


def config_map(**data: Any) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cfg"}, "data": data}


def secret(type: str = "Opaque", **data: str) -> dict[str, Any]:
    encoded = {k: base64.b64encode(v.encode()).decode() for k, v in data.items()}
    return {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "type": type, "data": encoded}


def hpa(**spec: Any) -> dict[str, Any]:
    return {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "worker"},
            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "worker"},
                     "maxReplicas": 10, **spec}}


def network_policy(**spec: Any) -> dict[str, Any]:
    return {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "np"},
            "spec": {"podSelector": {}, **spec}}


def ingress(path: dict[str, Any]) -> dict[str, Any]:
    return {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "web"},
            "spec": {"rules": [{"host": "airflow.example.com", "http": {"paths": [path]}}]}}


def ingress_path(**overrides: Any) -> dict[str, Any]:
    return {"path": "/", "pathType": "Prefix",
            "backend": {"service": {"name": "web", "port": {"name": "http"}}}, **overrides}


def problems(obj: dict[str, Any]) -> list[str]:
    return apiserver.check_object(obj)


def changed(base: Callable[[], dict[str, Any]], change: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    obj = copy.deepcopy(base())
    change(obj)
    return obj


def test_the_base_objects_pass_every_check() -> None:
    objects = [deployment(), job(), stateful_set(), service(), config_map(a="b"), secret(password="x"), hpa()]
    assert [p for o in objects for p in problems(o)] == []
    assert check_objects([deployment(), service()]) == []  # and the other gates too


# ---- rejected: (id, object, the problem's path, words of its message) -------------------------------------

SPEC = "spec.template.spec"
C0 = f"{SPEC}.containers[0]"

REJECTED = [
    # containers
    ("container-name-taken-by-init", changed(deployment, lambda o: pod(o)["initContainers"][0].update(name="web")),
     f"{SPEC}.initContainers[0].name", "duplicate container name 'web'"),
    ("two-containers-one-name", changed(deployment, lambda o: pod(o)["containers"].append({"name": "web", "image": IMAGE})),
     f"{SPEC}.containers[1].name", "duplicate container name"),
    ("ephemeral-container-name-taken", changed(deployment, lambda o: pod(o).update(
        ephemeralContainers=[{"name": "init", "image": IMAGE}])), f"{SPEC}.ephemeralContainers[0].name", "duplicate"),
    ("container-name-not-dns-label", changed(deployment, lambda o: main(o).update(name="Web_1")),
     f"{C0}.name", "lowercase"),
    ("container-without-image", changed(deployment, lambda o: main(o).pop("image")), f"{C0}.image", "required"),
    ("no-containers", changed(deployment, lambda o: pod(o).update(containers=[])), f"{SPEC}.containers", "at least one"),
    ("image-with-whitespace", changed(deployment, lambda o: main(o).update(image=" nginx")), f"{C0}.image", "whitespace"),
    ("pull-policy", changed(deployment, lambda o: main(o).update(imagePullPolicy="always")), f"{C0}.imagePullPolicy",
     "Always, IfNotPresent, Never"),
    # volumes and mounts
    ("two-volumes-one-name", changed(deployment, lambda o: pod(o)["volumes"].append({"name": "tmp", "emptyDir": {}})),
     f"{SPEC}.volumes[1].name", "duplicate volume name 'tmp'"),
    ("volume-with-two-sources", changed(deployment, lambda o: pod(o)["volumes"][0].update(configMap={"name": "c"})),
     f"{SPEC}.volumes[0]", "more than one volume type"),
    ("volume-without-source", changed(deployment, lambda o: pod(o)["volumes"][0].pop("emptyDir")),
     f"{SPEC}.volumes[0]", "must specify one volume type"),
    ("volume-name-not-dns-label", changed(deployment, lambda o: pod(o)["volumes"].append({"name": "my_vol", "emptyDir": {}})),
     f"{SPEC}.volumes[1].name", "lowercase"),
    ("mount-of-missing-volume", changed(deployment, lambda o: main(o)["volumeMounts"].append(
        {"name": "logs", "mountPath": "/logs"})), f"{C0}.volumeMounts[1].name", "volume 'logs' not found"),
    ("mount-path-twice", changed(deployment, lambda o: (pod(o)["volumes"].append({"name": "b", "emptyDir": {}}),
                                                        main(o)["volumeMounts"].append({"name": "b", "mountPath": "/tmp"}))),
     f"{C0}.volumeMounts[1].mountPath", "must be unique"),
    ("sub-path-absolute", changed(deployment, lambda o: main(o)["volumeMounts"][0].update(subPath="/etc")),
     f"{C0}.volumeMounts[0].subPath", "relative"),
    ("sub-path-escapes", changed(deployment, lambda o: main(o)["volumeMounts"][0].update(subPath="a/../..")),
     f"{C0}.volumeMounts[0].subPath", "'..'"),
    ("sub-path-and-expr", changed(deployment, lambda o: main(o)["volumeMounts"][0].update(subPath="a", subPathExpr="$(X)")),
     f"{C0}.volumeMounts[0].subPathExpr", "mutually exclusive"),
    ("device-on-empty-dir", changed(deployment, lambda o: main(o).update(volumeDevices=[{"name": "tmp", "devicePath": "/dev/x"}])),
     f"{C0}.volumeDevices[0].name", "persistentVolumeClaim"),
    ("device-of-missing-volume", changed(deployment, lambda o: main(o).update(
        volumeDevices=[{"name": "disk", "devicePath": "/dev/x"}])), f"{C0}.volumeDevices[0].name", "not found"),
    ("secret-volume-without-name", changed(deployment, lambda o: pod(o)["volumes"].append({"name": "s", "secret": {}})),
     f"{SPEC}.volumes[1].secret.secretName", "required"),
    ("file-mode-too-big", changed(deployment, lambda o: pod(o)["volumes"].append(
        {"name": "s", "secret": {"secretName": "s", "defaultMode": 1000}})), f"{SPEC}.volumes[1].secret.defaultMode", "0777"),
    ("token-expires-too-soon", changed(deployment, lambda o: pod(o)["volumes"].append({"name": "t", "projected": {"sources": [
        {"serviceAccountToken": {"path": "token", "expirationSeconds": 60}}]}})),
     f"{SPEC}.volumes[1].projected.sources[0].serviceAccountToken.expirationSeconds", "10 minutes"),
    ("projected-paths-collide", changed(deployment, lambda o: pod(o)["volumes"].append({"name": "t", "projected": {"sources": [
        {"configMap": {"name": "a", "items": [{"key": "k", "path": "f"}]}},
        {"secret": {"name": "b", "items": [{"key": "k", "path": "f"}]}}]}})),
     f"{SPEC}.volumes[1].projected.sources[1]", "conflicting duplicate path 'f'"),
    # ports
    ("port-name-16-chars", changed(deployment, lambda o: main(o)["ports"][0].update(name="abcdefghijklmnop")),
     f"{C0}.ports[0].name", "longer than 15"),
    ("port-name-uppercase", changed(deployment, lambda o: main(o)["ports"][0].update(name="HTTP")),
     f"{C0}.ports[0].name", "lowercase"),
    ("port-name-digits-only", changed(deployment, lambda o: main(o)["ports"][0].update(name="8080")),
     f"{C0}.ports[0].name", "at least one letter"),
    ("port-name-double-dash", changed(deployment, lambda o: main(o)["ports"][0].update(name="a--b")),
     f"{C0}.ports[0].name", "'--'"),
    ("port-name-leading-dash", changed(deployment, lambda o: main(o)["ports"][0].update(name="-http")),
     f"{C0}.ports[0].name", "start or end"),
    ("port-name-twice", changed(deployment, lambda o: main(o)["ports"].append({"containerPort": 9090, "name": "http"})),
     f"{C0}.ports[1].name", "duplicate port name 'http'"),
    ("port-twice", changed(deployment, lambda o: main(o)["ports"].append({"containerPort": 8080, "name": "other"})),
     f"{C0}.ports[1]", "duplicate port 8080/TCP"),
    ("port-zero", changed(deployment, lambda o: main(o)["ports"][0].update(containerPort=0)),
     f"{C0}.ports[0].containerPort", "between 1 and 65535"),
    ("port-too-big", changed(deployment, lambda o: main(o)["ports"][0].update(containerPort=65536)),
     f"{C0}.ports[0].containerPort", "between 1 and 65535"),
    ("port-protocol-lowercase", changed(deployment, lambda o: main(o)["ports"][0].update(protocol="tcp")),
     f"{C0}.ports[0].protocol", "TCP, UDP, SCTP"),
    ("host-port-twice", changed(deployment, lambda o: (
        main(o)["ports"][0].update(hostPort=80),
        pod(o)["containers"].append({"name": "b", "image": IMAGE, "ports": [{"containerPort": 81, "hostPort": 80}]}))),
     f"{SPEC}.containers[1].ports[0].hostPort", "duplicate hostPort 80/TCP"),
    # env
    ("env-name-starts-with-digit", changed(deployment, lambda o: main(o)["env"].append({"name": "1X", "value": "a"})),
     f"{C0}.env[1].name", "environment variable name"),
    ("env-name-with-equals", changed(deployment, lambda o: main(o)["env"].append({"name": "A=B", "value": "a"})),
     f"{C0}.env[1].name", "environment variable name"),
    ("env-name-with-space", changed(deployment, lambda o: main(o)["env"].append({"name": "A B"})),
     f"{C0}.env[1].name", "environment variable name"),
    ("env-name-empty", changed(deployment, lambda o: main(o)["env"].append({"name": ""})), f"{C0}.env[1].name", "required"),
    ("env-two-sources", changed(deployment, lambda o: main(o)["env"].append({"name": "X", "valueFrom": {
        "fieldRef": {"fieldPath": "metadata.name"}, "secretKeyRef": {"name": "s", "key": "k"}}})),
     f"{C0}.env[1].valueFrom", "more than one source"),
    ("env-value-and-value-from", changed(deployment, lambda o: main(o)["env"].append({"name": "X", "value": "v", "valueFrom": {
        "fieldRef": {"fieldPath": "metadata.name"}}})), f"{C0}.env[1].valueFrom", "`value` is not empty"),
    ("env-field-path-unknown", changed(deployment, lambda o: main(o)["env"].append({"name": "X", "valueFrom": {
        "fieldRef": {"fieldPath": "spec.hostname"}}})), f"{C0}.env[1].valueFrom.fieldRef.fieldPath", "unsupported value"),
    ("env-secret-key-invalid", changed(deployment, lambda o: main(o)["env"].append({"name": "X", "valueFrom": {
        "secretKeyRef": {"name": "s", "key": "a/b"}}})), f"{C0}.env[1].valueFrom.secretKeyRef.key", "may only contain"),
    ("env-cpu-divisor", changed(deployment, lambda o: main(o)["env"].append({"name": "X", "valueFrom": {
        "resourceFieldRef": {"resource": "limits.cpu", "divisor": "1Mi"}}})),
     f"{C0}.env[1].valueFrom.resourceFieldRef.divisor", "not supported"),
    ("env-from-prefix", changed(deployment, lambda o: main(o).update(envFrom=[{"prefix": "1_", "configMapRef": {"name": "c"}}])),
     f"{C0}.envFrom[0].prefix", "environment variable name"),
    # resources
    ("request-above-limit", changed(deployment, lambda o: main(o)["resources"]["requests"].update(memory="2Gi")),
     f"{C0}.resources.requests.memory", "less than or equal to the memory limit of 1Gi"),
    ("request-misspelt", changed(deployment, lambda o: main(o)["resources"]["requests"].update(memroy="1Gi")),
     f"{C0}.resources.requests.memroy", "did you mean 'memory'"),
    ("limit-unknown", changed(deployment, lambda o: main(o)["resources"]["limits"].update(gpu="1")),
     f"{C0}.resources.limits.gpu", "not a container resource"),
    ("quantity-malformed", changed(deployment, lambda o: main(o)["resources"]["limits"].update(memory="1GB")),
     f"{C0}.resources.limits.memory", "not a quantity"),
    ("quantity-negative", changed(deployment, lambda o: main(o)["resources"]["requests"].update(cpu="-1")),
     f"{C0}.resources.requests.cpu", "greater than or equal to 0"),
    ("extended-without-limit", changed(deployment, lambda o: main(o)["resources"]["requests"].update({"nvidia.com/gpu": 1})),
     f"{C0}.resources.limits", "must set nvidia.com/gpu"),
    ("extended-below-limit", changed(deployment, lambda o: (main(o)["resources"]["requests"].update({"nvidia.com/gpu": 1}),
                                                            main(o)["resources"]["limits"].update({"nvidia.com/gpu": 2}))),
     f"{C0}.resources.requests['nvidia.com/gpu']", "must equal"),
    ("extended-fraction", changed(deployment, lambda o: main(o)["resources"]["limits"].update({"nvidia.com/gpu": "500m"})),
     f"{C0}.resources.limits['nvidia.com/gpu']", "integer"),
    ("extended-without-domain-dot", changed(deployment, lambda o: main(o)["resources"]["limits"].update({"a/b/c": 1})),
     f"{C0}.resources.limits['a/b/c']", "extended resource name"),
    ("hugepages-alone", changed(deployment, lambda o: main(o).update(resources={"limits": {"hugepages-2Mi": "4Mi"}})),
     f"{C0}.resources", "require a cpu or memory"),
    ("hugepages-not-multiple", changed(deployment, lambda o: main(o)["resources"]["limits"].update({"hugepages-2Mi": "3Mi"})),
     f"{C0}.resources.limits.hugepages-2Mi", "multiple of the page size"),
    # probes and lifecycle
    ("probe-two-handlers", changed(deployment, lambda o: main(o)["livenessProbe"].update(exec={"command": ["true"]})),
     f"{C0}.livenessProbe", "more than one handler"),
    ("probe-no-handler", changed(deployment, lambda o: main(o).update(readinessProbe={"periodSeconds": 5})),
     f"{C0}.readinessProbe", "must specify one handler"),
    ("liveness-success-threshold", changed(deployment, lambda o: main(o)["livenessProbe"].update(successThreshold=2)),
     f"{C0}.livenessProbe.successThreshold", "must be 1"),
    # A YAML/JSON 2.0 is the integer 2 (found by the values fuzzer: 2.0 passed the values check, 2 failed the output's).
    ("liveness-success-threshold-float", changed(deployment, lambda o: main(o)["livenessProbe"].update(successThreshold=2.0)),
     f"{C0}.livenessProbe.successThreshold", "must be 1"),
    ("readiness-grace-period", changed(deployment, lambda o: main(o).update(readinessProbe={
        "tcpSocket": {"port": 8080}, "terminationGracePeriodSeconds": 5})),
     f"{C0}.readinessProbe.terminationGracePeriodSeconds", "readinessProbe"),
    ("probe-negative-period", changed(deployment, lambda o: main(o)["livenessProbe"].update(periodSeconds=-1)),
     f"{C0}.livenessProbe.periodSeconds", "greater than or equal to 0"),
    ("probe-port-name-invalid", changed(deployment, lambda o: main(o)["livenessProbe"]["httpGet"].update(port="Http")),
     f"{C0}.livenessProbe.httpGet.port", "lowercase"),
    ("probe-exec-without-command", changed(deployment, lambda o: main(o).update(startupProbe={"exec": {}})),
     f"{C0}.startupProbe.exec.command", "required"),
    ("init-container-probe", changed(deployment, lambda o: pod(o)["initContainers"][0].update(
        readinessProbe={"tcpSocket": {"port": 1}})), f"{SPEC}.initContainers[0].readinessProbe", "initContainers"),
    ("init-container-sidecar", changed(deployment, lambda o: pod(o)["initContainers"][0].update(restartPolicy="Always")),
     f"{SPEC}.initContainers[0].restartPolicy", "1.28"),
    ("pre-stop-no-handler", changed(deployment, lambda o: main(o).update(lifecycle={"preStop": {}})),
     f"{C0}.lifecycle.preStop", "must specify one handler"),
    # pod spec
    ("deployment-restart-never", changed(deployment, lambda o: pod(o).update(restartPolicy="Never")),
     f"{SPEC}.restartPolicy", "must be Always"),
    ("dns-policy", changed(deployment, lambda o: pod(o).update(dnsPolicy="Cluster")), f"{SPEC}.dnsPolicy", "ClusterFirst"),
    ("service-account-name", changed(deployment, lambda o: pod(o).update(serviceAccountName="Airflow")),
     f"{SPEC}.serviceAccountName", "lowercase"),
    ("run-as-user-negative", changed(deployment, lambda o: pod(o).update(securityContext={"runAsUser": -1})),
     f"{SPEC}.securityContext.runAsUser", "between 0 and"),
    ("privileged-without-escalation", changed(deployment, lambda o: main(o).update(securityContext={
        "privileged": True, "allowPrivilegeEscalation": False})), f"{C0}.securityContext", "privileged to true"),
    ("seccomp-localhost-without-profile", changed(deployment, lambda o: pod(o).update(securityContext={
        "seccompProfile": {"type": "Localhost"}})), f"{SPEC}.securityContext.seccompProfile.localhostProfile", "required"),
    ("toleration-exists-with-value", changed(deployment, lambda o: pod(o).update(tolerations=[
        {"key": "gpu", "operator": "Exists", "value": "true"}])), f"{SPEC}.tolerations[0].value", "must be empty"),
    ("toleration-no-key-equal", changed(deployment, lambda o: pod(o).update(tolerations=[{"value": "x"}])),
     f"{SPEC}.tolerations[0].operator", "must be Exists"),
    ("toleration-seconds-no-execute", changed(deployment, lambda o: pod(o).update(tolerations=[
        {"key": "a", "operator": "Exists", "effect": "NoSchedule", "tolerationSeconds": 5}])),
     f"{SPEC}.tolerations[0].effect", "NoExecute"),
    ("affinity-in-without-values", changed(deployment, lambda o: pod(o).update(affinity={"nodeAffinity": {
        "requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
            {"matchExpressions": [{"key": "zone", "operator": "In"}]}]}}})),
     f"{SPEC}.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]"
     ".matchExpressions[0].values", "must be specified"),
    ("anti-affinity-without-topology", changed(deployment, lambda o: pod(o).update(affinity={"podAntiAffinity": {
        "preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 100, "podAffinityTerm": {
            "labelSelector": {"matchLabels": {"app": "web"}}}}]}})),
     f"{SPEC}.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey",
     "required"),
    ("spread-max-skew-zero", changed(deployment, lambda o: pod(o).update(topologySpreadConstraints=[
        {"maxSkew": 0, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule"}])),
     f"{SPEC}.topologySpreadConstraints[0].maxSkew", "greater than 0"),
    ("node-selector-label", changed(deployment, lambda o: pod(o).update(nodeSelector={"pool": "a b"})),
     f"{SPEC}.nodeSelector.pool", "label value"),
    # selectors and workload rules
    ("selector-does-not-match", changed(deployment, lambda o: o["spec"]["selector"].update(matchLabels={"app": "api"})),
     "spec.template.metadata.labels", "does not match"),
    ("selector-expression-excludes", changed(deployment, lambda o: o["spec"]["selector"].update(matchExpressions=[
        {"key": "tier", "operator": "NotIn", "values": ["front"]}])), "spec.template.metadata.labels", "does not match"),
    ("selector-empty", changed(deployment, lambda o: o["spec"].update(selector={})), "spec.selector", "must not be empty"),
    ("selector-missing", changed(deployment, lambda o: o["spec"].pop("selector")), "spec.selector", "required"),
    ("selector-exists-with-values", changed(deployment, lambda o: o["spec"]["selector"].update(matchExpressions=[
        {"key": "app", "operator": "Exists", "values": ["web"]}])), "spec.selector.matchExpressions[0].values", "may not"),
    ("rolling-update-zero-zero", changed(deployment, lambda o: o["spec"].update(strategy={"rollingUpdate": {
        "maxUnavailable": 0, "maxSurge": 0}})), "spec.strategy.rollingUpdate.maxUnavailable", "may not be 0"),
    ("rolling-update-over-100", changed(deployment, lambda o: o["spec"].update(strategy={"rollingUpdate": {
        "maxUnavailable": "110%"}})), "spec.strategy.rollingUpdate.maxUnavailable", "100%"),
    ("recreate-with-rolling-update", changed(deployment, lambda o: o["spec"].update(strategy={
        "type": "Recreate", "rollingUpdate": {"maxSurge": 1}})), "spec.strategy.rollingUpdate", "Recreate"),
    ("progress-deadline", changed(deployment, lambda o: o["spec"].update(minReadySeconds=30, progressDeadlineSeconds=30)),
     "spec.progressDeadlineSeconds", "greater than minReadySeconds"),
    ("progress-deadline-default", changed(deployment, lambda o: o["spec"].update(minReadySeconds=600)),
     "spec.progressDeadlineSeconds", "600 must be greater than minReadySeconds"),
    ("replicas-negative", changed(deployment, lambda o: o["spec"].update(replicas=-1)), "spec.replicas", "greater than or equal"),
    ("stateful-set-name-53", stateful_set("p" * 53), "metadata.name", "controller-revision-hash"),
    ("stateful-set-mount-missing", changed(stateful_set, lambda o: o["spec"]["volumeClaimTemplates"][0]["metadata"].update(
        name="pgdata")), "spec.template.spec.containers[0].volumeMounts[0].name", "not found"),
    ("replication-controller-selector", {"apiVersion": "v1", "kind": "ReplicationController", "metadata": {"name": "rc"},
                                        "spec": {"selector": {"app": "a"}, "template": changed(deployment, lambda o: None)["spec"]["template"]}},
     "spec.template.metadata.labels", "does not match"),
    ("job-restart-always", changed(job, lambda o: o["spec"]["template"]["spec"].update(restartPolicy="Always")),
     "spec.template.spec.restartPolicy", "OnFailure or Never"),
    ("job-restart-unset", changed(job, lambda o: o["spec"]["template"]["spec"].pop("restartPolicy")),
     "spec.template.spec.restartPolicy", "unset (Always)"),
    ("job-selector-not-manual", changed(job, lambda o: o["spec"].update(selector={"matchLabels": {"app": "migrate"}})),
     "spec.selector", "manualSelector"),
    ("job-manual-selector-mismatch", changed(job, lambda o: o["spec"].update(
        manualSelector=True, selector={"matchLabels": {"app": "other"}})), "spec.template.metadata.labels", "does not match"),
    ("job-name-label-wrong", changed(job, lambda o: o["spec"]["template"]["metadata"]["labels"].update({"job-name": "x"})),
     "spec.template.metadata.labels.job-name", "must be the Job's name"),
    ("job-name-64", job("j" * 64), "metadata.name", "63 characters"),
    ("job-pod-failure-policy-on-failure", changed(job, lambda o: o["spec"].update(podFailurePolicy={"rules": []})),
     "spec.template.spec.restartPolicy", "Never when podFailurePolicy"),
    ("job-indexed-without-completions", changed(job, lambda o: o["spec"].update(completionMode="Indexed")),
     "spec.completions", "Indexed"),
    # metadata
    ("name-uppercase", changed(deployment, lambda o: o["metadata"].update(name="Web")), "metadata.name", "lowercase"),
    ("name-missing", changed(deployment, lambda o: o["metadata"].pop("name")), "metadata.name", "required"),
    ("service-name-starts-with-digit", changed(service, lambda o: o["metadata"].update(name="1web")),
     "metadata.name", "starting with a letter"),
    ("namespace-invalid", changed(deployment, lambda o: o["metadata"].update(namespace="team_a")), "metadata.namespace",
     "lowercase"),
    ("label-key-invalid", changed(deployment, lambda o: o["metadata"]["labels"].update({"team name": "a"})),
     "metadata.labels['team name']", "key 'team name'"),
    ("label-value-too-long", changed(deployment, lambda o: o["metadata"]["labels"].update(team="a" * 64)),
     "metadata.labels.team", "longer than 63"),
    ("label-prefix-invalid", changed(deployment, lambda o: o["metadata"]["labels"].update({"Example.com/team": "a"})),
     "metadata.labels['Example.com/team']", "prefix"),
    ("pod-template-label-invalid", changed(deployment, lambda o: o["spec"]["template"]["metadata"]["labels"].update(
        {"tier": "front end"})), "spec.template.metadata.labels.tier", "label value"),
    ("annotation-key-invalid", changed(deployment, lambda o: o["metadata"].update(annotations={"example.com/": "x"})),
     "metadata.annotations['example.com/']", "name part"),
    ("annotations-too-big", changed(deployment, lambda o: o["metadata"].update(annotations={"a": "x" * 262144})),
     "metadata.annotations", "256 KiB"),
    ("finalizer-unqualified", changed(deployment, lambda o: o["metadata"].update(finalizers=["cleanup"])),
     "metadata.finalizers[0]", "standard finalizer"),
    ("object-too-big", changed(deployment, lambda o: main(o)["env"].append({"name": "BIG", "value": "x" * (1536 * 1024)})),
     "", "1.5 MiB"),
    # ConfigMap and Secret
    ("config-map-key-slash", config_map(**{"a/b": "x"}), "data['a/b']", "may only contain"),
    ("config-map-key-dot-dot", config_map(**{"..a": "x"}), "data['..a']", "start with '..'"),
    ("config-map-too-big", config_map(a="x" * (1024 * 1024), b="y"), "data", "1 MiB"),
    ("config-map-key-in-both", changed(lambda: config_map(a="x"), lambda o: o.update(binaryData={"a": "eA=="})),
     "data.a", "binaryData"),
    ("secret-not-base64", changed(secret, lambda o: o.update(data={"a": "not base64!"})), "data.a", "base64"),
    ("secret-too-big", secret(a="x" * (1024 * 1024 + 1)), "data", "1 MiB"),
    ("secret-tls-without-key", secret("kubernetes.io/tls", **{"tls.crt": "c"}), "data['tls.key']", "required"),
    ("secret-docker-not-json", secret("kubernetes.io/dockerconfigjson", **{".dockerconfigjson": "{"}),
     "data['.dockerconfigjson']", "valid JSON"),
    ("secret-basic-auth-empty", secret("kubernetes.io/basic-auth"), "data.username", "required"),
    ("secret-token-without-account", secret("kubernetes.io/service-account-token"),
     "metadata.annotations['kubernetes.io/service-account.name']", "required"),
    # HorizontalPodAutoscaler
    ("hpa-min-zero", hpa(minReplicas=0), "spec.minReplicas", "at least 1"),
    ("hpa-max-below-min", hpa(minReplicas=5, maxReplicas=3), "spec.maxReplicas", "minReplicas (5)"),
    ("hpa-max-zero", hpa(maxReplicas=0), "spec.maxReplicas", "greater than 0"),
    ("hpa-utilization-missing", hpa(metrics=[{"type": "Resource", "resource": {"name": "cpu", "target": {
        "type": "Utilization"}}}]), "spec.metrics[0].resource.target.averageUtilization", "required"),
    ("hpa-pods-without-average", hpa(metrics=[{"type": "Pods", "pods": {"metric": {"name": "queue"}, "target": {
        "type": "Value", "value": "10"}}}]), "spec.metrics[0].pods.target.averageValue", "required"),
    ("hpa-resource-both-targets", hpa(metrics=[{"type": "Resource", "resource": {"name": "cpu", "target": {
        "type": "Utilization", "averageUtilization": 80, "averageValue": "1"}}}]), "spec.metrics[0].resource.target",
     "may not set both"),
    ("hpa-target-type-missing", hpa(metrics=[{"type": "Pods", "pods": {"metric": {"name": "q"}, "target": {
        "averageValue": "10"}}}]), "spec.metrics[0].pods.target.type", "must be Utilization, Value or AverageValue"),
    ("hpa-resource-misspelt", hpa(metrics=[{"type": "Resource", "resource": {"name": "cpuu", "target": {
        "type": "Utilization", "averageUtilization": 80}}}]), "spec.metrics[0].resource.name", "did you mean 'cpu'"),
    ("hpa-wrong-source", hpa(metrics=[{"type": "Pods", "resource": {"name": "cpu", "target": {
        "type": "Utilization", "averageUtilization": 80}}}]), "spec.metrics[0].pods", "required"),
    ("hpa-window", hpa(behavior={"scaleDown": {"stabilizationWindowSeconds": 4000}}),
     "spec.behavior.scaleDown.stabilizationWindowSeconds", "3600"),
    # PodDisruptionBudget
    ("pdb-both", {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "p"},
                  "spec": {"minAvailable": 1, "maxUnavailable": 1, "selector": {}}}, "spec", "cannot both be set"),
    ("pdb-percent", {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "p"},
                     "spec": {"maxUnavailable": "150%"}}, "spec.maxUnavailable", "100%"),
    # Service
    ("service-two-ports-unnamed", changed(service, lambda o: o["spec"].update(ports=[{"port": 80}, {"port": 81}])),
     "spec.ports[0].name", "more than one port"),
    ("service-port-name-twice", changed(service, lambda o: o["spec"]["ports"].append({"name": "http", "port": 81})),
     "spec.ports[1].name", "duplicate port name"),
    ("service-port-twice", changed(service, lambda o: o["spec"]["ports"].append({"name": "other", "port": 80})),
     "spec.ports[1]", "duplicate port 80/TCP"),
    ("service-port-name-invalid", changed(service, lambda o: o["spec"]["ports"][0].update(name="Http")),
     "spec.ports[0].name", "lowercase"),
    ("service-target-port-name", changed(service, lambda o: o["spec"]["ports"][0].update(targetPort="web-server-port1")),
     "spec.ports[0].targetPort", "longer than 15"),
    ("service-without-ports", changed(service, lambda o: o["spec"].pop("ports")), "spec.ports", "required"),
    ("service-node-port-cluster-ip", changed(service, lambda o: o["spec"]["ports"][0].update(nodePort=30080)),
     "spec.ports[0].nodePort", "ClusterIP"),
    ("service-traffic-policy", changed(service, lambda o: o["spec"].update(externalTrafficPolicy="Local")),
     "spec.externalTrafficPolicy", "NodePort or LoadBalancer"),
    ("service-source-ranges", changed(service, lambda o: o["spec"].update(type="NodePort", loadBalancerSourceRanges=[
        "10.0.0.0/8"])), "spec.loadBalancerSourceRanges", "LoadBalancer"),
    ("service-selector-invalid", changed(service, lambda o: o["spec"].update(selector={"app": "a b"})),
     "spec.selector.app", "label value"),
    # NetworkPolicy, Ingress, PVC, RBAC
    ("netpol-ip-block-and-selector", network_policy(ingress=[{"from": [{"ipBlock": {"cidr": "10.0.0.0/8"}, "podSelector": {}}]}]),
     "spec.ingress[0].from[0]", "both ipBlock"),
    ("netpol-empty-peer", network_policy(egress=[{"to": [{}]}]), "spec.egress[0].to[0]", "must specify a peer"),
    ("netpol-end-port-below", network_policy(egress=[{"ports": [{"port": 8000, "endPort": 7000}]}]),
     "spec.egress[0].ports[0].endPort", "greater than or equal"),
    ("netpol-except-outside", network_policy(egress=[{"to": [{"ipBlock": {"cidr": "10.0.0.0/8", "except": ["11.0.0.0/16"]}}]}]),
     "spec.egress[0].to[0].ipBlock.except[0]", "strict subset"),
    ("netpol-cidr-invalid", network_policy(egress=[{"to": [{"ipBlock": {"cidr": "10.0.0.0"}}]}]),
     "spec.egress[0].to[0].ipBlock.cidr", "not a CIDR"),
    ("ingress-path-type-missing", ingress(ingress_path(pathType=None)), "spec.rules[0].http.paths[0].pathType", "Prefix"),
    ("ingress-path-relative", ingress(ingress_path(path="api")), "spec.rules[0].http.paths[0].path", "absolute"),
    ("ingress-port-both", ingress(ingress_path(backend={"service": {"name": "web", "port": {"name": "http", "number": 80}}})),
     "spec.rules[0].http.paths[0].backend.service.port", "more than one port"),
    ("ingress-host-ip", changed(lambda: ingress(ingress_path()), lambda o: o["spec"]["rules"][0].update(host="10.0.0.1")),
     "spec.rules[0].host", "not an IP address"),
    ("ingress-service-name", ingress(ingress_path(backend={"service": {"name": "1web", "port": {"number": 80}}})),
     "spec.rules[0].http.paths[0].backend.service.name", "starting with a letter"),
    ("pvc-no-access-modes", {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "c"},
                             "spec": {"resources": {"requests": {"storage": "1Gi"}}}}, "spec.accessModes", "at least one"),
    ("pvc-no-storage", {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "c"},
                        "spec": {"accessModes": ["ReadWriteOnce"]}}, "spec.resources.requests.storage", "required"),
    ("role-non-resource-urls", {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "r"},
                                "rules": [{"verbs": ["get"], "nonResourceURLs": ["/healthz"]}]},
     "rules[0].nonResourceURLs", "namespaced Role"),
    ("role-without-api-groups", {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "r"},
                                 "rules": [{"verbs": ["get"], "resources": ["pods"]}]}, "rules[0].apiGroups", "API group"),
    ("binding-ref-group", {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"name": "b"},
                           "roleRef": {"apiGroup": "rbac", "kind": "Role", "name": "r"},
                           "subjects": [{"kind": "ServiceAccount", "name": "sa"}]}, "roleRef.apiGroup", "rbac.authorization.k8s.io"),
    ("binding-sa-api-group", {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"name": "b"},
                              "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "r"},
                              "subjects": [{"kind": "ServiceAccount", "name": "sa", "apiGroup": "rbac.authorization.k8s.io"}]},
     "subjects[0].apiGroup", "must be empty"),
    ("cron-job-name-53", {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "c" * 53},
                          "spec": {"schedule": "0 * * * *", "jobTemplate": job()}}, "metadata.name", "52"),
    ("cron-job-tz-twice", {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "c"},
                           "spec": {"schedule": "CRON_TZ=UTC 0 * * * *", "timeZone": "UTC", "jobTemplate": job()}},
     "spec.schedule", "both timeZone"),
    ("cron-job-six-fields", {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "c"},
                             "spec": {"schedule": "0 0 * * * *", "jobTemplate": job()}}, "spec.schedule", "five fields"),
    ("cron-job-local-zone", {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "c"},
                             "spec": {"schedule": "@daily", "timeZone": "Local", "jobTemplate": job()}},
     "spec.timeZone", "explicit"),
]


@pytest.mark.parametrize("obj, path, words", [r[1:] for r in REJECTED], ids=[r[0] for r in REJECTED])
def test_rejected(obj: dict[str, Any], path: str, words: str) -> None:
    found = problems(obj)
    assert any(m.startswith(f"{path}: " if path else "") and words in m for m in found), "\n".join(found) or "none found"


# ---- accepted: what the API server takes although it looks close to a rejected case -----------------------

ACCEPTED = [
    ("request-equals-limit", changed(deployment, lambda o: main(o)["resources"]["requests"].update(cpu="1"))),
    ("request-without-limit", changed(deployment, lambda o: main(o)["resources"]["limits"].pop("memory"))),
    ("quantities-as-numbers", changed(deployment, lambda o: main(o).update(resources={
        "requests": {"cpu": 0.5, "memory": 1073741824}, "limits": {"cpu": 1, "memory": "1Gi"}}))),
    ("quantity-exponent", changed(deployment, lambda o: main(o)["resources"]["requests"].update(memory="1e9"))),
    ("extended-equal-limit", changed(deployment, lambda o: (main(o)["resources"]["requests"].update({"nvidia.com/gpu": 1}),
                                                             main(o)["resources"]["limits"].update({"nvidia.com/gpu": 1})))),
    ("extended-limit-only", changed(deployment, lambda o: main(o)["resources"]["limits"].update({"example.com/fpga": 2}))),
    ("hugepages-with-memory", changed(deployment, lambda o: main(o)["resources"]["limits"].update({"hugepages-2Mi": "4Mi"}))),
    ("same-port-other-protocol", changed(deployment, lambda o: main(o)["ports"].append({"containerPort": 8080, "protocol": "UDP"}))),
    ("port-names-per-container", changed(deployment, lambda o: pod(o)["containers"].append(
        {"name": "b", "image": IMAGE, "ports": [{"containerPort": 9090, "name": "http"}]}))),
    ("port-name-15-chars", changed(deployment, lambda o: main(o)["ports"][0].update(name="abcdefghijklmno"))),
    ("port-name-with-digits", changed(deployment, lambda o: main(o)["ports"][0].update(name="h2c-8080"))),
    ("env-names-1-27-allows", changed(deployment, lambda o: main(o)["env"].extend(
        [{"name": n, "value": "v"} for n in ("my.var", "-dash", "_X1", "a-b.c_d")]))),
    ("env-field-label", changed(deployment, lambda o: main(o)["env"].append({"name": "APP", "valueFrom": {
        "fieldRef": {"fieldPath": "metadata.labels['app']"}}}))),
    ("env-value-empty-with-value-from", changed(deployment, lambda o: main(o)["env"].append({"name": "X", "value": "", "valueFrom": {
        "fieldRef": {"fieldPath": "status.podIP"}}}))),
    ("env-memory-divisor", changed(deployment, lambda o: main(o)["env"].append({"name": "X", "valueFrom": {
        "resourceFieldRef": {"resource": "limits.memory", "divisor": "1Mi"}}}))),
    ("same-mount-path-other-container", changed(deployment, lambda o: pod(o)["initContainers"][0].update(
        volumeMounts=[{"name": "tmp", "mountPath": "/tmp"}]))),
    ("one-volume-mounted-twice", changed(deployment, lambda o: main(o)["volumeMounts"].append(
        {"name": "tmp", "mountPath": "/var/tmp", "subPath": "var"}))),
    ("readiness-success-threshold", changed(deployment, lambda o: main(o).update(readinessProbe={
        "httpGet": {"path": "/", "port": 8080}, "successThreshold": 3}))),
    ("probe-zero-means-default", changed(deployment, lambda o: main(o)["livenessProbe"].update(timeoutSeconds=0, successThreshold=0))),
    ("selector-expressions-match", changed(deployment, lambda o: o["spec"].update(selector={"matchExpressions": [
        {"key": "app", "operator": "In", "values": ["web", "api"]}, {"key": "canary", "operator": "DoesNotExist"}]}))),
    ("rolling-update-surge-only", changed(deployment, lambda o: o["spec"].update(strategy={"rollingUpdate": {
        "maxUnavailable": 0, "maxSurge": "100%"}}))),
    ("annotation-key-uppercase", changed(deployment, lambda o: o["metadata"].update(annotations={"Example.com/Note": "x"}))),
    ("finalizer-qualified", changed(deployment, lambda o: o["metadata"].update(finalizers=["example.com/cleanup", "kubernetes"]))),
    ("rbac-name-with-colon", {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "system:r"},
                              "rules": [{"verbs": ["get"], "apiGroups": [""], "resources": ["pods"]}]}),
    ("deployment-name-starts-with-digit", changed(deployment, lambda o: o["metadata"].update(name="1web"))),
    ("stateful-set-claim-as-volume", stateful_set("p" * 52)),
    ("replication-controller-default-selector", {"apiVersion": "v1", "kind": "ReplicationController", "metadata": {"name": "rc"},
                                                "spec": {"template": deployment()["spec"]["template"]}}),
    ("job-never", changed(job, lambda o: o["spec"]["template"]["spec"].update(restartPolicy="Never"))),
    ("job-selector-empty", changed(job, lambda o: o["spec"].update(selector={}))),
    ("job-selector-on-job-name", changed(job, lambda o: o["spec"].update(selector={"matchLabels": {"job-name": "migrate"}}))),
    ("job-zero-deadline", changed(job, lambda o: o["spec"].update(activeDeadlineSeconds=0))),
    ("cron-job-every", {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "c"},
                        "spec": {"schedule": "@every 1h30m", "jobTemplate": job()}}),
    ("cron-job-tz-prefix", {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "c"},
                            "spec": {"schedule": "CRON_TZ=Europe/Berlin 0 3 * * MON-FRI", "jobTemplate": job()}}),
    ("job-manual-selector", changed(job, lambda o: o["spec"].update(manualSelector=True, selector={"matchLabels": {"app": "migrate"}}))),
    ("job-name-label-right", changed(job, lambda o: o["spec"]["template"]["metadata"]["labels"].update({"job-name": "migrate"}))),
    ("job-name-63", job("j" * 63)),
    ("headless-service-without-ports", changed(service, lambda o: (o["spec"].pop("ports"), o["spec"].update(clusterIP="None")))),
    ("service-numeric-target", changed(service, lambda o: o["spec"]["ports"][0].update(targetPort=8080))),
    ("service-target-port-defaults", changed(service, lambda o: o["spec"]["ports"][0].update(targetPort=0))),
    ("service-external-ips-local", changed(service, lambda o: o["spec"].update(externalIPs=["192.0.2.1"],
                                                                               externalTrafficPolicy="Local"))),
    ("hpa-object-value", hpa(metrics=[{"type": "Object", "object": {
        "describedObject": {"kind": "Service", "name": "web", "apiVersion": "v1"}, "metric": {"name": "rps"},
        "target": {"type": "Value", "value": "100"}}}])),
    ("hpa-external-average", hpa(metrics=[{"type": "External", "external": {"metric": {"name": "queue"},
                                                                            "target": {"type": "AverageValue", "averageValue": "30"}}}])),
    ("config-map-dot-key", config_map(**{".hidden": "x", "a-b_c.d": "y"})),
    ("config-map-exactly-1-mib", config_map(a="x" * (1024 * 1024))),
    ("secret-basic-auth-username-only", secret("kubernetes.io/basic-auth", username="u")),
    ("secret-tls-complete", secret("kubernetes.io/tls", **{"tls.crt": "c", "tls.key": "k"})),
    ("secret-empty-opaque", changed(secret, lambda o: o.update(data={}))),
    ("hpa-min-equals-max", hpa(minReplicas=10)),
    ("hpa-average-value", hpa(metrics=[{"type": "Resource", "resource": {"name": "memory", "target": {
        "type": "AverageValue", "averageValue": "1Gi"}}}])),
    ("netpol-named-port", network_policy(egress=[{"ports": [{"port": "dns", "protocol": "UDP"}],
                                                  "to": [{"namespaceSelector": {}, "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}}}]}])),
    ("netpol-ip-block-except", network_policy(egress=[{"to": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": ["169.254.169.254/32"]}}]}])),
    ("ingress-wildcard-host", changed(lambda: ingress(ingress_path()), lambda o: o["spec"]["rules"][0].update(host="*.example.com"))),
    ("ingress-implementation-specific-empty", ingress(ingress_path(pathType="ImplementationSpecific", path=""))),
]


@pytest.mark.parametrize("obj", [r[1] for r in ACCEPTED], ids=[r[0] for r in ACCEPTED])
def test_accepted(obj: dict[str, Any]) -> None:
    assert problems(obj) == []


def test_problems_reach_check_objects_with_the_object_named() -> None:
    obj = changed(deployment, lambda o: main(o)["resources"]["requests"].update(memroy="1Gi"))
    [problem] = check_objects([obj])
    assert problem.where == "deployment/airflow/web"
    assert problem.message.startswith(f"{C0}.resources.requests.memroy: ")


def test_embedded_pod_templates_are_validated() -> None:
    template = ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: placeholder\nspec:\n  restartPolicy: Never\n"
                "  containers:\n  - name: base\n    image: x\n    volumeMounts:\n    - {name: logs, mountPath: /logs}\n")
    messages = [str(p) for p in check_objects([config_map(**{"pod_template_file.yaml": template})])]
    assert any("data['pod_template_file.yaml'] (embedded Pod): spec.containers[0].volumeMounts[0].name: "
               "volume 'logs' not found" in m for m in messages), messages


def test_lists_are_checked_item_by_item() -> None:
    # kubectl applies a List or a typed list (ConfigMapList, RoleList...) item by item; the list has no name.
    items = [config_map(a="x"), config_map(**{"a/b": "x"})]
    for kind in ("List", "ConfigMapList"):
        assert problems({"apiVersion": "v1", "kind": kind, "items": items}) == [
            "items[1].data['a/b']: key 'a/b' may only contain letters, digits, '-', '_' and '.'"]


def test_malformed_shapes_do_not_crash() -> None:
    # The schema check reports wrong types; this check must only survive them.
    for obj in ({"kind": "Deployment", "spec": {"template": {"spec": {"containers": "x", "volumes": [1]}}}},
                {"kind": "Service", "spec": {"ports": [None, {"port": "x"}]}, "metadata": []},
                {"kind": "Secret", "data": {"a": None}, "stringData": None},
                {"kind": "HorizontalPodAutoscaler", "spec": {"metrics": [{"type": "Resource", "resource": None}]}}):
        assert isinstance(problems(obj), list)


@pytest.mark.parametrize("kind, fragment, expected", [
    ("ResourceRequirements", {"requests": {"cpu": "2"}, "limits": {"cpu": "1"}},
     [("requests.cpu", "2 must be less than or equal to the cpu limit of 1")]),
    ("EnvVar", {"name": "1X", "value": "v"}, [("name", "'1X' is not a valid environment variable name: letters, "
                                                        "digits, '_', '-' and '.', not starting with a digit")]),
    ("Volume", {"name": "v", "emptyDir": {}, "secret": {"secretName": "s"}},
     [("", "may not specify more than one volume type (found emptyDir, secret)")]),
    ("VolumeMount", {"name": "v", "mountPath": "/a", "subPath": "../x"}, [("subPath", "\"../x\" must not contain '..'")]),
    ("Toleration", {"key": "k", "operator": "Exists", "value": "v"}, [("value", "must be empty when operator is Exists")]),
    ("InitContainer", {"name": "init", "image": "x", "startupProbe": {"exec": {"command": ["a"]}}},
     [("startupProbe", "may not be set for initContainers")]),
    ("Container", {"name": "side", "image": "x", "volumeMounts": [{"name": "anything", "mountPath": "/a"}]}, []),
    ("livenessProbe", {"grpc": {"port": 70000}}, [("grpc.port", "70000 must be between 1 and 65535")]),
])
def test_fragments_name_paths_relative_to_themselves(kind: str, fragment: Any, expected: list[tuple[str, str]]) -> None:
    # A fragment's pod is not known yet: a mount of any volume name passes until the object is rendered.
    assert apiserver.fragment_problems(kind, fragment) == expected


def test_prop_problems_prefix_the_prop() -> None:
    assert apiserver.prop_problems("env[2]", "EnvVar", {"name": ""}) == ["env[2].name: is required"]
    assert apiserver.prop_problems("tolerations", "Toleration", {"value": "x"}) == [
        "tolerations.operator: must be Exists when key is empty (which matches all keys)"]


@pytest.mark.parametrize("text, value", [("500m", 0.5), ("4Gi", 4 * 2**30), ("1e3", 1000), ("1E", 10**18),
                                         ("1.5", 1.5), (".5", 0.5), (2, 2), (0.25, 0.25), ("1n", 1e-9)])
def test_quantities(text: Any, value: float) -> None:
    assert float(names.quantity_value(text)) == pytest.approx(value)


@pytest.mark.parametrize("text", ["1K", "1GB", "abc", "", "1 Gi", True, None, "1Gi\n"])
def test_not_quantities(text: Any) -> None:
    assert names.quantity_value(text) is None
