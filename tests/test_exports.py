"""Top-level exports are complete: every public construct and prop type of the package is importable from
``airflow_cdk8s``, and the subpackages export nothing the top level lacks."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil

import constructs
import pydantic

import airflow_cdk8s
from airflow_cdk8s import agent, platform

# Modules of the app, not the library: the CLI and its tools (reading files, diffs, the official chart's
# values), generated bindings and the checks.
NOT_LIBRARY = (".imports", ".checks", ".cli", ".reference", ".layers", ".output", ".synth", ".agent.schema", ".__main__",
               ".diff", ".safe_yaml", ".platform.chart_values", ".platform.official_keys")
# Public-looking types that are parts of another, with the reason.
INTERNAL = {
    "LegacyMetric": "the older HPA metric spelling of values files; HpaValues reads and converts it",
    "LegacyMetricTarget": "part of LegacyMetric",
    "ApiObjectBase": "the base of KubeObject (objects of your own subclass KubeObject)",
}


def public_types() -> dict[str, str]:
    found = {}
    for info in pkgutil.walk_packages(airflow_cdk8s.__path__, "airflow_cdk8s."):
        if any(part in info.name for part in NOT_LIBRARY):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name.startswith("_") or not inspect.isclass(value) or value.__module__ != info.name:
                continue
            if name in INTERNAL:
                continue
            if issubclass(value, (constructs.Construct, pydantic.BaseModel)) or dataclasses.is_dataclass(value):
                found[name] = info.name
    return found


def test_every_public_construct_and_prop_type_is_exported_at_the_top_level():
    missing = {name: module for name, module in public_types().items() if name not in airflow_cdk8s.__all__}
    assert not missing, f"export these from airflow_cdk8s (_EXPORTS in __init__.py): {missing}"


def test_subpackage_exports_are_top_level_exports_of_the_same_objects():
    for package in (agent, platform):
        for name in package.__all__:
            assert name in airflow_cdk8s.__all__, f"{package.__name__}.{name} is not exported by airflow_cdk8s"
            assert getattr(airflow_cdk8s, name) is getattr(package, name)


def test_the_platform_chart_is_a_top_level_export():
    from airflow_cdk8s import AirflowPlatform

    assert AirflowPlatform is platform.AirflowPlatform


def test_every_export_resolves():
    for name in airflow_cdk8s.__all__:
        assert getattr(airflow_cdk8s, name) is not None, name


def test_each_export_names_the_module_that_defines_it():
    """``_EXPORTS`` says where each name lives (the reference and readers follow it), not only where it loads from."""
    wrong = {}
    for name, module in airflow_cdk8s._EXPORTS.items():
        where = "airflow_cdk8s" + module
        defined = getattr(airflow_cdk8s, name).__module__
        if defined != where and not defined.startswith(where + "."):  # .agent / .platform: their subpackages
            wrong[name] = defined
    assert not wrong, f"_EXPORTS in __init__.py names another module for: {wrong}"
