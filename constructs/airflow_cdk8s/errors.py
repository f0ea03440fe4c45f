"""The one error type users see for bad input: every problem, each naming its field or values path."""

from __future__ import annotations


class ValuesError(ValueError):
    """Invalid input. ``problems`` holds one ``"<path>: <message>"`` line per problem.

    problems: one ``"<path>: <message>"`` line per problem.
    source: what was read: a values file's name, or the construct or prop type that checked its
        props. Default: ``values``.

    Example::

        from airflow_cdk8s import ValuesError, validate_values

        try:
            validate_values({"namespace": "astro", "workers": [{"name": "default", "replica": 2}]})
        except ValuesError as error:
            assert "workers[0].replica: unknown key; did you mean 'replicas'?" in error.problems
    """

    def __init__(self, problems: list[str], source: str = "values"):
        self.problems = list(problems)
        self.source = source
        super().__init__(f"{source}: {len(self.problems)} problem(s)\n" + "\n".join(f"  {p}" for p in self.problems))


def raise_if(problems: list[str], source: str) -> None:
    """Raise ``ValuesError`` listing ``problems``, if there are any (one call after checking every prop)."""
    if problems:
        raise ValuesError(problems, source)
