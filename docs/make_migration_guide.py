#!/usr/bin/env python3
"""Generate docs/migrating-from-the-official-chart.md from a real synthesis of seed 001's values.

    .venv/bin/python docs/make_migration_guide.py > docs/migrating-from-the-official-chart.md
    .venv/bin/python docs/make_migration_guide.py --official FILE   # re-measure: FILE = helm template output

Our side (objects, fields, notices, check results) is synthesized on every run, so the guide says what
the code does today; a test keeps the committed guide equal to this script's output. The official
chart's side is what `helm template` of chart 1.21.0 gave for the same file (OFFICIAL_OBJECTS below,
measured with bench/official_chart.py and `make helm`); pass --official to compare against a render.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "constructs"))
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import cdk8s  # noqa: E402
import yaml  # noqa: E402

from airflow_cdk8s.checks import check_objects  # noqa: E402
from airflow_cdk8s.layers import read_layers  # noqa: E402
from airflow_cdk8s.platform.chart_values import EXTERNAL_KEYS, read_chart_values  # noqa: E402

SEED = ROOT / "examples" / "official-chart" / "airflow_values.yaml"
NAMESPACE = "airflow"

# `helm template airflow CHART -f airflow_values.yaml --namespace airflow`, chart 1.21.0 (35 objects).
OFFICIAL_OBJECTS = [
    ("ServiceAccount", n) for n in ("airflow-api-server", "airflow-dag-processor", "airflow-create-user-job",
                                    "airflow-migrate-database-job", "airflow-pgbouncer", "airflow-scheduler",
                                    "airflow-statsd", "airflow-triggerer", "airflow-worker")
] + [("Secret", n) for n in ("airflow-api-secret-key", "airflow-jwt-secret", "airflow-metadata", "airflow-pgbouncer-config",
                            "airflow-pgbouncer-stats", "airflow-fernet-key", "airflow-redis-password", "airflow-broker-url")
] + [("ConfigMap", "airflow-config"), ("ConfigMap", "airflow-statsd"),
     ("Role", "airflow-pod-launcher-role"), ("Role", "airflow-pod-log-reader-role"),
     ("RoleBinding", "airflow-pod-launcher-rolebinding"), ("RoleBinding", "airflow-pod-log-reader-rolebinding"),
     ("Service", "airflow-api-server"), ("Service", "airflow-pgbouncer"), ("Service", "airflow-statsd"),
     ("Service", "airflow-triggerer"),
     ("Deployment", "airflow-api-server"), ("Deployment", "airflow-dag-processor"), ("Deployment", "airflow-pgbouncer"),
     ("Deployment", "airflow-scheduler"), ("Deployment", "airflow-statsd"), ("StatefulSet", "airflow-triggerer"),
     ("Job", "airflow-create-user"), ("Job", "airflow-run-airflow-migrations")]
# Measured on that render (issue #16): checkov failures and Pod Security "restricted" violations.
OFFICIAL_FINDINGS = ("113 checkov failures and 44 Pod Security \"restricted\" violations on 8 of 8 pod specs "
                     "(its Bitnami PostgreSQL subchart, not part of that export, adds a StatefulSet, Services and a "
                     "Secret with the password `postgres`)")

# Why an official object has no counterpart of the same kind and name, by name suffix.
NOT_CREATED = {
    "-pgbouncer": "PgBouncer is not created (its config Secret carries the database password; use your database's pooler)",
    "-pgbouncer-config": "PgBouncer is not created",
    "-pgbouncer-stats": "PgBouncer is not created",
    "-create-user": "no create-user Job: it passes the default password `admin` on its command line",
    "-create-user-job": "no create-user Job",
    "-run-airflow-migrations": "replaced by `{name}-migrate-<hash>`, a plain Job (no Helm hook) named by a hash of its pod, so a new image is a new Job and never an immutable-field change",
    "-migrate-database-job": "one ServiceAccount, `{name}`, for every Airflow pod",
    "-statsd": "replaced by the StatsD exporter `{name}-statsd-exporter`",
    "-fernet-key": "a generated Secret: referenced instead (key `fernet-key`), you create it",
    "-api-secret-key": "a generated Secret: referenced instead (key `api-secret-key`, Airflow 3)",
    "-jwt-secret": "a generated Secret: referenced instead (key `jwt-secret`, Airflow 3)",
    "-webserver-secret-key": "a generated Secret: referenced instead (key `webserver-secret-key`)",
    "-metadata": "a generated Secret with the connection and its password; set `data.metadataSecretName` to reference yours",
    "-redis-password": "a generated Secret; with the CeleryExecutor its password is referenced (`redis.passwordSecretName`)",
    "-broker-url": "a generated Secret; with the CeleryExecutor set `data.brokerUrlSecretName`",
    "-pod-launcher-role": "replaced by `{name}-pod-launcher`",
    "-pod-launcher-rolebinding": "replaced by `{name}-pod-launcher`",
    "-pod-log-reader-role": "not needed: task logs are read from the logs claim",
    "-pod-log-reader-rolebinding": "not needed: task logs are read from the logs claim",
    "-triggerer": "the triggerer is a Deployment here (its logs on the shared logs claim), so no StatefulSet or headless Service",
    "-worker": "one ServiceAccount, `{name}`, for every Airflow pod",
    "-scheduler": "one ServiceAccount, `{name}`, for every Airflow pod",
    "-api-server": "one ServiceAccount, `{name}`, for every Airflow pod",
    "-dag-processor": "one ServiceAccount, `{name}`, for every Airflow pod",
}


def synthesize():
    layered = read_layers([SEED])
    plan = read_chart_values(layered.data, namespace=NAMESPACE, source="airflow_values.yaml")
    docs = cdk8s.Testing.synth(plan.build(cdk8s.App(), "airflow"))
    return layered.data, plan, docs


def find(docs, kind, name):
    return next(d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name)


def env_of(container):
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container.get("env", [])}


def block(data, *keys):
    return yaml.safe_dump({k: data[k] for k in keys if k in data}, sort_keys=False).strip()


def render(official: list[tuple[str, str]]) -> str:
    values, plan, docs = synthesize()
    name = plan.props["name"]
    ours = {(d["kind"], d["metadata"]["name"]) for d in docs}
    api = find(docs, "Deployment", f"{name}-api-server")["spec"]["template"]["spec"]
    main = api["containers"][0]
    scheduler = find(docs, "Deployment", f"{name}-scheduler")["spec"]["template"]["spec"]
    git_sync = env_of(next(c for c in scheduler["containers"] if c["name"] == "git-sync"))
    env = env_of(main)
    postgres = find(docs, "StatefulSet", f"{name}-postgres")
    pg_password = env_of(postgres["spec"]["template"]["spec"]["containers"][0])["POSTGRES_PASSWORD"]["secretKeyRef"]
    logs = next(v for v in scheduler["volumes"] if v["name"] == "logs")
    statsd = find(docs, "Deployment", f"{name}-statsd-exporter")["spec"]["template"]["spec"]["containers"][0]
    problems = check_objects(docs)
    notices = {n.partition(": ")[0]: n.partition(": ")[2] for n in plan.notices}
    secret_ref = lambda var: "`{name}` key `{key}`".format(**env[var]["secretKeyRef"])  # noqa: E731

    command = " ".join(["airflow", *main["args"]])
    git_image = next(c for c in scheduler["containers"] if c["name"] == "git-sync")["image"]
    rows = [
        (block(values, "images"), f"Image `{main['image']}` on every Airflow pod and the task pods; the web UI runs "
         f"`{command}` (Airflow 2, from the tag: see the `airflowVersion` notice); git-sync `{git_image}`; StatsD "
         f"exporter `{statsd['image']}`. The PgBouncer and Flower images are not used."),
        (block(values, "executor"), f"`AIRFLOW__CORE__EXECUTOR={env['AIRFLOW__CORE__EXECUTOR']}`; task pods from the "
         f"pod template ConfigMap `{name}-pod-template`; Role and RoleBinding `{name}-pod-launcher` for the scheduler."),
        (block(values, "env", "extraEnv"), "On every Airflow container and task pod: " + ", ".join(
            f"`{k}={env[k]}`" for k in ("ENVIRONMENT", "AIRFLOW__CORE__DEFAULT_TIMEZONE")) + "."),
        (block(values, "postgresql"), f"StatefulSet `{name}-postgres` (development only), password from Secret "
         f"`{pg_password['name']}` key `{pg_password['key']}`, which you create; no connection Secret is written."),
        (block(values, "pgbouncer"), "Nothing: see the `pgbouncer.enabled` notice."),
        (block(values, "dags"), f"A git-sync sidecar in every component and an init container in task pods: "
         f"`GITSYNC_REPO={git_sync['GITSYNC_REPO']}`, `GITSYNC_REF={git_sync['GITSYNC_REF']}` (the branch you named: "
         f"see the `dags.gitSync.branch` notice), `GITSYNC_DEPTH={git_sync['GITSYNC_DEPTH']}`; "
         f"`AIRFLOW__CORE__DAGS_FOLDER={env['AIRFLOW__CORE__DAGS_FOLDER']}`."),
        (block(values, "logs"), f"Claim `{logs['persistentVolumeClaim']['claimName']}` mounted at /opt/airflow/logs in "
         "every component and task pod (the claim and its volume stay yours, as in the guide)."),
        (block(values, "triggerer", "scheduler", "workers"), "No log groomer (with `enabled: true` there is a notice "
         "saying so): expire logs with the storage's lifecycle policy, as the guide does."),
        ("# not in the file: the keys Airflow signs and encrypts with", f"Fernet key from "
         f"{secret_ref('AIRFLOW__CORE__FERNET_KEY')}, webserver key from {secret_ref('AIRFLOW__WEBSERVER__SECRET_KEY')}, "
         "which you create (see the notices); the official chart generates its keys into Secrets of its output, anew "
         "on every `helm template`."),
    ]
    out = [
        "# Migrating from the official Apache Airflow chart",
        "",
        "<!-- Generated by docs/make_migration_guide.py from a synthesis of examples/official-chart/airflow_values.yaml;",
        "     do not edit: run `.venv/bin/python docs/make_migration_guide.py > docs/migrating-from-the-official-chart.md`. -->",
        "",
        "`airflow-cdk8s synth --chart airflow` reads the official chart's `values.yaml` format and synthesizes the",
        "self-hosted `AirflowPlatform`. Every key is either mapped, accepted because it is at the official default,",
        "or refused with an error that says whether the key is unsupported here or misspelled. Where the official",
        "chart would generate a secret into its output, a Secret is referenced instead and a notice names the key",
        "to set. This guide takes the values file of the AKS guide (reference 001), shell variables filled in",
        "(`examples/official-chart/airflow_values.yaml`), and shows what comes out.",
        "",
        "## A Helm user's migration in five commands",
        "",
        "```sh",
        "pip install \"airflow-cdk8s @ git+https://github.com/<your-org>/airflow-cdk8s@main\"   # 1. the CLI (or python main.py here)",
        "airflow-cdk8s synth --chart airflow -f airflow_values.yaml --namespace airflow --outdir deploy   # 2. read the notices",
        "kubectl -n airflow create secret generic airflow-fernet-key --from-literal=fernet-key=...      # 3. each Secret a notice names",
        "mkdir -p current && helm get manifest airflow -n airflow > current/airflow.yaml && airflow-cdk8s diff current deploy  # 4.",
        "helm uninstall airflow -n airflow && kubectl apply -n airflow -f deploy/   # 5. or commit deploy/ for Argo CD / Flux",
        "```",
        "",
        "Steps 3 to 5 need your cluster and were not run here; step 4's comparison was, against `helm template`",
        "of chart 1.21.0 for this file (`tests/test_migration_guide.py` repeats it where helm and the chart are at hand).",
        "Step 4 lists what the switch changes. For this file it flags the Deployments the official chart selects",
        "by `component`/`release`/`tier` labels: their `spec.selector` is immutable, so an apply over the Helm",
        "release fails until they are deleted; `helm uninstall` (step 5) removes them first. The embedded",
        "PostgreSQL does not reuse the official chart's volume: move real data to your own database first",
        "(`data.metadataSecretName`). Then keep `airflow-cdk8s diff` in CI: it exits 1 when a values change",
        "touches an immutable field.",
        "",
        "## The values, side by side with what is emitted",
        "",
    ]
    for snippet, effect in rows:
        out += ["```yaml", snippet, "```", "", f"→ {effect}", ""]
    out += [
        "",
        f"Notices printed for this file ({len(plan.notices)}), each with what to do:",
        "",
        *[f"- `{n.partition(': ')[0]}`: {n.partition(': ')[2]}" for n in plan.notices],
        "",
        "## Object by object",
        "",
        f"The official chart 1.21.0 renders {len(official)} objects for this file, "
        f"{sum(k == 'Secret' for k, _ in official)} of them Secrets with generated data; {OFFICIAL_FINDINGS}. "
        f"It also renders `airflow api-server` commands (its default airflowVersion is 3) for the 2.9.3 image. "
        f"airflow-cdk8s emits {len(docs)} objects, {sum(d['kind'] == 'Secret' for d in docs)} Secrets, and its checks "
        f"(Kubernetes 1.27 strict schemas, API-server rules, Pod Security restricted, secret scan) find "
        f"{len(problems)} problems.",
        "",
        "| official chart | airflow-cdk8s |",
        "|---|---|",
    ]
    for kind, obj in sorted(official):
        if (kind, obj) in ours:
            verdict = "emitted under the same name (a Deployment's selector differs: see step 4)" if kind == "Deployment" \
                else "emitted under the same name"
        else:
            reason = next((r for suffix, r in sorted(NOT_CREATED.items(), key=lambda i: -len(i[0])) if obj.endswith(suffix)),
                          "not created")
            verdict = ("one ServiceAccount, `{name}`, for every Airflow pod" if kind == "ServiceAccount" else reason).format(name=name)
        out.append(f"| {kind} `{obj}` | {verdict} |")
    extra = sorted(ours - set(official))
    out += ["", "Objects airflow-cdk8s adds:", ""]
    out += [f"- {kind} `{obj}`" for kind, obj in extra]
    out += [
        "",
        "## What else to know",
        "",
        "- Scheduling (`nodeSelector`, `affinity`, `tolerations`) and the ServiceAccount are platform-wide: one",
        "  value for every Airflow pod, task pods included; per-component values are refused with that advice.",
        "- `config.*` becomes `AIRFLOW__SECTION__KEY` variables on every Airflow container; Helm templates (`{{ }}`)",
        "  are refused, as are settings airflow-cdk8s owns (`core.executor`, `core.dags_folder`, the pod template)",
        "  and secrets in plain text (`database.sql_alchemy_conn`, `core.fernet_key`...).",
        "- A credential in a plain value of `config.*`, `env`, `extraEnv` or a component's `env` (an",
        "  `AIRFLOW_CONN_*` URL or JSON with a password, a token, a random-looking value of a variable named",
        "  like a secret: the same check as the agent's env lists) is an error naming the values path, e.g.",
        "  `env[0].value`: the output is committed to git. Use the `secret` list (`{envName, secretName,",
        "  secretKey}`), `valueFrom.secretKeyRef`, or the secrets backend; `--chart airflow` has no plaintext opt-in.",
        "- Secrets from a store: `externalSecrets` (a key of airflow-cdk8s, not of the official chart) emits an",
        "  ExternalSecret for each referenced Secret it names, e.g.",
        "  `externalSecrets: {secretStore: azure-store, remoteKeys: {fernetKey: AIRFLOW-FERNET-KEY, webserverSecretKey:",
        "  AIRFLOW-WEBSERVER-SECRET-KEY, postgresPassword: AIRFLOW-POSTGRES-PASSWORD}}` (`kind: ClusterSecretStore`,",
        f"  `refreshInterval` too); the keys: {', '.join(f'`{k}`' for k in EXTERNAL_KEYS)}.",
        "- PodDisruptionBudgets (at most one pod down) for the scheduler, web UI, triggerer and Celery workers are",
        "  always created; `*.podDisruptionBudget.enabled` is accepted either way.",
        "- Network policies are on by default (the official chart's `networkPolicies.enabled` defaults to false).",
        "- The migrations Job is a plain object, never a Helm hook: `migrateDatabaseJob.useHelmHooks` is accepted",
        "  and changes nothing.",
        "",
    ]
    return "\n".join(out)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--official", type=Path, help="`helm template` output of the official chart for the seed file")
    args = p.parse_args()
    official = OFFICIAL_OBJECTS
    if args.official:
        docs = [d for d in yaml.safe_load_all(args.official.read_text()) if d]
        official = [(d["kind"], d["metadata"]["name"]) for d in docs]
    sys.stdout.write(render(official))


if __name__ == "__main__":
    main()
