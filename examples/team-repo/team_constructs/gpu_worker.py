"""A worker group for GPU tasks: tolerations, a node selector and a GPU in its resources."""

from __future__ import annotations

from typing import Any

from airflow_cdk8s import AgentWorker

GPU_TOLERATION = {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}


class GpuWorker(AgentWorker):
    """An ``AgentWorker`` whose pods land on GPU nodes and request ``gpus`` GPUs."""

    gpus = 1
    accelerator = "nvidia-l4"

    def render_pod_spec(self) -> dict[str, Any]:
        pod = super().render_pod_spec()
        pod["tolerations"] = [*pod.get("tolerations", []), GPU_TOLERATION]
        pod["nodeSelector"] = {**pod.get("nodeSelector", {}), "cloud.google.com/gke-accelerator": self.accelerator}
        return pod

    def render_main_container(self) -> dict[str, Any]:
        container = super().render_main_container()
        resources = container.setdefault("resources", {})
        for kind in ("limits", "requests"):
            resources[kind] = {**resources.get(kind, {}), "nvidia.com/gpu": str(self.gpus)}
        return container
