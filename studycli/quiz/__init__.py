"""The daily quiz: which cards to ask today, and what each answer does to them.

`session.Session` is the logic (no printing, no key reading, clock injected); the interactive
loop that reads keys and draws the screen is `studycli.ui.quiz_loop`.
"""

from studycli.options import MAX_LIMIT, MAX_NEW  # the quiz's bounds: one table of options

__all__ = ["MAX_LIMIT", "MAX_NEW", "service_key", "service_name"]


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


def service_name(key: str) -> str:
    """A card key's service as the quiz names it ("sqs" -> "SQS"; a key no table knows as
    itself): one rule for the session's messages and the quiz screens alike."""
    from studycli.services import canonical_service

    return canonical_service(key) or key
