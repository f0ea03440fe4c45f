"""The one error type users see for bad input, and the one way to raise it: every problem, each naming
its field or values path."""

from __future__ import annotations

from typing import Sequence, Union

# "<path>: <message>", or (relative path, message) from a values model that does not know where it sits
# in the file (the loader prefixes the path of the model, e.g. ``workers[1].hpa``).
Problem = Union[str, tuple[str, str]]


class ValuesError(ValueError):
    """Invalid input. ``problems`` holds one ``"<path>: <message>"`` line per problem.

    problems: one ``"<path>: <message>"`` line (or ``(relative path, message)`` pair) per problem.
    source: what was read: a values file's name, or the construct or prop type that checked its
        props. Default: ``values``.

    ``fields`` keeps each problem as a ``(relative path, message)`` pair (path ``""`` for a line).

    Example::

        from airflow_cdk8s import ValuesError, validate_values

        try:
            validate_values({"namespace": "astro", "workers": [{"name": "default", "replica": 2}]})
        except ValuesError as error:
            assert "workers[0].replica: unknown key; did you mean 'replicas'?" in error.problems
    """

    def __init__(self, problems: Sequence[Problem], source: str = "values"):
        self.fields = [p if isinstance(p, tuple) else ("", p) for p in problems]
        self.problems = [f"{path}: {message}" if path else message for path, message in self.fields]
        self.source = source
        super().__init__(f"{source}: {len(self.problems)} problem(s)\n" + "\n".join(f"  {p}" for p in self.problems))


def raise_if(problems: Sequence[Problem], source: str = "values") -> None:
    """Raise ``ValuesError`` listing ``problems``, if there are any (one call after checking every prop)."""
    if problems:
        raise ValuesError(problems, source)
