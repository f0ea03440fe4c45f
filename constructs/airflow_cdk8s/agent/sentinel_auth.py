"""Sentinel's shared Bearer secret, made inside the cluster when the values name none.

The agent chart generates a random secret with Helm on every render when ``sentinelAuthSecret``,
``sentinelAuthSecretName`` and ``sentinelAuthSecretFile`` are all unset; committed output cannot do
that (a value in the output is a secret in git, and a new one on every synthesis would roll the pods
on every sync). Instead an External Secrets ``Password`` generator makes the value in the cluster and
an ExternalSecret writes it once (``refreshPolicy: CreatedOnce``) into Secret ``sentinel-auth-secret``,
key ``secret``: the name and key the chart uses. The output holds no value.

Trade-off: the cluster needs the External Secrets Operator with its generator CRDs (v0.10 or later;
validated against the v2.9.0 CRDs). Without it the Secret never appears: Sentinel waits for it, while
the agents, whose reference to it is optional, run tasks without it. Rotating means deleting the Secret (the operator makes a new one) and restarting the
agent and Sentinel pods, which read it when they start.
"""

from __future__ import annotations

from constructs import Construct

from .. import deferred
from .. import metadata
from ..kube_object import KubeObject
from . import env_contract
from .component import APP_NAME
from .values import AgentValues

GENERATOR_API_VERSION = "generators.external-secrets.io/v1alpha1"
SECRET_LENGTH = 32  # the chart's generated secret: 32 alphanumeric characters


def generates_auth_secret(agent: AgentValues) -> bool:
    """True when the values name no Sentinel secret and Sentinel runs, so we must make one."""
    return agent.sentinel.enabled and not (
        agent.sentinel_auth_secret or agent.sentinel_auth_secret_name or agent.sentinel_auth_secret_file
    )


class GeneratedSentinelAuthSecret(deferred.Construct):
    """A ``Password`` generator and the ExternalSecret that turns its output into Secret ``sentinel-auth-secret``.

    Props:
        agent: the agent values (namespace, prefix, labels, annotations).

    Attributes: ``generator``, ``external_secret`` (KubeObjects), ``secret_name``.
    """

    def __init__(self, scope: Construct, id: str, *, agent: AgentValues) -> None:
        super().__init__(scope, id)
        self.secret_name = env_contract.SENTINEL_AUTH_SECRET
        selector = metadata.selector_labels(name=APP_NAME, instance=agent.resource_name_prefix, component="sentinel-auth")
        common = dict(namespace=agent.namespace, labels=metadata.object_labels(selector, agent.labels), annotations=agent.annotations)
        generator_name = f"{agent.resource_name_prefix}-sentinel-auth"
        self.generator = KubeObject(
            self, "Password", api_version=GENERATOR_API_VERSION, kind="Password", name=generator_name, **common,
            body=lambda: {"spec": {
                "length": SECRET_LENGTH, "digits": 8, "symbols": 0, "noUpper": False, "allowRepeat": True,
                "secretKeys": [env_contract.SENTINEL_AUTH_KEY],
            }},
        )
        self.external_secret = KubeObject(
            self, "Resource", api_version="external-secrets.io/v1", kind="ExternalSecret", name=self.secret_name, **common,
            body=lambda: {"spec": {
                # Made once: a new value on every refresh would break the agents that read it at start.
                "refreshPolicy": "CreatedOnce",
                "target": {"name": self.secret_name, "creationPolicy": "Owner"},
                "dataFrom": [{"sourceRef": {"generatorRef": {
                    "apiVersion": GENERATOR_API_VERSION, "kind": "Password", "name": generator_name,
                }}}],
            }},
        )
