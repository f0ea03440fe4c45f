"""FirstAdminJob: the first admin of password sign-in, created from a Secret by a plain Job.

The official chart's createUserJob writes the password into the Job's command line; here it stays in
its Secret: the shell's builtin ``printf`` pipes it into ``airflow users create``, which reads it as
from a terminal (twice: password and confirmation), so it is in no manifest and no process argument.
"""

from __future__ import annotations

from constructs import Construct

from .component import PlatformContext
from .job import AirflowJob
from .settings import FirstAdmin

CREATE_ADMIN = ('printf \'%s\\n%s\\n\' "$ADMIN_PASSWORD" "$ADMIN_PASSWORD" | airflow users create --role Admin'
                ' --username "$ADMIN_USERNAME" --email "$ADMIN_EMAIL" --firstname "$ADMIN_FIRST_NAME"'
                ' --lastname "$ADMIN_LAST_NAME"')


class FirstAdminJob(AirflowJob):
    """``airflow users create --role Admin`` once the schema is there, the password from a Secret.

    Props:
        platform: the shared ``PlatformContext``.
        admin: who to create (``FirstAdmin``).
    """

    def __init__(self, scope: Construct, id: str, *, platform: PlatformContext, admin: FirstAdmin) -> None:
        super().__init__(scope, id, platform=platform, job="create-admin", component="first-admin", container="create-admin",
                         command=["/bin/sh", "-c", CREATE_ADMIN], inputs=admin.__dict__, wait_for_migrations=True)
        self.admin = admin
        for var, value in (("ADMIN_USERNAME", admin.username), ("ADMIN_EMAIL", admin.email),
                           ("ADMIN_FIRST_NAME", admin.first_name), ("ADMIN_LAST_NAME", admin.last_name)):
            self.pod_spec.add_env(var, value)
        self.pod_spec.add_env("ADMIN_PASSWORD", value_from={"secretKeyRef": {"name": admin.password_secret,
                                                                              "key": admin.password_key}})
