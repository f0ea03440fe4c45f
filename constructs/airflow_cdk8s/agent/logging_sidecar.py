"""LoggingSidecar: a Vector container that ships task logs, and its ConfigMap ``<name>-cm`` (key ``vector.yaml``)."""

from __future__ import annotations

from typing import Any

import yaml
from constructs import Construct

from .. import deferred
from .. import metadata
from ..errors import raise_if
from ..kube_object import KubeObject
from ..pod import drop_empty
from . import env_contract
from .component import APP_NAME, AgentComponent
from .values import AgentValues

CONFIG_DIR = "/etc/vector"
DATA_DIR = "/var/lib/vector"


def default_vector_config() -> dict[str, Any]:
    """Tail the task logs and print them; replace ``sinks`` to ship them to your platform."""
    return {
        "data_dir": DATA_DIR,
        "sources": {"task_logs": {"type": "file", "include": [f"{env_contract.TASK_LOGS_DIR}/**/*.log"]}},
        "sinks": {"stdout": {"type": "console", "inputs": ["task_logs"], "encoding": {"codec": "text"}}},
    }


class LoggingSidecar(deferred.Construct):
    """The Vector logging sidecar: its ConfigMap; ``attach(component)`` adds the container and its volumes to a component's pods.

    Props:
        agent: the agent values; ``agent.logging_sidecar`` configures it.
    """

    def __init__(self, scope: Construct, id: str, *, agent: AgentValues) -> None:
        super().__init__(scope, id)
        self.spec = spec = agent.logging_sidecar
        self.agent = agent
        self.config_map_name = f"{spec.name}-cm"
        config = spec.config if spec.config is not None else default_vector_config()
        self.config_text = config if isinstance(config, str) else yaml.safe_dump(config, sort_keys=True)
        selector = metadata.selector_labels(name=APP_NAME, instance=agent.resource_name_prefix, component="logging-sidecar")
        self.config_map = KubeObject(
            self,
            "Resource",
            api_version="v1",
            kind="ConfigMap",
            name=self.config_map_name,
            namespace=agent.namespace,
            labels=metadata.object_labels(selector, agent.labels),
            annotations=agent.annotations,
            body=lambda: {"data": {"vector.yaml": self.config_text}},
        )

    def container(self) -> dict[str, Any]:
        spec = self.spec
        ours = [
            {"name": "vector-config", "mountPath": CONFIG_DIR, "readOnly": True},
            {"name": "vector-data", "mountPath": DATA_DIR},
            {"name": "task-logs", "mountPath": env_contract.TASK_LOGS_DIR, "readOnly": True},
        ]
        # A mount of the values at one of our paths replaces ours (a container has one mount per path).
        taken = {m["mountPath"] for m in spec.volume_mounts}
        mounts = [m for m in ours if m["mountPath"] not in taken] + list(spec.volume_mounts)
        container: dict[str, Any] = {
            "name": spec.name,
            "image": spec.image,
            "imagePullPolicy": spec.image_pull_policy or self.agent.image_pull_policy,
            "args": ["--config", f"{CONFIG_DIR}/vector.yaml"],
            "env": spec.env,  # commonEnv is for the agent containers, not the sidecar
            "resources": spec.resources.to_k8s(),
            "securityContext": spec.security_context,  # merged over the restricted defaults at synth
            "volumeMounts": mounts,
        }
        if spec.pre_stop_sleep_seconds:
            # Time to flush the last task logs before the container stops (an exec hook: the 1.27 API has no sleep action).
            container["lifecycle"] = {"preStop": {"exec": {"command": ["sleep", str(spec.pre_stop_sleep_seconds)]}}}
        return drop_empty(container)

    def attach(self, component: AgentComponent) -> dict[str, Any]:
        """Add the sidecar to ``component``'s pods; returns the container added."""
        pod, by = component.pod_spec, f"LoggingSidecar {self.spec.name!r}"
        container = self.container()
        declared = {v["name"] for v in pod.volumes} | {"vector-config", "vector-data"}
        missing = [(i, m["name"]) for i, m in enumerate(self.spec.volume_mounts) if m["name"] not in declared]
        raise_if([f"loggingSidecar.volumeMounts[{i}].name: {name!r} is not a volume of {pod.owner} "
                  f"(define it in that component's volumes)" for i, name in missing], "values")
        pod.check_free(by, containers=[container["name"]], volumes=["vector-config", "vector-data"])
        pod.add_volume({"name": "vector-config", "configMap": {"name": self.config_map_name}}, by=by)
        pod.add_volume({"name": "vector-data", "emptyDir": {}}, by=by)
        pod.add_pod_checksum("logging-sidecar-config", self.config_text)
        component.scanner_skips.update({"CKV_K8S_8", "CKV_K8S_9"})  # Vector has no probe endpoint by default
        return pod.add_sidecar(container, by=by)
