"""airflow-cdk8s: typed cdk8s constructs for Apache Airflow on Kubernetes."""

import os as _os

# jsii prints a large end-of-life banner for Node 20 on every run; the value names the silenced major.
_os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from .agent import *  # noqa: E402: F401,F403 - the agent's public names
from .agent import __all__ as _agent_all
from .errors import ValuesError
from .kube_object import KubeObject
from .pod import PodParts
from .vault import VaultAgent, VaultAgentConfig, VaultTemplate
from .version import __version__

__all__ = [*_agent_all, "KubeObject", "PodParts", "ValuesError", "VaultAgent", "VaultAgentConfig", "VaultTemplate", "__version__"]
