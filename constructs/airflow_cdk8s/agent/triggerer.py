"""AgentTriggerer: the triggerer Deployment (``{prefix}-triggerer``) running deferred tasks."""

from __future__ import annotations

from constructs import Construct

from . import env_contract
from .component import AgentComponent, AgentContext
from .values import TriggererValues


class AgentTriggerer(AgentComponent):
    """The triggerer Deployment (``<prefix>-triggerer``), which runs deferred tasks.

    Props:
        context: the agent's shared ``AgentContext``.
        spec: the values' ``triggerer`` block.
    """

    def __init__(self, scope: Construct, id: str, *, context: AgentContext, spec: TriggererValues) -> None:
        super().__init__(scope, id, context=context, spec=spec, role="triggerer", replicas=spec.replicas,
                         service_account=context.service_accounts.triggerer, env=env_contract.triggerer_env(spec))
