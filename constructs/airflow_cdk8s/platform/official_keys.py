"""The keys of the official Apache Airflow Helm chart's values (chart 1.1x-1.2x) and their defaults.

Facts about that chart's values format, written down so ``chart_values.py`` can tell a key of that
chart we do not support (an error that says so) from a misspelling (did you mean ...?), and can
accept a key left at the chart's default without comment. A leaf holds the chart's default;
``FREE`` marks a value whose inside is free-form (labels, Kubernetes fragments, config sections).
"""

from __future__ import annotations

from typing import Any

FREE = object()  # any content below this key


def _service_account() -> dict[str, Any]:
    return {"automountServiceAccountToken": True, "create": True, "name": None, "annotations": {}}


def _security_contexts() -> dict[str, Any]:
    return {"pod": {}, "container": {}, "containers": {}}


def _probe(**defaults: Any) -> dict[str, Any]:
    return {"enabled": True, "initialDelaySeconds": None, "timeoutSeconds": None, "failureThreshold": None,
            "periodSeconds": None, "command": None, "scheme": "HTTP", **defaults}


def _sidecar(enabled: bool = True) -> dict[str, Any]:
    return {"enabled": enabled, "command": None, "args": FREE, "retentionDays": 15, "frequencyMinutes": 15,
            "resources": {}, "securityContexts": {"container": {}}, "containerLifecycleHooks": {}, "env": []}


def _component(**extra: Any) -> dict[str, Any]:
    """What every Airflow component block of the chart has (scheduler, webserver, triggerer...)."""
    keys: dict[str, Any] = {
        "enabled": True, "replicas": 1, "revisionHistoryLimit": None, "command": None, "args": FREE,
        "strategy": None, "updateStrategy": None, "securityContext": {}, "securityContexts": _security_contexts(),
        "containerLifecycleHooks": {}, "serviceAccount": _service_account(),
        "podDisruptionBudget": {"enabled": False, "config": {"maxUnavailable": 1, "minAvailable": None}},
        "resources": {}, "safeToEvict": True, "extraContainers": [], "extraInitContainers": [], "extraVolumes": [],
        "extraVolumeMounts": [], "extraPorts": [], "nodeSelector": {}, "affinity": {}, "tolerations": [],
        "topologySpreadConstraints": [], "priorityClassName": None, "runtimeClassName": None, "annotations": {},
        "podAnnotations": {}, "labels": {}, "hostAliases": [], "env": [], "terminationGracePeriodSeconds": None,
        "livenessProbe": _probe(), "readinessProbe": _probe(), "startupProbe": _probe(),
        "waitForMigrations": {"enabled": True, "env": [], "securityContexts": {"container": {}}},
        "logGroomerSidecar": _sidecar(),
        "hpa": {"enabled": False, "minReplicaCount": None, "maxReplicaCount": None, "metrics": FREE, "behavior": {}},
        "keda": {"enabled": False, "namespaceLabels": {}, "pollingInterval": 5, "cooldownPeriod": 30,
                 "minReplicaCount": 0, "maxReplicaCount": 10, "advanced": {}, "query": FREE, "usePgbouncer": FREE},
        "persistence": {"enabled": True, "persistentVolumeClaimRetentionPolicy": None, "size": "100Gi",
                        "storageClassName": None, "fixPermissions": False, "annotations": {},
                        "securityContexts": {"container": {}}, "containerLifecycleHooks": {}},
        "service": {"type": "ClusterIP", "annotations": {}, "ports": FREE, "loadBalancerIP": None,
                    "loadBalancerSourceRanges": [], "extraAnnotations": {}, "clusterIp": None, "clusterIP": None,
                    "nodePort": None},
        "networkPolicy": {"ingress": {"from": [], "ports": FREE}}, "extraNetworkPolicies": [],
        "configMapAnnotations": {}, "allowPodLogReading": True, "jobAnnotations": {},
    }
    keys.update(extra)
    return keys


def _image(repository: Any = None, tag: Any = None) -> dict[str, Any]:
    return {"repository": repository, "tag": tag, "digest": None, "pullPolicy": "IfNotPresent"}


def _ingress(path: str = "/") -> dict[str, Any]:
    return {"enabled": False, "annotations": {}, "path": path, "pathType": "ImplementationSpecific", "host": "",
            "hosts": FREE, "ingressClassName": "", "tls": {"enabled": False, "secretName": ""},
            "precedingPaths": [], "succeedingPaths": []}


def _job(**extra: Any) -> dict[str, Any]:
    return _component(ttlSecondsAfterFinished=300, restartPolicy="OnFailure", useHelmHooks=True,
                      applyCustomEnv=True, **extra)


def _cron(**extra: Any) -> dict[str, Any]:
    return _component(enabled=False, schedule=FREE, failedJobsHistoryLimit=None, successfulJobsHistoryLimit=None, **extra)


OFFICIAL: dict[str, Any] = {
    "fullnameOverride": "", "nameOverride": "", "useStandardNaming": False, "revisionHistoryLimit": None,
    "uid": 50000, "gid": 0, "securityContext": {}, "securityContexts": _security_contexts(),
    "containerLifecycleHooks": {}, "airflowHome": "/opt/airflow",
    "defaultAirflowRepository": "apache/airflow", "defaultAirflowTag": FREE, "defaultAirflowDigest": None,
    "airflowVersion": FREE,
    "images": {
        "airflow": _image(), "useDefaultImageForMigration": False, "migrationsWaitTimeout": 60,
        "pod_template": {"repository": None, "tag": None, "pullPolicy": "IfNotPresent"},
        "flower": _image(), "statsd": _image(FREE, FREE), "redis": _image(FREE, FREE),
        "pgbouncer": _image(FREE, FREE), "pgbouncerExporter": _image(FREE, FREE), "gitSync": _image(FREE, FREE),
    },
    "nodeSelector": {}, "affinity": {}, "tolerations": [], "topologySpreadConstraints": [], "schedulerName": None,
    "labels": {}, "imagePullSecrets": [],
    "ingress": {"enabled": None, "apiServer": _ingress(), "web": _ingress(), "flower": _ingress(),
                "statsd": _ingress("/metrics"), "pgbouncer": _ingress("/metrics")},
    "networkPolicies": {"enabled": False},
    "airflowPodAnnotations": {}, "airflowConfigAnnotations": {}, "airflowLocalSettings": FREE,
    "rbac": {"create": True, "createSCCRoleBinding": False},
    "executor": "CeleryExecutor", "allowPodLaunching": True, "allowJobLaunching": False,
    "env": [], "volumes": [], "volumeMounts": [], "secret": [], "enableBuiltInSecretEnvVars": FREE,
    "priorityClasses": [], "extraSecrets": {}, "extraConfigMaps": {}, "extraEnv": None, "extraEnvFrom": None,
    "data": {
        "metadataSecretName": None, "resultBackendSecretName": None, "brokerUrlSecretName": None,
        "metadataConnection": {"user": "postgres", "pass": "postgres", "protocol": "postgresql", "host": None,
                               "port": 5432, "db": "postgres", "sslmode": "disable", "secretAnnotations": {}},
        "resultBackendConnection": None, "resultBackendConnectionSecretAnnotations": {}, "brokerUrl": None,
        "brokerUrlSecretAnnotations": {},
    },
    "fernetKey": None, "fernetKeySecretName": None, "fernetKeySecretAnnotations": {},
    "apiSecretKey": None, "apiSecretAnnotations": {}, "apiSecretKeySecretName": None,
    "jwtSecret": None, "jwtSecretAnnotations": {}, "jwtSecretName": None,
    "webserverSecretKey": None, "webserverSecretAnnotations": {}, "webserverSecretKeySecretName": None,
    "kerberos": {"enabled": False, "ccacheMountPath": FREE, "ccacheFileName": FREE, "configPath": FREE,
                 "keytabBase64Content": None, "keytabPath": FREE, "principal": FREE, "reinitFrequency": FREE,
                 "config": FREE},
    "workers": _component(
        persistence={**_component()["persistence"]}, kerberosSidecar={"enabled": False, "resources": {},
        "securityContexts": {"container": {}}, "containerLifecycleHooks": {}},
        kerberosInitContainer={"enabled": False, "resources": {}, "securityContexts": {"container": {}},
                               "containerLifecycleHooks": {}},
        terminationGracePeriodSeconds=600, safeToEvict=False, volumeClaimTemplates=[], podManagementPolicy=None,
        useWorkerDedicatedServiceAccounts=False,
        celery={"serviceAccount": _service_account()}, kubernetes={"serviceAccount": _service_account()},
    ),
    "scheduler": _component(terminationGracePeriodSeconds=10),
    "createUserJob": _job(),
    "migrateDatabaseJob": _job(),
    "apiServer": _component(apiServerConfig=None, apiServerConfigConfigMapName=None),
    "webserver": _component(
        terminationGracePeriodSeconds=30, webserverConfig=None, webserverConfigConfigMapName=None,
        defaultUser={"enabled": True, "role": "Admin", "username": "admin", "email": "admin@example.com",
                     "firstName": "admin", "lastName": "user", "password": "admin"},
    ),
    "triggerer": _component(terminationGracePeriodSeconds=60),
    "dagProcessor": _component(enabled=None, terminationGracePeriodSeconds=60),
    "flower": _component(enabled=False, secretName=None, secretAnnotations={}, username=None, password=None),
    "statsd": _component(uid=65534, extraMappings=[], overrideMappings=[]),
    "pgbouncer": _component(
        enabled=False, auth_type=FREE, auth_file=FREE, mountConfigSecret=True, certificatesSecretAnnotations={},
        metadataPoolSize=10, resultBackendPoolSize=5, maxClientConn=100, configSecretName=None,
        configSecretAnnotations={}, verbose=0, logDisconnections=0, logConnections=0, sslmode=FREE, ciphers=FREE,
        ssl={"ca": None, "cert": None, "key": None}, extraIniMetadata=None, extraIniResultBackend=None, extraIni=None,
        uid=65534, metricsExporterSidecar=FREE,
    ),
    "redis": _component(
        uid=0, terminationGracePeriodSeconds=600, passwordSecretName=None, password=None,
        passwordSecretAnnotations={}, emptyDirConfig=FREE,
        persistence={"enabled": True, "size": "1Gi", "storageClassName": None, "annotations": {}, "existingClaim": None},
    ),
    "registry": {"secretName": None, "connection": {}},
    "elasticsearch": {"enabled": False, "secretName": None, "secretAnnotations": {}, "connection": {}},
    "opensearch": {"enabled": False, "secretName": None, "connection": {}},
    "ports": {"flowerUI": 5555, "airflowUI": 8080, "workerLogs": 8793, "triggererLogs": 8794, "redisDB": 6379,
              "statsdIngest": 9125, "statsdScrape": 9102, "pgbouncer": 6543, "pgbouncerScrape": 9127, "apiServer": 8080},
    "quotas": {}, "limits": [],
    "cleanup": _cron(),
    "databaseCleanup": _cron(retentionDays=90, skipArchive=False, tables=[], batchSize=None, verbose=True),
    "postgresql": FREE,  # the Bitnami subchart's own keys
    "config": FREE,
    "multiNamespaceMode": False, "podTemplate": None,
    "dags": {
        "mountPath": None,
        "persistence": {"annotations": {}, "enabled": False, "size": "1Gi", "storageClassName": None,
                        "accessMode": "ReadWriteOnce", "existingClaim": None, "subPath": None},
        "gitSync": {
            "enabled": False, "repo": FREE, "branch": FREE, "rev": FREE, "ref": FREE, "depth": 1, "maxFailures": 0,
            "subPath": FREE, "credentialsSecret": None, "sshKeySecret": None, "sshKey": None, "knownHosts": None,
            "period": "5s", "wait": None, "envFrom": None, "containerName": "git-sync", "uid": 65533,
            "securityContext": {}, "securityContexts": {"container": {}}, "containerLifecycleHooks": {},
            "readinessProbe": {}, "livenessProbe": {}, "extraVolumeMounts": [], "env": [], "emptyDirConfig": FREE,
            "resources": {},
        },
    },
    "logs": {"emptyDirConfig": FREE,
             "persistence": {"enabled": False, "size": "100Gi", "annotations": {}, "storageClassName": None,
                             "existingClaim": None, "subPath": None}},
}


def lookup(path: tuple[str | int, ...]) -> tuple[bool, Any]:
    """``(True, default)`` if ``path`` is a key of the official chart (``default`` may be ``FREE``)."""
    node: Any = OFFICIAL
    for part in path:
        if node is FREE:
            return True, FREE
        if not isinstance(node, dict) or part not in node:
            return False, None
        node = node[part]
    return True, node


def siblings(path: tuple[str | int, ...]) -> list[str]:
    """The official keys next to ``path``'s last key (for did-you-mean)."""
    known, node = lookup(path[:-1])
    return sorted(node) if known and isinstance(node, dict) else []
