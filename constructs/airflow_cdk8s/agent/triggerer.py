"""AgentTriggerer: the triggerer Deployment (``{prefix}-triggerer``) running deferred tasks."""

from __future__ import annotations

from constructs import Construct

from . import env_contract
from .component import AgentComponent
from .values import AgentValues


class AgentTriggerer(AgentComponent):
    """The triggerer Deployment (``<prefix>-triggerer``), which runs deferred tasks.

    Props:
        agent: the agent values; ``agent.triggerer`` configures this component.
    """

    def __init__(self, scope: Construct, id: str, *, agent: AgentValues) -> None:
        spec = agent.triggerer
        shared_sa = agent.service_account.triggerer
        super().__init__(
            scope,
            id,
            agent=agent,
            spec=spec,
            component="triggerer",
            name=f"{agent.resource_name_prefix}-triggerer",
            role="triggerer",
            service_account=shared_sa,
            service_account_annotations=agent.service_account.annotations,
            replicas=spec.replicas,
            env=env_contract.triggerer_env(spec),
        )
