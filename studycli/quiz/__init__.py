"""The daily quiz: which cards to ask today, and what each answer does to them.

`session.Session` is the logic (no printing, no key reading, clock injected); the interactive
loop that reads keys and draws the screen is `studycli.ui.quiz_loop`.
"""

# Bounds of the quiz's options, shared by the typer command and the fast path's parser.
# Far above any real session, and small enough for SQLite's 64-bit LIMIT (a larger number
# would overflow it with a traceback rather than a usage error).
MAX_NEW = 100_000
MAX_LIMIT = 1_000_000


def service_key(name: str | None) -> str | None:
    """The card key form (lower case) of a service name or alias; None for no filter."""
    if not name:
        return None
    from studycli.errors import StudyError
    from studycli.services import canonical_service

    canonical = canonical_service(name)
    if canonical is None:
        raise StudyError(f"unknown service {name!r}; try a name like SQS, Lambda or 'API Gateway'")
    return canonical.lower()
