"""Whether a note line says an invocation mode of its invoker: one judgement, asked by the
question layer (a mode question, a line caveat) and by the reference's assessment (`check`), so
neither imports the other. The mode words are the parser's own (extract/invocation.py), with
the words only a judgement of a line needs ("S3 pushes events"), so a line the parser reads a
mode from is a line this reads a mode word in.
"""

from __future__ import annotations

import re

from studycli.extract.invocation import MODE_WORD as _PARSER_MODE_WORD
from studycli.lazy_regex import lazy_compile

# "pushes", "InvocationType": a mode said in words the parser reads no mode from on its own
_MODE_WORDS = rf"(?:{_PARSER_MODE_WORD.pattern}|\bpush(?:es|ed)?\b|\binvocationtype\b)"
MODE_WORD = lazy_compile(_MODE_WORDS, re.IGNORECASE)
# "event source mapping (SQS, Kinesis, DynamoDB Streams)": the invokers a mode is said of, listed
# in brackets right after it (a bracket after a service, "Lambda (async)", is that service's)
_MODE_THEN_LIST = lazy_compile(_MODE_WORDS + r"\s*\(([^()]*)\)", re.IGNORECASE)
_MODE_CLAUSE_BREAK = re.compile(r"[,;()\[\]]|[.!?](?:\s|$)|\s[-–—]+\s|\n")


def _invoker_namer(subject: str):
    """Whether a text names the invoker `subject`: by the subject's own words or by any alias
    of its service."""
    from studycli.services import canonical_service, find_services

    invoker = canonical_service(subject) if subject else None

    def names_invoker(text: str) -> bool:
        return subject.lower() in text.lower() or (
            invoker is not None and any(m.name == invoker for m in find_services(text)))

    return names_invoker


def invoker_clauses(subject: str, snippet: str) -> list[str]:
    """The clauses of a line (split at _MODE_CLAUSE_BREAK) that name the invoker `subject`:
    "API GW -> Lambda is synchronous. SNS -> Lambda is async (Event)" says async of SNS in its
    second. The one clause split `check` and the question layer both read a mode by."""
    subject = subject.strip()
    if not snippet or not subject:
        return []
    names_invoker = _invoker_namer(subject)
    return [clause for clause in _MODE_CLAUSE_BREAK.split(snippet) if names_invoker(clause)]


def mode_said_on_line(subject: str, snippet: str) -> bool:
    """A mode word in one clause with the invoker's name. "API GW gives up at 29 s ... Nothing
    you can do except make the function faster or go async" is advice, not how API Gateway
    invokes Lambda; "S3 events - to SNS, SQS, Lambda (async)" says the async of Lambda, not of
    SQS. A line with no mode word (a list under a mode's heading) is taken at its heading's
    word, and so is a line that does not name the invoker."""
    subject = subject.strip()
    if not snippet or not subject:
        return False
    if not MODE_WORD.search(snippet):
        return True  # "- Amazon SQS" under a "### Asynchronous" heading: the heading says it
    names_invoker = _invoker_namer(subject)
    if not names_invoker(snippet):
        return True  # "- invocation: asynchronous" under an "## S3" heading: the heading's
    listed = [m.group(1) for m in _MODE_THEN_LIST.finditer(snippet)]
    return any(MODE_WORD.search(clause) for clause in invoker_clauses(subject, snippet)) \
        or any(names_invoker(clause) for clause in listed)
