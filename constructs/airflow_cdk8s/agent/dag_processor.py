"""AgentDagProcessor: the DAG processor Deployment (``{prefix}-dag-processor``), one replica."""

from __future__ import annotations

from constructs import Construct

from .component import AgentComponent, AgentContext
from .values import DagProcessorValues


class AgentDagProcessor(AgentComponent):
    """The DAG processor Deployment (``<prefix>-dag-processor``), one replica.

    Props:
        context: the agent's shared ``AgentContext``.
        spec: the values' ``dagProcessor`` block.
    """

    def __init__(self, scope: Construct, id: str, *, context: AgentContext, spec: DagProcessorValues) -> None:
        super().__init__(scope, id, context=context, spec=spec, role="dag-processor", replicas=1,
                         service_account=context.service_accounts.dag_processor)
