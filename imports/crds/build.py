#!/usr/bin/env python3
"""Build the CRD files `cdk8s import` reads (one multi-document file per API group) from the pinned copies.

    python3 imports/crds/build.py          # rewrite the files next to this script
    python3 imports/crds/build.py --check  # exit 1 if they differ from what this script produces

The pinned, verbatim CRDs live in constructs/airflow_cdk8s/checks/crds/ (they validate our output).
Why one file per group: importing the CRDs of a group one by one writes the same module each time,
so the last import would overwrite the others. Why the patches: see SOURCES.md next to this script.
Text edits only (no YAML round trip), so `diff` against the pinned file shows exactly what changed.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PINNED = HERE.parent.parent / "constructs" / "airflow_cdk8s" / "checks" / "crds"

SHA256 = {
    "cert-manager.io_certificates.v1.21.1.yaml": "7ad91029c00ec959d54215b19d3b1a9b7e0247eaa60f987151c2b70d8661f8af",
    "cert-manager.io_clusterissuers.v1.21.1.yaml": "30008001b78aafb8e110af61359561104b5fafc3a4dc6ac0013245d0ee3fe4ca",
    "cert-manager.io_issuers.v1.21.1.yaml": "05e37efb02777e0362d24269fa103c2fc11419f9c85e31854ef873e5d9e5c5cc",
    "external-secrets.io_externalsecrets.v2.9.0.yaml": "5044be5a610ca90a075f34f03ed20b462695c43387ba9410db7f4250e47b1e2f",
    "external-secrets.io_secretstores.v2.9.0.yaml": "7f750858d393913915a2f15daff9e1d2f56ca207c09920c055d7a68cceacb641",
    "external-secrets.io_clustersecretstores.v2.9.0.yaml": "f847c69ae317a76527fc37c163ddfe15d9026e14eb47dd325319e914e0433c2a",
}

# jsii rejects a property named get<Something> (JSII5000, cdk8s-team/cdk8s#1323), so the Python
# import of the v2.9.0 (Cluster)SecretStore fails on this one boolean of the Keeper Security provider.
KEEPER_GET_BY_TITLE_FALLBACK = "                      getByTitleFallback:\n                        type: boolean\n"


def pinned(name: str) -> str:
    data = (PINNED / name).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256[name]:
        raise SystemExit(f"{PINNED / name}: sha256 {digest} is not the pinned {SHA256[name]}")
    return data.decode("utf-8")


def drop_unserved_v1beta1(text: str) -> str:
    """Cut the `v1beta1` entry (served: false since ESO v0.17) off the end of `spec.versions`.

    It is the last entry of each file and the last thing in the document, so no binding is generated
    for a version the operator refuses (and the module is half the size).
    """
    lines = text.splitlines(keepends=True)
    name_line = lines.index("    name: v1beta1\n")
    start = max(i for i in range(name_line) if lines[i].startswith("  - "))
    tail = "".join(lines[start:])
    assert "    served: false\n" in tail and "    name: v1\n" not in tail, "v1beta1 is no longer the last, unserved version"
    return "".join(lines[:start])


def drop_once(text: str, fragment: str) -> str:
    assert text.count(fragment) == 1, f"expected the fragment once: {fragment!r}"
    return text.replace(fragment, "")


# The providers secret_stores.py builds stores for. The bindings of the other ~40 providers made
# up most of a 3 MB module that took a second to import; our output is still validated against the
# verbatim CRDs, so nothing is lost by not generating classes for them.
SUPPORTED_PROVIDERS = ("aws", "azurekv", "gcpsm", "vault")


def keep_providers(text: str) -> str:
    """Drop every store provider but SUPPORTED_PROVIDERS from the schema (a YAML round trip)."""
    doc = yaml.safe_load(text)
    for version in doc["spec"]["versions"]:
        spec = version["schema"]["openAPIV3Schema"]["properties"]["spec"]["properties"]
        providers = spec["provider"]["properties"]
        assert set(SUPPORTED_PROVIDERS) <= set(providers), "a supported provider disappeared from the CRD"
        spec["provider"]["properties"] = {k: providers[k] for k in SUPPORTED_PROVIDERS}
    return yaml.safe_dump(doc, sort_keys=False, width=1000)


def external_secrets() -> str:
    docs = [drop_unserved_v1beta1(pinned("external-secrets.io_externalsecrets.v2.9.0.yaml"))]
    for name in ("external-secrets.io_secretstores.v2.9.0.yaml", "external-secrets.io_clustersecretstores.v2.9.0.yaml"):
        docs.append(keep_providers(drop_unserved_v1beta1(drop_once(pinned(name), KEEPER_GET_BY_TITLE_FALLBACK))))
    return "".join(f"---\n{doc}" for doc in docs)


def cert_manager() -> str:
    # Unchanged; each pinned file already starts with `---`.
    names = ("cert-manager.io_certificates.v1.21.1.yaml", "cert-manager.io_clusterissuers.v1.21.1.yaml", "cert-manager.io_issuers.v1.21.1.yaml")
    return "".join(pinned(name) for name in names)


OUTPUTS = {
    "external-secrets.io.v2.9.0.yaml": external_secrets,
    "cert-manager.io.v1.21.1.yaml": cert_manager,
}


def main(argv: list[str]) -> int:
    stale = []
    for name, build in OUTPUTS.items():
        text = build()
        path = HERE / name
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    for name in stale:
        print(f"{HERE / name} is stale: run python3 imports/crds/build.py, then npx cdk8s import", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
