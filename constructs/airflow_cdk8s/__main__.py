"""``python -m airflow_cdk8s``: the command line of an installed library (see ``cli.py``)."""

from .cli import main

main()
