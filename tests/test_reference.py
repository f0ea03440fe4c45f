"""The construct reference (docs/reference.md) is generated from the docstrings and stays true:
it matches the code, every prop is described, every public name has a docstring and an example."""

from __future__ import annotations

import inspect
import re

import cdk8s

from airflow_cdk8s import reference

from conftest import ROOT, assert_valid

REGENERATE = ".venv/bin/python -m airflow_cdk8s.reference > docs/reference.md"

# Public names with no example in the README, docs/*.md or a docstring ``Example::``, and why.
NO_EXAMPLE = {
    # Built for you by RemoteExecutionAgent from AgentValues; reach them as agent.workers,
    # agent.triggerer... (the README shows their mutators on agent.add_worker(...)).
    "AgentComponent": "base of the agent components, built by RemoteExecutionAgent",
    "AgentDagProcessor": "built by RemoteExecutionAgent from dagProcessor values",
    "AgentTriggerer": "built by RemoteExecutionAgent from triggerer values",
    "Sentinel": "built by RemoteExecutionAgent from sentinel values",
    # Values models: users write them as keys of a values.yaml (examples/values/*.yaml, which the
    # tests synthesize), not by class name; their tables in the reference give the keys.
    "DagProcessorValues": "values-file block dagProcessor",
    "LoggingSidecarValues": "values-file block loggingSidecar",
    "OpenLineageValues": "values-file block openLineage",
    "Resources": "values-file block resources",
    "SentinelValues": "values-file block sentinel",
    "ServiceAccountValues": "values-file block serviceAccount.<component>",
    "ServiceAccountsValues": "values-file block serviceAccount",
    "TriggererValues": "values-file block triggerer",
    "VaultValues": "values-file blocks agentTokenVault / openLineage.vault",
    # Built by AirflowPlatform from its props; used directly only when subclassing the platform.
    "AirflowComponent": "built by AirflowPlatform (scheduler, API server, workers...)",
    "AirflowIngress": "built by AirflowPlatform from ingress=IngressSettings(...)",
    "MigrationsJob": "built by AirflowPlatform",
    "FirstAdminJob": "built by AirflowPlatform from first_admin=FirstAdmin(...)",
    "PlatformContext": "built by AirflowPlatform and handed to its components",
    "AirflowVariablesSync": "built by AirflowPlatform.sync_variables(...)",
    "GeneratedSentinelAuthSecret": "built by RemoteExecutionAgent when the values name no Sentinel secret",
    "KubernetesPodOperatorAccess": "built by RemoteExecutionAgent for workers with canUseKubernetesPodOperator",
    "PlaintextSecrets": "built by RemoteExecutionAgent with allow_plaintext_secrets=True",
    "PodValues": "base of the component values blocks (WorkerValues, TriggererValues...)",
    "PostgresDatabase": "built by AirflowPlatform from database=EmbeddedPostgres(...)",
    "RedisBroker": "built by AirflowPlatform from broker=EmbeddedRedis(...)",
    "StatsdExporterDeployment": "built by AirflowPlatform from metrics=StatsdExporter(...)",
    # Base types, not instantiated by users.
    "PodOwner": "mixin; its add_* mutators are listed on every component",
    "WorkloadIdentity": "protocol of AwsIrsa / AzureWorkloadIdentity / GcpWorkloadIdentity",
    "PerReplicaLogs": "returned by worker_logs_claim_template(), never built by hand",
}


def _items() -> list[tuple[str, object]]:
    return [item for package in reference.PACKAGES for item in reference.public_items(package)]


def test_reference_is_up_to_date():
    committed = (ROOT / "docs" / "reference.md").read_text()
    assert committed == reference.render(), f"docs/reference.md is stale; regenerate it: {REGENERATE}"


def test_every_construct_and_dataclass_prop_is_described():
    missing = []
    for name, obj in _items():
        if reference.kind(obj) in ("construct", "dataclass"):
            described = reference.described_props(obj)
            missing += [f"{name}.{row['name']}" for row in reference.props(obj) if not described.get(row["name"])]
    assert not missing, (
        "props without a 'name: description' line in their class docstring (Props: section): "
        + ", ".join(missing) + f"; then run {REGENERATE}"
    )


def test_every_public_name_has_a_docstring():
    undocumented = [name for name, obj in _items() if not reference.summary(reference.docstring(obj))]
    assert not undocumented, f"public names without a docstring: {undocumented}"


def _documented_code() -> str:
    """Fenced code blocks of the README and docs/*.md, and every docstring example."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    blocks = [block for page in pages if page.name != "reference.md"
              for block in re.findall(r"```[^\n]*\n(.*?)```", page.read_text(), re.S)]
    examples = [reference.split_example(reference.docstring(obj))[1] for _, obj in _items()]
    return "\n".join(blocks + examples)


def test_every_public_name_has_an_example():
    code = _documented_code()
    # Used as code (called, subclassed, imported, an attribute or argument), not a word in a comment.
    has_example = {name for name, _ in _items()
                   if re.search(rf"\b{name}\b\s*[(.,)\]:]|^\s*(from|import)\b.*\b{name}\b", code, re.M)}
    missing = sorted({name for name, _ in _items()} - has_example - set(NO_EXAMPLE))
    assert not missing, (
        f"no example for {missing}: use them in a code block of README.md or docs/*.md, or add an "
        "'Example::' section to the docstring (or, with a reason, to NO_EXAMPLE in this test)"
    )
    stale = sorted((set(NO_EXAMPLE) & has_example) | (set(NO_EXAMPLE) - {name for name, _ in _items()}))
    assert not stale, f"remove from NO_EXAMPLE (they have an example now, or are not public): {stale}"


def test_docstring_examples_run_and_synthesize_valid_yaml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # an example that writes files (app.synth()) writes them here
    for name, obj in _items():
        if code := reference.split_example(reference.docstring(obj))[1]:
            scope: dict = {}
            try:
                exec(compile(code, f"<{name} example>", "exec"), scope)
            except Exception as error:
                raise AssertionError(f"the docstring example of {name} fails: {error!r}\n{code}") from error
            for chart in [v for v in scope.values() if isinstance(v, cdk8s.Chart)]:
                assert_valid(cdk8s.Testing.synth(chart))


def test_prop_parser_reads_every_docstring_style():
    doc = inspect.cleandoc("""Summary line
        continued.

        Props:
            a: first, with
                a continuation.
            b, c: shared.
        d / e: top-level style. Default: 1.

        Example::

            f: not a prop
        """)
    assert reference.summary(doc) == "Summary line continued."
    assert reference.prop_docs(doc) == {"a": "first, with a continuation.", "b": "shared.", "c": "shared.",
                                        "d": "top-level style. Default: 1.", "e": "top-level style. Default: 1."}
    assert reference.split_example(doc)[1] == "f: not a prop"


def test_values_models_show_the_values_file_keys():
    from airflow_cdk8s import HpaValues

    rows = {row["name"]: row for row in reference.props(HpaValues)}
    assert rows["min_replicas"]["key"] == "minReplicas / minReplicaCount"


def test_the_attributes_airflow_platform_lists_exist():
    import re

    import cdk8s

    from airflow_cdk8s.platform import AirflowPlatform

    listed = re.findall(r"``([a-z_]+)``", reference.attributes(reference.docstring(AirflowPlatform)))
    platform = AirflowPlatform(cdk8s.App(), "airflow", namespace="airflow")
    assert listed and not [name for name in listed if not hasattr(platform, name)]
