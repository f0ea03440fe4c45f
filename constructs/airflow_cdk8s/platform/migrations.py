"""MigrationsJob: ``airflow db migrate`` as a plain Job, so GitOps tools apply it in one pass.

No Helm hooks: components wait for the schema with an init container (``wait-for-migrations``).
The Job's name carries a hash of its image and environment (see ``job.py``).
"""

from __future__ import annotations

from constructs import Construct

from .component import PlatformContext
from .job import AirflowJob


class MigrationsJob(AirflowJob):
    """``airflow db migrate`` as a plain Job named after a hash of its image and environment.

    Its pod is a ``PodSpec`` with the platform's pod settings (scheduling, pull secrets, security),
    so anything that attaches to a pod attaches here too.

    Props:
        platform: the shared ``PlatformContext``.
    """

    def __init__(self, scope: Construct, id: str, *, platform: PlatformContext) -> None:
        super().__init__(scope, id, platform=platform, job="migrate", component="migrations", container="migrate", args=["db", "migrate"])
