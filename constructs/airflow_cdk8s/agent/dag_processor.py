"""AgentDagProcessor: the DAG processor Deployment (``{prefix}-dag-processor``), one replica."""

from __future__ import annotations

from constructs import Construct

from .component import AgentComponent
from .values import AgentValues


class AgentDagProcessor(AgentComponent):
    """The DAG processor Deployment (``<prefix>-dag-processor``), one replica.

    Props:
        agent: the agent values; ``agent.dag_processor`` configures this component.
    """

    def __init__(self, scope: Construct, id: str, *, agent: AgentValues) -> None:
        super().__init__(
            scope,
            id,
            agent=agent,
            spec=agent.dag_processor,
            component="dag-processor",
            name=f"{agent.resource_name_prefix}-dag-processor",
            role="dag-processor",
            service_account=agent.service_account.dag_processor,
            service_account_annotations=agent.service_account.annotations,
            replicas=1,
        )
