"""The one error type users see for bad input: every problem, each naming its field or values path."""

from __future__ import annotations


class ValuesError(ValueError):
    """Invalid input. ``problems`` holds one ``"<path>: <message>"`` line per problem."""

    def __init__(self, problems: list[str], source: str = "values"):
        self.problems = list(problems)
        self.source = source
        super().__init__(f"{source}: {len(self.problems)} problem(s)\n" + "\n".join(f"  {p}" for p in self.problems))
