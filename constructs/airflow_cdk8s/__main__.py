"""``python -m airflow_cdk8s`` and the installed ``airflow-cdk8s`` command (see ``cli.py``)."""

import sys

from . import interrupts


def _run() -> int:
    from .cli import INSTALLED, run  # after the signal handlers: Ctrl-C while importing ends cleanly too

    return run(sys.argv[1:], prog=INSTALLED)


def main() -> None:
    interrupts.main(_run)


if __name__ == "__main__":
    main()
